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

type OperationAnswer = object | ((variables: Record<string, unknown>) => unknown);

function parseRequest(init: RequestInit | undefined) {
  const { query, variables } = JSON.parse(String(init?.body)) as {
    query: string;
    variables?: Record<string, unknown>;
  };
  return { operation: /\b(?:query|mutation)\s+(\w+)/.exec(query)?.[1] ?? '', variables: variables ?? {} };
}

/**
 * Answers each GraphQL request by its operation name (`query Enterprises(…)` → `Enterprises`), so
 * a page's requests may come in any order. An answer may be a function of the variables.
 * An operation without an answer rejects, as an unreachable server would.
 */
export function stubGraphQLByOperation(answers: Record<string, OperationAnswer>) {
  const fetchMock = vi.fn(async (_url: string, init?: RequestInit) => {
    const { operation, variables } = parseRequest(init);
    if (!(operation in answers)) throw new Error(`No stubbed answer for the GraphQL operation ${operation}`);
    const answer = answers[operation];
    const body = typeof answer === 'function' ? answer(variables) : answer;
    return new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } });
  });
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

/** The operations a stubbed fetch was asked for, in order, with their variables. */
export function graphQLCalls(fetchMock: ReturnType<typeof vi.fn>) {
  return fetchMock.mock.calls.map(([, init]) => parseRequest(init as RequestInit | undefined));
}

export function graphQLError(code: string, message: string, extra: Record<string, unknown> = {}) {
  return { data: null, errors: [{ message, extensions: { code, ...extra } }] };
}

export function createTestRouter() {
  return createRouter({ history: createMemoryHistory(), routes });
}

/** Mounts a component as the app would: store, router at `path`, i18n and directives. */
export async function mountWithApp(
  component: Component,
  options: { path?: string; viewer?: Viewer; props?: Record<string, unknown> } = {},
) {
  const pinia = createPinia();
  setActivePinia(pinia);
  useSessionStore().viewer = options.viewer ?? null;
  const router = createTestRouter();
  await router.push(options.path ?? '/');
  const wrapper = mount(component, {
    props: options.props,
    attachTo: document.body,
    global: { plugins: [pinia, router, i18n], directives: { access: vAccess } },
  });
  await flushPromises();
  return { wrapper, router };
}
