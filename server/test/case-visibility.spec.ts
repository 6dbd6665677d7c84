import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { CaseAction, Role } from '@gridbridge/shared';
import type { Viewer } from '../src/common/gql-context.js';
import { CaseTransitions, type TransitionRequest } from '../src/modules/cases/case-transitions.service.js';
import { DEMO_PASSWORD } from '../src/modules/demo/demo-data.js';
import { errorCode, startTestServer, type GqlClient, type TestServer } from './harness.js';

/*
 * What every role sees of a case's sensitive fields, through the real APIs (docs/roles-and-scope.md):
 * the submitter, the names on the steps of the enterprise and grid heads, internal notes, the
 * query code and the contact. The central case is a complaint about department X, reported by a
 * grid head for an enterprise and handled by department Y: nobody at Y ever learns who raised it,
 * and nobody at X sees it at all, not even after it is (wrongly) assigned to X.
 */

// What `ok` returns: results read deep, typed loosely on purpose.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Data = Record<string, any>;

/** What one viewer should see, field by field. */
interface Sees {
  submitter: boolean;
  reporterNames: boolean;
  staffNames: boolean;
  internalNotes: boolean;
  quietSteps: boolean;
  queryCode: boolean;
  contact: 'FULL' | 'MASKED' | 'HIDDEN';
}

const SENSITIVE = `submitterName queryCode
  timeline { action fromState toState actorRole actorName publicNote internalNote }`;
const ADMIN_CASE = `query ($id: ID!) { case(id: $id) { id trackingNo kind ${SENSITIVE} } }`;
const PORTAL_CASE = `query ($id: ID!) { myCase(id: $id) { id trackingNo kind ${SENSITIVE} } }`;
const ADMIN_LIST = `query ($page: CasePageArgs) { cases(page: $page) { items { id ${SENSITIVE} } } }`;
const PORTAL_LIST = `query ($page: CasePageArgs) { myCases(page: $page) { items { id ${SENSITIVE} } } }`;
const ADMIN_CONTACT = `query ($id: ID!) { case(id: $id) { contact { name phone masked } } }`;
const PORTAL_CONTACT = `query ($id: ID!) { myCase(id: $id) { contact { name phone masked } } }`;
const REVEAL = `mutation ($id: ID!) { revealCaseContact(id: $id) { name phone masked } }`;
const SUBMIT = `mutation ($input: SubmitCaseInput!) { submitCase(input: $input) { id version trackingNo queryCode } }`;

/** Names nobody else in the district carries, so that a leak shows anywhere in a response. */
const NAMES = { enterprise: '王举报人', enterprise2: '孙举报人', reporter: '马上报人' };

let server: TestServer;
let transitions: CaseTransitions;
const accounts: Record<string, { id: string; name: string; viewer: Viewer }> = {};
let enterpriseId: string;
let contact: { name: string; phone: string };
let X: string;
let Y: string;
let reporterLogin: string;
let otherGridHeadLogin: string;

async function account(username: string) {
  const [row] = await server.db.query(
    `SELECT id, username, display_name AS "displayName", roles, department_id AS "departmentId",
       grid_id AS "gridId", enterprise_id AS "enterpriseId" FROM app_user WHERE username = $1`,
    [username],
  );
  if (!row) throw new Error(`no account ${username}`);
  const viewer: Viewer = { ...row, userId: row.id, sessionId: 'test', mustChangePassword: false };
  accounts[username] = { id: row.id, name: row.displayName, viewer };
  return accounts[username];
}

async function signIn(api: 'portal' | 'admin', username: string): Promise<GqlClient> {
  const client = api === 'portal' ? server.portal() : server.admin();
  const response = await client.login(username, DEMO_PASSWORD);
  if (response.errors) throw new Error(`sign-in as ${username}: ${JSON.stringify(response.errors)}`);
  return client;
}

/** A department user of `departmentId`, with the demo password. */
async function departmentUser(username: string, departmentId: string, roles: Role[]) {
  await server.db.query(
    `INSERT INTO app_user (username, display_name, password_hash, roles, department_id)
     SELECT $1, $1, password_hash, $2, $3 FROM app_user WHERE username = 'dept'`,
    [username, roles, departmentId],
  );
  return account(username);
}

