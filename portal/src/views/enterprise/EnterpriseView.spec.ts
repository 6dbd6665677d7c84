import { beforeEach, describe, expect, it, vi } from 'vitest';
import { flushPromises, type VueWrapper } from '@vue/test-utils';
import * as account from '@/api/account';
import { ApiError } from '@/api/client';
import * as enterprise from '@/api/enterprise';
import type { EnterpriseAccount, OwnEnterprise } from '@/api/enterprise';
import { setLocale } from '@/locales';
import { enterpriseViewer, mountAt } from '@/testing/mount';

vi.mock('@/api/account');
vi.mock('@/api/enterprise');

const profile: OwnEnterprise = {
  id: 'e1',
  name: '郑州惠济宏达食品有限公司',
  creditCode: '91410108MA3X7K2P0E',
  legalRepresentative: '王宏达',
  industry: 'C',
  scale: 'SMALL',
  status: 'ACTIVE',
  address: '惠济区天河路 8 号',
  gridPath: ['新城街道', '新城社区', '新城社区第一网格'],
  contactName: '王建华',
  contactPhone: '13800000011',
  updatedAt: '2026-11-20T02:00:00Z',
  version: 3,
};

const me: EnterpriseAccount = {
  id: enterpriseViewer.id,
  username: 'zhangwei',
  displayName: '张伟',
  mobile: '13800001234',
  manager: true,
  active: true,
};
const colleague: EnterpriseAccount = {
  id: '2',
  username: '13911112222',
  displayName: '李娜',
  mobile: '13911112222',
  manager: false,
  active: true,
};

async function saveContact(wrapper: VueWrapper, values: Record<string, string>): Promise<void> {
  for (const [testId, value] of Object.entries(values)) {
    await wrapper.get(`[data-testid="${testId}"]`).setValue(value);
  }
  await wrapper.get('[data-testid="enterprise-save"]').trigger('submit');
  await flushPromises();
}

describe('enterprise page', () => {
  beforeEach(() => {
    vi.resetAllMocks();
    setLocale('zh-CN');
    vi.mocked(account.fetchViewer).mockResolvedValue(enterpriseViewer);
    vi.mocked(enterprise.fetchMyEnterprise).mockResolvedValue(profile);
    vi.mocked(enterprise.fetchMyEnterpriseAccounts).mockResolvedValue([me, colleague]);
  });

  it("shows the enterprise's directory entry with names for its codes", async () => {
    const { wrapper } = await mountAt('/enterprise');

    const facts = wrapper.get('[data-testid="enterprise-facts"]').text();
    expect(facts).toContain('91410108MA3X7K2P0E');
    expect(facts).toContain('制造业');
    expect(facts).toContain('小型');
    expect(facts).toContain('新城街道 / 新城社区 / 新城社区第一网格');
    expect(wrapper.get<HTMLInputElement>('[data-testid="enterprise-contact-name"]').element.value).toBe(
      '王建华',
    );
  });

  it('saves the contact with the version it was read at', async () => {
    vi.mocked(enterprise.updateMyEnterpriseContact).mockResolvedValue({
      ...profile,
      contactName: '赵敏',
      version: 4,
    });
    const { wrapper } = await mountAt('/enterprise');

    await saveContact(wrapper, { 'enterprise-contact-name': ' 赵敏 ' });

    expect(enterprise.updateMyEnterpriseContact).toHaveBeenCalledWith(
      { contactName: '赵敏', contactPhone: '13800000011', address: '惠济区天河路 8 号' },
      3,
    );
    expect(wrapper.get('[data-testid="enterprise-facts"]').text()).toContain('赵敏');
    expect(wrapper.get('[role="status"]').text()).toContain('已保存');
  });

  it('checks the phone number before saving', async () => {
    const { wrapper } = await mountAt('/enterprise');

    await saveContact(wrapper, { 'enterprise-contact-phone': '0371-6363' });

    const phone = wrapper.get('[data-testid="enterprise-contact-phone"]');
    expect(phone.attributes('aria-invalid')).toBe('true');
    expect(wrapper.get(`#${phone.attributes('aria-describedby')}`).text()).toBe('联系电话格式不正确');
    expect(enterprise.updateMyEnterpriseContact).not.toHaveBeenCalled();
  });

  it('on a conflict says so and reloads the enterprise', async () => {
    const message = '数据已被他人修改，请刷新后重试';
    vi.mocked(enterprise.updateMyEnterpriseContact).mockRejectedValue(new ApiError('CONFLICT', message));
    const { wrapper } = await mountAt('/enterprise');
    vi.mocked(enterprise.fetchMyEnterprise).mockResolvedValue({
      ...profile,
      contactName: '钱进',
      version: 5,
    });

    await saveContact(wrapper, { 'enterprise-contact-name': '赵敏' });

    expect(wrapper.get('[data-testid="enterprise-error"]').text()).toBe(message);
    expect(enterprise.fetchMyEnterprise).toHaveBeenCalledTimes(2);
    expect(wrapper.get<HTMLInputElement>('[data-testid="enterprise-contact-name"]').element.value).toBe(
      '钱进',
    );
  });

  it('lets the managing account turn a colleague off', async () => {
    vi.mocked(enterprise.setEnterpriseAccountActive).mockResolvedValue({ ...colleague, active: false });
    const { wrapper } = await mountAt('/enterprise');

    const rows = wrapper.findAll('[data-testid="enterprise-account"]');
    expect(rows).toHaveLength(2);
    expect(rows[0]!.find('button').exists()).toBe(false);
    await rows[1]!.get('button[aria-label="停用李娜的账号"]').trigger('click');
    await flushPromises();

    expect(enterprise.setEnterpriseAccountActive).toHaveBeenCalledWith('2', false);
    expect(wrapper.findAll('[data-testid="enterprise-account"]')[1]!.text()).toContain('已停用');
  });

  it('hides account management from other accounts', async () => {
    vi.mocked(enterprise.fetchMyEnterpriseAccounts).mockResolvedValue([
      { ...colleague, manager: true },
      { ...me, manager: false },
    ]);

    const { wrapper } = await mountAt('/enterprise');

    expect(wrapper.find('[data-testid="enterprise-accounts"]').exists()).toBe(false);
  });

  it('is closed to grid heads', async () => {
    vi.mocked(account.fetchViewer).mockResolvedValue({ ...enterpriseViewer, roles: ['GRID_HEAD'] });

    const { router } = await mountAt('/enterprise');

    expect(router.currentRoute.value.name).toBe('home');
  });
});
