import { START_LOCATION, type RouteLocationNormalized, type Router } from 'vue-router';
import { preloadPageCode } from '@gridbridge/client';
import { showToast } from '@/components/toast';
import { t } from '@/locales';
import { useSessionStore } from '@/stores/session';

/**
 * Decides who may open a page: a forced password change comes before everything else,
 * `requiresAuth` pages need a session and `permission` pages a session with that permission.
 *
 * A visitor's public page (home, sign-in, …) shows without waiting for the session query's round
 * trip: a device that had no session most likely has none. When the answer comes the page is
 * decided again, so a forced password change or a signed-in user on the sign-in page is still
 * sent on. Pages that need a session, and every page on a device that had one, wait for it.
 */
export function installAccessGuard(router: Router): void {
  router.beforeEach(async (to, from) => {
    const session = useSessionStore();
    if (session.known || to.meta.requiresAuth || to.meta.permission || session.hadSession()) {
      let dropEarly: Promise<() => void> | undefined;
      if (!session.known) {
        preloadPageCode(to);
        dropEarly = to.meta.readEarly?.(to).catch(() => () => undefined);
      }
      await session.ensureLoaded();
      const decided = verdict(to, from);
      if (decided !== true) void dropEarly?.then((drop) => drop());
      return decided;
    }
    void Promise.all([session.ensureLoaded(), router.isReady()]).then(
      () => {
        const decided = verdict(router.currentRoute.value, START_LOCATION);
        if (typeof decided === 'object') void router.replace(decided);
      },
      () => undefined,
    );
    return true;
  });
}

/** Where a navigation to `to` ends, once the session is known: true to let it through. */
function verdict(to: RouteLocationNormalized, from: RouteLocationNormalized) {
  const session = useSessionStore();
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
}
