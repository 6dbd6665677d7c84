import { randomInt } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { CN_HOLIDAYS_2025_2026, WorkingCalendar } from '@gridbridge/shared';
import { AdminBrowser, exportAndDownload } from './exports-client.js';
import { WORD_SEARCH_WINDOW } from '../src/modules/cases/case-query.js';
import { departmentQueueQuery } from '../src/modules/cases/case-workbench.service.js';
import { errorCode, startTestServer, type GqlClient, type TestServer } from './harness.js';

/*
 * The case lists as people use them: keyword search over the text, the enterprise's name and the
 * category's name; the total under each list; the 360° page's counts by state; the Excel export's
 * columns; and the deadline warning that the portal never receives.
 */

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Data = Record<string, any>;

let server: TestServer;
let enterprise: GqlClient;
let office: GqlClient;
let dept: GqlClient;
let enterpriseId: string;

const calendar = new WorkingCalendar(CN_HOLIDAYS_2025_2026);
/** A word no demo case holds, so that a search sees this file's cases only. */
const uniqueWord = () => Array.from({ length: 10 }, () => String.fromCharCode(97 + randomInt(26))).join('');

beforeAll(async () => {
  server = await startTestServer({ SUBMIT_RATE_LIMIT_PER_HOUR: '1000' });
  enterprise = await server.signedIn('portal', 'ENTERPRISE');
  office = await server.signedIn('admin', 'OFFICE_STAFF');
  dept = await server.signedIn('admin', 'DEPT_STAFF');
  enterpriseId = (await enterprise.ok('{ myEnterprise { id } }')).myEnterprise.id;
});
afterAll(() => server.close());

const CASE_FIELDS =
  'id trackingNo state category enterpriseName deadline { dueAt state workingDays } promisedBy';
const SUBMIT = `mutation ($input: SubmitCaseInput!) { submitCase(input: $input) { ${CASE_FIELDS} } }`;
const CASES = `query ($page: CasePageArgs) {
  cases(page: $page) { items { id } nextCursor totalCount totalCountCapped } }`;
const MY_CASES = `query ($page: CasePageArgs) {
  myCases(page: $page) { items { id deadline { state } promisedBy } nextCursor totalCount totalCountCapped } }`;

let serial = 0;
async function submit(overrides: Data = {}): Promise<Data> {
  serial += 1;
  const input = {
    kind: 'DIFFICULTY',
    category: 'UTILITIES',
    title: `厂区用电增容申请迟迟未办理 ${serial}`,
    content: '新增生产线需要增加用电容量，申请提交后一直没有答复。',
    contactConsent: true,
    attachmentIds: [],
    clientKey: `case-lists-${serial}-${Date.now()}`,
    ...overrides,
  };
  return (await enterprise.ok(SUBMIT, { input })).submitCase;
}

const ids = async (client: GqlClient, filter: Data, query = CASES) => {
  const page = (await client.ok(query, { page: { first: 100, filter } }))[
    query === CASES ? 'cases' : 'myCases'
  ];
  return (page.items as Data[]).map((c) => c.id).sort();
};

