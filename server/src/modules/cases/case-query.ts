import type { EntityManager } from 'typeorm';
import {
  CASE_CATEGORIES,
  CASE_CATEGORY_CODES,
  CASE_CHANNEL_CODES,
  CASE_COMPLEXITY_CODES,
  CASE_KIND_CODES,
  CASE_PRIORITY_CODES,
  CASE_STATE_CODES,
  MISCONDUCT_TYPE_CODES,
  REPLY_RESULT_CODES,
  EVALUATION_SOLVED_CODES,
  SATISFACTION_CODES,
  type WorkingCalendar,
} from '@gridbridge/shared';
import { AppError } from '../../common/app-error.js';
import type { Viewer } from '../../common/gql-context.js';
import { decodeCursor, pageSize } from '../../common/keyset.js';
import {
  RowDecodeError,
  bool,
  column,
  int,
  nullable,
  oneOf,
  rowShape,
  text,
  timestamp,
  type Decoder,
} from '../../database/rows.js';
import { enterpriseNameContains } from '../directory/index.js';
import { caseScope, inGrid, sqlParams } from './case-scope.js';
import { searchQuery } from './case-search.js';
import type { CaseFilter, CasePageArgs } from './cases.inputs.js';

const textArray: Decoder<string[]> = (value, name) => {
  if (!Array.isArray(value) || value.some((v) => typeof v !== 'string')) {
    throw new RowDecodeError(`column ${name}: expected a list of text`);
  }
  return value as string[];
};

/** A case as the services read it, with its enterprise's name and grid (see CASE_FROM). */
const CASE_ROW_COLUMNS = {
  id: column('c.id', text),
  trackingNo: column('c.tracking_no', text),
  queryCode: column('c.query_code', text),
  kind: column('c.kind', oneOf(CASE_KIND_CODES)),
  category: column('c.category', oneOf(CASE_CATEGORY_CODES)),
  channel: column('c.channel', oneOf(CASE_CHANNEL_CODES)),
  title: column('c.title', text),
  content: column('c.content', text),
  state: column('c.state', oneOf(CASE_STATE_CODES)),
  priority: column('c.priority', oneOf(CASE_PRIORITY_CODES)),
  complexity: column('c.complexity', oneOf(CASE_COMPLEXITY_CODES)),
  misconductType: column('c.misconduct_type', nullable(oneOf(MISCONDUCT_TYPE_CODES))),
  contactConsent: column('c.contact_consent', bool),
  enterpriseId: column('c.enterprise_id', text),
  enterpriseName: column('e.name', text),
  gridId: column('e.grid_id', text),
  namedDepartmentId: column('c.named_department_id', nullable(text)),
  leadDepartmentId: column('c.lead_department_id', nullable(text)),
  // The co-departments (协办) holding an active assignment: the field policy treats them as handling departments.
  coDepartmentIds: column(
    `ARRAY(SELECT a.department_id::text FROM case_assignment a
            WHERE a.case_id = c.id AND a.role = 'CO' AND a.state <> 'RETURNED')`,
    textArray,
  ),
  submitterId: column('c.submitter_id', text),
  submittedAt: column('c.submitted_at', timestamp),
  stateDeadline: column('c.state_deadline', nullable(timestamp)),
  pausedAt: column('c.paused_at', nullable(timestamp)),
  acceptedAt: column('c.accepted_at', nullable(timestamp)),
  repliedAt: column('c.replied_at', nullable(timestamp)),
  closedAt: column('c.closed_at', nullable(timestamp)),
  officeNote: column('c.office_note', nullable(text)),
  duplicateOfId: column('c.duplicate_of_id', nullable(text)),
  replyResult: column('c.reply_result', nullable(oneOf(REPLY_RESULT_CODES))),
  replyText: column('c.reply_text', nullable(text)),
  evaluationSolved: column('c.evaluation_solved', nullable(oneOf(EVALUATION_SOLVED_CODES))),
  evaluationSatisfaction: column('c.evaluation_satisfaction', nullable(oneOf(SATISFACTION_CODES))),
  evaluationComment: column('c.evaluation_comment', nullable(text)),
  evaluatedAt: column('c.evaluated_at', nullable(timestamp)),
  reopenCount: column('c.reopen_count', int),
  version: column('c.version', int),
};
export const CASE_ROW = rowShape(CASE_ROW_COLUMNS);
export type CaseRow = ReturnType<typeof CASE_ROW.decode>;
export const CASE_COLUMNS = CASE_ROW.select;

