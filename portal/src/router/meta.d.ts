import type { Role } from '@gridbridge/shared';
import type { MessageSchema } from '@/locales/zh-CN';

declare module 'vue-router' {
  interface RouteMeta {
    /** Key under `pages` naming the page in the document title. */
    page: keyof MessageSchema['pages'];
    /** Only a signed-in viewer may open the page. */
    requiresAuth?: boolean;
    /** A signed-in viewer is sent home instead (the sign-in page). */
    guestOnly?: boolean;
    /** The viewer needs at least one of these roles. */
    roles?: readonly Role[];
  }
}
