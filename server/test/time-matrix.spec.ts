import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { CN_HOLIDAYS_2025_2026, WorkingCalendar, shanghaiDate } from '@gridbridge/shared';
import { errorCode, startTestServer, type GqlClient, type TestServer } from './harness.js';

/**
 * The date-sensitive paths, with the server's clock fixed at moments where calendars, years and
 * time zones bite. Every expected date is written out (from the 2026 official arrangement; 2027
 * is not entered, so only its weekends are off) and also checked against `WorkingCalendar`.
 */
interface Moment {
  /** The tracking numbers' year: the year in Shanghai. */
  year: number;
  /** The Shanghai day by whose end the office must accept or reject (one working day). */
  acceptBy: string;
  /** The deadline's colour right after submission: never YELLOW, even on a holiday before the deadline day. */
  colour: 'NONE';
  /** Paused from an hour after submission for 7 days: the working days that pause lasted … */
  pausedWorkingDays: number;
  /** … and the Shanghai day the deadline then moves to. */
  resumedBy: string;
}

const MOMENTS: [string, string, Moment][] = [
  [
    'a Friday before the Spring Festival week (the Saturday after is a make-up working day)',
    '2026-02-13T10:00:00+08:00',
    { year: 2026, acceptBy: '2026-02-14', colour: 'NONE', pausedWorkingDays: 1, resumedBy: '2026-02-24' },
  ],
  [
    'the first day of the National Day holiday',
    '2026-10-01T10:00:00+08:00',
    { year: 2026, acceptBy: '2026-10-08', colour: 'NONE', pausedWorkingDays: 0, resumedBy: '2026-10-08' },
  ],
  [
    'a make-up working Sunday (调休上班)',
    '2026-09-20T10:00:00+08:00',
    { year: 2026, acceptBy: '2026-09-21', colour: 'NONE', pausedWorkingDays: 4, resumedBy: '2026-09-28' },
  ],
  [
    '31 December 23:30 UTC, already New Year’s Day in Shanghai',
    '2026-12-31T23:30:00.000Z',
    { year: 2027, acceptBy: '2027-01-04', colour: 'NONE', pausedWorkingDays: 4, resumedBy: '2027-01-08' },
  ],
  [
    '28 February of a non-leap year (a Sunday)',
    '2027-02-28T10:00:00+08:00',
    { year: 2027, acceptBy: '2027-03-01', colour: 'NONE', pausedWorkingDays: 5, resumedBy: '2027-03-08' },
  ],
];

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const SUBMITS_PER_HOUR = 3;

const calendar = new WorkingCalendar(CN_HOLIDAYS_2025_2026);
const endOfShanghaiDay = (date: string) => new Date(`${date}T23:59:59.999+08:00`);
const startOfShanghaiDay = (date: string) => new Date(`${date}T00:00:00.000+08:00`);

const CASE_FIELDS = 'id trackingNo version state submittedAt deadline { dueAt state } promisedBy';
const SUBMIT = `mutation ($input: SubmitCaseInput!) { submitCase(input: $input) { ${CASE_FIELDS} } }`;
const CASE = `query ($id: ID!) { case(id: $id) { ${CASE_FIELDS} } }`;
const CASES = `query ($page: CasePageArgs) { cases(page: $page) { items { id } } }`;
const REQUEST_INFO = `mutation ($id: ID!, $version: Int!) {
  requestCaseInfo(id: $id, version: $version, request: "请补充材料") { ${CASE_FIELDS} } }`;
const SUPPLEMENT = `mutation ($id: ID!, $version: Int!) {
  supplementCase(id: $id, version: $version, input: { content: "已补充", attachmentIds: [] }) { ${CASE_FIELDS} } }`;
const OFFICE_QUERY = '{ cases(page: { first: 1 }) { items { id } } }';

let serial = 0;
const caseInput = () => {
  serial += 1;
  return {
    kind: 'DIFFICULTY',
    category: 'UTILITIES',
    title: `厂区用电增容申请迟迟未办理 ${serial}`,
    content: '新增生产线需要增加用电容量，申请提交后一直没有答复。',
    contactConsent: true,
    attachmentIds: [],
    clientKey: `time-matrix-${serial}`,
  };
};

