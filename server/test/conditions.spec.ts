import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import ExcelJS from 'exceljs';
import sharp from 'sharp';
import { makeCreditCode } from '@gridbridge/shared';
import { JobRunner } from '../src/common/job-runner.service.js';
import { AttachmentsService } from '../src/modules/cases/attachments.service.js';
import { ConditionReminders } from '../src/modules/conditions/condition-reminders.service.js';
import { naiveDashboardQueries } from '../src/modules/conditions/condition-dashboard.service.js';
import { GRID_INSERT, ENTERPRISE_INSERT } from '../src/modules/directory/index.js';
import { DEMO_ENTERPRISE } from '../src/modules/demo/demo-data.js';
import { AdminBrowser, finished } from './exports-client.js';
import { errorCode, startTestServer, type GqlClient, type GqlResponse, type TestServer } from './harness.js';

/*
 * Condition reports and visits (docs/conditions.md) through the real portal and admin APIs, on
 * the controlled clock (2026-06-15 10:00 Shanghai unless a test moves it).
 */
let server: TestServer;
let enterprise: GqlClient;
let gridHead: GqlClient;

let demoEnterpriseId: string;
let gridHeadGrid: string;

const REPORT = `id enterpriseId month operatingStatus employees outputValue revenue capacityUse orderTrend difficulties
  submittedByName visitId revisions version cases { id trackingNo }`;
const SUBMIT = `mutation ($input: ConditionReportInput!) { submitConditionReport(input: $input) { ${REPORT} } }`;
const FORM = `query ($enterpriseId: ID, $month: String) { conditionReportForm(enterpriseId: $enterpriseId, month: $month) {
  enterpriseId month dueDate report { ${REPORT} } previous { ${REPORT} } } }`;
const REVISIONS = `query ($reportId: ID!) { conditionReportRevisions(reportId: $reportId) { revision operatingStatus employees outputValue } }`;
const RAISE = `mutation ($reportId: ID!, $input: ConditionDifficultyInput!) {
  raiseConditionDifficulty(reportId: $reportId, input: $input) { id trackingNo kind title content } }`;
const VISIT = `mutation ($input: ConditionVisitInput!) { recordConditionVisit(input: $input) {
  id enterpriseId visitedOn findings visitorName reportId photos { id fileName thumbnail } } }`;
const GRID_LIST = `query ($filter: ConditionEnterpriseFilter!, $first: Int) { gridConditionEnterprises(filter: $filter, first: $first) {
  items { id name status reported visitedOn } nextCursor } }`;
const DASHBOARD = `query ($month: String!, $gridId: ID) { conditionDashboard(month: $month, gridId: $gridId) {
  month dueDate pastDue enterprises reported missing worsened employees outputValue revenue
  byGrid { key label status count } byIndustry { key status count } trend { month reports employees outputValue revenue }
  coverage { gridId enterprises visited visits reported } } }`;
const MISSING_PAGE = `query ($filter: ConditionEnterpriseFilter!, $after: String) {
  conditionEnterprises(filter: $filter, first: 40, after: $after) { items { id } nextCursor } }`;
const DRILL = `query ($filter: ConditionEnterpriseFilter!) { conditionEnterprises(filter: $filter, first: 100) {
  items { name status previousStatus reported visitedOn } } }`;

const report = (overrides: Record<string, unknown> = {}) => ({
  month: '2026-06',
  operatingStatus: 'NORMAL',
  employees: 120,
  outputValue: 850.5,
  revenue: 790.25,
  capacityUse: 82,
  orderTrend: 'FLAT',
  difficulties: '',
  ...overrides,
});

function expectValidation(response: GqlResponse, field: string, message: RegExp) {
  expect(errorCode(response)).toBe('VALIDATION');
  expect(response.errors?.[0].extensions?.fields).toEqual([
    { field, message: expect.stringMatching(message) },
  ]);
}

/** A client signed in at `instant` (moving the clock ends idle sessions of the others). */
async function signedInAt(instant: string, api: 'portal' | 'admin', role: 'ENTERPRISE' | 'OFFICE_STAFF') {
  server.clock.set(instant);
  return server.signedIn(api, role);
}

beforeAll(async () => {
  server = await startTestServer();
  [enterprise, gridHead] = await Promise.all([
    server.signedIn('portal', 'ENTERPRISE'),
    server.signedIn('portal', 'GRID_HEAD'),
  ]);
  [{ id: demoEnterpriseId }] = await server.db.query('SELECT id FROM enterprise WHERE credit_code = $1', [
    DEMO_ENTERPRISE.creditCode,
  ]);
  [{ grid_id: gridHeadGrid }] = await server.db.query(
    `SELECT grid_id FROM app_user WHERE username = 'gridhead'`,
  );
  // The tests lay out their own months: no demo report of the demo enterprise gets in the way.
  await server.db.query('DELETE FROM condition_report WHERE enterprise_id = $1', [demoEnterpriseId]);
});
afterAll(() => server.close());

