import { beforeEach, describe, expect, it, vi } from 'vitest';
import { flushPromises, type VueWrapper } from '@vue/test-utils';
import * as account from '@/api/account';
import { ApiError } from '@/api/client';
import { setLocale } from '@/locales';
import { enterpriseViewer, mountAt } from '@/testing/mount';

vi.mock('@/api/account');
// The Mine and home pages of an enterprise user show the verification status.
vi.mock('@/api/enterprise');

/** The message shown under an input, found the way assistive technology finds it. */
function messageOf(wrapper: VueWrapper, testId: string): string | undefined {
  const input = wrapper.get(`[data-testid="${testId}"]`);
  const messageId = input.attributes('aria-describedby');
  return messageId ? wrapper.get(`#${messageId}`).text() : undefined;
}

async function signIn(wrapper: VueWrapper, identifier: string, password: string): Promise<void> {
  await wrapper.get('[data-testid="login-identifier"]').setValue(identifier);
  await wrapper.get('[data-testid="login-password"]').setValue(password);
  await wrapper.get('form').trigger('submit');
  await flushPromises();
}

describe('sign-in page', () => {
  beforeEach(() => {
    vi.resetAllMocks();
    setLocale('zh-CN');
    vi.mocked(account.fetchViewer).mockResolvedValue(null);
  });

  it('says which fields are missing and sends nothing', async () => {
    const { wrapper } = await mountAt('/sign-in');

    await signIn(wrapper, '  ', '');

    expect(messageOf(wrapper, 'login-identifier')).toBe('请输入用户名或手机号');
    expect(messageOf(wrapper, 'login-password')).toBe('请输入密码');
    expect(wrapper.get('[data-testid="login-identifier"]').attributes('aria-invalid')).toBe('true');
    expect(account.login).not.toHaveBeenCalled();
  });

  it('signs in with the trimmed identifier and returns to the page that asked for it', async () => {
    vi.mocked(account.login).mockResolvedValue(enterpriseViewer);
    const { wrapper, router } = await mountAt('/sign-in?redirect=/mine&reason=required');
    expect(wrapper.text()).toContain('请先登录后再访问该页面');
    vi.mocked(account.fetchViewer).mockResolvedValue(enterpriseViewer);

    await signIn(wrapper, ' zhangwei ', 'Secret#2026');

    expect(account.login).toHaveBeenCalledWith({ identifier: 'zhangwei', password: 'Secret#2026' });
    await vi.waitFor(() => expect(router.currentRoute.value.fullPath).toBe('/mine'));
  });

  it('never follows a redirect that leaves the site', async () => {
    vi.mocked(account.login).mockResolvedValue(enterpriseViewer);
    const { wrapper, router } = await mountAt('/sign-in?redirect=//evil.example.com');

    await signIn(wrapper, 'zhangwei', 'Secret#2026');

    expect(router.currentRoute.value.fullPath).toBe('/');
    expect(wrapper.get('[data-testid="viewer-name"]').text()).toBe('您好，张伟');
  });

  it("shows the server's validation messages under their fields", async () => {
    vi.mocked(account.login).mockRejectedValue(
      new ApiError('VALIDATION', '输入有误:用户名或手机号最多 64 个字符', [
        { field: 'input.identifier', message: '用户名或手机号最多 64 个字符' },
      ]),
    );
    const { wrapper } = await mountAt('/sign-in');

    await signIn(wrapper, 'x'.repeat(65), 'Secret#2026');

    expect(messageOf(wrapper, 'login-identifier')).toBe('用户名或手机号最多 64 个字符');
    expect(messageOf(wrapper, 'login-password')).toBeUndefined();
    expect(wrapper.find('[role="alert"]').exists()).toBe(false);
  });

  it('shows the lockout message as the server sends it', async () => {
    const message = '密码错误次数过多,账号已锁定,请 15 分钟后再试';
    vi.mocked(account.login).mockRejectedValue(new ApiError('ACCOUNT_LOCKED', message));
    const { wrapper, router } = await mountAt('/sign-in');

    await signIn(wrapper, 'zhangwei', 'wrong');

    expect(wrapper.get('[role="alert"]').text()).toBe(message);
    expect(router.currentRoute.value.name).toBe('sign-in');
  });

  it('shows a picture code once the server asks for one, sends its answer, and draws a new one', async () => {
    vi.mocked(account.login)
      .mockRejectedValueOnce(
        new ApiError('INVALID_CREDENTIALS', '用户名或密码错误，还可尝试 2 次，之后账号将锁定 15 分钟', [], {
          remainingAttempts: 2,
          minutes: 15,
          captchaRequired: true,
        }),
      )
      .mockRejectedValueOnce(
        new ApiError('CAPTCHA_INVALID', '图形验证码错误或已失效，请输入新的验证码（还可尝试 2 次）', [], {
          remainingAttempts: 2,
          captchaRequired: true,
        }),
      );
    let drawn = 0;
    vi.mocked(account.newCaptcha).mockImplementation(async () => {
      drawn += 1;
      return { id: `captcha-${drawn}`, image: `data:image/svg+xml;base64,${drawn}` };
    });
    const { wrapper } = await mountAt('/sign-in');
    expect(wrapper.find('[data-testid="login-captcha"]').exists()).toBe(false);

    await signIn(wrapper, 'zhangwei', 'wrong');

    expect(wrapper.get('[role="alert"]').text()).toContain('还可尝试 2 次');
    expect(wrapper.get('[data-testid="login-captcha-refresh"] img').attributes('src')).toBe(
      'data:image/svg+xml;base64,1',
    );
    await wrapper.get('form').trigger('submit');
    await flushPromises();
    expect(messageOf(wrapper, 'login-captcha')).toBe('请输入图形验证码');
    expect(account.login).toHaveBeenCalledTimes(1);

    await wrapper.get('[data-testid="login-captcha"]').setValue(' ab3d ');
    await wrapper.get('form').trigger('submit');
    await flushPromises();

    expect(account.login).toHaveBeenLastCalledWith({
      identifier: 'zhangwei',
      password: 'wrong',
      captchaId: 'captcha-1',
      captchaAnswer: 'ab3d',
    });
    expect(wrapper.get('[role="alert"]').text()).toContain('图形验证码错误');
    expect(wrapper.get('[data-testid="login-captcha-refresh"] img').attributes('src')).toBe(
      'data:image/svg+xml;base64,2',
    );
    expect((wrapper.get('[data-testid="login-captcha"]').element as HTMLInputElement).value).toBe('');

    await wrapper.get('[data-testid="login-captcha-refresh"]').trigger('click');
    await flushPromises();
    expect(drawn).toBe(3);
  });

  it('points staff accounts to the admin app', async () => {
    vi.mocked(account.login).mockRejectedValue(new ApiError('WRONG_APP_PORTAL', '工作人员请在管理端登录'));
    const { wrapper } = await mountAt('/sign-in');

    await signIn(wrapper, 'office01', 'Secret#2026');

    const alert = wrapper.get('[role="alert"]');
    expect(alert.text()).toContain('工作人员请在管理端登录');
    expect(alert.get('a').attributes('href')).toBe('/admin/');
  });

  it('sends a user who must change password to the change-password page first', async () => {
    vi.mocked(account.login).mockResolvedValue({ ...enterpriseViewer, mustChangePassword: true });
    const { wrapper, router } = await mountAt('/sign-in');

    await signIn(wrapper, 'zhangwei', 'Initial#2026');

    await vi.waitFor(() => expect(router.currentRoute.value.name).toBe('change-password'));
    await flushPromises();
    expect(wrapper.text()).toContain('首次登录请先设置新密码');
  });

  it('shows and hides the password on request', async () => {
    const { wrapper } = await mountAt('/sign-in');
    const password = wrapper.get('[data-testid="login-password"]');
    expect(password.attributes('type')).toBe('password');

    await wrapper.get('button[aria-label="显示密码"]').trigger('click');

    expect(password.attributes('type')).toBe('text');
  });
});
