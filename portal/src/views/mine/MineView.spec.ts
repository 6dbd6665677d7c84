import { beforeEach, describe, expect, it, vi } from 'vitest';
import { flushPromises } from '@vue/test-utils';
import * as account from '@/api/account';
import { setLocale } from '@/locales';
import { useSessionStore } from '@/stores/session';
import { enterpriseViewer, mountAt } from '@/testing/mount';

vi.mock('@/api/account');
// The Mine and home pages of an enterprise user show the verification status.
vi.mock('@/api/enterprise');

describe('mine page', () => {
  beforeEach(() => {
    vi.resetAllMocks();
    setLocale('zh-CN');
    vi.mocked(account.fetchViewer).mockResolvedValue(enterpriseViewer);
  });

  it("shows the viewer's account with role and organisation", async () => {
    const { wrapper } = await mountAt('/mine');

    const text = wrapper.get('main').text();
    expect(text).toContain('张伟');
    expect(text).toContain('企业用户');
    expect(text).toContain('惠济区明达机械有限公司');
    expect(text).toContain('13800001234');
  });

  it('signs out, forgets the viewer and goes home', async () => {
    vi.mocked(account.logout).mockResolvedValue();
    const { wrapper, router } = await mountAt('/mine');

    await wrapper.get('[data-testid="logout"]').trigger('click');
    await flushPromises();

    expect(account.logout).toHaveBeenCalledOnce();
    expect(useSessionStore().viewer).toBeNull();
    expect(router.currentRoute.value.name).toBe('home');
    expect(wrapper.get('[role="status"]').text()).toBe('已退出登录');
    expect(wrapper.find('[data-testid="viewer-name"]').exists()).toBe(false);
  });

  it('notices a session that ended meanwhile and asks to sign in again', async () => {
    const { wrapper, router } = await mountAt('/');
    vi.mocked(account.fetchViewer).mockResolvedValue(null);

    await router.push('/mine');
    await vi.waitFor(() => expect(router.currentRoute.value.name).toBe('sign-in'));
    await flushPromises();

    expect(router.currentRoute.value.query).toEqual({ redirect: '/mine', reason: 'expired' });
    expect(wrapper.text()).toContain('登录已过期，请重新登录');
  });
});
