import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { searchTokens } from '../src/modules/cases/index.js';
import { recountAll } from '../src/modules/scorecards/index.js';
import { caseFixture, type CaseFixture, type Data } from './case-fixture.js';
import { errorCode, startTestServer, type TestServer } from './harness.js';

/*
 * Department scorecards 部门考核 (docs/supervision.md#department-scorecard-部门考核) on a fixture
 * driven through the real APIs under the controlled clock, every figure computed by hand below.
 * The demo's history ends before July 2026, so July (the previous period) and August hold only
 * the fixture's steps.
 *
 * August 2026 (no public holiday), department A (`dept` / `deptlead`), five cases assigned Mon 3rd:
 *   a1 signed, contacted, replied on the 3rd; evaluated SOLVED / SATISFIED        → closed
 *   a2 signed Thu 6th (due Tue 4th: late), contacted and replied on the 6th;
 *      evaluated PARTLY_SOLVED / BASICALLY_SATISFIED                               → closed
 *   a3 signed on the 3rd, contacted Thu 6th (due Tue 4th: late), replied Wed 12th
 *      (due Mon 10th: late); disputed NOT_SOLVED / DISSATISFIED, then reopened
 *   a4 signed on the 3rd; a5 not signed
 * Department B (`b-staff` / `b-lead`), two cases: b1 on time throughout, evaluated NOT_SOLVED /
 * BASICALLY_SATISFIED (closed, not solved); b2 not signed.
 * July: one case of A on time throughout, SOLVED / SATISFIED.
 *
 * A: signed on time 3/4, contact 2/3, replied on time 2/3, resolution 2/3, satisfaction 2/3,
 *    closed 2, reopened 1, overdue 3 (a2's signing, a3's contact and reply);
 *    score (0.75·15 + ⅔·15 + ⅔·30 + ⅔·20 + ⅔·20) / 100 = 67.9.
 * B: 1/1, 1/1, 1/1, resolution 0/1, satisfaction 1/1, closed 1: score (15+15+30+0+20)/100 = 80.0,
 *    but only 2 cases assigned: under the minimum sample of 5, listed and not ranked.
 */

let server: TestServer;
let fx: CaseFixture;
let A: string;
let B: string;
const AUGUST = { from: '2026-08-01', to: '2026-08-31' };

const RATE = 'numerator denominator rate';
const FIGURES = `assigned signedOnTime { ${RATE} } contactedOnTime { ${RATE} } repliedOnTime { ${RATE} }
  resolution { ${RATE} } satisfaction { ${RATE} } closed returned extended reopened sentBack overdue
  score ranked rank`;
const SCORECARD = `query ($period: ScorecardPeriodInput!) { scorecard(period: $period) {
  from to previousFrom previousTo rankedCount weights { minSample version }
  rows { departmentId departmentName current { ${FIGURES} } previous { ${FIGURES} } } } }`;

async function scorecard(username = 'office', period = AUGUST): Promise<Data> {
  return (await (await fx.signIn(username)).ok(SCORECARD, { period })).scorecard;
}
const rowOf = (card: Data, department: string) => card.rows.find((r: Data) => r.departmentId === department);
const r = (numerator: number, denominator: number) => ({
  numerator,
  denominator,
  rate: denominator === 0 ? null : numerator / denominator,
});

async function drill(measure: string, department = A, username = 'office'): Promise<string[]> {
  const response = await (
    await fx.signIn(username)
  ).request<Data>(
    `query ($period: ScorecardPeriodInput!, $drill: ScorecardDrillInput!) {
      scorecardCases(period: $period, drill: $drill, first: 2) { items { title } nextCursor } }`,
    { period: AUGUST, drill: { departmentId: department, measure } },
  );
  if (response.errors) return [errorCode(response) as string];
  // Follows the pages (of 2) to the end, so the keyset cursor is exercised too.
  const titles: string[] = response.data!.scorecardCases.items.map((i: Data) => i.title);
  let cursor = response.data!.scorecardCases.nextCursor;
  while (cursor) {
    const next = await (
      await fx.signIn(username)
    ).ok(
      `query ($period: ScorecardPeriodInput!, $drill: ScorecardDrillInput!, $after: String) {
        scorecardCases(period: $period, drill: $drill, first: 2, after: $after) { items { title } nextCursor } }`,
      { period: AUGUST, drill: { departmentId: department, measure }, after: cursor },
    );
    titles.push(...next.scorecardCases.items.map((i: Data) => i.title));
    cursor = next.scorecardCases.nextCursor;
  }
  return titles.sort();
}

