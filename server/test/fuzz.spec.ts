import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import {
  buildSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLOutputType,
  type GraphQLSchema,
} from 'graphql';
import type { Role } from '@gridbridge/shared';
import { DEMO_PASSWORD } from '../src/modules/demo/demo-data.js';
import { demoAccountFor, startTestServer, type TestServer } from './harness.js';

/*
 * Property-based fuzzing of both APIs. For every query and mutation of the committed schemas,
 * fast-check generates arguments from the input types — valid-looking values mixed with hostile
 * ones (NUL, lone surrogates, huge numbers, bad dates, crafted cursors, markup, SQL) — and sends
 * them as variables over HTTP to the real server, as a role the operation lets through. The
 * property: no answer is INTERNAL, none is HTTP 5xx, and none carries a stack trace or SQL; and
 * the server logs no error and no query that PostgreSQL refused for its data (bad input that got
 * as far as the database).
 *
 * The seed is printed; FUZZ_SEED=<seed> replays a run, FUZZ_RUNS=<n> changes the budget.
 */
const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : Math.floor(Math.random() * 2 ** 31);
const BUDGET = Number(process.env.FUZZ_RUNS ?? 2000);
const CONCURRENCY = 4;
// Ends the caller's own session: fuzzing it would sign the role's client out.
const SKIPPED = new Set(['logout']);
// Slow by design (a password hash per attempt, a whole workbook per call): a share of the others' runs.
const COSTLY: Record<string, number> = {
  login: 0.25,
  requestCaseExport: 0.25,
  requestEnterpriseExport: 0.25,
  requestAuditExport: 0.25,
};

type Actor = 'ANONYMOUS' | Role;
const ACTORS: Record<'portal' | 'admin', Actor[]> = {
  portal: ['ANONYMOUS', 'ENTERPRISE', 'GRID_HEAD'],
  admin: ['ANONYMOUS', 'OFFICE_STAFF', 'SYS_ADMIN', 'AUDITOR', 'DEPT_STAFF', 'INSPECTOR'],
};
const REFUSALS = new Set(['UNAUTHENTICATED', 'FORBIDDEN', 'WRONG_APP_PORTAL', 'WRONG_APP_ADMIN']);

const STACK_TRACE = [/\bat \S+ \(.*:\d+:\d+\)/, /\.(?:ts|js|mjs|cjs):\d+/, /node_modules/];
const SQL = [
  /\b(?:SELECT|INSERT INTO|UPDATE \w+ SET|DELETE FROM)\b/,
  /relation "/,
  /syntax error at or near/,
  /violates \w+ constraint/,
  /invalid input syntax/,
  /duplicate key value/,
  /QueryFailedError|TypeError|RangeError|ReferenceError|URIError/,
];

const cursor = (values: unknown) => Buffer.from(JSON.stringify(values)).toString('base64url');
const HOSTILE_STRINGS = [
  '',
  ' ',
  '\u0000',
  'ab\u0000cd',
  '\ud800',
  'x\udfffy',
  '\ud83d',
  '😀',
  'a'.repeat(5000),
  "'; DROP TABLE app_user; --",
  "' OR '1'='1",
  '1; SELECT pg_sleep(0)',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '{{7*7}}${7*7}',
  '../../etc/passwd',
  '%00%ff',
  '\\',
  '"',
  'null',
  'NaN',
  '-1',
  '1e400',
  '9999-99-99',
  'not a date',
  '2026-06-15T10:00:00+25:00',
  '2026-02-30T00:00:00Z',
  '00000000-0000-0000-0000-000000000000',
  'not-a-uuid',
  'WyI5OTk5LTk5LTk5Iiwibm90LXV1aWQiXQ',
  cursor(['2026-06-15T10:00:00.000Z', 'not-uuid']),
  cursor([1, 2]),
  cursor(['1; DROP TABLE audit_log']),
  cursor({}),
  '====',
];
const PLAIN_STRINGS = [
  'Demo text',
  '郑州惠济宏达食品有限公司',
  '新城社区',
  '13800000001',
  'someone@example.com',
  'Str0ng!Pass',
  '91410100MA3X0000X0',
  '2026-06-15',
  '09:00-17:00',
  'GB20260615-0001',
];

