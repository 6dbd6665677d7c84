import { computed, ref } from 'vue';
import { defineStore } from 'pinia';
import { can, type PermissionName, type Role } from '@gridbridge/shared';
import * as auth from '@/api/auth';
import type { ChangePasswordInput, LoginInput, ViewerFieldsFragment } from '@/gql/graphql';

export type Viewer = ViewerFieldsFragment;

/** Whether a user holding `roles` may use something that needs `permission` (open to everybody when absent). */
export function rolesAllow(roles: readonly Role[], permission: PermissionName | undefined): boolean {
  return !permission || can(roles, permission);
}

export const useSessionStore = defineStore('session', () => {
  const viewer = ref<Viewer | null>(null);
  let restored: Promise<void> | null = null;

  const roles = computed<readonly Role[]>(() => viewer.value?.roles ?? []);
  const mustChangePassword = computed(() => viewer.value?.mustChangePassword ?? false);

  /** Asks the server once who holds the session cookie; an unreachable server counts as signed out. */
  function restore(): Promise<void> {
    restored ??= auth.fetchViewer().then(
      (me) => {
        viewer.value = me;
      },
      () => {
        viewer.value = null;
      },
    );
    return restored;
  }

  async function signIn(input: LoginInput): Promise<Viewer> {
    viewer.value = await auth.login(input);
    return viewer.value;
  }

  async function signOut(): Promise<void> {
    try {
      await auth.logout();
    } finally {
      clear();
    }
  }

  async function changePassword(input: ChangePasswordInput): Promise<Viewer> {
    viewer.value = await auth.changePassword(input);
    return viewer.value;
  }

  function requirePasswordChange(): void {
    if (viewer.value) viewer.value = { ...viewer.value, mustChangePassword: true };
  }

  function clear(): void {
    viewer.value = null;
  }

  function may(permission: PermissionName | undefined): boolean {
    return rolesAllow(roles.value, permission);
  }

  return {
    viewer,
    roles,
    mustChangePassword,
    restore,
    signIn,
    signOut,
    changePassword,
    requirePasswordChange,
    clear,
    may,
  };
});
