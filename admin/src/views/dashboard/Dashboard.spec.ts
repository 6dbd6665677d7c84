import { beforeEach, describe, expect, it, vi } from 'vitest';
import { setLocale } from '@/locales';
import { graphQLCalls, mountWithApp, stubGraphQLByOperation, viewer } from '@/testing';
import DashboardPage from './Dashboard.vue';
import { bucketEnd, caseListQuery } from './data';

// jsdom has no canvas: the charts are drawn by ECharts in the browser, here a placeholder stands in.
vi.mock('@/components/EChart.vue', () => ({
  default: { props: ['option', 'label', 'height'], template: '<div role="img" :aria-label="label" />' },
}));

const rate = (numerator: number, denominator: number) => ({
  numerator,
  denominator,
  rate: denominator ? numerator / denominator : null,
});
const rates = { repliedOnTime: rate(3, 4), resolution: rate(2, 4), satisfaction: rate(3, 4) };
const DASHBOARD = {
  from: '2026-09-01',
  to: '2026-09-30',
  previousFrom: '2026-08-02',
  previousTo: '2026-08-31',
  received: 5,
  closed: 0,
  previousReceived: 8,
  previousClosed: 3,
  open: 12,
  overdue: 2,
  rates,
  previousRates: rates,
  series: [{ bucket: '2026-09-07', received: 5, closed: 0, ...rates }],
  byKind: [
    { key: 'DIFFICULTY', name: 'DIFFICULTY', received: 5, closed: 0, previousReceived: 8, previousClosed: 3 },
  ],
  byCategory: [],
  byGrid: [{ key: 'g1', name: '花园口镇', received: 5, closed: 0, previousReceived: 8, previousClosed: 3 }],
  byDepartment: [],
  overdueCases: [],
  hotKeywords: [
    { key: '冷链', count: 3, previous: 1 },
    { key: '消防', count: 3, previous: 0 },
  ],
  hotCategories: [{ key: 'UTILITIES', count: 3, previous: 8 }],
};

describe('office dashboard', { timeout: 20_000 }, () => {
  beforeEach(() => setLocale('zh-CN'));

  it('shows the period’s figures against the previous period and the hot topics leading to their cases', async () => {
    const fetchMock = stubGraphQLByOperation({ Dashboard: { data: { dashboard: DASHBOARD } } });
    const { wrapper, router } = await mountWithApp(DashboardPage, {
      path: '/dashboard',
      viewer: viewer({ roles: ['OFFICE_STAFF', 'OFFICE_LEADER'] }),
    });
    await vi.waitFor(() => expect(wrapper.find('[data-testid="kpi-received"]').exists()).toBe(true));
    expect(wrapper.find('[data-testid="kpi-received"]').text()).toContain('受理诉求5上期 8');
    expect(wrapper.find('[data-testid="kpi-repliedOnTime"]').text()).toContain('75.0%');
    expect(wrapper.find('[data-testid="kpi-repliedOnTime"]').text()).toContain('3 / 4');
    const topics = wrapper.find('[data-testid="hot-keywords"]').text();
    expect(topics).toContain('冷链');
    expect(topics).toContain('较上期 +2');
    expect(topics).toContain('新出现');
    expect(wrapper.find('[data-testid="hot-categories"]').text()).toContain('水电气暖');
    const link = wrapper.find('[data-testid="hot-keywords"] a');
    expect(link.attributes('href')).toContain('q=%E5%86%B7%E9%93%BE');

    await wrapper.find('[data-testid="kpi-overdue"]').trigger('click');
    await vi.waitFor(() => expect(router.currentRoute.value.name).toBe('cases'), { timeout: 10_000 });
    expect(router.currentRoute.value.query).toEqual({ deadline: 'RED' });
    const call = graphQLCalls(fetchMock).find((c) => c.operation === 'Dashboard');
    expect(call?.variables).toMatchObject({ filter: { industry: null, gridId: null } });
  });
});

describe('drill-down queries', () => {
  it("carry the period, the dashboard's grid and industry, and the point's own filter", () => {
    expect(
      caseListQuery({ from: '2026-09-01', to: '2026-09-30' }, { gridId: 'g1', industry: 'C' }, { q: '冷链' }),
    ).toEqual({ from: '2026-09-01', to: '2026-09-30', grid: 'g1', industry: 'C', q: '冷链' });
    expect(caseListQuery({ from: '2026-09-01', to: '2026-09-30' }, { gridId: null, industry: null })).toEqual(
      {
        from: '2026-09-01',
        to: '2026-09-30',
      },
    );
  });
});

describe('drill-down buckets', () => {
  it('end with the day, or the month within the period', () => {
    const period = { from: '2026-01-01', to: '2026-09-15' };
    expect(bucketEnd('2026-02-01', true, period)).toBe('2026-02-28');
    expect(bucketEnd('2026-09-01', true, period)).toBe('2026-09-15');
    expect(bucketEnd('2026-09-03', false, period)).toBe('2026-09-03');
  });
});