const anyCodeUnit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));
const hostileString = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...HOSTILE_STRINGS) },
  { weight: 2, arbitrary: fc.string({ unit: anyCodeUnit, maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
);
const plainString = fc.oneof(fc.constantFrom(...PLAIN_STRINGS), fc.string({ minLength: 1, maxLength: 30 }));
const validDateTime = fc
  .date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString());
// Values of the wrong JSON type: GraphQL's own coercion must refuse them cleanly.
const wrongType = fc.constantFrom<unknown>(12, -1, true, {}, [], 'text', 1.5, 2 ** 53);

interface Pools {
  ids: string[];
}

/** An arbitrary for a value of `type`; `hostile` mixes in the hostile values. */
function valueOf(type: GraphQLInputType, pools: Pools, hostile: boolean, depth = 0): fc.Arbitrary<unknown> {
  if (isNonNullType(type)) return valueOf(type.ofType, pools, hostile, depth);
  if (isListType(type)) return fc.array(valueOf(type.ofType, pools, hostile, depth + 1), { maxLength: 4 });
  if (isInputObjectType(type)) {
    const fields = Object.values(type.getFields());
    const record: Record<string, fc.Arbitrary<unknown>> = {};
    for (const field of fields) {
      const value = valueOf(field.type, pools, hostile, depth + 1);
      record[field.name] = isNonNullType(field.type) ? value : fc.option(value, { nil: null, freq: 3 });
    }
    const requiredKeys = fields
      .filter((field) => isNonNullType(field.type) && field.defaultValue === undefined)
      .map((field) => field.name);
    return fc.record(record, { requiredKeys });
  }
  if (isEnumType(type)) {
    const values = fc.constantFrom(...type.getValues().map((value) => value.value as string));
    return hostile
      ? fc.oneof({ weight: 19, arbitrary: values }, { weight: 1, arbitrary: hostileString })
      : values;
  }
  const scalar = ((): { plain: fc.Arbitrary<unknown>; bad: fc.Arbitrary<unknown> } => {
    switch (type.name) {
      case 'Int':
        return {
          plain: fc.integer({ min: -2, max: 30 }),
          bad: fc.constantFrom(0, -1, 2147483647, -2147483648, 2147483648, 1e20, -1e20, 0.5),
        };
      case 'Boolean':
        return { plain: fc.boolean(), bad: wrongType };
      case 'ID':
        return {
          plain: fc.oneof(fc.constantFrom(...pools.ids), fc.uuid()),
          bad: fc.oneof(hostileString, fc.constantFrom('1', '-1', '99999999999999999999')),
        };
      case 'DateTime':
        return {
          plain: validDateTime,
          bad: fc.oneof(
            fc.constantFrom(
              'not a date',
              '9999-99-99',
              '2026-06-15T10:00:00+25:00',
              '2026-06-15',
              '2026-13-01T00:00:00Z',
            ),
            hostileString,
          ),
        };
      default:
        return { plain: plainString, bad: hostileString };
    }
  })();
  if (!hostile) return scalar.plain;
  // Mostly plain values, so that one hostile value in an input is what the server meets; a value
  // of the wrong JSON type now and then (GraphQL refuses it before anything else runs).
  return fc.oneof(
    { weight: 12, arbitrary: scalar.plain },
    { weight: 6, arbitrary: scalar.bad },
    { weight: 1, arbitrary: wrongType },
  );
}

function argumentsOf(args: readonly GraphQLArgument[], pools: Pools, hostile: boolean) {
  const record: Record<string, fc.Arbitrary<unknown>> = {};
  for (const arg of args) {
    const value = valueOf(arg.type, pools, hostile);
    record[arg.name] = isNonNullType(arg.type) ? value : fc.option(value, { nil: null, freq: 3 });
  }
  const requiredKeys = args
    .filter((arg) => isNonNullType(arg.type) && arg.defaultValue === undefined)
    .map((arg) => arg.name);
  return fc.record(record, { requiredKeys });
}

/**
 * The leaf fields of the returned type. The inputs are what is fuzzed: nested objects would only
 * cost time (a page's items, a case's timeline).
 */
function selectionOf(type: GraphQLOutputType): string {
  const named = getNamedType(type);
  if (isLeafType(named) || !isObjectType(named)) return '';
  const leaves = Object.values(named.getFields())
    .filter((field) => field.args.length === 0 && isLeafType(getNamedType(field.type)))
    .map((field) => field.name);
  return `{ __typename ${leaves.join(' ')} }`;
}

interface Operation {
  api: 'portal' | 'admin';
  kind: 'query' | 'mutation';
  field: GraphQLField<unknown, unknown>;
  document: string;
}

function operationsOf(api: 'portal' | 'admin', schema: GraphQLSchema): Operation[] {
  const roots = [
    ['query', schema.getQueryType()],
    ['mutation', schema.getMutationType()],
  ] as const;
  return roots.flatMap(([kind, root]) =>
    Object.values(root?.getFields() ?? {})
      .filter((field) => !SKIPPED.has(field.name))
      .map((field) => {
        // An argument with a default may be left out: its variable is declared nullable.
        const declarations = field.args
          .map((arg) => {
            const type =
              arg.defaultValue !== undefined && isNonNullType(arg.type) ? arg.type.ofType : arg.type;
            return `$${arg.name}: ${String(type)}`;
          })
          .join(', ');
        const passed = field.args.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
        const document =
          `${kind} Fuzz${declarations ? `(${declarations})` : ''} ` +
          `{ ${field.name}${passed ? `(${passed})` : ''} ${selectionOf(field.type)} }`;
        return { api, kind, field, document };
      }),
  );
}

interface Answer {
  status: number;
  text: string;
}

interface Finding {
  problem: string;
  operation: string;
  actor: Actor;
  variables: unknown;
  status: number;
  excerpt: string;
}

/** Every string inside a value (to tell an echo of the input from a leak). */
function stringsIn(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(stringsIn);
  if (value && typeof value === 'object') return Object.values(value).flatMap(stringsIn);
  return [];
}

function problemsIn(answer: Answer, variables: unknown): { problem: string; excerpt: string }[] {
  if (answer.status >= 500) return [{ problem: `HTTP ${answer.status}`, excerpt: answer.text.slice(0, 300) }];
  let body: { errors?: { message?: string; extensions?: { code?: string } }[] };
  try {
    body = JSON.parse(answer.text) as typeof body;
  } catch {
    return [{ problem: 'not JSON', excerpt: answer.text.slice(0, 300) }];
  }
  const found: { problem: string; excerpt: string }[] = [];
  for (const error of body.errors ?? []) {
    if (error.extensions?.code === 'INTERNAL')
      found.push({ problem: 'INTERNAL', excerpt: error.message ?? '' });
  }
  // GraphQL's own messages quote the offending input; what the client sent is no leak.
  let errors = JSON.stringify(body.errors ?? []);
  let whole = answer.text;
  for (const sent of stringsIn(variables).filter((s) => s.length > 0)) {
    for (const form of [JSON.stringify(sent), JSON.stringify(JSON.stringify(sent)).slice(1, -1), sent]) {
      errors = errors.split(form).join('');
      whole = whole.split(form).join('');
    }
  }
  const stack = STACK_TRACE.find((pattern) => pattern.test(whole));
  if (stack) found.push({ problem: 'stack trace', excerpt: whole.match(stack)![0] });
  const sql = SQL.find((pattern) => pattern.test(errors));
  if (sql) found.push({ problem: 'SQL or internal error text', excerpt: errors.slice(0, 300) });
  return found;
}

// FUZZ_VERBOSE=1: time and answer codes per operation.
const VERBOSE = Boolean(process.env.FUZZ_VERBOSE);
const tallies = new Map<string, { ms: number; codes: Record<string, number> }>();
function tally(key: string, answer: Answer, ms: number) {
  const entry = tallies.get(key) ?? { ms: 0, codes: {} };
  let code = 'unreadable';
  try {
    const body = JSON.parse(answer.text) as { errors?: { extensions?: { code?: string } }[] };
    code = body.errors?.[0]?.extensions?.code ?? 'ok';
  } catch {
    // counted as unreadable
  }
  entry.ms += ms;
  entry.codes[code] = (entry.codes[code] ?? 0) + 1;
  tallies.set(key, entry);
}

/** Runs `work` on every item, CONCURRENCY at a time. */
async function pool<T>(items: Iterator<T>, work: (item: T) => Promise<void>) {
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      for (let item = items.next(); !item.done; item = items.next()) await work(item.value);
    }),
  );
}

