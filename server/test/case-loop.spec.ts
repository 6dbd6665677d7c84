import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { CaseEvaluation } from '../src/modules/cases/case-evaluation.service.js';
import { CN_HOLIDAYS_2025_2026, WorkingCalendar } from '@gridbridge/shared';
import { departmentAccounts } from './case-fixture.js';
import { errorCode, startTestServer, type GqlClient, type GqlResponse, type TestServer } from './harness.js';

/*
 * The case loop after acceptance (docs/lifecycle-and-deadlines.md#assignments), through the real
 * GraphQL APIs: assignment to a lead and a co-department, signing, first contact, progress,
 * opinions, the reply and its two approvals, send-back, evaluation, disputes, extensions and
 * returns — with the server's clock under the test's control.
 */

// What `ok` returns: results read deep, typed loosely on purpose.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Data = Record<string, any>;

const calendar = new WorkingCalendar(CN_HOLIDAYS_2025_2026);
const DAY = 24 * 60 * 60 * 1000;

let server: TestServer;
/** Department A is the demo's 区市场监督管理局 (`dept`, `deptlead`); B co-handles; C is only ever named. */
let A: string;
let B: string;
let C: string;

const CASE = `id state version leadDepartmentId reopenCount replyResult replyText officeNote
  evaluationSolved evaluationSatisfaction availableActions deadline { dueAt state workingDays }
  assignments { id departmentId departmentName role state signDeadline replyDeadline originalReplyDeadline signedAt
    firstContactedAt repliedAt paused opinion draftResult draftText pendingRequest requestDays sentBackAt }
  timeline { action fromState toState publicNote internalNote }`;

let serial = 0;
async function submit(kind = 'DIFFICULTY', namedDepartmentId: string | null = null): Promise<Data> {
  serial += 1;
  const enterprise = await signIn('portal', 'enterprise');
  return (
    await enterprise.ok(`mutation ($input: SubmitCaseInput!) { submitCase(input: $input) { id version } }`, {
      input: {
        kind,
        category: 'UTILITIES',
        title: `厂区用电增容申请迟迟未办理 ${serial}`,
        content: '我公司新增两条生产线，需要将用电容量从 400 千伏安增至 800 千伏安，申请提交一个月仍无答复。',
        contactConsent: true,
        attachmentIds: [],
        clientKey: `loop-${serial}-${kind}`,
        ...(namedDepartmentId ? { namedDepartmentId, misconductType: 'INACTION' } : {}),
      },
    })
  ).submitCase;
}

/**
 * One session per account, signed in once (a sign-in verifies an Argon2 hash); sessions expire
 * after 30 idle minutes of the server's clock, so a test that moves the clock calls `later`.
 */
const sessions = new Map<string, GqlClient>();
async function signIn(api: 'portal' | 'admin', username: string): Promise<GqlClient> {
  const known = sessions.get(username);
  if (known) return known;
  const client = api === 'portal' ? server.portal() : server.admin();
  const response = await client.login(username);
  if (response.errors) throw new Error(`sign-in as ${username}: ${JSON.stringify(response.errors)}`);
  sessions.set(username, client);
  return client;
}

/** Moves the server's clock on; everyone signs in again afterwards. */
function later(to: Date | number): void {
  if (typeof to === 'number') server.clock.advance(to);
  else server.clock.set(to);
  sessions.clear();
}

/** Calls a case mutation as `username` with the case's current version; answers the raw response. */
async function attempt(
  username: string,
  mutation: string,
  c: Data,
  args: Record<string, [string, unknown]> = {},
): Promise<GqlResponse<Data>> {
  const api = username.startsWith('enterprise') ? 'portal' : 'admin';
  const client = await signIn(api, username);
  const params = Object.entries(args).map(([name, [type]]) => `, $${name}: ${type}`);
  const passed = Object.keys(args).map((name) => `, ${name}: $${name}`);
  return client.request(
    `mutation ($id: ID!, $version: Int!${params.join('')}) {
      ${mutation}(id: $id, version: $version${passed.join('')}) { ${CASE} } }`,
    { id: c.id, version: c.version, ...Object.fromEntries(Object.entries(args).map(([k, [, v]]) => [k, v])) },
  );
}

/** As `attempt`, expecting success: the case as it is after the step. */
async function act(
  username: string,
  mutation: string,
  c: Data,
  args: Record<string, [string, unknown]> = {},
): Promise<Data> {
  const response = await attempt(username, mutation, c, args);
  if (response.errors) throw new Error(`${mutation} as ${username}: ${JSON.stringify(response.errors)}`);
  return response.data![mutation];
}

async function read(username: string, id: string): Promise<GqlResponse<Data>> {
  const portal = username.startsWith('enterprise');
  const client = await signIn(portal ? 'portal' : 'admin', username);
  return client.request(`query ($id: ID!) { ${portal ? 'myCase' : 'case'}(id: $id) { ${CASE} } }`, { id });
}

