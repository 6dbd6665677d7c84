import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { SupervisionWarnings } from '../src/modules/supervision/warnings.service.js';
import { errorCode, startTestServer, type GqlClient, type GqlResponse, type TestServer } from './harness.js';

// Results read deep, typed loosely on purpose.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Data = Record<string, any>;

/**
 * 督办 and 催办 on running cases, the department's acknowledgement, the detections of possible
 * wrong action and complaints, and who may see what (docs/supervision.md).
 */
let server: TestServer;
/** Department A is the demo's `dept`/`deptlead`; B is another department with an account of its own. */
let A: string;
let B: string;
let serial = 0;

const CASE =
  'id version state availableActions timeline { action fromState toState internalNote publicNote }';

beforeAll(async () => {
  server = await startTestServer({ SUBMIT_RATE_LIMIT_PER_HOUR: '1000' });
  [{ id: A }] = await server.db.query(`SELECT department_id AS id FROM app_user WHERE username = 'dept'`);
  [{ id: B }] = await server.db.query(
    `SELECT id FROM department WHERE active AND id <> $1 ORDER BY name LIMIT 1`,
    [A],
  );
  await server.db.query(
    `INSERT INTO app_user (username, display_name, password_hash, roles, department_id)
     SELECT 'other-dept', '其他部门', password_hash, ARRAY['DEPT_STAFF'], $1 FROM app_user WHERE username = 'dept'`,
    [B],
  );
});
afterAll(() => server.close());

const sessions = new Map<string, GqlClient>();
async function as(username: string): Promise<GqlClient> {
  const known = sessions.get(username);
  if (known) return known;
  const client = username === 'enterprise' ? server.portal() : server.admin();
  const response = await client.login(username);
  if (response.errors) throw new Error(`sign-in as ${username}: ${JSON.stringify(response.errors)}`);
  sessions.set(username, client);
  return client;
}

async function submit(extra: Data = {}): Promise<Data> {
  serial += 1;
  return (
    await (
      await as('enterprise')
    ).ok(`mutation ($input: SubmitCaseInput!) { submitCase(input: $input) { id version } }`, {
      input: {
        kind: 'DIFFICULTY',
        category: 'UTILITIES',
        title: `用电增容迟迟未办理 ${serial}`,
        content: '新增生产线需要增加用电容量，申请提交后一直没有答复。',
        contactConsent: true,
        attachmentIds: [],
        clientKey: `supervision-${serial}`,
        ...extra,
      },
    })
  ).submitCase;
}

/** A case mutation as `username` with the case's version; the raw response. */
async function attempt(username: string, call: string, c: Data, args = ''): Promise<GqlResponse<Data>> {
  return (await as(username)).request(
    `mutation ($id: ID!, $version: Int!) { ${call}(id: $id, version: $version${args}) { ${CASE} } }`,
    { id: c.id, version: c.version },
  );
}
async function act(username: string, call: string, c: Data, args = ''): Promise<Data> {
  const response = await attempt(username, call, c, args);
  if (response.errors) throw new Error(`${call} as ${username}: ${JSON.stringify(response.errors)}`);
  return response.data![call];
}

async function assigned(lead = A): Promise<Data> {
  const accepted = await act(
    'office',
    'acceptCase',
    await submit(),
    ', input: { category: UTILITIES, priority: NORMAL, complexity: SIMPLE }',
  );
  return act(
    'office',
    'assignCase',
    accepted,
    `, input: { leadDepartmentId: "${lead}", coDepartmentIds: [], note: "请抓紧办理" }`,
  );
}

const inThreeDays = () => new Date(server.clock.now().getTime() + 3 * 86_400_000).toISOString();
const superviseArgs = (dueDate: string, level = 'KEY', note = '请三日内办结并报告') =>
  `, input: { level: ${level}, note: "${note}", dueDate: "${dueDate}" }`;

const noticesOf = async (caseId: string, event: string): Promise<string[]> =>
  (
    await server.db.query(
      `SELECT u.username FROM notification n JOIN app_user u ON u.id = n.user_id
        WHERE n.case_id = $1 AND n.event = $2 ORDER BY u.username`,
      [caseId, event],
    )
  ).map((row: Data) => row.username);

const SUPERVISIONS = `query ($caseId: ID!) { caseSupervisions(caseId: $caseId) {
  id level note dueDate issuedByName departmentId departmentName acknowledgedAt acknowledgedByName acknowledgeNote } }`;