beforeAll(async () => {
  server = await startTestServer({ SUBMIT_RATE_LIMIT_PER_HOUR: '1000' });
  transitions = server.app.get(CaseTransitions);
  await server.db.query(`UPDATE app_user SET display_name = $2 WHERE username = $1`, [
    'enterprise',
    NAMES.enterprise,
  ]);
  await server.db.query(`UPDATE app_user SET display_name = $2 WHERE username = $1`, [
    'enterprise2',
    NAMES.enterprise2,
  ]);
  [{ id: enterpriseId }] = await server.db.query(
    `SELECT enterprise_id AS id FROM app_user WHERE username = 'enterprise'`,
  );
  // Two grid heads over the enterprise: one reports the case, the other merely oversees the grid.
  const heads: { username: string }[] = await server.db.query(
    `SELECT u.username FROM app_user u JOIN enterprise e ON u.grid_id = ANY(e.grid_path)
      WHERE e.id = $1 AND 'GRID_HEAD' = ANY(u.roles) AND u.active ORDER BY u.username`,
    [enterpriseId],
  );
  expect(heads.length).toBeGreaterThanOrEqual(2);
  [reporterLogin, otherGridHeadLogin] = [heads[0].username, heads[1].username];
  await server.db.query(`UPDATE app_user SET display_name = $2 WHERE username = $1`, [
    reporterLogin,
    NAMES.reporter,
  ]);
  [{ id: Y }] = await server.db.query(`SELECT department_id AS id FROM app_user WHERE username = 'dept'`);
  [{ id: X }] = await server.db.query(
    `SELECT id FROM department WHERE active AND id <> $1 ORDER BY name LIMIT 1`,
    [Y],
  );
  [contact] = await server.db.query(
    `SELECT contact_name AS name, contact_phone AS phone FROM enterprise WHERE id = $1`,
    [enterpriseId],
  );
  for (const username of ['enterprise', 'enterprise2', reporterLogin, otherGridHeadLogin])
    await account(username);
  for (const username of ['office', 'officelead', 'dept', 'deptlead', 'inspector', 'admin', 'auditor']) {
    await account(username);
  }
  await departmentUser('x-staff', X, ['DEPT_STAFF']);
  await departmentUser('x-lead', X, ['DEPT_STAFF', 'DEPT_LEADER']);
});
afterAll(() => server.close());

let serial = 0;
async function submit(client: GqlClient, overrides: Data = {}): Promise<Data> {
  serial += 1;
  const input = {
    kind: 'DIFFICULTY',
    category: 'OTHER',
    title: `可见性测试诉求 ${serial}`,
    content: '测试用诉求内容，检查每个角色能看到的字段。',
    contactConsent: true,
    attachmentIds: [],
    clientKey: `visibility-${serial}`,
    ...overrides,
  };
  return (await client.ok(SUBMIT, { input })).submitCase;
}

/** Moves a case one step as `username`, the way the product's services do. */
async function step(
  c: Data,
  action: CaseAction,
  username: string,
  extra: Partial<TransitionRequest> = {},
): Promise<void> {
  const after = await transitions.run({
    caseId: c.id,
    version: c.version,
    action,
    viewer: accounts[username].viewer,
    ...extra,
  });
  c.version = after.version;
}

/**
 * The assign step with `department` as the lead: the case's copy of the lead and the assignment
 * row that makes the department's scope and its relation to the case.
 */
function leadBy(department: string): Partial<TransitionRequest> {
  return {
    changes: () => ({ lead_department_id: department }),
    alongside: async (manager, c, _eventId, { now }) => {
      await manager.query(
        `INSERT INTO case_assignment (case_id, department_id, role, state, assigned_at, sign_deadline, reply_deadline)
         VALUES ($1, $2, 'LEAD', 'ASSIGNED', $3, $3, $3)`,
        [c.id, department, now],
      );
    },
  };
}