type Args = Record<string, [string, unknown]>;
const ACCEPT: Args = {
  input: ['AcceptCaseInput!', { category: 'UTILITIES', priority: 'NORMAL', complexity: 'SIMPLE' }],
};
const assignTo = (lead: string, co: string[] = []) => ({
  input: ['AssignCaseInput!', { leadDepartmentId: lead, coDepartmentIds: co, note: '请抓紧办理' }] as [
    string,
    unknown,
  ],
});
const DRAFT = {
  input: [
    'DraftReplyInput!',
    { result: 'RESOLVED', text: '已协调供电公司完成增容', internalNote: '供电所已确认', attachmentIds: [] },
  ] as [string, unknown],
};

/** A case accepted and assigned to A (and co-departments), as the office does it. */
async function assigned(co: string[] = []): Promise<Data> {
  const c = await submit();
  const accepted = await act('office', 'acceptCase', c, ACCEPT);
  return act('office', 'assignCase', accepted, assignTo(A, co));
}

const fieldOf = (response: GqlResponse) =>
  (response.errors?.[0]?.extensions?.fields as { field: string }[] | undefined)?.[0]?.field;

const eventsOf = async (id: string, action: string): Promise<Data[]> =>
  server.db.query(`SELECT details FROM case_event WHERE case_id = $1 AND action = $2 ORDER BY id`, [
    id,
    action,
  ]);

/** Who was told of `event` on a case, by username, with the parameters of their notice. */
const noticesOf = async (id: string, event: string): Promise<Data[]> =>
  server.db.query(
    `SELECT u.username, n.params FROM notification n JOIN app_user u ON u.id = n.user_id
      WHERE n.case_id = $1 AND n.event = $2 ORDER BY u.username`,
    [id, event],
  );

beforeAll(async () => {
  server = await startTestServer({ SUBMIT_RATE_LIMIT_PER_HOUR: '1000' });
  [{ id: A }] = await server.db.query(`SELECT department_id AS id FROM app_user WHERE username = 'dept'`);
  [{ id: B }, { id: C }] = await server.db.query(
    `SELECT id FROM department WHERE active AND id <> $1 ORDER BY name LIMIT 2`,
    [A],
  );
  await departmentAccounts(server, B, 'co-staff', 'co-lead');
});
afterAll(() => server.close());

describe('the limits in force', () => {
  it('come from the office leader’s settings for the case’s category and priority, and the first suggestion taken is kept', async () => {
    const leader = await signIn('admin', 'officelead');
    await leader.ok(
      `mutation ($key: TimeLimitsKey!, $input: TimeLimitsInput!) {
        saveTimeLimits(key: $key, version: 0, input: $input) { version } }`,
      {
        key: { category: 'FINANCING', priority: 'NORMAL' },
        input: { sign: 2, firstContact: 3, reply: 8, replyComplex: 20, review: 2 },
      },
    );
    const assignedAt = server.clock.now();
    const submitted = await submit();
    const accepted = await act('office', 'acceptCase', submitted, {
      input: ['AcceptCaseInput!', { category: 'FINANCING', priority: 'NORMAL', complexity: 'SIMPLE' }],
    });
    let c = await act('office', 'assignCase', accepted, assignTo(A, [B]));
    const [lead, co] = c.assignments;
    expect(new Date(lead.signDeadline)).toEqual(calendar.addWorkingDays(assignedAt, 2));
    expect(new Date(lead.replyDeadline)).toEqual(calendar.addWorkingDays(assignedAt, 8));
    expect(new Date(co.replyDeadline)).toEqual(calendar.addWorkingDays(assignedAt, 7));
    const [outcome] = await server.db.query(
      `SELECT chosen_lead_id AS "chosen" FROM assignment_suggestion_outcome WHERE case_id = $1`,
      [c.id],
    );
    expect(outcome).toEqual({ chosen: A });

    c = await act('dept', 'signCase', c);
    const [{ contactDeadline }] = await server.db.query(
      `SELECT contact_deadline AS "contactDeadline" FROM case_assignment WHERE case_id = $1 AND role = 'LEAD'`,
      [c.id],
    );
    expect(contactDeadline).toEqual(calendar.addWorkingDays(server.clock.now(), 3));
    c = await act('dept', 'draftCaseReply', c, DRAFT);
    c = await act('deptlead', 'submitCaseReply', c);
    expect(c.state).toBe('REPLY_REVIEW');
    expect(new Date(c.deadline.dueAt)).toEqual(calendar.addWorkingDays(server.clock.now(), 2));
  });
});