export const CASE_FROM = 'case_file c JOIN enterprise e ON e.id = c.enterprise_id';

const TRACKING_NO = /^YH\d{10}$/i;

/**
 * The conditions of a case filter within the viewer's scope, on `c` (case_file) alone, each
 * written so that it meets its index (see the Cases migration). The keyword is a tracking number or words matched by
 * jieba segmentation against `search_vector`, the enterprise's name and the category's name
 * (keywordCondition).
 */
export function caseConditions(
  viewer: Viewer,
  filter: CaseFilter,
  calendar: WorkingCalendar,
  now: Date,
  add: (value: unknown) => string,
): string[] {
  const { list, words } = caseConditionParts(viewer, filter, calendar, now, add);
  return [...list, ...words];
}

/**
 * caseConditions in two parts: `words`, the keyword's words (keywordCondition), which no index
 * hands out in the list's order, and `list`, all the others.
 */
function caseConditionParts(
  viewer: Viewer,
  filter: CaseFilter,
  calendar: WorkingCalendar,
  now: Date,
  add: (value: unknown) => string,
): { list: string[]; words: string[] } {
  const where = [caseScope(viewer, add)];
  const matching: string[] = [];
  if (filter.state) where.push(`c.state = ${add(filter.state)}`);
  if (filter.kind) where.push(`c.kind = ${add(filter.kind)}`);
  if (filter.category) where.push(`c.category = ${add(filter.category)}`);
  if (filter.channel) where.push(`c.channel = ${add(filter.channel)}`);
  if (filter.enterpriseId) where.push(`c.enterprise_id = ${add(filter.enterpriseId)}::uuid`);
  if (filter.departmentId) where.push(`c.lead_department_id = ${add(filter.departmentId)}::uuid`);
  if (filter.gridId) where.push(inGrid(add(filter.gridId)));
  if (filter.industry) {
    where.push(`c.enterprise_id IN (SELECT id FROM enterprise WHERE industry = ${add(filter.industry)})`);
  }
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
    if (!words) where.push('FALSE');
    for (const word of words ? words.split(' ') : []) matching.push(keywordCondition(word, add));
  }
  return { list: where, words: matching };
}

/**
 * One word of a keyword: in the case's title or content (jieba tokens, GIN index), in its
 * enterprise's name, or in its category's name (zh-CN or en). Every word must match one of
 * them, so 宏达 用电 finds 宏达's cases about electricity.
 *
 * Enterprise and category names are matched when the query runs, not copied into the
 * case's search vector: a renamed enterprise is found by its new name at once, with no rewrite of
 * its cases, and a renamed category label needs no backfill. The enterprises come from the
 * name-grams index (enterpriseNameContains: a scan of the names took seconds at 1,000,000
 * enterprises); their ids then meet the (enterprise_id, submitted_at, id) index, the category
 * codes the (category, …) one, and PostgreSQL ORs the three index scans together (BitmapOr).
 */
function keywordCondition(word: string, add: (value: unknown) => string): string {
  const placeholder = add(word);
  const arms = [
    `c.search_vector @@ plainto_tsquery('simple', ${placeholder})`,
    `c.enterprise_id = ANY (ARRAY(SELECT id FROM enterprise WHERE ${enterpriseNameContains('name', placeholder)}))`,
  ];
  const categories = CASE_CATEGORY_CODES.filter((code) =>
    Object.values(CASE_CATEGORIES[code]).some((label) => label.toLowerCase().includes(word)),
  );
  if (categories.length > 0) arms.push(`c.category = ANY (${add(categories)}::text[])`);
  return `(${arms.join(' OR ')})`;
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
  const { list: where, words } = caseConditionParts(viewer, args.filter ?? {}, calendar, now, add);
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
  const rows = add(limit + 1);
  const all = [...where, ...words].join(' AND ');
  // The page is picked from case_file alone, then joined: a search matching thousands of cases
  // joins 21 enterprises, not thousands.
  const picked =
    words.length > 0 && !byDeadline
      ? wordSearchPage(where.join(' AND '), words.join(' AND '), rows, add)
      : `SELECT * FROM case_file c WHERE ${all} ORDER BY ${order} LIMIT ${rows}`;
  const sql = `SELECT ${CASE_COLUMNS} FROM (${picked}) c JOIN enterprise e ON e.id = c.enterprise_id
    ORDER BY ${order} LIMIT ${rows}`;
  return { sql, params, limit, byDeadline };
}

