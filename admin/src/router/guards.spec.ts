import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createPinia, setActivePinia } from 'pinia';
import { createMemoryHistory, createRouter } from 'vue-router';
import { fetchViewer } from '@/api/auth';
import { setLocale } from '@/locales';
import { useSessionStore } from '@/stores/session';
import { createTestRouter, graphQLError, stubGraphQL, viewer } from '@/testing';
import { installGuards, safeRedirect } from './guards';

function startRouter() {
  setActivePinia(createPinia());
  const router = createTestRouter();
  installGuards(router);
  return router;
}

describe('navigation guards', () => {
  beforeEach(() => setLocale('zh-CN'));

  it('sends a signed-out visitor to sign in, remembering where they were going', async () => {
    stubGraphQL({ data: { me: null } });
    const router = startRouter();

    await router.push('/audit-log');

    expect(router.currentRoute.value.name).toBe('sign-in');
    expect(router.currentRoute.value.query.redirect).toBe('/audit-log');
  });

  it('lets an auditor open the audit log', async () => {
    stubGraphQL({ data: { me: viewer({ roles: ['AUDITOR'] }) } });
    const router = startRouter();

    await router.push('/audit-log');

    expect(router.currentRoute.value.name).toBe('audit-log');
  });

  it('answers 403 when the viewer lacks the page’s role', async () => {
    stubGraphQL({ data: { me: viewer({ roles: ['OFFICE_STAFF', 'SYS_ADMIN'] }) } });
    const router = startRouter();

    await router.push('/audit-log');

    expect(router.currentRoute.value.name).toBe('forbidden');
  });

  it('allows nothing but the password change while one is required', async () => {
    stubGraphQL({ data: { me: viewer({ roles: ['AUDITOR'], mustChangePassword: true }) } });
    const router = startRouter();

    for (const path of ['/', '/audit-log', '/no-such-page']) {
      await router.push(path);
      expect(router.currentRoute.value.name).toBe('change-password');
    }
  });

  it('answers 404 for an unknown page', async () => {
    stubGraphQL({ data: { me: viewer() } });
    const router = startRouter();

    await router.push('/no-such-page');

    expect(router.currentRoute.value.name).toBe('not-found');
  });

  it('on an expired session clears the viewer and asks to sign in again, then returns', async () => {
    stubGraphQL({ data: { me: viewer({ roles: ['AUDITOR'] }) } });
    const router = startRouter();
    await router.push('/audit-log');

    stubGraphQL(graphQLError('SESSION_EXPIRED', '登录已过期,请重新登录'));
    await expect(fetchViewer()).rejects.toMatchObject({ code: 'SESSION_EXPIRED' });

    await vi.waitFor(() => expect(router.currentRoute.value.name).toBe('sign-in'));
    expect(router.currentRoute.value.query).toEqual({ redirect: '/audit-log', expired: '1' });
    expect(useSessionStore().viewer).toBeNull();
  });

  it('loads the first page’s code while the session is asked for, not after', async () => {
    let answer: (response: Response) => void = () => undefined;
    vi.stubGlobal(
      'fetch',
      vi.fn(() => new Promise<Response>((resolve) => (answer = resolve))),
    );
    const page = vi.fn(async () => ({ render: () => null }));
    setActivePinia(createPinia());
    const router = createRouter({ history: createMemoryHistory(), routes: [{ path: '/', component: page }] });
    installGuards(router);

    const navigation = router.push('/');
    await vi.waitFor(() => expect(fetch).toHaveBeenCalled());
    expect(page).toHaveBeenCalled();

    answer(new Response(JSON.stringify({ data: { me: viewer() } })));
    await navigation;
    expect(router.currentRoute.value.path).toBe('/');
  });

  it('follows only redirects that stay inside the app', () => {
    expect(safeRedirect('/audit-log?x=1')).toBe('/audit-log?x=1');
    expect(safeRedirect('//evil.example/')).toBe('/');
    expect(safeRedirect('https://evil.example/')).toBe('/');
    expect(safeRedirect(undefined)).toBe('/');
  });
});