describe('the whole loop: accept → assign → sign → contact → reply → leader → office → evaluate', () => {
  it('runs with a co-department, a send-back, and records each step’s deadline on the timeline', async () => {
    const assignedAt = server.clock.now();
    let c = await assigned([B]);
    expect(c.state).toBe('ASSIGNED');
    expect(c.leadDepartmentId).toBe(A);
    const [lead, co] = c.assignments;
    expect(lead).toMatchObject({ departmentId: A, role: 'LEAD', state: 'ASSIGNED' });
    expect(co).toMatchObject({ departmentId: B, role: 'CO', state: 'ASSIGNED' });
    expect(new Date(lead.signDeadline)).toEqual(calendar.addWorkingDays(assignedAt, 1));
    expect(new Date(lead.replyDeadline)).toEqual(calendar.addWorkingDays(assignedAt, 5));
    expect(new Date(co.replyDeadline)).toEqual(calendar.addWorkingDays(assignedAt, 4));
    expect(new Date(c.deadline.dueAt)).toEqual(calendar.addWorkingDays(assignedAt, 1));
    const notified: Data[] = await server.db.query(
      `SELECT DISTINCT u.username FROM notification n JOIN app_user u ON u.id = n.user_id
        WHERE n.case_id = $1 AND n.event = 'CASE_ASSIGNED' ORDER BY u.username`,
      [c.id],
    );
    // Every account of both departments — the demo district's and the test's own — and nobody else.
    const accounts: Data[] = await server.db.query(
      `SELECT username FROM app_user WHERE department_id IN ($1, $2) ORDER BY username`,
      [A, B],
    );
    expect(accounts.map((n) => n.username)).toEqual(
      expect.arrayContaining(['co-lead', 'co-staff', 'dept', 'deptlead']),
    );
    expect(notified.map((n) => n.username)).toEqual(accounts.map((n) => n.username));

    // The co-department's leader sees only its own buttons, and can never reply.
    expect((await read('co-lead', c.id)).data!.case.availableActions.sort()).toEqual(['sign']);
    c = await act('co-staff', 'signCase', c);
    expect(c.state).toBe('ASSIGNED');
    expect(c.assignments[1].state).toBe('IN_PROGRESS');

    later(60 * 60 * 1000);
    c = await act('dept', 'signCase', c);
    expect(c.state).toBe('IN_PROGRESS');
    expect(c.deadline.dueAt).toBe(lead.replyDeadline);
    expect(c.availableActions.sort()).toEqual(['contact', 'draftReply', 'recordProgress']);
    const refused = await attempt('co-lead', 'draftCaseReply', c, DRAFT);
    expect(errorCode(refused)).toBe('INVALID_TRANSITION');
    expect(errorCode(await attempt('co-lead', 'submitCaseReply', c))).toBe('INVALID_TRANSITION');

    c = await act('dept', 'recordFirstContact', c, {
      input: [
        'FirstContactInput!',
        {
          method: 'PHONE',
          contactedAt: server.clock.now().toISOString(),
          summary: '电话联系企业负责人，了解增容需求',
        },
      ],
    });
    expect(c.assignments[0].firstContactedAt).not.toBeNull();
    c = await act('dept', 'recordCaseProgress', c, {
      input: ['ProgressInput!', { note: '已与供电公司现场踏勘', visibleToEnterprise: true }],
    });
    c = await act('co-staff', 'submitCaseOpinion', c, { opinion: ['String!', '电网容量满足，建议加快审批'] });
    expect(c.assignments[1]).toMatchObject({ state: 'OPINION_GIVEN', opinion: '电网容量满足，建议加快审批' });
    // The leader cannot send what nobody drafted.
    const undrafted = await attempt('deptlead', 'submitCaseReply', c);
    expect([errorCode(undrafted), fieldOf(undrafted)]).toEqual(['VALIDATION', 'reply']);
    c = await act('dept', 'draftCaseReply', c, DRAFT);
    expect(c.assignments[0]).toMatchObject({ state: 'REPLY_DRAFTED', draftText: '已协调供电公司完成增容' });
    // Staff may draft but not send.
    expect(errorCode(await attempt('dept', 'submitCaseReply', c))).toBe('FORBIDDEN');
    c = await act('deptlead', 'submitCaseReply', c);
    expect(c.state).toBe('REPLY_REVIEW');
    expect(new Date(c.deadline.dueAt)).toEqual(calendar.addWorkingDays(server.clock.now(), 1));

    // Sent back: the department works on to the same reply deadline, not a fresh one.
    c = await act('office', 'sendCaseBack', c, { reason: ['String!', '答复未说明办理时限'] });
    expect(c.state).toBe('IN_PROGRESS');
    expect(c.deadline.dueAt).toBe(lead.replyDeadline);
    expect(c.assignments[0].sentBackAt).not.toBeNull();
    c = await act('dept', 'draftCaseReply', c, DRAFT);
    c = await act('deptlead', 'submitCaseReply', c);
    c = await act('office', 'approveCaseReply', c);
    expect(c).toMatchObject({
      state: 'REPLIED',
      replyResult: 'RESOLVED',
      replyText: '已协调供电公司完成增容',
    });
    expect(new Date(c.deadline.dueAt)).toEqual(new Date(server.clock.now().getTime() + 7 * DAY));

    // The enterprise sees who handles the case, but no drafts, opinions or internal notes.
    const seen = (await read('enterprise', c.id)).data!.myCase;
    expect(seen.assignments.map((a: Data) => [a.departmentId, a.role])).toEqual([
      [A, 'LEAD'],
      [B, 'CO'],
    ]);
    expect(seen.assignments.every((a: Data) => a.opinion === null && a.draftText === null)).toBe(true);
    const [nameA, nameB] = await Promise.all(
      [A, B].map(
        async (id) => (await server.db.query(`SELECT name FROM department WHERE id = $1`, [id]))[0].name,
      ),
    );
    expect(seen.assignments.map((a: Data) => a.departmentName)).toEqual([nameA, nameB]);
    expect(c.assignments.map((a: Data) => a.departmentName)).toEqual([nameA, nameB]);
    expect(seen.timeline.every((e: Data) => e.internalNote === null)).toBe(true);
    expect(seen.availableActions.sort()).toEqual(['dispute', 'evaluate']);

    c = await act('enterprise', 'evaluateCase', c, {
      input: ['EvaluateCaseInput!', { solved: 'SOLVED', satisfaction: 'SATISFIED', comment: '办得很快' }],
    });
    expect(c).toMatchObject({
      state: 'CLOSED',
      evaluationSolved: 'SOLVED',
      evaluationSatisfaction: 'SATISFIED',
    });
    expect(c.assignments.map((a: Data) => a.state)).toEqual(['CLOSED', 'CLOSED']);
    // The office hears that the enterprise was satisfied and the case closed; the enterprise does not.
    const closedNotices = (await noticesOf(c.id, 'CASE_EVALUATED')).map((n) => n.username);
    expect(closedNotices).toContain('office');
    expect(closedNotices).not.toContain('enterprise');

    // Each finished step carries its deadline and whether it was met: counted, never recomputed.
    const [signed] = (await eventsOf(c.id, 'sign')).slice(-1);
    expect(signed.details).toMatchObject({
      deadlineStep: 'sign',
      deadline: lead.signDeadline,
      deadlineMet: true,
    });
    const [contacted] = await eventsOf(c.id, 'contact');
    expect(contacted.details).toMatchObject({ deadlineStep: 'contact', deadlineMet: true, method: 'PHONE' });
    const replies = await eventsOf(c.id, 'submitReply');
    expect(replies.map((e) => e.details.deadline)).toEqual([lead.replyDeadline, lead.replyDeadline]);
    const [review] = await eventsOf(c.id, 'approveReply');
    expect(review.details).toMatchObject({ deadlineStep: 'review', deadlineMet: true });
    const [accepted] = await eventsOf(c.id, 'accept');
    expect(accepted.details).toMatchObject({ deadlineStep: 'accept', deadlineMet: true });
    const [evaluated] = await eventsOf(c.id, 'evaluate');
    expect(evaluated.details).toMatchObject({
      deadlineStep: 'evaluate',
      deadlineMet: true,
      satisfaction: 'SATISFIED',
    });
    // Some thirty steps through the API, on a machine shared with other test runs.
  }, 180_000);
});