describe('督办 and 催办', () => {
  it('supervises a running case, notifies the department and the office, and the department acknowledges it', async () => {
    let c = await assigned();
    expect(c.availableActions).toEqual(expect.arrayContaining(['supervise', 'urge']));
    // Before any 督办 the department has nothing to acknowledge.
    const before = (
      await (await as('dept')).ok(`query ($id: ID!) { case(id: $id) { availableActions } }`, { id: c.id })
    ).case;
    expect(before.availableActions).toEqual(['sign']);

    // A deadline already past is refused, naming the field.
    const past = await attempt('office', 'superviseCase', c, superviseArgs('2026-06-01T00:00:00Z'));
    expect(errorCode(past)).toBe('VALIDATION');
    expect(past.errors![0].extensions!.fields).toEqual([
      { field: 'dueDate', message: expect.stringContaining('督办时限') },
    ]);

    const due = inThreeDays();
    c = await act('office', 'superviseCase', c, superviseArgs(due));
    expect(c.state).toBe('ASSIGNED');
    expect(c.timeline.at(-1)).toEqual({
      action: 'supervise',
      fromState: 'ASSIGNED',
      toState: 'ASSIGNED',
      internalNote: '请三日内办结并报告',
      publicNote: null,
    });
    expect(await noticesOf(c.id, 'CASE_SUPERVISED')).toEqual(['dept', 'deptlead', 'office', 'officelead']);

    // The department sees it, waiting for its acknowledgement; another department sees nothing.
    const seen = (await (await as('dept')).ok(SUPERVISIONS, { caseId: c.id })).caseSupervisions;
    expect(seen).toEqual([
      {
        id: expect.any(String),
        level: 'KEY',
        note: '请三日内办结并报告',
        dueDate: due,
        issuedByName: '张专员',
        departmentId: A,
        departmentName: expect.any(String),
        acknowledgedAt: null,
        acknowledgedByName: null,
        acknowledgeNote: null,
      },
    ]);
    const pending = (
      await (await as('deptlead')).ok(`{ pendingSupervisions { items { caseId level } nextCursor } }`)
    ).pendingSupervisions;
    expect(pending.items).toContainEqual({ caseId: c.id, level: 'KEY' });
    expect((await (await as('other-dept')).ok(SUPERVISIONS, { caseId: c.id })).caseSupervisions).toEqual([]);
    const otherPending = (await (await as('other-dept')).ok(`{ pendingSupervisions { items { caseId } } }`))
      .pendingSupervisions.items;
    expect(otherPending.map((p: Data) => p.caseId)).not.toContain(c.id);

    // Another department cannot acknowledge it: the case is not in its scope.
    const foreign = await attempt('other-dept', 'acknowledgeSupervision', c, ', note: "收到"');
    expect(errorCode(foreign)).toBe('NOT_FOUND');

    // The lead department's staff acknowledge; the office is told; a second acknowledgement has nothing left.
    const read = (await (await as('dept')).ok(`query ($id: ID!) { case(id: $id) { ${CASE} } }`, { id: c.id }))
      .case;
    expect(read.availableActions).toContain('acknowledgeSupervision');
    c = await act('dept', 'acknowledgeSupervision', read, ', note: "已收到，马上办理"');
    expect(c.timeline.at(-1)).toMatchObject({
      action: 'acknowledgeSupervision',
      internalNote: '已收到，马上办理',
    });
    expect(await noticesOf(c.id, 'CASE_SUPERVISION_ACKNOWLEDGED')).toEqual(['office', 'officelead']);
    const [acknowledged] = (await (await as('office')).ok(SUPERVISIONS, { caseId: c.id })).caseSupervisions;
    expect(acknowledged).toMatchObject({
      acknowledgedAt: server.clock.now().toISOString(),
      acknowledgedByName: expect.any(String),
      acknowledgeNote: '已收到，马上办理',
    });
    // Nothing left to acknowledge: the button is gone, and a second acknowledgement is refused.
    const reread = (
      await (await as('dept')).ok(`query ($id: ID!) { case(id: $id) { availableActions } } `, { id: c.id })
    ).case;
    expect(reread.availableActions).not.toContain('acknowledgeSupervision');
    const again = await attempt('dept', 'acknowledgeSupervision', c);
    expect(errorCode(again)).toBe('VALIDATION');
    expect(again.errors![0].extensions!.fields).toEqual([
      { field: 'supervision', message: '没有待签收的督办' },
    ]);
    expect(
      (
        await (await as('deptlead')).ok(`{ pendingSupervisions { items { caseId } } }`)
      ).pendingSupervisions.items.map((p: Data) => p.caseId),
    ).not.toContain(c.id);

    // 催办: on the timeline and to the department only.
    c = await act('office', 'urgeCase', c, ', note: "请尽快签收"');
    expect(c.timeline.at(-1)).toMatchObject({
      action: 'urge',
      internalNote: '请尽快签收',
      fromState: 'ASSIGNED',
    });
    expect(await noticesOf(c.id, 'CASE_URGED')).toEqual(['dept', 'deptlead']);

    // The enterprise never sees the office's supervision on its timeline.
    const mine = (
      await (
        await as('enterprise')
      ).ok(`query ($id: ID!) { myCase(id: $id) { timeline { action } } }`, {
        id: c.id,
      })
    ).myCase.timeline.map((e: Data) => e.action);
    expect(mine).not.toEqual(expect.arrayContaining(['supervise']));
    expect(mine).not.toContain('urge');
    expect(mine).not.toContain('acknowledgeSupervision');
  });

  it('refuses supervision where the lifecycle table has no row, and a blank note', async () => {
    const c = await submit();
    const early = await attempt('office', 'superviseCase', c, superviseArgs(inThreeDays()));
    expect(errorCode(early)).toBe('INVALID_TRANSITION');
    const urged = await attempt('office', 'urgeCase', c, ', note: "催"');
    expect(errorCode(urged)).toBe('INVALID_TRANSITION');
    const blank = await attempt('office', 'urgeCase', await assigned(), ', note: "  "');
    expect(errorCode(blank)).toBe('VALIDATION');
    // A stale version is a conflict.
    const d = await assigned();
    await act('office', 'urgeCase', d, ', note: "第一次"');
    expect(errorCode(await attempt('office', 'urgeCase', d, ', note: "第二次"'))).toBe('CONFLICT');
  });
});

