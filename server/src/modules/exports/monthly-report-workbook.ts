import { once } from 'node:events';
import { PassThrough } from 'node:stream';
// ExcelJS takes half a second to load: it is loaded on the first export, not at start-up.
import type ExcelJS from 'exceljs';
import {
  ACCOUNTABILITY_SUBJECTS,
  ACCOUNTABILITY_TYPES,
  CASE_CATEGORIES,
  CASE_KINDS,
  CASE_STATES,
  type CaseCategory,
  type CaseKind,
  type CaseState,
  type Locale,
} from '@gridbridge/shared';
import type { MonthlyReportType, TypicalCaseKind } from '../reports/index.js';
import { shanghaiDateTime, type WrittenWorkbook } from './export-workbooks.js';

interface SheetSpec {
  name: string;
  columns: { header: string; width: number }[];
  rows: unknown[][];
}

/** Writes several small sheets, each with a bold header row (a month's report is a few hundred rows). */
async function writeSheets(sheets: SheetSpec[]): Promise<Buffer> {
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
  try {
    for (const spec of sheets) {
      const sheet: ExcelJS.Worksheet = workbook.addWorksheet(spec.name);
      sheet.columns = spec.columns.map((column) => ({ header: column.header, width: column.width }));
      sheet.getRow(1).font = { bold: true };
      for (const values of spec.rows) sheet.addRow(values).commit();
      sheet.commit();
    }
    await workbook.commit();
    await ended;
    return Buffer.concat(chunks);
  } finally {
    output.destroy();
  }
}

type Rate = { numerator: number; denominator: number; rate: number | null };
/** A rate as a percentage with one decimal, empty when nothing was counted (never 0 % or 100 %). */
const percent = (r: Rate) => (r.rate === null ? '' : Math.round(r.rate * 1000) / 10);

const TEXT = {
  'zh-CN': {
    sheets: ['概况', '分类与网格', '部门排名', '典型案例', '通报', '问责'],
    summary: ['指标', '本月', '上月', '分子', '分母'],
    month: '月份',
    generatedAt: '生成时间（北京时间）',
    received: '受理诉求',
    closed: '办结诉求',
    open: '在办诉求（生成时）',
    overdue: '超期在办（生成时）',
    repliedOnTime: '按时办结率（%）',
    resolution: '解决率（%）',
    satisfaction: '满意率（%）',
    people: '问责人次',
    departmentsHeld: '问责部门',
    notices: '发布通报',
    breakdown: ['维度', '名称', '本月受理', '本月办结', '上月受理'],
    dims: { kind: '类型', category: '分类', grid: '网格', keyword: '热词' },
    ranking: [
      '排名',
      '部门',
      '得分',
      '交办数',
      '签收及时率（%）',
      '响应率（%）',
      '按时办结率（%）',
      '解决率（%）',
      '满意率（%）',
      '办结数',
      '超期环节',
      '重办',
      '重新办理',
      '上月排名',
      '备注',
    ],
    smallSample: '样本不足，不参与排名',
    typical: ['类别', '诉求编号', '标题', '分类', '企业', '主办部门', '状态', '数值'],
    kinds: {
      OVERDUE: '超期典型（超期环节数）',
      REWORKED: '重办典型（退回与重新办理次数）',
      PRAISED: '好评典型（办理天数）',
    } satisfies Record<TypicalCaseKind, string>,
    notice: ['发布时间（北京时间）', '标题', '正文'],
    records: ['决定日期', '问责对象', '部门', '姓名', '职务', '问责方式', '事由', '决定机关'],
    figures: ['问责方式', '人次', '部门'],
    total: '合计',
  },
  en: {
    sheets: ['Summary', 'Breakdown', 'Ranking', 'Typical cases', 'Notices', 'Accountability'],
    summary: ['Figure', 'This month', 'Month before', 'Numerator', 'Denominator'],
    month: 'Month',
    generatedAt: 'Generated at (Beijing)',
    received: 'Cases received',
    closed: 'Cases closed',
    open: 'Open (when generated)',
    overdue: 'Overdue now (when generated)',
    repliedOnTime: 'Replied on time (%)',
    resolution: 'Resolution (%)',
    satisfaction: 'Satisfaction (%)',
    people: 'Officials held accountable',
    departmentsHeld: 'Departments held accountable',
    notices: 'Notices published',
    breakdown: ['Dimension', 'Name', 'Received', 'Closed', 'Received the month before'],
    dims: { kind: 'Kind', category: 'Category', grid: 'Grid', keyword: 'Hot word' },
    ranking: [
      'Rank',
      'Department',
      'Score',
      'Assigned',
      'Signed on time (%)',
      'Contacted on time (%)',
      'Replied on time (%)',
      'Resolution (%)',
      'Satisfaction (%)',
      'Closed',
      'Late steps',
      'Sent back',
      'Reopened',
      'Rank the month before',
      'Note',
    ],
    smallSample: 'Sample too small, not ranked',
    typical: [
      'Kind',
      'Tracking no.',
      'Title',
      'Category',
      'Enterprise',
      'Lead department',
      'State',
      'Figure',
    ],
    kinds: {
      OVERDUE: 'Most overdue (late steps)',
      REWORKED: 'Most reworked (sent back and reopened)',
      PRAISED: 'Well handled (days to evaluation)',
    } satisfies Record<TypicalCaseKind, string>,
    notice: ['Published at (Beijing)', 'Title', 'Text'],
    records: ['Decided on', 'Subject', 'Department', 'Name', 'Post', 'Type', 'Reason', 'Decided by'],
    figures: ['Type', 'Officials', 'Departments'],
    total: 'Total',
  },
} as const;