/** A first contact recorded at the server's present moment. */
const contactNow = (): Args => ({
  input: [
    'FirstContactInput!',
    { method: 'PHONE', contactedAt: server.clock.now().toISOString(), summary: '电话联系企业负责人' },
  ],
});

describe('the buttons follow the viewer’s own assignment', () => {
  it('offer signing first, first contact once, sending only a draft and one opinion — as the server decides', async () => {
    let c = await assigned([B]);
    const actions = async (username: string) =>
      ((await read(username, c.id)).data!.case.availableActions as string[]).sort();
    // Nobody has signed: each department's only work is signing (and its leader's return request).
    expect(await actions('co-lead')).toEqual(['sign']);
    expect(await actions('deptlead')).toEqual(['requestReturn', 'sign']);
    const early = await attempt('co-staff', 'submitCaseOpinion', c, { opinion: ['String!', '尚未签收'] });
    expect([errorCode(early), fieldOf(early)]).toEqual(['VALIDATION', 'signing']);

    c = await act('dept', 'signCase', c);
    // Nothing drafted yet: no sending.
    expect(await actions('deptlead')).toEqual([
      'contact',
      'draftReply',
      'recordProgress',
      'requestExtension',
      'requestReturn',
    ]);
    // The co-department has not signed, though the case is in progress now.
    expect(await actions('co-lead')).toEqual(['sign']);

    c = await act('dept', 'recordFirstContact', c, contactNow());
    expect(c.availableActions.sort()).toEqual(['draftReply', 'recordProgress']);
    const again = await attempt('dept', 'recordFirstContact', c, contactNow());
    expect([errorCode(again), fieldOf(again)]).toEqual(['VALIDATION', 'contactedAt']);

    c = await act('dept', 'draftCaseReply', c, DRAFT);
    expect(await actions('deptlead')).toContain('submitReply');

    c = await act('co-staff', 'signCase', c);
    expect(await actions('co-lead')).toEqual(['recordProgress', 'submitOpinion']);
    c = await act('co-staff', 'submitCaseOpinion', c, { opinion: ['String!', '建议加快审批'] });
    expect(await actions('co-lead')).toEqual(['recordProgress']);
    const twice = await attempt('co-staff', 'submitCaseOpinion', c, { opinion: ['String!', '再说一次'] });
    expect([errorCode(twice), fieldOf(twice)]).toEqual(['VALIDATION', 'opinion']);

    c = await act('deptlead', 'submitCaseReply', c);
    expect(c.state).toBe('REPLY_REVIEW');
  }, 120_000);
});

