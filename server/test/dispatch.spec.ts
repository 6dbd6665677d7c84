import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DEFAULT_TIME_LIMITS } from '@gridbridge/shared';
import { searchTokens } from '../src/modules/cases/case-search.js';
import { AssignmentSuggestionsService } from '../src/modules/dispatch/assignment-suggestions.service.js';
import { DataSource } from 'typeorm';
import { PgListener } from '../src/common/pg-listener.service.js';
import { AuditService } from '../src/modules/audit/index.js';
import { TimeLimits } from '../src/modules/dispatch/time-limits.service.js';
import { TEST_EPOCH, errorCode, startTestServer, type GqlClient, type TestServer } from './harness.js';

let server: TestServer;
let leader: GqlClient;
let staff: GqlClient;
let dept: GqlClient;
beforeAll(async () => {
  server = await startTestServer();
  [leader, staff, dept] = await Promise.all([
    server.signedIn('admin', 'OFFICE_LEADER'),
    server.signedIn('admin', 'OFFICE_STAFF'),
    server.signedIn('admin', 'DEPT_STAFF'),
  ]);
});
afterAll(() => server.close());

const MATTER = 'id category name description keywords lead { id name } co { id name } version';
const LIST = `query ($category: String) { dispatchMatters(category: $category) { ${MATTER} } }`;
const CREATE = `mutation ($input: DispatchMatterInput!) { createDispatchMatter(input: $input) { ${MATTER} } }`;
const UPDATE = `mutation ($id: ID!, $input: DispatchMatterInput!, $version: Int!) {
  updateDispatchMatter(id: $id, input: $input, version: $version) { ${MATTER} } }`;
const REMOVE = `mutation ($id: ID!, $version: Int!) { removeDispatchMatter(id: $id, version: $version) }`;

async function department(name: string): Promise<string> {
  const [{ id }]: { id: string }[] = await server.db.query(
    `INSERT INTO department (name, short_name, kind) VALUES ($1, $1, 'DISTRICT_BUREAU') RETURNING id`,
    [name],
  );
  return id;
}

async function auditActions(targetId: string): Promise<string[]> {
  const rows: { action: string }[] = await server.db.query(
    'SELECT action FROM audit_log WHERE target_id = $1 ORDER BY id',
    [targetId],
  );
  return rows.map((row) => row.action);
}

