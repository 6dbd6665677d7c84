import { beforeEach, describe, expect, it, vi } from 'vitest';
import { setLocale } from '@/locales';
import { graphQLCalls, mountWithApp, stubGraphQLByOperation, viewer } from '@/testing';
import InspectionFigures from './InspectionFigures.vue';
import { figureRow } from './fixtures';

// jsdom has no canvas: the chart stands in as its accessible host, with the option it was given.
vi.mock('@/components/EChart.vue', async () => {
  const { defineComponent, h } = await import('vue');
  return {
    default: defineComponent({
      props: { option: { type: Object, required: true }, label: { type: String, required: true } },
      setup: (props) => () =>
        h('div', {
          role: 'img',
          'aria-label': props.label,
          'data-series': JSON.stringify(props.option.series),
        }),
    }),
  };
});

describe('inspection figures page', { timeout: 20_000 }, () => {
  beforeEach(() => setLocale('zh-CN'));

  it('shows each team and the total, and drills a figure down to its findings', async () => {
    const fetchMock = stubGraphQLByOperation({
      InspectionFigures: {
        data: {
          inspectionFigures: {
            total: figureRow({
              dispatched: 2,
              inspectors: 5,
              found: 7,
              solved: 4,
              suggested: 3,
              onTime: 1,
              overdue: 2,
            }),
            teams: [
              figureRow({
                teamId: 'a',
                teamName: '第一巡查组',
                dispatched: 1,
                inspectors: 3,
                found: 5,
                solved: 2,
                suggested: 2,
                onTime: 1,
                overdue: 1,
              }),
              figureRow({
                teamId: 'b',
                teamName: '第二巡查组',
                dispatched: 1,
                inspectors: 2,
                found: 2,
                solved: 2,
                suggested: 1,
                overdue: 1,
              }),
            ],
          },
        },
      },
      InspectionFigureFindings: {
        data: {
          inspectionFigureFindings: {
            items: [
              {
                id: 'f3',
                inspectedOn: '2026-06-15',
                place: '政务服务中心',
                category: 'APPROVAL',
                department: { id: 'd2', name: '区行政审批局' },
                description: '办事指南过期',
                outcome: 'SUGGESTION',
              },
            ],
            nextCursor: null,
          },
        },
      },
    });
    const { wrapper } = await mountWithApp(InspectionFigures, {
      path: '/inspection-figures',
      viewer: viewer({ roles: ['OFFICE_STAFF'] }),
    });

    await vi.waitFor(() =>
      expect(wrapper.findAll('[data-testid="figures-table"] .el-table__body tr')).toHaveLength(3),
    );
    const rows = wrapper.findAll('[data-testid="figures-table"] .el-table__body tr');
    expect(rows[0].text()).toContain('第一巡查组');
    expect(rows[2].text()).toContain('合计');
    expect(rows[2].find('[data-testid="figure-found"]').text()).toBe('7');
    expect(rows[2].find('[data-testid="figure-overdue"]').text()).toBe('2');

    // The chart shows found, solved, suggested and overdue per team.
    const series = JSON.parse(wrapper.get('[role="img"]').attributes('data-series') ?? '[]');
    expect(series.map((s: { data: number[] }) => s.data)).toEqual([
      [5, 2],
      [2, 2],
      [2, 1],
      [1, 1],
    ]);

    await rows[2].find('[data-testid="figure-overdue"]').trigger('click');
    await vi.waitFor(() =>
      expect(document.body.querySelector('[data-testid="drill-table"]')?.textContent).toContain(
        '办事指南过期',
      ),
    );
    const drill = graphQLCalls(fetchMock).find((call) => call.operation === 'InspectionFigureFindings');
    expect(drill?.variables).toMatchObject({ figure: 'OVERDUE', teamId: null });
  });
});