describe('the time of the first contact', () => {
  it('takes a browser clock running a minute fast as now, and refuses a time well ahead or before the assignment, naming it', async () => {
    const c = await act('dept', 'signCase', await assigned());
    const at = (ms: number): Args => ({
      input: [
        'FirstContactInput!',
        {
          method: 'PHONE',
          contactedAt: new Date(server.clock.now().getTime() + ms).toISOString(),
          summary: '电话',
        },
      ],
    });
    const ahead = await attempt('dept', 'recordFirstContact', c, at(10 * 60_000));
    expect([errorCode(ahead), fieldOf(ahead)]).toEqual(['VALIDATION', 'contactedAt']);
    expect(ahead.errors![0].message).toContain('不能晚于当前时间');
    const before = await attempt('dept', 'recordFirstContact', c, at(-DAY));
    expect([errorCode(before), fieldOf(before)]).toEqual(['VALIDATION', 'contactedAt']);
    expect(before.errors![0].message).toContain('不能早于交办时间');

    const now = server.clock.now().toISOString();
    const contacted = await act('dept', 'recordFirstContact', c, at(60_000));
    expect(contacted.assignments[0].firstContactedAt).toBe(now);
    const [event] = await eventsOf(c.id, 'contact');
    expect(event.details).toMatchObject({ contactedAt: now, deadlineMet: true });
  });
});

describe('the complaint rule', () => {
  it('never assigns a complaint to the department it names, as lead or as co-department', async () => {
    const c = await submit('COMPLAINT', C);
    const accepted = await act('office', 'acceptCase', c, ACCEPT);
    const asLead = await attempt('office', 'assignCase', accepted, assignTo(C));
    expect([errorCode(asLead), fieldOf(asLead)]).toEqual(['VALIDATION', 'leadDepartmentId']);
    expect(asLead.errors![0].message).toContain('被投诉');
    const asCo = await attempt('office', 'assignCase', accepted, assignTo(A, [C]));
    expect([errorCode(asCo), fieldOf(asCo)]).toEqual(['VALIDATION', 'coDepartmentIds']);
    const both = await attempt('office', 'assignCase', accepted, assignTo(A, [A]));
    expect([errorCode(both), fieldOf(both)]).toEqual(['VALIDATION', 'coDepartmentIds']);
    expect((await act('office', 'assignCase', accepted, assignTo(A, [B]))).state).toBe('ASSIGNED');
    const [{ count }] = await server.db.query(
      `SELECT count(*)::int AS count FROM case_assignment WHERE case_id = $1 AND department_id = $2`,
      [c.id, C],
    );
    expect(count).toBe(0);
  });
});

describe('department scope', () => {
  it('lets a department read and change nothing of another department’s cases and tasks', async () => {
    const c = await assigned();
    for (const username of ['co-staff', 'co-lead']) {
      expect(errorCode(await read(username, c.id))).toBe('NOT_FOUND');
      expect(errorCode(await attempt(username, 'signCase', c))).toBe('NOT_FOUND');
    }
    expect(errorCode(await attempt('co-lead', 'requestCaseReturn', c, { reason: ['String!', 'x'] }))).toBe(
      'NOT_FOUND',
    );
    const list = await (
      await signIn('admin', 'co-staff')
    ).ok(`{ cases(page: { first: 100 }) { items { id } } }`);
    expect(list.cases.items.map((i: Data) => i.id)).not.toContain(c.id);
    // Given a co-task, B sees the case, but still cannot act as its lead.
    const shared = await assigned([B]);
    expect((await read('co-staff', shared.id)).data!.case.id).toBe(shared.id);
    expect(
      errorCode(await attempt('co-lead', 'requestCaseReturn', shared, { reason: ['String!', 'x'] })),
    ).toBe('INVALID_TRANSITION');
  });
});

