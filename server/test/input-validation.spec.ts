import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  buildSchema,
  getNamedType,
  isInputObjectType,
  isLeafType,
  isObjectType,
  type GraphQLObjectType,
} from 'graphql';
import { errorCode, startTestServer, type GqlClient, type GqlResponse, type TestServer } from './harness.js';

/*
 * Bad input never reaches a resolver or the database: a NUL byte or a lone surrogate in any
 * string or ID, a date-time that is not a real RFC 3339 instant, and a crafted page cursor each
 * answer VALIDATION naming the field — never INTERNAL. Every case goes through real HTTP.
 */
let server: TestServer;
let anonymousPortal: GqlClient;
let anonymousAdmin: GqlClient;
let enterprise: GqlClient;
let office: GqlClient;
let sysAdmin: GqlClient;
let auditor: GqlClient;

beforeAll(async () => {
  server = await startTestServer();
  anonymousPortal = server.portal('en');
  anonymousAdmin = server.admin('en');
  enterprise = await server.signedIn('portal', 'ENTERPRISE');
  office = await server.signedIn('admin', 'OFFICE_STAFF');
  sysAdmin = await server.signedIn('admin', 'SYS_ADMIN');
  auditor = await server.signedIn('admin', 'AUDITOR');
});
afterAll(() => server.close());

const NO_SUCH = '00000000-0000-4000-8000-000000000000';

/** The response is one VALIDATION error that names exactly `field`. */
function expectValidation(response: GqlResponse, field: string) {
  expect(response.status).toBeLessThan(500);
  expect(response.errors).toHaveLength(1);
  expect(errorCode(response)).toBe('VALIDATION');
  expect(response.errors?.[0].extensions?.fields?.map((f) => f.field)).toEqual([field]);
}

describe('NUL bytes in strings and IDs', () => {
  const NUL = 'ab\u0000cd';

  it('are refused for anonymous operations', async () => {
    const login = 'mutation($input: LoginInput!) { login(input: $input) { id } }';
    expectValidation(
      await anonymousPortal.request(login, { input: { identifier: NUL, password: 'x' } }),
      'identifier',
    );
    expectValidation(
      await anonymousAdmin.request(login, { input: { identifier: 'admin', password: NUL } }),
      'password',
    );
    expectValidation(
      await anonymousPortal.request(
        'query($no: String!, $code: String!) { trackCase(trackingNo: $no, queryCode: $code) { state } }',
        { no: 'GB20260615-0001', code: NUL },
      ),
      'queryCode',
    );
    expectValidation(
      await anonymousPortal.request('query($k: String) { servicePoints(keyword: $k) { id } }', { k: NUL }),
      'keyword',
    );
  });

  it('are refused in IDs, lists and nested inputs of signed-in operations', async () => {
    expectValidation(
      await enterprise.request('query($id: ID!) { myCase(id: $id) { id } }', { id: NUL }),
      'id',
    );
    expectValidation(await office.request('query($id: ID!) { case(id: $id) { id } }', { id: NUL }), 'id');
    expectValidation(
      await office.request('mutation($ids: [ID!]!) { markNotificationsRead(ids: $ids) }', {
        ids: [NO_SUCH, NUL],
      }),
      'ids.1',
    );
    expectValidation(
      await office.request('query($p: CasePageArgs) { cases(page: $p) { nextCursor } }', {
        p: { filter: { keyword: NUL } },
      }),
      'filter.keyword',
    );
    expectValidation(
      await sysAdmin.request('query($k: String) { users(keyword: $k) { nextCursor } }', { k: NUL }),
      'keyword',
    );
    expectValidation(
      await sysAdmin.request('mutation($input: NewUserInput!) { createUser(input: $input) { id } }', {
        input: { username: 'nul-user', displayName: NUL, roles: ['INSPECTOR'], password: 'Str0ng!Pass' },
      }),
      'displayName',
    );
    expectValidation(
      await enterprise.request('mutation($input: SubmitCaseInput!) { submitCase(input: $input) { id } }', {
        input: {
          clientKey: 'nul-case',
          kind: 'CONSULTATION',
          category: 'OTHER',
          title: NUL,
          content: 'content',
          contactConsent: true,
        },
      }),
      'title',
    );
  });

  it('are refused in literals written into the document too', async () => {
    expectValidation(
      await anonymousPortal.request('{ servicePoints(keyword: "a\\u0000b") { id } }'),
      'keyword',
    );
  });
});

