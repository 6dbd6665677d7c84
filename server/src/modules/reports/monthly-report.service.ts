import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { monthOf } from '@gridbridge/shared';
import { AppError } from '../../common/app-error.js';
import { Clock } from '../../common/clock.js';
import type { Viewer } from '../../common/gql-context.js';
import { decodeRows, int, nullable, oneOf, text } from '../../database/rows.js';
import { AccountabilityService, NoticesService } from '../accountability/index.js';
import { DashboardService, LATE_MEASURES, ScorecardsService } from '../scorecards/index.js';
import { TYPICAL_CASE_KINDS, type MonthlyReportType, type TypicalCaseType } from './monthly-report.types.js';

/** How many typical cases of each kind the report shows. */
export const TYPICAL_PER_KIND = 5;
/** The records listed one by one; the figures count every record of the month. */
const MAX_RECORDS = 100;
const MONTH_PATTERN = /^\d{4}-(0[1-9]|1[0-2])$/;
const SHANGHAI_OFFSET = '+08:00';

/** A Shanghai month: its first and last day, and the instants where it starts and where the next one does. */
export function monthPeriod(month: string) {
  const [year, m] = month.split('-').map(Number);
  const from = `${month}-01`;
  const to = new Date(Date.UTC(year, m, 0)).toISOString().slice(0, 10);
  const next = new Date(Date.UTC(year, m, 1)).toISOString().slice(0, 7);
  return {
    from,
    to,
    start: new Date(`${from}T00:00:00${SHANGHAI_OFFSET}`),
    end: new Date(`${next}-01T00:00:00${SHANGHAI_OFFSET}`),
  };
}

/**
 * The monthly report 月报 (docs/supervision.md#monthly-report-月报): one Shanghai month, read from
 * what the other domains already keep — the dashboard's and the scorecard's pre-aggregated day
 * tables, the typical cases from the month's facts (`case_fact`), the accountability figures,
 * records and notices. The page and the workbook are built from this one answer.
 */
@Injectable()
export class MonthlyReportService {
  constructor(
    private readonly db: DataSource,
    private readonly clock: Clock,
    private readonly dashboards: DashboardService,
    private readonly scorecards: ScorecardsService,
    private readonly accountability: AccountabilityService,
    private readonly notices: NoticesService,
  ) {}

  /** The report of `month` ('YYYY-MM', not after the current Shanghai month) as `viewer` (the office) sees it. */
  async report(viewer: Viewer, month: string): Promise<MonthlyReportType> {
    const now = this.checkMonth(month);
    const period = monthPeriod(month);
    const days = { from: period.from, to: period.to };
    const [figures, ranking, typicalCases, notices, accountability, records] = await Promise.all([
      this.dashboards.dashboard(days, null),
      this.scorecards.scorecard(viewer, days),
      this.typicalCases(period.from, period.to),
      this.notices.publishedBetween(period.start, period.end),
      this.accountability.figures(period.from, period.to, 'MONTH'),
      this.accountability.list(viewer, { from: period.from, to: period.to }, MAX_RECORDS, null),
    ]);
    return {
      month,
      generatedAt: now,
      figures,
      ranking,
      typicalCases,
      notices,
      accountability,
      records: records.items,
    };
  }

  /** Refuses a month that is not 'YYYY-MM' or lies after the current Shanghai month; answers now. */
  checkMonth(month: string): Date {
    if (!MONTH_PATTERN.test(month)) throw AppError.validation({ field: 'month', rule: 'invalid' });
    const now = this.clock.now();
    if (month > monthOf(now)) throw AppError.validation({ field: 'month', rule: 'futureMonth' });
    return now;
  }

  /**
   * Up to five cases of each kind, from the month's facts (`case_fact`, counted as each step
   * committed; `case_fact_measure_day_idx`):
   * - OVERDUE: the most department steps that ended late in the month;
   * - REWORKED: the most replies sent back and reopenings in the month;
   * - PRAISED: evaluated in the month as solved and satisfied, on a case that never had a late
   *   step nor rework — the quickest from submission to evaluation first.
   * Ties go to the earlier tracking number, so the choice is stable.
   */
  async typicalCases(from: string, to: string): Promise<TypicalCaseType[]> {
    return decodeRows(
      await this.db.query(
        `WITH picked AS (
           SELECT 'OVERDUE' AS kind, case_id, count(*)::int AS count
             FROM case_fact WHERE measure = ANY($3::text[]) AND day BETWEEN $1 AND $2
            GROUP BY case_id
           UNION ALL
           SELECT 'REWORKED', case_id, count(*)::int
             FROM case_fact WHERE measure IN ('SENT_BACK', 'REOPENED') AND day BETWEEN $1 AND $2
            GROUP BY case_id
           UNION ALL
           SELECT 'PRAISED', f.case_id,
                  min(floor(extract(epoch FROM e.occurred_at - c.submitted_at) / 86400))::int
             FROM case_fact f
             JOIN case_fact s ON s.event_id = f.event_id AND s.measure = 'SOLVED'
             JOIN case_event e ON e.id = f.event_id
             JOIN case_file c ON c.id = f.case_id
            WHERE f.measure = 'SATISFIED' AND f.day BETWEEN $1 AND $2
              AND NOT EXISTS (SELECT 1 FROM case_fact b WHERE b.case_id = f.case_id
                                 AND b.measure = ANY($3::text[] || ARRAY['SENT_BACK', 'REOPENED']))
            GROUP BY f.case_id),
         ranked AS (
           SELECT p.kind, p.count, c.id, c.tracking_no, c.title, c.category, c.state, en.name AS enterprise_name,
                  d.name AS department_name,
                  row_number() OVER (PARTITION BY p.kind
                    ORDER BY CASE WHEN p.kind = 'PRAISED' THEN p.count ELSE -p.count END, c.tracking_no) AS n
             FROM picked p
             JOIN case_file c ON c.id = p.case_id
             JOIN enterprise en ON en.id = c.enterprise_id
             LEFT JOIN department d ON d.id = c.lead_department_id)
         SELECT kind, id, tracking_no AS "trackingNo", title, category, enterprise_name AS "enterpriseName",
                department_name AS "departmentName", state, count
           FROM ranked WHERE n <= $4
          ORDER BY array_position($5::text[], kind), n`,
        [from, to, LATE_MEASURES, TYPICAL_PER_KIND, TYPICAL_CASE_KINDS],
      ),
      {
        kind: oneOf(TYPICAL_CASE_KINDS),
        id: text,
        trackingNo: text,
        title: text,
        category: text,
        enterpriseName: text,
        departmentName: nullable(text),
        state: text,
        count: int,
      },
    );
  }
}
