// `npm run bench`: admin lists through the whole GraphQL stack against a bare Node http + pg
// handler running the same SQL, measured interleaved in one run: the user list at 100,000+
// accounts, the enterprise directory filtered by a level-1 grid at 1,000,000 enterprises, and
// the office's case list and a keyword search at 1,000,000 cases; plus SQL statements per
// request at page sizes 10 and 100.
import { fork, spawn, spawnSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import pg from 'pg';
import { startEmbeddedPostgres } from '../server/dist/database/embedded.js';
import { searchQuery } from '../server/dist/modules/cases/case-search.js';
import { generateCases } from './generate-large-cases.mjs';
import { generateEnterprises } from './generate-large-dataset.mjs';

const ROWS = Number(process.env.BENCH_ROWS ?? 100_000);
const ENTERPRISES = Number(process.env.BENCH_ENTERPRISES ?? 1_000_000);
const CASES = Number(process.env.BENCH_CASES ?? 1_000_000);
const KEYWORD = process.env.BENCH_KEYWORD ?? '用电增容';
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const CONNECTIONS = 10;

const freePort = () =>
  new Promise((resolve) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

async function waitFor(url) {
  for (let i = 0; i < 400; i++) {
    if (
      await fetch(url).then(
        (r) => r.ok,
        () => false,
      )
    )
      return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${url} did not come up`);
}

const build = spawnSync('npx', ['nx', 'run-many', '-t', 'build', '-p', 'server', '--outputStyle=static'], {
  stdio: 'inherit',
});
if (build.status !== 0) process.exit(1);

const dataDir = await mkdtemp(path.join(tmpdir(), 'gridbridge-bench-'));
const database = await startEmbeddedPostgres({ dataDir, port: await freePort(), database: 'bench' });
const children = [];
const cleanUp = async () => {
  children.forEach((child) => child.kill('SIGTERM'));
  await database.stop();
  await rm(dataDir, { recursive: true, force: true });
};

try {
  const serverPort = await freePort();
  const server = spawn(process.execPath, ['server/dist/main.js'], {
    env: {
      ...process.env,
      DATABASE_URL: database.url,
      PORT: String(serverPort),
      SQL_STATEMENT_HEADER: 'true',
      LOG_LEVEL: 'warn',
    },
    stdio: 'inherit',
  });
  children.push(server);
  const base = `http://127.0.0.1:${serverPort}`;
  await waitFor(`${base}/health`);

  console.log(`Seeding ${ROWS.toLocaleString()} accounts…`);
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  await client.query(
    `INSERT INTO app_user (username, display_name, password_hash, roles, department_id, created_at)
     SELECT 'bench' || i, '员工' || i, 'x', ARRAY['DEPT_STAFF'],
            (SELECT id FROM department ORDER BY name OFFSET (i % 12) LIMIT 1), now() - make_interval(secs => i)
       FROM generate_series(1, $1::int) AS i`,
    [ROWS],
  );
  console.log(`Generating ${ENTERPRISES.toLocaleString()} enterprises…`);
  await generateEnterprises(client, ENTERPRISES);
  console.log(`Generating ${CASES.toLocaleString()} cases…`);
  await generateCases(client, CASES);
  await client.query('ANALYZE');
  const [{ count }] = (await client.query('SELECT count(*)::int AS count FROM app_user')).rows;
  const [{ enterprises }] = (await client.query('SELECT count(*)::int AS enterprises FROM enterprise')).rows;
  const [{ cases }] = (await client.query('SELECT count(*)::int AS cases FROM case_file')).rows;
  const [{ matches }] = (
    await client.query(
      `SELECT count(*)::int AS matches FROM case_file WHERE search_vector @@ plainto_tsquery('simple', $1)`,
      [searchQuery(KEYWORD)],
    )
  ).rows;
  const [{ id: level1 }] = (await client.query('SELECT id FROM grid WHERE level = 1 ORDER BY code LIMIT 1'))
    .rows;
  await client.end();

  const signIn = async (identifier) => {
    const login = await fetch(`${base}/graphql/admin`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: `mutation { login(input: { identifier: "${identifier}", password: "Demo@2026" }) { id } }`,
      }),
    });
    return login.headers.get('set-cookie').split(';')[0];
  };
  const cookie = await signIn('admin');
  const officeCookie = await signIn('office');

  const baselinePort = await freePort();
  const baseline = fork('scripts/bench-baseline.mjs', {
    env: { ...process.env, DATABASE_URL: database.url, PORT: String(baselinePort) },
  });
  children.push(baseline);
  await new Promise((resolve) => baseline.once('message', resolve));

  const post = (query, as = cookie) => ({
    url: `${base}/graphql/admin`,
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie: as },
    body: JSON.stringify({ query }),
  });
  const caseItems = 'items { trackingNo title state enterpriseName gridPath } nextCursor';
  const scenarios = [
    {
      title: `Admin user list, page of 20 with department name, ${count.toLocaleString()} accounts`,
      graphql: (first) => post(`{ users(first: ${first}) { items { username departmentName } nextCursor } }`),
      bare: { url: `http://127.0.0.1:${baselinePort}/users?first=20`, method: 'GET', headers: { cookie } },
    },
    {
      title: `Enterprise directory filtered by a level-1 grid subtree, page of 20 with grid path, ${enterprises.toLocaleString()} enterprises`,
      graphql: (first) =>
        post(
          `{ enterprises(page: { first: ${first}, filter: { gridId: "${level1}" } }) { items { name gridPath } nextCursor } }`,
        ),
      bare: {
        url: `http://127.0.0.1:${baselinePort}/enterprises?first=20&grid=${level1}`,
        method: 'GET',
        headers: { cookie },
      },
    },
    {
      title: `Office case list, page of 20 with enterprise name and grid path, ${cases.toLocaleString()} cases`,
      graphql: (first) => post(`{ cases(page: { first: ${first} }) { ${caseItems} } }`, officeCookie),
      bare: {
        url: `http://127.0.0.1:${baselinePort}/cases?first=20`,
        method: 'GET',
        headers: { cookie: officeCookie },
      },
    },
    {
      title: `Case keyword search "${KEYWORD}" (${matches.toLocaleString()} matches), page of 20, ${cases.toLocaleString()} cases`,
      graphql: (first) =>
        post(
          `{ cases(page: { first: ${first}, filter: { keyword: "${KEYWORD}" } }) { ${caseItems} } }`,
          officeCookie,
        ),
      bare: {
        url: `http://127.0.0.1:${baselinePort}/cases?first=20&keyword=${encodeURIComponent(KEYWORD)}`,
        method: 'GET',
        headers: { cookie: officeCookie },
      },
    },
  ];

  const report = [];
  for (const scenario of scenarios) {
    const statements = {};
    for (const first of [10, 100]) {
      const { url, ...init } = scenario.graphql(first);
      const response = await fetch(url, init);
      const body = await response.json();
      if (body.errors) throw new Error(JSON.stringify(body.errors));
      statements[first] = response.headers.get('x-sql-statements');
    }
    const totals = { graphql: { requests: 0, errors: 0 }, bare: { requests: 0, errors: 0 } };
    const targets = { graphql: scenario.graphql(20), bare: scenario.bare };
    for (let round = 1; round <= ROUNDS; round++) {
      for (const name of ['graphql', 'bare']) {
        const result = await autocannon({ ...targets[name], connections: CONNECTIONS, duration: SECONDS });
        totals[name].requests += result.requests.total;
        totals[name].errors += result.errors + result.non2xx;
        console.log(
          `${scenario.title.slice(0, 40)}… round ${round} ${name.padEnd(7)} ${result.requests.average.toFixed(0)} req/s`,
        );
      }
    }
    const rate = (name) => totals[name].requests / (ROUNDS * SECONDS);
    report.push(`${scenario.title}
  GraphQL (NestJS + Apollo + TypeORM): ${rate('graphql').toFixed(0)} req/s (${totals.graphql.errors} errors)
  bare Node http + pg, same SQL:       ${rate('bare').toFixed(0)} req/s (${totals.bare.errors} errors)
  ratio GraphQL / bare:                ${(rate('graphql') / rate('bare')).toFixed(2)}
  SQL statements per request:          page of 10: ${statements[10]}, page of 100: ${statements[100]}`);
  }
  console.log(
    `\n${CONNECTIONS} connections, ${ROUNDS}×${SECONDS}s interleaved per side\n\n${report.join('\n\n')}`,
  );
} finally {
  await cleanUp();
}