describe('the dispatch catalogue', () => {
  let lead: string;
  let co: string;
  beforeAll(async () => {
    lead = await department('测试供热公司');
    co = await department('测试热力监管办');
  });
  const input = () => ({
    category: 'UTILITIES',
    name: '集中供热报装',
    description: ' 工业用户接入集中供热 ',
    keywords: ['供热', ' 暖气 ', '供热', ''],
    leadDepartmentId: lead,
    coDepartmentIds: [co],
  });

  it('lets the office leader add, change and remove a matter, each change audited', async () => {
    const { createDispatchMatter: created } = await leader.ok(CREATE, { input: input() });
    expect(created).toMatchObject({
      category: 'UTILITIES',
      name: '集中供热报装',
      description: '工业用户接入集中供热',
      keywords: ['供热', '暖气'],
      lead: { id: lead, name: '测试供热公司' },
      co: [{ id: co, name: '测试热力监管办' }],
      version: 1,
    });
    // Office staff read the catalogue too.
    const { dispatchMatters } = await staff.ok(LIST, { category: 'UTILITIES' });
    expect(dispatchMatters.map((m: { id: string }) => m.id)).toContain(created.id);

    // Swapping lead and co-department.
    const swapped = { ...input(), leadDepartmentId: co, coDepartmentIds: [lead] };
    const { updateDispatchMatter: updated } = await leader.ok(UPDATE, {
      id: created.id,
      input: swapped,
      version: 1,
    });
    expect(updated).toMatchObject({ lead: { id: co }, co: [{ id: lead }], version: 2 });

    // A second editor who read version 1 is refused, and nothing changes.
    const stale = await leader.request(UPDATE, { id: created.id, input: input(), version: 1 });
    expect(errorCode(stale)).toBe('CONFLICT');
    expect(errorCode(await leader.request(REMOVE, { id: created.id, version: 1 }))).toBe('CONFLICT');

    expect((await leader.ok(REMOVE, { id: created.id, version: 2 })).removeDispatchMatter).toBe(true);
    const { dispatchMatters: after } = await staff.ok(LIST, { category: 'UTILITIES' });
    expect(after.map((m: { id: string }) => m.id)).not.toContain(created.id);
    expect(await auditActions(created.id)).toEqual([
      'DISPATCH_MATTER_CREATED',
      'DISPATCH_MATTER_UPDATED',
      'DISPATCH_MATTER_REMOVED',
    ]);
  });

  it('names the field of each problem and stores nothing', async () => {
    const unknown = '00000000-0000-4000-8000-000000000000';
    const response = await leader.request(CREATE, {
      input: {
        ...input(),
        name: '  ',
        leadDepartmentId: unknown,
        coDepartmentIds: [co, unknown.replace(/0$/, '1')],
      },
    });
    expect(errorCode(response)).toBe('VALIDATION');
    expect(response.errors?.[0].extensions?.fields?.map((f) => f.field)).toEqual([
      'name',
      'leadDepartmentId',
      'coDepartmentIds.1',
    ]);
    const both = await leader.request(CREATE, { input: { ...input(), coDepartmentIds: [lead] } });
    expect(both.errors?.[0].extensions?.fields?.map((f) => f.field)).toEqual(['coDepartmentIds']);
    const shape = await leader.request(CREATE, {
      input: { ...input(), category: 'NOPE', keywords: ['一二三四五六七八九十一二三四五六七八九十一'] },
    });
    expect(shape.errors?.[0].extensions?.fields?.map((f) => f.field).sort()).toEqual([
      'category',
      'keywords',
    ]);

    await leader.ok(CREATE, { input: input() });
    const taken = await leader.request(CREATE, { input: input() });
    expect(taken.errors?.[0].extensions?.fields).toEqual([
      { field: 'name', message: expect.stringContaining('已被使用') },
    ]);
    const [{ count }] = await server.db.query(
      `SELECT count(*)::int AS count FROM dispatch_matter WHERE name = '集中供热报装'`,
    );
    expect(count).toBe(1);
  });

  it('is written only by the office leader and read only by the office', async () => {
    expect(errorCode(await staff.request(CREATE, { input: input() }))).toBe('FORBIDDEN');
    expect(errorCode(await dept.request(LIST, {}))).toBe('FORBIDDEN');
  });
});

describe('the demo catalogue', () => {
  it('points a demo power cut to the power company, from the catalogue', async () => {
    const [demo]: { id: string }[] = await server.db.query(
      `SELECT id FROM case_file WHERE title = '园区频繁停电影响冷库正常运行' ORDER BY tracking_no LIMIT 1`,
    );
    const { assignmentSuggestions } = await staff.ok(
      `query ($caseId: ID!) { assignmentSuggestions(caseId: $caseId) {
        leads { department { name } reasons { source matterName } } co { department { name } } } }`,
      { caseId: demo.id },
    );
    expect(assignmentSuggestions.leads[0]).toMatchObject({
      department: { name: '区供电公司' },
      reasons: expect.arrayContaining([{ source: 'CATALOGUE_LEAD', matterName: '用电报装与供电保障' }]),
    });
    expect(assignmentSuggestions.co).toEqual([{ department: { name: '区发展和改革委员会' } }]);
  });
});

