import type { Directive } from 'vue';
import type { Role } from '@gridbridge/shared';
import { useSessionStore } from '@/stores/session';

/**
 * `v-access="['AUDITOR']"` removes the element unless the viewer holds one of the roles.
 * The server enforces every permission; this only spares users controls they cannot use.
 */
export const vAccess: Directive<HTMLElement, readonly Role[]> = {
  mounted(el, binding) {
    if (!useSessionStore().hasAnyRole(binding.value)) el.remove();
  },
};
