import { computed, ref, watch } from 'vue';
import { defineStore } from 'pinia';
import { can, type PermissionName, type Role } from '@gridbridge/shared';
import * as account from '@/api/account';
import type { Viewer } from '@/api/account';
import { ApiError } from '@/api/client';
import type { ChangePasswordInput, LoginInput } from '@/gql/graphql';

/** The errors that mean the server no longer knows this browser's session. */
export function isSessionLost(error: unknown): boolean {
  return error instanceof ApiError && (error.code === 'UNAUTHENTICATED' || error.code === 'SESSION_EXPIRED');
}

/**
 * Remembers on this device that it had a session, without the session itself (its cookie is out
 * of the page's reach): a visitor's public page does not wait for the server to say they have
 * none, while a signed-in user's page still waits and shows their own content from the start.
 */
const HAD_SESSION_KEY = 'gridbridge.hadSession';

/** Who is signed in on this browser. */
export const useSessionStore = defineStore('session', () => {
  const viewer = ref<Viewer | null>(null);
  const signingOut = ref(false);
  /** Whether the server has said who is signed in (the viewer may still be nobody). */
  const known = ref(false);
  let loaded: Promise<void> | null = null;

  const signedIn = computed(() => viewer.value !== null);
  watch(signedIn, (value) => {
    if (value) localStorage.setItem(HAD_SESSION_KEY, '1');
    else localStorage.removeItem(HAD_SESSION_KEY);
  });

  /** Whether this device had a session when it last knew: the server may have ended it since. */
  function hadSession(): boolean {
    return localStorage.getItem(HAD_SESSION_KEY) !== null;
  }
  const mustChangePassword = computed(() => viewer.value?.mustChangePassword ?? false);

  function hasAnyRole(roles: readonly Role[]): boolean {
    return viewer.value?.roles.some((role) => roles.includes(role)) ?? false;
  }

  function may(permission: PermissionName): boolean {
    return can(viewer.value?.roles ?? [], permission);
  }

  /** Asks the server once who is signed in; a failed attempt is retried on the next call. */
  function ensureLoaded(): Promise<void> {
    loaded ??= account.fetchViewer().then(
      (current) => {
        viewer.value = current;
        known.value = true;
      },
      () => {
        loaded = null;
      },
    );
    return loaded;
  }

  /** Re-reads the viewer; false when a session this browser had is gone. */
  async function refresh(): Promise<boolean> {
    const hadSession = signedIn.value;
    viewer.value = await account.fetchViewer();
    return !hadSession || signedIn.value;
  }

  async function signIn(input: LoginInput): Promise<Viewer> {
    viewer.value = await account.login(input);
    return viewer.value;
  }

  async function changePassword(input: ChangePasswordInput): Promise<void> {
    viewer.value = await account.changePassword(input);
  }

  /** Marks the viewer as having to change password first, as the server demanded. */
  function requirePasswordChange(): void {
    if (viewer.value) viewer.value = { ...viewer.value, mustChangePassword: true };
  }

  async function signOut(): Promise<void> {
    signingOut.value = true;
    try {
      await account.logout();
    } catch (error) {
      if (!isSessionLost(error)) throw error;
    } finally {
      signingOut.value = false;
    }
    viewer.value = null;
  }

  function clear(): void {
    viewer.value = null;
  }

  return {
    viewer,
    signingOut,
    signedIn,
    known,
    hadSession,
    mustChangePassword,
    hasAnyRole,
    may,
    ensureLoaded,
    refresh,
    signIn,
    changePassword,
    requirePasswordChange,
    signOut,
    clear,
  };
});
