import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { Client } from 'graphql-ws';
import { CN_HOLIDAYS_2025_2026, WorkingCalendar } from '@gridbridge/shared';
import { ControlledClock } from '../src/common/clock.js';
import { JobRunner } from '../src/common/job-runner.service.js';
import { LiveSupervisionBoard, announceBoardChange } from '../src/modules/supervision/live-board.service.js';
import { SupervisionWarnings } from '../src/modules/supervision/warnings.service.js';
import {
  cookieOf,
  liveClient,
  startOtherInstance,
  startTestServer,
  type GqlClient,
  type TestServer,
} from './harness.js';

// Results read deep, typed loosely on purpose.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Data = Record<string, any>;

/**
 * Warnings 预警 under the controlled clock (docs/supervision.md#warnings): a running step is
 * YELLOW from the start of the working day on which it falls due and RED once its deadline has
 * passed — across the 2026 Spring Festival, whose Saturday 14 February is a make-up working day
 * and whose holiday runs from 15 to 23 February (the State Council's arrangement, seeded in the
 * calendar). Every expected moment is written out and checked against `WorkingCalendar`.
 */
const calendar = new WorkingCalendar(CN_HOLIDAYS_2025_2026);
const shanghai = (local: string) => new Date(`${local}+08:00`);
const endOfDay = (date: string) => shanghai(`${date}T23:59:59.999`);

let server: TestServer;
const others: NestFastifyApplication[] = [];
let A: string;
let serial = 0;

beforeAll(async () => {
  // Friday 13 February 2026, 10:00 in Shanghai.
  server = await startTestServer(
    { SUBMIT_RATE_LIMIT_PER_HOUR: '1000' },
    { now: shanghai('2026-02-13T10:00:00') },
  );
  [{ id: A }] = await server.db.query(`SELECT department_id AS id FROM app_user WHERE username = 'dept'`);
});
afterAll(async () => {
  for (const app of others) await app.close();
  await server.close();
});

/** Another server instance on the test's database (closed with the others after the file). */
async function instance(at: Date): Promise<{ app: NestFastifyApplication; clock: ControlledClock }> {
  const other = await startOtherInstance(server, at);
  others.push(other.app);
  return other;
}

async function until(check: () => Promise<boolean>): Promise<void> {
  for (let i = 0; i < 150; i += 1) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('condition not met within 15 s');
}

const scan = (app: NestFastifyApplication = server.app) => app.get(SupervisionWarnings).scan();

/** Submits a case as the demo enterprise at the server's present. */
async function submit(extra: Data = {}): Promise<Data> {
  serial += 1;
  const enterprise = await server.signedIn('portal', 'ENTERPRISE');
  return (
    await enterprise.ok(`mutation ($input: SubmitCaseInput!) { submitCase(input: $input) { id version } }`, {
      input: {
        kind: 'DIFFICULTY',
        category: 'UTILITIES',
        title: `用电增容迟迟未办理 ${serial}`,
        content: '新增生产线需要增加用电容量，申请提交后一直没有答复。',
        contactConsent: true,
        attachmentIds: [],
        clientKey: `supervision-warnings-${serial}`,
        ...extra,
      },
    })
  ).submitCase;
}

async function office(): Promise<GqlClient> {
  return server.signedIn('admin', 'OFFICE_STAFF');
}

/** Accepts and assigns a case to department A, as the office does it now. */
async function assign(c: Data): Promise<Data> {
  const client = await office();
  const accepted = (
    await client.ok(
      `mutation ($id: ID!, $version: Int!) { acceptCase(id: $id, version: $version,
        input: { category: UTILITIES, priority: NORMAL, complexity: SIMPLE }) { id version } }`,
      { id: c.id, version: c.version },
    )
  ).acceptCase;
  return (
    await client.ok(
      `mutation ($id: ID!, $version: Int!, $lead: ID!) { assignCase(id: $id, version: $version,
        input: { leadDepartmentId: $lead, coDepartmentIds: [], note: "请抓紧办理" }) { id version } }`,
      { id: accepted.id, version: accepted.version, lead: A },
    )
  ).assignCase;
}

const itemsOf = async (caseId: string): Promise<Data[]> =>
  (
    await server.db.query(
      `SELECT kind, step, colour, deadline, department_id AS "departmentId" FROM supervision_item
        WHERE case_id = $1 ORDER BY raised_at, colour DESC`,
      [caseId],
    )
  ).map((row: Data) => ({ ...row, deadline: row.deadline?.toISOString() ?? null }));

