import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { caseFixture, type CaseFixture, type Data } from './case-fixture.js';
import { errorCode, startTestServer, type TestServer } from './harness.js';
import { AdminBrowser, finished } from './exports-client.js';

/*
 * The monthly report 月报 (docs/supervision.md#monthly-report-月报) of August 2026 on a fixture
 * driven through the real APIs under the controlled clock. The demo's history ends before July
 * 2026, so August holds only what the fixture does. Computed by hand:
 *
 * Monday 3 August, six cases submitted and assigned: a1…a5 to department A (`dept`), b1 to B.
 *   a1 signed, contacted, replied, evaluated SOLVED / SATISFIED on the 3rd     → closed, praised (0 days)
 *   b1 the same on the 3rd, evaluated SOLVED / SATISFIED on Tue 4th            → closed, praised (1 day)
 *   a2 signed Thu 6th (due Tue 4th: late), contacted and replied on the 6th,
 *      evaluated SOLVED / SATISFIED                                            → closed, 1 late step
 *   a3 signed on the 3rd, contacted Thu 6th (late), replied Wed 12th (late),
 *      disputed NOT_SOLVED / DISSATISFIED and reopened                         → 2 late steps, 1 rework
 *   a4 signed and contacted on the 3rd, its reply sent back twice on the 3rd    → 2 reworks
 *   a5 never signed (it counts only as assigned)
 * Typical cases: OVERDUE a3 (2), a2 (1); REWORKED a4 (2), a3 (1); PRAISED a1 (0), b1 (1).
 * Figures: received 6, closed 3 (a1, a2, b1); resolution and satisfaction 3/4 (a1, a2, b1 of
 * a1, a2, a3, b1).
 * Ranking: A has 5 cases assigned (the minimum sample) and is ranked first; B has one, unranked.
 *
 * Accountability, around the Shanghai month's edge:
 *   R1 decided 31 July, its notice published at 23:30 on 31 July in Shanghai    → not in August
 *   R2 (an official) decided 1 August, published at 00:30 on 1 August           → in August
 *   R3 (department B) decided 20 August, its notice published and withdrawn      → record only
 * August: people 1, departments 1, records R3 then R2, notices N2.
 */

let server: TestServer;
let fx: CaseFixture;
let A: string;
let B: string;
const cases: Data = {};

const RECORD = `mutation ($input: AccountabilityRecordInput!) { createAccountabilityRecord(input: $input) { id } }`;
const PUBLISH = `mutation ($input: PublicNoticeInput!) { publishPublicNotice(input: $input) { id version } }`;
const NO_REDACTION = { names: false, posts: false, enterprises: false };
async function recordAndPublish(input: Data, title: string): Promise<{ record: string; notice: Data }> {
  const leader = await fx.signIn('officelead');
  const { createAccountabilityRecord } = await leader.ok(RECORD, {
    input: { decidedBy: '区纪委监委', caseIds: [], officialName: null, officialPost: null, ...input },
  });
  const { publishPublicNotice } = await leader.ok(PUBLISH, {
    input: { recordIds: [createAccountabilityRecord.id], redaction: NO_REDACTION, title, body: `${title}。` },
  });
  return { record: createAccountabilityRecord.id, notice: publishPublicNotice };
}

const RATE = 'numerator denominator rate';
const REPORT = `query ($month: String!) { monthlyReport(month: $month) {
  month generatedAt
  figures { from to previousFrom previousTo received closed previousReceived open overdue
    rates { repliedOnTime { ${RATE} } resolution { ${RATE} } satisfaction { ${RATE} } }
    byCategory { key received closed } hotKeywords { key count previous } }
  ranking { rankedCount rows { departmentId departmentName current { assigned score ranked rank overdue sentBack reopened } } }
  typicalCases { kind trackingNo title departmentName count }
  notices { id title publishedAt }
  accountability { people departments rows { period type people departments } }
  records { id subjectKind type decidedOn department { id } } } }`;

const records: Record<string, string> = {};
const notices: Record<string, string> = {};

