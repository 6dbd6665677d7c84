import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { flushPromises } from '@vue/test-utils';
import type { ConditionDashboard as Dashboard } from '@/api/conditions';
import { setLocale } from '@/locales';
import { graphQLCalls, mountWithApp, stubGraphQLByOperation, viewer } from '@/testing';
import EnterpriseConditions from '@/views/enterprises/modules/EnterpriseConditions.vue';
import ConditionDashboard from './ConditionDashboard.vue';
import { coverageDrill, currentMonth, statusBarOption, statusDrill } from './data';

// Happy DOM has no canvas to draw on: the pages' charts are stood in for by their labelled host
// (EChart.spec.ts covers the component itself); the options are tested as data below.
vi.mock('@/components/EChart.vue', async () => {
  const { defineComponent, h } = await import('vue');
  return {
    default: defineComponent({
      props: { option: { type: Object, default: () => ({}) }, label: { type: String, default: '' } },
      setup: (props) => () => h('div', { role: 'img', 'aria-label': props.label }),
    }),
  };
});

const STREET = '11111111-1111-4111-8111-111111111111';

const dashboard: Dashboard = {
  month: '2026-06',
  dueDate: '2026-06-25',
  pastDue: true,
  enterprises: 4,
  reported: 3,
  missing: 1,
  worsened: 1,
  employees: 148,
  outputValue: 630.75,
  revenue: 630.75,
  byGrid: [
    { key: STREET, label: '测试街道', status: 'NORMAL', count: 1 },
    { key: STREET, label: '测试街道', status: 'PARTIAL', count: 2 },
    { key: STREET, label: '测试街道', status: null, count: 1 },
  ],
  byIndustry: [
    { key: 'C', label: '制造业', status: 'PARTIAL', count: 2 },
    { key: 'F', label: '批发和零售业', status: null, count: 1 },
  ],
  trend: [{ month: '2026-06', reports: 3, employees: 148, outputValue: 630.75, revenue: 630.75 }],
  coverage: [{ gridId: STREET, gridName: '测试街道', enterprises: 4, visited: 1, visits: 2, reported: 3 }],
};

describe('condition charts and drill-downs', () => {
  beforeEach(() => setLocale('zh-CN'));

  it('stacks each group by status, with the not-reported as their own series', () => {
    const { option, keys } = statusBarOption(dashboard.byGrid);
    expect(keys).toEqual([STREET]);
    const series = option.series as { name: string; data: number[] }[];
    expect(series.map((s) => [s.name, s.data])).toEqual([
      ['正常生产', [1]],
      ['部分停产', [2]],
      ['停产', [0]],
      ['歇业', [0]],
      ['未填报', [1]],
    ]);
  });

  it('turns a click on a bar into the filter of the enterprises behind it', () => {
    expect(statusDrill('2026-06', 'grid', STREET, '部分停产')).toEqual({
      month: '2026-06',
      gridId: STREET,
      status: 'PARTIAL',
    });
    expect(statusDrill('2026-06', 'industry', 'F', '未填报')).toEqual({
      month: '2026-06',
      industry: 'F',
      reported: false,
    });
    expect(coverageDrill('2026-06', STREET, '未走访')).toEqual({
      month: '2026-06',
      gridId: STREET,
      visited: false,
    });
  });

  it('knows the month in Shanghai, which starts eight hours before UTC', () => {
    expect(currentMonth(new Date('2026-06-30T16:30:00Z'))).toBe('2026-07');
  });
});

describe('the condition dashboard', () => {
  beforeEach(() => setLocale('zh-CN'));
  afterEach(() => vi.unstubAllGlobals());

  it('shows the month’s figures and alerts, and lists the enterprises behind an alert', async () => {
    const fetchMock = stubGraphQLByOperation({
      ConditionDashboard: { data: { conditionDashboard: dashboard } },
      ConditionEnterprises: {
        data: {
          conditionEnterprises: {
            items: [
              {
                id: 'e1',
                name: '测试企业甲',
                gridName: '测试网格',
                industry: 'C',
                status: 'PARTIAL',
                previousStatus: 'NORMAL',
                latestStatus: 'PARTIAL',
                latestMonth: '2026-06',
                reported: true,
                visitedOn: null,
              },
            ],
            nextCursor: null,
          },
        },
      },
    });
    const { wrapper } = await mountWithApp(ConditionDashboard, {
      path: '/conditions',
      viewer: viewer({ roles: ['OFFICE_STAFF'] }),
    });

    expect(wrapper.get('[data-testid="kpi-missing"]').text()).toContain('1');
    expect(wrapper.get('[data-testid="kpi-worsened"]').text()).toContain('经营状态变差');
    expect(wrapper.get('[data-testid="kpi-output"]').text()).toContain('630.75');
    expect(wrapper.findAll('[role="img"]').map((chart) => chart.attributes('aria-label'))).toEqual([
      '各街道（镇）经营状态',
      '各行业经营状态',
      '近 12 个月从业人数与产值营收',
      '各街道（镇）走访覆盖',
    ]);

    await wrapper.get('[data-testid="kpi-worsened"]').trigger('click');
    await flushPromises();

    const drill = graphQLCalls(fetchMock).find((call) => call.operation === 'ConditionEnterprises');
    expect(drill?.variables.filter).toEqual({ month: currentMonth(), worsened: true });
    expect(document.body.querySelector('[data-testid="drill-enterprise"]')?.textContent?.trim()).toBe(
      '测试企业甲',
    );
    wrapper.unmount();
  });
});