describe('an enterprise reports its condition', () => {
  it('refuses figures out of range, with the field named', async () => {
    expectValidation(
      await enterprise.request(SUBMIT, { input: report({ employees: -1 }) }),
      'employees',
      /^从业人数须在 0 至 1000000 之间$/,
    );
    expectValidation(
      await enterprise.request(SUBMIT, { input: report({ outputValue: 12.345 }) }),
      'outputValue',
      /^当月产值（万元）最多保留 2 位小数$/,
    );
    expectValidation(
      await enterprise.request(SUBMIT, { input: report({ revenue: -0.01 }) }),
      'revenue',
      /^当月营收（万元）须在 0 至 10000000 之间$/,
    );
    expectValidation(
      await enterprise.request(SUBMIT, { input: report({ capacityUse: 101 }) }),
      'capacityUse',
      /^产能利用率须在 0 至 100 之间$/,
    );
    expectValidation(
      await enterprise.request(SUBMIT, { input: report({ month: '2026-13' }) }),
      'month',
      /^月份格式不正确$/,
    );
    expectValidation(
      await enterprise.request(SUBMIT, { input: report({ month: '2026-07' }) }),
      'month',
      /^月份不能晚于本月$/,
    );
    expectValidation(
      await enterprise.request(SUBMIT, { input: report({ difficulties: '难'.repeat(2001) }) }),
      'difficulties',
      /^主要困难.*2000/,
    );
    const [{ count }] = await server.db.query(
      'SELECT count(*)::int AS count FROM condition_report WHERE enterprise_id = $1',
      [demoEnterpriseId],
    );
    expect(count).toBe(0);
  });

  it('keeps one report per month: a second submission updates it, and every revision is kept', async () => {
    const { submitConditionReport: first } = await enterprise.ok(SUBMIT, { input: report() });
    expect(first).toMatchObject({
      enterpriseId: demoEnterpriseId,
      month: '2026-06',
      operatingStatus: 'NORMAL',
      employees: 120,
      outputValue: 850.5,
      revenue: 790.25,
      submittedByName: '王经理',
      revisions: 1,
      version: 1,
    });
    // Sent again as if there were none: someone else's report of the month is not overwritten.
    expect(errorCode(await enterprise.request(SUBMIT, { input: report({ employees: 99 }) }))).toBe(
      'CONFLICT',
    );
    const { submitConditionReport: second } = await enterprise.ok(SUBMIT, {
      input: report({ operatingStatus: 'PARTIAL', employees: 95, version: 1 }),
    });
    expect(second).toMatchObject({
      id: first.id,
      operatingStatus: 'PARTIAL',
      employees: 95,
      revisions: 2,
      version: 2,
    });
    // A stale version loses.
    expect(errorCode(await enterprise.request(SUBMIT, { input: report({ version: 1 }) }))).toBe('CONFLICT');
    const { conditionReportRevisions } = await enterprise.ok(REVISIONS, { reportId: first.id });
    expect(conditionReportRevisions).toEqual([
      { revision: 1, operatingStatus: 'NORMAL', employees: 120, outputValue: 850.5 },
      { revision: 2, operatingStatus: 'PARTIAL', employees: 95, outputValue: 850.5 },
    ]);
    const rows = await server.db.query(
      'SELECT id FROM condition_report WHERE enterprise_id = $1 AND month = $2',
      [demoEnterpriseId, '2026-06'],
    );
    expect(rows).toHaveLength(1);
  });

  it("starts the form from the last month's values", async () => {
    const july = await signedInAt('2026-07-02T02:00:00.000Z', 'portal', 'ENTERPRISE');
    try {
      const { conditionReportForm } = await july.ok(FORM, {});
      expect(conditionReportForm).toMatchObject({
        enterpriseId: demoEnterpriseId,
        month: '2026-07',
        dueDate: '2026-07-25',
        report: null,
        previous: { month: '2026-06', operatingStatus: 'PARTIAL', employees: 95 },
      });
    } finally {
      server.clock.set('2026-06-15T02:00:00.000Z');
    }
  });

  it('turns a difficulty into a case in one step, linked to the report; a retry makes no second case', async () => {
    const { conditionReportForm } = await enterprise.ok(FORM, { month: '2026-06' });
    const { submitConditionReport: saved } = await enterprise.ok(SUBMIT, {
      input: report({
        operatingStatus: 'PARTIAL',
        difficulties: '原材料价格上涨，流动资金紧张',
        version: conditionReportForm.report.version,
      }),
    });
    const input = {
      category: 'FINANCING',
      title: '流动资金紧张',
      contactConsent: true,
      clientKey: 'difficulty-0001',
    };
    const { raiseConditionDifficulty: created } = await enterprise.ok(RAISE, { reportId: saved.id, input });
    expect(created).toMatchObject({
      kind: 'DIFFICULTY',
      title: '流动资金紧张',
      content: '原材料价格上涨，流动资金紧张',
    });
    expect(created.trackingNo).toMatch(/^\S+$/);
    const { raiseConditionDifficulty: again } = await enterprise.ok(RAISE, { reportId: saved.id, input });
    expect(again.id).toBe(created.id);
    const { conditionReportForm: after } = await enterprise.ok(FORM, { month: '2026-06' });
    expect(after.report.cases).toEqual([{ id: created.id, trackingNo: created.trackingNo }]);
    const [{ state, channel }] = await server.db.query('SELECT state, channel FROM case_file WHERE id = $1', [
      created.id,
    ]);
    expect({ state, channel }).toEqual({ state: 'SUBMITTED', channel: 'PORTAL' });
  });
});