/**
 * How many of a list's newest cases a keyword search reads in order before it looks the rest up
 * by its words (wordSearchPage). A word in more than one case in WORD_SEARCH_WINDOW / 21 (some 1 %)
 * fills a page from them; a rarer one has at most some 10,000 matches in a million cases to
 * look up. Reading N cases in order and looking up a million × 21 / N matches cost about the same
 * per case, so the worst case is least near √(21 × 1,000,000).
 */
export const WORD_SEARCH_WINDOW = 4000;

/**
 * A page of a keyword search, newest first, as exactly the cases the one statement
 * `WHERE all ORDER BY submitted_at DESC, id DESC LIMIT rows` would give, in two parts.
 *
 * Why not that statement: no index hands out a word's cases in date order (the text's GIN index
 * knows none), so PostgreSQL either reads the list in date order and tests every case, or looks
 * up every match and sorts them, and picks by its estimate of how many match — which it cannot
 * know for a word it has no statistics for, nor for two words that go together or never do. At
 * 1,000,000 cases both wrong guesses were measured: 125 ms for 用电增容 (21,322 matches, looked up
 * and sorted), and 10–14 s for a word no case holds, or 用电 贷款 (read in date order through the
 * whole table, finding nothing).
 *
 * So: the list's WORD_SEARCH_WINDOW newest cases (the scope, the other filters and the cursor
 * applied, not the words) are read as the list without a keyword reads them — its own plan, the
 * LIMIT keeping the words out of it — and tested, stopping at a page of matches: bounded, and
 * enough for any frequent word. Only when they hold less than a page are the older matches looked
 * up by the words' indexes, which is cheap exactly then: a word that rare has few matches. The
 * split is the window's last case (`bound`, read only then); the parts together are the list.
 * `older` is MATERIALIZED, unordered and without the split so that PostgreSQL can only look the
 * matches up by the words (a walk in date order is what went wrong; the split, as an index
 * condition, made it look up one word's matches and test the other on each); its ids and dates
 * are cut at the split and sorted there.
 */
function wordSearchPage(list: string, words: string, rows: string, add: (value: unknown) => string): string {
  const order = 'c.submitted_at DESC, c.id DESC';
  const key = '(c.submitted_at, c.id)';
  // The window's last case; a list shorter than the window lies wholly inside it.
  const bound = `(COALESCE((SELECT submitted_at FROM bound), '-infinity'::timestamptz),
      COALESCE((SELECT id FROM bound), '00000000-0000-0000-0000-000000000000'::uuid))`;
  const window = add(WORD_SEARCH_WINDOW);
  return `WITH recent AS (
      SELECT * FROM (SELECT * FROM case_file c WHERE ${list} ORDER BY ${order} LIMIT ${window}) c
      WHERE ${words} ORDER BY ${order} LIMIT ${rows}
    ), bound AS (
      SELECT c.submitted_at, c.id FROM case_file c WHERE ${list}
      ORDER BY ${order} OFFSET ${window} - 1 LIMIT 1
    ), older AS MATERIALIZED (
      SELECT c.id, c.submitted_at FROM case_file c WHERE ${list} AND ${words}
        AND (SELECT count(*) FROM recent) < ${rows}
    )
    SELECT * FROM recent
    UNION ALL
    SELECT c.* FROM (
      SELECT c.id FROM older c WHERE ${key} < ${bound} ORDER BY ${order} LIMIT ${rows}
    ) o JOIN case_file c ON c.id = o.id`;
}

/**
 * A case as the Excel export writes it: CASE_ROW and what the export adds — the grid's and lead
 * department's names, and the steps read from the timeline.
 *
 * The one place where the assignment and the evaluation join the export: once they have tables of
 * their own, `assignedAt` and `evaluation*` read from them here (CASE_EXPORT_FROM and these columns),
 * and the workbook (exports/export-workbooks.ts) stays as it is. Until then they come from the
 * timeline's latest assign and evaluate/dispute steps.
 */
export const CASE_EXPORT_ROW = rowShape({
  ...CASE_ROW_COLUMNS,
  gridName: column('g.name', text),
  leadDepartmentName: column('d.name', nullable(text)),
  assignedAt: column('assigned.occurred_at', nullable(timestamp)),
  evaluationAction: column('evaluation.action', nullable(oneOf(['evaluate', 'dispute'] as const))),
  evaluationNote: column('evaluation.public_note', nullable(text)),
});
export type CaseExportRow = ReturnType<typeof CASE_EXPORT_ROW.decode>;