describe('the condition export', () => {
  beforeEach(() => setLocale('zh-CN'));
  afterEach(() => vi.unstubAllGlobals());

  it("asks for the shown month's data and shows the export running", async () => {
    const fetchMock = stubGraphQLByOperation({
      ConditionDashboard: { data: { conditionDashboard: dashboard } },
      RequestConditionExport: ({ month }) => ({
        data: {
          requestConditionExport: {
            id: 'x1',
            kind: 'CONDITIONS',
            status: 'QUEUED',
            fileName: `企业运行情况-${String(month)}.xlsx`,
            rows: null,
            createdAt: '2026-06-15T02:00:00Z',
            finishedAt: null,
            error: null,
            downloadUrl: null,
          },
        },
      }),
    });
    const { wrapper } = await mountWithApp(ConditionDashboard, {
      path: '/conditions',
      viewer: viewer({ roles: ['OFFICE_STAFF'] }),
    });

    await wrapper.get('[data-testid="condition-export"]').trigger('click');
    await flushPromises();

    const call = graphQLCalls(fetchMock).find((c) => c.operation === 'RequestConditionExport');
    expect(call?.variables).toEqual({ month: currentMonth() });
    expect(wrapper.get('[data-testid="condition-export-progress"]').text()).toBeTruthy();
    wrapper.unmount();
  });
});

describe("the enterprise's condition history", () => {
  beforeEach(() => setLocale('zh-CN'));
  afterEach(() => vi.unstubAllGlobals());

  it('draws the months, lists difficulties with their cases and the visits with photos', async () => {
    stubGraphQLByOperation({
      EnterpriseConditionReports: {
        data: {
          enterpriseConditionReports: [
            {
              id: 'r5',
              month: '2026-05',
              operatingStatus: 'NORMAL',
              employees: 100,
              outputValue: 500,
              revenue: 480,
              capacityUse: 80,
              orderTrend: 'FLAT',
              difficulties: '',
              submittedAt: '2026-05-20T02:00:00Z',
              submittedByName: '王经理',
              visitId: null,
              revisions: 1,
              cases: [],
            },
            {
              id: 'r6',
              month: '2026-06',
              operatingStatus: 'PARTIAL',
              employees: 90,
              outputValue: 320,
              revenue: 300,
              capacityUse: 55,
              orderTrend: 'DOWN',
              difficulties: '订单减少',
              submittedAt: '2026-06-14T02:00:00Z',
              submittedByName: '李网格',
              visitId: 'v1',
              revisions: 1,
              cases: [{ id: 'c1', trackingNo: 'GB2026000123', title: '订单减少', state: 'SUBMITTED' }],
            },
          ],
        },
      },
      EnterpriseConditionVisits: {
        data: {
          enterpriseConditionVisits: [
            {
              id: 'v1',
              visitedOn: '2026-06-14',
              findings: '二号车间停线',
              visitorName: '李网格',
              reportId: 'r6',
              photos: [{ id: 'p1', fileName: '车间.png', thumbnail: 'data:image/webp;base64,AAAA' }],
            },
          ],
        },
      },
    });
    const { wrapper } = await mountWithApp(EnterpriseConditions, {
      viewer: viewer({ roles: ['OFFICE_STAFF'] }),
      props: { enterpriseId: 'e1' },
    });

    expect(wrapper.get('[role="img"]').attributes('aria-label')).toBe('近 12 个月运行情况');
    const months = wrapper.get('[data-testid="condition-difficulties"]').text();
    expect(months).toContain('2026-06');
    expect(months).toContain('部分停产');
    expect(months).toContain('走访代填');
    expect(months).toContain('困难：订单减少');
    expect(months).toContain('转诉求 GB2026000123');
    expect(months).not.toContain('2026-05');
    const visits = wrapper.get('[data-testid="condition-visits"]');
    expect(visits.text()).toContain('二号车间停线');
    expect(visits.get('img').attributes('alt')).toBe('车间.png');
    wrapper.unmount();
  });
});
