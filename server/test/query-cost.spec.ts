import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { buildSchema, Kind, parse, type OperationDefinitionNode } from 'graphql';
import { MAX_QUERY_COST, selectionCost } from '../src/graphql/query-cost.js';
import { errorCode, startTestServer, type GqlClient, type TestServer } from './harness.js';

const adminSchema = buildSchema(readFileSync(new URL('../schema/admin.graphql', import.meta.url), 'utf8'));

/** The estimated cost of a query document against the committed admin schema. */
function cost(query: string, variables: Record<string, unknown> = {}): number {
  const document = parse(query);
  const operation = document.definitions.find(
    (definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION,
  )!;
  const fragments = Object.fromEntries(
    document.definitions.flatMap((definition) =>
      definition.kind === Kind.FRAGMENT_DEFINITION ? [[definition.name.value, definition]] : [],
    ),
  );
  return selectionCost(
    adminSchema,
    operation.selectionSet,
    adminSchema.getQueryType()!,
    fragments,
    variables,
  );
}

const CASE_PAGE = (first: number, alias = 'cases') =>
  `${alias}: cases(page: { first: ${first} }) { items { id trackingNo title state timeline { action actorName } attachments { id fileName } } nextCursor }`;

describe('estimated query cost (pure)', () => {
  it('counts page sizes and nested lists', () => {
    // 1 (cases) + 1 (items) + 1 (nextCursor) + first × (4 scalars + timeline (1 + 20 × 2) + attachments (1 + 20 × 2))
    expect(cost(`{ ${CASE_PAGE(10)} }`)).toBe(3 + 10 * (4 + 41 + 41));
    expect(cost(`{ ${CASE_PAGE(100)} }`)).toBe(3 + 100 * (4 + 41 + 41));
    expect(cost(`{ users(first: 50) { items { id username } } }`)).toBe(2 + 50 * 2);
  });

  it('reads page sizes from variables, and counts fragments and inline fragments', () => {
    const query = `query ($page: CasePageArgs) { cases(page: $page) { items { ...C ... on Case { title } } } }
      fragment C on Case { id state }`;
    expect(cost(query, { page: { first: 30 } })).toBe(2 + 30 * 3);
    expect(cost(query, {})).toBe(2 + 20 * 3);
  });

  it('counts a page of inspection records, and the findings within each, by the page size', () => {
    const records = (first: number) =>
      `{ inspectionRecords(taskId: "x", first: ${first}) { items { id findings { id rectification { id } } } } }`;
    // 1 (inspectionRecords) + 1 (items) + first × (id + findings (1 + 20 × (id + rectification (1 + 1))))
    expect(cost(records(20))).toBe(2 + 20 * (1 + 1 + 20 * 3));
    // What the admin's task drawer asks for (photos and findings of every record): a page of 10
    // is well within the limit; a page of 100 is refused.
    const drawer = (first: number) => `{ inspectionRecords(taskId: "x", first: ${first}) { items {
      id taskId inspector { id displayName } inspectedOn place checked photos { id fileName thumbnail }
      findings { id category department { id name } description outcome solution caseTrackingNo
                 rectification { id state deadline } version } } nextCursor } }`;
    expect(cost(drawer(10))).toBeLessThan(MAX_QUERY_COST / 2);
    expect(cost(drawer(100))).toBeGreaterThan(MAX_QUERY_COST);
    expect(cost(`{ rectifications(first: 50) { items { id suggestion } } }`)).toBe(2 + 50 * 2);
    expect(cost(`{ inspectionTasks { items { id team { name } } } }`)).toBe(2 + 20 * 3);
  });

  it('puts 15 aliases of a 100-case page with timelines far above the limit, and one ordinary page well below', () => {
    const aliases = Array.from({ length: 15 }, (_, i) => CASE_PAGE(100, `c${i}`)).join(' ');
    expect(cost(`{ ${aliases} }`)).toBeGreaterThan(10 * MAX_QUERY_COST);
    expect(
      cost(`{ cases(page: { first: 100 }) { items { id trackingNo title state kind category } } }`),
    ).toBeLessThan(MAX_QUERY_COST / 10);
  });
});

let server: TestServer;
let office: GqlClient;
beforeAll(async () => {
  server = await startTestServer();
  office = await server.signedIn('admin', 'OFFICE_STAFF');
});
afterAll(() => server.close());

describe('the cost limit on the admin API', () => {
  it('refuses 15 aliases of a 100-case page with timelines and attachments with 400, before running anything', async () => {
    const aliases = Array.from({ length: 15 }, (_, i) => CASE_PAGE(100, `c${i}`)).join(' ');
    const response = await office.request(`{ ${aliases} }`);
    expect(response.status).toBe(400);
    expect(errorCode(response)).toBe('QUERY_TOO_COSTLY');
    expect(response.errors?.[0].message).toMatch(/查询过大/);
    expect(response.data).toBeNull();
  });

  it('refuses a large page size given in variables, and serves the same query with a small one', async () => {
    const query = `query ($page: CasePageArgs) { a: cases(page: $page) { items { id timeline { action } attachments { id } } }
      b: cases(page: $page) { items { id timeline { action } attachments { id } } }
      c: cases(page: $page) { items { id timeline { action } attachments { id } } } }`;
    const large = await office.request(query, { page: { first: 100 } });
    expect(errorCode(large)).toBe('QUERY_TOO_COSTLY');
    const small = await office.request(query, { page: { first: 5 } });
    expect(small.errors).toBeUndefined();
    expect(small.data?.a).toBeDefined();
  });
});

/*
 * The inspection lists (docs/inspections.md#lists) read a page in the same number of SQL
 * statements whatever its size: names, findings, suggestions and photos come in one statement
 * each for the whole page, never one per item. On the demo district plus a task of the demo
 * inspector's team that inspects a department (the pick list: the whole district), with 25
 * records of two findings each, every finding a suggestion.
 */
describe('statements per page of the inspection lists', () => {
  let inspector: GqlClient;
  let dept: GqlClient;
  let taskId: string;
  let findingId: string;

  beforeAll(async () => {
    [inspector, dept] = await Promise.all([
      server.signedIn('admin', 'INSPECTOR'),
      server.signedIn('admin', 'DEPT_STAFF'),
    ]);
    const [task]: { id: string }[] = await server.db.query(
      `INSERT INTO inspection_task (team_id, title, focus, department_id, starts_on, ends_on)
       SELECT m.team_id, '计数任务', 'DUTIES', (SELECT id FROM department WHERE name = '区市场监督管理局'),
              DATE '2026-03-01', DATE '2026-03-31'
         FROM inspection_team_member m JOIN app_user u ON u.id = m.user_id
        WHERE u.username = 'inspector' LIMIT 1
       RETURNING id`,
    );
    taskId = task.id;
    await server.db.query(
      `INSERT INTO inspection_record (task_id, inspector_id, inspected_on, place, checked)
       SELECT $1, (SELECT id FROM app_user WHERE username = 'inspector'), DATE '2026-03-01' + i % 5,
              '计数地点 ' || i, '计数'
         FROM generate_series(1, 25) AS i`,
      [taskId],
    );
    await server.db.query(
      `INSERT INTO inspection_finding (record_id, category, department_id, description, outcome)
       SELECT r.id, 'OTHER', d.id, '计数问题', 'SUGGESTION'
         FROM inspection_record r
        CROSS JOIN (SELECT id FROM department WHERE name = '区市场监督管理局'
                    UNION ALL (SELECT id FROM department WHERE name <> '区市场监督管理局' AND active LIMIT 1)) d
        WHERE r.checked = '计数'`,
    );
    await server.db.query(
      `INSERT INTO rectification_suggestion (finding_id, department_id, suggestion, issued_at, deadline)
       SELECT id, department_id, '计数建议', TIMESTAMPTZ '2026-03-10 10:00+08', TIMESTAMPTZ '2026-03-20 17:30+08'
         FROM inspection_finding WHERE description = '计数问题'`,
    );
    const [finding]: { id: string }[] = await server.db.query(
      `SELECT id FROM inspection_finding WHERE description = '计数问题' LIMIT 1`,
    );
    findingId = finding.id;
  });

  it.each([
    [
      'inspectionTasks',
      'inspector',
      '',
      {},
      'id title team { name } grid { name } department { name } records',
    ],
    [
      'inspectionRecords',
      'inspector',
      '$taskId: ID!',
      () => ({ taskId }),
      'id inspector { displayName } photos { id thumbnail } findings { id department { name } rectification { id warning } }',
    ],
    ['rectifications', 'dept', '', {}, 'id findingDescription department { name } warning'],
    [
      'inspectionFigureFindings',
      'office',
      '$period: InspectionPeriodInput!, $figure: InspectionFigure!',
      { period: { from: '2026-01-01', to: '2026-12-31' }, figure: 'FOUND' },
      'id place department { name } caseTrackingNo rectification { id warning }',
    ],
    [
      'inspectionFindingEnterprises',
      'inspector',
      '$findingId: ID!',
      () => ({ findingId }),
      'id name creditCode gridName',
    ],
  ] as const)(
    '%s: as many statements for a page of 2 as for a page of 20',
    async (field, who, declared, vars, fields) => {
      const client = { inspector, dept, office }[who];
      const variables = typeof vars === 'function' ? vars() : vars;
      const args = Object.keys(variables).map((name) => `${name}: $${name}`);
      const query = `query (${[declared, '$first: Int'].filter(Boolean).join(', ')}) {
      ${field}(${[...args, 'first: $first'].join(', ')}) { items { ${fields} } nextCursor } }`;
      const statements = async (first: number) => {
        const response = await client.request(query, { ...variables, first });
        expect(response.errors).toBeUndefined();
        const page = (response.data as Record<string, { items: unknown[] }>)[field];
        return { count: Number(response.headers.get('x-sql-statements')), items: page.items.length };
      };
      await statements(1); // caches (the calendar) warm up first
      const small = await statements(2);
      const large = await statements(20);
      expect(small.items).toBe(2);
      expect(large.items).toBeGreaterThan(2);
      expect(large.count).toBe(small.count);
      expect(large.count).toBeLessThanOrEqual(8);
    },
  );
});
