import { once } from 'node:events';
import { PassThrough } from 'node:stream';
// ExcelJS takes half a second to load: it is loaded on the first export, not at start-up.
import type ExcelJS from 'exceljs';
import type { EntityManager } from 'typeorm';
import {
  CASE_CATEGORIES,
  CASE_CHANNELS,
  CASE_KINDS,
  CASE_STATES,
  DEADLINE_STATES,
  REPLY_RESULTS,
  ENTERPRISE_SCALES,
  ENTERPRISE_STATUSES,
  INDUSTRY_SECTIONS,
  OPERATING_STATUSES,
  ORDER_TRENDS,
  auditActionLabel,
  shanghaiDate,
  type Locale,
  type WorkingCalendar,
} from '@gridbridge/shared';
import { AppError } from '../../common/app-error.js';
import type { Viewer } from '../../common/gql-context.js';
import { encodeCursor } from '../../common/keyset.js';
import { auditConditions, type AuditChainResult, type AuditLogQuery } from '../audit/index.js';
import { CASE_EXPORT_ROW, caseExportQuery, deadlineOf, type CaseExportRow } from '../cases/index.js';
import { sqlParams } from '../cases/index.js';
import type { CaseFilter } from '../cases/index.js';
import type { EnterpriseFilter } from '../directory/index.js';
import { ENTERPRISE_ROW } from '../directory/index.js';
import { ENTERPRISE_FILE_COLUMNS } from '../directory/index.js';
import { enterprisePageQuery } from '../directory/index.js';
import { AUDIT_ROW } from '../audit/index.js';
import { decodeRows, text } from '../../database/rows.js';
import { CONDITION_EXPORT_FIELDS, conditionExportQuery } from '../conditions/index.js';

/** The most rows one export may hold; a larger selection FAILS with EXPORT_TOO_LARGE. */
export const MAX_EXPORT_ROWS = 50_000;
/** The most audit entries one export may hold: a larger selection FAILS, narrow the filter. */
export const MAX_AUDIT_EXPORT_ROWS = 100_000;
/** Rows read per statement: keyset pages, all in one REPEATABLE READ snapshot. */
const CASE_BATCH = 1000;
const AUDIT_BATCH = 2000;
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
  appendix?: { name: string; rows: unknown[][] },
): Promise<WrittenWorkbook> {
  const output = new PassThrough();
  const chunks: Buffer[] = [];
  output.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = once(output, 'end');
  const { default: Excel } = await import('exceljs');
  const workbook = new Excel.stream.xlsx.WorkbookWriter({
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
    if (appendix) {
      const extra = workbook.addWorksheet(appendix.name);
      extra.columns = [{ width: 24 }, { width: 48 }];
      for (const values of appendix.rows) extra.addRow(values).commit();
      extra.commit();
    }
    await workbook.commit();
    await ended;
    return { content: Buffer.concat(chunks), rows };
  } finally {
    output.destroy();
  }
}

function tooLarge(max = MAX_EXPORT_ROWS): AppError {
  return new AppError('EXPORT_TOO_LARGE', { max });
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
    '诉求内容',
    '当前环节截止日期',
    '受理日期',
    '交办日期',
    '答复日期',
    '答复结果',
    '答复内容',
    '评价',
    '评价意见',
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
    'Content',
    'Current step due',
    'Accepted',
    'Assigned',
    'Replied',
    'Reply result',
    'Reply',
    'Evaluation',
    'Evaluation comment',
  ],
};
const CASE_WIDTHS = [16, 12, 12, 12, 12, 40, 32, 20, 10, 12, 24, 60, 14, 12, 12, 12, 14, 60, 12, 40];

/** The evaluation as the export names it; the timeline's evaluate step is the satisfied one. */
const EVALUATIONS: Record<'evaluate' | 'dispute', Record<Locale, string>> = {
  evaluate: { 'zh-CN': '满意', en: 'Satisfied' },
  dispute: { 'zh-CN': '不满意', en: 'Dissatisfied' },
};

const dateOrEmpty = (at: Date | null) => (at ? shanghaiDate(at) : '');

