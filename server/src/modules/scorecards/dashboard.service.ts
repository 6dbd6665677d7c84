import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { TERMINAL_STATES, PAUSED_STATES } from '@gridbridge/shared';
import { Clock } from '../../common/clock.js';
import { decodeRows, int, nullable, text, timestamp, type Fields } from '../../database/rows.js';
import type { ScorecardRateType, ScorecardPeriodInput } from './scorecards.types.js';
import { periodOf } from './scorecards.service.js';
import type {
  DashboardCountType,
  DashboardFilterInput,
  DashboardRatesType,
  DashboardType,
  HotTopicType,
} from './dashboard.types.js';

const rate = (numerator: number, denominator: number): ScorecardRateType => ({
  numerator,
  denominator,
  rate: denominator === 0 ? null : numerator / denominator,
});
const HOT_TOPICS = 15;

const COUNT_FIELDS = {
  dim: text,
  key: text,
  name: text,
  received: int,
  closed: int,
  previousReceived: int,
  previousClosed: int,
};
const SERIES_FIELDS = {
  bucket: text,
  received: int,
  closed: int,
  replied: int,
  repliedOnTime: int,
  evaluated: int,
  solved: int,
  satisfied: int,
};
const DEPARTMENT_FIELDS = {
  departmentId: text,
  name: text,
  assigned: int,
  closed: int,
  overdue: int,
  replied: int,
  repliedOnTime: int,
  evaluated: int,
  solved: int,
  satisfied: int,
  pReplied: int,
  pRepliedOnTime: int,
  pEvaluated: int,
  pSolved: int,
  pSatisfied: int,
  overdueNow: int,
};
const CASE_FIELDS = {
  id: text,
  trackingNo: text,
  title: text,
  state: text,
  departmentName: nullable(text),
  dueAt: timestamp,
};
const DAY = 86_400_000;

/** The states whose deadline runs: not final, not paused. */
const NOT_RUNNING = `('${[...TERMINAL_STATES, ...PAUSED_STATES].join("', '")}')`;

/**
 * The office dashboard 数据驾驶舱 (docs/supervision.md#the-office-dashboard-数据驾驶舱): period
 * figures summed from the per-day tables the case steps keep current, and the few figures of
 * "now" (open, overdue) from the indexes of the running cases.
 */
@Injectable()
export class DashboardService {
  constructor(
    private readonly db: DataSource,
    private readonly clock: Clock,
  ) {}

