import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { SupervisionWarnings } from '../src/modules/supervision/warnings.service.js';
import { TEST_EPOCH, startTestServer, errorCode, type GqlClient, type TestServer } from './harness.js';

let server: TestServer;
let leader: GqlClient;
let staff: GqlClient;
let dept: GqlClient;
let otherDeptId: string;
let ownDeptId: string;
let caseId: string;
let enterpriseName: string;
beforeAll(async () => {
  server = await startTestServer();
  [leader, staff, dept] = await Promise.all([
    server.signedIn('admin', 'OFFICE_LEADER'),
    server.signedIn('admin', 'OFFICE_STAFF'),
    server.signedIn('admin', 'DEPT_LEADER'),
  ]);
  const departments: { id: string; name: string }[] = await server.db.query(
    `SELECT id, name FROM department WHERE name IN ('区市场监督管理局', '区税务局')`,
  );
  ownDeptId = departments.find((d) => d.name === '区市场监督管理局')!.id;
  otherDeptId = departments.find((d) => d.name === '区税务局')!.id;
  // A case the demo department handled, and its enterprise's name (to be redacted later).
  const [row]: { id: string; name: string }[] = await server.db.query(
    `SELECT c.id, e.name FROM case_file c JOIN enterprise e ON e.id = c.enterprise_id
      WHERE c.kind <> 'COMPLAINT'
        AND EXISTS (SELECT 1 FROM case_assignment a WHERE a.case_id = c.id AND a.department_id = $1)
      ORDER BY c.tracking_no LIMIT 1`,
    [ownDeptId],
  );
  caseId = row.id;
  enterpriseName = row.name;
});
afterAll(() => server.close());

const RECORD = `id subjectKind department { id name } officialName officialPost type reason
  cases { id trackingNo enterpriseName } decidedOn decidedBy publishedNotices version`;
const CREATE = `mutation ($input: AccountabilityRecordInput!) { createAccountabilityRecord(input: $input) { ${RECORD} } }`;
const UPDATE = `mutation ($id: ID!, $input: AccountabilityRecordInput!, $version: Int!) {
  updateAccountabilityRecord(id: $id, input: $input, version: $version) { ${RECORD} } }`;
const LIST = `query ($filter: AccountabilityRecordFilter, $first: Int, $after: String) {
  accountabilityRecords(filter: $filter, first: $first, after: $after) { items { ${RECORD} } nextCursor } }`;
const ONE = `query ($id: ID!) { accountabilityRecord(id: $id) { ${RECORD} } }`;
const NOTICE = `id title body publishedAt items { type subjectKind departmentName officialName officialPost decidedOn }`;
const DRAFT = `query ($input: PublicNoticeInput!) { publicNoticeDraft(input: $input) { title body
  items { officialName officialPost departmentName } } }`;
const PUBLISH = `mutation ($input: PublicNoticeInput!) { publishPublicNotice(input: $input) {
  ${NOTICE} recordIds redaction { names posts enterprises } withdrawnAt version } }`;
const WITHDRAW = `mutation ($id: ID!, $version: Int!, $reason: String!) {
  withdrawPublicNotice(id: $id, version: $version, reason: $reason) { id withdrawnAt withdrawReason version } }`;
const PORTAL_LIST = `query { publicNotices(first: 50) { items { ${NOTICE} } nextCursor } }`;
const PORTAL_ONE = `query ($id: ID!) { publicNotice(id: $id) { ${NOTICE} } }`;
const FIGURES = `query ($from: String!, $to: String!, $period: FigurePeriod) {
  accountabilityFigures(from: $from, to: $to, period: $period) { period periods people departments
    rows { period type people departments } } }`;
const CANDIDATES = `query ($from: DateTime!, $to: DateTime!, $departmentId: ID) {
  accountabilityCandidates(from: $from, to: $to, departmentId: $departmentId) {
    kind department { id name } case { id trackingNo } at count } }`;

const official = (over: Record<string, unknown> = {}) => ({
  subjectKind: 'OFFICIAL',
  departmentId: ownDeptId,
  officialName: '张三丰',
  officialPost: '登记注册科科长',
  type: 'ADMONITION',
  reason: '对企业变更登记诉求超期未签收，造成不良影响。',
  caseIds: [caseId],
  decidedOn: '2026-06-10',
  decidedBy: '区纪委监委',
  ...over,
});

