import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import pg from 'pg';
import {
  CASE_CATEGORY_CODES,
  CASE_CHANNEL_CODES,
  CASE_KIND_CODES,
  CASE_STATE_CODES,
  NOTIFICATION_EVENT_CODES,
  PAUSED_STATES,
  TERMINAL_STATES,
  TRACKING_NUMBER_PATTERN,
  WorkingCalendar,
  findTransition,
  CASE_RELATIONS,
  shanghaiDate,
  type Actor,
  type CaseAction,
  type CaseKind,
  type CaseState,
  type HolidayCalendarData,
} from '@gridbridge/shared';
import {
  acceptDeadline,
  evaluationDeadline,
  reviewDeadline,
  signDeadline,
} from '../src/modules/cases/case-deadlines.js';
import { searchQuery } from '../src/modules/cases/case-search.js';
import { isQueryCode } from '../src/modules/cases/query-code.js';
import { DEMO_DEPARTMENT } from '../src/modules/demo/demo-case-data.js';
import { seedDemoCases } from '../src/modules/demo/demo-cases.js';
import { buildDemoDistrict, seedDemo } from '../src/modules/demo/demo.seed.js';
import { DEMO_ENTERPRISE } from '../src/modules/demo/demo-data.js';
import { startTestServer, type TestServer } from './harness.js';

interface CaseRow {
  id: string;
  tracking_no: string;
  query_code: string;
  kind: CaseKind;
  category: string;
  channel: string;
  title: string;
  state: CaseState;
  enterprise_id: string;
  named_department_id: string | null;
  misconduct_type: string | null;
  lead_department_id: string | null;
  duplicate_of_id: string | null;
  submitted_at: Date;
  state_deadline: Date | null;
  paused_at: Date | null;
  accepted_at: Date | null;
  replied_at: Date | null;
  closed_at: Date | null;
  office_note: string | null;
  reply_result: string | null;
  reply_text: string | null;
  reopen_count: number;
  version: number;
}

interface EventRow {
  case_id: string;
  occurred_at: Date;
  action: CaseAction;
  from_state: CaseState | null;
  to_state: CaseState;
  actor_id: string | null;
  actor_role: Actor;
  actor_name: string | null;
  details: Record<string, unknown> | null;
}

// Rows come back untyped from raw SQL.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Query = (sql: string, parameters?: unknown[]) => Promise<any[]>;

interface Data {
  cases: CaseRow[];
  timelines: Map<string, EventRow[]>;
  sequence: { year: number; last_value: number }[];
  rolesOf: Map<string, string[]>;
}

async function read(query: Query): Promise<Data> {
  const cases: CaseRow[] = await query('SELECT * FROM case_file ORDER BY tracking_no');
  const events: EventRow[] = await query('SELECT * FROM case_event ORDER BY case_id, occurred_at, id');
  const timelines = new Map<string, EventRow[]>();
  for (const event of events) timelines.set(event.case_id, [...(timelines.get(event.case_id) ?? []), event]);
  const users: { id: string; roles: string[] }[] = await query('SELECT id, roles FROM app_user');
  return {
    cases,
    timelines,
    sequence: await query('SELECT year, last_value FROM case_tracking_sequence ORDER BY year'),
    rolesOf: new Map(users.map((u) => [u.id, u.roles])),
  };
}

const countBy = <T>(items: T[], key: (item: T) => string) => {
  const counts: Record<string, number> = {};
  for (const item of items) counts[key(item)] = (counts[key(item)] ?? 0) + 1;
  return counts;
};

/** Collects what is wrong, so that one assertion lists every broken case and step at once. */
function problems() {
  const found: string[] = [];
  return {
    found,
    check: (ok: boolean, what: string) => {
      if (!ok) found.push(what);
    },
  };
}

const same = (a: Date | null | undefined, b: Date | null | undefined) =>
  (a?.getTime() ?? null) === (b?.getTime() ?? null);