const warnEvents = async (caseId: string): Promise<Data[]> =>
  (
    await server.db.query(
      `SELECT details, from_state AS "fromState", to_state AS "toState", actor_role AS "actorRole"
         FROM case_event WHERE case_id = $1 AND action = 'warn' ORDER BY id`,
      [caseId],
    )
  ).map((row: Data) => row);

/** Who was told of `event` on a case, by username (one line per notification). */
const noticesOf = async (caseId: string, event: string): Promise<string[]> =>
  (
    await server.db.query(
      `SELECT u.username FROM notification n JOIN app_user u ON u.id = n.user_id
        WHERE n.case_id = $1 AND n.event = $2 ORDER BY u.username`,
      [caseId, event],
    )
  ).map((row: Data) => row.username);

describe('warnings at the working-day boundaries', () => {
  it('turns acceptance yellow on a make-up working Saturday and red once it has passed', async () => {
    const c = await submit();
    // Submitted on Friday: one working day is Saturday 14 February, a make-up working day.
    expect(calendar.addWorkingDays(server.clock.now(), 1)).toEqual(endOfDay('2026-02-14'));

    server.clock.set(shanghai('2026-02-13T23:59:59.999'));
    await scan();
    expect(await itemsOf(c.id)).toEqual([]);

    server.clock.set(shanghai('2026-02-14T00:00:00.000'));
    await scan();
    expect(await itemsOf(c.id)).toEqual([
      {
        kind: 'WARNING',
        step: 'ACCEPT',
        colour: 'YELLOW',
        deadline: endOfDay('2026-02-14').toISOString(),
        departmentId: null,
      },
    ]);

    // The last instant of the day is still yellow, and a rerun adds nothing.
    server.clock.set(endOfDay('2026-02-14'));
    await scan();
    expect((await itemsOf(c.id)).map((i) => i.colour)).toEqual(['YELLOW']);

    server.clock.set(new Date(endOfDay('2026-02-14').getTime() + 1));
    await scan();
    await scan();
    expect((await itemsOf(c.id)).map((i) => [i.colour, i.kind])).toEqual([
      ['YELLOW', 'WARNING'],
      ['RED', 'WARNING'],
    ]);

    // Each colour once on the timeline, as the system, without changing the state.
    expect(await warnEvents(c.id)).toEqual([
      {
        details: {
          step: 'ACCEPT',
          colour: 'YELLOW',
          deadline: endOfDay('2026-02-14').toISOString(),
          departmentId: null,
        },
        fromState: 'SUBMITTED',
        toState: 'SUBMITTED',
        actorRole: 'SYSTEM',
      },
      {
        details: {
          step: 'ACCEPT',
          colour: 'RED',
          deadline: endOfDay('2026-02-14').toISOString(),
          departmentId: null,
        },
        fromState: 'SUBMITTED',
        toState: 'SUBMITTED',
        actorRole: 'SYSTEM',
      },
    ]);
    // The office is told once per colour; the enterprise never.
    expect(await noticesOf(c.id, 'CASE_WARNING_YELLOW')).toEqual(['office', 'officelead']);
    expect(await noticesOf(c.id, 'CASE_WARNING_RED')).toEqual(['office', 'officelead']);

    // Enterprises never see a warning: the portal's timeline leaves the system's steps out.
    const enterprise = await server.signedIn('portal', 'ENTERPRISE');
    const seen = (
      await enterprise.ok(`query ($id: ID!) { myCase(id: $id) { timeline { action } } }`, { id: c.id })
    ).myCase.timeline;
    expect(seen.map((e: Data) => e.action)).not.toContain('warn');
    const admin = (
      await (await office()).ok(`query ($id: ID!) { case(id: $id) { timeline { action } } }`, { id: c.id })
    ).case.timeline;
    expect(admin.map((e: Data) => e.action).filter((a: string) => a === 'warn')).toHaveLength(2);
  });

  it('keeps signing unwarned through the public holiday and turns it yellow on the first day back', async () => {
    // Saturday 14 February (make-up working day), 10:00: accepted and assigned to department A.
    server.clock.set(shanghai('2026-02-14T10:00:00'));
    const c = await assign(await submit());
    // One working day to sign: the holiday runs 15–23 February, so the end of Tuesday 24th.
    const due = endOfDay('2026-02-24');
    expect(calendar.addWorkingDays(server.clock.now(), 1)).toEqual(due);

    // The last day of the holiday (a Monday): not a working day, so not yet yellow.
    server.clock.set(shanghai('2026-02-23T18:00:00'));
    await scan();
    expect(await itemsOf(c.id)).toEqual([]);

    server.clock.set(shanghai('2026-02-24T00:00:00'));
    await scan();
    expect(await itemsOf(c.id)).toEqual([
      { kind: 'WARNING', step: 'SIGN', colour: 'YELLOW', deadline: due.toISOString(), departmentId: A },
    ]);
    // The department (staff and leader) and the office are told.
    expect(await noticesOf(c.id, 'CASE_WARNING_YELLOW')).toEqual([
      'dept',
      'deptlead',
      'office',
      'officelead',
    ]);

    // Unsigned past its limit: red, and detected as inaction (不作为).
    server.clock.set(shanghai('2026-02-25T00:00:00'));
    await scan();
    expect((await itemsOf(c.id)).map((i) => [i.step, i.colour, i.kind])).toEqual([
      ['SIGN', 'YELLOW', 'WARNING'],
      ['SIGN', 'RED', 'INACTION'],
    ]);
    expect(await noticesOf(c.id, 'CASE_WARNING_RED')).toEqual(['dept', 'deptlead', 'office', 'officelead']);

    // The board lists it for the office, filtered by department, kind and colour, with counts.
    const client = await office();
    const board = (
      await client.ok(
        `query ($filter: SupervisionFilter) { supervisionBoard(filter: $filter, first: 50) {
          items { caseId kind step colour overdueWorkingDays departmentName gridName } nextCursor } }`,
        { filter: { departmentId: A, kind: 'INACTION', colour: 'RED' } },
      )
    ).supervisionBoard;
    expect(board.items.filter((i: Data) => i.caseId === c.id)).toEqual([
      expect.objectContaining({ kind: 'INACTION', step: 'SIGN', colour: 'RED', overdueWorkingDays: 0 }),
    ]);
    const counts = (
      await client.ok(
        `query ($filter: SupervisionFilter) { supervisionCounts(filter: $filter) {
        departmentId total red yellow inaction } }`,
        {
          filter: {
            from: shanghai('2026-02-24T00:00:00').toISOString(),
            to: shanghai('2026-02-26T00:00:00').toISOString(),
          },
        },
      )
    ).supervisionCounts;
    expect(counts.find((row: Data) => row.departmentId === A)).toEqual({
      departmentId: A,
      total: 2,
      red: 1,
      yellow: 1,
      inaction: 1,
    });

    // A whole working day later it is one working day overdue on the board.
    server.clock.set(shanghai('2026-02-26T09:00:00'));
    const later = (
      await (
        await office()
      ).ok(
        `query ($filter: SupervisionFilter) { supervisionBoard(filter: $filter) { items { caseId overdueWorkingDays } } }`,
        { filter: { departmentId: A, kind: 'INACTION' } },
      )
    ).supervisionBoard.items;
    expect(later.find((i: Data) => i.caseId === c.id).overdueWorkingDays).toBe(1);
  });
});

