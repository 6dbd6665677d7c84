import { once } from 'node:events';
import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import type { EntityManager } from 'typeorm';
import {
  CASE_CATEGORIES,
  CASE_CHANNELS,
  CASE_KINDS,
  CASE_STATES,
  DEADLINE_STATES,
  ENTERPRISE_SCALES,
  ENTERPRISE_STATUSES,
  INDUSTRY_SECTIONS,
  shanghaiDate,
  type CaseCategory,
  type CaseChannel,
  type CaseKind,
  type CaseState,
  type Locale,
  type WorkingCalendar,
} from '@gridbridge/shared';
import { AppError } from '../../common/app-error.js';
import type { Viewer } from '../../common/gql-context.js';
import { encodeCursor } from '../../common/keyset.js';
import { deadlineOf } from '../cases/index.js';
import { caseConditions } from '../cases/index.js';
import { sqlParams } from '../cases/index.js';
import type { CaseFilter } from '../cases/index.js';
import type { EnterpriseFilter } from '../directory/index.js';
import type { EnterpriseType } from '../directory/index.js';
import { ENTERPRISE_FILE_COLUMNS } from '../directory/index.js';
import { enterprisePageQuery } from '../directory/index.js';

/** The most rows one export may hold; a larger selection FAILS with EXPORT_TOO_LARGE. */
export const MAX_EXPORT_ROWS = 50_000;
/** Rows read per statement: keyset pages, all in one REPEATABLE READ snapshot. */
const CASE_BATCH = 1000;
const ENTERPRISE_BATCH = 100;

export interface WrittenWorkbook {
  content: Buffer;
  rows: number;
}

type Sheet = ExcelJS.Worksheet;

/**
 * Writes a workbook with ExcelJS's streaming writer: each row is committed (serialised and
 * zipped) as soon as it is added, so memory holds the compressed file, not a model of every cell.
 */
async function streamWorkbook(
  sheetName: string,
  columns: { header: string; width: number }[],
  fill: (addRow: (values: unknown[]) => void) => Promise<number>,
): Promise<WrittenWorkbook> {
  const output = new PassThrough();
  const chunks: Buffer[] = [];
  output.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = once(output, 'end');
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: output,
    useStyles: true,
    useSharedStrings: false,
  });
  const sheet: Sheet = workbook.addWorksheet(sheetName);
  sheet.columns = columns.map((column) => ({ header: column.header, width: column.width }));
  sheet.getRow(1).font = { bold: true };
  try {
    const rows = await fill((values) => sheet.addRow(values).commit());
    sheet.commit();
    await workbook.commit();
    await ended;
    return { content: Buffer.concat(chunks), rows };
  } finally {
    output.destroy();
  }
}

function tooLarge(): AppError {
  return new AppError('EXPORT_TOO_LARGE', { max: MAX_EXPORT_ROWS });
}

const CASE_COLUMNS: Record<Locale, string[]> = {
  'zh-CN': [
    '诉求编号',
    '提交日期',
    '诉求类型',
    '诉求分类',
    '来源',
    '标题',
    '企业',
    '所属网格',
    '状态',
    '时限',
    '主办部门',
  ],
  en: [
    'Tracking no.',
    'Submitted',
    'Kind',
    'Category',
    'Channel',
    'Title',
    'Enterprise',
    'Grid',
    'State',
    'Deadline',
    'Lead department',
  ],
};
const CASE_WIDTHS = [16, 12, 12, 12, 12, 40, 32, 20, 10, 12, 24];

interface CaseRow {
  id: string;
  trackingNo: string;
  submittedAt: Date;
  kind: CaseKind;
  category: CaseCategory;
  channel: CaseChannel;
  title: string;
  enterpriseName: string;
  gridName: string;
  state: CaseState;
  stateDeadline: Date | null;
  pausedAt: Date | null;
  leadDepartment: string | null;
}

/**
 * The case list (诉求查询) as `viewer` sees it: the list's own conditions (`caseConditions`, scope
 * included), newest first, in `locale`.
 */
