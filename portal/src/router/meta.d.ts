import type { RouteLocationNormalized } from 'vue-router';
import type { PermissionName } from '@gridbridge/shared';
import type { MessageSchema } from '@/locales/zh-CN';

declare module 'vue-router' {
  interface RouteMeta {
    /** Key under `pages` naming the page in the document title. */
    page: keyof MessageSchema['pages'];
    /** Only a signed-in viewer may open the page. */
    requiresAuth?: boolean;
    /** A signed-in viewer is sent home instead (the sign-in page). */
    guestOnly?: boolean;
    /** The viewer needs this permission. */
    permission?: PermissionName;
    /**
     * Starts the page's first request while the guard waits for the session query; resolves to
     * what drops its answer if the navigation is refused (router/guard.ts).
     */
    readEarly?: (to: RouteLocationNormalized) => Promise<() => void>;
  }
}
