import { Injectable } from '@nestjs/common';
import ExcelJS from 'exceljs';
import { DataSource } from 'typeorm';
import {
  CASE_CATEGORIES,
  CASE_CHANNELS,
  CASE_KINDS,
  CASE_STATES,
  DEADLINE_STATES,
  shanghaiDate,
  type Locale,
} from '@gridbridge/shared';
import { AppError } from '../../common/app-error.js';
import { Clock } from '../../common/clock.js';
import type { Viewer } from '../../common/gql-context.js';
import { currentLocale } from '../../common/request-context.js';
import { CalendarService } from '../calendar/calendar.service.js';
import { deadlineOf } from './case-deadlines.js';
import { CASE_COLUMNS, CASE_FROM, caseConditions } from './case-query.js';
import { sqlParams } from './case-scope.js';
import type { CaseFilter } from './cases.inputs.js';
import type { CaseExportType, CaseType } from './cases.types.js';

export const MAX_CASE_EXPORT_ROWS = 50_000;

const HEADERS: Record<Locale, string[]> = {
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
const WIDTHS = [16, 12, 12, 12, 12, 40, 32, 20, 10, 12, 24];

/** The filtered case list as .xlsx, in the user's language (base64 over GraphQL, like the directory export). */
@Injectable()
export class CaseExcelService {
  constructor(
    private readonly db: DataSource,
    private readonly calendar: CalendarService,
    private readonly clock: Clock,
  ) {}

  async export(viewer: Viewer, filter: CaseFilter): Promise<CaseExportType> {
    const calendar = await this.calendar.current();
    const now = this.clock.now();
    const { params, add } = sqlParams();
    const where = caseConditions(viewer, filter, calendar, now, add);
    const rows: (CaseType & { gridName: string; leadDepartment: string | null })[] = await this.db.query(
      `SELECT ${CASE_COLUMNS}, g.name AS "gridName", d.name AS "leadDepartment"
       FROM ${CASE_FROM} JOIN grid g ON g.id = e.grid_id LEFT JOIN department d ON d.id = c.lead_department_id
       WHERE ${where.join(' AND ')} ORDER BY c.submitted_at DESC, c.id DESC LIMIT ${add(MAX_CASE_EXPORT_ROWS + 1)}`,
      params,
    );
    if (rows.length > MAX_CASE_EXPORT_ROWS) {
      throw AppError.validation({ field: 'filter', rule: 'tooLong', params: { max: MAX_CASE_EXPORT_ROWS } });
    }
    const locale = currentLocale();
    const workbook = new ExcelJS.Workbook();
    workbook.created = workbook.modified = now;
    const sheet = workbook.addWorksheet(locale === 'en' ? 'Cases' : '诉求');
    sheet.columns = HEADERS[locale].map((header, i) => ({ header, width: WIDTHS[i] }));
    sheet.getRow(1).font = { bold: true };
    for (const c of rows) {
      const deadline = deadlineOf(c, now, calendar);
      sheet.addRow([
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
    return {
      fileName: `${locale === 'en' ? 'cases' : '诉求'}-${shanghaiDate(now)}.xlsx`,
      contentBase64: Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64'),
      rows: rows.length,
    };
  }
}
