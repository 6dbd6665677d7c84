import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { TEST_EPOCH, errorCode, startTestServer, type GqlClient, type TestServer } from './harness.js';

/*
 * Administrative inspections (docs/inspections.md), on a real server with a controlled clock:
 * who sees what, the three outcomes of a finding, verification of a rectification, and the
 * figures of a period on a fixture whose counts are worked out by hand below.
 */

let server: TestServer;
let leader: GqlClient;
let staff: GqlClient;
let inspector: GqlClient;
let inspector2: GqlClient;
let dept: GqlClient;
let market: string;
let other: string;
let enterpriseId: string;

const TEAM = 'id name leader { id displayName } members { id displayName } version';
const TASK =
  'id title focus team { id name } grid { id name } department { id name } startsOn endsOn records version';
const RECT =
  'id findingId findingDescription department { id name } suggestion deadline state warning report evidence reportedAt returnReason version';
const FINDING = `id recordId description outcome solution caseId caseTrackingNo department { id } version rectification { ${RECT} }`;
// A record's findings select what a list needs: lists within lists count against the query cost.
const RECORD = `id taskId inspector { displayName } inspectedOn place checked
  findings { id description outcome version caseId rectification { id version deadline } }`;
const FIGURES = 'teamId teamName dispatched inspectors found solved suggested onTime overdue';

const CREATE_TEAM = `mutation ($input: InspectionTeamInput!) { createInspectionTeam(input: $input) { ${TEAM} } }`;
const UPDATE_TEAM = `mutation ($id: ID!, $input: InspectionTeamInput!, $version: Int!) {
  updateInspectionTeam(id: $id, input: $input, version: $version) { ${TEAM} } }`;
const CREATE_TASK = `mutation ($input: InspectionTaskInput!) { createInspectionTask(input: $input) { ${TASK} } }`;
const TASKS = `{ inspectionTasks { ${TASK} } }`;
const RECORDS = `query ($taskId: ID!) { inspectionRecords(taskId: $taskId) { ${RECORD} } }`;
const CREATE_RECORD = `mutation ($input: InspectionRecordInput!) { createInspectionRecord(input: $input) { ${RECORD} } }`;
const SOLVE = `mutation ($id: ID!, $version: Int!, $solution: String!) {
  solveFindingOnSpot(id: $id, version: $version, solution: $solution) { ${FINDING} } }`;
const FILE = `mutation ($id: ID!, $version: Int!, $input: FindingCaseInput!) {
  fileFindingAsCase(id: $id, version: $version, input: $input) { ${FINDING} } }`;
const SUGGEST = `mutation ($id: ID!, $version: Int!, $input: RectificationSuggestionInput!) {
  suggestRectification(id: $id, version: $version, input: $input) { ${FINDING} } }`;
const RECTIFICATIONS = `query ($state: RectificationState) { rectifications(state: $state) { ${RECT} } }`;
const REPORT = `mutation ($id: ID!, $version: Int!, $input: RectificationReportInput!) {
  reportRectification(id: $id, version: $version, input: $input) { ${RECT} } }`;
const ACCEPT = `mutation ($id: ID!, $version: Int!) { acceptRectification(id: $id, version: $version) { ${RECT} } }`;
const SEND_BACK = `mutation ($id: ID!, $version: Int!, $reason: String!) {
  sendBackRectification(id: $id, version: $version, reason: $reason) { ${RECT} } }`;
const FIGURES_QUERY = `query ($period: InspectionPeriodInput!) {
  inspectionFigures(period: $period) { total { ${FIGURES} } teams { ${FIGURES} } } }`;
const DRILL = `query ($period: InspectionPeriodInput!, $figure: InspectionFigure!, $teamId: ID) {
  inspectionFigureFindings(period: $period, figure: $figure, teamId: $teamId) { description } }`;

/** Sessions end after idle minutes, so after the clock jumps the office and the department sign in again. */
async function signInAgain(): Promise<void> {
  [staff, dept] = await Promise.all([
    server.signedIn('admin', 'OFFICE_STAFF'),
    server.signedIn('admin', 'DEPT_STAFF'),
  ]);
}

async function one<T>(sql: string, params: unknown[] = []): Promise<T> {
  const rows: T[] = await server.db.query(sql, params);
  return rows[0];
}

