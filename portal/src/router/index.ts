import { createRouter, createWebHistory, type Router } from 'vue-router';
import type { ApiError } from '@/api/client';
import { isSessionLost, useSessionStore } from '@/stores/session';
import { installAccessGuard } from './guard';
import { routes } from './routes';

export function createAppRouter(): Router {
  const router = createRouter({
    history: createWebHistory(import.meta.env.BASE_URL),
    routes,
    scrollBehavior: (to, _from, savedPosition) => savedPosition ?? (to.hash ? { el: to.hash } : { top: 0 }),
  });
  installAccessGuard(router);
  return router;
}

/** The session this browser had is gone: forget the viewer and ask for sign-in, then come back here. */
export async function expireSession(router: Router): Promise<void> {
  const session = useSessionStore();
  const redirect = router.currentRoute.value.fullPath;
  session.clear();
  await router.replace({ name: 'sign-in', query: { redirect, reason: 'expired' } });
}

/** Reacts to errors that concern the whole app rather than the screen that made the request. */
export function handleSessionErrors(router: Router): (error: ApiError) => void {
  return (error) => {
    const session = useSessionStore();
    if (!session.signedIn || session.signingOut) return;
    if (isSessionLost(error)) {
      void expireSession(router);
    } else if (error.code === 'PASSWORD_CHANGE_REQUIRED') {
      session.requirePasswordChange();
      void router.replace({ name: 'change-password' });
    }
  };
}
