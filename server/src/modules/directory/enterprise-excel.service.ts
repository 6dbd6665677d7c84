import { Injectable } from '@nestjs/common';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
// ExcelJS takes half a second to load: it is loaded on the first template or import, not at start-up.
import type ExcelJS from 'exceljs';
import { DataSource } from 'typeorm';
import {
  ENTERPRISE_SCALES,
  ENTERPRISE_STATUSES,
  INDUSTRY_SECTIONS,
  type EnterpriseScale,
  type EnterpriseStatus,
  type IndustrySection,
} from '@gridbridge/shared';
import { AppError } from '../../common/app-error.js';
import { translate } from '../../common/error-format.js';
import type { Viewer } from '../../common/gql-context.js';
import { currentLocale } from '../../common/request-context.js';
import { problemsOf } from '../../common/validation.js';
import { EnterpriseInput } from './directory.inputs.js';
import { EnterprisesService } from './enterprises.service.js';
import { decodeRows, text } from '../../database/rows.js';

/** The columns of the import template and of the export, in order. Labels are the template's headers. */
export const ENTERPRISE_FILE_COLUMNS = [
  { key: 'name', header: '企业名称', width: 36 },
  { key: 'creditCode', header: '统一社会信用代码', width: 22 },
  { key: 'legalRepresentative', header: '法定代表人', width: 12 },
  { key: 'industry', header: '行业门类', width: 28 },
  { key: 'scale', header: '企业规模', width: 12 },
  { key: 'status', header: '经营状态', width: 14 },
  { key: 'address', header: '地址', width: 36 },
  { key: 'gridCode', header: '所属网格编码', width: 14 },
  { key: 'contactName', header: '联系人', width: 12 },
  { key: 'contactPhone', header: '联系电话', width: 14 },
] as const;

export const MAX_IMPORT_ROWS = 5000;

/** Accepts the code (C) or the Chinese label (制造业) of an enumerated column. */
function codeOf<K extends string>(labels: Record<K, { 'zh-CN': string }>, value: string): K | string {
  const trimmed = value.trim();
  const found = (Object.keys(labels) as K[]).find(
    (key) => key === trimmed.toUpperCase() || labels[key]['zh-CN'] === trimmed,
  );
  return found ?? trimmed;
}

const cellText = (value: ExcelJS.CellValue): string => {
  if (value === null || value === undefined) return '';
  if (typeof value === 'object' && 'text' in value) return String(value.text);
  if (typeof value === 'object' && 'result' in value) return String(value.result ?? '');
  return String(value).trim();
};

async function toBase64(workbook: ExcelJS.Workbook): Promise<string> {
  return Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');
}

function sheet(workbook: ExcelJS.Workbook, name: string) {
  const worksheet = workbook.addWorksheet(name);
  worksheet.columns = ENTERPRISE_FILE_COLUMNS.map((c) => ({ key: c.key, header: c.header, width: c.width }));
  worksheet.getRow(1).font = { bold: true };
  return worksheet;
}

export interface ImportReport {
  imported: number;
  failed: { row: number; reasons: string[] }[];
}

/**
 * Enterprise directory import as .xlsx (base64 over GraphQL; the export is a background job, see
 * modules/exports). Each row of an import
 * is validated like a form and created in its own transaction: valid rows land, every invalid
 * row is reported with its number and reasons, and no row is half-imported.
 */
@Injectable()
export class EnterpriseExcelService {
  constructor(
    private readonly db: DataSource,
    private readonly enterprises: EnterprisesService,
  ) {}

  async template(): Promise<string> {
    const { default: Excel } = await import('exceljs');
    const workbook = new Excel.Workbook();
    const rows = sheet(workbook, '企业名录');
    rows.addRow({
      name: '郑州惠济示例食品有限公司',
      creditCode: '91410108MA3X7K2P0E',
      legalRepresentative: '张三',
      industry: '制造业',
      scale: '小型',
      status: '在营',
      address: '惠济区开元路8号',
      gridCode: 'HJ010101',
      contactName: '李四',
      contactPhone: '13912345678',
    });
    const help = workbook.addWorksheet('填写说明');
    help.addRows([
      [
        '行业门类',
        Object.entries(INDUSTRY_SECTIONS)
          .map(([k, v]) => `${k} ${v['zh-CN']}`)
          .join('；'),
      ],
      [
        '企业规模',
        Object.values(ENTERPRISE_SCALES)
          .map((v) => v['zh-CN'])
          .join('、'),
      ],
      [
        '经营状态',
        Object.values(ENTERPRISE_STATUSES)
          .map((v) => v['zh-CN'])
          .join('、') + '（可留空，默认在营）',
      ],
      ['所属网格编码', '三级网格的编码，见管理端“网格管理”'],
    ]);
    return toBase64(workbook);
  }

  async import(viewer: Viewer, base64: string): Promise<ImportReport> {
    const { default: Excel } = await import('exceljs');
    const workbook = new Excel.Workbook();
    try {
      await workbook.xlsx.load(Buffer.from(base64, 'base64') as unknown as ArrayBuffer);
    } catch {
      throw AppError.validation({ field: 'file', rule: 'invalid' });
    }
    const worksheet = workbook.worksheets[0];
    if (!worksheet || worksheet.rowCount - 1 > MAX_IMPORT_ROWS)
      throw AppError.validation({ field: 'file', rule: 'invalid' });
    const gridIds = new Map<string, string>(
      decodeRows(await this.db.query('SELECT code, id FROM grid'), { code: text, id: text }).map((g) => [
        g.code,
        g.id,
      ]),
    );
    const locale = currentLocale();
    const report: ImportReport = { imported: 0, failed: [] };
    for (let number = 2; number <= worksheet.rowCount; number++) {
      const row = worksheet.getRow(number);
      const values = Object.fromEntries(
        ENTERPRISE_FILE_COLUMNS.map((c, i) => [c.key, cellText(row.getCell(i + 1).value)]),
      );
      if (Object.values(values).every((v) => v === '')) continue;
      const input = plainToInstance(EnterpriseInput, {
        ...values,
        industry: codeOf(INDUSTRY_SECTIONS, values.industry) as IndustrySection,
        scale: codeOf(ENTERPRISE_SCALES, values.scale) as EnterpriseScale,
        status: (values.status ? codeOf(ENTERPRISE_STATUSES, values.status) : 'ACTIVE') as EnterpriseStatus,
        gridId: gridIds.get(values.gridCode) ?? '',
      });
      const problems = problemsOf(await validate(input, { whitelist: true })).map((problem) =>
        problem.field === 'gridId'
          ? { field: 'gridCode', rule: values.gridCode ? ('notFound' as const) : ('required' as const) }
          : problem,
      );
      if (problems.length > 0) {
        report.failed.push({
          row: number,
          reasons: translate(AppError.validation(...problems), locale).fields.map((f) => f.message),
        });
        continue;
      }
      try {
        await this.enterprises.create(viewer, input);
        report.imported += 1;
      } catch (error) {
        if (!(error instanceof AppError)) throw error;
        const { message, fields } = translate(error, locale);
        report.failed.push({
          row: number,
          reasons: fields.length ? fields.map((f) => f.message) : [message],
        });
      }
    }
    return report;
  }
}