export function caseWorkbook(
  manager: EntityManager,
  viewer: Viewer,
  filter: CaseFilter,
  locale: Locale,
  calendar: WorkingCalendar,
  now: Date,
): Promise<WrittenWorkbook> {
  const columns = CASE_COLUMNS[locale].map((header, i) => ({ header, width: CASE_WIDTHS[i] }));
  return streamWorkbook(locale === 'en' ? 'Cases' : '诉求', columns, async (addRow) => {
    let count = 0;
    let last: CaseRow | null = null;
    for (;;) {
      const { params, add } = sqlParams();
      const where = caseConditions(viewer, filter, calendar, now, add);
      if (last) {
        where.push(`(c.submitted_at, c.id) < (${add(last.submittedAt)}::timestamptz, ${add(last.id)}::uuid)`);
      }
      const rows: CaseRow[] = await manager.query(
        `SELECT c.id, c.tracking_no AS "trackingNo", c.submitted_at AS "submittedAt", c.kind, c.category,
                c.channel, c.title, e.name AS "enterpriseName", g.name AS "gridName", c.state,
                c.state_deadline AS "stateDeadline", c.paused_at AS "pausedAt", d.name AS "leadDepartment"
           FROM case_file c JOIN enterprise e ON e.id = c.enterprise_id JOIN grid g ON g.id = e.grid_id
           LEFT JOIN department d ON d.id = c.lead_department_id
          WHERE ${where.join(' AND ')}
          ORDER BY c.submitted_at DESC, c.id DESC LIMIT ${add(CASE_BATCH)}`,
        params,
      );
      for (const c of rows) {
        count += 1;
        if (count > MAX_EXPORT_ROWS) throw tooLarge();
        const deadline = deadlineOf(c, now, calendar);
        addRow([
          c.trackingNo,
          shanghaiDate(c.submittedAt),
          CASE_KINDS[c.kind][locale],
          CASE_CATEGORIES[c.category][locale],
          CASE_CHANNELS[c.channel][locale],
          c.title,
          c.enterpriseName,
          c.gridName,
          CASE_STATES[c.state][locale],
          deadline ? DEADLINE_STATES[deadline.state][locale] : '',
          c.leadDepartment ?? '',
        ]);
      }
      if (rows.length < CASE_BATCH) return count;
      last = rows[rows.length - 1];
    }
  });
}

/**
 * The enterprise directory with the list's own query (`enterprisePageQuery`), by name. The
 * columns are the import template's, in Chinese whatever the locale, so an export can be edited
 * and imported again.
 */
export function enterpriseWorkbook(
  manager: EntityManager,
  owner: Viewer,
  filter: EnterpriseFilter,
): Promise<WrittenWorkbook> {
  return streamWorkbook('企业名录', [...ENTERPRISE_FILE_COLUMNS], async (addRow) => {
    const codes = new Map<string, string>(
      ((await manager.query('SELECT id, code FROM grid')) as { id: string; code: string }[]).map((g) => [
        g.id,
        g.code,
      ]),
    );
    let count = 0;
    let after: string | null = null;
    do {
      const { sql, params, limit } = enterprisePageQuery(
        { filter, sort: 'NAME', first: ENTERPRISE_BATCH, after },
        owner,
      );
      const rows: EnterpriseType[] = await manager.query(sql, params);
      const page = rows.slice(0, limit);
      for (const e of page) {
        count += 1;
        if (count > MAX_EXPORT_ROWS) throw tooLarge();
        const values: Record<(typeof ENTERPRISE_FILE_COLUMNS)[number]['key'], string> = {
          name: e.name,
          creditCode: e.creditCode,
          legalRepresentative: e.legalRepresentative,
          industry: `${e.industry} ${INDUSTRY_SECTIONS[e.industry]['zh-CN']}`,
          scale: ENTERPRISE_SCALES[e.scale]['zh-CN'],
          status: ENTERPRISE_STATUSES[e.status]['zh-CN'],
          address: e.address,
          gridCode: codes.get(e.gridId) ?? '',
          contactName: e.contactName,
          contactPhone: e.contactPhone,
        };
        addRow(ENTERPRISE_FILE_COLUMNS.map((column) => values[column.key]));
      }
      const last = page[page.length - 1];
      after = rows.length > limit ? encodeCursor([last.name, last.id]) : null;
    } while (after);
    return count;
  });
}
