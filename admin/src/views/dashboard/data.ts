import type { LocationQueryRaw } from 'vue-router';
import type { ScorecardPeriodInput } from '@/gql/graphql';

/** The last day of a bucket that starts on `bucket`: the day itself, or the month's last day. */
export function bucketEnd(bucket: string, monthly: boolean, period: ScorecardPeriodInput): string {
  if (!monthly) return bucket;
  const [y, m] = bucket.split('-').map(Number);
  const last = new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
  return last > period.to ? period.to : last;
}

/**
 * The admin case list's query for a drill-down (views/cases/data/filters.ts reads it): the
 * period as the submission dates, the dashboard's grid and industry, and the chart's own filter.
 */
export function caseListQuery(
  period: ScorecardPeriodInput,
  filter: { gridId?: string | null; industry?: string | null },
  extra: LocationQueryRaw = {},
): LocationQueryRaw {
  return {
    from: period.from,
    to: period.to,
    ...(filter.gridId ? { grid: filter.gridId } : {}),
    ...(filter.industry ? { industry: filter.industry } : {}),
    ...extra,
  };
}

/** Change against the previous period, for a hot topic: positive when rising. */
export const change = (count: number, previous: number) => count - previous;
