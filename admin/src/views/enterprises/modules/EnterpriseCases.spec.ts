import { beforeEach, describe, expect, it, vi } from 'vitest';
import { setLocale } from '@/locales';
import { graphQLCalls, mountWithApp, stubGraphQLByOperation, viewer } from '@/testing';
import { casePage, caseRow } from '@/views/cases/fixtures';
import EnterpriseCases from './EnterpriseCases.vue';

const office = viewer({ roles: ['OFFICE_STAFF'] });
const ENTERPRISE = 'e0000000-0000-4000-8000-000000000001';

describe('the enterprise’s cases (360° page)', () => {
  beforeEach(() => setLocale('zh-CN'));

  it('counts its cases per state in the lifecycle’s order and lists them with the case list', async () => {
    const fetchMock = stubGraphQLByOperation({
      EnterpriseCaseCounts: {
        data: {
          enterpriseCaseCounts: [
            { state: 'CLOSED', count: 5 },
            { state: 'SUBMITTED', count: 2 },
          ],
        },
      },
      Cases: casePage([caseRow()], 'cursor-1', { totalCount: 7, totalCountCapped: false }),
    });
    const { wrapper } = await mountWithApp(EnterpriseCases, {
      path: '/enterprises/x',
      viewer: office,
      props: { enterpriseId: ENTERPRISE },
    });

    await vi.waitFor(() =>
      expect(wrapper.find('[data-testid="enterprise-case-counts"]').exists()).toBe(true),
    );
    const counts = wrapper.findAll('[data-testid="enterprise-case-counts"] li');
    expect(counts.map((li) => li.text())).toEqual(['共 7 件', '待受理 2', '已办结 5']);
    expect(wrapper.get('[data-testid="enterprise-case-list"]').text()).toContain('YH2026');
    expect(wrapper.text()).toContain('已加载 1 件,共 7 件');
    const casesCall = graphQLCalls(fetchMock).find((call) => call.operation === 'Cases');
    expect(casesCall?.variables.page).toEqual({
      filter: { enterpriseId: ENTERPRISE },
      first: 10,
      after: null,
    });
  });

  it('says so when the enterprise has no case', async () => {
    stubGraphQLByOperation({
      EnterpriseCaseCounts: { data: { enterpriseCaseCounts: [] } },
      Cases: casePage([], null, { totalCount: 0, totalCountCapped: false }),
    });
    const { wrapper } = await mountWithApp(EnterpriseCases, {
      path: '/enterprises/x',
      viewer: office,
      props: { enterpriseId: ENTERPRISE },
    });
    await vi.waitFor(() => expect(wrapper.text()).toContain('该企业暂无诉求'));
    expect(wrapper.find('[data-testid="enterprise-case-counts"]').exists()).toBe(false);
  });
});
