import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createPinia, setActivePinia } from 'pinia';
import { h } from 'vue';
import * as account from '@/api/account';
import { createTestRouter, enterpriseViewer } from '@/testing/mount';

vi.mock('@/api/account');

const GridPage = { render: () => h('p', 'grid') };

function routerWith(viewer: account.Viewer | null) {
  setActivePinia(createPinia());
  vi.mocked(account.fetchViewer).mockResolvedValue(viewer);
  return createTestRouter([
    {
      path: '/grid',
      name: 'grid',
      component: GridPage,
      meta: { page: 'home', permission: 'directory.ownGrid' },
    },
  ]);
}

describe('who may open which page', () => {
  beforeEach(() => vi.resetAllMocks());

  it('sends an anonymous visitor to sign-in and remembers where they wanted to go', async () => {
    const router = routerWith(null);

    await router.push('/mine');

    expect(router.currentRoute.value.name).toBe('sign-in');
    expect(router.currentRoute.value.query).toEqual({ redirect: '/mine', reason: 'required' });
  });

  it('lets anyone see the home page', async () => {
    const router = routerWith(null);

    await router.push('/');

    expect(router.currentRoute.value.name).toBe('home');
  });

  it('keeps a user who must change password on the change-password page', async () => {
    const router = routerWith({ ...enterpriseViewer, mustChangePassword: true });

    await router.push('/');
    await vi.waitFor(() => expect(router.currentRoute.value.name).toBe('change-password'));

    await router.push('/mine');
    expect(router.currentRoute.value.name).toBe('change-password');
  });

  it('sends a signed-in user away from the sign-in page', async () => {
    const router = routerWith(enterpriseViewer);

    await router.push('/sign-in');

    await vi.waitFor(() => expect(router.currentRoute.value.name).toBe('home'));
  });

  it('shows a visitor’s public page without waiting for the session', async () => {
    const router = routerWith(null);
    let answer: (viewer: account.Viewer | null) => void = () => undefined;
    vi.mocked(account.fetchViewer).mockReturnValue(new Promise((resolve) => (answer = resolve)));

    await router.push('/sign-in');
    expect(router.currentRoute.value.name).toBe('sign-in');

    // The answer still counts: this visitor turns out to be signed in.
    answer(enterpriseViewer);
    await vi.waitFor(() => expect(router.currentRoute.value.name).toBe('home'));
  });

  it('loads the code of a page that waits for the session while it is asked for, not after', async () => {
    setActivePinia(createPinia());
    let answer: (viewer: account.Viewer | null) => void = () => undefined;
    vi.mocked(account.fetchViewer).mockReturnValue(new Promise((resolve) => (answer = resolve)));
    const page = vi.fn(async () => GridPage);
    const router = createTestRouter([
      { path: '/lazy', name: 'lazy', component: page, meta: { page: 'home', requiresAuth: true } },
    ]);

    const navigation = router.push('/lazy');
    await vi.waitFor(() => expect(account.fetchViewer).toHaveBeenCalled());
    expect(page).toHaveBeenCalled();

    answer(enterpriseViewer);
    await navigation;
    expect(router.currentRoute.value.name).toBe('lazy');
  });

  it('starts a page’s first request beside the session query, and drops its answer when the page is refused', async () => {
    setActivePinia(createPinia());
    let answer: (viewer: account.Viewer | null) => void = () => undefined;
    vi.mocked(account.fetchViewer).mockReturnValue(new Promise((resolve) => (answer = resolve)));
    const drop = vi.fn();
    const readEarly = vi.fn(async () => drop);
    const router = createTestRouter([
      {
        path: '/early',
        name: 'early',
        component: GridPage,
        meta: { page: 'home', requiresAuth: true, readEarly },
      },
    ]);

    const navigation = router.push('/early');
    await vi.waitFor(() => expect(account.fetchViewer).toHaveBeenCalled());
    expect(readEarly).toHaveBeenCalled();

    answer(null);
    await navigation;
    expect(router.currentRoute.value.name).toBe('sign-in');
    await vi.waitFor(() => expect(drop).toHaveBeenCalled());
  });

  it('waits for the session on a device that had one', async () => {
    const router = routerWith(null);
    localStorage.setItem('gridbridge.hadSession', '1');
    let answer: (viewer: account.Viewer | null) => void = () => undefined;
    vi.mocked(account.fetchViewer).mockReturnValue(new Promise((resolve) => (answer = resolve)));

    const navigation = router.push('/sign-in');
    await vi.waitFor(() => expect(account.fetchViewer).toHaveBeenCalled());
    expect(router.currentRoute.value.name).toBeUndefined();

    answer(enterpriseViewer);
    await navigation;
    expect(router.currentRoute.value.name).toBe('home');
  });

  it('asks an anonymous visitor to sign in before a role-restricted page', async () => {
    const router = routerWith(null);

    await router.push('/grid');

    expect(router.currentRoute.value.name).toBe('sign-in');
  });

  it('keeps pages for other roles closed', async () => {
    const enterprise = routerWith(enterpriseViewer);
    await enterprise.push('/grid');
    expect(enterprise.currentRoute.value.name).toBe('home');

    const gridHead = routerWith({ ...enterpriseViewer, roles: ['GRID_HEAD'] });
    await gridHead.push('/grid');
    expect(gridHead.currentRoute.value.name).toBe('grid');
  });

  it('asks the server who is signed in only once', async () => {
    const router = routerWith(enterpriseViewer);

    await router.push('/');
    await router.push('/mine');

    expect(account.fetchViewer).toHaveBeenCalledTimes(1);
  });
});