async function auditActions(targetId: string): Promise<string[]> {
  const rows: { action: string }[] = await server.db.query(
    'SELECT action FROM audit_log WHERE target_id = $1 ORDER BY id',
    [targetId],
  );
  return rows.map((row) => row.action);
}

describe('accountability records', () => {
  it('names every invalid field, in the reader’s language, and stores nothing', async () => {
    const before: { n: number }[] = await server.db.query(
      'SELECT count(*)::int AS n FROM accountability_record',
    );
    const response = await leader.request(CREATE, {
      input: official({
        officialName: ' ',
        officialPost: '',
        reason: '  ',
        decidedOn: '2026-06-16',
        decidedBy: '',
        caseIds: [caseId, '00000000-0000-4000-8000-000000000000'],
      }),
    });
    expect(errorCode(response)).toBe('VALIDATION');
    const fields = response.errors?.[0].extensions?.fields ?? [];
    expect(fields.map((f) => f.field)).toEqual([
      'officialName',
      'officialPost',
      'reason',
      'caseIds.1',
      'decidedOn',
      'decidedBy',
    ]);
    expect(fields.map((f) => f.message)).toContain('决定日期不能晚于今天');
    const english = server.admin('en');
    await english.login('officelead');
    const en = await english.request(CREATE, { input: official({ decidedOn: '2026-02-30' }) });
    expect(en.errors?.[0].extensions?.fields).toEqual([
      { field: 'decidedOn', message: 'Decision date is not valid' },
    ]);
    // A department's record has no official.
    const department = await leader.request(CREATE, {
      input: official({ subjectKind: 'DEPARTMENT', officialPost: '' }),
    });
    expect(department.errors?.[0].extensions?.fields?.map((f) => f.field)).toEqual(['officialName']);
    const after: { n: number }[] = await server.db.query(
      'SELECT count(*)::int AS n FROM accountability_record',
    );
    expect(after[0].n).toBe(before[0].n);
  });

  it('records, changes and audits; a stale edit is a CONFLICT; the department’s leader is told', async () => {
    const { createAccountabilityRecord: created } = await leader.ok(CREATE, { input: official() });
    expect(created).toMatchObject({
      subjectKind: 'OFFICIAL',
      department: { id: ownDeptId, name: '区市场监督管理局' },
      officialName: '张三丰',
      officialPost: '登记注册科科长',
      type: 'ADMONITION',
      cases: [{ id: caseId, enterpriseName }],
      decidedOn: '2026-06-10',
      decidedBy: '区纪委监委',
      publishedNotices: 0,
      version: 1,
    });
    const told: { body: string }[] = await server.db.query(
      `SELECT n.params->>'subject' AS body FROM notification n JOIN app_user u ON u.id = n.user_id
        WHERE n.event = 'ACCOUNTABILITY_RECORDED' AND u.username = 'deptlead'`,
    );
    expect(told.map((t) => t.body)).toContain('区市场监督管理局登记注册科科长张三丰');

    const first = leader.request(UPDATE, {
      id: created.id,
      input: official({ type: 'CRITICISM' }),
      version: 1,
    });
    const second = leader.request(UPDATE, { id: created.id, input: official({ type: 'OTHER' }), version: 1 });
    const outcomes = await Promise.all([first, second]);
    expect(outcomes.map((o) => errorCode(o) ?? 'OK').sort()).toEqual(['CONFLICT', 'OK']);
    const { accountabilityRecord } = await staff.ok(ONE, { id: created.id });
    expect(accountabilityRecord.version).toBe(2);
    expect(await auditActions(created.id)).toEqual(['ACCOUNTABILITY_RECORDED', 'ACCOUNTABILITY_UPDATED']);
    // Office staff read but cannot record.
    expect(errorCode(await staff.request(CREATE, { input: official() }))).toBe('FORBIDDEN');
  });

  it('shows a department only the records that name it', async () => {
    const { createAccountabilityRecord: other } = await leader.ok(CREATE, {
      input: official({
        subjectKind: 'DEPARTMENT',
        departmentId: otherDeptId,
        officialName: null,
        officialPost: null,
        caseIds: [],
      }),
    });
    const { accountabilityRecords: mine } = await dept.ok(LIST, { first: 100 });
    expect(mine.items.length).toBeGreaterThan(0);
    expect(mine.items.every((r: { department: { id: string } }) => r.department.id === ownDeptId)).toBe(true);
    expect(errorCode(await dept.request(ONE, { id: other.id }))).toBe('NOT_FOUND');
    // Even filtering by another department finds nothing.
    const { accountabilityRecords: filtered } = await dept.ok(LIST, {
      filter: { departmentId: otherDeptId },
    });
    expect(filtered.items).toEqual([]);
    const { accountabilityRecords: office } = await staff.ok(LIST, { filter: { departmentId: otherDeptId } });
    expect(office.items.map((r: { id: string }) => r.id)).toContain(other.id);
  });

  it('pages by decision date, newest first, without repeats', async () => {
    for (const day of ['2024-03-01', '2024-03-02', '2024-03-03']) {
      await leader.ok(CREATE, { input: official({ decidedOn: day, caseIds: [] }) });
    }
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const page: {
        accountabilityRecords: { items: { id: string; decidedOn: string }[]; nextCursor: string | null };
      } = await staff.ok(LIST, { first: 2, after, filter: { from: '2024-03-01', to: '2024-03-31' } });
      seen.push(...page.accountabilityRecords.items.map((r) => r.decidedOn));
      after = page.accountabilityRecords.nextCursor;
    } while (after);
    expect(seen).toEqual(['2024-03-03', '2024-03-02', '2024-03-01']);
  });
});

