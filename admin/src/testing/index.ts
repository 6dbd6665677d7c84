import { vi } from 'vitest';
import { mount, flushPromises } from '@vue/test-utils';
import { createPinia, setActivePinia } from 'pinia';
import { createMemoryHistory, createRouter } from 'vue-router';
import type { Component } from 'vue';
import { i18n } from '@/locales';
import { vAccess } from '@/directives/access';
import { routes } from '@/router/routes';
import { useSessionStore, type Viewer } from '@/stores/session';

export function viewer(overrides: Partial<Viewer> = {}): Viewer {
  return {
    id: 'u1',
    username: 'zhangwei',
    displayName: '张伟',
    mobile: '13800001234',
    roles: ['OFFICE_STAFF'],
    mustChangePassword: false,
    organisationName: '区优化办',
    ...overrides,
  };
}

/** Answers each GraphQL request in turn with the next body (the last one repeats). */
export function stubGraphQL(...bodies: unknown[]) {
  const fetchMock = vi.fn(async (_url: string, _init?: RequestInit) => {
    const body = bodies.length > 1 ? bodies.shift() : bodies[0];
    return new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } });
  });
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

export function graphQLError(code: string, message: string, extra: Record<string, unknown> = {}) {
  return { data: null, errors: [{ message, extensions: { code, ...extra } }] };
}

export function createTestRouter() {
  return createRouter({ history: createMemoryHistory(), routes });
}

/** Mounts a component as the app would: store, router at `path`, i18n and directives. */
export async function mountWithApp(component: Component, options: { path?: string; viewer?: Viewer } = {}) {
  const pinia = createPinia();
  setActivePinia(pinia);
  useSessionStore().viewer = options.viewer ?? null;
  const router = createTestRouter();
  await router.push(options.path ?? '/');
  const wrapper = mount(component, {
    attachTo: document.body,
    global: { plugins: [pinia, router, i18n], directives: { access: vAccess } },
  });
  await flushPromises();
  return { wrapper, router };
}