/**
 * The case list (诉求查询) as `viewer` sees it: the list's own conditions and CASE_ROW, from the
 * cases domain (`caseExportQuery`), newest first, in `locale`.
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
    let last: CaseExportRow | null = null;
    for (;;) {
      const { sql, params } = caseExportQuery(viewer, filter, calendar, now, last, CASE_BATCH);
      const rows = CASE_EXPORT_ROW.decodeAll(await manager.query(sql, params));
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
          c.leadDepartmentName ?? '',
          c.content,
          dateOrEmpty(c.stateDeadline),
          dateOrEmpty(c.acceptedAt),
          dateOrEmpty(c.assignedAt),
          dateOrEmpty(c.repliedAt),
          c.replyResult ? REPLY_RESULTS[c.replyResult][locale] : '',
          c.replyText ?? '',
          c.evaluationAction ? EVALUATIONS[c.evaluationAction][locale] : '',
          c.evaluationNote ?? '',
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
      decodeRows(await manager.query('SELECT id, code FROM grid'), { id: text, code: text }).map((g) => [
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
      const rows = ENTERPRISE_ROW.decodeAll(await manager.query(sql, params));
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

/**
 * A moment as Beijing time, `YYYY-MM-DD HH:mm:ss`: China keeps UTC+8 all year (no summer time),
 * so a fixed offset is exact and does not depend on the server's time zone.
 */
export function shanghaiDateTime(instant: Date): string {
  return new Date(instant.getTime() + 8 * 3_600_000).toISOString().slice(0, 19).replace('T', ' ');
}

const AUDIT_COLUMNS: Record<Locale, string[]> = {
  'zh-CN': ['序号', '时间（北京时间）', '操作人', '操作', '操作代码', '对象类型', '对象', 'IP 地址', '详情'],
  en: [
    'No.',
    'Time (Beijing)',
    'Actor',
    'Action',
    'Action code',
    'Target type',
    'Target',
    'IP address',
    'Details',
  ],
};
const AUDIT_WIDTHS = [10, 20, 16, 24, 22, 16, 38, 16, 60];

const CHAIN_SHEET: Record<
  Locale,
  { name: string; rows: (chain: AuditChainResult, checkedAt: Date, filter: AuditLogQuery) => unknown[][] }
> = {
  'zh-CN': {
    name: '链校验',
    rows: (chain, checkedAt, filter) => [
      ['校验结果', chain.intact ? '完整，未发现篡改' : '链条断裂，存在篡改或删除'],
      ['校验时间（北京时间）', shanghaiDateTime(checkedAt)],
      ['已校验条数', chain.checked],
      ['首个异常条目', chain.firstBrokenId ?? ''],
      ['筛选条件', JSON.stringify(filter)],
    ],
  },
  en: {
    name: 'Chain check',
    rows: (chain, checkedAt, filter) => [
      ['Result', chain.intact ? 'Intact, no tampering found' : 'Broken: entries altered or deleted'],
      ['Checked at (Beijing)', shanghaiDateTime(checkedAt)],
      ['Entries checked', chain.checked],
      ['First broken entry', chain.firstBrokenId ?? ''],
      ['Filter', JSON.stringify(filter)],
    ],
  },
};

/**
 * The audit log as the auditor filtered it (`auditConditions`, the list's own), newest first, in
 * `locale`: Beijing times, readable action names next to their codes, and a second sheet with
 * the result of the chain check made for this export and when it was made.
 */