/** Checks a case as returned to one viewer against what they should see, field by field. */
function expectSees(c: Data, sees: Sees, queryCode: string, who: string): void {
  const label = (field: string) => `${who}: ${field}`;
  expect([label('submitterName'), c.submitterName]).toEqual([
    label('submitterName'),
    sees.submitter ? NAMES.reporter : null,
  ]);
  expect([label('queryCode'), c.queryCode]).toEqual([label('queryCode'), sees.queryCode ? queryCode : null]);
  const events: Data[] = c.timeline;
  for (const e of events) {
    const reporterStep = ['ENTERPRISE', 'GRID_HEAD'].includes(e.actorRole);
    const shown = reporterStep ? sees.reporterNames : sees.staffNames;
    expect([label(`actorName of ${e.action}`), e.actorName !== null]).toEqual([
      label(`actorName of ${e.action}`),
      shown,
    ]);
  }
  const progress = events.find((e) => e.action === 'recordProgress');
  expect([label('quiet step'), progress !== undefined]).toEqual([label('quiet step'), sees.quietSteps]);
  const notes = events.map((e) => e.internalNote).filter((note) => note !== null);
  expect([label('internalNote'), notes.length > 0]).toEqual([label('internalNote'), sees.internalNotes]);
  if (!sees.submitter && !sees.reporterNames) {
    expect([label('any reporter name'), JSON.stringify(c)]).toEqual([
      label('any reporter name'),
      expect.not.stringMatching(new RegExp(Object.values(NAMES).join('|'))),
    ]);
  }
}

const OFFICE_SEES: Sees = {
  submitter: true,
  reporterNames: true,
  staffNames: true,
  internalNotes: true,
  quietSteps: true,
  queryCode: true,
  contact: 'FULL',
};
const PORTAL_SEES: Sees = {
  submitter: true,
  reporterNames: true,
  staffNames: false,
  internalNotes: false,
  quietSteps: false,
  queryCode: true,
  contact: 'FULL',
};