describe('assignment suggestions', () => {
  const SUGGEST = `query ($caseId: ID!) { assignmentSuggestions(caseId: $caseId) {
    leads { department { name } score reasons { source matterName words caseCount } }
    co { department { name } score reasons { source matterName words caseCount } } } }`;
  let target: string;
  let ids: Record<string, string>;

  /** A case of the fixture: a copy of a demo case's enterprise and submitter, with its own words. */
  async function fixtureCase(
    title: string,
    content: string,
    extra: { lead?: string; kind?: string; named?: string; submittedAt?: string } = {},
  ): Promise<string> {
    const [{ id }]: { id: string }[] = await server.db.query(
      `INSERT INTO case_file (tracking_no, query_code, kind, category, channel, title, content, search_vector,
                              enterprise_id, submitter_id, named_department_id, misconduct_type, contact_consent,
                              state, submitted_at, lead_department_id)
       SELECT 'YH2026' || lpad((900000 + (SELECT count(*) FROM case_file))::text, 6, '0'), query_code, $1,
              'UTILITIES', channel, $2, $3, to_tsvector('simple', $4), enterprise_id, submitter_id, $5,
              CASE WHEN $1 = 'COMPLAINT' THEN 'INACTION' END, true, $6, $7, $8
         FROM case_file LIMIT 1
       RETURNING id`,
      [
        extra.kind ?? 'DIFFICULTY',
        title,
        content,
        searchTokens(`${title} ${content}`),
        extra.named ?? null,
        extra.lead ? 'CLOSED' : 'ACCEPTED',
        extra.submittedAt ?? '2026-05-04T02:00:00Z',
        extra.lead ?? null,
      ],
    );
    return id;
  }

  beforeAll(async () => {
    // The fixture owns the UTILITIES category: the demo's cases and matters of it move away.
    await server.db.query(`DELETE FROM dispatch_matter WHERE category = 'UTILITIES'`);
    await server.db.query(`UPDATE case_file SET category = 'OTHER' WHERE category = 'UTILITIES'`);
    ids = {};
    for (const name of ['甲供电所', '乙燃气公司', '丙住建局', '丁城管局', '戊发改委'])
      ids[name] = await department(name);
    const matter = (name: string, keywords: string[], lead: string, co: string[]) =>
      leader.ok(CREATE, {
        input: {
          category: 'UTILITIES',
          name,
          description: '',
          keywords,
          leadDepartmentId: ids[lead],
          coDepartmentIds: co.map((d) => ids[d]),
        },
      });
    await matter('用电报装', ['用电', '停电', '变压器', '电表'], '甲供电所', ['丙住建局', '丁城管局']);
    await matter('燃气接入', ['燃气', '天然气'], '乙燃气公司', ['丙住建局']);
    await matter('电力设施迁改', ['迁改', '电杆', '停电'], '戊发改委', ['丁城管局']);

    // Similar past cases: two share 停电 and 变压器, one shares 园区 and 停电; the last shares nothing.
    await fixtureCase('厂区停电', '变压器故障导致全厂停产', { lead: ids['甲供电所'] });
    await fixtureCase('变压器增容', '申请变压器增容，停电时间过长', { lead: ids['乙燃气公司'] });
    await fixtureCase('园区停电', '园区内频繁停电', {
      lead: ids['乙燃气公司'],
      submittedAt: '2026-05-05T02:00:00Z',
    });
    await fixtureCase('燃气管道', '天然气管道破损', { lead: ids['乙燃气公司'] });
    // Led by the department the new complaint names: never suggested.
    await fixtureCase('园区变压器', '园区变压器老化停电', { lead: ids['丁城管局'] });
    target = await fixtureCase('园区停电影响生产', '变压器老化导致园区频繁停电，请求尽快更换变压器。', {
      kind: 'COMPLAINT',
      named: ids['丁城管局'],
    });
  });

  it('proposes the lead and co-departments from the catalogue and similar past cases, with reasons', async () => {
    const { assignmentSuggestions } = await staff.ok(SUGGEST, { caseId: target });
    expect(assignmentSuggestions).toEqual({
      leads: [
        {
          department: { name: '甲供电所' },
          score: 2 * 5 + 1,
          reasons: [
            { source: 'CATALOGUE_LEAD', matterName: '用电报装', words: ['停电', '变压器'], caseCount: 0 },
            { source: 'HISTORY', matterName: null, words: ['停电', '变压器'], caseCount: 1 },
          ],
        },
        {
          department: { name: '戊发改委' },
          score: 5,
          reasons: [{ source: 'CATALOGUE_LEAD', matterName: '电力设施迁改', words: ['停电'], caseCount: 0 }],
        },
        {
          department: { name: '乙燃气公司' },
          score: 2,
          reasons: [
            { source: 'HISTORY', matterName: null, words: ['停电', '变压器', '园区', '频繁'], caseCount: 2 },
          ],
        },
      ],
      co: [
        {
          department: { name: '丙住建局' },
          score: 2 * 2,
          reasons: [
            { source: 'CATALOGUE_CO', matterName: '用电报装', words: ['停电', '变压器'], caseCount: 0 },
          ],
        },
      ],
    });
  });

  it('refuses an unknown case and anyone outside the office', async () => {
    const unknown = await staff.request(SUGGEST, { caseId: '00000000-0000-4000-8000-000000000000' });
    expect(errorCode(unknown)).toBe('NOT_FOUND');
    expect(errorCode(await dept.request(SUGGEST, { caseId: target }))).toBe('FORBIDDEN');
  });

  it('counts how often an assignment took the first suggestion', async () => {
    const outcomes = server.app.get(AssignmentSuggestionsService);
    server.clock.set('2026-06-16T02:00:00Z');
    await server.db.transaction((manager) => outcomes.recordOutcome(manager, target, ids['甲供电所']));
    await server.db.transaction((manager) => outcomes.recordOutcome(manager, target, ids['乙燃气公司']));
    server.clock.set('2026-06-20T02:00:00Z');
    await server.db.transaction((manager) => outcomes.recordOutcome(manager, target, ids['甲供电所']));
    // Days later every earlier session has expired.
    const staff = await server.signedIn('admin', 'OFFICE_STAFF');
    const SHARE = `query ($from: DateTime!, $to: DateTime!) {
      assignmentSuggestionShare(from: $from, to: $to) { assignments suggested tookFirst share } }`;
    const week = await staff.ok(SHARE, { from: '2026-06-15T00:00:00Z', to: '2026-06-19T00:00:00Z' });
    expect(week.assignmentSuggestionShare).toEqual({
      assignments: 2,
      suggested: 2,
      tookFirst: 1,
      share: 0.5,
    });
    const none = await staff.ok(SHARE, { from: '2026-01-01T00:00:00Z', to: '2026-02-01T00:00:00Z' });
    expect(none.assignmentSuggestionShare).toEqual({
      assignments: 0,
      suggested: 0,
      tookFirst: 0,
      share: null,
    });
    const backwards = await staff.request(SHARE, {
      from: '2026-02-01T00:00:00Z',
      to: '2026-01-01T00:00:00Z',
    });
    expect(backwards.errors?.[0].extensions?.fields?.map((f) => f.field)).toEqual(['to']);
    server.clock.set(TEST_EPOCH);
  });
});