describe('IDs', () => {
  it('must be UUIDs: anything else is refused before it reaches a query', async () => {
    for (const id of ['1', 12, 'not-a-uuid', "1' OR '1'='1", `${NO_SUCH}x`]) {
      expectValidation(await office.request('query($id: ID!) { case(id: $id) { id } }', { id }), 'id');
    }
    expectValidation(
      await sysAdmin.request('mutation($input: NewUserInput!) { createUser(input: $input) { id } }', {
        input: {
          username: 'bad-id',
          displayName: 'B',
          roles: ['INSPECTOR'],
          password: 'Str0ng!Pass',
          gridId: '42',
        },
      }),
      'gridId',
    );
    expectValidation(await office.request('{ case(id: 12) { id } }'), 'id');
    // A well-formed UUID that names nothing is still NOT_FOUND.
    expect(errorCode(await office.request('query($id: ID!) { case(id: $id) { id } }', { id: NO_SUCH }))).toBe(
      'NOT_FOUND',
    );
  });
});

describe('references to records that do not exist', () => {
  it('are VALIDATION naming the field, not a foreign-key failure', async () => {
    const created = await sysAdmin.ok(
      'mutation($input: NewUserInput!) { createUser(input: $input) { id } }',
      {
        input: { username: 'fk-user', displayName: 'F', roles: ['INSPECTOR'], password: 'Str0ng!Pass' },
      },
    );
    expectValidation(
      await sysAdmin.request('mutation($input: NewUserInput!) { createUser(input: $input) { id } }', {
        input: {
          username: 'fk-user-2',
          displayName: 'F',
          roles: ['DEPT_STAFF'],
          password: 'Str0ng!Pass',
          departmentId: NO_SUCH,
        },
      }),
      'departmentId',
    );
    expectValidation(
      await sysAdmin.request(
        'mutation($id: ID!, $input: UserInput!) { updateUser(id: $id, input: $input) { id } }',
        {
          id: created.createUser.id,
          input: { username: 'fk-user', displayName: 'F', roles: ['INSPECTOR'], enterpriseId: NO_SUCH },
        },
      ),
      'enterpriseId',
    );
  });
});

describe('date-times', () => {
  const BAD = ['not a date', '9999-99-99', '2026-06-15T10:00:00+25:00', '2026-02-29T00:00:00Z', '2026-06-15'];

  it.each(BAD)('refuses %j in the case filters of cases, requestCaseExport and myCases', async (bad) => {
    expectValidation(
      await office.request('query($p: CasePageArgs) { cases(page: $p) { nextCursor } }', {
        p: { filter: { from: bad } },
      }),
      'filter.from',
    );
    expectValidation(
      await office.request('mutation($f: CaseFilter) { requestCaseExport(filter: $f) { id } }', {
        f: { to: bad },
      }),
      'to',
    );
    expectValidation(
      await enterprise.request('query($p: CasePageArgs) { myCases(page: $p) { nextCursor } }', {
        p: { filter: { from: '2026-01-01T00:00:00Z', to: bad } },
      }),
      'filter.to',
    );
  });

  it('refuses a bad date-time written into the document', async () => {
    expectValidation(
      await office.request('mutation { requestCaseExport(filter: { from: "9999-99-99" }) { id } }'),
      'from',
    );
  });

  it('accepts real RFC 3339 instants with any offset within ±14:00', async () => {
    for (const good of [
      '2026-06-15T10:00:00Z',
      '2026-06-15T10:00:00.123456+08:00',
      '2024-02-29T23:59:59-12:00',
      '2026-01-01T00:00:00+14:00',
      '2026-01-01t00:00:00z',
    ]) {
      const response = await office.request('query($p: CasePageArgs) { cases(page: $p) { nextCursor } }', {
        p: { filter: { from: good, to: good } },
      });
      expect(response.errors).toBeUndefined();
    }
  });
});