describe('keyword search', () => {
  it('finds cases by their enterprise’s name, and by the new name at once after a rename', async () => {
    const word = uniqueWord();
    const [{ name }] = await server.db.query('SELECT name FROM enterprise WHERE id = $1', [enterpriseId]);
    const [{ count }] = await server.db.query(
      'SELECT count(*)::int AS count FROM case_file WHERE enterprise_id = $1',
      [enterpriseId],
    );
    expect(await ids(office, { keyword: word })).toEqual([]);
    await server.db.query('UPDATE enterprise SET name = $2 WHERE id = $1', [enterpriseId, `${word}宏达食品`]);
    try {
      const found = await ids(office, { keyword: word });
      expect(found.length).toBe(count);
      expect(count).toBeGreaterThan(0);
      // Every word must match somewhere: the enterprise's name and the case's text together.
      const other = uniqueWord();
      const own = await submit({ title: `锅炉蒸汽管道改造审批 ${other}` });
      expect(await ids(office, { keyword: `${word} ${other}` })).toEqual([own.id]);
    } finally {
      await server.db.query('UPDATE enterprise SET name = $2 WHERE id = $1', [enterpriseId, name]);
    }
    expect(await ids(office, { keyword: word })).toEqual([]);
  });

  it('finds the demo enterprise’s cases by a part of its name (宏达)', async () => {
    const [{ count }] = await server.db.query(
      `SELECT count(*)::int AS count FROM case_file c JOIN enterprise e ON e.id = c.enterprise_id
        WHERE strpos(e.name, '宏达') > 0`,
    );
    expect(count).toBeGreaterThan(0);
    expect(
      (await office.ok(CASES, { page: { first: 1, filter: { keyword: '宏达' } } })).cases.totalCount,
    ).toBe(count);
  });

  it('finds cases by their category’s name in Chinese or English (融资 finds 融资信贷)', async () => {
    const word = uniqueWord();
    const loan = await submit({ category: 'FINANCING', title: `贷款审批迟迟没有结果 ${word}` });
    const power = await submit({ category: 'UTILITIES', title: `厂区停电频繁 ${word}` });
    expect(await ids(office, { keyword: `融资 ${word}` })).toEqual([loan.id]);
    expect(await ids(office, { keyword: `融资信贷 ${word}` })).toEqual([loan.id]);
    expect(await ids(office, { keyword: `Financing ${word}` })).toEqual([loan.id]);
    expect(await ids(office, { keyword: `停电 ${word}` })).toEqual([power.id]);
    expect(await ids(office, { keyword: word })).toEqual([loan.id, power.id].sort());
    // The portal searches the same way, within its own scope.
    expect(await ids(enterprise, { keyword: `融资 ${word}` }, MY_CASES)).toEqual([loan.id]);
  });

  it(`pages through matches inside and beyond the newest ${WORD_SEARCH_WINDOW.toLocaleString('en')} cases of the list, newest first`, async () => {
    // A search reads the list's newest WORD_SEARCH_WINDOW cases first and looks the older matches
    // up apart: a word whose cases lie on both sides, a page that ends on each side and one that
    // spans the split, must come out as one list.
    const word = uniqueWord();
    const older = [];
    for (let i = 0; i < 3; i++) older.push(await submit({ title: `排污许可证延续办理 ${word} ${i}` }));
    const [{ newest }] = await server.db.query(
      `SELECT max(submitted_at) AS newest FROM case_file WHERE id = ANY($1::uuid[])`,
      [older.map((c) => c.id)],
    );
    // Newer cases of the same enterprise, one in 500 with the word: the window holds 8 of them,
    // its oldest case (where the list is split) among them.
    const inserted: { id: string }[] = await server.db.query(
      `INSERT INTO case_file (tracking_no, query_code, kind, category, channel, title, content, search_vector,
                              enterprise_id, submitter_id, contact_consent, state, submitted_at)
       SELECT 'YH9' || lpad(i::text, 9, '0'), c.query_code, c.kind, c.category, c.channel,
              replace(c.title, $3, CASE WHEN i % 500 = 1 THEN $3 ELSE '' END), c.content,
              ts_delete(c.search_vector, $3) || CASE WHEN i % 500 = 1 THEN to_tsvector('simple', $3) ELSE ''::tsvector END,
              c.enterprise_id, c.submitter_id, c.contact_consent, c.state,
              $2::timestamptz + make_interval(secs => i)
         FROM case_file c, generate_series(1, $4::int) AS i
        WHERE c.id = $1
       RETURNING id`,
      [older[0].id, newest, word, WORD_SEARCH_WINDOW],
    );
    try {
      const expected: string[] = (
        await server.db.query(
          `SELECT id FROM case_file WHERE search_vector @@ plainto_tsquery('simple', $1)
            ORDER BY submitted_at DESC, id DESC`,
          [word],
        )
      ).map((row: { id: string }) => row.id);
      expect(expected).toHaveLength(WORD_SEARCH_WINDOW / 500 + 3);
      for (const [client, query] of [
        [office, CASES],
        [enterprise, MY_CASES],
      ] as const) {
        for (const first of [3, 8, 10]) {
          const seen: string[] = [];
          let after: string | null = null;
          do {
            const page: Data = (
              await client.ok(query, { page: { first, after, filter: { keyword: word } } })
            )[query === CASES ? 'cases' : 'myCases'];
            seen.push(...(page.items as Data[]).map((c) => c.id as string));
            after = page.nextCursor;
          } while (after);
          expect(seen).toEqual(expected);
        }
      }
      // Two words, each of them in other cases too, must be in one case together.
      const other = uniqueWord();
      await server.db.query(
        `UPDATE case_file SET search_vector = search_vector || to_tsvector('simple', $2)
          WHERE id = $1 OR tracking_no = 'YH9000000002'`,
        [older[1].id, other],
      );
      expect(await ids(office, { keyword: `${word} ${other}` })).toEqual([older[1].id]);
    } finally {
      await server.db.query('DELETE FROM case_file WHERE id = ANY($1::uuid[])', [inserted.map((c) => c.id)]);
    }
  });
});