// Query failures where the database is the arbiter: a value already taken, a key that names no
// record (both answered VALIDATION), a serialization retry.
const EXPECTED_QUERY_FAILURES =
  /duplicate key value|violates foreign key constraint|could not serialize|deadlock detected/;

/** What the server logged at warn and error level, instead of printing it. */
const logged: { level: 'warn' | 'error'; text: string }[] = [];
const captureLogs =
  (level: 'warn' | 'error') =>
  (message: unknown, ...rest: unknown[]) => {
    logged.push({ level, text: [message, ...rest].map(String).join(' ') });
  };

let server: TestServer;
const cookies = new Map<string, string | null>();

async function send(
  api: 'portal' | 'admin',
  actor: Actor,
  query: string,
  variables: unknown,
): Promise<Answer> {
  const cookie = cookies.get(`${api}:${actor}`);
  const response = await fetch(`${server.url}/graphql/${api}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, text: await response.text() };
}

async function signIn(api: 'portal' | 'admin', actor: Actor) {
  if (actor === 'ANONYMOUS') return cookies.set(`${api}:${actor}`, null);
  const response = await fetch(`${server.url}/graphql/${api}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'mutation($input: LoginInput!) { login(input: $input) { id } }',
      variables: { input: { identifier: demoAccountFor(actor), password: DEMO_PASSWORD } },
    }),
  });
  const cookie = response.headers.get('set-cookie')?.split(';')[0];
  if (!response.ok || !cookie) throw new Error(`sign-in as ${actor} failed: ${await response.text()}`);
  cookies.set(`${api}:${actor}`, cookie);
}