describe('concurrent steps', () => {
  it('lets exactly one of two conflicting steps win; the other gets CONFLICT', async () => {
    const c = await assigned();
    const dept = await signIn('admin', 'dept');
    const deptlead = await signIn('admin', 'deptlead');
    const SIGN = `mutation ($id: ID!, $version: Int!) { signCase(id: $id, version: $version) { state } }`;
    const RETURN = `mutation ($id: ID!, $version: Int!) { requestCaseReturn(id: $id, version: $version, reason: "非本部门职责") { state } }`;
    const results = await Promise.all([
      dept.request(SIGN, { id: c.id, version: c.version }),
      deptlead.request(RETURN, { id: c.id, version: c.version }),
    ]);
    expect(results.map((r) => errorCode(r) ?? 'OK').sort()).toEqual(['CONFLICT', 'OK']);
  });

  it('of steps raced again and again, lets exactly one win each time and answers every other CONFLICT', async () => {
    // A loser once answered VALIDATION under load: it had read the case before the winner
    // committed and its assignments after. Only many rounds meet that window.
    const dept = await signIn('admin', 'dept');
    const deptlead = await signIn('admin', 'deptlead');
    const office = await signIn('admin', 'office');
    const SIGN = `mutation ($id: ID!, $version: Int!) { signCase(id: $id, version: $version) { state } }`;
    const RETURN = `mutation ($id: ID!, $version: Int!) { requestCaseReturn(id: $id, version: $version, reason: "非本部门职责") { state } }`;
    const ASSIGN = `mutation ($id: ID!, $version: Int!, $input: AssignCaseInput!) { assignCase(id: $id, version: $version, input: $input) { state } }`;
    const DRAFT_REPLY = `mutation ($id: ID!, $version: Int!, $input: DraftReplyInput!) { draftCaseReply(id: $id, version: $version, input: $input) { state } }`;
    const PROGRESS = `mutation ($id: ID!, $version: Int!) { recordCaseProgress(id: $id, version: $version, input: { note: "已约谈供电公司", visibleToEnterprise: true }) { state } }`;
    const outcomes = (responses: GqlResponse[]) => responses.map((r) => errorCode(r) ?? 'OK').sort();
    for (let round = 0; round < 20; round += 1) {
      // Assignment: office clerks at once.
      const accepted = await act('office', 'acceptCase', await submit(), ACCEPT);
      const assignment = {
        id: accepted.id,
        version: accepted.version,
        input: { leadDepartmentId: A, coDepartmentIds: [B], note: '请抓紧办理' },
      };
      const assigning = await Promise.all([1, 2, 3].map(() => office.request(ASSIGN, assignment)));
      expect(outcomes(assigning)).toEqual(['CONFLICT', 'CONFLICT', 'OK']);
      // Signing against the leader's return request and other signings.
      const c = (await read('office', accepted.id)).data!.case;
      const stale = { id: c.id, version: c.version };
      const signing = await Promise.all([
        dept.request(SIGN, stale),
        deptlead.request(RETURN, stale),
        deptlead.request(SIGN, stale),
        dept.request(SIGN, stale),
      ]);
      expect(outcomes(signing)).toEqual(['CONFLICT', 'CONFLICT', 'CONFLICT', 'OK']);
      // The reply draft against progress notes, once the lead has signed.
      let s = (await read('dept', c.id)).data!.case;
      if (s.assignments[0].state === 'ASSIGNED') s = await act('dept', 'signCase', s);
      if (s.assignments[0].state !== 'IN_PROGRESS') continue;
      const draft = { id: s.id, version: s.version, input: DRAFT.input[1] };
      const replying = await Promise.all([
        dept.request(DRAFT_REPLY, draft),
        deptlead.request(PROGRESS, { id: s.id, version: s.version }),
        deptlead.request(DRAFT_REPLY, draft),
        dept.request(PROGRESS, { id: s.id, version: s.version }),
      ]);
      expect(outcomes(replying)).toEqual(['CONFLICT', 'CONFLICT', 'CONFLICT', 'OK']);
    }
  });
});

describe('extensions', () => {
  it('pauses the clock while the request waits, then moves the deadline and keeps the original', async () => {
    let c = await assigned();
    c = await act('dept', 'signCase', c);
    const original = new Date(c.assignments[0].replyDeadline);
    c = await act('deptlead', 'requestCaseExtension', c, {
      input: ['ExtensionRequestInput!', { days: 3, reason: '需等待供电公司出具方案' }],
    });
    expect(c.deadline.state).toBe('PAUSED');
    expect(c.assignments[0]).toMatchObject({ pendingRequest: 'EXTENSION', requestDays: 3, paused: true });
    const again = await attempt('deptlead', 'requestCaseExtension', c, {
      input: ['ExtensionRequestInput!', { days: 3, reason: '再次申请' }],
    });
    expect([errorCode(again), fieldOf(again)]).toEqual(['VALIDATION', 'extension']);
    // Office staff cannot decide; two working days pass while the leader thinks it over.
    expect(
      errorCode(
        await attempt('office', 'decideCaseExtension', c, {
          approve: ['Boolean!', true],
          reason: ['String!', 'x'],
        }),
      ),
    ).toBe('FORBIDDEN');
    const requestedAt = server.clock.now();
    later(new Date(calendar.addWorkingDays(requestedAt, 2).getTime() - 8 * 60 * 60 * 1000));
    const waited = calendar.workingDaysBetween(requestedAt, server.clock.now());
    c = await act('officelead', 'decideCaseExtension', c, {
      approve: ['Boolean!', true],
      reason: ['String!', '同意延期'],
    });
    const expected = calendar.addWorkingDays(calendar.addWorkingDays(original, waited), 3);
    expect(new Date(c.assignments[0].replyDeadline)).toEqual(expected);
    expect(new Date(c.assignments[0].originalReplyDeadline)).toEqual(original);
    expect(new Date(c.deadline.dueAt)).toEqual(expected);
    expect(c.deadline.state).not.toBe('PAUSED');
    const [decided] = await eventsOf(c.id, 'approveExtension');
    expect(decided.details).toMatchObject({
      originalDeadline: original.toISOString(),
      deadline: expected.toISOString(),
    });
    // The reply then records both the deadline in force and the original one.
    c = await act('dept', 'draftCaseReply', c, DRAFT);
    c = await act('deptlead', 'submitCaseReply', c);
    const [reply] = await eventsOf(c.id, 'submitReply');
    expect(reply.details).toMatchObject({
      deadline: expected.toISOString(),
      originalDeadline: original.toISOString(),
      deadlineMet: true,
    });
  });

  it('denied, gives back the days the request waited and keeps no original', async () => {
    let c = await assigned();
    c = await act('dept', 'signCase', c);
    const original = c.assignments[0].replyDeadline;
    c = await act('deptlead', 'requestCaseExtension', c, {
      input: ['ExtensionRequestInput!', { days: 5, reason: '材料较多' }],
    });
    c = await act('officelead', 'decideCaseExtension', c, {
      approve: ['Boolean!', false],
      reason: ['String!', '时限足够'],
    });
    expect(c.assignments[0]).toMatchObject({
      replyDeadline: original,
      originalReplyDeadline: null,
      pendingRequest: null,
    });
    expect(c.state).toBe('IN_PROGRESS');
  });
});

