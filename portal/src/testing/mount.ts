import { createPinia, setActivePinia } from 'pinia';
import { createMemoryHistory, createRouter, type Router, type RouteRecordRaw } from 'vue-router';
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils';
import App from '@/App.vue';
import type { Viewer } from '@/api/account';
import { installAccessGuard } from '@/router/guard';
import { routes } from '@/router/routes';

export const enterpriseViewer: Viewer = {
  id: '1',
  username: 'zhangwei',
  displayName: '张伟',
  mobile: '13800001234',
  roles: ['ENTERPRISE'],
  mustChangePassword: false,
  organisationName: '惠济区明达机械有限公司',
};

/** The app's routes and guard on an in-memory history, as the browser would run them. */
export function createTestRouter(extraRoutes: RouteRecordRaw[] = []): Router {
  const router = createRouter({ history: createMemoryHistory(), routes: [...extraRoutes, ...routes] });
  installAccessGuard(router);
  return router;
}

let mounted: VueWrapper | undefined;

/**
 * Mounts the whole app after navigating to `path`, with a fresh store. The app of the previous
 * test is unmounted first: left in the page, it would re-render on a language switch and make
 * its own store the active one again.
 */
export async function mountAt(
  path: string,
  /** false: return before the tasks a page schedules right after rendering (see below). */
  { settle = true }: { settle?: boolean } = {},
): Promise<{ wrapper: VueWrapper; router: Router }> {
  mounted?.unmount();
  mounted = undefined;
  const pinia = createPinia();
  setActivePinia(pinia);
  const router = createTestRouter();
  await router.push(path);
  const wrapper = mount(App, { global: { plugins: [pinia, router] }, attachTo: document.body });
  mounted = wrapper;
  await flushPromises();
  if (settle) {
    // A page may render in steps, each in a task of its own (the new-case form): let them.
    for (let step = 0; step < 5; step++) {
      await new Promise((resolve) => setTimeout(resolve));
      await flushPromises();
    }
  }
  return { wrapper, router };
}
