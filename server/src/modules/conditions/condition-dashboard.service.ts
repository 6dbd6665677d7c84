import { Injectable } from '@nestjs/common';
import { isUUID } from 'class-validator';
import { DataSource } from 'typeorm';
import {
  INDUSTRY_SECTIONS,
  addMonths,
  dueDateOf,
  isPastDue,
  monthOf,
  shanghaiDate,
} from '@gridbridge/shared';
import { AppError } from '../../common/app-error.js';
import { Clock } from '../../common/clock.js';
import type { Viewer } from '../../common/gql-context.js';
import { currentLocale } from '../../common/request-context.js';
import { decodeRows, int, nullable, text } from '../../database/rows.js';
import { sqlParams } from '../cases/index.js';
import { directoryScope } from '../directory/index.js';
import { money, status } from './conditions-rows.js';
import { STATUS_RANK, checkMonthFormat } from './conditions.service.js';
import type { ConditionDashboardType, ConditionTrendPointType } from './conditions.types.js';

/** Months the dashboard's trend covers, the month itself included. */
export const TREND_MONTHS = 12;

/**
 * The office's condition dashboard (docs/conditions.md#dashboard): each figure is a filter of
 * `ConditionsService.enterprises`, so a click on it lists exactly the enterprises counted.
 * Only operating enterprises (status ACTIVE) count; groups are the level-1 grids (街道/镇).
 */
@Injectable()
export class ConditionDashboardService {
  constructor(
    private readonly db: DataSource,
    private readonly clock: Clock,
  ) {}

  async dashboard(viewer: Viewer, month: string, gridId: string | null): Promise<ConditionDashboardType> {
    const now = this.clock.now();
    checkMonthFormat(month);
    if (gridId && !isUUID(gridId)) throw AppError.validation({ field: 'gridId', rule: 'invalid' });
    if (month > monthOf(now)) throw AppError.validation({ field: 'month', rule: 'futureMonth' });
    // The pre-aggregated figures hold every operating enterprise: they answer a viewer who sees the
    // whole directory (the office, the only holders of condition.read today). A narrower scope
    // counts its own enterprises, a grid's worth.
    const whole = directoryScope(viewer, () => 'NULL') === 'TRUE';
    const statements = whole
      ? aggregatedDashboardQueries(month, gridId)
      : naiveDashboardQueries(month, gridId, (add) => directoryScope(viewer, add));
    const [totals] = decodeRows(await this.db.query(statements.totals.sql, statements.totals.params), {
      enterprises: int,
      reported: int,
      worsened: int,
      employees: int,
      outputValue: money,
      revenue: money,
    });
    const byGrid = decodeRows(await this.db.query(statements.byGrid.sql, statements.byGrid.params), {
      key: text,
      label: text,
      status: nullable(status),
      count: int,
    });
    const industries = decodeRows(
      await this.db.query(statements.byIndustry.sql, statements.byIndustry.params),
      {
        key: text,
        status: nullable(status),
        count: int,
      },
    );
    const trendRows = decodeRows(await this.db.query(statements.trend.sql, statements.trend.params), {
      month: text,
      reports: int,
      employees: int,
      outputValue: money,
      revenue: money,
    });
    const coverage = decodeRows(await this.db.query(statements.coverage.sql, statements.coverage.params), {
      gridId: text,
      gridName: text,
      enterprises: int,
      visited: int,
      visits: int,
      reported: int,
    });
    const trend: ConditionTrendPointType[] = [];
    for (let i = TREND_MONTHS - 1; i >= 0; i--) {
      const m = addMonths(month, -i);
      trend.push(
        trendRows.find((row) => row.month === m) ?? {
          month: m,
          reports: 0,
          employees: 0,
          outputValue: 0,
          revenue: 0,
        },
      );
    }
    const pastDue = isPastDue(month, shanghaiDate(now));
    return {
      month,
      dueDate: dueDateOf(month),
      pastDue,
      enterprises: totals.enterprises,
      reported: totals.reported,
      missing: pastDue ? totals.enterprises - totals.reported : 0,
      worsened: totals.worsened,
      employees: totals.employees,
      outputValue: totals.outputValue,
      revenue: totals.revenue,
      byGrid,
      byIndustry: industries.map((row) => ({
        ...row,
        label: INDUSTRY_SECTIONS[row.key as keyof typeof INDUSTRY_SECTIONS]?.[currentLocale()] ?? row.key,
      })),
      trend,
      coverage,
    };
  }
}

export interface Statement {
  sql: string;
  params: unknown[];
}

/** The dashboard's five statements, each with the same columns whichever way it counts. */
export interface DashboardStatements {
  totals: Statement;
  byGrid: Statement;
  byIndustry: Statement;
  trend: Statement;
  coverage: Statement;
}

/**
 * The dashboard counted from the enterprises and their reports, one row per enterprise: for a
 * narrow scope, and the reference the pre-aggregated figures are measured against (npm run bench)
 * and tested equal to. `scope` is the directory scope's SQL on table enterprise.
 */
