import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { QueryRunner } from 'typeorm';
import { ERROR_MESSAGES } from '@gridbridge/shared';
import { JobRunner } from '../src/common/job-runner.service.js';
import { AdminBrowser, EXPORT_FIELDS, column, exportAndDownload, finished } from './exports-client.js';
import { errorCode, startTestServer, type TestServer } from './harness.js';

// What `ok` returns: results read deep, typed loosely on purpose.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Data = Record<string, any>;

const HOUR = 3_600_000;
const REQUEST_CASES = `mutation ($filter: CaseFilter) { requestCaseExport(filter: $filter) { ${EXPORT_FIELDS} } }`;
const REQUEST_ENTERPRISES = `mutation ($filter: EnterpriseFilter) {
  requestEnterpriseExport(filter: $filter) { ${EXPORT_FIELDS} } }`;
const LIST = `query ($page: CasePageArgs) { cases(page: $page) { items { trackingNo } nextCursor } }`;

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

/**
 * Runs `work` while the test holds an exclusive lock on case_file: a case export can be
 * requested (that touches export_file alone) but its job cannot read a case, so the export
 * stays QUEUED or RUNNING for as long as the test needs.
 */
async function whileCasesLocked<T>(work: () => Promise<T>): Promise<T> {
  const runner: QueryRunner = server.db.createQueryRunner();
  await runner.connect();
  await runner.startTransaction();
  try {
    await runner.query('LOCK TABLE case_file IN ACCESS EXCLUSIVE MODE');
    return await work();
  } finally {
    await runner.rollbackTransaction();
    await runner.release();
  }
}

const userId = async (username: string): Promise<string> =>
  (await server.db.query('SELECT id FROM app_user WHERE username = $1', [username]))[0].id;

const exportsOf = async (username: string): Promise<{ id: string; status: string }[]> =>
  server.db.query(
    `SELECT x.id, x.status FROM export_file x JOIN app_user u ON u.id = x.owner_id
      WHERE u.username = $1 ORDER BY x.created_at`,
    [username],
  );

const jobsFor = async (exportIds: string[]): Promise<number> =>
  (
    await server.db.query(
      `SELECT count(*)::int AS n FROM pgboss.job WHERE name = 'export-file' AND data->>'exportId' = ANY($1)`,
      [exportIds],
    )
  )[0].n;

/** Every tracking number the case list shows for `filter`, page by page. */
async function listed(browser: AdminBrowser, filter: Data): Promise<string[]> {
  const numbers: string[] = [];
  let after: string | null = null;
  do {
    const page: Data = (await browser.ok(LIST, { page: { first: 100, after, filter } })).cases;
    numbers.push(...page.items.map((c: Data) => c.trackingNo));
    after = page.nextCursor;
  } while (after);
  return numbers;
}

/** A copy of the demo `office` account (same password) under another name and roles. */
async function account(username: string, roles: string[]): Promise<void> {
  await server.db.query(
    `INSERT INTO app_user (username, display_name, password_hash, roles)
     SELECT $1, $1, password_hash, $2 FROM app_user WHERE username = 'office'`,
    [username, roles],
  );
}