beforeAll(async () => {
  server = await startTestServer({ SUBMIT_RATE_LIMIT_PER_HOUR: '1000' }, { now: '2026-07-15T02:00:00.000Z' });
  fx = await caseFixture(server, '考核样例诉求', 'scorecard');
  ({ A, B } = fx);

  // July: one case of A, on time throughout.
  fx.morning('2026-07-15');
  let p1 = await fx.assigned(A);
  p1 = await fx.contact(await fx.sign(p1, A), A);
  await fx.evaluate(await fx.reply(p1, A), 'SOLVED', 'SATISFIED');

  // Monday 3 August.
  fx.morning('2026-08-03');
  const cases: Data = {};
  for (const name of ['a1', 'a2', 'a3', 'a4', 'a5']) cases[name] = await fx.assigned(A);
  for (const name of ['b1', 'b2']) cases[name] = await fx.assigned(B);
  cases.a1 = await fx.contact(await fx.sign(cases.a1, A), A);
  await fx.evaluate(await fx.reply(cases.a1, A), 'SOLVED', 'SATISFIED');
  cases.a3 = await fx.sign(cases.a3, A);
  cases.a4 = await fx.sign(cases.a4, A);
  cases.b1 = await fx.contact(await fx.sign(cases.b1, B), B);
  await fx.evaluate(await fx.reply(cases.b1, B), 'NOT_SOLVED', 'BASICALLY_SATISFIED');

  // Thursday 6 August: a2 signed late, a3 contacted late.
  fx.morning('2026-08-06');
  cases.a2 = await fx.contact(await fx.sign(cases.a2, A), A);
  await fx.evaluate(await fx.reply(cases.a2, A), 'PARTLY_SOLVED', 'BASICALLY_SATISFIED');
  cases.a3 = await fx.contact(cases.a3, A);

  // Wednesday 12 August: a3 replied late, disputed, reopened.
  fx.morning('2026-08-12');
  const disputed = await fx.evaluate(await fx.reply(cases.a3, A), 'NOT_SOLVED', 'DISSATISFIED');
  await fx.act('office', 'reopenCase', disputed, {
    input: ['ReopenCaseInput!', { reason: '请再次核实', days: 3 }],
  });
}, 300_000);
afterAll(() => server.close());