describe('lone surrogates', () => {
  const email = 'user\ud800@example.com';

  it('are refused in the e-mail address of createUser and updateUser', async () => {
    expectValidation(
      await sysAdmin.request('mutation($input: NewUserInput!) { createUser(input: $input) { id } }', {
        input: {
          username: 'surrogate',
          displayName: 'S',
          roles: ['INSPECTOR'],
          password: 'Str0ng!Pass',
          email,
        },
      }),
      'email',
    );
    expectValidation(
      await sysAdmin.request(
        'mutation($id: ID!, $input: UserInput!) { updateUser(id: $id, input: $input) { id } }',
        {
          id: NO_SUCH,
          input: { username: 'surrogate', displayName: 'S', roles: ['INSPECTOR'], email },
        },
      ),
      'email',
    );
    // A trailing high surrogate and a leading low one alike.
    expectValidation(
      await anonymousPortal.request('query($k: String) { servicePoints(keyword: $k) { id } }', {
        k: '\udc00x',
      }),
      'keyword',
    );
  });

  it('lets a proper surrogate pair (an emoji) through', async () => {
    const response = await anonymousPortal.request(
      'query($k: String) { servicePoints(keyword: $k) { id } }',
      {
        k: '😀',
      },
    );
    expect(response.errors).toBeUndefined();
  });
});

describe('keyset cursors', () => {
  const cursor = (values: unknown) => Buffer.from(JSON.stringify(values)).toString('base64url');
  const CRAFTED = [
    'WyI5OTk5LTk5LTk5Iiwibm90LXV1aWQiXQ', // ["9999-99-99","not-uuid"]
    cursor(['2026-06-15T10:00:00.000Z', 'not-uuid']),
    cursor(['not a date', NO_SUCH]),
    cursor([12, NO_SUCH]),
    cursor(['2026-06-15T10:00:00.000Z', NO_SUCH, 'extra']),
    cursor(['2026-06-15T10:00:00.000Z\u0000', NO_SUCH]),
    cursor({ a: 1 }),
    '%%%',
  ];

  it.each(CRAFTED)('refuses %s on every paged list, naming after', async (after) => {
    expectValidation(
      await sysAdmin.request('query($a: String) { users(after: $a) { nextCursor } }', { a: after }),
      'after',
    );
    expectValidation(
      await office.request('query($p: CasePageArgs) { cases(page: $p) { nextCursor } }', { p: { after } }),
      'after',
    );
    expectValidation(
      await office.request('query($p: CasePageArgs) { cases(page: $p) { nextCursor } }', {
        p: { after, sort: 'DEADLINE' },
      }),
      'after',
    );
    expectValidation(
      await enterprise.request('query($p: CasePageArgs) { myCases(page: $p) { nextCursor } }', {
        p: { after },
      }),
      'after',
    );
    expectValidation(
      await sysAdmin.request('query($p: EnterprisePageArgs) { enterprises(page: $p) { nextCursor } }', {
        p: { after },
      }),
      'after',
    );
    expectValidation(
      await office.request('query($a: String) { notifications(after: $a) { nextCursor } }', { a: after }),
      'after',
    );
    expectValidation(
      await sysAdmin.request('query($a: String) { sentMessages(after: $a) { nextCursor } }', { a: after }),
      'after',
    );
  });

  it('refuses audit log cursors that are not entry ids', async () => {
    for (const after of [
      cursor(['1; DROP TABLE audit_log']),
      cursor([1.5]),
      cursor(['99999999999999999999999']),
    ]) {
      expectValidation(
        await auditor.request('query($a: String) { auditLog(after: $a) { nextCursor } }', { a: after }),
        'after',
      );
    }
  });

  it('still pages with the cursors the server hands out', async () => {
    // Two new cases give the office at least two notifications.
    for (const clientKey of ['paging-1', 'paging-2']) {
      await enterprise.ok('mutation($input: SubmitCaseInput!) { submitCase(input: $input) { id } }', {
        input: {
          clientKey,
          kind: 'CONSULTATION',
          category: 'OTHER',
          title: 'Paging',
          content: 'Paging',
          contactConsent: true,
        },
      });
    }
    const pages = [
      [
        sysAdmin,
        'query($a: String) { page: users(first: 2, after: $a) { nextCursor } }',
        (a: string | null) => ({ a }),
      ],
      [
        auditor,
        'query($a: String) { page: auditLog(first: 2, after: $a) { nextCursor } }',
        (a: string | null) => ({ a }),
      ],
      [
        office,
        'query($a: String) { page: notifications(first: 1, after: $a) { nextCursor } }',
        (a: string | null) => ({ a }),
      ],
      [
        office,
        'query($p: CasePageArgs) { page: cases(page: $p) { nextCursor } }',
        (a: string | null) => ({ p: { first: 2, after: a, sort: 'DEADLINE' } }),
      ],
      [
        sysAdmin,
        'query($p: EnterprisePageArgs) { page: enterprises(page: $p) { nextCursor } }',
        (a: string | null) => ({ p: { first: 2, after: a, sort: 'NAME' } }),
      ],
    ] as const;
    for (const [client, query, variables] of pages) {
      const first = await client.ok<{ page: { nextCursor: string | null } }>(query, variables(null));
      expect(first.page.nextCursor).toEqual(expect.any(String));
      const second = await client.ok<{ page: { nextCursor: string | null } }>(
        query,
        variables(first.page.nextCursor),
      );
      expect(second.page).toBeDefined();
    }
  });
});