describe('exports in the background', () => {
  it('writes the case list with the list’s own scoped query, and its owner downloads it', async () => {
    const office = await AdminBrowser.signedIn(server, 'OFFICE_STAFF');
    const filter = { channel: 'PHONE' };
    const requested: Data = (await office.ok(REQUEST_CASES, { filter })).requestCaseExport;
    expect(requested).toMatchObject({ kind: 'CASES', status: 'QUEUED', downloadUrl: null, rows: null });
    expect(await jobsFor([requested.id])).toBe(1);

    const done = await finished(office, requested.id);
    expect(done).toMatchObject({
      status: 'READY',
      error: null,
      downloadUrl: `/graphql/admin/exports/${requested.id}`,
    });
    const response = await office.get(done.downloadUrl);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('cache-control')).toBe('private, no-store');
    // 诉求-2026-06-15.xlsx: the request's language and its day in Shanghai by the server's clock.
    expect(response.headers.get('content-disposition')).toBe(
      `attachment; filename="__-2026-06-15.xlsx"; filename*=UTF-8''%E8%AF%89%E6%B1%82-2026-06-15.xlsx`,
    );
    expect(done.fileName).toBe('诉求-2026-06-15.xlsx');

    const { sheet } = await exportAndDownload(office, 'requestCaseExport', filter);
    const numbers = column(sheet, 1);
    const expected = await listed(office, filter);
    expect(expected.length).toBeGreaterThan(0);
    expect(numbers).toEqual(expected);
    expect(sheet.getRow(1).getCell(1).value).toBe('诉求编号');
    expect(new Set(column(sheet, 5))).toEqual(new Set(['电话']));

    const audit: { action: string; target_id: string }[] = await server.db.query(
      `SELECT action, target_id FROM audit_log WHERE target_type = 'export_file' AND target_id = $1 ORDER BY id`,
      [requested.id],
    );
    expect(audit.map((entry) => entry.action)).toEqual(['export.request', 'export.download']);
  });

  it('writes the workbook and its file name in the language of the request', async () => {
    const admin = await AdminBrowser.signedIn(server, 'SYS_ADMIN', 'en');
    const { file, response, sheet } = await exportAndDownload(admin, 'requestEnterpriseExport', {
      keyword: '宏达',
    });
    expect(file.fileName).toBe('enterprises-2026-06-15.xlsx');
    expect(response.headers.get('content-disposition')).toBe(
      `attachment; filename="enterprises-2026-06-15.xlsx"; filename*=UTF-8''enterprises-2026-06-15.xlsx`,
    );
    // The directory keeps the import template's columns, so an export can be imported again.
    expect(sheet.getRow(1).getCell(1).value).toBe('企业名称');
    expect(column(sheet, 1)).toContain('郑州惠济宏达食品有限公司');

    const lead = await AdminBrowser.signedIn(server, 'OFFICE_LEADER', 'en');
    const cases = await exportAndDownload(lead, 'requestCaseExport', { kind: 'COMPLAINT' });
    expect(cases.file.fileName).toBe('cases-2026-06-15.xlsx');
    expect(cases.sheet.getRow(1).getCell(1).value).toBe('Tracking no.');
    expect(new Set(column(cases.sheet, 3))).toEqual(new Set(['Complaint']));
  });

  it('runs one export per user at a time: a second request meets a translated EXPORT_RUNNING', async () => {
    await account('exporter-a', ['OFFICE_STAFF']);
    const zh = await AdminBrowser.signedIn(server, { username: 'exporter-a' });
    const en = await AdminBrowser.signedIn(server, { username: 'exporter-a' }, 'en');
    const first: Data = await whileCasesLocked(async () => {
      const requested = (await zh.ok(REQUEST_CASES, { filter: {} })).requestCaseExport;
      const again = await zh.request(REQUEST_CASES, { filter: { kind: 'COMPLAINT' } });
      expect(errorCode(again)).toBe('EXPORT_RUNNING');
      expect(again.errors?.[0].message).toBe(ERROR_MESSAGES.EXPORT_RUNNING['zh-CN']);
      // Whatever it exports.
      const other = await en.request(REQUEST_ENTERPRISES, { filter: null });
      expect(errorCode(other)).toBe('EXPORT_RUNNING');
      expect(other.errors?.[0].message).toBe(ERROR_MESSAGES.EXPORT_RUNNING.en);
      expect((await zh.ok(`{ myExports { id status } }`)).myExports).toEqual([
        { id: requested.id, status: expect.stringMatching(/^(QUEUED|RUNNING)$/) },
      ]);
      return requested;
    });
    expect((await finished(zh, first.id)).status).toBe('READY');
    // Once it is done, the next one may start.
    const next: Data = (await zh.ok(REQUEST_ENTERPRISES, { filter: null })).requestEnterpriseExport;
    expect((await finished(zh, next.id)).status).toBe('READY');
    expect((await exportsOf('exporter-a')).map((row) => row.id)).toEqual([first.id, next.id]);
  });

  it('creates one export for 15 aliases of requestCaseExport in one request', async () => {
    await account('exporter-b', ['OFFICE_STAFF']);
    const browser = await AdminBrowser.signedIn(server, { username: 'exporter-b' });
    const aliases = Array.from({ length: 15 }, (_, i) => `a${i}: requestCaseExport(filter: {}) { id }`);
    const response = await whileCasesLocked(() => browser.request(`mutation { ${aliases.join(' ')} }`));
    // Mutations run one after another; the first error nulls the (non-null) result and ends the run.
    const codes = response.errors?.map((error) => error.extensions?.code) ?? [];
    expect(codes.length).toBeGreaterThan(0);
    expect(new Set(codes)).toEqual(new Set(['EXPORT_RUNNING']));
    const created = await exportsOf('exporter-b');
    expect(created).toHaveLength(1);
    expect(await jobsFor(created.map((row) => row.id))).toBe(1);
    expect((await finished(browser, created[0].id)).status).toBe('READY');
  });

  it('lets one of ten concurrent requests win, in PostgreSQL', async () => {
    await account('exporter-e', ['OFFICE_STAFF']);
    // Signed in one after another (concurrent sign-ins of one account meet the picture code).
    const browsers: AdminBrowser[] = [];
    for (let i = 0; i < 10; i++)
      browsers.push(await AdminBrowser.signedIn(server, { username: 'exporter-e' }));
    const responses = await whileCasesLocked(() =>
      Promise.all(browsers.map((browser) => browser.request(REQUEST_CASES, { filter: {} }))),
    );
    const outcomes = responses.map((response) => errorCode(response) ?? 'OK').sort();
    expect(outcomes).toEqual(['EXPORT_RUNNING', ...Array(8).fill('EXPORT_RUNNING'), 'OK'].sort());
    const created = await exportsOf('exporter-e');
    expect(created).toHaveLength(1);
    expect(await jobsFor(created.map((row) => row.id))).toBe(1);
    expect((await finished(browsers[0], created[0].id)).status).toBe('READY');
  });

  it('serves a file to its owner alone: 404 for everyone else, 401 without a session', async () => {
    const owner = await AdminBrowser.signedIn(server, 'OFFICE_STAFF');
    const { file } = await exportAndDownload(owner, 'requestEnterpriseExport', { keyword: '宏达' });
    for (const role of ['OFFICE_LEADER', 'SYS_ADMIN', 'AUDITOR'] as const) {
      const other = await AdminBrowser.signedIn(server, role);
      const response = await other.get(file.downloadUrl);
      expect(`${role}: ${response.status}`).toBe(`${role}: 404`);
      expect(((await response.json()) as Data).errors[0].extensions.code).toBe('NOT_FOUND');
    }
    const anonymous = new AdminBrowser(server);
    expect((await anonymous.get(file.downloadUrl)).status).toBe(401);
    expect((await owner.get('/graphql/admin/exports/not-a-uuid')).status).toBe(404);
    expect((await owner.get('/graphql/admin/exports/00000000-0000-4000-8000-000000000000')).status).toBe(404);
    expect((await owner.get(file.downloadUrl)).status).toBe(200);
  });

  it('fails an export whose owner may no longer export when the job runs, and says why', async () => {
    await account('exporter-c', ['OFFICE_STAFF']);
    const browser = await AdminBrowser.signedIn(server, { username: 'exporter-c' });
    const requested: Data = await whileCasesLocked(async () => {
      const row = (await browser.ok(REQUEST_CASES, { filter: {} })).requestCaseExport;
      // Still allowed to list exports, no longer to export cases.
      await server.db.query(`UPDATE app_user SET roles = ARRAY['SYS_ADMIN'] WHERE username = 'exporter-c'`);
      return row;
    });
    const done = await finished(browser, requested.id);
    expect(done).toMatchObject({
      status: 'FAILED',
      downloadUrl: null,
      error: ERROR_MESSAGES.FORBIDDEN['zh-CN'],
    });
    expect((await browser.get(`/graphql/admin/exports/${requested.id}`)).status).toBe(404);
  });

  it('leaves neither an export nor a job behind when the request rolls back', async () => {
    await account('exporter-d', ['OFFICE_STAFF']);
    const browser = await AdminBrowser.signedIn(server, { username: 'exporter-d' });
    const [{ n: jobsBefore }] = await server.db.query(
      `SELECT count(*)::int AS n FROM pgboss.job WHERE name = 'export-file'`,
    );
    // Fails at COMMIT, after the row, the job and the audit entry were written.
    await server.db.query(`CREATE FUNCTION test_refuse_export() RETURNS trigger LANGUAGE plpgsql AS
      $$ BEGIN RAISE EXCEPTION 'refused by the test'; END $$`);
    await server.db.query(`CREATE CONSTRAINT TRIGGER test_refuse_export AFTER INSERT ON export_file
      DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION test_refuse_export()`);
    try {
      const response = await browser.request(REQUEST_CASES, { filter: {} });
      expect(errorCode(response)).toBe('INTERNAL');
    } finally {
      await server.db.query('DROP TRIGGER test_refuse_export ON export_file');
      await server.db.query('DROP FUNCTION test_refuse_export()');
    }
    expect(await exportsOf('exporter-d')).toEqual([]);
    const [{ n: jobsAfter }] = await server.db.query(
      `SELECT count(*)::int AS n FROM pgboss.job WHERE name = 'export-file'`,
    );
    expect(jobsAfter).toBe(jobsBefore);
    // And the same request without the failure commits both.
    const requested: Data = (await browser.ok(REQUEST_CASES, { filter: {} })).requestCaseExport;
    expect(await jobsFor([requested.id])).toBe(1);
    expect((await finished(browser, requested.id)).status).toBe('READY');
  });

  it('expires files after 24 hours and the scheduled purge deletes them; stuck exports fail', async () => {
    const owner = await AdminBrowser.signedIn(server, 'OFFICE_STAFF');
    const { file } = await exportAndDownload(owner, 'requestEnterpriseExport', { keyword: '宏达' });
    // Sessions end as the clock moves on: the owner signs in again each time.
    server.clock.advance(23 * HOUR);
    const later = await AdminBrowser.signedIn(server, 'OFFICE_STAFF');
    expect((await later.get(file.downloadUrl)).status).toBe(200);
    server.clock.advance(HOUR);
    const dayAfter = await AdminBrowser.signedIn(server, 'OFFICE_STAFF');
    expect((await dayAfter.get(file.downloadUrl)).status).toBe(404);
    expect((await dayAfter.ok(`{ myExports { id } }`)).myExports.map((e: Data) => e.id)).not.toContain(
      file.id,
    );

    // An export whose every attempt died with its instance, three hours ago.
    const stuckOwner = await userId('officelead');
    const [{ id: stuck }] = await server.db.query(
      `INSERT INTO export_file (owner_id, kind, filter, locale, status, file_name, created_at, expires_at)
       VALUES ($1, 'CASES', '{}', 'zh-CN', 'RUNNING', 'x.xlsx', $2, $3) RETURNING id`,
      [
        stuckOwner,
        new Date(server.clock.now().getTime() - 3 * HOUR),
        new Date(server.clock.now().getTime() + HOUR),
      ],
    );
    const due = await server.app.get(JobRunner).enqueueDue();
    expect(due.map((run) => run.name)).toContain('purge-exports');
    for (let i = 0; i < 150; i += 1) {
      const [{ n }] = await server.db.query('SELECT count(*)::int AS n FROM export_file WHERE id = $1', [
        file.id,
      ]);
      if (n === 0) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(await server.db.query('SELECT id FROM export_file WHERE id = $1', [file.id])).toEqual([]);
    expect(
      await server.db.query('SELECT status, error_code FROM export_file WHERE id = $1', [stuck]),
    ).toEqual([{ status: 'FAILED', error_code: 'EXPORT_FAILED' }]);
    const lead = await AdminBrowser.signedIn(server, 'OFFICE_LEADER');
    expect((await lead.ok(`{ myExports { id error } }`)).myExports).toContainEqual({
      id: stuck,
      error: ERROR_MESSAGES.EXPORT_FAILED['zh-CN'],
    });
  });
});
