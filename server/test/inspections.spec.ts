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
const TASKS = `query ($first: Int, $after: String) {
  inspectionTasks(first: $first, after: $after) { items { ${TASK} } nextCursor } }`;
const RECORDS = `query ($taskId: ID!, $first: Int, $after: String) {
  inspectionRecords(taskId: $taskId, first: $first, after: $after) { items { ${RECORD} } nextCursor } }`;
const CREATE_RECORD = `mutation ($input: InspectionRecordInput!) { createInspectionRecord(input: $input) { ${RECORD} } }`;
const SOLVE = `mutation ($id: ID!, $version: Int!, $solution: String!) {
  solveFindingOnSpot(id: $id, version: $version, solution: $solution) { ${FINDING} } }`;
const FILE = `mutation ($id: ID!, $version: Int!, $input: FindingCaseInput!) {
  fileFindingAsCase(id: $id, version: $version, input: $input) { ${FINDING} } }`;
const SUGGEST = `mutation ($id: ID!, $version: Int!, $input: RectificationSuggestionInput!) {
  suggestRectification(id: $id, version: $version, input: $input) { ${FINDING} } }`;
const RECTIFICATIONS = `query ($state: RectificationState, $first: Int, $after: String) {
  rectifications(state: $state, first: $first, after: $after) { items { ${RECT} } nextCursor } }`;
const REPORT = `mutation ($id: ID!, $version: Int!, $input: RectificationReportInput!) {
  reportRectification(id: $id, version: $version, input: $input) { ${RECT} } }`;
const ACCEPT = `mutation ($id: ID!, $version: Int!) { acceptRectification(id: $id, version: $version) { ${RECT} } }`;
const SEND_BACK = `mutation ($id: ID!, $version: Int!, $reason: String!) {
  sendBackRectification(id: $id, version: $version, reason: $reason) { ${RECT} } }`;
const FIGURES_QUERY = `query ($period: InspectionPeriodInput!) {
  inspectionFigures(period: $period) { total { ${FIGURES} } teams { ${FIGURES} } } }`;
const DRILL = `query ($period: InspectionPeriodInput!, $figure: InspectionFigure!, $teamId: ID, $first: Int, $after: String) {
  inspectionFigureFindings(period: $period, figure: $figure, teamId: $teamId, first: $first, after: $after) {
    items { id recordId taskId inspectedOn description } nextCursor } }`;

type Page<T> = { items: T[]; nextCursor: string | null };

/**
 * Every item of a list, read page after page of `first` items by following the cursors; each
 * page but the last is full, and the last has no cursor. Items are as loosely typed as `ok`'s answers.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
async function all<T = any>(
  client: GqlClient,
  query: string,
  field: string,
  variables: Record<string, unknown> = {},
  first = 100,
): Promise<{ items: T[]; pages: number }> {
  const items: T[] = [];
  let after: string | null = null;
  let pages = 0;
  do {
    const page: Page<T> = (await client.ok(query, { ...variables, first, after }))[field];
    pages += 1;
    if (page.nextCursor) expect(page.items).toHaveLength(first);
    else expect(page.items.length).toBeLessThanOrEqual(first);
    items.push(...page.items);
    after = page.nextCursor;
    if (pages > 1000) throw new Error(`${field}: the cursors never end`);
  } while (after);
  return { items, pages };
}

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
    const mine = (await all(inspector, TASKS, 'inspectionTasks')).items.map(
      (t: { title: string }) => t.title,
    );
    expect(mine.sort()).toEqual(['八月巡查', '六月巡查']);
    const theirs = (await all(inspector2, TASKS, 'inspectionTasks')).items.map(
      (t: { title: string }) => t.title,
    );
    expect(theirs).toEqual(['市场监管巡查']);
    expect((await all(staff, TASKS, 'inspectionTasks')).items).toHaveLength(3);
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

    const records = (await all(inspector, RECORDS, 'inspectionRecords', { taskId: taskA }, 10)).items;
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
    const seen = (await all(dept, RECTIFICATIONS, 'rectifications')).items.map(
      (r: { suggestion: string }) => r.suggestion,
    );
    expect(seen.sort()).toEqual(['f2 整改', 'g1 整改']);
    expect((await all(staff, RECTIFICATIONS, 'rectifications')).items).toHaveLength(3);
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
      (await all(staff, RECTIFICATIONS, 'rectifications', { state: 'ISSUED' })).items.map(
        (x: { suggestion: string; warning: string }) => [x.suggestion, x.warning],
      ),
    ).toContainEqual(['f3 整改', 'YELLOW']);

    // Ten days on: g1 is reported late and accepted; f3 is never reported.
    server.clock.set(new Date(new Date(TEST_EPOCH).getTime() + 10 * 86_400_000));
    await signInAgain();
    const issued = (await all(staff, RECTIFICATIONS, 'rectifications', { state: 'ISSUED' })).items;
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
      (await all(staff, DRILL, 'inspectionFigureFindings', { period: june, figure, teamId }, 1)).items
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

/*
 * Every growing list of inspections is a keyset page (docs/inspections.md#lists). September's
 * fixture, written straight into the tables: tasks of both teams with days in common, records
 * with days in common, two findings each turned into suggestions with deadlines in common, so
 * that the ids must break the ties.
 */