describe('returns', () => {
  it('approved, sends the case back for a new assignment; denied, keeps the department on it', async () => {
    let c = await assigned([B]);
    c = await act('deptlead', 'requestCaseReturn', c, { reason: ['String!', '不属于本部门职责'] });
    expect(c.state).toBe('RETURN_REQUESTED');
    expect(c.deadline.state).toBe('PAUSED');
    c = await act('officelead', 'decideCaseReturn', c, {
      approve: ['Boolean!', true],
      reason: ['String!', '同意，重新交办'],
    });
    expect(c).toMatchObject({ state: 'ACCEPTED', leadDepartmentId: null, assignments: [] });
    const states: Data[] = await server.db.query(
      `SELECT state FROM case_assignment WHERE case_id = $1 ORDER BY role DESC`,
      [c.id],
    );
    expect(states.map((s) => s.state)).toEqual(['RETURNED', 'RETURNED']);
    // A new assignment, even to a department that had the case before.
    c = await act('office', 'assignCase', c, assignTo(B, [A]));
    expect(c.assignments.map((a: Data) => [a.departmentId, a.role])).toEqual([
      [B, 'LEAD'],
      [A, 'CO'],
    ]);

    let d = await assigned();
    d = await act('dept', 'signCase', d);
    d = await act('deptlead', 'requestCaseReturn', d, { reason: ['String!', '不属于本部门职责'] });
    d = await act('officelead', 'decideCaseReturn', d, {
      approve: ['Boolean!', false],
      reason: ['String!', '属于职责范围'],
    });
    expect(d.state).toBe('IN_PROGRESS');
    expect(d.assignments[0]).toMatchObject({ state: 'IN_PROGRESS', pendingRequest: null, paused: false });
  });
});

describe('disputes', () => {
  async function disputed(): Promise<Data> {
    let c = await assigned();
    c = await act('dept', 'signCase', c);
    c = await act('dept', 'draftCaseReply', c, DRAFT);
    c = await act('deptlead', 'submitCaseReply', c);
    c = await act('office', 'approveCaseReply', c);
    c = await act('enterprise', 'evaluateCase', c, {
      input: [
        'EvaluateCaseInput!',
        { solved: 'NOT_SOLVED', satisfaction: 'DISSATISFIED', comment: '仍未通电' },
      ],
    });
    expect(c.state).toBe('DISPUTED');
    return c;
  }

  it('reopened, goes back to the lead department with a new deadline and the count + 1', async () => {
    let c = await disputed();
    c = await act('office', 'reopenCase', c, {
      input: ['ReopenCaseInput!', { reason: '请再次核实', days: 3 }],
    });
    expect(c).toMatchObject({ state: 'IN_PROGRESS', reopenCount: 1 });
    expect(new Date(c.deadline.dueAt)).toEqual(calendar.addWorkingDays(server.clock.now(), 3));
    expect(c.assignments[0]).toMatchObject({ state: 'IN_PROGRESS', draftText: null });
    // The enterprise is told its case goes on, without the office's instruction to the department.
    const resumed = await noticesOf(c.id, 'CASE_RESUMED');
    expect(resumed.map((n) => n.username)).toContain('enterprise');
    expect(resumed.every((n) => n.username.startsWith('enterprise'))).toBe(true);
    expect(JSON.stringify(resumed.map((n) => n.params))).not.toContain('请再次核实');
    expect((await noticesOf(c.id, 'CASE_REOPENED')).map((n) => n.username)).not.toContain('enterprise');
    c = await act('dept', 'draftCaseReply', c, DRAFT);
    c = await act('deptlead', 'submitCaseReply', c);
    c = await act('office', 'approveCaseReply', c);
    expect(c.state).toBe('REPLIED');
  });

  it('closed with an explanation the enterprise reads', async () => {
    let c = await disputed();
    c = await act('office', 'closeDisputedCase', c, { explanation: ['String!', '已按政策答复，不再重办'] });
    expect(c).toMatchObject({ state: 'CLOSED', officeNote: '已按政策答复，不再重办' });
    const seen = (await read('enterprise', c.id)).data!.myCase;
    expect(seen.timeline.at(-1)).toMatchObject({
      action: 'closeDisputed',
      publicNote: '已按政策答复，不再重办',
    });
  });
});

