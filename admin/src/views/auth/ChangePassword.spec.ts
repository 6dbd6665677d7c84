import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { VueWrapper } from '@vue/test-utils';
import { setLocale } from '@/locales';
import { useSessionStore } from '@/stores/session';
import { graphQLError, mountWithApp, stubGraphQL, viewer } from '@/testing';
import ChangePassword from './ChangePassword.vue';

async function fill(wrapper: VueWrapper, current: string, next: string, confirm: string) {
  await wrapper.find('[data-testid="current-password"]').setValue(current);
  await wrapper.find('[data-testid="new-password"]').setValue(next);
  await wrapper.find('[data-testid="confirm-password"]').setValue(confirm);
  await wrapper.find('form').trigger('submit');
}

function fieldError(wrapper: VueWrapper, testId: string): string {
  const item = wrapper
    .findAll('.el-form-item')
    .find((node) => node.find(`[data-testid="${testId}"]`).exists());
  const error = item?.find('.el-form-item__error');
  return error?.exists() ? error.text() : '';
}

describe('change-password page', () => {
  beforeEach(() => setLocale('zh-CN'));

  it('explains why the change is forced', async () => {
    const { wrapper } = await mountWithApp(ChangePassword, {
      path: '/change-password',
      viewer: viewer({ mustChangePassword: true }),
    });

    expect(wrapper.text()).toContain('首次登录须修改初始密码');
  });

  it('checks the password policy and the confirmation before asking the server', async () => {
    const fetchMock = stubGraphQL({ data: { changePassword: viewer() } });
    const { wrapper } = await mountWithApp(ChangePassword, { path: '/change-password', viewer: viewer() });

    await fill(wrapper, 'Initial#1', 'abcdefgh1', 'abcdefgh2');

    // Element Plus validates each field on its own: the two messages may show in different ticks.
    await vi.waitFor(() => {
      expect(fieldError(wrapper, 'new-password')).toBe(
        '新密码须包含大写字母、小写字母、数字、符号中的至少三类',
      );
      expect(fieldError(wrapper, 'confirm-password')).toBe('两次输入的新密码不一致');
    });
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('puts a wrong current password beside its field', async () => {
    stubGraphQL(graphQLError('WRONG_CURRENT_PASSWORD', '当前密码不正确'));
    const { wrapper } = await mountWithApp(ChangePassword, { path: '/change-password', viewer: viewer() });

    await fill(wrapper, 'Wrong#123', 'Better#2024', 'Better#2024');

    await vi.waitFor(() => expect(fieldError(wrapper, 'current-password')).toBe('当前密码不正确'));
  });

  it('shows the server’s field errors per field', async () => {
    stubGraphQL(
      graphQLError('VALIDATION', '输入有误:新密码不能与当前密码相同', {
        fields: [{ field: 'newPassword', message: '新密码不能与当前密码相同' }],
      }),
    );
    const { wrapper } = await mountWithApp(ChangePassword, { path: '/change-password', viewer: viewer() });

    await fill(wrapper, 'Same#2024', 'Same#2024', 'Same#2024');

    await vi.waitFor(() => expect(fieldError(wrapper, 'new-password')).toBe('新密码不能与当前密码相同'));
  });

  it('lifts the requirement and continues once the password is changed', async () => {
    const fetchMock = stubGraphQL({ data: { changePassword: viewer({ mustChangePassword: false }) } });
    const { wrapper, router } = await mountWithApp(ChangePassword, {
      path: '/change-password?redirect=/audit-log',
      viewer: viewer({ mustChangePassword: true }),
    });

    await fill(wrapper, 'Initial#1', 'Better#2024', 'Better#2024');

    await vi.waitFor(() => expect(router.currentRoute.value.fullPath).toBe('/audit-log'));
    expect(useSessionStore().mustChangePassword).toBe(false);
    const { variables } = JSON.parse(String(fetchMock.mock.calls[0][1]?.body));
    expect(variables).toEqual({ input: { currentPassword: 'Initial#1', newPassword: 'Better#2024' } });
  });
});
