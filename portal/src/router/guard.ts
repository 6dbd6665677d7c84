import type { NavigationGuardWithThis } from 'vue-router';
import { showToast } from '@/components/toast';
import { t } from '@/locales';
import { useSessionStore } from '@/stores/session';

/**
 * Decides who may open a page: a forced password change comes before everything else,
 * `requiresAuth` pages need a session and `permission` pages a session with that permission.
 */
export const accessGuard: NavigationGuardWithThis<undefined> = async (to, from) => {
  const session = useSessionStore();
  await session.ensureLoaded();

  if (session.mustChangePassword) {
    return to.name === 'change-password' || { name: 'change-password' };
  }
  if ((to.meta.requiresAuth || to.meta.permission) && !session.signedIn) {
    return { name: 'sign-in', query: { redirect: to.fullPath, reason: 'required' } };
  }
  if (to.meta.guestOnly && session.signedIn) {
    return { name: 'home' };
  }
  if (to.meta.permission && !session.may(to.meta.permission)) {
    showToast(t('errors.forbidden'), 'fail');
    return from.matched.length > 0 ? false : { name: 'home' };
  }
  return true;
};
