import { beforeEach, describe, expect, it, vi } from 'vitest';
import { setLocale } from '@/locales';
import { graphQLCalls, mountWithApp, stubGraphQLByOperation, viewer } from '@/testing';
import AccountabilityFigures from './AccountabilityFigures.vue';

// happy-dom has no canvas: the chart is a stand-in that shows the option it was given.
vi.mock('@/components/EChart.vue', async () => {
  const { defineComponent, h } = await import('vue');
  return {
    default: defineComponent({
      props: {
        option: { type: Object, required: true },
        label: { type: String, default: '' },
        height: { type: String, default: '' },
      },
      setup: (props) => () =>
        h('div', { role: 'img', 'aria-label': props.label, 'data-option': JSON.stringify(props.option) }),
    }),
  };
});

const FIGURES = {
  data: {
    accountabilityFigures: {
      period: 'MONTH',
      periods: ['2026-01', '2026-02', '2026-03'],
      people: 4,
      departments: 1,
      rows: [
        { period: '2026-01', type: 'CRITICISM', people: 2, departments: 0 },
        { period: '2026-02', type: 'ADMONITION', people: 1, departments: 0 },
        { period: '2026-02', type: 'CRITICISM', people: 0, departments: 1 },
        { period: '2026-03', type: 'PARTY_DISCIPLINE', people: 1, departments: 0 },
      ],
    },
  },
};

describe('accountability figures page', { timeout: 20_000 }, () => {
  beforeEach(() => setLocale('zh-CN'));

  it('shows people by type and period in a table beside the chart', async () => {
    const fetchMock = stubGraphQLByOperation({ AccountabilityFigures: FIGURES });
    const { wrapper } = await mountWithApp(AccountabilityFigures, {
      path: '/accountability-figures',
      viewer: viewer({ roles: ['OFFICE_STAFF'] }),
    });
    await vi.waitFor(() =>
      expect(wrapper.find('[data-testid="figures-summary"]').text()).toBe('期间共问责 4 人次、1 个部门'),
    );
    const [call] = graphQLCalls(fetchMock);
    expect(call.variables.period).toBe('MONTH');
    expect(String(call.variables.from)).toMatch(/^\d{4}-01-01$/);
    const header = wrapper.findAll('[data-testid="figures-table"] thead th').map((th) => th.text());
    expect(header).toEqual(['统计周期', '通报批评', '诫勉谈话', '党纪处分', '问责人次', '问责部门']);
    const rows = wrapper
      .findAll('[data-testid="figures-table"] .el-table__body tr')
      .map((tr) => tr.findAll('td').map((td) => td.text()));
    expect(rows).toEqual([
      ['2026-01', '2', '0', '0', '2', '0'],
      ['2026-02', '0', '1', '0', '1', '1'],
      ['2026-03', '0', '0', '1', '1', '0'],
    ]);
    const chart = wrapper.find('[role="img"]');
    expect(chart.attributes('aria-label')).toBe('问责人次按方式和周期分布');
    const option = JSON.parse(chart.attributes('data-option') ?? '{}');
    expect(option.xAxis.data).toEqual(['2026-01', '2026-02', '2026-03']);
    expect(option.series.map((s: { name: string; data: number[] }) => [s.name, s.data])).toEqual([
      ['通报批评', [2, 0, 0]],
      ['诫勉谈话', [0, 1, 0]],
      ['党纪处分', [0, 0, 1]],
    ]);
  });

  it('says so when nobody was held accountable in the period', async () => {
    stubGraphQLByOperation({
      AccountabilityFigures: {
        data: {
          accountabilityFigures: {
            period: 'MONTH',
            periods: ['2026-01'],
            people: 0,
            departments: 0,
            rows: [],
          },
        },
      },
    });
    const { wrapper } = await mountWithApp(AccountabilityFigures, {
      path: '/accountability-figures',
      viewer: viewer({ roles: ['OFFICE_STAFF'] }),
    });
    await vi.waitFor(() => expect(wrapper.find('.el-empty').text()).toContain('所选期间没有问责记录'));
  });
});
