import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { SupervisionWarnings } from '../src/modules/supervision/warnings.service.js';
import { TEST_EPOCH, startTestServer, type GqlClient, type TestServer } from './harness.js';

/*
 * Overdue rectification suggestions (docs/inspections.md#rectification) under the controlled
 * clock: the same yellow and red warnings as a case's steps — a supervision board item and a
 * notice, once per colour — and the overdue figure on the department's scorecard.
 */

let server: TestServer;
let leader: GqlClient;
let inspector: GqlClient;
let market: string;
let taskId: string;
let serial = 0;

const SUGGEST = `mutation ($id: ID!, $version: Int!, $input: RectificationSuggestionInput!) {
  suggestRectification(id: $id, version: $version, input: $input) {
    rectification { id version deadline } } }`;
const REPORT = `mutation ($id: ID!, $version: Int!, $input: RectificationReportInput!) {
  reportRectification(id: $id, version: $version, input: $input) { id version reportedAt } }`;
const BOARD = `query ($filter: SupervisionFilter) { supervisionBoard(filter: $filter, first: 100) {
  items { kind step colour deadline caseId trackingNo suggestionId suggestion departmentId gridId gridName } } }`;
const COUNTS = `query ($filter: SupervisionFilter) { supervisionCounts(filter: $filter) { departmentId red yellow total } }`;
const SCORECARD = `query ($period: ScorecardPeriodInput!) { scorecard(period: $period) {
  rows { departmentId current { overdueSuggestions overdue } previous { overdueSuggestions } } } }`;

const scan = () => server.app.get(SupervisionWarnings).scan();

async function one<T>(sql: string, params: unknown[] = []): Promise<T> {
  const rows: T[] = await server.db.query(sql, params);
  return rows[0];
}

/** Who was told of `event`, by username. */
async function told(event: string): Promise<string[]> {
  const rows: { username: string }[] = await server.db.query(
    `SELECT u.username FROM notification n JOIN app_user u ON u.id = n.user_id WHERE n.event = $1 ORDER BY 1`,
    [event],
  );
  return rows.map((row) => row.username);
}

/** A finding of the market department turned into a suggestion due in `days` working days from now. */
async function suggestion(
  days: number,
): Promise<{ id: string; version: number; deadline: string; text: string }> {
  serial += 1;
  const text = `第 ${serial} 条整改建议`;
  const { createInspectionRecord } = await inspector.ok(
    `mutation ($input: InspectionRecordInput!) { createInspectionRecord(input: $input) { findings { id version } } }`,
    {
      input: {
        taskId,
        inspectedOn: '2026-06-15',
        place: '农贸市场',
        checked: '价格公示',
        findings: [{ category: 'ENFORCEMENT', departmentId: market, description: `问题 ${serial}` }],
      },
    },
  );
  const [finding] = createInspectionRecord.findings;
  const { suggestRectification } = await inspector.ok(SUGGEST, {
    id: finding.id,
    version: finding.version,
    input: { suggestion: text, workingDays: days },
  });
  return { ...suggestRectification.rectification, text };
}

beforeAll(async () => {
  server = await startTestServer();
  // The demo's year of inspections is set aside: the counts below are this file's alone.
  await server.db.query(
    `TRUNCATE rectification_suggestion, inspection_finding, inspection_record, inspection_task,
              inspection_team_member, inspection_team CASCADE`,
  );
  [leader, inspector] = await Promise.all([
    server.signedIn('admin', 'OFFICE_LEADER'),
    server.signedIn('admin', 'INSPECTOR'),
  ]);
  market = (await one<{ id: string }>(`SELECT id FROM department WHERE name = '区市场监督管理局'`)).id;
  const me = (await one<{ id: string }>(`SELECT id FROM app_user WHERE username = 'inspector'`)).id;
  const { createInspectionTeam: team } = await leader.ok(
    `mutation ($input: InspectionTeamInput!) { createInspectionTeam(input: $input) { id } }`,
    { input: { name: '预警测试组', leaderId: me, memberIds: [] } },
  );
  const { createInspectionTask: task } = await leader.ok(
    `mutation ($input: InspectionTaskInput!) { createInspectionTask(input: $input) { id } }`,
    {
      input: {
        teamId: team.id,
        title: '六月巡查',
        focus: 'MARKET_REGULATION',
        departmentId: market,
        startsOn: '2026-06-01',
        endsOn: '2026-06-30',
      },
    },
  );
  taskId = task.id;
});
afterAll(() => server.close());

