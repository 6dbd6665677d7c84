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

  it('puts 15 aliases of a 100-case page with timelines far above the limit, and one ordinary page well below', () => {
    const aliases = Array.from({ length: 15 }, (_, i) => CASE_PAGE(100, `c${i}`)).join(' ');
    expect(cost(`{ ${aliases} }`)).toBeGreaterThan(10 * MAX_QUERY_COST);
    expect(
      cost(`{ cases(page: { first: 100 }) { items { id trackingNo title state kind category } } }`),
    ).toBeLessThan(MAX_QUERY_COST / 10);
  });
});

describe('the cost limit on the admin API', () => {
  let server: TestServer;
  let office: GqlClient;
  beforeAll(async () => {
    server = await startTestServer();
    office = await server.signedIn('admin', 'OFFICE_STAFF');
  });
  afterAll(() => server.close());

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