describe.each(MOMENTS)('at %s (%s)', (_name, instant, expected) => {
  let server: TestServer;
  const at = new Date(instant);
  const acceptDeadline = endOfShanghaiDay(expected.acceptBy);
  /** Signs in now, by the server's clock: a session does not outlive a jump of hours or days. */
  const signIn = (api: 'portal' | 'admin', role: 'ENTERPRISE' | 'OFFICE_STAFF') => server.signedIn(api, role);
  const submit = async (client: GqlClient) => (await client.ok(SUBMIT, { input: caseInput() })).submitCase;
  /** The deadline's colour as the office sees the case, and whether the list's filter agrees. */
  const colourOf = async (id: string, trackingNo: string) => {
    const office = await signIn('admin', 'OFFICE_STAFF');
    const { state } = (await office.ok(CASE, { id })).case.deadline;
    const filtered = (await office.ok(CASES, { page: { filter: { keyword: trackingNo, deadline: state } } }))
      .cases.items;
    expect(filtered).toEqual([{ id }]);
    return state;
  };

  beforeAll(async () => {
    server = await startTestServer({ SUBMIT_RATE_LIMIT_PER_HOUR: String(SUBMITS_PER_HOUR) }, { now: at });
  });
  afterAll(() => server.close());
  beforeEach(async () => {
    // Each scenario starts at the moment, with no submissions counted yet.
    server.clock.set(at);
    await server.db.query('DELETE FROM rate_limit');
  });

  it('numbers a submission in the year of Shanghai and gives the office one working day', async () => {
    expect(shanghaiDate(at).slice(0, 4)).toBe(String(expected.year));
    expect(calendar.addWorkingDays(at, 1)).toEqual(acceptDeadline);
    const [sequence] = await server.db.query(
      'SELECT last_value FROM case_tracking_sequence WHERE year = $1',
      [expected.year],
    );
    const next = (sequence?.last_value ?? 0) + 1;
    const enterprise = await signIn('portal', 'ENTERPRISE');
    const first = await submit(enterprise);
    server.clock.advance(MINUTE);
    const second = await submit(enterprise);
    expect([first.trackingNo, second.trackingNo]).toEqual([
      `YH${expected.year}${String(next).padStart(6, '0')}`,
      `YH${expected.year}${String(next + 1).padStart(6, '0')}`,
    ]);
    expect(new Date(first.submittedAt)).toEqual(at);
    // The portal reads the promised date, never the colour; the office reads the colour.
    expect(first.deadline).toBeNull();
    expect(new Date(first.promisedBy)).toEqual(acceptDeadline);
    expect(await colourOf(first.id, first.trackingNo)).toBe(expected.colour);
  });

  it('turns the deadline yellow on its last working day and red once it has passed', async () => {
    const c = await submit(await signIn('portal', 'ENTERPRISE'));
    expect(await colourOf(c.id, c.trackingNo)).toBe(expected.colour);
    server.clock.set(startOfShanghaiDay(expected.acceptBy));
    expect(await colourOf(c.id, c.trackingNo)).toBe('YELLOW');
    server.clock.set(acceptDeadline);
    expect(await colourOf(c.id, c.trackingNo)).toBe('YELLOW');
    server.clock.advance(1);
    expect(await colourOf(c.id, c.trackingNo)).toBe('RED');
  });

  it('stops the deadline while the enterprise is asked for more, and moves it by the working days paused', async () => {
    const c = await submit(await signIn('portal', 'ENTERPRISE'));
    server.clock.advance(HOUR);
    const pausedAt = server.clock.now();
    const asked = (
      await (await signIn('admin', 'OFFICE_STAFF')).ok(REQUEST_INFO, { id: c.id, version: c.version })
    ).requestCaseInfo;
    expect(asked.deadline.state).toBe('PAUSED');
    expect(new Date(asked.deadline.dueAt)).toEqual(acceptDeadline);
    server.clock.advance(7 * DAY);
    // Long past the deadline, but paused: not red.
    expect(await colourOf(c.id, c.trackingNo)).toBe('PAUSED');
    const resumedAt = server.clock.now();
    const paused = calendar.workingDaysBetween(pausedAt, resumedAt);
    expect(paused).toBe(expected.pausedWorkingDays);
    const supplemented = (
      await (await signIn('portal', 'ENTERPRISE')).ok(SUPPLEMENT, { id: c.id, version: asked.version })
    ).supplementCase;
    expect(supplemented.state).toBe('SUBMITTED');
    const due = new Date(supplemented.promisedBy);
    expect(due).toEqual(endOfShanghaiDay(expected.resumedBy));
    expect(due).toEqual(paused > 0 ? calendar.addWorkingDays(acceptDeadline, paused) : acceptDeadline);
  });

  it('ends an idle session and lifts a lockout by the clock', async () => {
    const office = await signIn('admin', 'OFFICE_STAFF');
    server.clock.advance(29 * MINUTE);
    expect((await office.request(OFFICE_QUERY)).errors).toBeUndefined();
    server.clock.advance(31 * MINUTE);
    expect(errorCode(await office.request(OFFICE_QUERY))).toBe('SESSION_EXPIRED');

    const client = server.admin();
    // From the fourth attempt on the server asks for a picture code first.
    for (let attempt = 1; attempt <= 5; attempt++) {
      await client.login('inspector', 'Wrong#Pass1', attempt > 3 ? await server.captcha(client) : {});
    }
    expect(errorCode(await client.login('inspector'))).toBe('ACCOUNT_LOCKED');
    server.clock.advance(14 * MINUTE);
    const stillLocked = await client.login('inspector');
    expect(stillLocked.errors?.[0].message).toBe('密码错误次数过多，账号已锁定，请 1 分钟后再试');
    server.clock.advance(MINUTE + 1000);
    expect((await client.login('inspector')).errors).toBeUndefined();
  });

  it('counts submissions per hour by the clock', async () => {
    const signInSecond = async () => {
      const client = server.portal();
      expect((await client.login('enterprise2')).errors).toBeUndefined();
      return client;
    };
    let enterprise2 = await signInSecond();
    for (let i = 0; i < SUBMITS_PER_HOUR; i++) await submit(enterprise2);
    const refused = await enterprise2.request(SUBMIT, { input: caseInput() });
    expect(errorCode(refused)).toBe('RATE_LIMITED');
    expect(refused.errors?.[0].message).toBe('操作过于频繁，请 3600 秒后再试');
    server.clock.advance(59 * MINUTE);
    enterprise2 = await signInSecond();
    const stillRefused = await enterprise2.request(SUBMIT, { input: caseInput() });
    expect(stillRefused.errors?.[0].message).toBe('操作过于频繁，请 60 秒后再试');
    server.clock.advance(MINUTE);
    expect((await enterprise2.request(SUBMIT, { input: caseInput() })).errors).toBeUndefined();
  });
});