/** Every timeline is a path through the lifecycle table that ends in its case's state, in the past. */
function checkTimelines({ cases, timelines, rolesOf }: Data, now: Date) {
  const { found, check } = problems();
  for (const c of cases) {
    const timeline = timelines.get(c.id) ?? [];
    check(
      timeline[0]?.action === 'submit' && timeline[0].from_state === null,
      `${c.tracking_no} starts without submit`,
    );
    check(
      same(timeline[0]?.occurred_at, c.submitted_at),
      `${c.tracking_no} submitted_at is not its submission`,
    );
    let state: CaseState | null = null;
    let previous = 0;
    for (const event of timeline) {
      const step = `${c.tracking_no} ${event.action} ${event.from_state}→${event.to_state} by ${event.actor_role}`;
      // A co-department's steps name it: its signing leaves the case where it was.
      const co = event.action === 'submitOpinion' || event.details?.role === 'CO';
      const row = findTransition(
        event.action,
        event.from_state,
        [event.actor_role],
        c.kind,
        co ? ['CO'] : CASE_RELATIONS,
      );
      check(row !== null, `${step}: no lifecycle row`);
      check(event.from_state === state, `${step}: the state before was ${state}`);
      check(row?.to === event.to_state, `${step}: the row leads to ${row?.to}`);
      // Strictly after the step before, and never after the load.
      check(event.occurred_at.getTime() > previous, `${step}: not after the step before`);
      check(event.occurred_at <= now, `${step}: after the load`);
      previous = event.occurred_at.getTime();
      // Somebody with an account acts in a role the account holds; the system has no account.
      if (event.actor_id)
        check(!!rolesOf.get(event.actor_id)?.includes(event.actor_role), `${step}: account lacks the role`);
      if (event.actor_role === 'SYSTEM') check(event.actor_id === null, `${step}: the system has an account`);
      else check(!!event.actor_name, `${step}: nobody named`);
      state = event.to_state;
    }
    check(state === c.state, `${c.tracking_no}: timeline ends in ${state}, case is ${c.state}`);
    check(
      c.reopen_count === timeline.filter((e) => e.action === 'reopen').length,
      `${c.tracking_no}: reopen count`,
    );
    // A warning records the clock, not a change: the warnings job leaves the version alone (docs/supervision.md).
    const steps = timeline.filter((e) => e.action !== 'warn').length;
    check(c.version === steps, `${c.tracking_no}: version ${c.version} for ${steps} steps`);
  }
  expect(found).toEqual([]);
}

