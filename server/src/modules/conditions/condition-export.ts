import { ORDER_TREND_CODES, addMonths } from '@gridbridge/shared';
import type { Viewer } from '../../common/gql-context.js';
import { nullable, int, oneOf, text, timestamp } from '../../database/rows.js';
import { sqlParams } from '../cases/index.js';
import { directoryScope } from '../directory/index.js';
import { money, status } from './conditions-rows.js';

/** One row of the month's condition export: every operating enterprise, reported or not. */
export const CONDITION_EXPORT_FIELDS = {
  id: text,
  name: text,
  creditCode: text,
  gridName: text,
  industry: text,
  status: nullable(status),
  previousStatus: nullable(status),
  employees: nullable(int),
  outputValue: nullable(money),
  revenue: nullable(money),
  capacityUse: nullable(int),
  orderTrend: nullable(oneOf(ORDER_TREND_CODES)),
  difficulties: nullable(text),
  submittedAt: nullable(timestamp),
  submittedByName: nullable(text),
  visits: int,
};

/**
 * The month's condition data in the viewer's scope, a keyset page by name (the exports domain
 * writes the workbook in the background with it).
 */
export function conditionExportQuery(
  viewer: Viewer,
  month: string,
  after: [string, string] | null,
  limit: number,
): { sql: string; params: unknown[] } {
  const { params, add } = sqlParams([
    month,
    addMonths(month, -1),
    `${month}-01`,
    `${addMonths(month, 1)}-01`,
  ]);
  const conditions = [
    `e.status = 'ACTIVE'`,
    `e.id IN (SELECT id FROM enterprise WHERE ${directoryScope(viewer, add)})`,
  ];
  if (after) conditions.push(`(e.name, e.id) > (${add(after[0])}, ${add(after[1])}::uuid)`);
  return {
    params,
    sql: `SELECT e.id, e.name, e.credit_code AS "creditCode", g.name AS "gridName", e.industry::text AS industry,
                 r.operating_status AS status, p.operating_status AS "previousStatus", r.employees,
                 r.output_value::text AS "outputValue", r.revenue::text AS revenue, r.capacity_use AS "capacityUse",
                 r.order_trend AS "orderTrend", r.difficulties, r.submitted_at AS "submittedAt",
                 u.display_name AS "submittedByName",
                 (SELECT count(*)::int FROM condition_visit v WHERE v.enterprise_id = e.id
                    AND v.visited_on >= $3::date AND v.visited_on < $4::date) AS visits
            FROM enterprise e
            JOIN grid g ON g.id = e.grid_id
            LEFT JOIN condition_report r ON r.enterprise_id = e.id AND r.month = $1
            LEFT JOIN condition_report p ON p.enterprise_id = e.id AND p.month = $2
            LEFT JOIN app_user u ON u.id = r.submitted_by
           WHERE ${conditions.join(' AND ')}
           ORDER BY e.name, e.id LIMIT ${limit + 1}`,
  };
}