beforeAll(async () => {
  server = await startTestServer();
  // The fixture's figures are worked out by hand: set the demo's year of inspections aside
  // (CASCADE: the supervision board's items may name suggestions).
  await server.db.query(
    `TRUNCATE rectification_suggestion, inspection_finding, inspection_record, inspection_task,
              inspection_team_member, inspection_team CASCADE`,
  );
  // A second inspector, signing in with the demo password (its hash copied from the demo inspector).
  await server.db.query(
    `INSERT INTO app_user (username, display_name, mobile, password_hash, roles)
     SELECT 'inspector2', '吴巡查', '13800009999', password_hash, roles FROM app_user WHERE username = 'inspector'`,
  );
  [leader, staff, inspector, dept] = await Promise.all([
    server.signedIn('admin', 'OFFICE_LEADER'),
    server.signedIn('admin', 'OFFICE_STAFF'),
    server.signedIn('admin', 'INSPECTOR'),
    server.signedIn('admin', 'DEPT_STAFF'),
  ]);
  inspector2 = server.admin();
  const login = await inspector2.login('inspector2');
  if (login.errors) throw new Error(JSON.stringify(login.errors));
  market = (await one<{ id: string }>(`SELECT id FROM department WHERE name = '区市场监督管理局'`)).id;
  other = (
    await one<{ id: string }>(`SELECT id FROM department WHERE id <> $1 AND active ORDER BY name LIMIT 1`, [
      market,
    ])
  ).id;
  enterpriseId = (await one<{ id: string }>('SELECT id FROM enterprise ORDER BY name LIMIT 1')).id;
});
afterAll(() => server.close());

const userId = async (username: string) =>
  (await one<{ id: string }>('SELECT id FROM app_user WHERE username = $1', [username])).id;

