import { beforeEach, describe, expect, it, vi } from 'vitest';
import * as account from '@/api/account';
import { ApiError } from '@/api/client';
import * as enterprise from '@/api/enterprise';
import type { EnterpriseClaim } from '@/api/enterprise';
import { setLocale } from '@/locales';
import { enterpriseViewer, mountAt } from '@/testing/mount';

vi.mock('@/api/account');
vi.mock('@/api/enterprise');

/** Someone who registered and whose claim the office has not verified: no enterprise yet. */
const applicant: account.Viewer = {
  ...enterpriseViewer,
  username: '13912345678',
  mobile: '13912345678',
  organisationName: null,
};

/** The home page once the card is there: its code loads on first use (only enterprises see it). */
async function homeWithCard() {
  const { wrapper } = await mountAt('/');
  await vi.waitFor(() => wrapper.get('[data-testid="claim-status"]'), { timeout: 5000 });
  return wrapper;
}

function claim(overrides: Partial<EnterpriseClaim>): EnterpriseClaim {
  return {
    id: 'c1',
    status: 'PENDING',
    enterpriseName: '郑州惠济宏达食品有限公司',
    creditCode: '91410108MA3X7K2P0E',
    rejectionReason: null,
    createdAt: '2026-11-20T02:00:00Z',
    decidedAt: null,
    ...overrides,
  };
}

// Pages whose code loads on first use (lazy routes, the claim card) take seconds on a busy machine.
describe('enterprise verification status', { timeout: 20_000 }, () => {
  beforeEach(() => {
    vi.resetAllMocks();
    setLocale('zh-CN');
    vi.mocked(account.fetchViewer).mockResolvedValue(applicant);
  });

  it('tells an applicant on the home page that the office has yet to verify the account', async () => {
    vi.mocked(enterprise.fetchMyEnterpriseClaim).mockResolvedValue(claim({}));

    const wrapper = await homeWithCard();

    const status = wrapper.get('[data-testid="claim-status"]');
    expect(status.attributes('data-status')).toBe('PENDING');
    expect(status.text()).toContain('待审核');
    expect(status.text()).toContain('郑州惠济宏达食品有限公司');
    expect(status.text()).toContain('正在等待区优化办审核');
  });

  it('shows on the Mine page why the office turned the claim down', async () => {
    vi.mocked(enterprise.fetchMyEnterpriseClaim).mockResolvedValue(
      claim({ status: 'REJECTED', rejectionReason: '申请人非本企业员工', decidedAt: '2026-11-21T02:00:00Z' }),
    );

    const { wrapper } = await mountAt('/mine');

    const status = wrapper.get('[data-testid="claim-status"]');
    expect(status.text()).toContain('未通过');
    expect(status.text()).toContain('原因：申请人非本企业员工');
  });

  it('shows an approved claim with the way to the enterprise page', async () => {
    vi.mocked(account.fetchViewer).mockResolvedValue(enterpriseViewer);
    vi.mocked(enterprise.fetchMyEnterpriseClaim).mockResolvedValue(claim({ status: 'APPROVED' }));

    const wrapper = await homeWithCard();

    const status = wrapper.get('[data-testid="claim-status"]');
    expect(status.text()).toContain('已通过');
    expect(status.get('a').attributes('href')).toBe('/enterprise');
  });

  it('counts an account the office set up for an enterprise as verified', async () => {
    vi.mocked(account.fetchViewer).mockResolvedValue(enterpriseViewer);
    vi.mocked(enterprise.fetchMyEnterpriseClaim).mockResolvedValue(null);

    const wrapper = await homeWithCard();

    expect(wrapper.get('[data-testid="claim-status"]').attributes('data-status')).toBe('APPROVED');
  });

  it('is in English when the page is', async () => {
    setLocale('en');
    vi.mocked(enterprise.fetchMyEnterpriseClaim).mockResolvedValue(
      claim({ status: 'REJECTED', rejectionReason: 'Not an employee' }),
    );

    const wrapper = await homeWithCard();

    const status = wrapper.get('[data-testid="claim-status"]');
    expect(status.text()).toContain('Not approved');
    expect(status.text()).toContain('Reason: Not an employee');
  });

  it('is not shown to a grid head', async () => {
    vi.mocked(account.fetchViewer).mockResolvedValue({ ...enterpriseViewer, roles: ['GRID_HEAD'] });

    const { wrapper } = await mountAt('/');

    expect(wrapper.find('[data-testid="claim-status"]').exists()).toBe(false);
    expect(enterprise.fetchMyEnterpriseClaim).not.toHaveBeenCalled();
  });

  it('shows the claim instead of the enterprise while the office has not verified it', async () => {
    vi.mocked(enterprise.fetchMyEnterprise).mockRejectedValue(
      new ApiError('CLAIM_PENDING', '企业账号尚待优化办审核，审核通过后即可使用'),
    );
    vi.mocked(enterprise.fetchMyEnterpriseClaim).mockResolvedValue(claim({}));

    const { wrapper } = await mountAt('/enterprise');

    expect(wrapper.get('h1').text()).toBe('企业信息');
    expect(wrapper.get('[data-testid="claim-status"]').text()).toContain('待审核');
    expect(wrapper.find('[data-testid="enterprise-save"]').exists()).toBe(false);
    expect(enterprise.fetchMyEnterpriseAccounts).not.toHaveBeenCalled();
  });
});
