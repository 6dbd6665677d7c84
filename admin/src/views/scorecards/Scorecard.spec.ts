import { beforeEach, describe, expect, it, vi } from 'vitest';
import { setLocale } from '@/locales';
import { graphQLCalls, mountWithApp, stubGraphQLByOperation, viewer } from '@/testing';
import ScorecardPage from './Scorecard.vue';

// jsdom has no canvas: the chart is drawn by ECharts in the browser, here a placeholder stands in.
vi.mock('@/components/EChart.vue', () => ({
  default: { props: ['option', 'label', 'height'], template: '<div role="img" :aria-label="label" />' },
}));
import { presetPeriod, type Figures } from './data';

const rate = (numerator: number, denominator: number) => ({
  numerator,
  denominator,
  rate: denominator ? numerator / denominator : null,
});
const figures = (overrides: Partial<Figures> = {}): Figures => ({
  assigned: 5,
  signedOnTime: rate(3, 4),
  contactedOnTime: rate(2, 3),
  repliedOnTime: rate(2, 3),
  resolution: rate(2, 3),
  satisfaction: rate(2, 3),
  closed: 2,
  returned: 0,
  extended: 0,
  reopened: 1,
  sentBack: 0,
  overdue: 3,
  overdueSuggestions: 0,
  score: 67.9,
  ranked: true,
  rank: 1,
  ...overrides,
});
const CARD = {
  from: '2026-08-01',
  to: '2026-08-31',
  previousFrom: '2026-07-01',
  previousTo: '2026-07-31',
  rankedCount: 1,
  weights: {
    signWeight: 15,
    contactWeight: 15,
    replyWeight: 30,
    resolutionWeight: 20,
    satisfactionWeight: 20,
    minSample: 5,
    version: 0,
  },
  rows: [
    {
      departmentId: 'a',
      departmentName: '区市场监督管理局',
      current: figures(),
      previous: figures({ rank: 3, score: 60 }),
    },
    {
      departmentId: 'b',
      departmentName: '区税务局',
      current: figures({ assigned: 2, ranked: false, rank: null, score: 80, overdue: 0 }),
      previous: figures({ ranked: false, rank: null }),
    },
  ],
};

describe('department scorecard page', { timeout: 20_000 }, () => {
  beforeEach(() => setLocale('zh-CN'));

  it('shows each rate with numerator and denominator, leaves a small department unranked, and shows the trend', async () => {
    stubGraphQLByOperation({ Scorecard: { data: { scorecard: CARD } } });
    const { wrapper } = await mountWithApp(ScorecardPage, {
      path: '/scorecards',
      viewer: viewer({ roles: ['OFFICE_STAFF'] }),
    });
    await vi.waitFor(() => expect(wrapper.findAll('[data-testid="rate-signedOnTime"]')).toHaveLength(2));
    expect(wrapper.findAll('[data-testid="rate-signedOnTime"]')[0].text().replace(/\s+/g, '')).toBe(
      '75.0%3/4',
    );
    expect(wrapper.findAll('[data-testid="rank"]').map((c) => c.text())).toEqual(['1', '样本不足']);
    expect(wrapper.findAll('[data-testid="trend"]')[0].text()).toBe('较上期上升 2');
    expect(wrapper.find('[data-testid="red-list"]').text()).toContain('区市场监督管理局');
    expect(wrapper.find('[data-testid="red-list"]').text()).not.toContain('区税务局');
    // Office staff do not set the weights.
    expect(wrapper.find('[data-testid="weights-open"]').exists()).toBe(false);
  });

  it('opens the cases behind a number', async () => {
    const fetchMock = stubGraphQLByOperation({
      Scorecard: { data: { scorecard: CARD } },
      ScorecardCases: {
        data: {
          scorecardCases: {
            items: [
              {
                caseId: 'c1',
                trackingNo: 'YH2026000001',
                title: '用电增容',
                state: 'IN_PROGRESS',
                day: '2026-08-06',
              },
            ],
            nextCursor: null,
          },
        },
      },
    });
    const { wrapper } = await mountWithApp(ScorecardPage, {
      path: '/scorecards',
      viewer: viewer({ roles: ['OFFICE_STAFF'] }),
    });
    await vi.waitFor(() => expect(wrapper.findAll('[data-testid="count-overdue"]')).toHaveLength(2));
    await wrapper.find('[data-testid="count-overdue"]').trigger('click');
    await vi.waitFor(() => expect(document.body.textContent).toContain('YH2026000001'));
    const call = graphQLCalls(fetchMock).find((c) => c.operation === 'ScorecardCases');
    expect(call?.variables).toMatchObject({ drill: { departmentId: 'a', measure: 'OVERDUE' } });
  });

  it('shows a department its own rank', async () => {
    stubGraphQLByOperation({
      Scorecard: { data: { scorecard: { ...CARD, rows: [CARD.rows[0]] } } },
    });
    const { wrapper } = await mountWithApp(ScorecardPage, {
      path: '/scorecards',
      viewer: viewer({ roles: ['DEPT_STAFF'] }),
    });
    await vi.waitFor(() => expect(wrapper.find('[data-testid="own-rank"]').exists()).toBe(true));
    expect(wrapper.find('[data-testid="own-rank"]').text()).toBe('本部门排名:第 1 名 / 共 1 个部门');
    expect(wrapper.find('[data-testid="red-list"]').exists()).toBe(false);
  });

  it('lets the office leader preview the ranking under new weights', async () => {
    const fetchMock = stubGraphQLByOperation({
      Scorecard: { data: { scorecard: CARD } },
      ScorecardPreview: {
        data: {
          scorecardPreview: [
            {
              departmentId: 'a',
              departmentName: '区市场监督管理局',
              score: 67.9,
              rank: 1,
              previewScore: 66.7,
              previewRank: 2,
            },
          ],
        },
      },
    });
    const { wrapper } = await mountWithApp(ScorecardPage, {
      path: '/scorecards',
      viewer: viewer({ roles: ['OFFICE_STAFF', 'OFFICE_LEADER'] }),
    });
    await vi.waitFor(() => expect(wrapper.find('[data-testid="weights-open"]').exists()).toBe(true));
    await wrapper.find('[data-testid="weights-open"]').trigger('click');
    await vi.waitFor(() =>
      expect(document.body.querySelector('[data-testid="weights-preview-button"]')).not.toBeNull(),
    );
    (document.body.querySelector('[data-testid="weights-preview-button"]') as HTMLElement).click();
    await vi.waitFor(() =>
      expect(document.body.querySelector('[data-testid="weights-preview"]')).not.toBeNull(),
    );
    const call = graphQLCalls(fetchMock).find((c) => c.operation === 'ScorecardPreview');
    expect(call?.variables).toMatchObject({ weights: { replyWeight: 30, minSample: 5 } });
  });
});

describe('preset periods', () => {
  it('are Shanghai days', () => {
    // 2026-12-31 20:00 UTC is already 1 January 2027 in Shanghai.
    const now = new Date('2026-12-31T20:00:00Z');
    expect(presetPeriod('month', now)).toEqual({ from: '2027-01-01', to: '2027-01-01' });
    expect(presetPeriod('lastMonth', now)).toEqual({ from: '2026-12-01', to: '2026-12-31' });
    expect(presetPeriod('last12', now)).toEqual({ from: '2026-02-01', to: '2027-01-01' });
    expect(presetPeriod('quarter', new Date('2026-08-15T02:00:00Z'))).toEqual({
      from: '2026-07-01',
      to: '2026-08-15',
    });
  });
});