describe('a complaint about department X, reported by a grid head and handled by department Y', () => {
  let complaint: Data;
  let queryCode: string;
  let reporter: GqlClient;

  beforeAll(async () => {
    reporter = await signIn('portal', reporterLogin);
    complaint = await submit(reporter, {
      kind: 'COMPLAINT',
      misconductType: 'INACTION',
      namedDepartmentId: X,
      enterpriseId,
      title: '执法人员多次推诿不作为',
    });
    queryCode = complaint.queryCode;
    expect(queryCode).toMatch(/^[A-Z2-9]{8}$/);
    // Every step an enterprise account or a grid head can take, among the staff's.
    await step(complaint, 'requestInfo', 'office', { publicNote: '请补充执法记录' });
    await step(complaint, 'supplement', 'enterprise', { publicNote: '已补充执法记录照片' });
    await step(complaint, 'accept', 'office', { internalNote: '优化办内部：投诉人身份需保密' });
    await step(complaint, 'assign', 'officelead', leadBy(Y));
    await step(complaint, 'sign', 'dept');
    await step(complaint, 'recordProgress', 'dept', { internalNote: '部门内部：已调取记录' });
    await step(complaint, 'submitReply', 'deptlead', { publicNote: '已核查并整改' });
    await step(complaint, 'approveReply', 'office');
    await step(complaint, 'dispute', 'enterprise2', { publicNote: '整改不到位' });
    await step(complaint, 'reopen', 'officelead');
    await step(complaint, 'submitReply', 'deptlead', { publicNote: '再次整改完毕' });
    await step(complaint, 'approveReply', 'office');
    await step(complaint, 'evaluate', 'enterprise', { publicNote: '满意' });
  });

  const CASES: [string, 'portal' | 'admin', () => string, Sees][] = [
    ['OFFICE_STAFF', 'admin', () => 'office', OFFICE_SEES],
    ['OFFICE_LEADER', 'admin', () => 'officelead', OFFICE_SEES],
    [
      'DEPT_STAFF of Y',
      'admin',
      () => 'dept',
      { ...OFFICE_SEES, submitter: false, reporterNames: false, queryCode: false, contact: 'HIDDEN' },
    ],
    [
      'DEPT_LEADER of Y',
      'admin',
      () => 'deptlead',
      { ...OFFICE_SEES, submitter: false, reporterNames: false, queryCode: false, contact: 'HIDDEN' },
    ],
    ['ENTERPRISE (who evaluated)', 'portal', () => 'enterprise', PORTAL_SEES],
    ['ENTERPRISE (who disputed)', 'portal', () => 'enterprise2', PORTAL_SEES],
    ['GRID_HEAD who reported it', 'portal', () => reporterLogin, PORTAL_SEES],
    ['GRID_HEAD over the grid', 'portal', () => otherGridHeadLogin, { ...PORTAL_SEES, queryCode: false }],
  ];

  it.each(CASES)('%s sees exactly its share, in the case and in the list', async (who, api, login, sees) => {
    const client = await signIn(api, login());
    const one = await client.ok(api === 'admin' ? ADMIN_CASE : PORTAL_CASE, { id: complaint.id });
    expectSees(api === 'admin' ? one.case : one.myCase, sees, queryCode, who);
    const page = { first: 5, filter: { keyword: complaint.trackingNo } };
    const list = await client.ok(api === 'admin' ? ADMIN_LIST : PORTAL_LIST, { page });
    const items: Data[] = api === 'admin' ? list.cases.items : list.myCases.items;
    expect(items.map((c) => c.id)).toEqual([complaint.id]);
    expectSees(items[0], sees, queryCode, `${who} (list)`);
  });

  it.each(CASES)('%s sees the contact as the policy says', async (_who, api, login, sees) => {
    const client = await signIn(api, login());
    const one = await client.ok(api === 'admin' ? ADMIN_CONTACT : PORTAL_CONTACT, { id: complaint.id });
    const shown = (api === 'admin' ? one.case : one.myCase).contact;
    expect(shown).toEqual(sees.contact === 'HIDDEN' ? null : { ...contact, masked: false });
  });

  it('gives department Y no way to the contact: revealing it is refused and not audited', async () => {
    for (const login of ['dept', 'deptlead']) {
      const client = await signIn('admin', login);
      expect(errorCode(await client.request(REVEAL, { id: complaint.id }))).toBe('FORBIDDEN');
    }
    const audited = await server.db.query(
      `SELECT 1 FROM audit_log WHERE action = 'case.revealContact' AND target_id = $1`,
      [complaint.id],
    );
    expect(audited).toEqual([]);
  });

  it('shows department X nothing, not even after the complaint is assigned to it', async () => {
    const page = { first: 5, filter: { keyword: complaint.trackingNo } };
    const tryAll = async () => {
      for (const login of ['x-staff', 'x-lead']) {
        const client = await signIn('admin', login);
        expect(errorCode(await client.request(ADMIN_CASE, { id: complaint.id }))).toBe('NOT_FOUND');
        expect((await client.ok(ADMIN_LIST, { page })).cases.items).toEqual([]);
        // Nor through the lifecycle: its steps find no such case.
        await expect(
          transitions.run({
            caseId: complaint.id,
            version: complaint.version,
            action: 'sign',
            viewer: accounts[login].viewer,
          }),
        ).rejects.toMatchObject({ code: 'NOT_FOUND' });
      }
    };
    await tryAll();
    const moveLead = async (department: string) => {
      await server.db.query(`UPDATE case_file SET lead_department_id = $2 WHERE id = $1`, [
        complaint.id,
        department,
      ]);
      await server.db.query(`UPDATE case_assignment SET department_id = $2 WHERE case_id = $1`, [
        complaint.id,
        department,
      ]);
    };
    await moveLead(X);
    try {
      await tryAll();
      // The office still sees it, and Y no longer leads it.
      const office = await signIn('admin', 'office');
      expect((await office.ok(ADMIN_CASE, { id: complaint.id })).case.id).toBe(complaint.id);
      const dept = await signIn('admin', 'dept');
      expect(errorCode(await dept.request(ADMIN_CASE, { id: complaint.id }))).toBe('NOT_FOUND');
    } finally {
      await moveLead(Y);
    }
  });

  it('is no case at all for inspectors, administrators and auditors', async () => {
    for (const login of ['inspector', 'admin', 'auditor']) {
      const client = await signIn('admin', login);
      expect(errorCode(await client.request(ADMIN_CASE, { id: complaint.id }))).toBe('FORBIDDEN');
    }
  });
});