describe('the demo district', () => {
  it('has records and notices on the portal, redacted, the withdrawn one gone', async () => {
    const { publicNotices } = await server.portal().ok(PORTAL_LIST);
    const titles = publicNotices.items.map((n: { title: string }) => n.title);
    expect(titles).toEqual(
      expect.arrayContaining([
        '关于2起损害营商环境问题问责情况的通报',
        '关于对区住房和城乡建设局工作人员孙某问责情况的通报',
      ]),
    );
    const text = JSON.stringify(publicNotices);
    for (const name of ['刘建国', '孙立新', '赵志强', '建筑市场监管股副股长'])
      expect(text).not.toContain(name);
    const [{ count }]: { count: number }[] = await server.db.query(
      `SELECT count(*)::int AS count FROM public_notice WHERE withdrawn_at IS NOT NULL`,
    );
    expect(count).toBe(1);
  });
});

describe('public notices', () => {
  let recordId: string;
  let noticeId: string;
  beforeAll(async () => {
    const { createAccountabilityRecord } = await leader.ok(CREATE, {
      input: official({ officialName: '李四', officialPost: '审批股股长', decidedOn: '2026-06-12' }),
    });
    recordId = createAccountabilityRecord.id;
  });
  const redaction = { names: true, posts: false, enterprises: true };

  it('drafts a text from the record and previews the redaction', async () => {
    const { publicNoticeDraft } = await staff.ok(DRAFT, { input: { recordIds: [recordId], redaction } });
    expect(publicNoticeDraft.title).toBe('关于对区市场监督管理局审批股股长李某问责情况的通报');
    expect(publicNoticeDraft.body).toContain('区市场监督管理局审批股股长李某在办理某企业的诉求');
    expect(publicNoticeDraft.body).toContain('2026年6月12日，区纪委监委决定给予其诫勉谈话。');
    expect(publicNoticeDraft.body).not.toContain('李四');
    expect(publicNoticeDraft.body).not.toContain(enterpriseName);
    expect(publicNoticeDraft.items).toEqual([
      { officialName: '李某', officialPost: '审批股股长', departmentName: '区市场监督管理局' },
    ]);
  });

  it('publishes with the chosen details removed from what the portal API returns', async () => {
    // The leader types the name and the enterprise back in by hand: they are redacted all the same.
    const { publishPublicNotice: notice } = await leader.ok(PUBLISH, {
      input: {
        recordIds: [recordId],
        title: '关于李四问责情况的通报',
        body: `李四（审批股股长）在办理${enterpriseName}诉求中超期未签收。`,
        redaction,
      },
    });
    noticeId = notice.id;
    expect(notice.title).toBe('关于李某问责情况的通报');
    expect(notice.body).toBe('李某（审批股股长）在办理某企业诉求中超期未签收。');
    const anonymous = server.portal();
    const list = await anonymous.request(PORTAL_LIST);
    const one = await anonymous.request(PORTAL_ONE, { id: noticeId });
    for (const response of [list, one]) {
      expect(response.errors).toBeUndefined();
      const text = JSON.stringify(response.data);
      expect(text).toContain('李某');
      expect(text).not.toContain('李四');
      expect(text).not.toContain(enterpriseName);
    }
    expect(one.data?.publicNotice).toMatchObject({
      items: [
        {
          type: 'ADMONITION',
          subjectKind: 'OFFICIAL',
          departmentName: '区市场监督管理局',
          officialName: '李某',
          officialPost: '审批股股长',
          decidedOn: '2026-06-12',
        },
      ],
    });
    const { accountabilityRecord } = await staff.ok(ONE, { id: recordId });
    expect(accountabilityRecord.publishedNotices).toBe(1);
  });

  it('hides a post when asked, and refuses a blank notice', async () => {
    const { publicNoticeDraft } = await staff.ok(DRAFT, {
      input: { recordIds: [recordId], redaction: { names: false, posts: true, enterprises: false } },
    });
    expect(publicNoticeDraft.title).toBe('关于对区市场监督管理局工作人员李四问责情况的通报');
    expect(publicNoticeDraft.body).not.toContain('审批股股长');
    expect(publicNoticeDraft.body).toContain(enterpriseName);
    expect(publicNoticeDraft.items).toEqual([
      { officialName: '李四', officialPost: null, departmentName: '区市场监督管理局' },
    ]);
    const blank = await leader.request(PUBLISH, {
      input: { recordIds: [recordId], title: ' ', body: '', redaction },
    });
    expect(blank.errors?.[0].extensions?.fields?.map((f) => f.field)).toEqual(['title', 'body']);
  });

  it('withdraws: gone from the portal, kept in the audit log; a stale withdrawal is a CONFLICT', async () => {
    const { withdrawPublicNotice } = await leader.ok(WITHDRAW, {
      id: noticeId,
      version: 1,
      reason: '内容有误',
    });
    expect(withdrawPublicNotice).toMatchObject({ withdrawReason: '内容有误', version: 2 });
    expect(withdrawPublicNotice.withdrawnAt).toBe(server.clock.now().toISOString());
    expect(errorCode(await leader.request(WITHDRAW, { id: noticeId, version: 1, reason: '再次' }))).toBe(
      'CONFLICT',
    );
    const anonymous = server.portal();
    const { publicNotices } = await anonymous.ok(PORTAL_LIST);
    expect(publicNotices.items.map((n: { id: string }) => n.id)).not.toContain(noticeId);
    expect(errorCode(await anonymous.request(PORTAL_ONE, { id: noticeId }))).toBe('NOT_FOUND');
    expect(await auditActions(noticeId)).toEqual(['NOTICE_PUBLISHED', 'NOTICE_WITHDRAWN']);
    const [entry]: { title: string }[] = await server.db.query(
      `SELECT (details::jsonb)->'after'->>'title' AS title FROM audit_log WHERE target_id = $1 AND action = 'NOTICE_PUBLISHED'`,
      [noticeId],
    );
    expect(entry.title).toBe('关于李某问责情况的通报');
  });
});