/** The columns agree with the state and the timeline; deadlines follow the working-day calendar. */
function checkColumns({ cases, timelines }: Data, calendar: WorkingCalendar, now: Date) {
  const { found, check } = problems();
  const byId = new Map(cases.map((c) => [c.id, c]));
  for (const c of cases) {
    const timeline = timelines.get(c.id)!;
    const last = (...actions: CaseAction[]) => timeline.findLast((e) => actions.includes(e.action));
    const label = `${c.tracking_no} ${c.state}`;
    // A running case's clock also stands still while an extension request waits for the office leader.
    const extensionPending =
      last('requestExtension', 'approveExtension', 'denyExtension', 'submitReply')?.action ===
      'requestExtension';
    check(
      (c.paused_at !== null) === (PAUSED_STATES.includes(c.state) || extensionPending),
      `${label}: paused_at`,
    );
    // Every end is dated, as the server dates it: rejected, duplicate and withdrawn too.
    check(
      same(c.closed_at, TERMINAL_STATES.includes(c.state) ? timeline.at(-1)!.occurred_at : null),
      `${label}: closed_at`,
    );
    check((c.duplicate_of_id !== null) === (c.state === 'DUPLICATE'), `${label}: duplicate_of_id`);
    // Accepted when the office accepted it, or when it replied straight away.
    const accepted = timeline.find((e) => e.action === 'accept' || e.action === 'replyDirectly');
    check(same(c.accepted_at, accepted?.occurred_at), `${label}: accepted_at`);
    if (['ASSIGNED', 'IN_PROGRESS', 'RETURN_REQUESTED', 'REPLY_REVIEW'].includes(c.state))
      check(c.lead_department_id === last('assign')?.details?.leadDepartmentId, `${label}: lead department`);
    if (['REPLIED', 'CLOSED', 'DISPUTED'].includes(c.state)) {
      const replied = last('approveReply', 'replyDirectly');
      check(c.reply_result === replied?.details?.result && !!c.reply_text, `${label}: reply`);
      check(same(c.replied_at, replied?.occurred_at), `${label}: replied_at`);
    }
    if (c.state === 'REJECTED' || c.state === 'NEEDS_INFO') check(!!c.office_note, `${label}: office note`);

    // The running step's deadline (docs/lifecycle-and-deadlines.md#deadlines); none once ended or while the office decides.
    const timed = [
      'SUBMITTED',
      'NEEDS_INFO',
      'ASSIGNED',
      'IN_PROGRESS',
      'RETURN_REQUESTED',
      'REPLY_REVIEW',
      'REPLIED',
    ];
    check((c.state_deadline !== null) === timed.includes(c.state), `${label}: state_deadline`);
    const due = (from: EventRow | undefined) => from && calendar.addWorkingDays(from.occurred_at, 1);
    if (c.state === 'ASSIGNED') check(same(c.state_deadline, due(last('assign'))), `${label}: sign deadline`);
    if (c.state === 'REPLY_REVIEW')
      check(same(c.state_deadline, due(last('submitReply'))), `${label}: review deadline`);
    if (c.state === 'SUBMITTED' && timeline.length === 1)
      check(same(c.state_deadline, due(timeline[0])), `${label}: accept deadline`);
    // The same deadlines as the product's own rules give.
    const at = (from: EventRow | undefined) => from?.occurred_at ?? new Date(NaN);
    if (c.state === 'ASSIGNED')
      check(
        same(c.state_deadline, signDeadline(at(last('assign')), calendar)),
        `${label}: product sign deadline`,
      );
    if (c.state === 'REPLY_REVIEW')
      check(
        same(c.state_deadline, reviewDeadline(at(last('submitReply')), calendar)),
        `${label}: product review deadline`,
      );
    if (c.state === 'SUBMITTED' && timeline.length === 1)
      check(
        same(c.state_deadline, acceptDeadline(timeline[0].occurred_at, calendar)),
        `${label}: product accept deadline`,
      );
    if (c.state === 'REPLIED')
      check(
        same(c.state_deadline, evaluationDeadline(c.replied_at!)),
        `${label}: product evaluation deadline`,
      );
    if (c.state === 'REPLIED') {
      // Still inside the 7 evaluation days, or it would have been closed unevaluated.
      check(
        c.state_deadline!.getTime() - c.replied_at!.getTime() === 7 * 86_400_000,
        `${label}: evaluation deadline`,
      );
      check(c.state_deadline! > now, `${label}: evaluation days over`);
    }
    const autoClose = last('autoClose');
    if (autoClose)
      check(
        autoClose.occurred_at.getTime() - c.replied_at!.getTime() === 7 * 86_400_000,
        `${label}: auto-close`,
      );

    if (c.kind === 'COMPLAINT') {
      // Whistle-blower protection: never handled by the department complained about.
      check(
        !!c.misconduct_type && !!c.named_department_id,
        `${label}: complaint without misconduct or department`,
      );
      for (const e of timeline.filter((e) => e.action === 'assign'))
        check(
          e.details?.leadDepartmentId !== c.named_department_id,
          `${label}: assigned to the department complained about`,
        );
    } else {
      check(c.misconduct_type === null, `${label}: misconduct type on a ${c.kind}`);
    }
    if (c.state === 'DUPLICATE') {
      const original = byId.get(c.duplicate_of_id!);
      check(
        !!original && original.state !== 'DUPLICATE' && original.submitted_at < c.submitted_at,
        `${label}: original`,
      );
      const marked = timeline.at(-1)?.details;
      check(
        marked?.originalId === original?.id && marked?.originalTrackingNo === original?.tracking_no,
        `${label}: link`,
      );
    }
  }
  expect(found).toEqual([]);
}

/**
 * Gap-free per Shanghai year and the sequence continues after the last; in order of submission
 * among the cases of one load (`sameLoad`: which cases were numbered together).
 */
function checkNumbers({ cases, sequence }: Data, sameLoad: (a: CaseRow, b: CaseRow) => boolean = () => true) {
  const byYear = new Map<number, CaseRow[]>();
  for (const c of cases) {
    expect(c.tracking_no).toMatch(TRACKING_NUMBER_PATTERN);
    expect(c.query_code).toMatch(/^[A-HJKMNP-Z2-9]{8}$/);
    // The product's own rule for query codes, not a copy of it.
    expect(isQueryCode(c.query_code)).toBe(true);
    const year = Number(shanghaiDate(c.submitted_at).slice(0, 4));
    expect(c.tracking_no.slice(2, 6)).toBe(String(year));
    byYear.set(year, [...(byYear.get(year) ?? []), c]);
  }
  expect(sequence.map((s) => s.year)).toEqual([...byYear.keys()].sort());
  for (const { year, last_value } of sequence) {
    const numbered = byYear.get(year)!.sort((a, b) => a.tracking_no.localeCompare(b.tracking_no));
    expect(numbered.map((c) => Number(c.tracking_no.slice(6)))).toEqual(numbered.map((_, i) => i + 1));
    expect(last_value).toBe(numbered.length);
    for (let i = 1; i < numbered.length; i++) {
      const previous = numbered.slice(0, i).findLast((c) => sameLoad(c, numbered[i]));
      if (previous)
        expect(numbered[i].submitted_at.getTime()).toBeGreaterThanOrEqual(previous.submitted_at.getTime());
    }
  }
}