describe('the live board', () => {
  const BOARD = 'subscription { supervisionBoardChanged { raised } }';
  const clients: Client[] = [];
  afterAll(async () => {
    for (const client of clients) await client.dispose();
  });

  /** Waits until `app` holds `count` board subscriptions (they reach the server asynchronously). */
  async function held(app: NestFastifyApplication, count: number): Promise<number> {
    const live = app.get(LiveSupervisionBoard);
    for (let i = 0; live.subscriptionCount !== count && i < 300; i += 1) {
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    return live.subscriptionCount;
  }

  const within = <T>(promise: Promise<T>, ms: number): Promise<T | 'nothing'> =>
    Promise.race([promise, new Promise<'nothing'>((resolve) => setTimeout(() => resolve('nothing'), ms))]);

  it('tells the office’s open board, on another instance, of every item a scan raised, and nothing else', async () => {
    // Monday 2 March, 10:00: accepting is due by the end of Tuesday 3 March.
    server.clock.set(shanghai('2026-03-02T10:00:00'));
    const c = await submit();
    const at = shanghai('2026-03-04T08:00:00');
    server.clock.set(at);

    const { client } = liveClient(server.url, 'admin', cookieOf(await office()));
    clients.push(client);
    const events = client.iterate<Data>({ query: BOARD })[Symbol.asyncIterator]();
    let next = events.next();
    expect(await held(server.app, 1)).toBe(1);

    // The scan runs on another instance; the announcement reaches the board held by this one.
    const second = await instance(at);
    expect((await scan(second.app)).warnings).toBeGreaterThanOrEqual(1);
    expect((await itemsOf(c.id)).map((i) => [i.step, i.colour])).toEqual([['ACCEPT', 'RED']]);
    // One event per burst: the items raised one transaction each are summed, none lost (what
    // earlier tests left due, and the scheduled job if it ran meanwhile, are raised at `at` too).
    const raisedAt = async (): Promise<number> =>
      (await server.db.query('SELECT count(*)::int AS n FROM supervision_item WHERE raised_at = $1', [at]))[0]
        .n;
    let announced = 0;
    while (announced < (await raisedAt())) {
      const event = await within(next, 5000);
      if (event === 'nothing') throw new Error(`announced ${announced} of ${await raisedAt()}`);
      expect(event.value.errors).toBeUndefined();
      announced += event.value.data.supervisionBoardChanged.raised;
      next = events.next();
    }
    expect(announced).toBe(await raisedAt());

    // Nothing raised, nothing announced; and what rolled back is never announced.
    expect(await scan()).toEqual({ warnings: 0, detections: 0 });
    await expect(
      server.db.transaction(async (tx) => {
        await announceBoardChange(tx, 5);
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    expect(await within(next, 1000)).toBe('nothing');

    await events.return?.();
    expect(await held(server.app, 0)).toBe(0);
  });

  it('is the office’s: a department’s subscription is refused, and a signed-out one ends', async () => {
    const dept = await server.signedIn('admin', 'DEPT_STAFF');
    const { client } = liveClient(server.url, 'admin', cookieOf(dept));
    clients.push(client);
    const refused = await client
      .iterate<Data>({ query: BOARD })
      [Symbol.asyncIterator]()
      .next()
      .then(
        (result) => result,
        (error: unknown) => error,
      );
    expect(JSON.stringify(refused)).toContain('FORBIDDEN');
    expect(await held(server.app, 0)).toBe(0);

    const viewer = await office();
    const { client: own } = liveClient(server.url, 'admin', cookieOf(viewer));
    clients.push(own);
    const next = own.iterate<Data>({ query: BOARD })[Symbol.asyncIterator]().next();
    expect(await held(server.app, 1)).toBe(1);
    await viewer.ok('mutation { logout }');
    await server.db.transaction((tx) => announceBoardChange(tx, 1));
    const ended = await within(
      next.then(
        (result) => result,
        (error: unknown) => error,
      ),
      5000,
    );
    expect(JSON.stringify(ended)).toContain('SESSION_EXPIRED');
    expect(await held(server.app, 0)).toBe(0);
  });
});

describe('warnings across restarts and instances', () => {
  it('raises each warning once when two instances scan at the same moment', async () => {
    server.clock.set(shanghai('2026-03-09T10:00:00'));
    const c = await submit();
    // Overdue: past the end of Tuesday 10 March.
    const at = shanghai('2026-03-11T08:00:00');
    server.clock.set(at);
    // A second instance on the same database, its clock at the same moment.
    const second = await instance(at);
    await Promise.all([scan(), scan(second.app), scan(), scan(second.app)]);
    expect((await itemsOf(c.id)).map((i) => [i.step, i.colour])).toEqual([['ACCEPT', 'RED']]);
    expect(await warnEvents(c.id)).toHaveLength(1);
    expect(await noticesOf(c.id, 'CASE_WARNING_RED')).toEqual(['office', 'officelead']);
  });

  it('raises a warning that fell due while no instance ran once, when one comes back', async () => {
    // Thursday 12 March, 10:00 (after the moment of the test above): accepting is due by the end of Friday 13 March.
    server.clock.set(shanghai('2026-03-12T10:00:00'));
    const c = await submit();
    await scan();
    // Every instance stops (the other one, and this one's job runner); the step turns yellow meanwhile.
    for (const app of others.splice(0)) await app.close();
    await server.app.get(JobRunner).beforeApplicationShutdown();
    const back = shanghai('2026-03-13T09:00:00');
    server.clock.set(back);
    const second = await instance(back);
    // The catch-up at start-up runs the scheduled scan: the warning is not lost.
    await until(async () => (await itemsOf(c.id)).length === 1);
    // Scanning again, and another restart, add nothing.
    await scan(second.app);
    const third = await instance(back);
    await scan(third.app);
    expect((await itemsOf(c.id)).map((i) => [i.step, i.colour])).toEqual([['ACCEPT', 'YELLOW']]);
    expect(await warnEvents(c.id)).toHaveLength(1);
    expect(await noticesOf(c.id, 'CASE_WARNING_YELLOW')).toEqual(['office', 'officelead']);
  });
});