export function auditWorkbook(
  manager: EntityManager,
  filter: AuditLogQuery,
  locale: Locale,
  chain: AuditChainResult,
  checkedAt: Date,
  max = MAX_AUDIT_EXPORT_ROWS,
): Promise<WrittenWorkbook> {
  const columns = AUDIT_COLUMNS[locale].map((header, i) => ({ header, width: AUDIT_WIDTHS[i] }));
  const sheet = CHAIN_SHEET[locale];
  return streamWorkbook(
    locale === 'en' ? 'Audit log' : '审计日志',
    columns,
    async (addRow) => {
      let count = 0;
      let last: string | null = null;
      for (;;) {
        const { params, add } = sqlParams();
        const where = auditConditions(filter, add);
        if (last) where.push(`id < ${add(last)}::bigint`);
        const rows = AUDIT_ROW.decodeAll(
          await manager.query(
            `SELECT ${AUDIT_ROW.select}
               FROM audit_log ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
              ORDER BY id DESC LIMIT ${add(AUDIT_BATCH)}`,
            params,
          ),
        );
        for (const row of rows) {
          count += 1;
          if (count > max) throw tooLarge(max);
          addRow([
            Number(row.id),
            shanghaiDateTime(row.occurred_at),
            row.actor_name ?? '',
            auditActionLabel(row.action, locale) ?? row.action,
            row.action,
            row.target_type ?? '',
            row.target_id ?? '',
            row.ip ?? '',
            // A cell holds at most 32,767 characters.
            (row.details ?? '').slice(0, 32_000),
          ]);
        }
        if (rows.length < AUDIT_BATCH) return count;
        last = rows[rows.length - 1].id;
      }
    },
    { name: sheet.name, rows: sheet.rows(chain, checkedAt, filter) },
  );
}

const CONDITION_COLUMNS: Record<Locale, string[]> = {
  'zh-CN': [
    '企业名称',
    '统一社会信用代码',
    '所属网格',
    '行业',
    '经营状态',
    '上月经营状态',
    '从业人数',
    '当月产值（万元）',
    '当月营收（万元）',
    '产能利用率（%）',
    '订单趋势',
    '主要困难',
    '填报时间',
    '填报人',
    '本月走访次数',
  ],
  en: [
    'Enterprise',
    'Credit code',
    'Grid',
    'Industry',
    'Operating status',
    'Status the month before',
    'Employees',
    'Output (10k yuan)',
    'Revenue (10k yuan)',
    'Capacity use (%)',
    'Order trend',
    'Main difficulties',
    'Reported at',
    'Reported by',
    'Visits this month',
  ],
};
const CONDITION_BATCH = 500;

/**
 * The month's condition data (docs/conditions.md#export): every operating enterprise in the
 * owner's scope by name, its report's figures (empty where none came in) and the month's visits.
 */
export function conditionWorkbook(
  manager: EntityManager,
  owner: Viewer,
  month: string,
  locale: Locale,
): Promise<WrittenWorkbook> {
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(month)) throw AppError.validation({ field: 'month', rule: 'invalid' });
  const widths = [32, 22, 18, 20, 12, 12, 10, 14, 14, 12, 10, 40, 20, 12, 12];
  const columns = CONDITION_COLUMNS[locale].map((header, i) => ({ header, width: widths[i] }));
  return streamWorkbook(month, columns, async (addRow) => {
    let count = 0;
    let after: [string, string] | null = null;
    do {
      const { sql, params } = conditionExportQuery(owner, month, after, CONDITION_BATCH);
      const rows = decodeRows(await manager.query(sql, params), CONDITION_EXPORT_FIELDS);
      const page = rows.slice(0, CONDITION_BATCH);
      for (const row of page) {
        count += 1;
        if (count > MAX_EXPORT_ROWS) throw tooLarge();
        addRow([
          row.name,
          row.creditCode,
          row.gridName,
          INDUSTRY_SECTIONS[row.industry as keyof typeof INDUSTRY_SECTIONS]?.[locale] ?? row.industry,
          row.status ? OPERATING_STATUSES[row.status][locale] : '',
          row.previousStatus ? OPERATING_STATUSES[row.previousStatus][locale] : '',
          row.employees,
          row.outputValue,
          row.revenue,
          row.capacityUse,
          row.orderTrend ? ORDER_TRENDS[row.orderTrend][locale] : '',
          row.difficulties ?? '',
          row.submittedAt ? shanghaiDateTime(row.submittedAt) : '',
          row.submittedByName ?? '',
          row.visits,
        ]);
      }
      const last = page[page.length - 1];
      after = rows.length > CONDITION_BATCH && last ? [last.name, last.id] : null;
    } while (after);
    return count;
  });
}