/**
 * The office inbox shows fresh, yellow and red cases — yellow only when loaded on a working day:
 * on a holiday nothing is due today.
 */
function checkInbox({ cases }: Data, calendar: WorkingCalendar, now: Date) {
  const inbox = cases.filter((c) => c.state === 'SUBMITTED');
  const warnings = countBy(inbox, (c) => calendar.remaining(c.state_deadline!, now).warning);
  expect(inbox.length).toBeGreaterThanOrEqual(10);
  expect(warnings.RED).toBeGreaterThanOrEqual(2);
  if (calendar.isWorkingDay(shanghaiDate(now))) expect(warnings.YELLOW).toBeGreaterThanOrEqual(1);
  else expect(warnings.YELLOW).toBeUndefined();
}

let server: TestServer;
let calendar: WorkingCalendar;
let data: Data;
const query: Query = (sql, parameters) => server.db.query(sql, parameters);

beforeAll(async () => {
  server = await startTestServer();
  const years: { year: number; off: HolidayCalendarData['years'][string]['off']; work: string[] }[] =
    await query('SELECT year, off, work FROM holiday_year');
  calendar = new WorkingCalendar({
    years: Object.fromEntries(years.map((r) => [String(r.year), { off: r.off, work: r.work }])),
  });
  data = await read(query);
});
afterAll(() => server.close());