beforeAll(async () => {
  server = await startTestServer({ SUBMIT_RATE_LIMIT_PER_HOUR: '1000' }, { now: '2026-07-15T02:00:00.000Z' });
  fx = await caseFixture(server, '月报样例诉求', 'monthly-report');
  ({ A, B } = fx);

  // 23:30 on 31 July and 00:30 on 1 August in Shanghai.
  fx.at('2026-07-31T15:30:00.000Z');
  let done = await recordAndPublish(
    {
      subjectKind: 'DEPARTMENT',
      departmentId: A,
      type: 'CRITICISM',
      reason: '七月超期',
      decidedOn: '2026-07-31',
    },
    '七月通报',
  );
  [records.R1, notices.N1] = [done.record, done.notice.id];
  fx.at('2026-07-31T16:30:00.000Z');
  done = await recordAndPublish(
    {
      subjectKind: 'OFFICIAL',
      departmentId: A,
      officialName: '李四',
      officialPost: '科长',
      type: 'ADMONITION',
      reason: '八月首日',
      decidedOn: '2026-08-01',
    },
    '八月通报',
  );
  [records.R2, notices.N2] = [done.record, done.notice.id];

  // Monday 3 August.
  fx.morning('2026-08-03');
  for (const name of ['a1', 'a2', 'a3', 'a4', 'a5']) cases[name] = await fx.assigned(A);
  cases.b1 = await fx.assigned(B);
  cases.a1 = await fx.contact(await fx.sign(cases.a1, A), A);
  cases.a1 = await fx.evaluate(await fx.reply(cases.a1, A), 'SOLVED', 'SATISFIED');
  cases.b1 = await fx.reply(await fx.contact(await fx.sign(cases.b1, B), B), B);
  cases.a3 = await fx.sign(cases.a3, A);
  cases.a4 = await fx.contact(await fx.sign(cases.a4, A), A);
  for (let round = 0; round < 2; round += 1) {
    cases.a4 = await fx.act('office', 'sendCaseBack', await fx.submitted(cases.a4, A), {
      reason: ['String!', '请补充'],
    });
  }

  // Tuesday 4th: b1 evaluated, a day after it was submitted.
  fx.morning('2026-08-04');
  cases.b1 = await fx.evaluate(cases.b1, 'SOLVED', 'SATISFIED');

  // Thursday 6th: a2 signed late, a3 contacted late.
  fx.morning('2026-08-06');
  cases.a2 = await fx.contact(await fx.sign(cases.a2, A), A);
  cases.a2 = await fx.evaluate(await fx.reply(cases.a2, A), 'SOLVED', 'SATISFIED');
  cases.a3 = await fx.contact(cases.a3, A);

  // Wednesday 12th: a3 replied late, disputed, reopened.
  fx.morning('2026-08-12');
  const disputed = await fx.evaluate(await fx.reply(cases.a3, A), 'NOT_SOLVED', 'DISSATISFIED');
  cases.a3 = await fx.act('office', 'reopenCase', disputed, {
    input: ['ReopenCaseInput!', { reason: '请再次核实', days: 3 }],
  });

  // Thursday 20th: R3, published and withdrawn.
  fx.morning('2026-08-20');
  done = await recordAndPublish(
    {
      subjectKind: 'DEPARTMENT',
      departmentId: B,
      type: 'CRITICISM',
      reason: '八月超期',
      decidedOn: '2026-08-20',
    },
    '撤回的通报',
  );
  records.R3 = done.record;
  await (
    await fx.signIn('officelead')
  ).ok(
    `mutation ($id: ID!, $version: Int!, $reason: String!) { withdrawPublicNotice(id: $id, version: $version, reason: $reason) { id } }`,
    { id: done.notice.id, version: done.notice.version, reason: '内容有误' },
  );
  fx.morning('2026-09-02');
}, 300_000);
afterAll(() => server.close());

const report = async (username = 'officelead', month = '2026-08') =>
  (await (await fx.signIn(username)).ok(REPORT, { month })).monthlyReport;
const r = (numerator: number, denominator: number) => ({
  numerator,
  denominator,
  rate: numerator / denominator,
});