describe('data scope', () => {
  let inGrid: string;
  let outside: string;
  let outsideReport: string;
  beforeAll(async () => {
    [{ id: inGrid }] = await server.db.query(
      `SELECT id FROM enterprise WHERE grid_path @> ARRAY[$1::uuid] AND status = 'ACTIVE' AND id <> $2 ORDER BY name LIMIT 1`,
      [gridHeadGrid, demoEnterpriseId],
    );
    [{ id: outside }] = await server.db.query(
      `SELECT id FROM enterprise WHERE NOT grid_path @> ARRAY[$1::uuid] AND status = 'ACTIVE' AND id <> $2 ORDER BY name LIMIT 1`,
      [gridHeadGrid, demoEnterpriseId],
    );
    await server.db.query('DELETE FROM condition_report WHERE enterprise_id = ANY($1::uuid[])', [
      [inGrid, outside],
    ]);
    [{ id: outsideReport }] = await server.db.query(
      `INSERT INTO condition_report (enterprise_id, month, operating_status, employees, output_value, revenue, capacity_use,
         order_trend, submitted_by, submitted_at) SELECT $1, '2026-05', 'NORMAL', 5, 1, 1, 50, 'FLAT', id, now()
         FROM app_user WHERE username = 'office' RETURNING id`,
      [outside],
    );
  });

  it('lets a grid head list, read and write only the enterprises of their grid', async () => {
    const { gridConditionEnterprises } = await gridHead.ok(GRID_LIST, {
      filter: { month: '2026-06' },
      first: 100,
    });
    const [{ count }] = await server.db.query(
      `SELECT count(*)::int AS count FROM enterprise WHERE grid_path @> ARRAY[$1::uuid] AND status = 'ACTIVE'`,
      [gridHeadGrid],
    );
    expect(gridConditionEnterprises.items).toHaveLength(Math.min(count, 100));
    const ids = gridConditionEnterprises.items.map((e: { id: string }) => e.id);
    expect(ids).toContain(inGrid);
    expect(ids).not.toContain(outside);

    const { submitConditionReport } = await gridHead.ok(SUBMIT, { input: report({ enterpriseId: inGrid }) });
    expect(submitConditionReport).toMatchObject({ enterpriseId: inGrid, submittedByName: '李网格' });
    expect(errorCode(await gridHead.request(SUBMIT, { input: report({ enterpriseId: outside }) }))).toBe(
      'NOT_FOUND',
    );
    expect(errorCode(await gridHead.request(FORM, { enterpriseId: outside }))).toBe('NOT_FOUND');
    expect(errorCode(await gridHead.request(REVISIONS, { reportId: outsideReport }))).toBe('NOT_FOUND');
    const visit = {
      enterpriseId: outside,
      visitedOn: '2026-06-15',
      findings: '走访',
      photoIds: [],
      clientKey: 'scope-visit-01',
    };
    expect(errorCode(await gridHead.request(VISIT, { input: visit }))).toBe('NOT_FOUND');
    const [{ count: written }] = await server.db.query(
      'SELECT count(*)::int AS count FROM condition_report WHERE enterprise_id = $1',
      [outside],
    );
    expect(written).toBe(1);
  });

  it('lets an enterprise account read and write only its own enterprise', async () => {
    expect(errorCode(await enterprise.request(SUBMIT, { input: report({ enterpriseId: outside }) }))).toBe(
      'NOT_FOUND',
    );
    expect(errorCode(await enterprise.request(FORM, { enterpriseId: outside }))).toBe('NOT_FOUND');
    expect(errorCode(await enterprise.request(REVISIONS, { reportId: outsideReport }))).toBe('NOT_FOUND');
  });
});

describe('visits', () => {
  it('stores a visit sent twice (even at once) once, with its photos kept and its report', async () => {
    const [{ id: target }] = await server.db.query(
      `SELECT id FROM enterprise WHERE grid_path @> ARRAY[$1::uuid] AND status = 'ACTIVE' AND id <> $2 ORDER BY name DESC LIMIT 1`,
      [gridHeadGrid, demoEnterpriseId],
    );
    await server.db.query('DELETE FROM condition_report WHERE enterprise_id = $1', [target]);
    const png = await sharp({ create: { width: 64, height: 48, channels: 3, background: '#2a6' } })
      .png()
      .toBuffer();
    const { uploadAttachment } = await gridHead.ok(
      `mutation ($input: UploadAttachmentInput!) { uploadAttachment(input: $input) { id } }`,
      { input: { fileName: '车间.png', contentBase64: png.toString('base64') } },
    );
    const input = {
      enterpriseId: target,
      visitedOn: '2026-06-14',
      findings: '二号车间停线，订单减少',
      photoIds: [uploadAttachment.id],
      clientKey: `visit-${randomUUID()}`,
      report: report({ enterpriseId: target, operatingStatus: 'PARTIAL', orderTrend: 'DOWN' }),
    };
    const [a, b] = await Promise.all([gridHead.ok(VISIT, { input }), gridHead.ok(VISIT, { input })]);
    const { recordConditionVisit: c } = await gridHead.ok(VISIT, { input });
    expect(a.recordConditionVisit.id).toBe(b.recordConditionVisit.id);
    expect(c.id).toBe(a.recordConditionVisit.id);
    expect(c).toMatchObject({
      enterpriseId: target,
      visitedOn: '2026-06-14',
      visitorName: '李网格',
      photos: [
        {
          id: uploadAttachment.id,
          fileName: '车间.png',
          thumbnail: expect.stringMatching(/^data:image\/webp;base64,/),
        },
      ],
    });
    expect(c.reportId).not.toBeNull();
    const visits = await server.db.query('SELECT id FROM condition_visit WHERE client_key = $1', [
      input.clientKey,
    ]);
    expect(visits).toHaveLength(1);
    const [stored] = await server.db.query(
      'SELECT operating_status, visit_id FROM condition_report WHERE id = $1',
      [c.reportId],
    );
    expect(stored).toEqual({ operating_status: 'PARTIAL', visit_id: c.id });
    // A visit's photo is no abandoned upload: the purge a week later leaves it.
    server.clock.advance(8 * 24 * 3600 * 1000);
    try {
      await server.app.get(AttachmentsService).purgeUnbound();
    } finally {
      server.clock.set('2026-06-15T02:00:00.000Z');
    }
    const kept = await server.db.query('SELECT id FROM case_attachment WHERE id = $1', [uploadAttachment.id]);
    expect(kept).toHaveLength(1);
  });

  it('refuses a visit dated in the future, or on a day the calendar does not have', async () => {
    const [{ id }] = await server.db.query(
      `SELECT id FROM enterprise WHERE grid_path @> ARRAY[$1::uuid] LIMIT 1`,
      [gridHeadGrid],
    );
    const input = {
      enterpriseId: id,
      visitedOn: '2026-06-16',
      findings: '走访',
      photoIds: [],
      clientKey: 'future-visit-1',
    };
    expectValidation(await gridHead.request(VISIT, { input }), 'visitedOn', /^走访日期不能晚于今天$/);
    expectValidation(
      await gridHead.request(VISIT, { input: { ...input, visitedOn: '2026-02-30' } }),
      'visitedOn',
      /^走访日期格式不正确$/,
    );
    // Malformed ids (the input guard) and months (the service) are bad input, never reaching SQL.
    expect(errorCode(await gridHead.request(FORM, { enterpriseId: 'not-a-uuid' }))).toBe('VALIDATION');
    expect(errorCode(await gridHead.request(REVISIONS, { reportId: '1' }))).toBe('VALIDATION');
    expect(errorCode(await gridHead.request(FORM, { month: '-1' }))).toBe('VALIDATION');
  });
});