describe('the demo cases', () => {
  it('number a few hundred, for every open enterprise, in every state, kind, category and channel', async () => {
    expect(data.cases.length).toBeGreaterThanOrEqual(350);
    const [{ without }] = await query(
      `SELECT count(*)::int AS without FROM enterprise e
        WHERE e.status = 'ACTIVE' AND NOT EXISTS (SELECT 1 FROM case_file c WHERE c.enterprise_id = e.id)`,
    );
    expect(without).toBe(0);
    const states = countBy(data.cases, (c) => c.state);
    for (const state of CASE_STATE_CODES) expect([state, (states[state] ?? 0) >= 8]).toEqual([state, true]);
    for (const big of ['IN_PROGRESS', 'CLOSED', 'REPLIED'] as const)
      expect(states[big]).toBeGreaterThanOrEqual(20);
    expect(Object.keys(countBy(data.cases, (c) => c.kind)).sort()).toEqual([...CASE_KIND_CODES].sort());
    expect(Object.keys(countBy(data.cases, (c) => c.category)).sort()).toEqual(
      [...CASE_CATEGORY_CODES].sort(),
    );
    expect(Object.keys(countBy(data.cases, (c) => c.channel)).sort()).toEqual([...CASE_CHANNEL_CODES].sort());
  });

  it('have timelines that walk the lifecycle table from submission to the case’s state', () => {
    checkTimelines(data, server.clock.now());
  });

  it('hold the columns their state and timeline imply', () => {
    checkColumns(data, calendar, server.clock.now());
  });

  it('are checked by rules that notice a broken step or column', () => {
    const accepted = data.cases.find((c) => c.state === 'ACCEPTED')!;
    const steps = data.timelines.get(accepted.id)!;
    const wrongRole = steps.map((e) =>
      e.action === 'accept' ? { ...e, actor_role: 'DEPT_STAFF' as const } : e,
    );
    expect(() =>
      checkTimelines(
        { ...data, timelines: new Map(data.timelines).set(accepted.id, wrongRole) },
        server.clock.now(),
      ),
    ).toThrow(/accept SUBMITTED→ACCEPTED by DEPT_STAFF: no lifecycle row/);
    const replied = data.cases.find((c) => c.state === 'REPLIED')!;
    const lapsed = {
      ...replied,
      state_deadline: new Date(server.clock.now().getTime() - 1000),
      replied_at: new Date(server.clock.now().getTime() - 1000 - 7 * 86_400_000),
    };
    expect(() =>
      checkColumns(
        { ...data, cases: data.cases.map((c) => (c === replied ? lapsed : c)) },
        calendar,
        server.clock.now(),
      ),
    ).toThrow(/evaluation days over/);
  });

  it('keep assignment rows, evaluations and deadline facts consistent with each case and its timeline', async () => {
    const rows: {
      id: string;
      state: string;
      leads: { state: string; paused: boolean; pending: string | null; extensions: number }[] | null;
      evaluated: boolean;
      events: { action: string; details: Record<string, unknown> | null }[];
    }[] = await query(
      `SELECT c.id, c.state, c.evaluated_at IS NOT NULL AS evaluated,
              (SELECT json_agg(json_build_object('state', a.state, 'paused', a.paused_at IS NOT NULL,
                                                 'pending', a.pending_request, 'extensions', a.extension_count)
                               ORDER BY a.assigned_at)
                 FROM case_assignment a WHERE a.case_id = c.id AND a.role = 'LEAD') AS leads,
              (SELECT json_agg(json_build_object('action', e.action, 'details', e.details) ORDER BY e.occurred_at, e.id)
                 FROM case_event e WHERE e.case_id = c.id) AS events
         FROM case_file c`,
    );
    const expected: Record<string, string[]> = {
      ASSIGNED: ['ASSIGNED'],
      IN_PROGRESS: ['IN_PROGRESS', 'REPLY_DRAFTED'],
      RETURN_REQUESTED: ['RETURN_REQUESTED'],
      REPLY_REVIEW: ['REPLY_SUBMITTED'],
      REPLIED: ['REPLIED'],
      DISPUTED: ['REPLIED'],
    };
    const paths = new Set<string>();
    for (const c of rows) {
      const actions = c.events.map((e) => e.action);
      const current = (c.leads ?? []).filter((a) => a.state !== 'RETURNED');
      // One RETURNED row per approved return, and at most one active lead.
      expect([c.id, (c.leads ?? []).length - current.length]).toEqual([
        c.id,
        actions.filter((a) => a === 'approveReturn').length,
      ]);
      expect(current.length).toBeLessThanOrEqual(1);
      if (expected[c.state])
        expect([c.id, expected[c.state].includes(current[0]?.state)]).toEqual([c.id, true]);
      if (c.state === 'RETURN_REQUESTED')
        expect(current[0]).toMatchObject({ paused: true, pending: 'RETURN' });
      if (actions.includes('requestExtension')) expect(current[0]?.extensions ?? 1).toBe(1);
      const last = c.events.findLast((e) => e.action === 'evaluate' || e.action === 'dispute');
      expect([c.id, c.evaluated]).toEqual([c.id, last !== undefined]);
      for (const e of c.events) {
        if (['sign', 'submitReply', 'sendBack', 'approveReply', 'evaluate', 'dispute'].includes(e.action)) {
          expect(e.details).toMatchObject({
            deadlineStep: expect.any(String),
            deadlineMet: expect.any(Boolean),
          });
        }
        if (e.action === 'approveExtension') {
          expect(new Date(e.details!.deadline as string).getTime()).toBeGreaterThan(
            new Date(e.details!.originalDeadline as string).getTime(),
          );
          paths.add('extensionApproved');
        }
        if (e.action === 'denyExtension') paths.add('extensionDenied');
        if (['approveReturn', 'denyReturn', 'sendBack', 'reopen', 'closeDisputed'].includes(e.action))
          paths.add(e.action);
      }
      if (current[0]?.pending === 'EXTENSION') paths.add('extensionPending');
      if (c.state === 'RETURN_REQUESTED') paths.add('returnPending');
      if (c.evaluated) paths.add('evaluated');
    }
    expect([...paths].sort()).toEqual(
      [
        'approveReturn',
        'closeDisputed',
        'denyReturn',
        'evaluated',
        'extensionApproved',
        'extensionDenied',
        'extensionPending',
        'reopen',
        'returnPending',
        'sendBack',
      ].sort(),
    );
  });

  it('share a realistic part of the assigned cases with a co-department, which signs and gives its opinion', async () => {
    const rows: {
      state: string;
      co: string | null;
      opinion: string | null;
      signed: boolean;
    }[] = await query(
      `SELECT c.state, co.state AS co, co.opinion, co.signed_at IS NOT NULL AS signed
           FROM case_file c
           JOIN case_assignment l ON l.case_id = c.id AND l.role = 'LEAD' AND l.state <> 'RETURNED'
           LEFT JOIN case_assignment co ON co.case_id = c.id AND co.role = 'CO'`,
    );
    const shared = rows.filter((r) => r.co !== null);
    expect(shared.length / rows.length).toBeGreaterThan(0.2);
    expect(shared.length / rows.length).toBeLessThan(0.5);
    for (const r of shared) {
      expect([r.co, r.opinion !== null]).toEqual([
        r.co,
        r.co === 'OPINION_GIVEN' || (r.co === 'CLOSED' && r.signed),
      ]);
      if (['CLOSED', 'WITHDRAWN'].includes(r.state)) expect(r.co).toBe('CLOSED');
    }
    const states = countBy(shared, (r) => r.co!);
    for (const state of ['ASSIGNED', 'IN_PROGRESS', 'OPINION_GIVEN', 'CLOSED'])
      expect([state, (states[state] ?? 0) > 0]).toEqual([state, true]);
    // Every opinion given is on the timeline, by the co-department.
    const [{ opinions, events }] = await query(
      `SELECT (SELECT count(*)::int FROM case_assignment WHERE opinion IS NOT NULL) AS opinions,
              (SELECT count(*)::int FROM case_event WHERE action = 'submitOpinion') AS events`,
    );
    expect(events).toBe(opinions);
  });

  it('are numbered gap-free per year in order of submission, and the sequence continues from there', () => {
    checkNumbers(data);
  });

  it('fill the office inbox with fresh, yellow and red cases', () => {
    checkInbox(data, calendar, server.clock.now());
  });

  it('give the walkthrough accounts something on every screen', async () => {
    const [{ enterprise }] = await query('SELECT id AS enterprise FROM enterprise WHERE credit_code = $1', [
      DEMO_ENTERPRISE.creditCode,
    ]);
    const own = data.cases.filter((c) => c.enterprise_id === enterprise);
    expect(own.length).toBeGreaterThanOrEqual(8);
    expect(own.map((c) => c.state)).toEqual(
      expect.arrayContaining(['NEEDS_INFO', 'REPLIED', 'SUBMITTED', 'CLOSED']),
    );
    // What the `enterprise` account reads: its enterprise's cases, whoever submitted them.
    const [{ visible }] = await query(
      `SELECT count(*)::int AS visible FROM case_file c JOIN app_user u ON u.enterprise_id = c.enterprise_id
        WHERE u.username = 'enterprise'`,
    );
    expect(visible).toBe(own.length);

    const [{ inGrid }] = await query(
      `SELECT count(*)::int AS "inGrid" FROM case_file c JOIN enterprise e ON e.id = c.enterprise_id
        JOIN app_user u ON e.grid_path @> ARRAY[u.grid_id] WHERE u.username = 'gridhead'`,
    );
    expect(inGrid).toBeGreaterThanOrEqual(10);

    const [{ department }] = await query('SELECT id AS department FROM department WHERE name = $1', [
      DEMO_DEPARTMENT,
    ]);
    const held = countBy(
      data.cases.filter((c) => c.lead_department_id === department),
      (c) => c.state,
    );
    for (const state of ['ASSIGNED', 'IN_PROGRESS', 'REPLY_REVIEW', 'CLOSED'])
      expect([state, (held[state] ?? 0) > 0]).toEqual([state, true]);
    expect(Object.values(held).reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(40);

    const unread: { event: string }[] = await query(
      `SELECT n.event FROM notification n JOIN app_user u ON u.id = n.user_id
        WHERE u.username = 'enterprise' AND n.read_at IS NULL`,
    );
    expect(unread.map((n) => n.event)).toEqual(
      expect.arrayContaining(['CASE_INFO_REQUESTED', 'CASE_REPLIED']),
    );
    const events: { event: string }[] = await query('SELECT DISTINCT event FROM notification');
    for (const { event } of events) expect(NOTIFICATION_EVENT_CODES).toContain(event);
  });

  it('are found by a Chinese keyword through the segmented search column', async () => {
    const [{ found }] = await query(
      `SELECT count(*)::int AS found FROM case_file WHERE search_vector @@ plainto_tsquery('simple', $1)`,
      [searchQuery('用电增容')],
    );
    const [{ containing }] = await query(
      `SELECT count(*)::int AS containing FROM case_file WHERE title LIKE '%用电增容%' OR content LIKE '%用电增容%'`,
    );
    expect(containing).toBeGreaterThan(0);
    expect(found).toBeGreaterThanOrEqual(containing);
  });

  it('load once: a second load adds nothing', async () => {
    const counts = () =>
      query(`SELECT (SELECT count(*) FROM case_file) c, (SELECT count(*) FROM case_event) e,
                    (SELECT count(*) FROM notification) n, (SELECT sum(last_value) FROM case_tracking_sequence) s`);
    const before = await counts();
    await server.db.transaction((manager) => seedDemo(manager, server.clock.now()));
    expect(await counts()).toEqual(before);
  });
});

describe('the demo inspections', () => {
  it('are of the order the district reports, consistent with teams, tasks and deadlines', async () => {
    const now = server.clock.now();
    const [figures] = await query(
      `SELECT (SELECT count(*)::int FROM inspection_team) AS teams,
              (SELECT count(DISTINCT user_id)::int FROM inspection_team_member) AS members,
              (SELECT count(DISTINCT inspector_id)::int FROM inspection_record) AS inspectors,
              (SELECT count(*)::int FROM inspection_task) AS tasks,
              (SELECT count(DISTINCT focus)::int FROM inspection_task) AS focuses,
              (SELECT count(*)::int FROM inspection_record) AS records,
              (SELECT count(*)::int FROM inspection_finding) AS findings,
              (SELECT count(*)::int FROM inspection_finding WHERE outcome = 'SOLVED') AS "onTheSpot",
              (SELECT count(*)::int FROM rectification_suggestion) AS suggestions,
              (SELECT count(*)::int FROM rectification_suggestion
                WHERE state = 'ACCEPTED' AND reported_at <= deadline) AS "onTime",
              (SELECT count(*)::int FROM rectification_suggestion
                WHERE reported_at > deadline OR (reported_at IS NULL AND deadline < $1)) AS overdue,
              (SELECT count(*)::int FROM rectification_suggestion
                WHERE state = 'ISSUED' AND deadline >= $1) AS awaiting`,
      [now],
    );
    expect(figures.teams).toBe(14);
    expect(figures.members).toBeGreaterThanOrEqual(55);
    expect(figures.inspectors).toBeGreaterThanOrEqual(55);
    expect(figures.focuses).toBe(4);
    expect(figures.findings).toBeGreaterThanOrEqual(110);
    expect(figures.findings).toBeLessThanOrEqual(140);
    expect(figures.suggestions).toBeGreaterThanOrEqual(70);
    expect(figures.suggestions).toBeLessThanOrEqual(90);
    expect(figures.onTheSpot + figures.suggestions).toBeLessThanOrEqual(figures.findings);
    expect(figures.onTime / figures.suggestions).toBeGreaterThan(0.8);
    expect(figures.overdue).toBeGreaterThanOrEqual(1);
    expect(figures.overdue).toBeLessThanOrEqual(8);
    expect(figures.awaiting).toBeGreaterThanOrEqual(1);

    // The walkthrough inspector is in team 1; leaders are members; every inspector holds the role.
    const [{ inTeamOne }] = await query(
      `SELECT count(*)::int AS "inTeamOne" FROM inspection_team_member m JOIN inspection_team t ON t.id = m.team_id
         JOIN app_user u ON u.id = m.user_id WHERE t.name = '第一巡查小组' AND u.username = 'inspector'`,
    );
    expect(inTeamOne).toBe(1);
    const broken = await query(
      `SELECT 'leader' AS what, t.name FROM inspection_team t
        WHERE NOT EXISTS (SELECT 1 FROM inspection_team_member m WHERE m.team_id = t.id AND m.user_id = t.leader_id)
       UNION ALL
       SELECT 'role', u.username FROM inspection_team_member m JOIN app_user u ON u.id = m.user_id
        WHERE NOT 'INSPECTOR' = ANY(u.roles)
       UNION ALL
       SELECT 'record', r.id::text FROM inspection_record r JOIN inspection_task k ON k.id = r.task_id
        WHERE r.inspected_on NOT BETWEEN k.starts_on AND k.ends_on OR r.created_at > $1
           OR NOT EXISTS (SELECT 1 FROM inspection_team_member m WHERE m.team_id = k.team_id AND m.user_id = r.inspector_id)
       UNION ALL
       SELECT 'finding', f.id::text FROM inspection_finding f
        WHERE (f.outcome = 'SOLVED') <> (f.solution IS NOT NULL AND f.solved_at IS NOT NULL)
           OR (f.outcome = 'SUGGESTION') <> EXISTS (SELECT 1 FROM rectification_suggestion s WHERE s.finding_id = f.id)
       UNION ALL
       SELECT 'suggestion', s.id::text FROM rectification_suggestion s
        WHERE s.deadline <= s.issued_at OR s.reported_at > $1 OR s.verified_at > $1 OR s.verified_at < s.reported_at
           OR (s.state = 'ISSUED') <> (s.reported_at IS NULL)
           OR (s.state = 'ACCEPTED') <> (s.verified_at IS NOT NULL)
           OR s.version <> CASE s.state WHEN 'ISSUED' THEN 1 WHEN 'REPORTED' THEN 2 ELSE 3 END`,
      [now],
    );
    expect(broken).toEqual([]);
    const oldest: { first: string }[] = await query(
      'SELECT min(starts_on)::text AS first FROM inspection_task',
    );
    expect(oldest[0].first >= shanghaiDate(new Date(now.getTime() - 370 * 86_400_000))).toBe(true);
  });
});

describe('the demo cases loaded at another moment', () => {
  const creditCodes = buildDemoDistrict().enterprises.map((e) => e.creditCode);
  const shape = (cases: CaseRow[]) =>
    cases.map((c) => [c.title, c.state, c.kind, c.channel, c.enterprise_id, c.reopen_count].join('|')).sort();

  /** Loads the demo cases into an emptied case table at `now`, checks them, and rolls back. */
  async function loadAt(now: Date, check: (loaded: Data) => void) {
    const runner = server.db.createQueryRunner();
    await runner.connect();
    await runner.startTransaction();
    try {
      await runner.query('DELETE FROM notification');
      // Accountability records keep the cases they rest on (RESTRICT): let go of those links first.
      await runner.query('DELETE FROM accountability_record_case');
      await runner.query('UPDATE case_file SET duplicate_of_id = NULL');
      await runner.query('DELETE FROM case_file');
      await runner.query('DELETE FROM case_tracking_sequence');
      expect(await seedDemoCases(runner.manager, creditCodes, now)).toBe(data.cases.length);
      check(await read((sql, parameters) => runner.query(sql, parameters)));
    } finally {
      await runner.rollbackTransaction();
      await runner.release();
    }
  }

  // How long a load takes is for a benchmark, not a test: a busy machine would fail it.
  it('are the same cases when loaded again', async () => {
    await loadAt(server.clock.now(), (loaded) => {
      expect(shape(loaded.cases)).toEqual(shape(data.cases));
    });
  });

  // Holidays, a year boundary (and a year the calendar does not hold), the minutes after midnight.
  it.each([
    ['in the National Day holiday', '2026-10-03T10:00:00+08:00'],
    ['on the eve of the Spring Festival', '2026-02-14T23:30:00+08:00'],
    ['in the first days of a new year', '2027-01-04T09:00:00+08:00'],
    ['just after midnight on a Monday', '2026-06-01T00:05:00+08:00'],
  ])('keep every rule %s', async (_when, instant) => {
    const now = new Date(instant);
    await loadAt(now, (loaded) => {
      expect(shape(loaded.cases)).toEqual(shape(data.cases));
      checkTimelines(loaded, now);
      checkColumns(loaded, calendar, now);
      checkNumbers(loaded);
      checkInbox(loaded, calendar, now);
    });
  });
});

describe('the benchmark’s synthetic cases', () => {
  it('walk the lifecycle table, are numbered gap-free after the demo cases and leave every index and key in place', async () => {
    const script = new URL('../../scripts/generate-large-cases.mjs', import.meta.url).href;
    const { generateCases } = (await import(script)) as {
      generateCases: (
        client: pg.Client,
        count: number,
        options?: { rebuildIndexes?: boolean },
      ) => Promise<unknown>;
    };
    const schema = () =>
      query(`SELECT (SELECT count(*)::int FROM pg_index WHERE indrelid IN ('case_file'::regclass, 'case_event'::regclass)) AS indexes,
                    (SELECT count(*)::int FROM pg_constraint WHERE contype = 'f'
                       AND conrelid IN ('case_file'::regclass, 'case_event'::regclass)) AS keys`);
    const before = await schema();
    const [{ demo }] = await query(`SELECT count(*)::int AS demo FROM case_file`);
    const url = new URL(process.env.GB_TEST_TEMPLATE_URL!);
    url.pathname = `/${server.databaseName}`;
    const client = new pg.Client({ connectionString: url.toString() });
    await client.connect();
    try {
      // Small, but through the path of a large load: indexes and keys dropped and rebuilt.
      await generateCases(client, 3000, { rebuildIndexes: true });
    } finally {
      await client.end();
    }
    expect(await schema()).toEqual(before);
    const loaded = await read(query);
    expect(loaded.cases.length).toBe(demo + 3000);
    // The generator (a script, not the server) lays its cases out around the wall clock, the demo
    // around the server's: nothing happens after the later of the two.
    checkTimelines(loaded, new Date(Math.max(Date.now(), server.clock.now().getTime())));
    // The synthetic cases take the numbers after the demo's, in their own order of submission.
    const demoIds = new Set(data.cases.map((c) => c.id));
    checkNumbers(loaded, (a, b) => demoIds.has(a.id) === demoIds.has(b.id));
    const states = new Set(loaded.cases.map((c) => c.state));
    expect(states.size).toBeGreaterThanOrEqual(8);
    const [{ found }] = await query(
      `SELECT count(*)::int AS found FROM case_file WHERE search_vector @@ plainto_tsquery('simple', $1)`,
      [searchQuery('用电增容')],
    );
    expect(found).toBeGreaterThan(0);
  });
});