const CASE_EXPORT_FROM = `${CASE_FROM} JOIN grid g ON g.id = e.grid_id
  LEFT JOIN department d ON d.id = c.lead_department_id
  LEFT JOIN LATERAL (
    SELECT ev.occurred_at FROM case_event ev WHERE ev.case_id = c.id AND ev.action = 'assign'
     ORDER BY ev.occurred_at DESC, ev.id DESC LIMIT 1
  ) assigned ON TRUE
  LEFT JOIN LATERAL (
    SELECT ev.action, ev.public_note FROM case_event ev
     WHERE ev.case_id = c.id AND ev.action IN ('evaluate', 'dispute')
     ORDER BY ev.occurred_at DESC, ev.id DESC LIMIT 1
  ) evaluation ON TRUE`;

/**
 * One batch of the case export: the list's own conditions (scope included), newest first, keyset
 * after the last case of the previous batch.
 */
export function caseExportQuery(
  viewer: Viewer,
  filter: CaseFilter,
  calendar: WorkingCalendar,
  now: Date,
  after: { submittedAt: Date; id: string } | null,
  limit: number,
): { sql: string; params: unknown[] } {
  const { params, add } = sqlParams();
  const where = caseConditions(viewer, filter, calendar, now, add);
  if (after) {
    where.push(`(c.submitted_at, c.id) < (${add(after.submittedAt)}::timestamptz, ${add(after.id)}::uuid)`);
  }
  const sql = `SELECT ${CASE_EXPORT_ROW.select} FROM ${CASE_EXPORT_FROM}
    WHERE ${where.join(' AND ')}
    ORDER BY c.submitted_at DESC, c.id DESC LIMIT ${add(limit)}`;
  return { sql, params };
}

/**
 * The most a list counts exactly. Counting is a scan of every matching row (an index-only scan at
 * best), so an unfiltered office list over a million cases would cost a whole scan per page; past
 * this many the list says "more than 10,000", which is all a person reads from such a number.
 */
export const CASE_COUNT_CAP = 10_000;

/**
 * How many cases the list of `filter` holds for `viewer`, counted up to CASE_COUNT_CAP + 1: the
 * same scoped, filtered conditions as the page (caseConditions), without the cursor and order.
 */
export function caseCountQuery(
  viewer: Viewer,
  filter: CaseFilter,
  calendar: WorkingCalendar,
  now: Date,
): { sql: string; params: unknown[] } {
  const { params, add } = sqlParams();
  const where = caseConditions(viewer, filter, calendar, now, add);
  const sql = `SELECT count(*)::int AS n FROM (
      SELECT 1 FROM case_file c WHERE ${where.join(' AND ')} LIMIT ${add(CASE_COUNT_CAP + 1)}
    ) matching`;
  return { sql, params };
}

/**
 * How many of one enterprise's cases `viewer` may see, per state (the enterprise's 360° page):
 * the scope applies, so a department counts only the cases it leads. Meets the
 * (enterprise_id, submitted_at, id) index.
 */
export function caseStateCountsQuery(
  viewer: Viewer,
  enterpriseId: string,
): { sql: string; params: unknown[] } {
  const { params, add } = sqlParams();
  const where = [caseScope(viewer, add), `c.enterprise_id = ${add(enterpriseId)}::uuid`];
  const sql = `SELECT c.state, count(*)::int AS count FROM case_file c
    WHERE ${where.join(' AND ')} GROUP BY c.state ORDER BY c.state`;
  return { sql, params };
}

/**
 * One case as `viewer` may see it (null: the system, which sees every case), or NOT_FOUND with
 * no hint that it exists. `runner` is the data source or the transaction's manager.
 */
export async function caseInScope(
  runner: Pick<EntityManager, 'query'>,
  viewer: Viewer | null,
  id: string,
): Promise<CaseRow> {
  const { params, add } = sqlParams([id]);
  const scope = viewer ? caseScope(viewer, add) : 'TRUE';
  const [row] = CASE_ROW.decodeAll(
    await runner.query(`SELECT ${CASE_COLUMNS} FROM ${CASE_FROM} WHERE c.id = $1 AND ${scope}`, params),
  );
  if (!row) throw new AppError('NOT_FOUND');
  return row;
}
