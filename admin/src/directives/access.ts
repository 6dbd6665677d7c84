import type { Directive } from 'vue';
import type { PermissionName } from '@gridbridge/shared';
import { useSessionStore } from '@/stores/session';

/**
 * `v-access="'audit.read'"` removes the element unless the viewer has the permission.
 * The server enforces every permission; this only spares users controls they cannot use.
 */
export const vAccess: Directive<HTMLElement, PermissionName> = {
  mounted(el, binding) {
    if (!useSessionStore().may(binding.value)) el.remove();
  },
};