describe('the office dashboard, on a hand-computed grid', () => {
  /*
   * A street of its own with four enterprises:
   *   甲 May NORMAL  → June PARTIAL  (worsened)
   *   乙 May PARTIAL → June PARTIAL
   *   丙 May NORMAL  → no June report (missing once the 25th has passed)
   *   丁 May STOPPED → June NORMAL  (better)
   */
  let street: string;
  beforeAll(async () => {
    const now = new Date('2026-06-01T00:00:00Z');
    street = randomUUID();
    const community = randomUUID();
    const cell = randomUUID();
    for (const [id, name, code, level, parent, path] of [
      [street, '测试街道', 'TC', 1, null, [street]],
      [community, '测试社区', 'TC01', 2, street, [street, community]],
      [cell, '测试网格', 'TC0101', 3, community, [street, community, cell]],
    ] as const) {
      await server.db.query(`INSERT INTO ${GRID_INSERT} VALUES ($1, $2, $3, $4, $5, $6, $7, $7)`, [
        id,
        name,
        code,
        level,
        parent,
        path,
        now,
      ]);
    }
    const [{ id: officeUser }] = await server.db.query(`SELECT id FROM app_user WHERE username = 'office'`);
    const rows: [string, string, string | null, string | null, number, number][] = [
      ['甲', 'C', 'NORMAL', 'PARTIAL', 100, 500],
      ['乙', 'C', 'PARTIAL', 'PARTIAL', 40, 120.5],
      ['丙', 'F', 'NORMAL', null, 12, 30],
      ['丁', 'C', 'STOPPED', 'NORMAL', 8, 10.25],
    ];
    for (const [i, [name, industry, may, june, employees, output]] of rows.entries()) {
      const [{ id }] = await server.db.query(
        `INSERT INTO ${ENTERPRISE_INSERT} VALUES ($1, $2, '法人', $3, 'SMALL', 'ACTIVE', '地址', $4, $5, '联系人', '13900000000', $6, $6) RETURNING id`,
        [
          `测试企业${name}`,
          makeCreditCode(`91410108TC000000${i}`),
          industry,
          cell,
          [street, community, cell],
          now,
        ],
      );
      for (const [month, status] of [
        ['2026-05', may],
        ['2026-06', june],
      ] as const) {
        if (!status) continue;
        await server.db.query(
          `INSERT INTO condition_report (enterprise_id, month, operating_status, employees, output_value, revenue,
             capacity_use, order_trend, submitted_by, submitted_at) VALUES ($1, $2, $3, $4, $5, $5, 60, 'FLAT', $6, $7)`,
          [id, month, status, employees, output, officeUser, now],
        );
      }
    }
  });

  it('counts, sums and alerts exactly what the fixture holds, and each figure drills down to it', async () => {
    const late = await signedInAt('2026-06-26T02:00:00.000Z', 'admin', 'OFFICE_STAFF');
    try {
      const { conditionDashboard: d } = await late.ok(DASHBOARD, { month: '2026-06', gridId: street });
      expect(d).toMatchObject({
        month: '2026-06',
        dueDate: '2026-06-25',
        pastDue: true,
        enterprises: 4,
        reported: 3,
        missing: 1,
        worsened: 1,
        employees: 148,
        outputValue: 630.75,
        revenue: 630.75,
      });
      expect(d.byGrid).toEqual([
        { key: street, label: '测试街道', status: 'NORMAL', count: 1 },
        { key: street, label: '测试街道', status: 'PARTIAL', count: 2 },
        { key: street, label: '测试街道', status: null, count: 1 },
      ]);
      expect(d.byIndustry).toEqual([
        { key: 'C', status: 'NORMAL', count: 1 },
        { key: 'C', status: 'PARTIAL', count: 2 },
        { key: 'F', status: null, count: 1 },
      ]);
      expect(d.trend.slice(-2)).toEqual([
        { month: '2026-05', reports: 4, employees: 160, outputValue: 660.75, revenue: 660.75 },
        { month: '2026-06', reports: 3, employees: 148, outputValue: 630.75, revenue: 630.75 },
      ]);
      expect(d.trend).toHaveLength(12);
      expect(d.coverage).toEqual([{ gridId: street, enterprises: 4, visited: 0, visits: 0, reported: 3 }]);

      const drill = async (filter: Record<string, unknown>) =>
        (
          await late.ok(DRILL, { filter: { month: '2026-06', gridId: street, ...filter } })
        ).conditionEnterprises.items.map((e: { name: string }) => e.name);
      expect(await drill({ worsened: true })).toEqual(['测试企业甲']);
      expect(await drill({ reported: false })).toEqual(['测试企业丙']);
      expect(await drill({ status: 'PARTIAL' })).toEqual(['测试企业乙', '测试企业甲']);
      expect(await drill({ industry: 'F' })).toEqual(['测试企业丙']);
      expect(await drill({ visited: true })).toEqual([]);
    } finally {
      server.clock.set('2026-06-15T02:00:00.000Z');
    }
  });

  it('refuses a malformed month or grid', async () => {
    const office = await server.signedIn('admin', 'OFFICE_STAFF');
    expect(errorCode(await office.request(DASHBOARD, { month: '09:00-17:00' }))).toBe('VALIDATION');
    expect(errorCode(await office.request(DASHBOARD, { month: '2026-06', gridId: 'x' }))).toBe('VALIDATION');
  });

  it('raises no missing-report alert before the due day has passed', async () => {
    const onTheDay = await signedInAt('2026-06-25T08:00:00.000Z', 'admin', 'OFFICE_STAFF');
    try {
      const { conditionDashboard: d } = await onTheDay.ok(DASHBOARD, { month: '2026-06', gridId: street });
      expect(d).toMatchObject({ pastDue: false, reported: 3, missing: 0, worsened: 1 });
    } finally {
      server.clock.set('2026-06-15T02:00:00.000Z');
    }
  });
});

