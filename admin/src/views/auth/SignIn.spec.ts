import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { VueWrapper } from '@vue/test-utils';
import { setLocale } from '@/locales';
import {
  graphQLCalls,
  graphQLError,
  mountWithApp,
  stubGraphQL,
  stubGraphQLByOperation,
  viewer,
} from '@/testing';
import SignIn from './SignIn.vue';

async function signIn(wrapper: VueWrapper, identifier: string, password: string) {
  await wrapper.find('[data-testid="login-identifier"]').setValue(identifier);
  await wrapper.find('[data-testid="login-password"]').setValue(password);
  await wrapper.find('form').trigger('submit');
}

function fieldError(wrapper: VueWrapper, testId: string): string {
  const item = wrapper
    .findAll('.el-form-item')
    .find((node) => node.find(`[data-testid="${testId}"]`).exists());
  const error = item?.find('.el-form-item__error');
  return error?.exists() ? error.text() : '';
}

describe('sign-in page', () => {
  beforeEach(() => setLocale('zh-CN'));

  it('labels both inputs', async () => {
    const { wrapper } = await mountWithApp(SignIn, { path: '/sign-in' });

    for (const testId of ['login-identifier', 'login-password']) {
      const id = wrapper.find(`[data-testid="${testId}"]`).attributes('id');
      expect(id).toBeTruthy();
      expect(wrapper.find(`label[for="${id}"]`).exists()).toBe(true);
    }
  });

  it('shows the server’s validation messages beside the fields they concern', async () => {
    const fetchMock = stubGraphQL(
      graphQLError('VALIDATION', '输入有误:用户名或手机号格式不正确', {
        fields: [{ field: 'identifier', message: '用户名或手机号格式不正确' }],
      }),
    );
    const { wrapper } = await mountWithApp(SignIn, { path: '/sign-in' });

    await signIn(wrapper, ' bad name ', 'secret');

    await vi.waitFor(() => expect(fieldError(wrapper, 'login-identifier')).toBe('用户名或手机号格式不正确'));
    expect(fieldError(wrapper, 'login-password')).toBe('');
    const { variables } = JSON.parse(String(fetchMock.mock.calls[0][1]?.body));
    expect(variables).toEqual({ input: { identifier: 'bad name', password: 'secret' } });
  });

  it('shows the lockout message as the server words it', async () => {
    stubGraphQL(graphQLError('ACCOUNT_LOCKED', '密码错误次数过多,账号已锁定,请 15 分钟后再试'));
    const { wrapper } = await mountWithApp(SignIn, { path: '/sign-in' });

    await signIn(wrapper, 'zhangwei', 'wrong');

    await vi.waitFor(() =>
      expect(wrapper.find('[role="alert"]').text()).toContain('密码错误次数过多,账号已锁定,请 15 分钟后再试'),
    );
  });

  it('shows a picture code once the server asks for one, sends its answer, and draws a new one', async () => {
    let logins = 0;
    let captchas = 0;
    const fetchMock = stubGraphQLByOperation({
      Login: () =>
        ++logins === 1
          ? graphQLError('INVALID_CREDENTIALS', '用户名或密码错误,还可尝试 2 次,之后账号将锁定 15 分钟', {
              remainingAttempts: 2,
              minutes: 15,
              captchaRequired: true,
            })
          : graphQLError('CAPTCHA_INVALID', '图形验证码错误或已失效,请输入新的验证码(还可尝试 2 次)', {
              remainingAttempts: 2,
              captchaRequired: true,
            }),
      NewCaptcha: () => ({
        data: { newCaptcha: { id: `captcha-${++captchas}`, image: `data:image/svg+xml;base64,${captchas}` } },
      }),
    });
    const { wrapper } = await mountWithApp(SignIn, { path: '/sign-in' });
    expect(wrapper.find('[data-testid="login-captcha"]').exists()).toBe(false);

    await signIn(wrapper, 'zhangwei', 'wrong');

    await vi.waitFor(() => expect(wrapper.find('[data-testid="login-captcha"]').exists()).toBe(true));
    expect(wrapper.find('[role="alert"]').text()).toContain('还可尝试 2 次');
    expect(wrapper.find('[data-testid="login-captcha-refresh"] img').attributes('src')).toBe(
      'data:image/svg+xml;base64,1',
    );
    await wrapper.find('[data-testid="login-captcha"]').setValue(' ab3d ');
    await wrapper.find('form').trigger('submit');

    await vi.waitFor(() =>
      expect(wrapper.find('[data-testid="login-captcha-refresh"] img').attributes('src')).toBe(
        'data:image/svg+xml;base64,2',
      ),
    );
    const sent = graphQLCalls(fetchMock).filter((call) => call.operation === 'Login');
    expect(sent[1].variables).toEqual({
      input: { identifier: 'zhangwei', password: 'wrong', captchaId: 'captcha-1', captchaAnswer: 'ab3d' },
    });
    expect(wrapper.find('[role="alert"]').text()).toContain('图形验证码错误');
    expect((wrapper.find('[data-testid="login-captcha"]').element as HTMLInputElement).value).toBe('');

    await wrapper.find('[data-testid="login-captcha-refresh"]').trigger('click');
    await vi.waitFor(() => expect(captchas).toBe(3));
  });

  it('sends enterprise accounts to the portal', async () => {
    stubGraphQL(graphQLError('WRONG_APP_ADMIN', '企业用户和网格长请在门户登录'));
    const { wrapper } = await mountWithApp(SignIn, { path: '/sign-in' });

    await signIn(wrapper, 'enterprise', 'Secret123');

    await vi.waitFor(() => expect(wrapper.find('[role="alert"]').exists()).toBe(true));
    const alert = wrapper.find('[role="alert"]');
    expect(alert.text()).toContain('企业用户和网格长请在门户登录');
    expect(alert.find('a').attributes('href')).toBe('/');
  });

  it('returns to the page the user came from once signed in', async () => {
    stubGraphQL({ data: { login: viewer({ roles: ['AUDITOR'] }) } });
    const { wrapper, router } = await mountWithApp(SignIn, { path: '/sign-in?redirect=/audit-log' });

    await signIn(wrapper, 'auditor', 'Secret123');

    await vi.waitFor(() => expect(router.currentRoute.value.fullPath).toBe('/audit-log'));
  });

  it('opens the office leader’s view on the dashboard, and everyone else’s on the workbench', async () => {
    stubGraphQL({ data: { login: viewer({ roles: ['OFFICE_STAFF', 'OFFICE_LEADER'] }) } });
    const leader = await mountWithApp(SignIn, { path: '/sign-in' });
    await signIn(leader.wrapper, 'officelead', 'Secret123');
    await vi.waitFor(() => expect(leader.router.currentRoute.value.fullPath).toBe('/dashboard'), {
      timeout: 5000,
    });
    leader.wrapper.unmount();

    stubGraphQL({ data: { login: viewer({ roles: ['OFFICE_STAFF'] }) } });
    const staff = await mountWithApp(SignIn, { path: '/sign-in' });
    await signIn(staff.wrapper, 'office', 'Secret123');
    await vi.waitFor(() => expect(staff.router.currentRoute.value.fullPath).toBe('/'), { timeout: 5000 });
  });

  it('does not call the server when a field is empty', async () => {
    const fetchMock = stubGraphQL({ data: { login: viewer() } });
    const { wrapper } = await mountWithApp(SignIn, { path: '/sign-in' });

    await signIn(wrapper, '', 'secret');

    await vi.waitFor(() => expect(fieldError(wrapper, 'login-identifier')).toBe('请输入用户名或手机号'));
    expect(fetchMock).not.toHaveBeenCalled();
  });
});
