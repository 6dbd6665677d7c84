import type { EntityManager } from 'typeorm';

/*
 * The dashboard's pre-aggregated figures (docs/conditions.md#speed): `condition_month_stat` per
 * month, the enterprise's own grid, industry and status, and `condition_enterprise_stat` per grid
 * and industry, over operating (ACTIVE) enterprises only; and each report's `worsened` flag.
 *
 * Triggers keep them (migration ConditionStats): statement-level ones on condition_report and
 * enterprise add what a statement inserted and take away what it removed, in the writing
 * transaction, whoever writes (the services, the demo loader, a test's fixture). Keys are the
 * enterprise's own grid, not its level-1 grid: moving a grid under another parent changes no
 * figure, and the dashboard reads the grid's path when it groups or filters.
 */

/** The rank of a status, best first, in SQL: 1 … 4. */
const RANK = (expression: string) =>
  `array_position(ARRAY['NORMAL', 'PARTIAL', 'STOPPED', 'CLOSED'], ${expression})`;

/** Every report's worsened flag, from the month before's report of the same enterprise. */
export const WORSENED_RECOUNT = `UPDATE condition_report r SET worsened = w.value
  FROM (SELECT c.id, coalesce(${RANK('c.operating_status')} > ${RANK('p.operating_status')}, false) AS value
          FROM condition_report c
          LEFT JOIN condition_report p ON p.enterprise_id = c.enterprise_id
           AND p.month = to_char(to_date(c.month || '-01', 'YYYY-MM-DD') - interval '1 month', 'YYYY-MM')) w
 WHERE w.id = r.id AND r.worsened IS DISTINCT FROM w.value`;

/** The month stat as it should be, from the reports themselves. */
export const MONTH_STAT_SELECT = `SELECT r.month, e.grid_id, e.industry::text AS industry, r.operating_status,
    count(*)::int AS reports, count(*) FILTER (WHERE r.worsened)::int AS worsened,
    sum(r.employees)::bigint AS employees, sum(r.output_value) AS output_value, sum(r.revenue) AS revenue
  FROM condition_report r JOIN enterprise e ON e.id = r.enterprise_id AND e.status = 'ACTIVE'
 GROUP BY r.month, e.grid_id, e.industry, r.operating_status`;

/** The enterprise stat as it should be. */
export const ENTERPRISE_STAT_SELECT = `SELECT grid_id, industry::text AS industry, count(*)::int AS enterprises
  FROM enterprise WHERE status = 'ACTIVE' GROUP BY grid_id, industry`;

/**
 * The missing-report list's rows afresh (migration ConditionReporting): per operating enterprise
 * its latest reported month, and the months of the twelve before it without a report.
 */
export async function recountConditionReporting(manager: Pick<EntityManager, 'query'>): Promise<void> {
  await manager.query('TRUNCATE condition_reporting, condition_report_gap');
  await manager.query(
    `INSERT INTO condition_reporting (enterprise_id, name, grid_id, industry, last_month)
     SELECT e.id, e.name, e.grid_id, e.industry, l.month
       FROM enterprise e
       LEFT JOIN (SELECT enterprise_id, max(month) AS month FROM condition_report GROUP BY enterprise_id) l
         ON l.enterprise_id = e.id
      WHERE e.status = 'ACTIVE'`,
  );
  await manager.query(
    `INSERT INTO condition_report_gap (enterprise_id, month, name)
     SELECT c.enterprise_id, m.month, c.name
       FROM condition_reporting c
       CROSS JOIN LATERAL (SELECT condition_month_shift(c.last_month, -k) AS month FROM generate_series(1, 12) k) m
      WHERE c.last_month IS NOT NULL
        AND NOT EXISTS (SELECT 1 FROM condition_report r WHERE r.enterprise_id = c.enterprise_id AND r.month = m.month)`,
  );
}

/** The month and enterprise cells and the worsened flags afresh (migration ConditionStats's first fill). */
export async function recountConditionCells(manager: Pick<EntityManager, 'query'>): Promise<void> {
  await manager.query(WORSENED_RECOUNT);
  await manager.query('DELETE FROM condition_month_stat');
  await manager.query(
    `INSERT INTO condition_month_stat (month, grid_id, industry, operating_status, reports, worsened, employees,
       output_value, revenue) ${MONTH_STAT_SELECT}`,
  );
  await manager.query('DELETE FROM condition_enterprise_stat');
  await manager.query(
    `INSERT INTO condition_enterprise_stat (grid_id, industry, enterprises) ${ENTERPRISE_STAT_SELECT}`,
  );
}

/** The visit cells afresh (migration ConditionVisitStat): visits and visited enterprises per month and grid. */
export async function recountConditionVisits(manager: Pick<EntityManager, 'query'>): Promise<void> {
  await manager.query('TRUNCATE condition_visit_stat');
  await manager.query(
    `INSERT INTO condition_visit_stat (month, grid_id, visits, visited)
     SELECT to_char(v.visited_on, 'YYYY-MM'), e.grid_id, count(*), count(DISTINCT v.enterprise_id)
       FROM condition_visit v JOIN enterprise e ON e.id = v.enterprise_id AND e.status = 'ACTIVE'
      GROUP BY 1, 2`,
  );
}

/** The trend's roll-up afresh (migration ConditionTrendStat): the month cells summed per month and grid. */
export async function recountConditionTrend(manager: Pick<EntityManager, 'query'>): Promise<void> {
  await manager.query('TRUNCATE condition_trend_stat');
  await manager.query(
    `INSERT INTO condition_trend_stat (month, grid_id, reports, employees, output_value, revenue)
     SELECT month, grid_id, sum(reports), sum(employees), sum(output_value), sum(revenue)
       FROM condition_month_stat GROUP BY month, grid_id`,
  );
}

/**
 * Counts everything kept for the dashboard and its alert lists afresh: a bulk load that wrote
 * with the triggers off (scripts/generate-large-conditions.mjs).
 */
export async function recountConditionStats(manager: Pick<EntityManager, 'query'>): Promise<void> {
  await recountConditionCells(manager);
  await recountConditionReporting(manager);
  await recountConditionVisits(manager);
  await recountConditionTrend(manager);
}
