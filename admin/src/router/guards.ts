import { START_LOCATION, type LocationQueryRaw, type RouteLocationNormalized, type Router } from 'vue-router';
import { preloadPageCode } from '@gridbridge/client';
import { onApiError } from '@/api/client';
import { useSessionStore } from '@/stores/session';

/** A redirect target from the query string, accepted only when it stays inside the app. */
export function safeRedirect(value: unknown): string {
  return typeof value === 'string' && value.startsWith('/') && !value.startsWith('//') ? value : '/';
}

function redirectQuery(to: RouteLocationNormalized): LocationQueryRaw {
  return to.fullPath === '/' ? {} : { redirect: to.fullPath };
}

/**
 * Keeps users where their session allows: signed out → sign-in, a password to change → only the
 * change-password page, a missing permission → 403. A session lost mid-work sends the user to sign in
 * and back to where they were.
 */
export function installGuards(router: Router): void {
  const session = useSessionStore();

  router.beforeEach(async (to, from) => {
    // Only the first page waits for the session; later ones find it restored.
    if (from === START_LOCATION) preloadPageCode(to);
    await session.restore();
    if (to.meta.public) {
      return session.viewer && to.name === 'sign-in' ? safeRedirect(to.query.redirect) : true;
    }
    if (!session.viewer) return { name: 'sign-in', query: redirectQuery(to) };
    if (session.mustChangePassword && to.name !== 'change-password') {
      return { name: 'change-password', query: redirectQuery(to) };
    }
    if (!to.matched.every((record) => session.may(record.meta.permission))) {
      return { name: 'forbidden' };
    }
    return true;
  });

  onApiError((error) => {
    if (!session.viewer) return;
    const here = router.currentRoute.value;
    if (error.code === 'UNAUTHENTICATED' || error.code === 'SESSION_EXPIRED') {
      session.clear();
      void router.replace({ name: 'sign-in', query: { ...redirectQuery(here), expired: '1' } });
    } else if (error.code === 'PASSWORD_CHANGE_REQUIRED' && here.name !== 'change-password') {
      session.requirePasswordChange();
      void router.replace({ name: 'change-password', query: redirectQuery(here) });
    }
  });
}
