import { OPERATING_STATUS_CODES, type OperatingStatus } from '@gridbridge/shared';
import type { ChartOption } from '@/components/EChart.vue';
import type { ConditionDashboard } from '@/api/conditions';
import type { ConditionEnterpriseFilter } from '@/gql/graphql';
import { i18n } from '@/locales';

const t = (key: string, params: Record<string, unknown> = {}) => i18n.global.t(key, params);

/** A status as the charts name it: the four statuses, then NONE for "not reported". */
export type StatusKey = OperatingStatus | 'NONE';
export const STATUS_KEYS: StatusKey[] = [...OPERATING_STATUS_CODES, 'NONE'];
/** Green to red as the status worsens; grey for not reported. */
export const STATUS_COLOURS: Record<StatusKey, string> = {
  NORMAL: '#3a9a5b',
  PARTIAL: '#e6a23c',
  STOPPED: '#e0643d',
  CLOSED: '#b8322a',
  NONE: '#a8abb2',
};

export const statusLabel = (status: StatusKey | null | undefined): string =>
  t(`conditions.statuses.${status ?? 'NONE'}`);

/** The current month in Shanghai, 'YYYY-MM'. */
export function currentMonth(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(now).slice(0, 7);
}

type Count = ConditionDashboard['byGrid'][number];

/** A stacked bar per group (street or industry), one series per status; categories keep their keys. */
export function statusBarOption(counts: readonly Count[]): { option: ChartOption; keys: string[] } {
  const keys = [...new Set(counts.map((c) => c.key))];
  const labels = keys.map((key) => counts.find((c) => c.key === key)?.label ?? key);
  const series = STATUS_KEYS.map((status) => ({
    type: 'bar' as const,
    stack: 'status',
    name: statusLabel(status),
    itemStyle: { color: STATUS_COLOURS[status] },
    data: keys.map((key) => counts.find((c) => c.key === key && (c.status ?? 'NONE') === status)?.count ?? 0),
  }));
  return {
    keys,
    option: {
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      legend: { bottom: 0 },
      grid: { left: 8, right: 8, top: 16, bottom: 40, containLabel: true },
      xAxis: {
        type: 'category',
        data: labels,
        axisLabel: { interval: 0, rotate: labels.length > 6 ? 30 : 0 },
      },
      yAxis: { type: 'value', minInterval: 1 },
      series,
    },
  };
}

/** Employees on the left axis, output and revenue (万元) on the right, month by month. */
export function trendOption(trend: ConditionDashboard['trend']): ChartOption {
  return {
    tooltip: { trigger: 'axis' },
    legend: { bottom: 0 },
    grid: { left: 8, right: 8, top: 24, bottom: 40, containLabel: true },
    xAxis: { type: 'category', data: trend.map((p) => p.month) },
    yAxis: [
      { type: 'value', name: t('conditions.kpi.employees'), minInterval: 1 },
      { type: 'value', name: t('conditions.kpi.outputValue') },
    ],
    series: [
      {
        type: 'bar',
        name: t('conditions.kpi.employees'),
        data: trend.map((p) => p.employees),
        itemStyle: { color: '#8fb6e8' },
      },
      {
        type: 'line',
        name: t('conditions.kpi.outputValue'),
        yAxisIndex: 1,
        data: trend.map((p) => p.outputValue),
      },
      { type: 'line', name: t('conditions.kpi.revenue'), yAxisIndex: 1, data: trend.map((p) => p.revenue) },
    ],
  };
}

/** Visited and not visited enterprises per street, stacked. */
export function coverageOption(coverage: ConditionDashboard['coverage']): ChartOption {
  return {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { bottom: 0 },
    grid: { left: 8, right: 8, top: 16, bottom: 40, containLabel: true },
    xAxis: { type: 'category', data: coverage.map((c) => c.gridName) },
    yAxis: { type: 'value', minInterval: 1 },
    series: [
      {
        type: 'bar',
        stack: 'coverage',
        name: t('conditions.charts.visited'),
        itemStyle: { color: '#3a9a5b' },
        data: coverage.map((c) => c.visited),
      },
      {
        type: 'bar',
        stack: 'coverage',
        name: t('conditions.charts.notVisited'),
        itemStyle: { color: '#a8abb2' },
        data: coverage.map((c) => c.enterprises - c.visited),
      },
    ],
  };
}

/** The drill-down filter of a click on a status bar: the group's key and the series' status. */
export function statusDrill(
  month: string,
  group: 'grid' | 'industry',
  key: string,
  seriesName: string | undefined,
): ConditionEnterpriseFilter {
  const status = STATUS_KEYS.find((s) => statusLabel(s) === seriesName) ?? null;
  return {
    month,
    ...(group === 'grid' ? { gridId: key } : { industry: key }),
    ...(status === 'NONE' ? { reported: false } : status ? { status } : {}),
  };
}

/** The drill-down filter of a click on the coverage chart. */
export function coverageDrill(
  month: string,
  gridId: string,
  seriesName: string | undefined,
): ConditionEnterpriseFilter {
  return { month, gridId, visited: seriesName === t('conditions.charts.visited') };
}
