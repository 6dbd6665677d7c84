import type { Component } from 'vue';
import type { PermissionName } from '@gridbridge/shared';
import type { MessageSchema } from '@/locales';
import type { vAccess } from '@/directives/access';

declare module 'vue-router' {
  interface RouteMeta {
    /** Key under `route` in the messages: the page and menu title. */
    title?: keyof MessageSchema['route'];
    /** Shown in the sidebar menu with this icon. */
    icon?: Component;
    /** Only users with this permission may open the page; everybody signed in when absent. */
    permission?: PermissionName;
    /** The menu entry to highlight for a page that has none of its own (a detail page). */
    activeMenu?: string;
    /** Reachable without signing in. */
    public?: boolean;
  }
}

declare module 'vue' {
  interface GlobalDirectives {
    vAccess: typeof vAccess;
  }
}
