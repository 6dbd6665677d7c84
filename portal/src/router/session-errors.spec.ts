import { beforeEach, describe, expect, it, vi } from 'vitest';
import { flushPromises } from '@vue/test-utils';
import { createPinia, setActivePinia } from 'pinia';
import * as account from '@/api/account';
import { ApiError } from '@/api/client';
import { useSessionStore } from '@/stores/session';
import { createTestRouter, enterpriseViewer } from '@/testing/mount';
import { handleSessionErrors } from '.';

vi.mock('@/api/account');

async function signedInRouterAt(path: string) {
  setActivePinia(createPinia());
  vi.mocked(account.fetchViewer).mockResolvedValue(enterpriseViewer);
  const router = createTestRouter();
  await router.push(path);
  return router;
}

describe('errors that end or restrict the session', () => {
  beforeEach(() => vi.resetAllMocks());

  it.each(['SESSION_EXPIRED', 'UNAUTHENTICATED'] as const)(
    'on %s forgets the viewer and asks for sign-in, coming back afterwards',
    async (code) => {
      const router = await signedInRouterAt('/mine');

      handleSessionErrors(router)(new ApiError(code, '登录已过期,请重新登录'));
      await vi.waitUntil(() => router.currentRoute.value.name === 'sign-in');

      expect(useSessionStore().viewer).toBeNull();
      expect(router.currentRoute.value.query).toEqual({ redirect: '/mine', reason: 'expired' });
    },
  );

  it('on PASSWORD_CHANGE_REQUIRED sends the viewer to change password and keeps them there', async () => {
    const router = await signedInRouterAt('/mine');

    handleSessionErrors(router)(new ApiError('PASSWORD_CHANGE_REQUIRED', '首次登录请先修改密码'));
    await vi.waitUntil(() => router.currentRoute.value.name === 'change-password');

    await router.push('/');
    expect(router.currentRoute.value.name).toBe('change-password');
  });

  it('ignores session errors when nobody is signed in', async () => {
    setActivePinia(createPinia());
    vi.mocked(account.fetchViewer).mockResolvedValue(null);
    const router = createTestRouter();
    await router.push('/');

    handleSessionErrors(router)(new ApiError('UNAUTHENTICATED', '请先登录'));
    await flushPromises();

    expect(router.currentRoute.value.name).toBe('home');
  });
});