describe('the scorecard of a period', () => {
  it('gives every rate with its numerator and denominator, and the counts, as computed by hand', async () => {
    const card = await scorecard();
    expect(card).toMatchObject({
      from: '2026-08-01',
      to: '2026-08-31',
      previousFrom: '2026-07-01',
      previousTo: '2026-07-31',
    });
    expect(rowOf(card, A).current).toEqual({
      assigned: 5,
      signedOnTime: r(3, 4),
      contactedOnTime: r(2, 3),
      repliedOnTime: r(2, 3),
      resolution: r(2, 3),
      satisfaction: r(2, 3),
      closed: 2,
      returned: 0,
      extended: 0,
      reopened: 1,
      sentBack: 0,
      overdue: 3,
      score: 67.9,
      ranked: true,
      rank: 1,
    });
    // Closed and solved are different numbers: B closed its case, which was not solved.
    expect(rowOf(card, B).current).toMatchObject({
      assigned: 2,
      signedOnTime: r(1, 1),
      resolution: r(0, 1),
      satisfaction: r(1, 1),
      closed: 1,
      overdue: 0,
      score: 80,
    });
  });

  it('lists a department under the minimum sample without ranking it, below the ranked ones', async () => {
    const card = await scorecard();
    expect(card.weights).toEqual({ minSample: 5, version: 0 });
    expect(card.rankedCount).toBe(1);
    expect(rowOf(card, B).current).toMatchObject({ ranked: false, rank: null });
    expect(card.rows[0].departmentId).toBe(A);
    expect(card.rows.findIndex((row: Data) => row.departmentId === B)).toBeGreaterThan(0);
  });

  it('compares with the period of the same length just before', async () => {
    const previous = rowOf(await scorecard(), A).previous;
    expect(previous).toMatchObject({
      assigned: 1,
      signedOnTime: r(1, 1),
      contactedOnTime: r(1, 1),
      repliedOnTime: r(1, 1),
      resolution: r(1, 1),
      satisfaction: r(1, 1),
      closed: 1,
      overdue: 0,
      score: 100,
      // One case in July: under the minimum sample then.
      ranked: false,
      rank: null,
    });
  });

  it('drills every number down to the cases behind it, in keyset pages', async () => {
    expect(await drill('ASSIGNED')).toHaveLength(5);
    expect(await drill('SIGNED_LATE')).toEqual(['考核样例诉求 3']);
    expect(await drill('OVERDUE')).toEqual(['考核样例诉求 3', '考核样例诉求 4', '考核样例诉求 4']);
    expect(await drill('SOLVED')).toEqual(['考核样例诉求 2', '考核样例诉求 3']);
    expect(await drill('CLOSED', B)).toEqual(['考核样例诉求 7']);
    expect(await drill('SOLVED', B)).toEqual([]);
  });

  it('shows a department its own row and rank only, and none of the cases of another', async () => {
    const own = await scorecard('dept');
    expect(own.rows.map((row: Data) => row.departmentId)).toEqual([A]);
    expect(own.rows[0].current).toMatchObject({ rank: 1, score: 67.9 });
    expect(own.rankedCount).toBe(1);
    expect(await drill('CLOSED', B, 'dept')).toEqual([]);
    expect(await drill('CLOSED', A, 'dept')).toEqual(['考核样例诉求 2', '考核样例诉求 3']);
  });

  it('counts the same from the timeline as it counted step by step', async () => {
    const snapshot = () =>
      server.db.query(
        `SELECT * FROM department_day_fact WHERE day >= '2026-07-01' ORDER BY day, department_id`,
      );
    const incremental = await snapshot();
    expect(incremental.length).toBeGreaterThan(0);
    await server.db.transaction((manager) => recountAll(manager));
    expect(await snapshot()).toEqual(incremental);
  });

  it('counts the demo district’s year of history, where two departments do badly', async () => {
    const card = await scorecard('office', { from: '2025-06-15', to: '2026-06-14' });
    const ranked = card.rows.filter((row: Data) => row.current.ranked);
    expect(ranked.length).toBeGreaterThan(4);
    const bottom = ranked.slice(-3).map((row: Data) => row.departmentName);
    expect(bottom).toEqual(expect.arrayContaining(['区城市管理局', '区自然资源和规划局']));
    const laggard = ranked.find((row: Data) => row.departmentName === '区城市管理局').current;
    const best = ranked[0].current;
    expect(laggard.signedOnTime.rate).toBeLessThan(best.signedOnTime.rate);
    expect(laggard.overdue).toBeGreaterThan(best.overdue);
  });

  it('refuses a period that ends before it starts, naming the field', async () => {
    const response = await (
      await fx.signIn('office')
    ).request(SCORECARD, { period: { from: '2026-08-31', to: '2026-08-01' } });
    expect(errorCode(response)).toBe('VALIDATION');
    expect(response.errors?.[0]?.extensions?.fields).toEqual([
      expect.objectContaining({ field: 'to', message: '结束日期不能早于起始日期' }),
    ]);
  });
});