describe('the export', () => {
  it("writes the month's condition data of every operating enterprise to Excel in the background", async () => {
    const browser = await AdminBrowser.signedIn(server, 'OFFICE_STAFF');
    const { requestConditionExport: requested } = await browser.ok(
      `mutation ($month: String!) { requestConditionExport(month: $month) { id kind status } }`,
      { month: '2026-06' },
    );
    expect(requested).toMatchObject({ kind: 'CONDITIONS', status: 'QUEUED' });
    const file = await finished(browser, requested.id);
    expect(file.status).toBe('READY');
    const response = await browser.get(file.downloadUrl);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await response.arrayBuffer()) as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    const rows = sheet.getSheetValues().slice(2) as unknown[][];
    const [{ active }] = await server.db.query(
      `SELECT count(*)::int AS active FROM enterprise WHERE status = 'ACTIVE'`,
    );
    expect(rows).toHaveLength(active);
    const byName = (name: string) => rows.find((row) => row[1] === name)!;
    expect(byName('测试企业甲').slice(5, 11)).toEqual(['部分停产', '正常生产', 100, 500, 500, 60]);
    expect(byName('测试企业丙')[5]).toBeUndefined();
    expect(
      errorCode(await browser.request(`mutation { requestConditionExport(month: "2026-13") { id } }`)),
    ).toBe('VALIDATION');
  });
});