  async dashboard(input: ScorecardPeriodInput, filter: DashboardFilterInput | null): Promise<DashboardType> {
    const period = periodOf(input);
    const industry = filter?.industry ?? null;
    const gridId = filter?.gridId ?? null;
    const now = this.clock.now();
    const days = (Date.parse(period.to) - Date.parse(period.from)) / DAY + 1;
    const unit = days <= 62 ? 'day' : 'month';
    const dims = [period.previousFrom, period.from, period.to, industry, gridId];
    const narrowed = `day BETWEEN $1 AND $3 AND ($4::text IS NULL OR industry = $4) AND ($5::uuid IS NULL OR grid_id = $5)`;

    // Each statement's rows go straight through their decoder; the six run side by side.
    const q = async <F extends Fields>(sql: string, params: unknown[], fields: F) =>
      decodeRows(await this.db.query(sql, params), fields);
    const [countRows, seriesRows, departmentRows, [liveRow], overdueCases, hotKeywords] = await Promise.all([
      q(
        `SELECT CASE WHEN GROUPING(kind) = 0 THEN 'kind' WHEN GROUPING(category) = 0 THEN 'category'
                     WHEN GROUPING(s.grid_id) = 0 THEN 'grid' ELSE 'all' END AS dim,
                coalesce(kind, category, s.grid_id::text, '') AS key, coalesce(min(g.name), '') AS name,
                coalesce(sum(received) FILTER (WHERE day >= $2), 0)::int AS received,
                coalesce(sum(closed) FILTER (WHERE day >= $2), 0)::int AS closed,
                coalesce(sum(received) FILTER (WHERE day < $2), 0)::int AS "previousReceived",
                coalesce(sum(closed) FILTER (WHERE day < $2), 0)::int AS "previousClosed"
           FROM case_day_stat s LEFT JOIN grid g ON g.id = s.grid_id
          WHERE ${narrowed}
          GROUP BY GROUPING SETS ((kind), (category), (s.grid_id), ())`,
        dims,
        COUNT_FIELDS,
      ),
      q(
        `WITH stat AS (
           SELECT date_trunc('${unit}', day)::date AS bucket, sum(received)::int AS received, sum(closed)::int AS closed
             FROM case_day_stat WHERE day BETWEEN $1 AND $2 AND ($3::text IS NULL OR industry = $3)
              AND ($4::uuid IS NULL OR grid_id = $4) GROUP BY 1),
         fact AS (
           SELECT date_trunc('${unit}', day)::date AS bucket, sum(replied)::int AS replied,
                  sum(replied_on_time)::int AS "repliedOnTime", sum(evaluated)::int AS evaluated,
                  sum(solved)::int AS solved, sum(satisfied)::int AS satisfied
             FROM department_day_fact WHERE day BETWEEN $1 AND $2 GROUP BY 1)
         SELECT to_char(coalesce(s.bucket, f.bucket), 'YYYY-MM-DD') AS bucket,
                coalesce(s.received, 0) AS received, coalesce(s.closed, 0) AS closed,
                coalesce(f.replied, 0) AS replied, coalesce(f."repliedOnTime", 0) AS "repliedOnTime",
                coalesce(f.evaluated, 0) AS evaluated, coalesce(f.solved, 0) AS solved,
                coalesce(f.satisfied, 0) AS satisfied
           FROM stat s FULL JOIN fact f ON f.bucket = s.bucket ORDER BY 1`,
        [period.from, period.to, industry, gridId],
        SERIES_FIELDS,
      ),
      q(
        `SELECT d.id AS "departmentId", d.name,
                coalesce(sum(f.assigned) FILTER (WHERE f.day >= $2), 0)::int AS assigned,
                coalesce(sum(f.closed) FILTER (WHERE f.day >= $2), 0)::int AS closed,
                coalesce(sum(f.signed_late + f.contacted_late + f.replied_late + f.opinion_late)
                  FILTER (WHERE f.day >= $2), 0)::int AS overdue,
                coalesce(sum(f.replied) FILTER (WHERE f.day >= $2), 0)::int AS replied,
                coalesce(sum(f.replied_on_time) FILTER (WHERE f.day >= $2), 0)::int AS "repliedOnTime",
                coalesce(sum(f.evaluated) FILTER (WHERE f.day >= $2), 0)::int AS evaluated,
                coalesce(sum(f.solved) FILTER (WHERE f.day >= $2), 0)::int AS solved,
                coalesce(sum(f.satisfied) FILTER (WHERE f.day >= $2), 0)::int AS satisfied,
                coalesce(sum(f.replied) FILTER (WHERE f.day < $2), 0)::int AS "pReplied",
                coalesce(sum(f.replied_on_time) FILTER (WHERE f.day < $2), 0)::int AS "pRepliedOnTime",
                coalesce(sum(f.evaluated) FILTER (WHERE f.day < $2), 0)::int AS "pEvaluated",
                coalesce(sum(f.solved) FILTER (WHERE f.day < $2), 0)::int AS "pSolved",
                coalesce(sum(f.satisfied) FILTER (WHERE f.day < $2), 0)::int AS "pSatisfied",
                (SELECT count(*) FROM case_assignment a
                  WHERE a.department_id = d.id AND a.role = 'LEAD' AND a.paused_at IS NULL
                    AND ((a.state = 'ASSIGNED' AND a.sign_deadline < $4)
                      OR (a.state = 'IN_PROGRESS' AND a.reply_deadline < $4)))::int AS "overdueNow"
           FROM department d
           LEFT JOIN department_day_fact f ON f.department_id = d.id AND f.day BETWEEN $1 AND $3
          GROUP BY d.id, d.name
         HAVING bool_or(d.active) OR count(f.day) > 0`,
        [period.previousFrom, period.from, period.to, now],
        DEPARTMENT_FIELDS,
      ),
      q(
        `SELECT count(*)::int AS open,
                count(*) FILTER (WHERE c.state NOT IN ${NOT_RUNNING} AND c.paused_at IS NULL AND c.state_deadline < $1)::int
                  AS overdue
           FROM case_file c WHERE c.state NOT IN ('${TERMINAL_STATES.join("', '")}')`,
        [now],
        { open: int, overdue: int },
      ),
      q(
        `SELECT c.id, c.tracking_no AS "trackingNo", c.title, c.state, d.name AS "departmentName",
                c.state_deadline AS "dueAt"
           FROM case_file c LEFT JOIN department d ON d.id = c.lead_department_id
          WHERE c.state NOT IN ${NOT_RUNNING} AND c.paused_at IS NULL AND c.state_deadline < $1
          ORDER BY c.state_deadline, c.id LIMIT 10`,
        [now],
        CASE_FIELDS,
      ),
      q(
        `SELECT keyword AS key, coalesce(sum(cases) FILTER (WHERE day >= $2), 0)::int AS count,
                coalesce(sum(cases) FILTER (WHERE day < $2), 0)::int AS previous
           FROM keyword_day_stat WHERE ${narrowed}
          GROUP BY keyword HAVING sum(cases) FILTER (WHERE day >= $2) > 0
          ORDER BY count DESC, previous, keyword LIMIT ${HOT_TOPICS}`,
        dims,
        { key: text, count: int, previous: int },
      ),
    ]);

    const of = (dim: string): DashboardCountType[] =>
      countRows
        .filter((r) => r.dim === dim)
        .map(({ key, name, received, closed, previousReceived, previousClosed }) => ({
          key,
          name: name || key,
          received,
          closed,
          previousReceived,
          previousClosed,
        }))
        .sort((a, b) => b.received - a.received || a.key.localeCompare(b.key));
    const total = countRows.find((r) => r.dim === 'all');
    const sum = (key: keyof (typeof departmentRows)[number]) =>
      departmentRows.reduce((s, r) => s + Number(r[key]), 0);
    const rates = (replied: number, onTime: number, evaluated: number, solved: number, satisfied: number) =>
      ({
        repliedOnTime: rate(onTime, replied),
        resolution: rate(solved, evaluated),
        satisfaction: rate(satisfied, evaluated),
      }) satisfies DashboardRatesType;
    const byCategory = of('category');
    return {
      ...period,
      received: total?.received ?? 0,
      closed: total?.closed ?? 0,
      previousReceived: total?.previousReceived ?? 0,
      previousClosed: total?.previousClosed ?? 0,
      open: liveRow.open,
      overdue: liveRow.overdue,
      rates: rates(sum('replied'), sum('repliedOnTime'), sum('evaluated'), sum('solved'), sum('satisfied')),
      previousRates: rates(
        sum('pReplied'),
        sum('pRepliedOnTime'),
        sum('pEvaluated'),
        sum('pSolved'),
        sum('pSatisfied'),
      ),
      series: seriesRows.map((p) => ({
        bucket: p.bucket,
        received: p.received,
        closed: p.closed,
        ...rates(p.replied, p.repliedOnTime, p.evaluated, p.solved, p.satisfied),
      })),
      byKind: of('kind'),
      byCategory,
      byGrid: of('grid'),
      byDepartment: departmentRows
        .map(({ departmentId, name, assigned, closed, overdue, overdueNow }) => ({
          departmentId,
          name,
          assigned,
          closed,
          overdue,
          overdueNow,
        }))
        .sort((a, b) => b.overdue - a.overdue || b.overdueNow - a.overdueNow || a.name.localeCompare(b.name)),
      overdueCases,
      hotKeywords,
      hotCategories: byCategory
        .filter((c) => c.received > 0)
        .map((c): HotTopicType => ({ key: c.key, count: c.received, previous: c.previousReceived })),
    };
  }
}
