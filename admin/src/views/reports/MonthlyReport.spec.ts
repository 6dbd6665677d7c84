import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { flushPromises } from '@vue/test-utils';
import { setLocale } from '@/locales';
import { graphQLCalls, mountWithApp, stubGraphQLByOperation, viewer } from '@/testing';
import MonthlyReport from './MonthlyReport.vue';
import { beijingTime, lastMonth } from './data';

const rate = (numerator: number, denominator: number) => ({
  numerator,
  denominator,
  rate: denominator ? numerator / denominator : null,
});
const figures = (over: Record<string, unknown> = {}) => ({
  assigned: 5,
  signedOnTime: rate(3, 4),
  contactedOnTime: rate(3, 4),
  repliedOnTime: rate(4, 5),
  resolution: rate(2, 3),
  satisfaction: rate(2, 3),
  closed: 2,
  returned: 0,
  extended: 0,
  reopened: 1,
  sentBack: 2,
  overdue: 3,
  score: 73.2,
  ranked: true,
  rank: 1,
  ...over,
});
const REPORT = {
  month: '2026-08',
  generatedAt: '2026-09-02T02:00:00.000Z',
  figures: {
    from: '2026-08-01',
    to: '2026-08-31',
    received: 6,
    closed: 3,
    previousReceived: 2,
    previousClosed: 1,
    open: 12,
    overdue: 2,
    rates: { repliedOnTime: rate(5, 6), resolution: rate(3, 4), satisfaction: rate(3, 4) },
    previousRates: { repliedOnTime: rate(0, 0), resolution: rate(1, 1), satisfaction: rate(1, 1) },
    byCategory: [{ key: 'UTILITIES', received: 6, closed: 3, previousReceived: 2 }],
    byGrid: [{ key: 'g1', name: '新城街道', received: 6, closed: 3, previousReceived: 2 }],
    hotKeywords: [{ key: '增容', count: 6, previous: 0 }],
  },
  ranking: {
    rankedCount: 1,
    weights: { minSample: 5 },
    rows: [
      {
        departmentId: 'd1',
        departmentName: '区市场监督管理局',
        current: figures(),
        previous: { rank: 2, score: 60 },
      },
      {
        departmentId: 'd2',
        departmentName: '区供电公司',
        current: figures({ assigned: 1, ranked: false, rank: null, score: 80 }),
        previous: { rank: null, score: null },
      },
    ],
  },
  typicalCases: [
    {
      kind: 'OVERDUE',
      id: 'c3',
      trackingNo: 'GB-2026-0003',
      title: '用电增容',
      category: 'UTILITIES',
      enterpriseName: '郑州惠济宏达食品有限公司',
      departmentName: '区市场监督管理局',
      state: 'IN_PROGRESS',
      count: 2,
    },
    {
      kind: 'PRAISED',
      id: 'c1',
      trackingNo: 'GB-2026-0001',
      title: '办证咨询',
      category: 'UTILITIES',
      enterpriseName: '郑州惠济宏达食品有限公司',
      departmentName: '区市场监督管理局',
      state: 'CLOSED',
      count: 0,
    },
  ],
  notices: [
    { id: 'n2', title: '关于八月超期问题的通报', body: '经查……', publishedAt: '2026-07-31T16:30:00.000Z' },
  ],
  accountability: {
    people: 1,
    departments: 1,
    rows: [
      { type: 'ADMONITION', people: 1, departments: 0 },
      { type: 'CRITICISM', people: 0, departments: 1 },
    ],
  },
  records: [
    {
      id: 'r2',
      subjectKind: 'OFFICIAL',
      department: { id: 'd1', name: '区市场监督管理局' },
      officialName: '李四',
      officialPost: '科长',
      type: 'ADMONITION',
      reason: '八月首日',
      decidedOn: '2026-08-01',
      decidedBy: '区纪委监委',
    },
  ],
};