describe('request limits and extensions', () => {
  it('answers a document over the token limit with 400 and a clear code', async () => {
    const huge = `{ me { ${'username '.repeat(2100)} } }`;
    const response = await server.portal('en').request(huge);
    expect(response.status).toBe(400);
    expect(errorCode(response)).toBe('QUERY_TOO_LARGE');
    expect(response.errors?.[0].message).toMatch(/2000/);
  });

  it('answers a persisted-query extension with a clear "not supported" error', async () => {
    for (const body of [
      { extensions: { persistedQuery: { version: 1, sha256Hash: 'a'.repeat(64) } } },
      { query: '{ me { id } }', extensions: { persistedQuery: { version: 1, sha256Hash: 'a'.repeat(64) } } },
    ]) {
      const response = await fetch(`${server.url}/graphql/portal`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'accept-language': 'en' },
        body: JSON.stringify(body),
      });
      // Apollo's own status for this error (200), which persisted-query clients expect.
      expect(response.status).toBeLessThan(500);
      const { errors } = (await response.json()) as {
        errors: { message: string; extensions: { code: string } }[];
      };
      expect(errors[0].extensions.code).toBe('PERSISTED_QUERY_NOT_SUPPORTED');
      expect(errors[0].message).toMatch(/not supported/i);
    }
  });
});

/*
 * Every keyset list takes its page size as `first` (an argument, or a field of its page input)
 * and refuses one outside 1…100 with VALIDATION naming `first` — before the query's cost
 * estimate or the list's own work could answer something else.
 */