describe('a difficulty handled by department Y', () => {
  it('names the submitter to Y and shows the contact masked until Y reveals it, which is audited', async () => {
    const enterprise = await signIn('portal', 'enterprise');
    const c = await submit(enterprise, { namedDepartmentId: Y });
    await step(c, 'accept', 'office');
    // Y is named and leads it: naming a department is no complaint.
    await step(c, 'assign', 'office', leadBy(Y));
    await step(c, 'sign', 'dept');
    const dept = await signIn('admin', 'dept');
    const seen = (
      await dept.ok(
        `query ($id: ID!) { case(id: $id) { submitterName queryCode
      contact { name phone masked } timeline { actorRole actorName } } }`,
        { id: c.id },
      )
    ).case;
    expect(seen.submitterName).toBe(NAMES.enterprise);
    expect(seen.queryCode).toBeNull();
    expect(seen.timeline[0]).toEqual({ actorRole: 'ENTERPRISE', actorName: NAMES.enterprise });
    expect(contact.phone).toMatch(/^1\d{10}$/);
    expect(seen.contact).toEqual({
      name: contact.name,
      phone: `${contact.phone.slice(0, 3)}****${contact.phone.slice(-4)}`,
      masked: true,
    });
    expect(seen.contact.phone).not.toBe(contact.phone);
    const revealed = await dept.ok(REVEAL, { id: c.id });
    expect(revealed.revealCaseContact).toEqual({ ...contact, masked: false });
    const audited = await server.db.query(
      `SELECT actor_id AS "actorId", details::jsonb AS details FROM audit_log WHERE action = 'case.revealContact' AND target_id = $1`,
      [c.id],
    );
    expect(audited).toEqual([{ actorId: accounts.dept.id, details: { trackingNo: c.trackingNo } }]);
    // The office and the enterprise see it whole, without revealing anything.
    const office = await signIn('admin', 'office');
    expect((await office.ok(ADMIN_CONTACT, { id: c.id })).case.contact).toEqual({
      ...contact,
      masked: false,
    });
    expect((await enterprise.ok(PORTAL_CONTACT, { id: c.id })).myCase.contact).toEqual({
      ...contact,
      masked: false,
    });
  });

  it('shows Y no contact at all when the submitter did not agree to be contacted', async () => {
    const enterprise = await signIn('portal', 'enterprise');
    const c = await submit(enterprise, { contactConsent: false });
    await step(c, 'accept', 'office');
    await step(c, 'assign', 'office', leadBy(Y));
    const dept = await signIn('admin', 'deptlead');
    expect((await dept.ok(ADMIN_CONTACT, { id: c.id })).case.contact).toBeNull();
    expect(errorCode(await dept.request(REVEAL, { id: c.id }))).toBe('FORBIDDEN');
    // Another department does not even learn the case exists.
    const other = await signIn('admin', 'x-staff');
    expect(errorCode(await other.request(REVEAL, { id: c.id }))).toBe('NOT_FOUND');
  });
});

describe('the query code', () => {
  it('reaches the enterprise and the grid head who reported the case, no other grid head and no department', async () => {
    const reporter = await signIn('portal', reporterLogin);
    const c = await submit(reporter, { enterpriseId });
    expect(c.queryCode).toMatch(/^[A-Z2-9]{8}$/);
    await step(c, 'accept', 'office');
    await step(c, 'assign', 'office', leadBy(Y));
    const code = async (api: 'portal' | 'admin', login: string) => {
      const client = await signIn(api, login);
      const data = await client.ok(api === 'admin' ? ADMIN_CASE : PORTAL_CASE, { id: c.id });
      return (api === 'admin' ? data.case : data.myCase).queryCode;
    };
    expect({
      enterprise: await code('portal', 'enterprise'),
      enterprise2: await code('portal', 'enterprise2'),
      reporter: await code('portal', reporterLogin),
      otherGridHead: await code('portal', otherGridHeadLogin),
      office: await code('admin', 'office'),
      officeLeader: await code('admin', 'officelead'),
      dept: await code('admin', 'dept'),
      deptLeader: await code('admin', 'deptlead'),
    }).toEqual({
      enterprise: c.queryCode,
      enterprise2: c.queryCode,
      reporter: c.queryCode,
      otherGridHead: null,
      office: c.queryCode,
      officeLeader: c.queryCode,
      dept: null,
      deptLeader: null,
    });
  });
});
