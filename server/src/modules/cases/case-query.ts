import type { EntityManager } from 'typeorm';
import type { WorkingCalendar } from '@gridbridge/shared';
import { AppError } from '../../common/app-error.js';
import type { Viewer } from '../../common/gql-context.js';
import { decodeCursor, pageSize } from '../../common/keyset.js';
import { caseScope, inGrid, sqlParams } from './case-scope.js';
import { searchQuery } from './case-search.js';
import type { CaseFilter, CasePageArgs } from './cases.inputs.js';
import type { CaseType } from './cases.types.js';

export const CASE_COLUMNS = `c.id, c.tracking_no AS "trackingNo", c.query_code AS "queryCode", c.kind, c.category,
  c.channel, c.title, c.content, c.state, c.priority, c.complexity, c.misconduct_type AS "misconductType",
  c.contact_consent AS "contactConsent", c.enterprise_id AS "enterpriseId", e.name AS "enterpriseName",
  e.grid_id AS "gridId", c.named_department_id AS "namedDepartmentId", c.lead_department_id AS "leadDepartmentId",
  c.submitter_id AS "submitterId", c.submitted_at AS "submittedAt", c.state_deadline AS "stateDeadline",
  c.paused_at AS "pausedAt", c.accepted_at AS "acceptedAt", c.replied_at AS "repliedAt", c.closed_at AS "closedAt",
  c.office_note AS "officeNote", c.duplicate_of_id AS "duplicateOfId", c.reply_result AS "replyResult",
  c.reply_text AS "replyText", c.reopen_count AS "reopenCount", c.version`;

export const CASE_FROM = 'case_file c JOIN enterprise e ON e.id = c.enterprise_id';

const TRACKING_NO = /^YH\d{10}$/i;

/**
 * The conditions of a case filter within the viewer's scope, on `c` (case_file) alone, each
 * written so that it meets its index (see the Cases migration). The keyword is a tracking number or words matched by
 * jieba segmentation against `search_vector`.
 */
export function caseConditions(
  viewer: Viewer,
  filter: CaseFilter,
  calendar: WorkingCalendar,
  now: Date,
  add: (value: unknown) => string,
): string[] {
  const where = [caseScope(viewer, add)];
  if (filter.state) where.push(`c.state = ${add(filter.state)}`);
  if (filter.kind) where.push(`c.kind = ${add(filter.kind)}`);
  if (filter.category) where.push(`c.category = ${add(filter.category)}`);
  if (filter.channel) where.push(`c.channel = ${add(filter.channel)}`);
  if (filter.enterpriseId) where.push(`c.enterprise_id = ${add(filter.enterpriseId)}::uuid`);
  if (filter.departmentId) where.push(`c.lead_department_id = ${add(filter.departmentId)}::uuid`);
  if (filter.gridId) where.push(inGrid(add(filter.gridId)));
  if (filter.from) where.push(`c.submitted_at >= ${add(filter.from)}`);
  if (filter.to) where.push(`c.submitted_at < ${add(filter.to)}`);
  if (filter.deadline === 'PAUSED') where.push('c.paused_at IS NOT NULL');
  if (filter.deadline === 'RED') where.push(`c.paused_at IS NULL AND c.state_deadline < ${add(now)}`);
  if (filter.deadline === 'YELLOW') {
    where.push(
      `c.paused_at IS NULL AND c.state_deadline >= ${add(now)} AND c.state_deadline < ${add(calendar.yellowCutoff(now))}`,
    );
  }
  if (filter.deadline === 'NONE') {
    where.push(`c.paused_at IS NULL AND c.state_deadline >= ${add(calendar.yellowCutoff(now))}`);
  }
  const keyword = filter.keyword?.trim();
  if (keyword && TRACKING_NO.test(keyword)) {
    where.push(`c.tracking_no = ${add(keyword.toUpperCase())}`);
  } else if (keyword) {
    const words = searchQuery(keyword);
    where.push(words ? `c.search_vector @@ plainto_tsquery('simple', ${add(words)})` : 'FALSE');
  }
  return where;
}

/**
 * One page of cases as SQL, newest first — keyset on (submitted_at, id) — or nearest deadline
 * first for the inbox — keyset on (state_deadline, id), with an index per state. The benchmark's bare
 * baseline runs this same SQL.
 */
export function casePageQuery(
  viewer: Viewer,
  args: CasePageArgs,
  calendar: WorkingCalendar,
  now: Date,
): { sql: string; params: unknown[]; limit: number; byDeadline: boolean } {
  const limit = pageSize(args.first);
  const byDeadline = args.sort === 'DEADLINE';
  const cursor = decodeCursor(args.after, [byDeadline ? 'timestampOrEmpty' : 'timestamp', 'uuid']);
  const { params, add } = sqlParams();
  const where = caseConditions(viewer, args.filter ?? {}, calendar, now, add);
  if (cursor && byDeadline) {
    // Untimed cases come last (NULLS LAST); the cursor's deadline is '' once the page reached them.
    const id = `${add(cursor[1])}::uuid`;
    where.push(
      cursor[0] === ''
        ? `(c.state_deadline IS NULL AND c.id > ${id})`
        : `(c.state_deadline > ${add(cursor[0])}::timestamptz OR c.state_deadline IS NULL
            OR (c.state_deadline = ${add(cursor[0])}::timestamptz AND c.id > ${id}))`,
    );
  } else if (cursor) {
    where.push(`(c.submitted_at, c.id) < (${add(cursor[0])}::timestamptz, ${add(cursor[1])}::uuid)`);
  }
  const order = byDeadline ? 'c.state_deadline ASC NULLS LAST, c.id ASC' : 'c.submitted_at DESC, c.id DESC';
  // The page is picked from case_file alone, then joined: a search matching thousands of cases
  // joins 21 enterprises, not thousands.
  const sql = `SELECT ${CASE_COLUMNS} FROM (
      SELECT * FROM case_file c WHERE ${where.join(' AND ')}
      ORDER BY ${order} LIMIT ${add(limit + 1)}
    ) c JOIN enterprise e ON e.id = c.enterprise_id
    ORDER BY ${order}`;
  return { sql, params, limit, byDeadline };
}

/**
 * One case as `viewer` may see it (null: the system, which sees every case), or NOT_FOUND with
 * no hint that it exists. `runner` is the data source or the transaction's manager.
 */
export async function caseInScope(
  runner: Pick<EntityManager, 'query'>,
  viewer: Viewer | null,
  id: string,
): Promise<CaseType> {
  const { params, add } = sqlParams([id]);
  const scope = viewer ? caseScope(viewer, add) : 'TRUE';
  const [row]: CaseType[] = await runner.query(
    `SELECT ${CASE_COLUMNS} FROM ${CASE_FROM} WHERE c.id = $1 AND ${scope}`,
    params,
  );
  if (!row) throw new AppError('NOT_FOUND');
  return row;
}