describe('reminders', () => {
  const notices = (event: string) =>
    server.db.query(
      `SELECT u.username, n.params FROM notification n JOIN app_user u ON u.id = n.user_id
        WHERE n.event = $1 ORDER BY u.username`,
      [event],
    );

  it('on the due day, reminds each enterprise without the month’s report and each grid head of their list, once', async () => {
    await server.db.query(`DELETE FROM condition_report WHERE enterprise_id = $1 AND month = '2026-06'`, [
      demoEnterpriseId,
    ]);
    const reminders = server.app.get(ConditionReminders);
    server.clock.set('2026-06-24T03:00:00.000Z');
    expect(await reminders.remind()).toMatchObject({ enterprises: 0, gridHeads: 0 });
    expect(await notices('CONDITION_REPORT_DUE')).toEqual([]);

    // 09:00 on the 25th in Shanghai: the job runner's tick enqueues the scheduled job, which runs.
    server.clock.set('2026-06-25T01:00:01.000Z');
    try {
      const due = await server.app.get(JobRunner).enqueueDue();
      expect(due.map((run) => run.name)).toContain('condition-reminders');
      const deadline = Date.now() + 20_000;
      while ((await notices('CONDITION_REPORT_DUE')).length === 0 && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
      const due25 = await notices('CONDITION_REPORT_DUE');
      const mine = due25.filter((n: { username: string }) => n.username.startsWith('enterprise'));
      expect(mine).toEqual([
        {
          username: 'enterprise',
          params: { enterpriseName: DEMO_ENTERPRISE.name, month: '2026-06', dueDate: '2026-06-25' },
        },
        {
          username: 'enterprise2',
          params: { enterpriseName: DEMO_ENTERPRISE.name, month: '2026-06', dueDate: '2026-06-25' },
        },
      ]);
      const [{ count }] = await server.db.query(
        `SELECT count(*)::int AS count FROM enterprise e WHERE e.grid_path @> ARRAY[$1::uuid] AND e.status = 'ACTIVE'
           AND NOT EXISTS (SELECT 1 FROM condition_report r WHERE r.enterprise_id = e.id AND r.month = '2026-06')`,
        [gridHeadGrid],
      );
      const lists = await notices('CONDITION_REPORTS_MISSING');
      expect(lists.find((n: { username: string }) => n.username === 'gridhead')?.params).toMatchObject({
        month: '2026-06',
        count: String(count),
      });
      // Run again (another instance, a retry): nobody is reminded twice.
      expect(await reminders.remind()).toMatchObject({ enterprises: 0, gridHeads: 0 });
      expect(await notices('CONDITION_REPORT_DUE')).toHaveLength(due25.length);
      expect(await notices('CONDITION_REPORTS_MISSING')).toHaveLength(lists.length);
    } finally {
      server.clock.set('2026-06-15T02:00:00.000Z');
    }
  });
});

describe('the demo district', () => {
  it('has twelve months of reports and visits, with a few enterprises declining', async () => {
    const months: { month: string; reports: number; worse: number }[] = await server.db.query(
      `SELECT month, count(*)::int AS reports, count(*) FILTER (WHERE operating_status <> 'NORMAL')::int AS worse
         FROM condition_report WHERE month BETWEEN '2025-06' AND '2026-06' GROUP BY month ORDER BY month`,
    );
    expect(months.map((m) => m.month)).toHaveLength(13);
    const [{ active }] = await server.db.query(
      `SELECT count(*)::int AS active FROM enterprise WHERE status = 'ACTIVE'`,
    );
    // Every operating enterprise reported last month but a few; this month about half so far.
    const may = months.find((m) => m.month === '2026-05')!;
    expect(may.reports).toBeGreaterThan(active * 0.9);
    expect(may.reports).toBeLessThan(active);
    expect(may.worse).toBeGreaterThan(0);
    expect(may.worse).toBeLessThan(active * 0.15);
    const [{ visits }] = await server.db.query(
      `SELECT count(*)::int AS visits FROM condition_visit WHERE client_key LIKE 'demo-%'`,
    );
    expect(visits).toBeGreaterThan(12 * 20);
  });
});

describe('the pre-aggregated dashboard figures', () => {
  /*
   * The figures are kept by triggers as reports and enterprises change (condition-stats.ts). After
   * writes of every kind — reports through the API and revised, a status worsened and made good
   * again, a report deleted, an enterprise that stops operating, changes grid and industry, and
   * one deleted — they must equal a count made afresh from the rows, and the dashboard must answer
   * what the per-enterprise (naive) queries answer.
   */
  const cells = `SELECT month, grid_id::text, industry, operating_status, reports, worsened, employees::int,
      output_value::float8 AS output, revenue::float8 AS revenue
    FROM condition_month_stat WHERE reports <> 0 OR worsened <> 0 OR employees <> 0 OR output_value <> 0
      OR revenue <> 0 ORDER BY 1, 2, 3, 4`;
  // Counted afresh, independently of the triggers: no stored worsened flag is trusted.
  const recount = `SELECT r.month, e.grid_id::text, e.industry::text AS industry, r.operating_status,
      count(*)::int AS reports,
      count(*) FILTER (WHERE array_position(ARRAY['NORMAL', 'PARTIAL', 'STOPPED', 'CLOSED'], r.operating_status)
        > array_position(ARRAY['NORMAL', 'PARTIAL', 'STOPPED', 'CLOSED'], p.operating_status))::int AS worsened,
      sum(r.employees)::int AS employees, sum(r.output_value)::float8 AS output, sum(r.revenue)::float8 AS revenue
    FROM condition_report r JOIN enterprise e ON e.id = r.enterprise_id AND e.status = 'ACTIVE'
    LEFT JOIN condition_report p ON p.enterprise_id = r.enterprise_id
     AND p.month = to_char(to_date(r.month || '-01', 'YYYY-MM-DD') - interval '1 month', 'YYYY-MM')
   GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4`;
  const enterpriseCells = `SELECT grid_id::text, industry, enterprises FROM condition_enterprise_stat
    WHERE enterprises <> 0 ORDER BY 1, 2`;
  const enterpriseRecount = `SELECT grid_id::text, industry::text AS industry, count(*)::int AS enterprises
    FROM enterprise WHERE status = 'ACTIVE' GROUP BY 1, 2 ORDER BY 1, 2`;

  // The missing list's rows (migration ConditionReporting): each operating enterprise's latest
  // reported month, and the months of the twelve before it without a report.
  const reporting = `SELECT enterprise_id::text, name, grid_id::text, industry::text AS industry, last_month
    FROM condition_reporting ORDER BY 1`;
  const reportingRecount = `SELECT e.id::text AS enterprise_id, e.name, e.grid_id::text, e.industry::text AS industry,
      max(r.month) AS last_month
    FROM enterprise e LEFT JOIN condition_report r ON r.enterprise_id = e.id
   WHERE e.status = 'ACTIVE' GROUP BY e.id ORDER BY 1`;
  const gaps = `SELECT enterprise_id::text, month, name FROM condition_report_gap ORDER BY 1, 2`;
  const gapRecount = `SELECT e.id::text AS enterprise_id, m.month, e.name
    FROM enterprise e
    JOIN (SELECT enterprise_id, max(month) AS last FROM condition_report GROUP BY 1) l ON l.enterprise_id = e.id
    CROSS JOIN LATERAL (SELECT to_char(to_date(l.last || '-01', 'YYYY-MM-DD') - make_interval(months => k), 'YYYY-MM')
                          AS month FROM generate_series(1, 12) k) m
   WHERE e.status = 'ACTIVE'
     AND NOT EXISTS (SELECT 1 FROM condition_report r WHERE r.enterprise_id = e.id AND r.month = m.month)
   ORDER BY 1, 2`;

  // Visits per month and grid (migration ConditionVisitStat), of operating enterprises.
  const visitCells = `SELECT month, grid_id::text, visits, visited FROM condition_visit_stat
    WHERE visits <> 0 OR visited <> 0 ORDER BY 1, 2`;
  const visitRecount = `SELECT to_char(v.visited_on, 'YYYY-MM') AS month, e.grid_id::text, count(*)::int AS visits,
      count(DISTINCT v.enterprise_id)::int AS visited
    FROM condition_visit v JOIN enterprise e ON e.id = v.enterprise_id AND e.status = 'ACTIVE'
   GROUP BY 1, 2 ORDER BY 1, 2`;

  // The trend's roll-up per month and grid (migration ConditionTrendStat), from the reports.
  const trendCells = `SELECT month, grid_id::text, reports, employees::int, output_value::float8 AS output,
      revenue::float8 AS revenue
    FROM condition_trend_stat WHERE reports <> 0 OR employees <> 0 OR output_value <> 0 OR revenue <> 0
    ORDER BY 1, 2`;
  const trendRecount = `SELECT r.month, e.grid_id::text, count(*)::int AS reports, sum(r.employees)::int AS employees,
      sum(r.output_value)::float8 AS output, sum(r.revenue)::float8 AS revenue
    FROM condition_report r JOIN enterprise e ON e.id = r.enterprise_id AND e.status = 'ACTIVE'
   GROUP BY 1, 2 ORDER BY 1, 2`;

  async function expectAggregateEqualsRecount() {
    expect(await server.db.query(trendCells)).toEqual(await server.db.query(trendRecount));
    expect(await server.db.query(visitCells)).toEqual(await server.db.query(visitRecount));
    expect(await server.db.query(cells)).toEqual(await server.db.query(recount));
    expect(await server.db.query(enterpriseCells)).toEqual(await server.db.query(enterpriseRecount));
    expect(await server.db.query(reporting)).toEqual(await server.db.query(reportingRecount));
    expect(await server.db.query(gaps)).toEqual(await server.db.query(gapRecount));
  }

  /** The missing alert list, page by page, is the operating enterprises without the month's report. */
  async function expectMissingEqualsNaive(office: GqlClient, month: string, gridId: string | null = null) {
    const ids: string[] = [];
    let after: string | null = null;
    do {
      const { conditionEnterprises: page } = (await office.ok(MISSING_PAGE, {
        filter: { month, reported: false, ...(gridId ? { gridId } : {}) },
        after,
      })) as { conditionEnterprises: { items: { id: string }[]; nextCursor: string | null } };
      ids.push(...page.items.map((item) => item.id));
      after = page.nextCursor;
    } while (after);
    const naive = (await server.db.query(
      `SELECT e.id FROM enterprise e
        WHERE e.status = 'ACTIVE' AND ($2::uuid IS NULL OR e.grid_path @> ARRAY[$2::uuid])
          AND NOT EXISTS (SELECT 1 FROM condition_report r WHERE r.enterprise_id = e.id AND r.month = $1)
        ORDER BY e.name, e.id`,
      [month, gridId],
    )) as { id: string }[];
    expect(ids).toEqual(naive.map((row) => row.id));
    return ids;
  }

  /** The missing list of every month it may be asked for, of the district and of `gridId`. */
  async function expectMissingListsEqualNaive(office: GqlClient, gridId: string) {
    for (const month of ['2025-06', '2025-12', '2026-04', '2026-05', '2026-06']) {
      await expectMissingEqualsNaive(office, month);
      await expectMissingEqualsNaive(office, month, gridId);
    }
  }

  async function expectDashboardEqualsNaive(office: GqlClient, month: string, gridId: string | null) {
    const { conditionDashboard: d } = await office.ok(DASHBOARD, { month, gridId });
    const naive = naiveDashboardQueries(month, gridId);
    const run = async (name: keyof typeof naive) =>
      (await server.db.query(naive[name].sql, naive[name].params)) as Record<string, unknown>[];
    const [totals] = await run('totals');
    expect({
      enterprises: d.enterprises,
      reported: d.reported,
      worsened: d.worsened,
      employees: d.employees,
      outputValue: d.outputValue,
      revenue: d.revenue,
    }).toEqual({
      enterprises: totals.enterprises,
      reported: totals.reported,
      worsened: totals.worsened,
      employees: Number(totals.employees),
      outputValue: Number(totals.outputValue),
      revenue: Number(totals.revenue),
    });
    expect(d.byGrid).toEqual(
      (await run('byGrid')).map(({ key, label, status, count }) => ({ key, label, status, count })),
    );
    expect(d.byIndustry).toEqual(
      (await run('byIndustry')).map(({ key, status, count }) => ({ key, status, count })),
    );
    const trend = await run('trend');
    expect(d.trend.filter((t: { reports: number }) => t.reports > 0)).toEqual(
      trend.map((t) => ({
        month: t.month,
        reports: t.reports,
        employees: Number(t.employees),
        outputValue: Number(t.outputValue),
        revenue: Number(t.revenue),
      })),
    );
    expect(d.coverage).toEqual(
      (await run('coverage')).map(({ gridId: id, enterprises, visited, visits, reported }) => ({
        gridId: id,
        enterprises,
        visited,
        visits,
        reported,
      })),
    );
    return d;
  }

  it('equal a recount when two transactions write to one enterprise at once', async () => {
    // The kept rows that are not plain sums take turns per enterprise (a row lock on the missing
    // list's row, an advisory lock per enterprise and month for visits): the second writer must
    // count what the first committed while it waited, not what its statement's start saw.
    const [cell] = (await server.db.query(
      `SELECT id, path FROM grid WHERE level = 3 ORDER BY code LIMIT 1`,
    )) as { id: string; path: string[] }[];
    const now = new Date('2026-06-01T00:00:00Z');
    const [{ id }] = await server.db.query(
      `INSERT INTO ${ENTERPRISE_INSERT} VALUES ('并发企业', $1, '法人', 'C', 'SMALL', 'ACTIVE', '地址', $2, $3, '联系人', '13900000000', $4, $4) RETURNING id`,
      [makeCreditCode('91410108AG0000019'), cell.id, cell.path, now],
    );
    const [{ id: officeUser }] = await server.db.query(`SELECT id FROM app_user WHERE username = 'office'`);
    const writeReport = (month: string) =>
      `INSERT INTO condition_report (enterprise_id, month, operating_status, employees, output_value, revenue,
         capacity_use, order_trend, submitted_by, submitted_at)
       VALUES ('${id}', '${month}', 'NORMAL', 9, 1, 1, 60, 'FLAT', '${officeUser}', now())`;
    const writeVisit = (day: string) =>
      `INSERT INTO condition_visit (enterprise_id, visitor_id, visited_on, findings, client_key, created_at)
       VALUES ('${id}', '${officeUser}', '${day}', '正常', '${randomUUID()}', now())`;
    for (const [first, second] of [
      [writeReport('2026-06'), writeReport('2026-03')],
      [writeVisit('2026-06-02'), writeVisit('2026-06-03')],
    ]) {
      const a = server.db.createQueryRunner();
      const b = server.db.createQueryRunner();
      await Promise.all([a.connect(), b.connect()]);
      try {
        await a.startTransaction();
        await b.startTransaction();
        await a.query(first);
        const waiting = b.query(second);
        await new Promise((resolve) => setTimeout(resolve, 300));
        await a.commitTransaction();
        await waiting;
        await b.commitTransaction();
      } finally {
        await Promise.all([a.release(), b.release()]);
      }
      await expectAggregateEqualsRecount();
    }
  });

  it('equal a recount after every kind of write, and the dashboard equals the naive count', async () => {
    await expectAggregateEqualsRecount();
    const office = await server.signedIn('admin', 'OFFICE_STAFF');
    const [street, other] = (await server.db.query(
      `SELECT id FROM grid WHERE level = 1 AND code LIKE 'HJ%' ORDER BY code LIMIT 2`,
    )) as { id: string }[];
    const [cellA, cellB] = (await server.db.query(
      `SELECT g.id, g.path FROM grid g WHERE g.level = 3 AND g.path[1] = ANY($1::uuid[]) ORDER BY g.path[1], g.code`,
      [[street.id, other.id]],
    )) as { id: string; path: string[] }[];
    const cellOther = (
      (await server.db.query(
        `SELECT id, path FROM grid WHERE level = 3 AND path[1] = $1 ORDER BY code LIMIT 1`,
        [other.id],
      )) as { id: string; path: string[] }[]
    )[0];
    const now = new Date('2026-06-01T00:00:00Z');
    const ids: string[] = [];
    for (const [i, industry] of ['C', 'C', 'F'].entries()) {
      const [{ id }] = await server.db.query(
        `INSERT INTO ${ENTERPRISE_INSERT} VALUES ($1, $2, '法人', $3, 'SMALL', 'ACTIVE', '地址', $4, $5, '联系人', '13900000000', $6, $6) RETURNING id`,
        [`聚合企业${i}`, makeCreditCode(`91410108AG000000${i}`), industry, cellA.id, cellA.path, now],
      );
      ids.push(id);
    }
    await expectAggregateEqualsRecount();

    // The fixture's reports go in as rows, as the demo loader writes them.
    const [{ id: officeUser }] = await server.db.query(`SELECT id FROM app_user WHERE username = 'office'`);
    const insertReport = (enterpriseId: string, month: string, status: string, employees: number) =>
      server.db.query(
        `INSERT INTO condition_report (enterprise_id, month, operating_status, employees, output_value, revenue,
           capacity_use, order_trend, submitted_by, submitted_at) VALUES ($1, $2, $3, $4, 10.5, 7.25, 60, 'FLAT', $5, $6)`,
        [enterpriseId, month, status, employees, officeUser, now],
      );
    // June first, then May under it: the June flag must follow the month before that came later.
    await insertReport(ids[0], '2026-06', 'PARTIAL', 30);
    await insertReport(ids[0], '2026-05', 'NORMAL', 31);
    await insertReport(ids[1], '2026-05', 'STOPPED', 5);
    await insertReport(ids[1], '2026-06', 'CLOSED', 0);
    await insertReport(ids[2], '2026-06', 'NORMAL', 12);
    await expectAggregateEqualsRecount();
    await expectMissingListsEqualNaive(office, street.id);
    expect(
      (
        await server.db.query(
          `SELECT count(*)::int AS n FROM condition_report WHERE enterprise_id = $1 AND worsened`,
          [ids[0]],
        )
      )[0].n,
    ).toBe(1);

    // Revisions: May made worse than June (June no longer worsened), then figures alone.
    await server.db.query(
      `UPDATE condition_report SET operating_status = 'STOPPED' WHERE enterprise_id = $1 AND month = '2026-05'`,
      [ids[0]],
    );
    await expectAggregateEqualsRecount();
    await server.db.query(
      `UPDATE condition_report SET employees = employees + 7, revenue = 99 WHERE enterprise_id = ANY($1::uuid[])`,
      [ids],
    );
    await expectAggregateEqualsRecount();
    // Through the API: the demo enterprise's February, then its revision to a worse status.
    const form = await enterprise.ok(FORM, { month: '2026-02' });
    const first = await enterprise.ok(SUBMIT, {
      input: report({ month: '2026-02', version: form.conditionReportForm.report?.version ?? null }),
    });
    await expectAggregateEqualsRecount();
    await enterprise.ok(SUBMIT, {
      input: report({
        month: '2026-02',
        operatingStatus: 'STOPPED',
        employees: 3,
        version: first.submitConditionReport.version,
      }),
    });
    await expectAggregateEqualsRecount();

    // Visits: two to one enterprise in a month (visited once), one moved to another month, one
    // deleted, and one recorded through the API.
    const [{ id: visitor }] = await server.db.query(`SELECT id FROM app_user WHERE username = 'office'`);
    const insertVisit = async (enterpriseId: string, day: string) =>
      (
        await server.db.query(
          `INSERT INTO condition_visit (enterprise_id, visitor_id, visited_on, findings, client_key, created_at)
           VALUES ($1, $2, $3, '正常', $4, $5) RETURNING id`,
          [enterpriseId, visitor, day, `stat-${randomUUID()}`, now],
        )
      )[0].id as string;
    await insertVisit(ids[0], '2026-06-02');
    const second = await insertVisit(ids[0], '2026-06-03');
    await expectAggregateEqualsRecount();
    const third = await insertVisit(ids[1], '2026-06-04');
    await insertVisit(ids[2], '2026-05-20');
    await expectAggregateEqualsRecount();
    await server.db.query(`UPDATE condition_visit SET visited_on = '2026-05-28' WHERE id = $1`, [second]);
    await expectAggregateEqualsRecount();
    await server.db.query(`DELETE FROM condition_visit WHERE id = $1`, [third]);
    await expectAggregateEqualsRecount();
    await insertVisit(ids[1], '2026-06-05');
    await gridHead.ok(VISIT, {
      input: {
        enterpriseId: demoEnterpriseId,
        visitedOn: '2026-06-12',
        findings: '正常',
        photoIds: [],
        clientKey: `visit-${randomUUID()}`,
      },
    });
    await expectAggregateEqualsRecount();

    // May's report deleted: June's flag falls with it.
    await server.db.query(`DELETE FROM condition_report WHERE enterprise_id = $1 AND month = '2026-05'`, [
      ids[1],
    ]);
    await expectAggregateEqualsRecount();
    // And the latest month deleted: the one before becomes the latest, with its own gaps.
    await server.db.query(`DELETE FROM condition_report WHERE enterprise_id = $1 AND month = '2026-06'`, [
      ids[2],
    ]);
    await expectAggregateEqualsRecount();
    await insertReport(ids[2], '2026-06', 'NORMAL', 12);
    await expectAggregateEqualsRecount();

    // The enterprise stops operating, comes back, moves to another street and industry.
    await server.db.query(`UPDATE enterprise SET status = 'CLOSED' WHERE id = $1`, [ids[0]]);
    await expectAggregateEqualsRecount();
    await expectMissingListsEqualNaive(office, street.id);
    await server.db.query(`UPDATE enterprise SET status = 'ACTIVE' WHERE id = $1`, [ids[0]]);
    await server.db.query(
      `UPDATE enterprise SET grid_id = $2, grid_path = $3, industry = 'F' WHERE id = $1`,
      [ids[0], cellOther.id, cellOther.path],
    );
    await expectAggregateEqualsRecount();
    // An edit that changes no counted key changes no figure.
    await server.db.query(`UPDATE enterprise SET address = '新地址' WHERE id = ANY($1::uuid[])`, [ids]);
    await expectAggregateEqualsRecount();
    // Renamed: the missing list's rows follow the name it pages by.
    await server.db.query(`UPDATE enterprise SET name = '阿聚合企业' WHERE id = $1`, [ids[2]]);
    await expectAggregateEqualsRecount();
    await expectMissingListsEqualNaive(office, other.id);

    await expectDashboardEqualsNaive(office, '2026-06', null);
    await expectDashboardEqualsNaive(office, '2026-06', street.id);
    const moved = await expectDashboardEqualsNaive(office, '2026-06', other.id);
    expect(moved.byIndustry).toContainEqual(expect.objectContaining({ key: 'F' }));
    await expectDashboardEqualsNaive(office, '2026-05', cellB.id);

    // Deleted with its reports.
    await server.db.query(`DELETE FROM enterprise WHERE id = $1`, [ids[1]]);
    await expectAggregateEqualsRecount();
    await expectDashboardEqualsNaive(office, '2026-06', null);
    await expectMissingListsEqualNaive(office, street.id);
  });
});
