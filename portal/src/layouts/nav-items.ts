import { computed, type ComputedRef } from 'vue';
import { useRoute } from 'vue-router';
import type { MessageKey } from '@/locales';
import { useSessionStore } from '@/stores/session';

export interface NavItem {
  to: string;
  icon: string;
  label: MessageKey;
}

/** The places the viewer may go, in tab-bar order: nothing they are not allowed to open. */
export function useNavItems(): ComputedRef<NavItem[]> {
  const session = useSessionStore();
  return computed(() => {
    const items: NavItem[] = [{ to: '/', icon: 'wap-home-o', label: 'nav.home' }];
    // 我的诉求 right after home: following one's cases is what enterprises and grid heads come back for.
    if (session.hasAnyRole(['ENTERPRISE', 'GRID_HEAD']))
      items.push({ to: '/cases', icon: 'todo-list-o', label: 'nav.cases' });
    items.push({ to: '/service-points', icon: 'location-o', label: 'nav.servicePoints' });
    if (session.hasAnyRole(['ENTERPRISE']))
      items.push({ to: '/enterprise', icon: 'shop-o', label: 'nav.enterprise' });
    if (session.hasAnyRole(['GRID_HEAD'])) items.push({ to: '/grid', icon: 'cluster-o', label: 'nav.grid' });
    items.push(
      session.signedIn
        ? { to: '/mine', icon: 'user-o', label: 'nav.mine' }
        : { to: '/sign-in', icon: 'user-o', label: 'nav.signIn' },
    );
    return items;
  });
}

/** Whether the current page belongs to a navigation item (a grid enterprise belongs to 我的网格). */
export function useActiveNav(): (to: string) => boolean {
  const route = useRoute();
  return (to) => (to === '/' ? route.path === '/' : route.path === to || route.path.startsWith(`${to}/`));
}