describe('page sizes', () => {
  type Who =
    | 'anonymous'
    | 'ENTERPRISE'
    | 'GRID_HEAD'
    | 'OFFICE_STAFF'
    | 'DEPT_STAFF'
    | 'INSPECTOR'
    | 'SYS_ADMIN'
    | 'AUDITOR';
  /** api, list, who asks, its other arguments as written in the document, whether `first` is in `page`. */
  const LISTS: [api: 'admin' | 'portal', field: string, who: Who, args: string, inPage?: boolean][] = [
    ['admin', 'accountabilityRecords', 'OFFICE_STAFF', ''],
    ['admin', 'adminPublicNotices', 'OFFICE_STAFF', ''],
    ['admin', 'auditLog', 'AUDITOR', ''],
    ['admin', 'cases', 'OFFICE_STAFF', '', true],
    ['admin', 'conditionEnterprises', 'OFFICE_STAFF', 'filter: { month: "2026-03" }'],
    ['admin', 'departmentWorkbench', 'DEPT_STAFF', 'queue: TO_SIGN'],
    ['admin', 'enterprises', 'OFFICE_STAFF', '', true],
    [
      'admin',
      'inspectionFigureFindings',
      'OFFICE_STAFF',
      'period: { from: "2026-01-01", to: "2026-12-31" }, figure: FOUND',
    ],
    ['admin', 'inspectionFindingEnterprises', 'INSPECTOR', `findingId: "${NO_SUCH}"`],
    ['admin', 'inspectionRecords', 'INSPECTOR', `taskId: "${NO_SUCH}"`],
    ['admin', 'inspectionTasks', 'INSPECTOR', ''],
    ['admin', 'notifications', 'OFFICE_STAFF', ''],
    ['admin', 'pendingSupervisions', 'DEPT_STAFF', ''],
    ['admin', 'rectifications', 'DEPT_STAFF', ''],
    [
      'admin',
      'scorecardCases',
      'OFFICE_STAFF',
      `period: { from: "2026-01-01", to: "2026-12-31" }, drill: { departmentId: "${NO_SUCH}", measure: ASSIGNED }`,
    ],
    ['admin', 'sentMessages', 'SYS_ADMIN', ''],
    ['admin', 'supervisionBoard', 'OFFICE_STAFF', ''],
    ['admin', 'users', 'SYS_ADMIN', ''],
    ['portal', 'gridConditionEnterprises', 'GRID_HEAD', 'filter: { month: "2026-03" }'],
    ['portal', 'gridEnterprises', 'GRID_HEAD', '', true],
    ['portal', 'myCases', 'ENTERPRISE', '', true],
    ['portal', 'notifications', 'ENTERPRISE', ''],
    ['portal', 'publicNotices', 'anonymous', ''],
  ];
  const clients = new Map<string, GqlClient>();
  async function client(api: 'admin' | 'portal', who: Who): Promise<GqlClient> {
    const key = `${api}:${who}`;
    if (!clients.has(key)) {
      clients.set(key, who === 'anonymous' ? server[api]('en') : await server.signedIn(api, who));
    }
    return clients.get(key)!;
  }

  const schemas = {
    admin: buildSchema(readFileSync(new URL('../schema/admin.graphql', import.meta.url), 'utf8')),
    portal: buildSchema(readFileSync(new URL('../schema/portal.graphql', import.meta.url), 'utf8')),
  };
  /** The first scalar of `type`, nested if need be: an item's selection, so that the size counts in the cost. */
  function scalarOf(type: GraphQLObjectType): string {
    const fields = Object.values(type.getFields());
    const leaf = fields.find((f) => isLeafType(getNamedType(f.type)));
    if (leaf) return leaf.name;
    const nested = fields.find((f) => isObjectType(getNamedType(f.type)))!;
    return `${nested.name} { ${scalarOf(getNamedType(nested.type) as GraphQLObjectType)} }`;
  }
  const itemsOf = (api: 'admin' | 'portal', field: string) => {
    const page = getNamedType(schemas[api].getQueryType()!.getFields()[field].type) as GraphQLObjectType;
    return scalarOf(getNamedType(page.getFields().items.type) as GraphQLObjectType);
  };

  it('covers every list of both APIs', () => {
    for (const api of ['admin', 'portal'] as const) {
      const schema = schemas[api];
      const paged = Object.values(schema.getQueryType()!.getFields())
        .filter((field) =>
          field.args.some((arg) => {
            const type = getNamedType(arg.type);
            return arg.name === 'first' || (isInputObjectType(type) && 'first' in type.getFields());
          }),
        )
        .map((field) => field.name)
        .sort();
      expect(LISTS.filter(([a]) => a === api).map(([, field]) => field)).toEqual(paged);
    }
  });

  it.each(LISTS)('%s %s: a page of 1 to 100, nothing outside', async (...[api, field, who, args, inPage]) => {
    const asker = await client(api, who);
    const ask = (first: number) => {
      const size = inPage ? `page: { first: ${first} }` : `first: ${first}`;
      return asker.request(
        `{ ${field}(${[args, size].filter(Boolean).join(', ')}) { items { ${itemsOf(api, field)} } } }`,
      );
    };
    for (const first of [1, 100]) {
      // A NOT_FOUND for the made-up task or finding is fine: the size itself was taken.
      expect([undefined, 'NOT_FOUND']).toContain(errorCode(await ask(first)));
    }
    for (const first of [0, 101, 1_000_000]) {
      const response = await ask(first);
      expectValidation(response, 'first');
      expect(response.errors?.[0].extensions?.fields?.[0].message).toMatch(/\b1\b.*\b100\b/);
    }
  });
});