describe('detections', () => {
  it('records a reply sent back twice and an accepted complaint with its misconduct type, once', async () => {
    // A complaint about department B, accepted and assigned to A.
    const complaint = await submit({
      kind: 'COMPLAINT',
      namedDepartmentId: B,
      misconductType: 'SLOW_ACTION',
    });
    await act(
      'office',
      'acceptCase',
      complaint,
      ', input: { category: UTILITIES, priority: NORMAL, complexity: SIMPLE }',
    );

    // A reply sent back twice.
    let c = await assigned();
    c = await act('dept', 'signCase', c);
    for (const round of [1, 2]) {
      c = await act(
        'dept',
        'draftCaseReply',
        c,
        `, input: { result: RESOLVED, text: "已协调解决 ${round}", attachmentIds: [] }`,
      );
      c = await act('deptlead', 'submitCaseReply', c);
      c = await act('office', 'sendCaseBack', c, `, reason: "答复不完整 ${round}"`);
    }
    await server.app.get(SupervisionWarnings).recordDetections();
    await server.app.get(SupervisionWarnings).recordDetections();
    const items = await server.db.query(
      `SELECT case_id AS "caseId", kind, reason, department_id AS "departmentId" FROM supervision_item
        WHERE case_id = ANY($1) ORDER BY kind`,
      [[complaint.id, c.id]],
    );
    expect(items).toEqual([
      { caseId: complaint.id, kind: 'COMPLAINT', reason: 'SLOW_ACTION', departmentId: B },
      { caseId: c.id, kind: 'WRONG_ACTION', reason: 'SENT_BACK_TWICE', departmentId: A },
    ]);

    // The board shows both to the office, filtered by kind.
    const board = (
      await (
        await as('office')
      ).ok(
        `{ supervisionBoard(filter: { kind: WRONG_ACTION }, first: 100) { items { caseId kind reason colour } } }`,
      )
    ).supervisionBoard.items;
    expect(board).toContainEqual({
      caseId: c.id,
      kind: 'WRONG_ACTION',
      reason: 'SENT_BACK_TWICE',
      colour: null,
    });
    expect(board.every((i: Data) => i.kind === 'WRONG_ACTION')).toBe(true);
  });

  it('pages the board in keyset order, most overdue first', async () => {
    const office = await as('office');
    const seen: Data[] = [];
    let after: string | null = null;
    do {
      const page: Data = (
        await office.ok(
          `query ($after: String) { supervisionBoard(first: 2, after: $after) { items { id deadline raisedAt } nextCursor } }`,
          { after },
        )
      ).supervisionBoard;
      seen.push(...page.items);
      after = page.nextCursor;
    } while (after);
    const order = await server.db.query(`SELECT id FROM supervision_item ORDER BY sort_at, id`);
    expect(seen.map((i) => i.id)).toEqual(order.map((row: Data) => row.id));
    // Deadlines first in time order: the most overdue on top.
    const deadlines = seen.filter((i) => i.deadline).map((i) => Date.parse(i.deadline));
    expect(deadlines).toEqual([...deadlines].sort((x, y) => x - y));
  });
});
