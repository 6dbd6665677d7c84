import {
  CASE_STATE_CODES,
  INDUSTRY_CODES,
  OPERATING_STATUS_CODES,
  ORDER_TREND_CODES,
} from '@gridbridge/shared';
import {
  RowDecodeError,
  arrayOf,
  bool,
  column,
  int,
  nullable,
  objectOf,
  oneOf,
  rowShape,
  text,
  timestamp,
  type Decoder,
} from '../../database/rows.js';

/*
 * The rows the conditions domain reads, each checked by its decoder (database/rows.ts).
 */

/** A numeric column (万元), which the driver gives as a string. */
export const money: Decoder<number> = (value, name) => {
  const n = typeof value === 'string' ? Number(value) : value;
  if (typeof n === 'number' && Number.isFinite(n)) return n;
  throw new RowDecodeError(`column ${name}: expected numeric, got ${value === null ? 'null' : typeof value}`);
};

export const status = oneOf(OPERATING_STATUS_CODES);

/** The columns every writer of condition_report fills, in this order. */
export const REPORT_INSERT_COLUMNS = [
  'enterprise_id',
  'month',
  'operating_status',
  'employees',
  'output_value',
  'revenue',
  'capacity_use',
  'order_trend',
  'difficulties',
  'submitted_by',
  'visit_id',
  'submitted_at',
] as const;

/** A report with its enterprise, submitter, revision count and linked cases (aliases r, e, u). */
export const REPORT_ROW = rowShape({
  id: column('r.id', text),
  enterpriseId: column('r.enterprise_id', text),
  enterpriseName: column('e.name', text),
  month: column('r.month', text),
  operatingStatus: column('r.operating_status', status),
  employees: column('r.employees', int),
  outputValue: column('r.output_value', money),
  revenue: column('r.revenue', money),
  capacityUse: column('r.capacity_use', int),
  orderTrend: column('r.order_trend', oneOf(ORDER_TREND_CODES)),
  difficulties: column('r.difficulties', text),
  submittedAt: column('r.submitted_at', timestamp),
  submittedByName: column('u.display_name', text),
  visitId: column('r.visit_id', nullable(text)),
  version: column('r.version', int),
  revisions: column('(SELECT count(*)::int FROM condition_report_revision v WHERE v.report_id = r.id)', int),
  cases: column(
    `coalesce((SELECT json_agg(json_build_object('id', c.id, 'trackingNo', c.tracking_no, 'title', c.title,
       'state', c.state) ORDER BY c.submitted_at)
       FROM condition_report_case l JOIN case_file c ON c.id = l.case_id WHERE l.report_id = r.id), '[]'::json)`,
    arrayOf(objectOf({ id: text, trackingNo: text, title: text, state: oneOf(CASE_STATE_CODES) })),
  ),
});
export const REPORT_FROM = `condition_report r JOIN enterprise e ON e.id = r.enterprise_id
  JOIN app_user u ON u.id = r.submitted_by`;

export const REVISION_ROW = rowShape({
  revision: column('v.revision', int),
  operatingStatus: column('v.operating_status', status),
  employees: column('v.employees', int),
  outputValue: column('v.output_value', money),
  revenue: column('v.revenue', money),
  capacityUse: column('v.capacity_use', int),
  orderTrend: column('v.order_trend', oneOf(ORDER_TREND_CODES)),
  difficulties: column('v.difficulties', text),
  submittedAt: column('v.submitted_at', timestamp),
  submittedByName: column('u.display_name', text),
});

export const VISIT_ROW = rowShape({
  id: column('cv.id', text),
  enterpriseId: column('cv.enterprise_id', text),
  enterpriseName: column('e.name', text),
  visitedOn: column(`to_char(cv.visited_on, 'YYYY-MM-DD')`, text),
  findings: column('cv.findings', text),
  visitorName: column('u.display_name', text),
  createdAt: column('cv.created_at', timestamp),
  photoIds: column(
    `coalesce((SELECT array_agg(p.attachment_id::text ORDER BY p.attachment_id) FROM condition_visit_photo p
       WHERE p.visit_id = cv.id), '{}')`,
    arrayOf(text),
  ),
  reportId: column('(SELECT r.id FROM condition_report r WHERE r.visit_id = cv.id LIMIT 1)', nullable(text)),
});
export const VISIT_FROM = `condition_visit cv JOIN enterprise e ON e.id = cv.enterprise_id
  JOIN app_user u ON u.id = cv.visitor_id`;

export const ENTERPRISE_CONDITION_FIELDS = {
  id: text,
  name: text,
  address: text,
  gridName: text,
  industry: oneOf(INDUSTRY_CODES),
  status: nullable(status),
  previousStatus: nullable(status),
  latestStatus: nullable(status),
  latestMonth: nullable(text),
  reported: bool,
  visitedOn: nullable(text),
};