describe('accountability figures', () => {
  it('counts people and departments by type and period, as hand-computed', async () => {
    const fixture: [string, string, string][] = [
      ['2025-01-10', 'OFFICIAL', 'CRITICISM'],
      ['2025-01-20', 'OFFICIAL', 'CRITICISM'],
      ['2025-02-05', 'DEPARTMENT', 'CRITICISM'],
      ['2025-02-28', 'OFFICIAL', 'ADMONITION'],
      ['2025-04-01', 'OFFICIAL', 'PARTY_DISCIPLINE'],
      // Outside the range asked for.
      ['2024-12-31', 'OFFICIAL', 'CRITICISM'],
    ];
    for (const [decidedOn, subjectKind, type] of fixture) {
      const person = subjectKind === 'OFFICIAL';
      await leader.ok(CREATE, {
        input: official({
          decidedOn,
          subjectKind,
          type,
          officialName: person ? '王五' : null,
          officialPost: person ? '科员' : null,
          caseIds: [],
        }),
      });
    }
    const { accountabilityFigures: months } = await staff.ok(FIGURES, {
      from: '2025-01-01',
      to: '2025-04-30',
      period: 'MONTH',
    });
    expect(months).toEqual({
      period: 'MONTH',
      periods: ['2025-01', '2025-02', '2025-03', '2025-04'],
      people: 4,
      departments: 1,
      rows: [
        { period: '2025-01', type: 'CRITICISM', people: 2, departments: 0 },
        { period: '2025-02', type: 'ADMONITION', people: 1, departments: 0 },
        { period: '2025-02', type: 'CRITICISM', people: 0, departments: 1 },
        { period: '2025-04', type: 'PARTY_DISCIPLINE', people: 1, departments: 0 },
      ],
    });
    const { accountabilityFigures: quarters } = await staff.ok(FIGURES, {
      from: '2025-01-01',
      to: '2025-06-30',
      period: 'QUARTER',
    });
    expect(quarters.periods).toEqual(['2025-Q1', '2025-Q2']);
    expect(quarters.rows).toEqual([
      { period: '2025-Q1', type: 'ADMONITION', people: 1, departments: 0 },
      { period: '2025-Q1', type: 'CRITICISM', people: 2, departments: 1 },
      { period: '2025-Q2', type: 'PARTY_DISCIPLINE', people: 1, departments: 0 },
    ]);
    const bad = await staff.request(FIGURES, { from: '2025-05-01', to: '2025-04-30' });
    expect(bad.errors?.[0].extensions?.fields?.map((f) => f.field)).toEqual(['to']);
  });
});