/**
 * The monthly report 月报 as a workbook, one sheet per section of the page: summary, the
 * breakdowns, the department ranking, the typical cases, the notices and accountability.
 * Answers the rows written across all sheets.
 */
export async function monthlyReportWorkbook(
  report: MonthlyReportType,
  locale: Locale,
): Promise<WrittenWorkbook> {
  const t = TEXT[locale];
  const f = report.figures;
  const col = (headers: readonly string[], widths: number[]) =>
    headers.map((header, i) => ({ header, width: widths[i] ?? 14 }));
  const rateRow = (label: string, key: 'repliedOnTime' | 'resolution' | 'satisfaction') => [
    label,
    percent(f.rates[key]),
    percent(f.previousRates[key]),
    f.rates[key].numerator,
    f.rates[key].denominator,
  ];
  const summary: unknown[][] = [
    [t.month, report.month],
    [t.generatedAt, shanghaiDateTime(report.generatedAt)],
    [t.received, f.received, f.previousReceived],
    [t.closed, f.closed, f.previousClosed],
    [t.open, f.open],
    [t.overdue, f.overdue],
    rateRow(t.repliedOnTime, 'repliedOnTime'),
    rateRow(t.resolution, 'resolution'),
    rateRow(t.satisfaction, 'satisfaction'),
    [t.people, report.accountability.people],
    [t.departmentsHeld, report.accountability.departments],
    [t.notices, report.notices.length],
  ];
  const breakdown: unknown[][] = [
    ...f.byKind.map((c) => [
      t.dims.kind,
      CASE_KINDS[c.key as CaseKind]?.[locale] ?? c.key,
      c.received,
      c.closed,
      c.previousReceived,
    ]),
    ...f.byCategory.map((c) => [
      t.dims.category,
      CASE_CATEGORIES[c.key as CaseCategory]?.[locale] ?? c.key,
      c.received,
      c.closed,
      c.previousReceived,
    ]),
    ...f.byGrid.map((c) => [t.dims.grid, c.name, c.received, c.closed, c.previousReceived]),
    ...f.hotKeywords.map((k) => [t.dims.keyword, k.key, k.count, '', k.previous]),
  ];
  const ranking = report.ranking.rows.map((r) => [
    r.current.rank ?? '',
    r.departmentName,
    r.current.score ?? '',
    r.current.assigned,
    percent(r.current.signedOnTime),
    percent(r.current.contactedOnTime),
    percent(r.current.repliedOnTime),
    percent(r.current.resolution),
    percent(r.current.satisfaction),
    r.current.closed,
    r.current.overdue,
    r.current.sentBack,
    r.current.reopened,
    r.previous.rank ?? '',
    r.current.ranked ? '' : t.smallSample,
  ]);
  const typical = report.typicalCases.map((c) => [
    t.kinds[c.kind],
    c.trackingNo,
    c.title,
    CASE_CATEGORIES[c.category as CaseCategory]?.[locale] ?? c.category,
    c.enterpriseName,
    c.departmentName ?? '',
    CASE_STATES[c.state as CaseState]?.[locale] ?? c.state,
    c.count,
  ]);
  const notices = report.notices.map((n) => [
    shanghaiDateTime(n.publishedAt),
    n.title,
    n.body.slice(0, 32_000),
  ]);
  const byType = new Map<string, { people: number; departments: number }>();
  for (const row of report.accountability.rows) {
    const sum = byType.get(row.type) ?? { people: 0, departments: 0 };
    sum.people += row.people;
    sum.departments += row.departments;
    byType.set(row.type, sum);
  }
  const accountability: unknown[][] = [
    ...[...byType].map(([type, sum]) => [
      ACCOUNTABILITY_TYPES[type as keyof typeof ACCOUNTABILITY_TYPES]?.[locale] ?? type,
      sum.people,
      sum.departments,
    ]),
    [t.total, report.accountability.people, report.accountability.departments],
    [],
    [...t.records],
    ...report.records.map((r) => [
      r.decidedOn,
      ACCOUNTABILITY_SUBJECTS[r.subjectKind]?.[locale] ?? r.subjectKind,
      r.department.name,
      r.officialName ?? '',
      r.officialPost ?? '',
      ACCOUNTABILITY_TYPES[r.type]?.[locale] ?? r.type,
      r.reason,
      r.decidedBy,
    ]),
  ];
  const sheets: SheetSpec[] = [
    { name: t.sheets[0], columns: col(t.summary, [28, 14, 14, 12, 12]), rows: summary },
    { name: t.sheets[1], columns: col(t.breakdown, [10, 24, 12, 12, 14]), rows: breakdown },
    {
      name: t.sheets[2],
      columns: col(t.ranking, [8, 26, 10, 10, 14, 14, 14, 12, 12, 10, 10, 10, 10, 12, 24]),
      rows: ranking,
    },
    { name: t.sheets[3], columns: col(t.typical, [30, 18, 40, 14, 32, 24, 12, 10]), rows: typical },
    { name: t.sheets[4], columns: col(t.notice, [20, 40, 80]), rows: notices },
    // Two tables, one under the other: the figures by type, then the records with their own header row.
    { name: t.sheets[5], columns: col(t.figures, [16, 14, 24, 12, 16, 16, 40, 20]), rows: accountability },
  ];
  const content = await writeSheets(sheets);
  return { content, rows: sheets.reduce((sum, s) => sum + s.rows.length, 0) };
}
