import { beforeEach, describe, expect, it, vi } from 'vitest';
import { type VueWrapper } from '@vue/test-utils';
import { setLocale } from '@/locales';
import { graphQLCalls, graphQLError, mountWithApp, stubGraphQLByOperation, viewer } from '@/testing';
import ClaimList from './list.vue';
import type { Claim } from './data';

const claim = (overrides: Partial<Claim> = {}): Claim => ({
  id: 'c1',
  status: 'PENDING',
  enterpriseId: 'e1',
  enterpriseName: '惠济区东方超市',
  creditCode: '92410108MA17XNNHU5',
  applicantName: '李申请',
  applicantMobile: '13900003333',
  createdAt: '2026-03-01T08:00:00Z',
  decidedAt: null,
  rejectionReason: null,
  ...overrides,
});

const office = viewer({ roles: ['OFFICE_STAFF'] });

function reasonError(wrapper: VueWrapper): string {
  const error = wrapper.find('.el-dialog .el-form-item__error');
  return error.exists() ? error.text() : '';
}

async function openRejectDialog(wrapper: VueWrapper) {
  await vi.waitFor(() => expect(wrapper.find('[data-testid="claim-reject"]').exists()).toBe(true));
  await wrapper.find('[data-testid="claim-reject"][data-claim-mobile="13900003333"]').trigger('click');
  await vi.waitFor(() => expect(wrapper.find('[data-testid="claim-reject-reason"]').exists()).toBe(true));
}

describe('enterprise account verification', { timeout: 20_000 }, () => {
  beforeEach(() => setLocale('zh-CN'));

  it('lists pending registrations first, with one approve and one reject button each', async () => {
    const fetchMock = stubGraphQLByOperation({ EnterpriseClaims: { data: { enterpriseClaims: [claim()] } } });
    const { wrapper } = await mountWithApp(ClaimList, { path: '/enterprise-claims', viewer: office });

    await vi.waitFor(() =>
      expect(wrapper.find('[data-testid="claims-table"]').text()).toContain('惠济区东方超市'),
    );
    expect(graphQLCalls(fetchMock)[0]).toEqual({
      operation: 'EnterpriseClaims',
      variables: { status: 'PENDING' },
    });
    const approve = wrapper.find('[data-testid="claim-approve"]');
    expect(approve.attributes('data-claim-mobile')).toBe('13900003333');
    expect(approve.text()).toBe('通过');
  });

  it('will not reject without a reason', async () => {
    const fetchMock = stubGraphQLByOperation({ EnterpriseClaims: { data: { enterpriseClaims: [claim()] } } });
    const { wrapper } = await mountWithApp(ClaimList, { path: '/enterprise-claims', viewer: office });
    await openRejectDialog(wrapper);

    await wrapper.find('[data-testid="claim-reject-submit"]').trigger('click');
    await vi.waitFor(() => expect(reasonError(wrapper)).toBe('驳回原因不能为空'));

    await wrapper.find('[data-testid="claim-reject-reason"]').setValue('   ');
    await wrapper.find('[data-testid="claim-reject-submit"]').trigger('click');
    await vi.waitFor(() => expect(reasonError(wrapper)).toBe('驳回原因不能为空'));

    expect(graphQLCalls(fetchMock).map((call) => call.operation)).not.toContain('RejectEnterpriseClaim');
  });

  it('rejects with the reason given and lists what is still pending', async () => {
    let pending = [claim()];
    const fetchMock = stubGraphQLByOperation({
      EnterpriseClaims: () => ({ data: { enterpriseClaims: pending } }),
      RejectEnterpriseClaim: (variables) => {
        pending = [];
        return {
          data: {
            rejectEnterpriseClaim: claim({ status: 'REJECTED', rejectionReason: String(variables.reason) }),
          },
        };
      },
    });
    const { wrapper } = await mountWithApp(ClaimList, { path: '/enterprise-claims', viewer: office });
    await openRejectDialog(wrapper);

    await wrapper.find('[data-testid="claim-reject-reason"]').setValue(' 营业执照名称与申请不符 ');
    await wrapper.find('[data-testid="claim-reject-submit"]').trigger('click');

    await vi.waitFor(() =>
      expect(wrapper.find('[data-testid="claims-table"]').text()).toContain('暂无待审核的申请'),
    );
    expect(
      graphQLCalls(fetchMock).find((call) => call.operation === 'RejectEnterpriseClaim')?.variables,
    ).toEqual({
      id: 'c1',
      reason: '营业执照名称与申请不符',
    });
  });

  it('shows the server’s refusal in the dialog', async () => {
    stubGraphQLByOperation({
      EnterpriseClaims: { data: { enterpriseClaims: [claim()] } },
      RejectEnterpriseClaim: graphQLError('CONFLICT', '数据已被他人修改,请刷新后重试'),
    });
    const { wrapper } = await mountWithApp(ClaimList, { path: '/enterprise-claims', viewer: office });
    await openRejectDialog(wrapper);

    await wrapper.find('[data-testid="claim-reject-reason"]').setValue('重复申请');
    await wrapper.find('[data-testid="claim-reject-submit"]').trigger('click');

    await vi.waitFor(() =>
      expect(wrapper.find('.el-dialog [role="alert"]').text()).toContain('数据已被他人修改'),
    );
  });
});