describe('accountability candidates', () => {
  it('proposes an unsigned assignment once it is past its limit, at the Clock’s now', async () => {
    const [task]: { case_id: string; department_id: string; sign_deadline: Date }[] = await server.db.query(
      `SELECT case_id, department_id, sign_deadline FROM case_assignment
        WHERE state = 'ASSIGNED' AND paused_at IS NULL ORDER BY sign_deadline DESC LIMIT 1`,
    );
    const window = {
      from: '2024-01-01T00:00:00Z',
      to: '2024-02-01T00:00:00Z',
      departmentId: task.department_id,
    };
    // Sessions read the same clock: sign in again at each moment.
    const overdue = async () =>
      (
        await (await server.signedIn('admin', 'OFFICE_STAFF')).ok(CANDIDATES, window)
      ).accountabilityCandidates.filter(
        (c: { kind: string; case: { id: string } }) =>
          c.kind === 'SIGN_OVERDUE' && c.case.id === task.case_id,
      );
    // Candidates come from the board's records: the supervision scan runs at each moment, as its job would.
    const scanAt = async (at: number) => {
      server.clock.set(new Date(at));
      await server.app.get(SupervisionWarnings).raiseWarnings();
    };
    await scanAt(task.sign_deadline.getTime() - 60_000);
    expect(await overdue()).toEqual([]);
    await scanAt(task.sign_deadline.getTime() + 60_000);
    expect(await overdue()).toMatchObject([
      { department: { id: task.department_id }, at: task.sign_deadline.toISOString(), count: 1 },
    ]);
  });

  it('proposes a late signing, a reply sent back twice and a reopened case, within the period', async () => {
    // Two cases without rework of their own yet, so that the detections below are the fixture's.
    const cases: { id: string; lead: string; grid: string }[] = await server.db.query(
      `SELECT c.id, c.lead_department_id AS lead, en.grid_id AS grid
         FROM case_file c JOIN enterprise en ON en.id = c.enterprise_id
        WHERE c.lead_department_id IS NOT NULL
          AND NOT EXISTS (SELECT 1 FROM case_event e WHERE e.case_id = c.id AND e.action IN ('sendBack', 'reopen'))
        ORDER BY c.tracking_no LIMIT 2`,
    );
    const event = (id: string, action: string, at: string) =>
      server.db.query(
        `INSERT INTO case_event (case_id, occurred_at, action, from_state, to_state, actor_role)
         VALUES ($1, $2, $3, 'REPLY_REVIEW', 'IN_PROGRESS', 'OFFICE_STAFF')`,
        [id, at, action],
      );
    await event(cases[0].id, 'sendBack', '2023-03-02T02:00:00Z');
    await event(cases[0].id, 'sendBack', '2023-03-09T02:00:00Z');
    await event(cases[1].id, 'sendBack', '2023-03-03T02:00:00Z');
    await event(cases[1].id, 'reopen', '2023-03-20T02:00:00Z');
    await server.db.query(
      `INSERT INTO case_event (case_id, occurred_at, action, from_state, to_state, actor_role, details)
       VALUES ($1, '2023-03-05T02:00:00Z', 'sign', 'ASSIGNED', 'IN_PROGRESS', 'DEPT_STAFF', $2),
              ($1, '2023-03-06T02:00:00Z', 'sign', 'ASSIGNED', 'IN_PROGRESS', 'DEPT_STAFF', $3)`,
      [
        cases[1].id,
        {
          departmentId: cases[0].lead,
          deadlineStep: 'sign',
          deadline: '2023-03-03T15:59:59.999Z',
          deadlineMet: false,
        },
        {
          departmentId: cases[0].lead,
          deadlineStep: 'sign',
          deadline: '2023-03-07T15:59:59.999Z',
          deadlineMet: true,
        },
      ],
    );
    // The board's records of them: the late signing's red warning (raised when it was due; the
    // scan only raises running steps), and the rework the detection scan finds on the timeline.
    await server.db.query(
      `INSERT INTO supervision_item (key, case_id, department_id, grid_id, kind, step, colour, deadline, sort_at, raised_at)
       VALUES ($5, $1, $2, $3, 'INACTION', 'SIGN', 'RED', $4, $4, $4)`,
      [
        cases[1].id,
        cases[0].lead,
        cases[1].grid,
        '2023-03-03T15:59:59.999Z',
        `SIGN:fixture:${cases[1].id}:RED`,
      ],
    );
    // Each run reads a batch of the timeline: run until it has read the fixture's events.
    for (let run = 0; run < 50; run += 1) {
      await server.app.get(SupervisionWarnings).recordDetections();
      const [{ behind }] = await server.db.query(
        `SELECT (SELECT max(id) FROM case_event) > (SELECT last_event_id FROM supervision_scan WHERE name = 'detections') AS behind`,
      );
      if (!behind) break;
    }
    server.clock.set(TEST_EPOCH);
    const office = await server.signedIn('admin', 'OFFICE_STAFF');
    const { accountabilityCandidates } = await office.ok(CANDIDATES, {
      from: '2023-03-01T00:00:00Z',
      to: '2023-04-01T00:00:00Z',
    });
    const rework = accountabilityCandidates
      .filter((c: { kind: string }) => ['SENT_BACK_TWICE', 'REOPENED', 'SIGNED_LATE'].includes(c.kind))
      .map(
        (c: {
          kind: string;
          case: { id: string };
          department: { id: string };
          at: string;
          count: number;
        }) => ({
          kind: c.kind,
          caseId: c.case.id,
          departmentId: c.department.id,
          at: c.at,
          count: c.count,
        }),
      );
    // One send-back alone is not repeated rework; a signing in time is not late. Oldest first.
    expect(rework).toEqual([
      {
        kind: 'SIGNED_LATE',
        caseId: cases[1].id,
        departmentId: cases[0].lead,
        at: '2023-03-03T15:59:59.999Z',
        count: 1,
      },
      {
        kind: 'SENT_BACK_TWICE',
        caseId: cases[0].id,
        departmentId: cases[0].lead,
        at: '2023-03-09T02:00:00.000Z',
        count: 2,
      },
      {
        kind: 'REOPENED',
        caseId: cases[1].id,
        departmentId: cases[1].lead,
        at: '2023-03-20T02:00:00.000Z',
        count: 1,
      },
    ]);
  });
});