export function naiveDashboardQueries(
  month: string,
  gridId: string | null,
  scope: (add: (value: unknown) => string) => string = () => 'TRUE',
): DashboardStatements {
  // Each query has its own parameters: $1 the month, $2 the month before (where joined), then the scope's.
  const query = (joinsPrevious = true) => {
    const { params, add } = sqlParams(joinsPrevious ? [month, addMonths(month, -1)] : [month]);
    // The enterprises counted: operating, in the viewer's scope and the chosen grid.
    const scoped = [`e.status = 'ACTIVE'`, `e.id IN (SELECT id FROM enterprise WHERE ${scope(add)})`];
    if (gridId) scoped.push(`e.grid_path @> ARRAY[${add(gridId)}::uuid]`);
    return { params, add, where: scoped.join(' AND ') };
  };
  const joined = `FROM enterprise e
    LEFT JOIN condition_report r ON r.enterprise_id = e.id AND r.month = $1
    LEFT JOIN condition_report p ON p.enterprise_id = e.id AND p.month = $2`;
  const worse = `${STATUS_RANK('r.operating_status')} > ${STATUS_RANK('p.operating_status')}`;

  const q1 = query();
  const totals = {
    sql: `SELECT count(*)::int AS enterprises, count(r.id)::int AS reported,
              count(*) FILTER (WHERE ${worse})::int AS worsened,
              coalesce(sum(r.employees), 0)::bigint AS employees,
              coalesce(sum(r.output_value), 0)::text AS "outputValue",
              coalesce(sum(r.revenue), 0)::text AS revenue
       ${joined} WHERE ${q1.where}`,
    params: q1.params,
  };
  const q2 = query();
  const byGrid = {
    sql: `SELECT g.id::text AS key, g.name AS label, r.operating_status AS status, count(*)::int AS count
       ${joined} JOIN grid g ON g.id = e.grid_path[1]
       WHERE ${q2.where} GROUP BY g.id, g.name, g.code, r.operating_status
       ORDER BY g.code, ${STATUS_RANK('r.operating_status')} NULLS LAST`,
    params: q2.params,
  };
  const q3 = query();
  const byIndustry = {
    sql: `SELECT e.industry::text AS key, r.operating_status AS status, count(*)::int AS count
       ${joined} WHERE ${q3.where} GROUP BY e.industry, r.operating_status
       ORDER BY e.industry, ${STATUS_RANK('r.operating_status')} NULLS LAST`,
    params: q3.params,
  };
  const q4 = query(false);
  const since = q4.add(addMonths(month, -TREND_MONTHS));
  const trend = {
    sql: `SELECT t.month, count(*)::int AS reports, coalesce(sum(t.employees), 0)::bigint AS employees,
              coalesce(sum(t.output_value), 0)::text AS "outputValue", coalesce(sum(t.revenue), 0)::text AS revenue
         FROM enterprise e JOIN condition_report t ON t.enterprise_id = e.id
        WHERE ${q4.where} AND t.month > ${since} AND t.month <= $1
        GROUP BY t.month ORDER BY t.month`,
    params: q4.params,
  };
  const q5 = query();
  const from = q5.add(`${month}-01`);
  const to = q5.add(`${addMonths(month, 1)}-01`);
  const coverage = {
    sql: `SELECT g.id::text AS "gridId", g.name AS "gridName", count(*)::int AS enterprises,
              count(*) FILTER (WHERE v.visits > 0)::int AS visited, coalesce(sum(v.visits), 0)::int AS visits,
              count(r.id)::int AS reported
       ${joined} JOIN grid g ON g.id = e.grid_path[1]
       LEFT JOIN LATERAL (SELECT count(*) AS visits FROM condition_visit cv WHERE cv.enterprise_id = e.id
                            AND cv.visited_on >= ${from}::date AND cv.visited_on < ${to}::date) v ON TRUE
       WHERE ${q5.where} GROUP BY g.id, g.name, g.code ORDER BY g.code`,
    params: q5.params,
  };
  return { totals, byGrid, byIndustry, trend, coverage };
}

/**
 * The dashboard read from condition_month_stat and condition_enterprise_stat (condition-stats.ts):
 * a few rows per grid, industry and status instead of every enterprise, condition_visit_stat
 * for the visits and condition_trend_stat (per month and grid) for the trend. Cells are keyed by the enterprise's own grid; the grid's path groups them by
 * street/town and filters a subtree.
 */