describe('the weights', () => {
  const WEIGHTS = {
    signWeight: 0,
    contactWeight: 0,
    replyWeight: 100,
    resolutionWeight: 0,
    satisfactionWeight: 0,
    minSample: 2,
  };

  it('preview how the ranking would change before the office leader saves them', async () => {
    const leader = await fx.signIn('officelead');
    const { scorecardPreview } = await leader.ok(
      `query ($period: ScorecardPeriodInput!, $weights: ScorecardWeightsInput!) {
        scorecardPreview(period: $period, weights: $weights) { departmentId score rank previewScore previewRank } }`,
      { period: AUGUST, weights: WEIGHTS },
    );
    expect(scorecardPreview.find((row: Data) => row.departmentId === A)).toEqual({
      departmentId: A,
      score: 67.9,
      rank: 1,
      previewScore: 66.7,
      previewRank: 2,
    });
    expect(scorecardPreview.find((row: Data) => row.departmentId === B)).toEqual({
      departmentId: B,
      score: 80,
      rank: null,
      previewScore: 100,
      previewRank: 1,
    });
  });

  it('are saved by the office leader alone, audited, and rank the departments from then on', async () => {
    const office = await fx.signIn('office');
    const refused = await office.request(
      `mutation ($w: ScorecardWeightsInput!) { saveScorecardWeights(weights: $w, version: 0) { version } }`,
      { w: WEIGHTS },
    );
    expect(errorCode(refused)).toBe('FORBIDDEN');
    const leader = await fx.signIn('officelead');
    const zero = await leader.request(
      `mutation ($w: ScorecardWeightsInput!) { saveScorecardWeights(weights: $w, version: 0) { version } }`,
      { w: { ...WEIGHTS, replyWeight: 0 } },
    );
    expect(errorCode(zero)).toBe('VALIDATION');
    const { saveScorecardWeights } = await leader.ok(
      `mutation ($w: ScorecardWeightsInput!) { saveScorecardWeights(weights: $w, version: 0) { version minSample } }`,
      {
        w: {
          ...WEIGHTS,
          signWeight: 15,
          contactWeight: 15,
          replyWeight: 30,
          resolutionWeight: 20,
          satisfactionWeight: 20,
        },
      },
    );
    expect(saveScorecardWeights).toEqual({ version: 1, minSample: 2 });
    const stale = await leader.request(
      `mutation ($w: ScorecardWeightsInput!) { saveScorecardWeights(weights: $w, version: 0) { version } }`,
      { w: WEIGHTS },
    );
    expect(errorCode(stale)).toBe('CONFLICT');
    const [audit] = await server.db.query(
      `SELECT actor_name FROM audit_log WHERE action = 'SCORECARD_WEIGHTS_UPDATED'`,
    );
    expect(audit).toEqual({ actor_name: 'officelead' });

    const card = await scorecard();
    expect(card.rankedCount).toBe(2);
    expect(card.rows.map((row: Data) => [row.departmentId, row.current.rank])).toEqual(
      expect.arrayContaining([
        [B, 1],
        [A, 2],
      ]),
    );
    expect(card.rows[0].departmentId).toBe(B);
  });
});

describe('the public scorecard', () => {
  it('gives anyone the rates and ranks of the departments, and nothing of the cases', async () => {
    const { publicScorecard } = await server.portal().ok(
      `query ($period: ScorecardPeriodInput!) { publicScorecard(period: $period) {
        rankedCount rows { departmentName current { assigned repliedOnTime { ${RATE} } score rank } } } }`,
      { period: AUGUST },
    );
    expect(publicScorecard.rankedCount).toBe(2);
    expect(publicScorecard.rows.length).toBeGreaterThan(2);
    // The drill-down to cases is not even in the portal's schema.
    expect(readFileSync(new URL('../schema/portal.graphql', import.meta.url), 'utf8')).not.toMatch(
      /scorecardCases|scorecardPreview/,
    );
  });
});