/** Ids that exist, so that some inputs reach past "not found". */
async function existingIds(): Promise<string[]> {
  const rows: { id: string }[] = await server.db.query(`
    (SELECT id::text FROM case_file ORDER BY id LIMIT 4)
    UNION ALL (SELECT id::text FROM enterprise ORDER BY id LIMIT 4)
    UNION ALL (SELECT id::text FROM grid ORDER BY id LIMIT 4)
    UNION ALL (SELECT id::text FROM department ORDER BY id LIMIT 3)
    UNION ALL (SELECT id::text FROM service_point ORDER BY id LIMIT 2)`);
  return rows.map((row) => row.id);
}

beforeAll(async () => {
  server = await startTestServer();
  server.app.useLogger({
    log: () => undefined,
    warn: captureLogs('warn'),
    error: captureLogs('error'),
  });
  for (const [api, actors] of Object.entries(ACTORS) as ['portal' | 'admin', Actor[]][]) {
    for (const actor of actors) await signIn(api, actor);
  }
});
afterAll(() => server?.close());

describe('fuzzing every operation of both APIs', () => {
  it('never answers INTERNAL, HTTP 5xx, a stack trace or SQL', async () => {
    process.stdout.write(`fuzz seed ${SEED} (replay: FUZZ_SEED=${SEED})\n`);
    const started = Date.now();
    const pools: Pools = { ids: await existingIds() };
    const operations = (['portal', 'admin'] as const).flatMap((api) =>
      operationsOf(
        api,
        buildSchema(readFileSync(new URL(`../schema/${api}.graphql`, import.meta.url), 'utf8')),
      ),
    );
    // Operations without arguments get two calls each; the budget goes to the others.
    const shareOf = (operation: Operation) =>
      operation.field.args.length === 0 ? 0 : (COSTLY[operation.field.name] ?? 1);
    const shares = operations.reduce((sum, operation) => sum + shareOf(operation), 0);
    const argumentless = operations.filter((operation) => shareOf(operation) === 0).length;
    const perShare = (BUDGET - 2 * argumentless) / shares;
    const runsOf = (operation: Operation) =>
      shareOf(operation) === 0 ? 2 : Math.ceil(perShare * shareOf(operation));

    // The actor for each operation: the first one the guard lets through with plain arguments.
    const actorOf = new Map<Operation, Actor>();
    await pool(operations.entries(), async ([i, operation]) => {
      const [plain] = fc.sample(argumentsOf(operation.field.args, pools, false), {
        seed: SEED + i,
        numRuns: 1,
      });
      for (const actor of ACTORS[operation.api]) {
        const answer = await send(operation.api, actor, operation.document, plain);
        const body = JSON.parse(answer.text) as { errors?: { extensions?: { code?: string } }[] };
        const code = body.errors?.[0]?.extensions?.code;
        if (code && REFUSALS.has(code)) continue;
        // A bad request says nothing of the guard: keep looking, and fall back to this actor.
        if (!actorOf.has(operation) || code !== 'BAD_REQUEST') actorOf.set(operation, actor);
        if (code !== 'BAD_REQUEST') break;
      }
    });

    const probed = Date.now();
    const jobs = operations.flatMap((operation, i) =>
      fc
        .sample(argumentsOf(operation.field.args, pools, true), {
          seed: SEED + i,
          numRuns: runsOf(operation),
        })
        .map((variables) => ({ operation, variables, actor: actorOf.get(operation) ?? 'ANONYMOUS' })),
    );
    const findings: Finding[] = [];
    await pool(jobs.values(), async ({ operation, variables, actor }) => {
      const sent = Date.now();
      const answer = await send(operation.api, actor, operation.document, variables);
      if (VERBOSE) tally(`${operation.api} ${operation.field.name} ${actor}`, answer, Date.now() - sent);
      for (const { problem, excerpt } of problemsIn(answer, variables)) {
        findings.push({
          problem,
          operation: `${operation.api} ${operation.field.name}`,
          actor,
          variables,
          status: answer.status,
          excerpt,
        });
      }
    });

    if (VERBOSE) {
      for (const [key, { ms, codes }] of [...tallies].sort((a, b) => b[1].ms - a[1].ms)) {
        process.stdout.write(`${key}: ${ms} ms ${JSON.stringify(codes)}\n`);
      }
    }
    for (const { level, text } of logged) {
      const queryFailure = level === 'warn' && text.endsWith(' SQL') && !text.startsWith('slow query');
      if (level === 'error' || (queryFailure && !EXPECTED_QUERY_FAILURES.test(text))) {
        findings.push({
          problem: level === 'error' ? 'logged error' : 'query refused by PostgreSQL',
          operation: '(server log)',
          actor: 'ANONYMOUS',
          variables: null,
          status: 0,
          excerpt: text.slice(0, 300),
        });
      }
    }
    const count = (problem: string) => findings.filter((finding) => finding.problem === problem).length;
    process.stdout.write(
      `fuzz: ${jobs.length} inputs over ${operations.length} operations in ${Date.now() - probed} ms ` +
        `(after ${probed - started} ms choosing an actor per operation); ` +
        `INTERNAL ${count('INTERNAL')}, 5xx ${findings.filter((f) => f.problem.startsWith('HTTP')).length}, ` +
        `stack traces ${count('stack trace')}, SQL/internal text ${count('SQL or internal error text')}, ` +
        `logged errors ${count('logged error')}, queries refused by PostgreSQL ${count('query refused by PostgreSQL')}` +
        ` (seed ${SEED})\n`,
    );
    expect(jobs.length).toBeGreaterThanOrEqual(BUDGET);
    // One line per finding, with what to replay it by hand.
    expect(
      findings.map(
        (f) => `${f.problem} ${f.operation} as ${f.actor}: ${JSON.stringify(f.variables)} → ${f.excerpt}`,
      ),
    ).toEqual([]);
  }, 180_000);
});