/*
 * An input argument that may be omitted or null is checked like a required one when it is
 * given: its fields' rules hold whether or not the argument is nullable.
 */
describe('nullable input arguments', () => {
  const LONG = 'x'.repeat(51);
  const PERIOD = '{ from: "2026-01-01", to: "2026-03-31" }';
  it.each([
    ['admin', 'OFFICE_STAFF', 'cases', '{ cases(page: $arg) { totalCount } }', 'CasePageArgs', 'industry'],
    ['portal', 'ENTERPRISE', 'myCases', '{ myCases(page: $arg) { totalCount } }', 'CasePageArgs', 'industry'],
    [
      'admin',
      'OFFICE_STAFF',
      'enterprises',
      '{ enterprises(page: $arg) { nextCursor } }',
      'EnterprisePageArgs',
      'keyword',
    ],
    [
      'portal',
      'GRID_HEAD',
      'gridEnterprises',
      '{ gridEnterprises(page: $arg) { nextCursor } }',
      'EnterprisePageArgs',
      'keyword',
    ],
    [
      'admin',
      'OFFICE_STAFF',
      'requestCaseExport',
      'mutation { requestCaseExport(filter: $arg) { id } }',
      'CaseFilter',
      'industry',
    ],
    [
      'admin',
      'OFFICE_STAFF',
      'requestEnterpriseExport',
      'mutation { requestEnterpriseExport(filter: $arg) { id } }',
      'EnterpriseFilter',
      'keyword',
    ],
    [
      'admin',
      'OFFICE_LEADER',
      'dashboard',
      `{ dashboard(period: ${PERIOD}, filter: $arg) { __typename } }`,
      'DashboardFilterInput',
      'industry',
    ],
  ] as const)('%s %s: %s', async (api, role, _field, operation, type, field) => {
    const client = await server.signedIn(api, role);
    const [kind, body] = operation.startsWith('mutation')
      ? ['mutation', operation.slice(9)]
      : ['query', operation];
    const document = (_: string) => `${kind} ($arg: ${type}) ${body}`;
    const bad = field === 'industry' ? { industry: 'NOT_AN_INDUSTRY' } : { keyword: LONG };
    const arg = type.endsWith('PageArgs') ? { filter: bad } : bad;
    // Exports run one at a time per user: only the refusals are asked for here.
    if (!operation.startsWith('mutation')) {
      expect(errorCode(await client.request(document(operation), { arg: null }))).toBeUndefined();
    }
    expectValidation(await client.request(document(operation), { arg }), field);
  });
});
