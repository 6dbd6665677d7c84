// `npm run bench`: admin lists through the whole GraphQL stack against a bare Node http + pg
// handler running the same SQL, measured interleaved in one run: the user list at 100,000+
// accounts, the enterprise directory filtered by a level-1 grid at 1,000,000 enterprises, and
// the office's case list and a keyword search at 1,000,000 cases; plus SQL statements per
// request at page sizes 10 and 100. Then case transitions: 20 concurrent clients, each driving its
// own case, spread over two server instances on the one PostgreSQL.
// BENCH_SCENARIOS=transitions runs the transitions alone, on the demo district (no 1M seed).
// The condition dashboard at 1,000,000 enterprises with twelve months of reports, pre-aggregated
// through GraphQL against the naive per-enterprise queries, and its two alert lists;
// BENCH_SCENARIOS=conditions runs it alone (enterprises and reports seeded, no cases).
import { fork, spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import pg from 'pg';

const ROWS = Number(process.env.BENCH_ROWS ?? 100_000);
const ENTERPRISES = Number(process.env.BENCH_ENTERPRISES ?? 1_000_000);
const CASES = Number(process.env.BENCH_CASES ?? 1_000_000);
const KEYWORD = process.env.BENCH_KEYWORD ?? '用电增容';
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const CONNECTIONS = 10;
const ONLY_TRANSITIONS = process.env.BENCH_SCENARIOS === 'transitions';
// BENCH_SCENARIOS=scorecard: only the year's scorecard against the naive aggregate (cases seeded, no accounts).
const ONLY_SCORECARD = process.env.BENCH_SCENARIOS === 'scorecard';
// BENCH_SCENARIOS=lists: only the lists against bare pg (no scorecard, no transitions). With
// BENCH_DATA_DIR a later run reuses the kept accounts, enterprises and cases.
const ONLY_LISTS = process.env.BENCH_SCENARIOS === 'lists';
const SCORECARD_ROUNDS = Number(process.env.BENCH_SCORECARD_ROUNDS ?? 15);
// The naive aggregate takes minutes at 1,000,000 cases (128–147 s each on the 2-core machine): it
// runs in the first rounds only, still alternating with the pre-aggregated side.
const SCORECARD_NAIVE_ROUNDS = Number(process.env.BENCH_SCORECARD_NAIVE_ROUNDS ?? 3);
const TRANSITION_CLIENTS = 20;
const ONLY_CONDITIONS = process.env.BENCH_SCENARIOS === 'conditions';
const CONDITION_ROUNDS = Number(process.env.BENCH_CONDITION_ROUNDS ?? 5);

/** What the admin workbench shows of a task (admin/src/api/workbench.ts). */
const WORKBENCH_ITEM = `case { id trackingNo title kind enterpriseName }
  assignment { id role state paused }
  deadline { dueAt state workingDays }`;

/** Everything the admin case page asks for (the CaseFields fragment of admin/src/api/cases.ts). */
const ATTACHMENT = 'id fileName mimeType size thumbnail';
const CASE_PAGE = `id trackingNo kind category channel title state priority complexity officeNote enterpriseId
  enterpriseName gridPath leadDepartmentName submittedAt deadline { dueAt state workingDays } version
  queryCode content misconductType contactConsent namedDepartmentId namedDepartmentName submitterName
  acceptedAt repliedAt closedAt duplicateOf { id trackingNo } replyResult replyText reopenCount availableActions
  contact { name phone masked }
  assignments { id departmentId role state assignedAt signDeadline replyDeadline originalReplyDeadline signedAt
    firstContactedAt repliedAt paused note opinion draftResult draftText draftInternalNote pendingRequest
    requestReason requestDays sentBackAt version }
  attachments { ${ATTACHMENT} }
  timeline { id occurredAt action fromState toState actorRole actorName publicNote internalNote
    attachments { ${ATTACHMENT} } }`;

const freePort = () =>
  new Promise((resolve) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

async function waitFor(url) {
  // A kept database may have new migrations to apply first, whose backfills take minutes at a million.
  for (let i = 0; i < (process.env.BENCH_DATA_DIR ? 12_000 : 400); i++) {
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

// What the build just wrote: a static import would be resolved before the build, and fail on a
// clean clone.
const { startEmbeddedPostgres } = await import('../server/dist/database/embedded.js');
const { searchQuery } = await import('../server/dist/modules/cases/case-search.js');
const { generateCases } = await import('./generate-large-cases.mjs');
const { generateEnterprises } = await import('./generate-large-dataset.mjs');
const { generateConditions } = await import('./generate-large-conditions.mjs');

// BENCH_DATA_DIR keeps the database in that folder after the run, and a later run on the same
// folder reuses what it holds (generating a million enterprises with a year of condition reports
// takes the better part of an hour on a shared 2-core machine): the server's start applies any
// new migration to it, whose backfill counts the kept figures afresh.
const KEPT_DATA_DIR = process.env.BENCH_DATA_DIR;
const dataDir = KEPT_DATA_DIR ?? (await mkdtemp(path.join(tmpdir(), 'gridbridge-bench-')));
// The demo district is in a kept database already; loading it again would read every stored
// enterprise into the server's memory (the demo's condition reports go over all of them).
const REUSED = existsSync(path.join(dataDir, 'postgres', 'PG_VERSION'));
const database = await startEmbeddedPostgres({ dataDir, port: await freePort(), database: 'bench' });
const children = [];
const cleanUp = async () => {
  // The instances stop first: a database stopped under them fails their shutdown's last queries.
  await Promise.all(
    children.map((child) =>
      child.exitCode !== null || child.signalCode !== null
        ? null
        : new Promise((resolve) => {
            child.once('exit', resolve);
            child.kill('SIGTERM');
          }),
    ),
  );
  await database.stop();
  if (!KEPT_DATA_DIR) await rm(dataDir, { recursive: true, force: true });
};

try {
  // `production`: the instance runs as production does (NODE_ENV=production: graphql-js and Apollo
  // skip their development checks, no GraphiQL), for the measured side of the lists. Production
  // refuses the statement-count header, so the statements per request are read from the first
  // (development) instance, which runs the same code on the same database.
  const startInstance = async ({ production = false } = {}) => {
    const port = await freePort();
    // BENCH_CPU_PROF=<folder>: the instances write a V8 CPU profile there when they stop (Chrome's
    // DevTools or speedscope open it), to see where a request's time goes.
    const profile = process.env.BENCH_CPU_PROF
      ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`]
      : [];
    const instance = spawn(process.execPath, [...profile, 'server/dist/main.js'], {
      env: {
        ...process.env,
        DATABASE_URL: database.url,
        PORT: String(port),
        ...(production
          ? {
              NODE_ENV: 'production',
              // A key of the bench's own: this instance only reads (the sign-ins go through the first).
              AUDIT_HMAC_KEY: 'gridbridge-bench-audit-key-not-a-secret-0123456789',
              COOKIE_SECURE: 'false',
              DEMO_DATA: 'false',
            }
          : { SQL_STATEMENT_HEADER: 'true', ...(REUSED ? { DEMO_DATA: 'false' } : {}) }),
        LOG_LEVEL: 'warn',
        // Every bench client signs in from 127.0.0.1.
        LOGIN_RATE_LIMIT_PER_MINUTE: '100000',
        SUBMIT_RATE_LIMIT_PER_HOUR: '100000',
      },
      stdio: 'inherit',
    });
    children.push(instance);
    const url = `http://127.0.0.1:${port}`;
    await waitFor(`${url}/health`);
    return url;
  };
  const base = await startInstance();
  await pauseSchedules();
  if (ONLY_CONDITIONS) {
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    const [{ stored }] = (await client.query(`SELECT count(*)::int AS stored FROM enterprise`)).rows;
    if (stored < ENTERPRISES) {
      console.log(`Generating ${ENTERPRISES.toLocaleString()} enterprises…`);
      await generateEnterprises(client, ENTERPRISES);
    }
    await client.end();
    console.log(`\n${await benchConditions(base)}`);
    process.exitCode = 0;
  } else if (ONLY_SCORECARD) {
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    console.log(
      `Generating ${ENTERPRISES.toLocaleString()} enterprises and ${CASES.toLocaleString()} cases…`,
    );
    await generateEnterprises(client, ENTERPRISES);
    await generateCases(client, CASES);
    await countFacts(client);
    await client.end();
    console.log(`\n${await benchScorecard(base)}`);
    process.exitCode = 0;
  } else {
    const report = ONLY_TRANSITIONS ? [] : await benchLists(base, await startInstance({ production: true }));
    if (!ONLY_TRANSITIONS && !ONLY_LISTS) report.push(await benchScorecard(base));
    if (!ONLY_TRANSITIONS && !ONLY_LISTS) report.push(await benchConditions(base));
    if (!ONLY_LISTS) report.push(await benchTransitions([base, await startInstance()]));
    console.log(
      `\n${CONNECTIONS} connections, ${ROUNDS}×${SECONDS}s interleaved per side\n\n${report.join('\n\n')}`,
    );
  }
} finally {
  await cleanUp();
}

/**
 * Stops the scheduled jobs (supervision scan, auto-close …) from coming due during the run, and
 * waits for any already queued. The generated history is years of cases laid down at once: the
 * first supervision scan after it would raise a warning and notices for every overdue step of it
 * (over a million notices at 100,000 cases), a one-off backlog that the GraphQL instance, and not
 * the bare baseline, would work through while it is being measured.
 */
async function pauseSchedules() {
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  await client.query(`UPDATE job_schedule SET next_run_at = '2999-01-01T00:00:00Z'`);
  for (let i = 0; i < 240; i++) {
    const [{ queued }] = (
      await client.query(
        `SELECT count(*)::int AS queued FROM pgboss.job WHERE state IN ('created', 'retry', 'active')`,
      )
    ).rows;
    if (queued === 0) break;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  await client.end();
}

/** The four admin lists at scale, GraphQL against bare http + pg; answers their report lines. */
async function benchLists(base, measured) {
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  // A kept database (BENCH_DATA_DIR) that holds the cases holds all the lists' rows: seeding again
  // would add a second million of each (and the accounts' names would collide).
  const [{ stored }] = (await client.query('SELECT count(*)::int AS stored FROM case_file')).rows;
  const seeded = REUSED && stored >= CASES;
  if (!seeded) await seedLists(client);
  const timelines = await timelineCases(client, seeded);
  await client.query('ANALYZE');
  const [{ workbenchTasks }] = (
    await client.query(
      `SELECT count(*)::int AS "workbenchTasks" FROM case_assignment a JOIN app_user u ON u.department_id = a.department_id
        WHERE u.username = 'dept' AND a.state = 'IN_PROGRESS'`,
    )
  ).rows;
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
  const deptCookie = await signIn('dept');

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
    {
      title: `Department workbench, queue in progress, page of 20 with case and deadline (${workbenchTasks.toLocaleString()} tasks), ${cases.toLocaleString()} cases`,
      graphql: (first) =>
        post(
          `{ departmentWorkbench(queue: IN_PROGRESS, first: ${first}) { items { ${WORKBENCH_ITEM} } nextCursor } }`,
          deptCookie,
        ),
      bare: {
        url: `http://127.0.0.1:${baselinePort}/departmentWorkbench?first=20&queue=IN_PROGRESS`,
        method: 'GET',
        headers: { cookie: deptCookie },
      },
    },
    {
      title: `Case page: a timeline of ${timelines.long.events} events, ${timelines.long.assignments} assignments, ${timelines.long.attachments} attachments, ${cases.toLocaleString()} cases`,
      sizes: { [timelines.short.events]: timelines.short.id, [timelines.long.events]: timelines.long.id },
      graphql: (id) => post(`{ case(id: "${id}") { ${CASE_PAGE} } }`, officeCookie),
      measured: timelines.long.id,
      bare: {
        url: `http://127.0.0.1:${baselinePort}/case?id=${timelines.long.id}`,
        method: 'GET',
        headers: { cookie: officeCookie },
      },
    },
  ];

  const report = [];
  // BENCH_LIST=<text>: only the lists whose title holds it (e.g. "keyword"), to measure one change.
  const only = process.env.BENCH_LIST?.toLowerCase();
  for (const scenario of scenarios.filter((s) => !only || s.title.toLowerCase().includes(only))) {
    const statements = {};
    // The shared machine's load moves the latencies more than most changes do: record it with them.
    const load = loadavg()
      .map((n) => n.toFixed(1))
      .join(' / ');
    for (const [size, arg] of Object.entries(scenario.sizes ?? { 10: 10, 100: 100 })) {
      const { url, ...init } = scenario.graphql(arg);
      const response = await fetch(url, init);
      const body = await response.json();
      if (body.errors) throw new Error(JSON.stringify(body.errors));
      statements[size] = response.headers.get('x-sql-statements');
    }
    const sides = scenario.bare ? ['graphql', 'bare'] : ['graphql'];
    const totals = Object.fromEntries(
      sides.map((name) => [name, { requests: 0, errors: 0, p50: [], p97: [] }]),
    );
    const graphql = scenario.graphql(scenario.measured ?? 20);
    const targets = {
      graphql: { ...graphql, url: graphql.url.replace(base, measured) },
      bare: scenario.bare,
    };
    // Every response time at one connection, all rounds together (autocannon reports no p95).
    const single = Object.fromEntries(sides.map((name) => [name, []]));
    for (let round = 1; round <= ROUNDS; round++) {
      for (const name of sides) {
        const result = await autocannon({ ...targets[name], connections: CONNECTIONS, duration: SECONDS });
        totals[name].requests += result.requests.total;
        totals[name].errors += result.errors + result.non2xx;
        totals[name].p50.push(result.latency.p50);
        totals[name].p97.push(result.latency.p97_5);
        console.log(
          `${scenario.title.slice(0, 40)}… round ${round} ${name.padEnd(7)} ${result.requests.average.toFixed(0)} req/s`,
        );
      }
      for (const name of sides) {
        const run = autocannon({ ...targets[name], connections: 1, duration: SECONDS });
        run.on('response', (_client, status, _bytes, time) => {
          if (status === 200) single[name].push(time);
        });
        const result = await run;
        totals[name].errors += result.errors + result.non2xx;
      }
    }
    const rate = (name) => totals[name].requests / (ROUNDS * SECONDS);
    // Latency: the median over the rounds of each round's percentile (autocannon's p50 and p97.5).
    const latency = (name) => `${median(totals[name].p50)} / ${median(totals[name].p97)} ms`;
    const alone = (name) =>
      `${percentile(single[name], 0.5).toFixed(1)} / ${percentile(single[name], 0.95).toFixed(1)} ms`;
    const lines = [
      `${scenario.title} (load average ${load} at the start)`,
      `  GraphQL (Nest, Fastify, Apollo, TypeORM; production): ${rate('graphql').toFixed(0)} req/s (${totals.graphql.errors} errors), p50 / p97.5 ${latency('graphql')}`,
      `    at 1 connection:                                    p50 / p95 ${alone('graphql')} (${single.graphql.length} requests)`,
    ];
    if (scenario.bare)
      lines.push(
        `  bare Node http + pg, same SQL:                        ${rate('bare').toFixed(0)} req/s (${totals.bare.errors} errors), p50 / p97.5 ${latency('bare')}`,
        `    at 1 connection:                                    p50 / p95 ${alone('bare')} (${single.bare.length} requests)`,
        `  ratio GraphQL / bare:                                 ${(rate('graphql') / rate('bare')).toFixed(2)}`,
      );
    lines.push(
      `  SQL statements per request:                           ${Object.entries(statements)
        .map(([size, count]) => `${scenario.sizes ? `${size} events` : `page of ${size}`}: ${count}`)
        .join(', ')}`,
    );
    report.push(lines.join('\n'));
  }
  return report;
}

/** The lists' rows: accounts, enterprises and cases with their timelines. */
async function seedLists(client) {
  console.log(`Seeding ${ROWS.toLocaleString()} accounts…`);
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
  // The lists read no scorecard facts; counting them at 1,000,000 cases takes some 18 minutes.
  if (!ONLY_LISTS) await countFacts(client);
}

/**
 * Two cases in progress for the case page: one as generated (5 events), one grown to a 50-event
 * timeline — progress notes of the lead, opinions of the co-department, urgings of the office,
 * an attachment on every fifth event and two on the case — so that the statements per request
 * of both show whether the page's cost grows with its timeline.
 */
async function timelineCases(client, reused) {
  if (reused) {
    // Grown by an earlier run on this database: the one with the statement attachments; the other
    // is still the first case the query below picks.
    const [{ long }] = (
      await client.query(
        `SELECT case_id AS long FROM case_attachment WHERE file_name = '情况说明1.pdf' LIMIT 1`,
      )
    ).rows;
    const [{ short }] = (
      await client.query(
        `SELECT c.id AS short FROM case_file c
          WHERE c.state = 'IN_PROGRESS' AND (SELECT count(*) FROM case_event e WHERE e.case_id = c.id) = 5
          ORDER BY EXISTS (SELECT 1 FROM case_assignment a WHERE a.case_id = c.id AND a.role = 'CO') DESC,
                   c.submitted_at DESC
          LIMIT 1`,
      )
    ).rows;
    return { short: await describeTimeline(client, short), long: await describeTimeline(client, long) };
  }
  const picked = (
    await client.query(
      `SELECT c.id FROM case_file c
        WHERE c.state = 'IN_PROGRESS' AND (SELECT count(*) FROM case_event e WHERE e.case_id = c.id) = 5
        ORDER BY EXISTS (SELECT 1 FROM case_assignment a WHERE a.case_id = c.id AND a.role = 'CO') DESC,
                 c.submitted_at DESC
        LIMIT 2`,
    )
  ).rows;
  if (picked.length < 2) throw new Error('Fewer than two cases in progress: raise BENCH_CASES');
  const [short, long] = picked.map((row) => row.id);
  const [{ id: staffId, name: staffName }] = (
    await client.query(`SELECT id, display_name AS name FROM app_user WHERE username = 'dept'`)
  ).rows;
  await client.query(
    `INSERT INTO case_event (case_id, occurred_at, action, from_state, to_state, actor_id, actor_role, actor_name,
                             public_note, internal_note)
     SELECT $1::uuid, (SELECT max(occurred_at) FROM case_event WHERE case_id = $1) + make_interval(mins => i),
            (ARRAY['recordProgress', 'submitOpinion', 'urge'])[1 + i % 3], 'IN_PROGRESS', 'IN_PROGRESS',
            $2, CASE WHEN i % 3 = 2 THEN 'OFFICE_STAFF' ELSE 'DEPT_STAFF' END, $3,
            '第 ' || i || ' 次跟进：已与企业电话沟通，现场核实进展。', CASE WHEN i % 2 = 0 THEN '内部备注 ' || i END
       FROM generate_series(1, 45) AS i`,
    [long, staffId, staffName],
  );
  await client.query(
    `INSERT INTO case_attachment (case_id, event_id, uploader_id, file_name, mime_type, size, content)
     SELECT $1::uuid, e.id, $2::uuid, '现场照片' || e.n || '.pdf', 'application/pdf', 1024, decode(repeat('00', 1024), 'hex')
       FROM (SELECT id, row_number() OVER (ORDER BY occurred_at, id) AS n FROM case_event WHERE case_id = $1) e
      WHERE e.n % 5 = 0
     UNION ALL
     SELECT $1::uuid, NULL::bigint, $2::uuid, '情况说明' || i || '.pdf', 'application/pdf', 1024, decode(repeat('00', 1024), 'hex')
       FROM generate_series(1, 2) AS i`,
    [long, staffId],
  );
  return { short: await describeTimeline(client, short), long: await describeTimeline(client, long) };
}

async function describeTimeline(client, id) {
  return (
    await client.query(
      `SELECT $1::uuid AS id,
              (SELECT count(*)::int FROM case_event WHERE case_id = $1) AS events,
              (SELECT count(*)::int FROM case_assignment WHERE case_id = $1) AS assignments,
              (SELECT count(*)::int FROM case_attachment WHERE case_id = $1) AS attachments`,
      [id],
    )
  ).rows[0];
}

/**
 * The generator writes the timeline straight into the tables, as the demo does: the scorecards'
 * facts are counted from it once, with the same SQL as the migration (scorecard-facts.ts).
 */
async function countFacts(client) {
  const { recountAll } = await import('../server/dist/modules/scorecards/scorecard-facts.js');
  const started = performance.now();
  await recountAll(client);
  await client.query('ANALYZE case_fact');
  await client.query('ANALYZE department_day_fact');
  const [{ facts }] = (await client.query('SELECT count(*)::int AS facts FROM case_fact')).rows;
  console.log(
    `Counted ${facts.toLocaleString()} scorecard facts in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
}

/**
 * A year's department scorecard (with the year before, for the trend) through the whole GraphQL
 * stack, read from the per-department-per-day facts, against the naive aggregate of the same
 * figures over the raw timeline (case_event joined to the assignments), measured alternately in
 * one run, one request at a time. The naive side is bare SQL with no HTTP or GraphQL around it,
 * so the ratio is if anything in its favour.
 */
async function benchScorecard(base) {
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  const { factsSelect, MEASURES } = await import('../server/dist/modules/scorecards/scorecard-facts.js');
  const [{ last }] = (await client.query(`SELECT max(day)::text AS last FROM department_day_fact`)).rows;
  const [{ cases }] = (await client.query('SELECT count(*)::int AS cases FROM case_file')).rows;
  const to = last;
  const day = (iso, days) =>
    new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
  const from = day(to, -364);
  const previousFrom = day(from, -365);
  const login = await fetch(`${base}/graphql/admin`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: `mutation { login(input: { identifier: "office", password: "Demo@2026" }) { id } }`,
    }),
  });
  const cookie = login.headers.get('set-cookie').split(';')[0];
  const query = `{ scorecard(period: { from: "${from}", to: "${to}" }) { rankedCount rows { departmentName
    current { assigned score rank signedOnTime { numerator denominator } repliedOnTime { numerator denominator }
      resolution { numerator denominator } satisfaction { numerator denominator } closed overdue }
    previous { score rank } } } }`;
  const sums = MEASURES.map((m) => `count(*) FILTER (WHERE f.measure = '${m}' AND f.day >= $2::date)`).join(
    ', ',
  );
  const previousSums = MEASURES.map(
    (m) => `count(*) FILTER (WHERE f.measure = '${m}' AND f.day < $2::date)`,
  ).join(', ');
  const naive = `SELECT d.id, d.name, ${sums}, ${previousSums}
    FROM department d LEFT JOIN (${factsSelect(
      `e.occurred_at >= ($1::date::timestamp AT TIME ZONE 'Asia/Shanghai')
       AND e.occurred_at < (($3::date + 1)::timestamp AT TIME ZONE 'Asia/Shanghai')`,
    )}) f ON f.department_id = d.id GROUP BY d.id, d.name`;
  const timings = { graphql: [], naive: [] };
  let statements = null;
  let departments = 0;
  for (let round = 0; round < SCORECARD_ROUNDS; round++) {
    let started = performance.now();
    const response = await fetch(`${base}/graphql/admin`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: JSON.stringify({ query }),
    });
    const body = await response.json();
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    timings.graphql.push(performance.now() - started);
    statements = response.headers.get('x-sql-statements');
    departments = body.data.scorecard.rows.length;
    if (round < SCORECARD_NAIVE_ROUNDS) {
      started = performance.now();
      await client.query(naive, [previousFrom, from, to]);
      timings.naive.push(performance.now() - started);
    }
    console.log(
      `Scorecard round ${round + 1}: GraphQL ${timings.graphql.at(-1).toFixed(1)} ms` +
        (round < SCORECARD_NAIVE_ROUNDS ? `, naive ${timings.naive.at(-1).toFixed(1)} ms` : ''),
    );
  }
  await client.end();
  const p50 = (name) => median(timings[name]);
  const max = (name) => Math.max(...timings[name]);
  return [
    `Department scorecard of a year (${from} to ${to}, with the year before), ${departments} departments, ${cases.toLocaleString()} cases`,
    `  pre-aggregated, through GraphQL:     p50 ${p50('graphql').toFixed(1)} ms, max ${max('graphql').toFixed(1)} ms (${SCORECARD_ROUNDS} requests)`,
    `  naive aggregate over the timeline:   p50 ${p50('naive').toFixed(1)} ms, max ${max('naive').toFixed(1)} ms (bare SQL, ${timings.naive.length} runs)`,
    `  ratio naive / pre-aggregated:        ${(p50('naive') / p50('graphql')).toFixed(1)}×`,
    `  SQL statements per request:                           ${statements}`,
  ].join('\n');
}

/**
 * The condition dashboard of the current month: twelve months of reports for every operating
 * enterprise stored (scripts/generate-large-conditions.mjs), then the dashboard through GraphQL
 * (pre-aggregated) against its naive queries (per enterprise, bare SQL) in alternation, and the
 * two alert lists (worsened, missing) with their plans. Answers its report lines.
 */
async function benchConditions(base) {
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  const { naiveDashboardQueries, aggregatedDashboardQueries } =
    await import('../server/dist/modules/conditions/condition-dashboard.service.js');
  const { conditionEnterprisesQuery } =
    await import('../server/dist/modules/conditions/conditions.service.js');
  const load = loadavg().map((x) => x.toFixed(2));
  const cpus = availableParallelism();
  let started = performance.now();
  let reports, visits, month, generation;
  const [stored] = (
    await client.query(
      `SELECT max(month) AS month, count(*)::int AS reports,
              (SELECT count(*)::int FROM condition_visit) AS visits,
              EXISTS (SELECT FROM condition_visit WHERE client_key LIKE 'bench-%') AS generated
         FROM condition_report`,
    )
  ).rows;
  if (stored.generated) {
    // A kept database (BENCH_DATA_DIR) of an earlier run: its reports end in the month generated.
    ({ reports, visits, month } = stored);
    console.log(`Reusing ${reports.toLocaleString()} condition reports up to ${month}…`);
  } else {
    console.log('Generating twelve months of condition reports…');
    ({ reports, visits, month } = await generateConditions(client, {
      onProgress: ({ stage, done, total }) =>
        console.log(`  ${stage} ${done}/${total} (${((performance.now() - started) / 1000).toFixed(0)} s)`),
    }));
    generation = (performance.now() - started) / 1000;
  }
  const [{ active }] = (
    await client.query(`SELECT count(*)::int AS active FROM enterprise WHERE status = 'ACTIVE'`)
  ).rows;
  const [{ cells }] = (await client.query('SELECT count(*)::int AS cells FROM condition_month_stat')).rows;
  const [{ street }] = (
    await client.query(`SELECT id AS street FROM grid WHERE level = 1 ORDER BY code LIMIT 1`)
  ).rows;
  const login = await fetch(`${base}/graphql/admin`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: `mutation { login(input: { identifier: "office", password: "Demo@2026" }) { id } }`,
    }),
  });
  const cookie = login.headers.get('set-cookie').split(';')[0];
  const graphql = async (query, variables) => {
    const response = await fetch(`${base}/graphql/admin`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: JSON.stringify({ query, variables }),
    });
    const body = await response.json();
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return { body, statements: response.headers.get('x-sql-statements') };
  };
  // What the admin dashboard asks for (admin/src/api/conditions.ts).
  const dashboard = `query ($month: String!, $gridId: ID) { conditionDashboard(month: $month, gridId: $gridId) {
    month dueDate pastDue enterprises reported missing worsened employees outputValue revenue
    byGrid { key label status count } byIndustry { key label status count }
    trend { month reports employees outputValue revenue }
    coverage { gridId gridName enterprises visited visits reported } } }`;
  const drill = `query ($filter: ConditionEnterpriseFilter!) { conditionEnterprises(filter: $filter, first: 20) {
    items { id name address gridName industry status previousStatus latestStatus latestMonth reported visitedOn }
    nextCursor } }`;
  const scenarios = [
    { name: 'district', gridId: null },
    { name: 'one street', gridId: street },
  ];
  const timings = {};
  let statements = null;
  let figures = null;
  for (let round = 0; round < CONDITION_ROUNDS; round++) {
    for (const { name, gridId } of scenarios) {
      timings[name] ??= { graphql: [], naive: [] };
      started = performance.now();
      const answer = await graphql(dashboard, { month, gridId });
      timings[name].graphql.push(performance.now() - started);
      statements = answer.statements;
      if (!gridId) figures = answer.body.data.conditionDashboard;
      const naive = naiveDashboardQueries(month, gridId);
      started = performance.now();
      for (const statement of Object.values(naive)) await client.query(statement.sql, statement.params);
      timings[name].naive.push(performance.now() - started);
      console.log(
        `Conditions round ${round + 1}, ${name}: GraphQL ${timings[name].graphql.at(-1).toFixed(1)} ms, naive ${timings[name].naive.at(-1).toFixed(1)} ms`,
      );
    }
  }
  // Each statement of the dashboard on its own, as the server sends it (bare SQL, p50 of the
  // rounds), with where its time goes (EXPLAIN ANALYZE, once).
  const explain = async ({ sql, params }) => {
    const [
      {
        'QUERY PLAN': [{ Plan: plan, 'Execution Time': time }],
      },
    ] = (await client.query(`EXPLAIN (ANALYZE, FORMAT JSON) ${sql}`, params)).rows;
    const nodes = [];
    const walk = (node) => {
      if (/Scan|Join|Loop|Sort|Aggregate|Limit|Recursive/.test(node['Node Type']))
        nodes.push(
          `${node['Node Type']}${node['Index Name'] ? ` ${node['Index Name']}` : node['Relation Name'] ? ` ${node['Relation Name']}` : ''} (${Math.round(node['Actual Rows'] * (node['Actual Loops'] ?? 1))} rows)`,
        );
      for (const child of node.Plans ?? []) walk(child);
    };
    walk(plan);
    return { time, nodes: [...new Set(nodes)].slice(0, 12).join(' > ') };
  };
  const statementLines = [];
  for (const { name, gridId } of scenarios) {
    for (const [statement, query] of Object.entries(aggregatedDashboardQueries(month, gridId))) {
      const times = [];
      for (let round = 0; round < CONDITION_ROUNDS; round++) {
        started = performance.now();
        await client.query(query.sql, query.params);
        times.push(performance.now() - started);
      }
      const { time, nodes } = await explain(query);
      statementLines.push(
        `    ${name}, ${statement.padEnd(10)} p50 ${median(times).toFixed(1)} ms (EXPLAIN ANALYZE ${time.toFixed(1)} ms): ${nodes}`,
      );
    }
  }
  // The alerts: the first page of each list, as a click on the figure opens it, through GraphQL,
  // and its SQL (as the service builds it) explained.
  const office = { roles: ['OFFICE_STAFF'], userId: null, gridId: null, enterpriseId: null };
  const alertLists = [
    ['worsened', { month, worsened: true }],
    ['worsened, one street', { month, worsened: true, gridId: street }],
    ['missing, last month', { month: addMonthsTo(month, -1), reported: false }],
    ['missing, this month', { month, reported: false }],
    ['missing, last month, one street', { month: addMonthsTo(month, -1), reported: false, gridId: street }],
    ['missing, twelve months back', { month: addMonthsTo(month, -12), reported: false }],
  ];
  const alertLines = [];
  for (const [name, filter] of alertLists) {
    const times = [];
    for (let round = 0; round < CONDITION_ROUNDS; round++) {
      started = performance.now();
      await graphql(drill, { filter });
      times.push(performance.now() - started);
    }
    const { time, nodes } = await explain(conditionEnterprisesQuery(office, filter, 20, null));
    alertLines.push(
      `  alert list "${name}" (first page): p50 ${median(times).toFixed(1)} ms through GraphQL (SQL ${time.toFixed(1)} ms): ${nodes}`,
    );
  }
  await client.end();
  const p50 = (name, side) => median(timings[name][side]);
  const max = (name, side) => Math.max(...timings[name][side]);
  const lines = [
    `Condition dashboard of ${month} at ${active.toLocaleString()} operating enterprises, ${reports.toLocaleString()} reports over 12 months, ${visits.toLocaleString()} visits (${generation === undefined ? 'reused' : `generated in ${generation.toFixed(0)} s`}), ${cells.toLocaleString()} pre-aggregated cells`,
    `  load average (1, 5, 15 min) at the start ${load.join(', ')}, at the end ${loadavg()
      .map((x) => x.toFixed(2))
      .join(', ')} (${cpus} cores)`,
    `  figures: ${figures.enterprises} enterprises, ${figures.reported} reported, ${figures.worsened} worsened`,
  ];
  for (const { name } of scenarios) {
    lines.push(
      `  ${name}, pre-aggregated through GraphQL: p50 ${p50(name, 'graphql').toFixed(1)} ms, max ${max(name, 'graphql').toFixed(1)} ms (${CONDITION_ROUNDS} requests)`,
      `  ${name}, naive per-enterprise queries:  p50 ${p50(name, 'naive').toFixed(1)} ms, max ${max(name, 'naive').toFixed(1)} ms (bare SQL)`,
      `  ${name}, ratio naive / pre-aggregated:  ${(p50(name, 'naive') / p50(name, 'graphql')).toFixed(1)}×`,
    );
  }
  lines.push(
    `  SQL statements per dashboard request:      ${statements}`,
    `  each statement, bare SQL:`,
    ...statementLines,
    ...alertLines,
  );
  return lines.join('\n');
}

/** 'YYYY-MM' moved by whole months. */
function addMonthsTo(month, months) {
  const [year, m] = month.split('-').map(Number);
  const index = year * 12 + (m - 1) + months;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** The middle of `values`. */
function median(values) {
  return [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
}

/** The value below which the share `p` of `values` lies (nearest rank). */
function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))] ?? NaN;
}

/** A GraphQL client of one API that keeps its session cookie. */
function apiClient(url) {
  let cookie = '';
  return async (query, variables) => {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    cookie = response.headers.get('set-cookie')?.split(';')[0] ?? cookie;
    const body = await response.json();
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return body.data;
  };
}

/**
 * TRANSITION_CLIENTS clients, half on each instance, each with its own case: the office asks for
 * more information (SUBMITTED → NEEDS_INFO), the enterprise supplements (→ SUBMITTED), and so on,
 * for ROUNDS × SECONDS. Every step is a full transition: version check, lifecycle table, state,
 * timeline event, audit entry, notifications and their delivery jobs, in one transaction.
 */
async function benchTransitions(instances) {
  const LOGIN = `mutation { login(input: { identifier: "$ID", password: "Demo@2026" }) { id } }`;
  // Signed in one after another: concurrent sign-ins of one account meet the picture code.
  const clients = [];
  for (let i = 0; i < TRANSITION_CLIENTS; i++) {
    clients.push(
      await (async () => {
        const base = instances[i % instances.length];
        const portal = apiClient(`${base}/graphql/portal`);
        const admin = apiClient(`${base}/graphql/admin`);
        await portal(LOGIN.replace('$ID', 'enterprise'));
        await admin(LOGIN.replace('$ID', 'office'));
        const { submitCase } = await portal(
          `mutation ($input: SubmitCaseInput!) { submitCase(input: $input) { id version } }`,
          {
            input: {
              kind: 'DIFFICULTY',
              category: 'UTILITIES',
              title: `压测诉求 ${i}`,
              content: '厂区用电增容申请迟迟未办理，请协调供电部门。',
              contactConsent: true,
              attachmentIds: [],
              clientKey: `bench-transitions-${i}-${Date.now()}`,
            },
          },
        );
        return { portal, admin, id: submitCase.id, version: submitCase.version };
      })(),
    );
  }
  let transitions = 0;
  let failures = 0;
  const until = Date.now() + ROUNDS * SECONDS * 1000;
  await Promise.all(
    clients.map(async (client) => {
      while (Date.now() < until) {
        try {
          const asked = await client.admin(
            `mutation ($id: ID!, $version: Int!) { requestCaseInfo(id: $id, version: $version, request: "请补充供电部门的受理回执") { version } }`,
            { id: client.id, version: client.version },
          );
          client.version = asked.requestCaseInfo.version;
          transitions += 1;
          const supplemented = await client.portal(
            `mutation ($id: ID!, $version: Int!) { supplementCase(id: $id, version: $version, input: { content: "回执已上传" }) { version } }`,
            { id: client.id, version: client.version },
          );
          client.version = supplemented.supplementCase.version;
          transitions += 1;
        } catch (error) {
          failures += 1;
          if (failures > 10) throw error;
        }
      }
    }),
  );
  const rate = transitions / (ROUNDS * SECONDS);
  return `Case transitions, ${TRANSITION_CLIENTS} concurrent clients on ${instances.length} server instances, each on its own case
  transitions per second:              ${rate.toFixed(0)} (${transitions} in ${ROUNDS * SECONDS} s, ${failures} errors)`;
}