describe('the total of a list', () => {
  it('counts the whole filtered list, the same on every page', async () => {
    const word = uniqueWord();
    const submitted = [];
    for (let i = 0; i < 3; i++) submitted.push(await submit({ title: `排水管网堵塞 ${word} ${i}` }));
    const first = (await office.ok(CASES, { page: { first: 2, filter: { keyword: word } } })).cases;
    expect(first).toMatchObject({ totalCount: 3, totalCountCapped: false });
    expect(first.items).toHaveLength(2);
    const second = (
      await office.ok(CASES, { page: { first: 2, after: first.nextCursor, filter: { keyword: word } } })
    ).cases;
    expect(second).toMatchObject({ totalCount: 3, nextCursor: null });
    const mine = (await enterprise.ok(MY_CASES, { page: { first: 1, filter: { keyword: word } } })).myCases;
    expect(mine.totalCount).toBe(3);
    // A department counts only the cases it leads: none of these.
    expect((await dept.ok(CASES, { page: { first: 1, filter: { keyword: word } } })).cases.totalCount).toBe(
      0,
    );
  });

  it('counts the unfiltered list like the database does', async () => {
    const [{ count }] = await server.db.query('SELECT count(*)::int AS count FROM case_file');
    expect((await office.ok(CASES, { page: { first: 1 } })).cases).toMatchObject({
      totalCount: count,
      totalCountCapped: false,
    });
    const [{ own }] = await server.db.query(
      'SELECT count(*)::int AS own FROM case_file WHERE enterprise_id = $1',
      [enterpriseId],
    );
    expect((await enterprise.ok(MY_CASES, { page: { first: 1 } })).myCases.totalCount).toBe(own);
  });
});

describe('the enterprise’s 360° page', () => {
  const COUNTS = 'query ($id: ID!) { enterpriseCaseCounts(enterpriseId: $id) { state count } }';

  it('counts the enterprise’s cases per state, within the viewer’s scope', async () => {
    const rows: { state: string; count: number }[] = await server.db.query(
      `SELECT state, count(*)::int AS count FROM case_file WHERE enterprise_id = $1 GROUP BY state ORDER BY state`,
      [enterpriseId],
    );
    expect(rows.length).toBeGreaterThan(1);
    expect((await office.ok(COUNTS, { id: enterpriseId })).enterpriseCaseCounts).toEqual(rows);
    const [{ departmentId }] = await server.db.query(
      `SELECT department_id AS "departmentId" FROM app_user WHERE username = 'dept'`,
    );
    const led: { state: string; count: number }[] = await server.db.query(
      `SELECT state, count(*)::int AS count FROM case_file
        WHERE enterprise_id = $1 AND lead_department_id = $2
          AND (kind <> 'COMPLAINT' OR named_department_id IS DISTINCT FROM $2)
        GROUP BY state ORDER BY state`,
      [enterpriseId, departmentId],
    );
    expect((await dept.ok(COUNTS, { id: enterpriseId })).enterpriseCaseCounts).toEqual(led);
    expect(errorCode(await office.request(COUNTS, { id: 'not-a-uuid' }))).toBe('VALIDATION');
    expect(
      (await office.ok(COUNTS, { id: '00000000-0000-4000-8000-000000000000' })).enterpriseCaseCounts,
    ).toEqual([]);
  });

  it('lists the enterprise’s cases with the keyset list filtered by enterprise', async () => {
    const page = (await office.ok(CASES, { page: { first: 5, filter: { enterpriseId } } })).cases;
    const [{ count }] = await server.db.query(
      'SELECT count(*)::int AS count FROM case_file WHERE enterprise_id = $1',
      [enterpriseId],
    );
    expect(page.totalCount).toBe(count);
    expect(page.items.length).toBe(Math.min(5, count));
  });
});

describe('deadline warnings and the portal', () => {
  it('never sends the portal a warning colour, but the promised date of the next step', async () => {
    const c = await submit();
    expect(c.deadline).toBeNull();
    const acceptBy = calendar.addWorkingDays(server.clock.now(), 1);
    expect(new Date(c.promisedBy)).toEqual(acceptBy);
    const mine = (await enterprise.ok(MY_CASES, { page: { first: 100 } })).myCases.items as Data[];
    expect(mine.every((item) => item.deadline === null)).toBe(true);
    const seen = (await office.ok(`query ($id: ID!) { case(id: $id) { ${CASE_FIELDS} } }`, { id: c.id }))
      .case;
    expect(seen.deadline).toMatchObject({ state: 'NONE', workingDays: 2 });
    expect(seen.promisedBy).toBe(c.promisedBy);
  });

  it('refuses a portal list filtered by colour, naming the field', async () => {
    const response = await enterprise.request(MY_CASES, {
      page: { first: 5, filter: { deadline: 'YELLOW' } },
    });
    expect(errorCode(response)).toBe('VALIDATION');
    expect(JSON.stringify(response.errors)).toContain('时限预警');
  });
});