describe('keyset pages of the inspection lists', () => {
  let teamA: string;
  let teamB: string;
  let taskS: string;
  let taskT: string;
  const september = { from: '2026-09-01', to: '2026-09-30' };

  const ids = async (sql: string, params: unknown[] = []) =>
    ((await server.db.query(sql, params)) as { id: string }[]).map((row) => row.id);

  beforeAll(async () => {
    teamA = (await one<{ id: string }>(`SELECT id FROM inspection_team WHERE name = '第一巡查小组'`)).id;
    teamB = (await one<{ id: string }>(`SELECT id FROM inspection_team WHERE name = '第二巡查组'`)).id;
    // 13 tasks over three days: 10 for team A, 3 for team B (i = 4, 8, 12).
    await server.db.query(
      `INSERT INTO inspection_task (team_id, title, focus, department_id, starts_on, ends_on)
       SELECT CASE WHEN i % 4 = 0 THEN $2::uuid ELSE $1::uuid END, '九月巡查 ' || i, 'DUTIES', $3,
              DATE '2026-09-01' + (i % 3), DATE '2026-09-30'
         FROM generate_series(1, 13) AS i`,
      [teamA, teamB, market],
    );
    taskS = (await one<{ id: string }>(`SELECT id FROM inspection_task WHERE title = '九月巡查 1'`)).id;
    taskT = (await one<{ id: string }>(`SELECT id FROM inspection_task WHERE title = '九月巡查 4'`)).id;
    // 7 records of team A's task and 3 of team B's, over three days; two findings each (market,
    // other), each a suggestion with one of four deadlines.
    await server.db.query(
      `INSERT INTO inspection_record (task_id, inspector_id, inspected_on, place, checked)
       SELECT CASE WHEN i <= 7 THEN $1::uuid ELSE $2::uuid END,
              (SELECT id FROM app_user WHERE username = CASE WHEN i <= 7 THEN 'inspector' ELSE 'inspector2' END),
              DATE '2026-09-10' + (i % 3), '地点 ' || i, '九月检查'
         FROM generate_series(1, 10) AS i`,
      [taskS, taskT],
    );
    await server.db.query(
      `INSERT INTO inspection_finding (record_id, category, department_id, description, outcome)
       SELECT r.id, 'OTHER', CASE WHEN k = 1 THEN $1::uuid ELSE $2::uuid END, '九月问题 ' || r.place || '-' || k,
              'SUGGESTION'
         FROM inspection_record r, generate_series(1, 2) AS k WHERE r.checked = '九月检查'`,
      [market, other],
    );
    await server.db.query(
      `INSERT INTO rectification_suggestion (finding_id, department_id, suggestion, issued_at, deadline)
       SELECT f.id, f.department_id, '九月建议 ' || f.description, TIMESTAMPTZ '2026-09-20 10:00+08',
              TIMESTAMPTZ '2026-10-09 17:30+08' + make_interval(days => (row_number() OVER (ORDER BY f.id))::int % 4)
         FROM inspection_finding f WHERE f.description LIKE '九月问题 %'`,
    );
    // The clock moved on in the tests above: everyone signs in again.
    [leader, staff, inspector, dept] = await Promise.all([
      server.signedIn('admin', 'OFFICE_LEADER'),
      server.signedIn('admin', 'OFFICE_STAFF'),
      server.signedIn('admin', 'INSPECTOR'),
      server.signedIn('admin', 'DEPT_STAFF'),
    ]);
    inspector2 = server.admin();
    const login = await inspector2.login('inspector2');
    if (login.errors) throw new Error(JSON.stringify(login.errors));
  });

  it("pages an inspector through their teams' tasks only, newest first, and the office through all", async () => {
    const order = `ORDER BY starts_on DESC, id DESC`;
    const mine = await all(inspector, TASKS, 'inspectionTasks', {}, 5);
    expect(mine.pages).toBe(3);
    expect(mine.items.map((t: { id: string }) => t.id)).toEqual(
      await ids(`SELECT id FROM inspection_task WHERE team_id = $1 ${order}`, [teamA]),
    );
    expect(new Set(mine.items.map((t: { team: { id: string } }) => t.team.id))).toEqual(new Set([teamA]));
    const theirs = await all(inspector2, TASKS, 'inspectionTasks', {}, 1);
    expect(theirs.pages).toBe(4);
    expect(theirs.items.map((t: { id: string }) => t.id)).toEqual(
      await ids(`SELECT id FROM inspection_task WHERE team_id = $1 ${order}`, [teamB]),
    );
    const every = await all(staff, TASKS, 'inspectionTasks', {}, 4);
    expect(every.items.map((t: { id: string }) => t.id)).toEqual(
      await ids(`SELECT id FROM inspection_task ${order}`),
    );
    expect(every.items).toHaveLength(16);

    // Another inspector's cursor does not widen the scope: the page after it is still their own.
    const first = (await inspector.ok(TASKS, { first: 1 })).inspectionTasks;
    const next = (await inspector2.ok(TASKS, { first: 100, after: first.nextCursor })).inspectionTasks;
    expect(next.items.every((t: { team: { id: string } }) => t.team.id === teamB)).toBe(true);
  });

  it("pages through a task's records, newest first, each with its own findings", async () => {
    const records = await all(inspector, RECORDS, 'inspectionRecords', { taskId: taskS }, 3);
    expect(records.pages).toBe(3);
    expect(records.items.map((r: { id: string }) => r.id)).toEqual(
      await ids(`SELECT id FROM inspection_record WHERE task_id = $1 ORDER BY inspected_on DESC, id DESC`, [
        taskS,
      ]),
    );
    for (const record of records.items as { place: string; findings: { description: string }[] }[]) {
      expect(record.findings.map((f) => f.description).sort()).toEqual([
        `九月问题 ${record.place}-1`,
        `九月问题 ${record.place}-2`,
      ]);
    }
    // The office reads them too; another team's inspector does not, with or without a cursor.
    expect((await all(staff, RECORDS, 'inspectionRecords', { taskId: taskS }, 10)).items).toHaveLength(7);
    const page = (await inspector.ok(RECORDS, { taskId: taskS, first: 2 })).inspectionRecords;
    expect(
      errorCode(await inspector2.request(RECORDS, { taskId: taskS, first: 2, after: page.nextCursor })),
    ).toBe('NOT_FOUND');
  });

  it('pages a department through the suggestions addressed to it only, the earliest deadline first', async () => {
    const order = 'ORDER BY deadline, id';
    const mine = await all(dept, RECTIFICATIONS, 'rectifications', {}, 2);
    expect(mine.pages).toBe(6);
    expect(mine.items.map((r: { id: string }) => r.id)).toEqual(
      await ids(`SELECT id FROM rectification_suggestion WHERE department_id = $1 ${order}`, [market]),
    );
    expect(new Set(mine.items.map((r: { department: { id: string } }) => r.department.id))).toEqual(
      new Set([market]),
    );
    const issued = await all(dept, RECTIFICATIONS, 'rectifications', { state: 'ISSUED' }, 3);
    expect(issued.items.map((r: { id: string }) => r.id)).toEqual(
      await ids(
        `SELECT id FROM rectification_suggestion WHERE department_id = $1 AND state = 'ISSUED' ${order}`,
        [market],
      ),
    );
    expect(issued.items).toHaveLength(10);
    const every = await all(staff, RECTIFICATIONS, 'rectifications', {}, 4);
    expect(every.items.map((r: { id: string }) => r.id)).toEqual(
      await ids(`SELECT id FROM rectification_suggestion ${order}`),
    );
    expect(every.items).toHaveLength(23);
    const accepted = await all(staff, RECTIFICATIONS, 'rectifications', { state: 'ACCEPTED' }, 1);
    expect(accepted.items.map((r: { suggestion: string }) => r.suggestion).sort()).toEqual([
      'f2 整改',
      'g1 整改',
    ]);
    // The office's cursor in a department's hands pages on within the department.
    const first = (await staff.ok(RECTIFICATIONS, { first: 1 })).rectifications;
    const next = (await dept.ok(RECTIFICATIONS, { first: 100, after: first.nextCursor })).rectifications;
    expect(next.items.every((r: { department: { id: string } }) => r.department.id === market)).toBe(true);
  });

  it('pages through the findings behind a figure by day, record and finding, for all teams or one', async () => {
    const order = `FROM inspection_finding f JOIN inspection_record r ON r.id = f.record_id
      WHERE r.inspected_on BETWEEN '2026-09-01' AND '2026-09-30'`;
    const found = await all(
      staff,
      DRILL,
      'inspectionFigureFindings',
      { period: september, figure: 'FOUND' },
      3,
    );
    expect(found.pages).toBe(7);
    expect(found.items.map((f: { id: string }) => f.id)).toEqual(
      await ids(`SELECT f.id ${order} ORDER BY r.inspected_on, r.id, f.id`),
    );
    const teamFound = await all(
      staff,
      DRILL,
      'inspectionFigureFindings',
      { period: september, figure: 'SUGGESTED', teamId: teamB },
      4,
    );
    expect(teamFound.items.map((f: { id: string }) => f.id)).toEqual(
      await ids(`SELECT f.id ${order} AND r.task_id = $1 ORDER BY r.inspected_on, r.id, f.id`, [taskT]),
    );
    expect(teamFound.items).toHaveLength(6);
    expect(
      (await all(staff, DRILL, 'inspectionFigureFindings', { period: september, figure: 'ON_TIME' })).items,
    ).toEqual([]);
  });

  it('refuses a bad page size or cursor of every list, naming the field in words', async () => {
    // Only the cursor is selected: the page size reaches the service, not the query-cost limit.
    const finding = (
      await ids(`SELECT id FROM inspection_finding WHERE description = '九月问题 地点 1-1'`)
    )[0];
    const lists: [GqlClient, string, string, Record<string, unknown>][] = [
      [inspector, 'inspectionTasks', '', {}],
      [inspector, 'inspectionRecords', '$taskId: ID!', { taskId: taskS }],
      [dept, 'rectifications', '', {}],
      [
        staff,
        'inspectionFigureFindings',
        '$period: InspectionPeriodInput!, $figure: InspectionFigure!',
        {
          period: september,
          figure: 'FOUND',
        },
      ],
      [inspector, 'inspectionFindingEnterprises', '$findingId: ID!', { findingId: finding }],
    ];
    const cursor = (values: unknown[]) => Buffer.from(JSON.stringify(values)).toString('base64url');
    for (const [client, field, declared, variables] of lists) {
      const args = Object.keys(variables).map((name) => `${name}: $${name}`);
      const query = `query (${[declared, '$first: Int, $after: String'].filter(Boolean).join(', ')}) {
        ${field}(${[...args, 'first: $first', 'after: $after'].join(', ')}) { nextCursor } }`;
      expect((await client.ok(query, { ...variables, first: 1 }))[field]).toHaveProperty('nextCursor');
      for (const [bad, name, words] of [
        [{ first: 0 }, 'first', '每页条数'],
        [{ first: 101 }, 'first', '每页条数'],
        [{ first: 5, after: 'garbage' }, 'after', '分页游标'],
        // Not a calendar day, not a UUID; and a cursor of the wrong length for every list.
        [{ first: 5, after: cursor(['2026-02-30', 'x']) }, 'after', '分页游标'],
        [{ first: 5, after: cursor(['a', 'b', 'c', 'd']) }, 'after', '分页游标'],
      ] as const) {
        const answer = await client.request(query, { ...variables, ...bad });
        expect(answer.errors?.[0]?.extensions).toMatchObject({
          code: 'VALIDATION',
          fields: [{ field: name }],
        });
        expect(answer.errors?.[0]?.extensions?.fields?.[0]).toMatchObject({
          message: expect.stringContaining(words),
        });
      }
    }
  });
});