describe('time limits per category and priority', () => {
  const ROW = 'category priority sign firstContact reply replyComplex review custom version';
  const LIMITS = `{ timeLimits { ${ROW} } }`;
  const SAVE = `mutation ($key: TimeLimitsKey!, $input: TimeLimitsInput!, $version: Int!) {
    saveTimeLimits(key: $key, input: $input, version: $version) { ${ROW} } }`;
  const RESET = `mutation ($key: TimeLimitsKey!, $version: Int!) { resetTimeLimits(key: $key, version: $version) { ${ROW} } }`;
  const key = { category: 'TAXES_FEES', priority: 'URGENT' };
  const input = { sign: 1, firstContact: 1, reply: 3, replyComplex: 10, review: 2 };

  it('runs on the defaults until the office leader changes a pair', async () => {
    const { timeLimits } = await staff.ok(LIMITS);
    expect(timeLimits).toHaveLength(20);
    expect(timeLimits[0]).toEqual({
      category: 'APPROVAL',
      priority: 'NORMAL',
      sign: DEFAULT_TIME_LIMITS.sign,
      firstContact: DEFAULT_TIME_LIMITS.firstContact,
      reply: DEFAULT_TIME_LIMITS.replyNormal,
      replyComplex: DEFAULT_TIME_LIMITS.replyComplex,
      review: DEFAULT_TIME_LIMITS.review,
      custom: false,
      version: 0,
    });
    const limits = server.app.get(TimeLimits);
    expect(await limits.forCase('TAXES_FEES', 'URGENT', 'SIMPLE')).toEqual({
      sign: 1,
      firstContact: 1,
      reply: DEFAULT_TIME_LIMITS.replyUrgent,
      review: 1,
    });
    expect((await limits.forCase('TAXES_FEES', 'URGENT', 'COMPLEX')).reply).toBe(
      DEFAULT_TIME_LIMITS.replyComplex,
    );

    const { saveTimeLimits } = await leader.ok(SAVE, { key, input, version: 0 });
    expect(saveTimeLimits).toEqual({ ...key, ...input, custom: true, version: 1 });
    expect(await limits.forCase('TAXES_FEES', 'URGENT', 'SIMPLE')).toEqual({
      sign: 1,
      firstContact: 1,
      reply: 3,
      review: 2,
    });
    expect((await limits.forCase('TAXES_FEES', 'URGENT', 'COMPLEX')).reply).toBe(10);
    // Other pairs keep the defaults.
    expect((await limits.forCase('TAXES_FEES', 'NORMAL', 'SIMPLE')).reply).toBe(
      DEFAULT_TIME_LIMITS.replyNormal,
    );

    // A stale version, as a second leader who read the defaults, is a conflict.
    expect(errorCode(await leader.request(SAVE, { key, input: { ...input, reply: 4 }, version: 0 }))).toBe(
      'CONFLICT',
    );
    const { resetTimeLimits } = await leader.ok(RESET, { key, version: 1 });
    expect(resetTimeLimits).toMatchObject({
      reply: DEFAULT_TIME_LIMITS.replyUrgent,
      custom: false,
      version: 0,
    });
    expect((await limits.forCase('TAXES_FEES', 'URGENT', 'SIMPLE')).reply).toBe(
      DEFAULT_TIME_LIMITS.replyUrgent,
    );
    expect(await auditActions('TAXES_FEES/URGENT')).toEqual(['TIME_LIMITS_UPDATED', 'TIME_LIMITS_UPDATED']);
  });

  it('reads a change made behind its back once its copy is a minute old on the server clock', async () => {
    // A copy that never started listening, as one whose announcement was lost: the application's
    // own copy may still hear a late NOTIFY from the saves above and reload early.
    const limits = new TimeLimits(
      server.app.get(DataSource),
      server.app.get(PgListener),
      server.app.get(AuditService),
      server.clock,
    );
    expect((await limits.forCase('OTHER', 'NORMAL', 'SIMPLE')).reply).toBe(DEFAULT_TIME_LIMITS.replyNormal);
    // Written without the announcement a save makes, as a lost NOTIFY would leave it.
    await server.db.query(
      `INSERT INTO time_limit (category, priority, sign, first_contact, reply, reply_complex, review)
       VALUES ('OTHER', 'NORMAL', 1, 1, 9, 15, 1)`,
    );
    server.clock.advance(30 * 1000);
    expect((await limits.forCase('OTHER', 'NORMAL', 'SIMPLE')).reply).toBe(DEFAULT_TIME_LIMITS.replyNormal);
    server.clock.advance(31 * 1000);
    expect((await limits.forCase('OTHER', 'NORMAL', 'SIMPLE')).reply).toBe(9);
    await server.db.query(`DELETE FROM time_limit WHERE category = 'OTHER'`);
    // A clock set back counts as expired too.
    server.clock.set(TEST_EPOCH);
    expect((await limits.forCase('OTHER', 'NORMAL', 'SIMPLE')).reply).toBe(DEFAULT_TIME_LIMITS.replyNormal);
  });

  it('refuses limits out of range, naming each, and anyone but the office leader', async () => {
    const response = await leader.request(SAVE, {
      key,
      input: { ...input, reply: 0, review: 61 },
      version: 0,
    });
    expect(response.errors?.[0].extensions?.fields?.map((f) => f.field)).toEqual(['reply', 'review']);
    expect(errorCode(await staff.request(SAVE, { key, input, version: 0 }))).toBe('FORBIDDEN');
    expect(errorCode(await dept.request(LIMITS))).toBe('FORBIDDEN');
  });
});
