import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { AppError } from '../src/common/app-error.js';
import { auditWorkbook } from '../src/modules/exports/export-workbooks.js';
import { AdminBrowser, EXPORT_FIELDS, column, exportAndDownload } from './exports-client.js';
import { errorCode, startTestServer, type TestServer } from './harness.js';

const REQUEST = `mutation ($filter: AuditLogFilter) { requestAuditExport(filter: $filter) { ${EXPORT_FIELDS} } }`;

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const count = async (where: string, params: unknown[] = []): Promise<number> =>
  (await server.db.query(`SELECT count(*)::int AS n FROM audit_log WHERE ${where}`, params))[0].n;

describe('the auditor’s export of the audit log', () => {
  it('writes the filtered log with Beijing times, readable actions and the chain check, audited', async () => {
    // Sign-ins an hour apart, so that the period filter has something to leave out.
    await AdminBrowser.signedIn(server, 'OFFICE_STAFF');
    server.clock.advance(3_600_000);
    const from = server.clock.now();
    await AdminBrowser.signedIn(server, 'DEPT_STAFF');
    server.clock.advance(60_000);
    const auditor = await AdminBrowser.signedIn(server, 'AUDITOR');
    const filter = { action: 'LOGIN', from: from.toISOString() };
    const expected = await count(`action = 'LOGIN' AND occurred_at >= $1`, [from]);
    expect(expected).toBe(2);
    expect(await count(`action = 'LOGIN'`)).toBeGreaterThan(expected);

    const { file, sheet, workbook, response } = await exportAndDownload(
      auditor,
      'requestAuditExport',
      filter,
    );
    expect(file).toMatchObject({ kind: 'AUDIT', rows: expected, fileName: '审计日志-2026-06-15.xlsx' });
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(sheet.name).toBe('审计日志');
    expect(sheet.getRow(1).getCell(2).value).toBe('时间（北京时间）');
    expect(column(sheet, 4)).toEqual(['登录', '登录']);
    expect(column(sheet, 5)).toEqual(['LOGIN', 'LOGIN']);
    // Newest first: the auditor's own sign-in, then the department's.
    expect(column(sheet, 3)).toEqual(['auditor', 'dept']);
    const [newest] = await server.db.query(
      `SELECT occurred_at FROM audit_log WHERE action = 'LOGIN' ORDER BY id DESC LIMIT 1`,
    );
    // 2026-06-15T03:01Z (TEST_EPOCH + 61 min) is 11:01 in Beijing.
    expect(newest.occurred_at.toISOString()).toBe('2026-06-15T03:01:00.000Z');
    expect(column(sheet, 2)[0]).toBe('2026-06-15 11:01:00');

    const chain = workbook.getWorksheet('链校验')!;
    expect(chain.getRow(1).values).toEqual([undefined, '校验结果', '完整，未发现篡改']);
    expect(chain.getRow(2).getCell(2).value).toBe('2026-06-15 11:01:00');

    // The request and the download are on the record.
    const [requested] = await server.db.query(
      `SELECT actor_name, details FROM audit_log WHERE action = 'export.request' AND target_id = $1`,
      [file.id],
    );
    expect(requested.actor_name).toBe('auditor');
    expect(JSON.parse(requested.details)).toMatchObject({ kind: 'AUDIT', filter: { action: 'LOGIN' } });
    expect(await count(`action = 'export.download' AND target_id = $1`, [file.id])).toBe(1);
  });

  it('speaks the request’s language', async () => {
    const auditor = await AdminBrowser.signedIn(server, 'AUDITOR', 'en');
    const { file, sheet, workbook } = await exportAndDownload(auditor, 'requestAuditExport', {
      action: 'LOGIN',
    });
    expect(file.fileName).toBe('audit-log-2026-06-15.xlsx');
    expect(sheet.name).toBe('Audit log');
    expect(new Set(column(sheet, 4))).toEqual(new Set(['Signed in']));
    expect(workbook.getWorksheet('Chain check')!.getRow(1).getCell(2).value).toBe(
      'Intact, no tampering found',
    );
  });

  it('refuses a period that ends before it starts, naming the field', async () => {
    const auditor = await AdminBrowser.signedIn(server, 'AUDITOR');
    const response = await auditor.request(REQUEST, {
      filter: { from: '2026-06-15T00:00:00Z', to: '2026-06-14T00:00:00Z' },
    });
    expect(errorCode(response)).toBe('VALIDATION');
    expect(response.errors![0].extensions!.fields![0].field).toBe('to');
  });

  it('fails a selection larger than the cap', async () => {
    const error = await server.db
      .transaction((manager) =>
        auditWorkbook(manager, {}, 'zh-CN', { intact: true, checked: 0, firstBrokenId: null }, new Date(), 3),
      )
      .catch((e: AppError) => e);
    expect(error).toMatchObject({ code: 'EXPORT_TOO_LARGE', params: { max: 3 } });
  });

  it('reports a broken chain on its own sheet', async () => {
    const auditor = await AdminBrowser.signedIn(server, 'AUDITOR');
    await auditor.ok('{ verifyAuditChain { intact } }');
    const [victim] = await server.db.query(
      `SELECT id FROM audit_log WHERE action = 'LOGIN' ORDER BY id LIMIT 1`,
    );
    // As a superuser editing history would: the append-only trigger switched off.
    await server.db.transaction(async (manager) => {
      await manager.query('ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_update');
      await manager.query(`UPDATE audit_log SET actor_name = 'someone-else' WHERE id = $1`, [victim.id]);
      await manager.query('ALTER TABLE audit_log ENABLE TRIGGER audit_log_no_update');
    });
    const { workbook } = await exportAndDownload(auditor, 'requestAuditExport', { action: 'LOGIN' });
    const chain = workbook.getWorksheet('链校验')!;
    expect(chain.getRow(1).getCell(2).value).toBe('链条断裂，存在篡改或删除');
    expect(chain.getRow(4).getCell(2).value).toBe(String(victim.id));
  });
});

describe('who may export the audit log', () => {
  it.each(['OFFICE_STAFF', 'SYS_ADMIN', 'INSPECTOR'] as const)('refuses %s', async (role) => {
    const browser = await AdminBrowser.signedIn(server, role);
    expect(errorCode(await browser.request(REQUEST, { filter: {} }))).toBe('FORBIDDEN');
  });
});
