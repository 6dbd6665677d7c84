import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import ExcelJS from 'exceljs';
import { makeCreditCode } from '@gridbridge/shared';
import { AdminBrowser, column, exportAndDownload } from './exports-client.js';
import { startTestServer, type GqlClient, type TestServer } from './harness.js';

let server: TestServer;
let office: GqlClient;
beforeAll(async () => {
  server = await startTestServer();
  office = await server.signedIn('admin', 'OFFICE_STAFF');
});
afterAll(() => server.close());

async function workbookFrom(base64: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(base64, 'base64') as unknown as ArrayBuffer);
  return workbook;
}

describe('enterprise import and export (.xlsx)', () => {
  it('imports the valid rows and reports every invalid row with its number and reason', async () => {
    const template = await workbookFrom(
      (await office.ok('{ enterpriseImportTemplate }')).enterpriseImportTemplate,
    );
    const sheet = template.worksheets[0];
    expect(sheet.getRow(1).getCell(2).value).toBe('统一社会信用代码');
    sheet.spliceRows(2, 1);
    const good = (n: number) => makeCreditCode(`91410108MAXL${String(n).padStart(5, '0')}`);
    const rows = [
      [
        '导入一号有限公司',
        good(1),
        '甲',
        '制造业',
        '小型',
        '在营',
        '惠济区一路1号',
        'HJ010101',
        '张一',
        '13911110001',
      ],
      [
        '导入二号有限公司',
        good(2).slice(0, 17) + (good(2).endsWith('1') ? '2' : '1'),
        '乙',
        'C',
        '微型',
        '',
        '惠济区二路2号',
        'HJ010101',
        '张二',
        '13911110002',
      ],
      ['导入三号有限公司', good(3), '丙', 'F', '小型', '', '惠济区三路3号', 'NO-SUCH', '张三', '13911110003'],
      [
        '导入四号有限公司',
        good(1),
        '丁',
        'F',
        '小型',
        '',
        '惠济区四路4号',
        'HJ010101',
        '张四',
        '13911110004',
      ],
      [
        '导入五号个体户',
        good(5),
        '戊',
        'H',
        '个体工商户',
        '',
        '惠济区五路5号',
        'HJ010102',
        '张五',
        '13911110005',
      ],
    ];
    rows.forEach((row) => sheet.addRow(row));
    const file = Buffer.from(await template.xlsx.writeBuffer()).toString('base64');
    const report = (
      await office.ok(
        'mutation ($file: String!) { importEnterprises(file: $file) { imported failed { row reasons } } }',
        { file },
      )
    ).importEnterprises;
    expect(report.imported).toBe(2);
    expect(report.failed).toEqual([
      { row: 3, reasons: [expect.stringContaining('统一社会信用代码')] },
      { row: 4, reasons: ['所属网格编码不存在'] },
      { row: 5, reasons: ['统一社会信用代码已被使用'] },
    ]);
    const names = (
      await server.db.query("SELECT name FROM enterprise WHERE name LIKE '导入%' ORDER BY name")
    ).map((r: { name: string }) => r.name);
    expect(names).toEqual(['导入一号有限公司', '导入五号个体户']);
  });

  it('refuses a file that is not a workbook, naming the field', async () => {
    const response = await office.request(
      'mutation { importEnterprises(file: "bm90IGFuIHhsc3g=") { imported } }',
    );
    expect(response.errors?.[0].extensions).toMatchObject({
      code: 'VALIDATION',
      fields: [{ field: 'file' }],
    });
  });

  it('exports the filtered list in the background, in the columns of the import template', async () => {
    const browser = await AdminBrowser.signedIn(server, 'OFFICE_STAFF');
    const { file, sheet } = await exportAndDownload(browser, 'requestEnterpriseExport', { keyword: '宏达' });
    const names = column(sheet, 1);
    const [{ count }] = await server.db.query(
      "SELECT count(*)::int AS count FROM enterprise WHERE name LIKE '%宏达%'",
    );
    expect(names).toHaveLength(count);
    expect(file.rows).toBe(count);
    expect(names).toContain('郑州惠济宏达食品有限公司');
    expect(sheet.getRow(1).getCell(2).value).toBe('统一社会信用代码');
  });
});