describe('the Excel export', () => {
  it('carries the content, lead department, deadline, dates, reply and evaluation of each case', async () => {
    const [sample] = await server.db.query(
      `SELECT c.tracking_no AS "trackingNo", c.content, c.reply_text AS "replyText", d.name AS department,
              c.accepted_at AS "acceptedAt", c.replied_at AS "repliedAt", ev.public_note AS comment
         FROM case_file c JOIN department d ON d.id = c.lead_department_id
         JOIN case_event ev ON ev.case_id = c.id AND ev.action = 'evaluate'
        WHERE c.reply_text IS NOT NULL AND EXISTS (SELECT 1 FROM case_event a WHERE a.case_id = c.id AND a.action = 'assign')
        ORDER BY c.submitted_at DESC LIMIT 1`,
    );
    expect(sample).toBeDefined();
    const browser = await AdminBrowser.signedIn(server, 'OFFICE_STAFF');
    const { sheet } = await exportAndDownload(browser, 'requestCaseExport', { keyword: sample.trackingNo });
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    const row = (sheet.getRow(2).values as unknown[]).slice(1).map((v) => (v === undefined ? '' : String(v)));
    const cell = (name: string) => row[header.indexOf(name)];
    expect(cell('诉求编号')).toBe(sample.trackingNo);
    expect(cell('诉求内容')).toBe(sample.content);
    expect(cell('主办部门')).toBe(sample.department);
    expect(cell('答复内容')).toBe(sample.replyText);
    expect(cell('受理日期')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(cell('交办日期')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(cell('答复日期')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(cell('答复结果')).not.toBe('');
    expect(cell('评价')).toBe('满意');
    expect(cell('评价意见')).toBe(sample.comment ?? '');
  });
});

describe('a list too long to count', () => {
  it('stops counting past 10,000 and says so', async () => {
    const before = (await office.ok(CASES, { page: { first: 1 } })).cases.totalCount;
    // Copies of one case, enough to pass the cap, written straight to the table. They stay: this
    // file's database is its own and this is its last test (deleting 10,000 cases takes long).
    await server.db.query(
      `INSERT INTO case_file (tracking_no, query_code, kind, category, channel, title, content, search_vector,
         enterprise_id, submitter_id, contact_consent, state, submitted_at)
       SELECT 'YH1999' || lpad(n::text, 6, '0'), query_code, kind, category, channel, title, content, search_vector,
              enterprise_id, submitter_id, contact_consent, 'CLOSED', submitted_at - interval '1 day'
         FROM case_file, generate_series(1, 10001 - $1::int) n
        WHERE id = (SELECT id FROM case_file ORDER BY submitted_at LIMIT 1)`,
      [Math.min(before, 10000)],
    );
    expect((await office.ok(CASES, { page: { first: 1 } })).cases).toMatchObject({
      totalCount: 10000,
      totalCountCapped: true,
    });
  });
});

describe('the department workbench at scale', () => {
  /** The plan PostgreSQL would choose for one queue page, with sorting and full scans priced out. */
  async function plan(queue: 'TO_SIGN' | 'IN_PROGRESS' | 'OVERDUE'): Promise<string> {
    const runner = server.db.createQueryRunner();
    await runner.startTransaction();
    try {
      // Priced out, not forbidden: a plan that cannot read the queue in order still sorts, and shows it.
      await runner.query('SET LOCAL enable_sort = off');
      await runner.query('SET LOCAL enable_seqscan = off');
      const department = (await server.db.query(`SELECT id FROM department ORDER BY name LIMIT 1`)) as {
        id: string;
      }[];
      const { sql, params } = departmentQueueQuery(department[0].id, queue, server.clock.now(), null, 21);
      const rows = (await runner.query(`EXPLAIN ${sql}`, params)) as { 'QUERY PLAN': string }[];
      return rows.map((row) => row['QUERY PLAN']).join('\n');
    } finally {
      await runner.rollbackTransaction();
      await runner.release();
    }
  }

  it('reads each queue in deadline order from an index, without sorting the department’s tasks', async () => {
    for (const [queue, index] of [
      ['TO_SIGN', 'case_assignment_queue_idx'],
      ['IN_PROGRESS', 'case_assignment_queue_idx'],
      ['OVERDUE', 'case_assignment_due_idx'],
    ] as const) {
      const explained = await plan(queue);
      expect(explained).toContain(index);
      expect(explained).not.toMatch(/\bSort\b/);
    }
  });
});