export function aggregatedDashboardQueries(month: string, gridId: string | null): DashboardStatements {
  const query = () => {
    const { params, add } = sqlParams([month]);
    // A subtree is the list of its grids, so that the cells are read through their primary key
    // (month, grid, …) for those grids alone, rather than every cell of the month joined with
    // the grids and filtered by path.
    const subtree = gridId ? add(gridId) : null;
    const inSubtree = (alias: string) =>
      subtree
        ? `${alias}.grid_id = ANY(ARRAY(SELECT id FROM grid WHERE path @> ARRAY[${subtree}::uuid]))`
        : 'TRUE';
    return { params, add, inSubtree };
  };
  const q1 = query();
  const totals = {
    sql: `SELECT (SELECT coalesce(sum(es.enterprises), 0) FROM condition_enterprise_stat es
                   WHERE ${q1.inSubtree('es')})::int AS enterprises,
              coalesce(sum(s.reports), 0)::int AS reported, coalesce(sum(s.worsened), 0)::int AS worsened,
              coalesce(sum(s.employees), 0)::bigint AS employees,
              coalesce(sum(s.output_value), 0)::text AS "outputValue", coalesce(sum(s.revenue), 0)::text AS revenue
         FROM condition_month_stat s
        WHERE s.month = $1 AND ${q1.inSubtree('s')}`,
    params: q1.params,
  };
  /**
   * Per key (an expression on s, and the same on es; on g, the cell's grid, where `byTop`): each
   * status's reports, then the not reported.
   */
  const distribution = (
    key: string,
    enterpriseKey: string,
    inSubtree: (alias: string) => string,
    byTop: boolean,
  ) => `
    WITH reported AS (
      SELECT ${key} AS key, s.operating_status AS status, sum(s.reports)::int AS count
        FROM condition_month_stat s ${byTop ? 'JOIN grid g ON g.id = s.grid_id' : ''}
       WHERE s.month = $1 AND ${inSubtree('s')} GROUP BY 1, 2 HAVING sum(s.reports) > 0),
    operating AS (
      SELECT ${enterpriseKey} AS key, sum(es.enterprises)::int AS enterprises
        FROM condition_enterprise_stat es ${byTop ? 'JOIN grid g ON g.id = es.grid_id' : ''}
       WHERE ${inSubtree('es')} GROUP BY 1 HAVING sum(es.enterprises) > 0)
    SELECT key, status, count FROM reported
    UNION ALL
    SELECT o.key, NULL, o.enterprises - coalesce((SELECT sum(r.count) FROM reported r WHERE r.key = o.key), 0)::int
      FROM operating o`;
  const q2 = query();
  const byGrid = {
    sql: `SELECT t.id::text AS key, t.name AS label, d.status, d.count
         FROM (${distribution('g.path[1]', 'g.path[1]', q2.inSubtree, true)}) d JOIN grid t ON t.id = d.key
        WHERE d.count > 0 ORDER BY t.code, ${STATUS_RANK('d.status')} NULLS LAST`,
    params: q2.params,
  };
  const q3 = query();
  const byIndustry = {
    sql: `SELECT d.key, d.status, d.count FROM (${distribution('s.industry', 'es.industry', q3.inSubtree, false)}) d
        WHERE d.count > 0 ORDER BY d.key, ${STATUS_RANK('d.status')} NULLS LAST`,
    params: q3.params,
  };
  const q4 = query();
  const since = q4.add(addMonths(month, -TREND_MONTHS));
  const trend = {
    sql: `SELECT s.month, sum(s.reports)::int AS reports, sum(s.employees)::bigint AS employees,
              sum(s.output_value)::text AS "outputValue", sum(s.revenue)::text AS revenue
         FROM condition_trend_stat s
        WHERE s.month > ${since} AND s.month <= $1 AND ${q4.inSubtree('s')}
        GROUP BY s.month HAVING sum(s.reports) > 0 ORDER BY s.month`,
    params: q4.params,
  };
  const q5 = query();
  const coverage = {
    sql: `WITH operating AS (
           SELECT g.path[1] AS top, sum(es.enterprises)::int AS enterprises
             FROM condition_enterprise_stat es JOIN grid g ON g.id = es.grid_id
            WHERE ${q5.inSubtree('es')} GROUP BY 1 HAVING sum(es.enterprises) > 0),
         reported AS (
           SELECT g.path[1] AS top, sum(s.reports)::int AS reported
             FROM condition_month_stat s JOIN grid g ON g.id = s.grid_id
            WHERE s.month = $1 AND ${q5.inSubtree('s')} GROUP BY 1),
         visited AS (
           SELECT g.path[1] AS top, sum(vs.visited)::int AS visited, sum(vs.visits)::int AS visits
             FROM condition_visit_stat vs JOIN grid g ON g.id = vs.grid_id
            WHERE vs.month = $1 AND ${q5.inSubtree('vs')} GROUP BY 1)
       SELECT t.id::text AS "gridId", t.name AS "gridName", o.enterprises, coalesce(v.visited, 0) AS visited,
              coalesce(v.visits, 0) AS visits, coalesce(r.reported, 0) AS reported
         FROM operating o JOIN grid t ON t.id = o.top
         LEFT JOIN reported r ON r.top = o.top LEFT JOIN visited v ON v.top = o.top
        ORDER BY t.code`,
    params: q5.params,
  };
  return { totals, byGrid, byIndustry, trend, coverage };
}
