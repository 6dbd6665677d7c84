import { beforeEach, describe, expect, it, vi } from 'vitest';
import { flushPromises, type VueWrapper } from '@vue/test-utils';
import * as account from '@/api/account';
import { ApiError } from '@/api/client';
import { setLocale } from '@/locales';
import { enterpriseViewer, mountAt } from '@/testing/mount';

vi.mock('@/api/account');
// After the change an enterprise user lands on pages that show the verification status.
vi.mock('@/api/enterprise');

function messageOf(wrapper: VueWrapper, testId: string): string | undefined {
  const messageId = wrapper.get(`[data-testid="${testId}"]`).attributes('aria-describedby');
  return messageId ? wrapper.get(`#${messageId}`).text() : undefined;
}

async function change(wrapper: VueWrapper, current: string, next: string, confirm = next): Promise<void> {
  await wrapper.get('[data-testid="current-password"]').setValue(current);
  await wrapper.get('[data-testid="new-password"]').setValue(next);
  await wrapper.get('[data-testid="confirm-password"]').setValue(confirm);
  await wrapper.get('form').trigger('submit');
  await flushPromises();
}

describe('change-password page', () => {
  beforeEach(() => {
    vi.resetAllMocks();
    setLocale('zh-CN');
    vi.mocked(account.fetchViewer).mockResolvedValue(enterpriseViewer);
  });

  it('checks the password policy and the confirmation before asking the server', async () => {
    const { wrapper } = await mountAt('/change-password');

    await change(wrapper, 'Old#pass1', 'abcdefgh', 'abcdefgx');

    expect(messageOf(wrapper, 'new-password')).toBe('新密码须包含大写字母、小写字母、数字、符号中的至少三类');
    expect(messageOf(wrapper, 'confirm-password')).toBe('两次输入的新密码不一致');
    expect(account.changePassword).not.toHaveBeenCalled();

    await change(wrapper, 'Old#pass1', 'Ab1!');
    expect(messageOf(wrapper, 'new-password')).toBe('新密码至少 8 个字符');
  });

  it('puts a wrong current password on the current-password field', async () => {
    vi.mocked(account.changePassword).mockRejectedValue(
      new ApiError('WRONG_CURRENT_PASSWORD', '当前密码不正确'),
    );
    const { wrapper } = await mountAt('/change-password');

    await change(wrapper, 'Wrong#pass1', 'New#pass2026');

    expect(messageOf(wrapper, 'current-password')).toBe('当前密码不正确');
  });

  it("shows the server's validation messages on their fields", async () => {
    vi.mocked(account.changePassword).mockRejectedValue(
      new ApiError('VALIDATION', '输入有误:新密码不能与当前密码相同', [
        { field: 'input.newPassword', message: '新密码不能与最近使用过的密码相同' },
      ]),
    );
    const { wrapper } = await mountAt('/change-password');

    await change(wrapper, 'Old#pass1', 'New#pass2026');

    expect(messageOf(wrapper, 'new-password')).toBe('新密码不能与最近使用过的密码相同');
    expect(wrapper.find('[role="alert"]').exists()).toBe(false);
  });

  it('after a forced change lets the user continue where they were going', async () => {
    vi.mocked(account.fetchViewer).mockResolvedValue({ ...enterpriseViewer, mustChangePassword: true });
    vi.mocked(account.changePassword).mockResolvedValue(enterpriseViewer);
    const { wrapper, router } = await mountAt('/change-password?redirect=/mine');
    expect(wrapper.find('nav').exists()).toBe(false);

    await change(wrapper, 'Initial#2026', 'New#pass2026');

    expect(account.changePassword).toHaveBeenCalledWith({
      currentPassword: 'Initial#2026',
      newPassword: 'New#pass2026',
    });
    await vi.waitFor(() => expect(router.currentRoute.value.fullPath).toBe('/mine'));
  });
});