describe('the office dashboard', () => {
  let serial = 0;
  async function submitted(title: string, category: string): Promise<void> {
    serial += 1;
    await (
      await fx.signIn('enterprise')
    ).ok(`mutation ($input: SubmitCaseInput!) { submitCase(input: $input) { id } }`, {
      input: {
        kind: 'DIFFICULTY',
        category,
        title,
        content: title,
        contactConsent: true,
        attachmentIds: [],
        clientKey: `dashboard-${serial}`,
      },
    });
  }
  const DASHBOARD = `query ($period: ScorecardPeriodInput!, $filter: DashboardFilterInput) {
    dashboard(period: $period, filter: $filter) {
      received previousReceived closed open
      byKind { key received } byCategory { key received closed }
      hotKeywords { key count previous } hotCategories { key count previous }
      rates { repliedOnTime { ${RATE} } resolution { ${RATE} } satisfaction { ${RATE} } }
      byDepartment { departmentId assigned closed overdue } } }`;
  const SEPTEMBER = { from: '2026-09-01', to: '2026-09-30' };

  beforeAll(async () => {
    // August (the previous period): one more case about cold storage.
    fx.morning('2026-08-20');
    await submitted('冷链仓储用地审批', 'UTILITIES');
    fx.morning('2026-09-07');
    for (const title of ['冷链仓储扩建用电', '冷链仓储消防验收', '冷链仓储排水接入'])
      await submitted(title, 'UTILITIES');
    for (const title of ['厂房消防验收延迟', '消防验收标准不明确']) await submitted(title, 'FINANCING');
  });

  it('counts the hot topics of the period — words and categories — against the period before', async () => {
    // The words as the search column holds them (jieba, search mode).
    expect(searchTokens('冷链仓储扩建用电').split(' ')).toEqual(expect.arrayContaining(['冷链', '仓储']));
    expect(searchTokens('消防验收标准不明确').split(' ')).toEqual(expect.arrayContaining(['消防', '验收']));
    const { dashboard } = await (await fx.signIn('office')).ok(DASHBOARD, { period: SEPTEMBER });
    expect(dashboard).toMatchObject({ received: 5, previousReceived: 8, closed: 0 });
    expect(dashboard.byKind).toEqual([{ key: 'DIFFICULTY', received: 5 }]);
    const word = (key: string) => dashboard.hotKeywords.find((k: Data) => k.key === key);
    expect(word('仓储')).toEqual({ key: '仓储', count: 3, previous: 1 });
    expect(word('冷链')).toEqual({ key: '冷链', count: 3, previous: 1 });
    expect(word('消防')).toEqual({ key: '消防', count: 3, previous: 0 });
    expect(word('验收')).toEqual({ key: '验收', count: 3, previous: 0 });
    // Words every case uses say nothing about it.
    expect(word('公司')).toBeUndefined();
    expect(dashboard.hotCategories).toEqual([
      { key: 'UTILITIES', count: 3, previous: 8 },
      { key: 'FINANCING', count: 2, previous: 0 },
    ]);
  });

  it('narrows received cases and hot topics by industry', async () => {
    const [{ industry }] = await server.db.query(
      `SELECT e.industry FROM enterprise e JOIN app_user u ON u.enterprise_id = e.id WHERE u.username = 'enterprise'`,
    );
    const other = industry === 'C' ? 'F' : 'C';
    const office = await fx.signIn('office');
    expect((await office.ok(DASHBOARD, { period: SEPTEMBER, filter: { industry } })).dashboard.received).toBe(
      5,
    );
    const narrowed = (await office.ok(DASHBOARD, { period: SEPTEMBER, filter: { industry: other } }))
      .dashboard;
    expect(narrowed).toMatchObject({ received: 0, hotKeywords: [], hotCategories: [] });
  });

  it('leads each hot word, by industry and grid, to exactly the cases behind it', async () => {
    const [{ industry, grid }] = await server.db.query(
      `SELECT e.industry, g.path[1] AS grid FROM enterprise e JOIN app_user u ON u.enterprise_id = e.id
         JOIN grid g ON g.id = e.grid_id WHERE u.username = 'enterprise'`,
    );
    const [{ other }] = await server.db.query(
      `SELECT id AS other FROM grid WHERE parent_id IS NULL AND id <> $1 ORDER BY code LIMIT 1`,
      [grid],
    );
    const office = await fx.signIn('office');
    const hot = async (filter: Data) =>
      (await office.ok(DASHBOARD, { period: SEPTEMBER, filter })).dashboard.hotKeywords.find(
        (k: Data) => k.key === '冷链',
      )?.count ?? 0;
    // The admin case list as the dashboard's drill-down opens it: the word, the period as
    // submission dates (Shanghai), and the dashboard's industry and grid.
    const listed = async (filter: Data) =>
      (
        await office.ok(`query ($page: CasePageArgs) { cases(page: $page) { items { title } } }`, {
          page: {
            first: 100,
            filter: {
              keyword: '冷链',
              from: '2026-08-31T16:00:00.000Z',
              to: '2026-09-30T16:00:00.000Z',
              ...filter,
            },
          },
        })
      ).cases.items.length;
    for (const filter of [{ industry }, { gridId: grid }, { industry, gridId: grid }]) {
      expect(await hot(filter)).toBe(3);
      expect(await listed(filter)).toBe(3);
    }
    for (const filter of [{ industry: industry === 'C' ? 'F' : 'C' }, { gridId: other }]) {
      expect(await hot(filter)).toBe(0);
      expect(await listed(filter)).toBe(0);
    }
    const bad = await office.request(
      `query { cases(page: { first: 1, filter: { industry: "Z" } }) { items { id } } }`,
    );
    expect(errorCode(bad)).toBe('VALIDATION');
    expect(bad.errors?.[0]?.extensions?.fields?.[0]?.field).toContain('industry');
  });

  it('gives the period’s rates and the departments, most overdue first, from the same facts as the scorecard', async () => {
    const { dashboard } = await (await fx.signIn('office')).ok(DASHBOARD, { period: AUGUST });
    // A's and B's replies and evaluations of August (see the fixture above).
    expect(dashboard.rates).toEqual({ repliedOnTime: r(3, 4), resolution: r(2, 4), satisfaction: r(3, 4) });
    expect(dashboard.byDepartment[0]).toEqual({ departmentId: A, assigned: 5, closed: 2, overdue: 3 });
    expect(dashboard.closed).toBe(3);
  });
});
