import type { GqlClient, TestServer } from './harness.js';

/*
 * The case fixture the report specs (scorecards, monthly report) drive through the real APIs
 * under the controlled clock: department A is the demo's `dept` / `deptlead`, department B the
 * first other active department by name, with two accounts made for it (`b-staff`, `b-lead`),
 * and helpers for each step of a case's loop, as its departments and the office take them.
 */

// Results read deep, typed loosely on purpose.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Data = Record<string, any>;
export type Args = Record<string, [string, unknown]>;

export interface CaseFixture {
  /** Department A (`dept` / `deptlead`) and B (`b-staff` / `b-lead`). */
  A: string;
  B: string;
  /** One session per account, signed in once until the clock moves. */
  signIn(username: string): Promise<GqlClient>;
  /** Sets the server's clock to an instant; everyone signs in again. */
  at(instant: string): void;
  /** Sets the server's clock to 10:00 in Shanghai on `day` (YYYY-MM-DD). */
  morning(day: string): void;
  /** A case mutation as `username` with the case's version; answers `id version state trackingNo`. */
  act(username: string, mutation: string, c: Data, args?: Args): Promise<Data>;
  /** A new case of the enterprise, accepted and assigned to `department` as lead. */
  assigned(department: string): Promise<Data>;
  sign(c: Data, department: string): Promise<Data>;
  /** First contact by phone, now. */
  contact(c: Data, department: string): Promise<Data>;
  /** The department's reply drafted and sent to the office by its leader. */
  submitted(c: Data, department: string): Promise<Data>;
  /** The department's reply, approved by the office. */
  reply(c: Data, department: string): Promise<Data>;
  evaluate(c: Data, solved: string, satisfaction: string): Promise<Data>;
}

/** A staff and a leader account of `department`, with the demo accounts' password. */
export async function departmentAccounts(
  server: TestServer,
  department: string,
  staff: string,
  lead: string,
): Promise<void> {
  for (const [username, roles] of [
    [staff, ['DEPT_STAFF']],
    [lead, ['DEPT_STAFF', 'DEPT_LEADER']],
  ] as const) {
    await server.db.query(
      `INSERT INTO app_user (username, display_name, password_hash, roles, department_id)
       SELECT $1, $1, password_hash, $2::text[], $3 FROM app_user WHERE username = 'dept'`,
      [username, roles, department],
    );
  }
}

/**
 * Looks the departments up and makes B's accounts. `titled` names the fixture's cases
 * (`${titled} 1`, `${titled} 2`, … in the order they are assigned); `key` their client keys.
 */
export async function caseFixture(server: TestServer, titled: string, key: string): Promise<CaseFixture> {
  const [{ id: A }]: { id: string }[] = await server.db.query(
    `SELECT department_id AS id FROM app_user WHERE username = 'dept'`,
  );
  const [{ id: B }]: { id: string }[] = await server.db.query(
    `SELECT id FROM department WHERE active AND id <> $1 ORDER BY name LIMIT 1`,
    [A],
  );
  await departmentAccounts(server, B, 'b-staff', 'b-lead');

  const sessions = new Map<string, GqlClient>();
  async function signIn(username: string): Promise<GqlClient> {
    const known = sessions.get(username);
    if (known) return known;
    const client = username.startsWith('enterprise') ? server.portal() : server.admin();
    const response = await client.login(username);
    if (response.errors) throw new Error(`sign-in as ${username}: ${JSON.stringify(response.errors)}`);
    sessions.set(username, client);
    return client;
  }
  function at(instant: string): void {
    server.clock.set(new Date(instant));
    sessions.clear();
  }

  async function act(username: string, mutation: string, c: Data, args: Args = {}): Promise<Data> {
    const client = await signIn(username);
    const params = Object.entries(args).map(([name, [type]]) => `, $${name}: ${type}`);
    const passed = Object.keys(args).map((name) => `, ${name}: $${name}`);
    const response = await client.request<Data>(
      `mutation ($id: ID!, $version: Int!${params.join('')}) {
        ${mutation}(id: $id, version: $version${passed.join('')}) { id version state trackingNo } }`,
      {
        id: c.id,
        version: c.version,
        ...Object.fromEntries(Object.entries(args).map(([k, [, v]]) => [k, v])),
      },
    );
    if (response.errors) throw new Error(`${mutation} as ${username}: ${JSON.stringify(response.errors)}`);
    return response.data![mutation];
  }

  let serial = 0;
  async function assigned(department: string): Promise<Data> {
    serial += 1;
    const enterprise = await signIn('enterprise');
    const { submitCase } = await enterprise.ok(
      `mutation ($input: SubmitCaseInput!) { submitCase(input: $input) { id version } }`,
      {
        input: {
          kind: 'DIFFICULTY',
          category: 'UTILITIES',
          title: `${titled} ${serial}`,
          content: '我公司新增生产线，需要用电增容，申请提交后一直没有答复。',
          contactConsent: true,
          attachmentIds: [],
          clientKey: `${key}-${serial}`,
        },
      },
    );
    const accepted = await act('office', 'acceptCase', submitCase, {
      input: ['AcceptCaseInput!', { category: 'UTILITIES', priority: 'NORMAL', complexity: 'SIMPLE' }],
    });
    return act('office', 'assignCase', accepted, {
      input: ['AssignCaseInput!', { leadDepartmentId: department, coDepartmentIds: [], note: '请办理' }],
    });
  }

  const staff = (department: string) => (department === A ? 'dept' : 'b-staff');
  const lead = (department: string) => (department === A ? 'deptlead' : 'b-lead');
  async function submitted(c: Data, department: string): Promise<Data> {
    const drafted = await act(staff(department), 'draftCaseReply', c, {
      input: ['DraftReplyInput!', { result: 'RESOLVED', text: '已协调办理', attachmentIds: [] }],
    });
    return act(lead(department), 'submitCaseReply', drafted);
  }

  return {
    A,
    B,
    signIn,
    at,
    morning: (day) => at(`${day}T02:00:00.000Z`),
    act,
    assigned,
    sign: (c, department) => act(staff(department), 'signCase', c),
    contact: (c, department) =>
      act(staff(department), 'recordFirstContact', c, {
        input: [
          'FirstContactInput!',
          { method: 'PHONE', contactedAt: server.clock.now().toISOString(), summary: '电话联系企业' },
        ],
      }),
    submitted,
    reply: async (c, department) => act('office', 'approveCaseReply', await submitted(c, department)),
    evaluate: (c, solved, satisfaction) =>
      act('enterprise', 'evaluateCase', c, {
        input: ['EvaluateCaseInput!', { solved, satisfaction, comment: null }],
      }),
  };
}
