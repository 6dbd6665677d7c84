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
    // Each query has its own parameters: $1 the month, $2 the month before (where joined), then the scope's.
    const query = (joinsPrevious = true) => {
      const { params, add } = sqlParams(joinsPrevious ? [month, addMonths(month, -1)] : [month]);
      // The enterprises counted: operating, in the viewer's scope and the chosen grid.
      const scoped = [
        `e.status = 'ACTIVE'`,
        `e.id IN (SELECT id FROM enterprise WHERE ${directoryScope(viewer, add)})`,
      ];
      if (gridId) scoped.push(`e.grid_path @> ARRAY[${add(gridId)}::uuid]`);
      return { params, add, where: scoped.join(' AND ') };
    };
    const joined = `FROM enterprise e
      LEFT JOIN condition_report r ON r.enterprise_id = e.id AND r.month = $1
      LEFT JOIN condition_report p ON p.enterprise_id = e.id AND p.month = $2`;
    const worse = `${STATUS_RANK('r.operating_status')} > ${STATUS_RANK('p.operating_status')}`;

    const q1 = query();
    const [totals] = decodeRows(
      await this.db.query(
        `SELECT count(*)::int AS enterprises, count(r.id)::int AS reported,
                count(*) FILTER (WHERE ${worse})::int AS worsened,
                coalesce(sum(r.employees), 0)::bigint AS employees,
                coalesce(sum(r.output_value), 0)::text AS "outputValue",
                coalesce(sum(r.revenue), 0)::text AS revenue
         ${joined} WHERE ${q1.where}`,
        q1.params,
      ),
      { enterprises: int, reported: int, worsened: int, employees: int, outputValue: money, revenue: money },
    );
    const q2 = query();
    const byGrid = decodeRows(
      await this.db.query(
        `SELECT g.id::text AS key, g.name AS label, r.operating_status AS status, count(*)::int AS count
         ${joined} JOIN grid g ON g.id = e.grid_path[1]
         WHERE ${q2.where} GROUP BY g.id, g.name, g.code, r.operating_status
         ORDER BY g.code, ${STATUS_RANK('r.operating_status')} NULLS LAST`,
        q2.params,
      ),
      { key: text, label: text, status: nullable(status), count: int },
    );
    const q3 = query();
    const industries = decodeRows(
      await this.db.query(
        `SELECT e.industry::text AS key, r.operating_status AS status, count(*)::int AS count
         ${joined} WHERE ${q3.where} GROUP BY e.industry, r.operating_status
         ORDER BY e.industry, ${STATUS_RANK('r.operating_status')} NULLS LAST`,
        q3.params,
      ),
      { key: text, status: nullable(status), count: int },
    );
    const q4 = query(false);
    const since = q4.add(addMonths(month, -TREND_MONTHS));
    const trendRows = decodeRows(
      await this.db.query(
        `SELECT t.month, count(*)::int AS reports, coalesce(sum(t.employees), 0)::bigint AS employees,
                coalesce(sum(t.output_value), 0)::text AS "outputValue", coalesce(sum(t.revenue), 0)::text AS revenue
           FROM enterprise e JOIN condition_report t ON t.enterprise_id = e.id
          WHERE ${q4.where} AND t.month > ${since} AND t.month <= $1
          GROUP BY t.month ORDER BY t.month`,
        q4.params,
      ),
      { month: text, reports: int, employees: int, outputValue: money, revenue: money },
    );
    const q5 = query();
    const from = q5.add(`${month}-01`);
    const to = q5.add(`${addMonths(month, 1)}-01`);
    const coverage = decodeRows(
      await this.db.query(
        `SELECT g.id::text AS "gridId", g.name AS "gridName", count(*)::int AS enterprises,
                count(*) FILTER (WHERE v.visits > 0)::int AS visited, coalesce(sum(v.visits), 0)::int AS visits,
                count(r.id)::int AS reported
         ${joined} JOIN grid g ON g.id = e.grid_path[1]
         LEFT JOIN LATERAL (SELECT count(*) AS visits FROM condition_visit cv WHERE cv.enterprise_id = e.id
                              AND cv.visited_on >= ${from}::date AND cv.visited_on < ${to}::date) v ON TRUE
         WHERE ${q5.where} GROUP BY g.id, g.name, g.code ORDER BY g.code`,
        q5.params,
      ),
      { gridId: text, gridName: text, enterprises: int, visited: int, visits: int, reported: int },
    );
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