describe('the monthly report', { timeout: 20_000 }, () => {
  beforeEach(() => setLocale('zh-CN'));
  afterEach(() => vi.unstubAllGlobals());

  it("lays out last month's figures, ranking, typical cases, notices and accountability", async () => {
    const fetchMock = stubGraphQLByOperation({ MonthlyReport: { data: { monthlyReport: REPORT } } });
    const { wrapper } = await mountWithApp(MonthlyReport, {
      path: '/monthly-report',
      viewer: viewer({ roles: ['OFFICE_STAFF', 'OFFICE_LEADER'] }),
    });
    await vi.waitFor(() => expect(wrapper.find('[data-testid="report-figures"]').exists()).toBe(true));
    expect(graphQLCalls(fetchMock).find((c) => c.operation === 'MonthlyReport')?.variables).toEqual({
      month: lastMonth(),
    });
    expect(wrapper.find('.report-title').text()).toBe('2026年8月诉求办理月报');
    expect(wrapper.get('[data-testid="report-kpi-received"]').text()).toBe('受理诉求62');
    expect(wrapper.get('[data-testid="report-kpi-resolution"]').text()).toBe('解决率75.0%100.0%3 / 4');
    // A rate with nothing to count is a dash, never 0 %.
    expect(wrapper.get('[data-testid="report-kpi-repliedOnTime"]').text()).toContain('—');
    const ranking = wrapper.get('[data-testid="report-ranking"]').text();
    expect(ranking).toContain('共 1 个部门参与排名(交办 5 件以上)');
    expect(ranking).toContain('1区市场监督管理局73.2');
    expect(ranking).toContain('样本不足区供电公司');
    const typical = wrapper.get('[data-testid="report-typical"]');
    expect(typical.get('[data-testid="report-typical-OVERDUE"]').text()).toContain('2 个超期环节');
    expect(typical.text()).toContain('本月无此类诉求');
    expect(typical.get('[data-testid="report-typical-PRAISED"] a').attributes('href')).toContain('/cases/c1');
    const notices = wrapper.get('[data-testid="report-notices"]').text();
    expect(notices).toContain('关于八月超期问题的通报');
    expect(notices).toContain('2026-08-01 00:30');
    const accountability = wrapper.get('[data-testid="report-accountability"]').text();
    expect(accountability).toContain('诫勉谈话10');
    expect(accountability).toContain('合计11');
    expect(accountability).toContain('李四 科长');
    wrapper.unmount();
  });

  it('prints the page and asks for the workbook of the month shown', async () => {
    const print = vi.fn();
    vi.stubGlobal('print', print);
    const fetchMock = stubGraphQLByOperation({
      MonthlyReport: { data: { monthlyReport: REPORT } },
      RequestMonthlyReportExport: ({ month }) => ({
        data: {
          requestMonthlyReportExport: {
            id: 'x1',
            kind: 'MONTHLY_REPORT',
            status: 'QUEUED',
            fileName: `月报-${String(month)}.xlsx`,
            rows: null,
            createdAt: '2026-09-02T02:00:00Z',
            finishedAt: null,
            error: null,
            downloadUrl: null,
          },
        },
      }),
    });
    const { wrapper } = await mountWithApp(MonthlyReport, {
      path: '/monthly-report',
      viewer: viewer({ roles: ['OFFICE_STAFF'] }),
    });
    await vi.waitFor(() => expect(wrapper.find('[data-testid="report-figures"]').exists()).toBe(true));
    await wrapper.get('[data-testid="report-print"]').trigger('click');
    expect(print).toHaveBeenCalledTimes(1);
    await wrapper.get('[data-testid="report-export"]').trigger('click');
    await flushPromises();
    const call = graphQLCalls(fetchMock).find((c) => c.operation === 'RequestMonthlyReportExport');
    expect(call?.variables).toEqual({ month: lastMonth() });
    expect(wrapper.get('[data-testid="report-export-progress"]').text()).toBeTruthy();
    wrapper.unmount();
  });

  it('says why when the report cannot be loaded', async () => {
    stubGraphQLByOperation({
      MonthlyReport: {
        data: null,
        errors: [{ message: '月份不能晚于本月', extensions: { code: 'VALIDATION', fields: [] } }],
      },
    });
    const { wrapper } = await mountWithApp(MonthlyReport, {
      path: '/monthly-report',
      viewer: viewer({ roles: ['OFFICE_STAFF'] }),
    });
    await vi.waitFor(() => expect(wrapper.text()).toContain('月报加载失败'));
    expect(wrapper.find('[data-testid="report-figures"]').exists()).toBe(false);
    wrapper.unmount();
  });
});

describe('report dates', () => {
  it('default to the month before, in Shanghai', () => {
    expect(lastMonth(new Date('2026-01-15T02:00:00Z'))).toBe('2025-12');
    // 1 September 00:30 in Shanghai is still 31 August in UTC.
    expect(lastMonth(new Date('2026-08-31T16:30:00Z'))).toBe('2026-08');
    expect(beijingTime('2026-07-31T16:30:00.000Z')).toBe('2026-08-01 00:30');
  });
});