describe('the monthly report', () => {
  it('gives the month’s figures against the month before', async () => {
    const { month, generatedAt, figures } = await report();
    expect(month).toBe('2026-08');
    expect(generatedAt).toBe('2026-09-02T02:00:00.000Z');
    expect(figures).toMatchObject({
      from: '2026-08-01',
      to: '2026-08-31',
      previousFrom: '2026-07-01',
      previousTo: '2026-07-31',
      received: 6,
      closed: 3,
      previousReceived: 0,
      byCategory: [{ key: 'UTILITIES', received: 6, closed: 3 }],
    });
    expect(figures.rates.resolution).toEqual(r(3, 4));
    expect(figures.rates.satisfaction).toEqual(r(3, 4));
    expect(figures.hotKeywords.map((k: Data) => k.key)).toContain('增容');
  });

  it('ranks the departments, the one under the minimum sample listed unranked', async () => {
    const { ranking } = await report();
    expect(ranking.rankedCount).toBe(1);
    const row = (id: string) => ranking.rows.find((x: Data) => x.departmentId === id).current;
    expect(ranking.rows[0].departmentId).toBe(A);
    expect(row(A)).toMatchObject({
      assigned: 5,
      ranked: true,
      rank: 1,
      overdue: 3,
      sentBack: 2,
      reopened: 1,
    });
    expect(row(B)).toMatchObject({ assigned: 1, ranked: false, rank: null });
  });

  it('picks the typical cases of the month: most overdue, most reworked, well handled', async () => {
    const { typicalCases } = await report();
    const no = (name: string) => cases[name].trackingNo;
    expect(typicalCases.map((c: Data) => [c.kind, c.trackingNo, c.count])).toEqual([
      ['OVERDUE', no('a3'), 2],
      ['OVERDUE', no('a2'), 1],
      ['REWORKED', no('a4'), 2],
      ['REWORKED', no('a3'), 1],
      ['PRAISED', no('a1'), 0],
      ['PRAISED', no('b1'), 1],
    ]);
  });

  it('lists the notices published in the Shanghai month and its accountability', async () => {
    const { notices: published, accountability, records: decided } = await report();
    expect(published.map((n: Data) => n.id)).toEqual([notices.N2]);
    expect(accountability).toMatchObject({
      people: 1,
      departments: 1,
      rows: [
        { period: '2026-08', type: 'ADMONITION', people: 1, departments: 0 },
        { period: '2026-08', type: 'CRITICISM', people: 0, departments: 1 },
      ],
    });
    expect(decided.map((x: Data) => x.id)).toEqual([records.R3, records.R2]);
    // July's report has R1 and its notice, published at 23:30 on 31 July in Shanghai.
    const july = await report('office', '2026-07');
    expect(july.notices.map((n: Data) => n.id)).toContain(notices.N1);
    expect(july.notices.map((n: Data) => n.id)).not.toContain(notices.N2);
    expect(july.records.map((x: Data) => x.id)).toContain(records.R1);
  });

  it('refuses a month that is not one, or after the current month, naming the field', async () => {
    const client = await fx.signIn('office');
    for (const [month, message] of [
      ['2026-13', '月份格式不正确'],
      ['2026-8', '月份格式不正确'],
      ['2026-10', '月份不能晚于本月'],
    ]) {
      const response = await client.request(REPORT, { month });
      expect(errorCode(response)).toBe('VALIDATION');
      expect(response.errors?.[0]?.extensions?.fields).toEqual([
        expect.objectContaining({ field: 'month', message }),
      ]);
    }
    // The current month (to date) is a report.
    expect((await report('office', '2026-09')).month).toBe('2026-09');
  });

  it('writes the same report as a workbook of six sheets in the background', async () => {
    const browser = await AdminBrowser.signedIn(server, { username: 'officelead' });
    const { requestMonthlyReportExport: requested } = await browser.ok(
      `mutation ($month: String!) { requestMonthlyReportExport(month: $month) { id kind status fileName } }`,
      { month: '2026-08' },
    );
    expect(requested).toMatchObject({
      kind: 'MONTHLY_REPORT',
      status: 'QUEUED',
      fileName: '月报-2026-08.xlsx',
    });
    const file = await finished(browser, requested.id);
    expect(file.status).toBe('READY');
    const response = await browser.get(file.downloadUrl);
    expect(response.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await response.arrayBuffer()) as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((s) => s.name)).toEqual([
      '概况',
      '分类与网格',
      '部门排名',
      '典型案例',
      '通报',
      '问责',
    ]);
    const rows = (name: string) => workbook.getWorksheet(name)!.getSheetValues().slice(2) as unknown[][];
    const summary = new Map(rows('概况').map((row) => [row[1], row.slice(2)]));
    expect(summary.get('月份')).toEqual(['2026-08']);
    expect(summary.get('受理诉求')).toEqual([6, 0]);
    expect(summary.get('办结诉求')).toEqual([3, 0]);
    expect(summary.get('解决率（%）')).toEqual([75, undefined, 3, 4]);
    expect(rows('部门排名')[0].slice(1, 3)).toEqual([1, expect.any(String)]);
    expect(rows('典型案例').map((row) => row[2])).toEqual(
      ['a3', 'a2', 'a4', 'a3', 'a1', 'b1'].map((name) => cases[name].trackingNo),
    );
    expect(rows('通报').map((row) => row[2])).toEqual(['八月通报']);
    expect(rows('问责').length).toBeGreaterThanOrEqual(6);
  });

  it('is the office’s alone', async () => {
    expect(errorCode(await (await fx.signIn('dept')).request(REPORT, { month: '2026-08' }))).toBe(
      'FORBIDDEN',
    );
  });
});