describe('warnings of rectification suggestions', () => {
  it('raises yellow on the working day it falls due and red once overdue, each once, until it is reported', async () => {
    const late = await suggestion(2);
    const onTime = await suggestion(2);
    const deadline = new Date(late.deadline);
    const before = (await scan()).warnings;
    // Nothing for a suggestion not yet due (the demo's case warnings aside).
    expect(
      await one<{ n: number }>(
        `SELECT count(*)::int AS n FROM supervision_item WHERE suggestion_id IS NOT NULL`,
      ),
    ).toEqual({ n: 0 });
    expect(before).toBeGreaterThanOrEqual(0);

    // The morning of the deadline's working day: yellow for both.
    server.clock.set(new Date(deadline.getTime() - 3 * 3600_000));
    await scan();
    let office = await server.signedIn('admin', 'OFFICE_STAFF');
    let board = (await office.ok(BOARD, { filter: { departmentId: market } })).supervisionBoard.items.filter(
      (item: { step: string }) => item.step === 'RECTIFY',
    );
    expect(board).toHaveLength(2);
    expect(board[0]).toMatchObject({
      kind: 'WARNING',
      colour: 'YELLOW',
      caseId: null,
      trackingNo: null,
      departmentId: market,
      gridId: null,
      deadline: late.deadline,
    });
    expect(board.map((item: { suggestion: string }) => item.suggestion).sort()).toEqual(
      [late.text, onTime.text].sort(),
    );
    // The department's staff and leader and the office are told, once per suggestion.
    expect(await told('RECTIFICATION_WARNING_YELLOW')).toEqual(
      expect.arrayContaining(['dept', 'deptlead', 'office', 'officelead']),
    );
    const yellowNotices = (await told('RECTIFICATION_WARNING_YELLOW')).length;
    await scan();
    expect((await told('RECTIFICATION_WARNING_YELLOW')).length).toBe(yellowNotices);

    // One is reported that day: it warns no more.
    const dept = await server.signedIn('admin', 'DEPT_STAFF');
    await dept.ok(REPORT, {
      id: onTime.id,
      version: onTime.version,
      input: { report: '已整改', evidence: '照片' },
    });

    // The next morning the other is red; the reported one stays yellow on the board.
    server.clock.set(new Date(deadline.getTime() + 12 * 3600_000));
    expect((await scan()).warnings).toBeGreaterThanOrEqual(1);
    office = await server.signedIn('admin', 'OFFICE_STAFF');
    board = (await office.ok(BOARD, { filter: { departmentId: market, colour: 'RED' } })).supervisionBoard
      .items;
    expect(board.filter((item: { step: string }) => item.step === 'RECTIFY')).toEqual([
      expect.objectContaining({ colour: 'RED', suggestion: late.text, suggestionId: late.id }),
    ]);
    expect(await told('RECTIFICATION_WARNING_RED')).toEqual(
      expect.arrayContaining(['dept', 'deptlead', 'office', 'officelead']),
    );
    const counts = (await office.ok(COUNTS, { filter: {} })).supervisionCounts.find(
      (row: { departmentId: string }) => row.departmentId === market,
    );
    expect(counts.red).toBeGreaterThanOrEqual(1);
    const items = await server.db.query(
      `SELECT colour FROM supervision_item WHERE suggestion_id = $1 ORDER BY colour`,
      [late.id],
    );
    expect(items).toEqual([{ colour: 'RED' }, { colour: 'YELLOW' }]);
    expect(
      await server.db.query(`SELECT colour FROM supervision_item WHERE suggestion_id = $1`, [onTime.id]),
    ).toEqual([{ colour: 'YELLOW' }]);
    server.clock.set(TEST_EPOCH);
  });

  it("counts overdue suggestions on the department's scorecard, by their deadline's day", async () => {
    // From the first test: one overdue and never reported, one reported on time.
    server.clock.set(new Date(new Date(TEST_EPOCH).getTime() + 20 * 86_400_000));
    const office = await server.signedIn('admin', 'OFFICE_STAFF');
    const row = async (from: string, to: string) =>
      (await office.ok(SCORECARD, { period: { from, to } })).scorecard.rows.find(
        (r: { departmentId: string }) => r.departmentId === market,
      );
    expect((await row('2026-06-01', '2026-06-30')).current.overdueSuggestions).toBe(1);
    // The period before holds none, nor does a period that ends before the deadline.
    expect((await row('2026-06-01', '2026-06-30')).previous.overdueSuggestions).toBe(0);
    expect((await row('2026-06-01', '2026-06-15')).current.overdueSuggestions).toBe(0);
    // Reported late, it still counts; the department sees its own figure.
    const [late] = await server.db.query(
      `SELECT id, version FROM rectification_suggestion WHERE state = 'ISSUED' AND suggestion = '第 1 条整改建议'`,
    );
    const dept = await server.signedIn('admin', 'DEPT_STAFF');
    await dept.ok(REPORT, {
      id: late.id,
      version: late.version,
      input: { report: '已整改', evidence: '照片' },
    });
    const own = (await dept.ok(SCORECARD, { period: { from: '2026-06-01', to: '2026-06-30' } })).scorecard
      .rows;
    expect(own).toEqual([expect.objectContaining({ departmentId: market })]);
    expect(own[0].current.overdueSuggestions).toBe(1);
    server.clock.set(TEST_EPOCH);
  });
});