describe('auto-close', () => {
  it('closes a reply left unevaluated for 7 days, with the assignments', async () => {
    let c = await assigned();
    c = await act('dept', 'signCase', c);
    c = await act('dept', 'draftCaseReply', c, DRAFT);
    c = await act('deptlead', 'submitCaseReply', c);
    c = await act('office', 'approveCaseReply', c);
    later(7 * DAY + 60_000);
    expect(await server.app.get(CaseEvaluation).autoCloseDue()).toBeGreaterThanOrEqual(1);
    const after = (await read('office', c.id)).data!.case;
    expect(after.state).toBe('CLOSED');
    expect(after.assignments.map((a: Data) => a.state)).toEqual(['CLOSED']);
  });
});

describe('workbenches', () => {
  const QUEUE = `query ($queue: DepartmentQueue!, $first: Int, $after: String) {
    departmentWorkbench(queue: $queue, first: $first, after: $after) {
      items { case { id trackingNo } assignment { role state } deadline { dueAt state workingDays } } nextCursor } }`;
  const ids = async (username: string, queue: string): Promise<string[]> => {
    const client = await signIn('admin', username);
    const ids: string[] = [];
    let after: string | null = null;
    do {
      const page: Data = (await client.ok(QUEUE, { queue, first: 2, after })).departmentWorkbench;
      ids.push(...page.items.map((i: Data) => i.case.id));
      after = page.nextCursor;
    } while (after);
    return ids;
  };

  it('lists each department’s own tasks by queue, nearest deadline first, with working days left', async () => {
    const c = await assigned([B]);
    const dept = await signIn('admin', 'dept');
    const first: Data = (await dept.ok(QUEUE, { queue: 'TO_SIGN', first: 100 })).departmentWorkbench;
    const row = first.items.find((i: Data) => i.case.id === c.id);
    expect(row.assignment).toEqual({ role: 'LEAD', state: 'ASSIGNED' });
    expect(row.deadline.dueAt).toBe(c.assignments[0].signDeadline);
    expect(row.deadline.workingDays).toBe(
      calendar.remaining(new Date(c.assignments[0].signDeadline), server.clock.now()).workingDays,
    );
    const dues = first.items.map((i: Data) => i.deadline.dueAt);
    expect(dues).toEqual([...dues].sort());
    // Keyset pages of two walk the same queue.
    expect(await ids('dept', 'TO_SIGN')).toEqual(first.items.map((i: Data) => i.case.id));
    expect(await ids('co-staff', 'TO_SIGN')).toContain(c.id);

    let s = await act('co-staff', 'signCase', c);
    expect(await ids('co-staff', 'CO_HANDLING')).toContain(c.id);
    s = await act('dept', 'signCase', s);
    expect(await ids('dept', 'IN_PROGRESS')).toContain(c.id);
    s = await act('dept', 'draftCaseReply', s, DRAFT);
    expect(await ids('deptlead', 'AWAITING_LEADER')).toContain(c.id);
    s = await act('deptlead', 'submitCaseReply', s);
    await act('office', 'sendCaseBack', s, { reason: ['String!', '请补充依据'] });
    expect(await ids('dept', 'SENT_BACK')).toContain(c.id);
    expect(await ids('dept', 'IN_PROGRESS')).not.toContain(c.id);
    // Another department's tasks never show.
    expect(await ids('co-staff', 'SENT_BACK')).not.toContain(c.id);

    const counts = (await dept.ok(`{ departmentWorkbenchCounts { TO_SIGN IN_PROGRESS SENT_BACK OVERDUE } }`))
      .departmentWorkbenchCounts;
    expect(counts.SENT_BACK).toBe((await ids('dept', 'SENT_BACK')).length);
    expect(counts.TO_SIGN).toBe((await ids('dept', 'TO_SIGN')).length);
  });

  it('counts what waits on the office, and a task past its deadline is overdue', async () => {
    const office = await signIn('admin', 'office');
    const COUNTS = `{ officeWorkbenchCounts { toAccept toAssign toReview disputes extensionRequests returnRequests overdue } }`;
    const before = (await office.ok(COUNTS)).officeWorkbenchCounts;
    const c = await submit();
    await act('office', 'acceptCase', c, ACCEPT);
    const after = (await (await signIn('admin', 'office')).ok(COUNTS)).officeWorkbenchCounts;
    expect(after.toAssign).toBe(before.toAssign + 1);
    const [{ count }] = await server.db.query(
      `SELECT count(*)::int AS count FROM case_assignment WHERE pending_request = 'EXTENSION' AND state <> 'RETURNED'`,
    );
    expect(after.extensionRequests).toBe(count);

    const late = await assigned();
    later(new Date(new Date(late.assignments[0].signDeadline).getTime() + 60_000));
    expect(await ids('dept', 'OVERDUE')).toContain(late.id);
  });
});
