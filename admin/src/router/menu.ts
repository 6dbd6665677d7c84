import type { Component } from 'vue';
import type { RouteRecordRaw } from 'vue-router';
import type { Role } from '@gridbridge/shared';
import type { MessageSchema } from '@/locales';
import { rolesAllow } from '@/stores/session';

export interface MenuItem {
  name: string;
  title: keyof MessageSchema['route'];
  icon: Component;
  /** The URL the item opens, relative to the router base. */
  path: string;
}

/** The sidebar entries a user holding `roles` may open, in route order. */
export function buildMenu(
  routes: readonly RouteRecordRaw[],
  roles: readonly Role[],
  parentPath = '/',
): MenuItem[] {
  return routes.flatMap((route) => {
    const { title, icon } = route.meta ?? {};
    if (typeof route.name !== 'string' || !title || !icon || !rolesAllow(roles, route.meta?.permission))
      return [];
    const path = route.path.startsWith('/') ? route.path : `${parentPath}${route.path}`;
    return [{ name: route.name, title, icon, path }];
  });
}
