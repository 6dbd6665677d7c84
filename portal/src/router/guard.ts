import type { NavigationGuardWithThis } from 'vue-router';
import { showToast } from '@/components/toast';
import { t } from '@/locales';
import { useSessionStore } from '@/stores/session';

/**
 * Decides who may open a page: a forced password change comes before everything else,
 * `requiresAuth` pages need a session and `roles` pages a session with one of the listed roles.
 */
export const accessGuard: NavigationGuardWithThis<undefined> = async (to, from) => {
  const session = useSessionStore();
  await session.ensureLoaded();

  if (session.mustChangePassword) {
    return to.name === 'change-password' || { name: 'change-password' };
  }
  if ((to.meta.requiresAuth || to.meta.roles) && !session.signedIn) {
    return { name: 'sign-in', query: { redirect: to.fullPath, reason: 'required' } };
  }
  if (to.meta.guestOnly && session.signedIn) {
    return { name: 'home' };
  }
  if (to.meta.roles && !session.hasAnyRole(to.meta.roles)) {
    showToast(t('errors.forbidden'), 'fail');
    return from.matched.length > 0 ? false : { name: 'home' };
  }
  return true;
};