describe('inspections', () => {
  let teamA: { id: string; version: number };
  let teamB: { id: string };
  let taskA: string;
  let taskB: string;
  // The findings by name, as last read.
  const f: Record<
    string,
    { id: string; version: number; rectification: { id: string; version: number; deadline: string } | null }
  > = {};

  it('lets the office leader keep teams of inspectors and their tasks', async () => {
    const [me, two] = [await userId('inspector'), await userId('inspector2')];
    const { createInspectionTeam: a } = await leader.ok(CREATE_TEAM, {
      input: { name: '第一巡查组', leaderId: me, memberIds: [] },
    });
    expect(a.leader.displayName).toBe('周巡查');
    expect(a.members.map((m: { id: string }) => m.id)).toEqual([me]);
    teamA = a;
    const { createInspectionTeam: b } = await leader.ok(CREATE_TEAM, {
      input: { name: '第二巡查组', leaderId: two, memberIds: [two] },
    });
    teamB = b;

    // Only inspectors may be members; each problem names its field.
    const bad = await leader.request(CREATE_TEAM, {
      input: { name: '第三巡查组', leaderId: await userId('dept'), memberIds: [] },
    });
    expect(errorCode(bad)).toBe('VALIDATION');
    expect(bad.errors?.[0]?.extensions?.fields).toEqual([expect.objectContaining({ field: 'leaderId' })]);
    // Staff of the office read teams but do not keep them.
    expect(
      errorCode(await staff.request(CREATE_TEAM, { input: { name: 'x', leaderId: me, memberIds: [] } })),
    ).toBe('FORBIDDEN');

    // A stale version loses.
    const renamed = await leader.ok(UPDATE_TEAM, {
      id: a.id,
      input: { name: '第一巡查小组', leaderId: me, memberIds: [me] },
      version: a.version,
    });
    expect(renamed.updateInspectionTeam.name).toBe('第一巡查小组');
    const stale = await leader.request(UPDATE_TEAM, {
      id: a.id,
      input: { name: '第一组', leaderId: me, memberIds: [me] },
      version: a.version,
    });
    expect(errorCode(stale)).toBe('CONFLICT');

    const grid = await one<{ id: string }>(
      'SELECT id FROM grid WHERE parent_id IS NULL ORDER BY name LIMIT 1',
    );
    const { createInspectionTask: t1 } = await leader.ok(CREATE_TASK, {
      input: {
        teamId: a.id,
        title: '六月巡查',
        focus: 'DUTIES',
        gridId: grid.id,
        startsOn: '2026-06-01',
        endsOn: '2026-06-30',
      },
    });
    expect(t1).toMatchObject({
      focus: 'DUTIES',
      grid: { id: grid.id },
      department: null,
      startsOn: '2026-06-01',
    });
    taskA = t1.id;
    const { createInspectionTask: t2 } = await leader.ok(CREATE_TASK, {
      input: {
        teamId: b.id,
        title: '市场监管巡查',
        focus: 'MARKET_REGULATION',
        departmentId: market,
        startsOn: '2026-06-10',
        endsOn: '2026-06-20',
      },
    });
    taskB = t2.id;
    // Team A's August task: the team is dispatched in August, with nothing recorded.
    await leader.ok(CREATE_TASK, {
      input: {
        teamId: a.id,
        title: '八月巡查',
        focus: 'PUBLIC_SERVICE',
        departmentId: other,
        startsOn: '2026-08-01',
        endsOn: '2026-08-31',
      },
    });

    // A task needs exactly one target, and a period that does not run backwards.
    const noTarget = await leader.request(CREATE_TASK, {
      input: { teamId: a.id, title: 'x', focus: 'DUTIES', startsOn: '2026-06-02', endsOn: '2026-06-01' },
    });
    expect(noTarget.errors?.[0]?.extensions?.fields).toEqual([
      expect.objectContaining({ field: 'target' }),
      expect.objectContaining({ field: 'endsOn' }),
    ]);
  });

  it("shows an inspector only their team's tasks and records", async () => {
    const mine = (await inspector.ok(TASKS)).inspectionTasks.map((t: { title: string }) => t.title);
    expect(mine.sort()).toEqual(['八月巡查', '六月巡查']);
    const theirs = (await inspector2.ok(TASKS)).inspectionTasks.map((t: { title: string }) => t.title);
    expect(theirs).toEqual(['市场监管巡查']);
    expect((await staff.ok(TASKS)).inspectionTasks).toHaveLength(3);
    // Another team's task is as good as absent.
    expect(errorCode(await inspector.request(RECORDS, { taskId: taskB }))).toBe('NOT_FOUND');
    const foreign = await inspector.request(CREATE_RECORD, {
      input: { taskId: taskB, inspectedOn: '2026-06-15', place: 'x', checked: 'x', findings: [] },
    });
    expect(errorCode(foreign)).toBe('NOT_FOUND');
  });

  it('records inspections with findings, and turns each finding to one of its three outcomes', async () => {
    const finding = (description: string, departmentId: string) => ({
      category: 'ENFORCEMENT',
      departmentId,
      description,
    });
    const { createInspectionRecord: r1 } = await inspector.ok(CREATE_RECORD, {
      input: {
        taskId: taskA,
        inspectedOn: '2026-06-15',
        place: '政务服务中心',
        checked: '窗口服务',
        findings: [
          finding('f1 窗口无人', market),
          finding('f2 收费未公示', market),
          finding('f3 办事指南过期', other),
          finding('f4 企业反映审批慢', market),
          finding('f5 待核实', other),
        ],
      },
    });
    expect(r1.inspector.displayName).toBe('周巡查');
    expect(r1.findings.map((x: { outcome: string }) => x.outcome)).toEqual([
      'OPEN',
      'OPEN',
      'OPEN',
      'OPEN',
      'OPEN',
    ]);
    for (const x of r1.findings) f[x.description.split(' ')[0]] = x;
    const { createInspectionRecord: r2 } = await inspector2.ok(CREATE_RECORD, {
      input: {
        taskId: taskB,
        inspectedOn: '2026-06-16',
        place: '农贸市场',
        checked: '价格公示',
        findings: [finding('g1 价签缺失', market), finding('g2 秤不准', market)],
      },
    });
    for (const x of r2.findings) f[x.description.split(' ')[0]] = x;

    // 1. Solved on the spot, saying how; a second decision on the same version loses.
    const { solveFindingOnSpot: s1 } = await inspector.ok(SOLVE, {
      id: f.f1.id,
      version: f.f1.version,
      solution: '当场调配人员',
    });
    expect(s1).toMatchObject({ outcome: 'SOLVED', solution: '当场调配人员' });
    expect(
      errorCode(await inspector.request(SOLVE, { id: f.f1.id, version: f.f1.version, solution: 'x' })),
    ).toBe('CONFLICT');
    const again = await inspector.request(SOLVE, { id: f.f1.id, version: s1.version, solution: 'x' });
    expect(errorCode(again)).toBe('VALIDATION');
    // Another team's inspector cannot touch it.
    expect(
      errorCode(await inspector2.request(SOLVE, { id: f.f5.id, version: f.f5.version, solution: 'x' })),
    ).toBe('NOT_FOUND');
    await inspector2.ok(SOLVE, { id: f.g2.id, version: f.g2.version, solution: '更换计量器具' });

    // 2. Turned into a case, channel 巡查发现, through the cases' intake, linked to the finding.
    const { fileFindingAsCase: c4 } = await inspector.ok(FILE, {
      id: f.f4.id,
      version: f.f4.version,
      input: { enterpriseId, kind: 'DIFFICULTY', title: '审批慢' },
    });
    expect(c4.outcome).toBe('CASE');
    expect(c4.caseTrackingNo).toMatch(/\d/);
    const filed = await one<{ channel: string; state: string; named: string; enterprise: string }>(
      `SELECT channel, state, named_department_id AS named, enterprise_id AS enterprise FROM case_file WHERE id = $1`,
      [c4.caseId],
    );
    expect(filed).toEqual({
      channel: 'INSPECTION',
      state: 'SUBMITTED',
      named: market,
      enterprise: enterpriseId,
    });
    const { case: caseFile } = await staff.ok('query ($id: ID!) { case(id: $id) { channel } }', {
      id: c4.caseId,
    });
    expect(caseFile.channel).toBe('INSPECTION');

    // 3. Turned into a suggestion to the department concerned, due in working days.
    for (const [name, client, days] of [
      ['f2', inspector, 5],
      ['f3', inspector, 2],
      ['g1', inspector2, 3],
    ] as const) {
      const { suggestRectification: s } = await client.ok(SUGGEST, {
        id: f[name].id,
        version: f[name].version,
        input: { suggestion: `${name} 整改`, workingDays: days },
      });
      expect(s.outcome).toBe('SUGGESTION');
      expect(s.rectification).toMatchObject({
        state: 'ISSUED',
        warning: 'NONE',
        department: { id: name === 'f3' ? other : market },
      });
      f[name] = s;
    }
    const bad = await inspector.request(SUGGEST, {
      id: f.f5.id,
      version: f.f5.version,
      input: { suggestion: 'x', workingDays: 0 },
    });
    expect(bad.errors?.[0]?.extensions?.fields).toEqual([expect.objectContaining({ field: 'workingDays' })]);

    const records = (await inspector.ok(RECORDS, { taskId: taskA })).inspectionRecords;
    const outcomes = records[0].findings
      .map((x: { description: string; outcome: string }) => [x.description.split(' ')[0], x.outcome])
      .sort();
    expect(outcomes).toEqual([
      ['f1', 'SOLVED'],
      ['f2', 'SUGGESTION'],
      ['f3', 'SUGGESTION'],
      ['f4', 'CASE'],
      ['f5', 'OPEN'],
    ]);
  });

  it('shows a department only the suggestions addressed to it, and lets the office verify its report', async () => {
    const seen = (await dept.ok(RECTIFICATIONS)).rectifications.map(
      (r: { suggestion: string }) => r.suggestion,
    );
    expect(seen.sort()).toEqual(['f2 整改', 'g1 整改']);
    expect((await staff.ok(RECTIFICATIONS)).rectifications).toHaveLength(3);
    const f3 = f.f3.rectification!;
    const foreign = await dept.request(REPORT, {
      id: f3.id,
      version: f3.version,
      input: { report: 'x', evidence: 'x' },
    });
    expect(errorCode(foreign)).toBe('NOT_FOUND');

    // f2: reported at once, sent back with a reason, reported again and accepted — all on time.
    let r = f.f2.rectification!;
    const empty = await dept.request(REPORT, {
      id: r.id,
      version: r.version,
      input: { report: ' ', evidence: '照片' },
    });
    expect(empty.errors?.[0]?.extensions?.fields).toEqual([expect.objectContaining({ field: 'report' })]);
    r = (
      await dept.ok(REPORT, {
        id: r.id,
        version: r.version,
        input: { report: '已公示', evidence: '公示照片' },
      })
    ).reportRectification;
    expect(r).toMatchObject({ state: 'REPORTED', warning: null });
    r = (await staff.ok(SEND_BACK, { id: r.id, version: r.version, reason: '照片不清晰' }))
      .sendBackRectification;
    expect(r).toMatchObject({ state: 'ISSUED', returnReason: '照片不清晰', reportedAt: null });
    expect(errorCode(await staff.request(ACCEPT, { id: r.id, version: r.version }))).toBe('VALIDATION');
    r = (
      await dept.ok(REPORT, {
        id: r.id,
        version: r.version,
        input: { report: '已重新公示', evidence: '清晰照片' },
      })
    ).reportRectification;
    r = (await staff.ok(ACCEPT, { id: r.id, version: r.version })).acceptRectification;
    expect(r).toMatchObject({ state: 'ACCEPTED', report: '已重新公示', evidence: '清晰照片' });

    // The yellow card on the deadline's working day, the red one after it (the cases' rule).
    const deadline = new Date(f.f3.rectification!.deadline);
    server.clock.set(new Date(deadline.getTime() - 3 * 3600_000));
    await signInAgain();
    expect(
      (await staff.ok(RECTIFICATIONS, { state: 'ISSUED' })).rectifications.map(
        (x: { suggestion: string; warning: string }) => [x.suggestion, x.warning],
      ),
    ).toContainEqual(['f3 整改', 'YELLOW']);

    // Ten days on: g1 is reported late and accepted; f3 is never reported.
    server.clock.set(new Date(new Date(TEST_EPOCH).getTime() + 10 * 86_400_000));
    await signInAgain();
    const issued = (await staff.ok(RECTIFICATIONS, { state: 'ISSUED' })).rectifications;
    expect(
      issued.map((x: { suggestion: string; warning: string }) => [x.suggestion, x.warning]).sort(),
    ).toEqual([
      ['f3 整改', 'RED'],
      ['g1 整改', 'RED'],
    ]);
    let g1 = f.g1.rectification!;
    g1 = (
      await dept.ok(REPORT, {
        id: g1.id,
        version: g1.version,
        input: { report: '已补价签', evidence: '照片' },
      })
    ).reportRectification;
    await staff.ok(ACCEPT, { id: g1.id, version: g1.version });
  });

  it('refuses a period day that is not on the calendar, naming it, before any SQL sees it', async () => {
    for (const to of ['9999-99-99', '2026-02-30', '0000-01-01']) {
      const answer = await staff.request(FIGURES_QUERY, { period: { from: '2026-06-01', to } });
      expect(answer.errors?.[0]?.extensions).toMatchObject({ code: 'VALIDATION', fields: [{ field: 'to' }] });
    }
  });

  it('counts the figures of a period per team and in total, each drilling down to its findings', async () => {
    const june = { from: '2026-06-01', to: '2026-06-30' };
    const { inspectionFigures } = await staff.ok(FIGURES_QUERY, { period: june });
    // By hand: team A recorded f1–f5 (f1 solved on the spot, f2 rectified on time, f3 overdue,
    // f4 a case still open, f5 open); team B g1 (rectified after its deadline) and g2 (solved).
    expect(inspectionFigures.teams).toEqual([
      {
        teamId: teamA.id,
        teamName: '第一巡查小组',
        dispatched: 1,
        inspectors: 1,
        found: 5,
        solved: 2,
        suggested: 2,
        onTime: 1,
        overdue: 1,
      },
      {
        teamId: teamB.id,
        teamName: '第二巡查组',
        dispatched: 1,
        inspectors: 1,
        found: 2,
        solved: 2,
        suggested: 1,
        onTime: 0,
        overdue: 1,
      },
    ]);
    expect(inspectionFigures.total).toEqual({
      teamId: null,
      teamName: null,
      dispatched: 2,
      inspectors: 2,
      found: 7,
      solved: 4,
      suggested: 3,
      onTime: 1,
      overdue: 2,
    });
    const drill = async (figure: string, teamId: string | null = null) =>
      (await staff.ok(DRILL, { period: june, figure, teamId })).inspectionFigureFindings
        .map((x: { description: string }) => x.description.split(' ')[0])
        .sort();
    expect(await drill('OVERDUE')).toEqual(['f3', 'g1']);
    expect(await drill('SOLVED', teamB.id)).toEqual(['g1', 'g2']);
    expect(await drill('ON_TIME')).toEqual(['f2']);
    expect(await drill('FOUND', teamA.id)).toEqual(['f1', 'f2', 'f3', 'f4', 'f5']);

    // August: team A is dispatched, nothing is recorded yet.
    const august = (await staff.ok(FIGURES_QUERY, { period: { from: '2026-08-01', to: '2026-08-31' } }))
      .inspectionFigures;
    expect(august.total).toMatchObject({ dispatched: 1, inspectors: 0, found: 0 });
    const backwards = await staff.request(FIGURES_QUERY, {
      period: { from: '2026-06-30', to: '2026-06-01' },
    });
    expect(backwards.errors?.[0]?.extensions?.fields).toEqual([expect.objectContaining({ field: 'to' })]);
  });
});
