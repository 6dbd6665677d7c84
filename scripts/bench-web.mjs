// `npm run bench:web`: Lighthouse (12, the last major that runs on Node 20) against Debian's
// Chromium, on the built product as `npm start` serves it (embedded PostgreSQL, demo district, a
// throw-away data folder, free ports). Prints performance, accessibility and best practices of
//   - the portal's home, sign-in, new-case and case pages on mobile (Lighthouse's default:
//     simulated slow 4G, 4× CPU slowdown, a phone's screen);
//   - the admin app's inbox and case page on desktop.
// Signed-in pages get the demo account's session cookie with every request. The goal is 95 in
// every category (docs/performance.md). A benchmark, not a test: it exits 0 whatever it scores.
//   BENCH_WEB_RUNS=3     runs per page; the median is printed (default 1)
//   BENCH_WEB_PAGES=home,case   only these pages (names as printed)
//   BENCH_WEB_JSON=dir   keeps each run's full Lighthouse report there, and the servers' logs
//   BENCH_WEB_BASELINE=dir   also measures an earlier build, for a before/after comparison in the
//                        same conditions: dir holds its portal/dist and admin/dist (e.g. a worktree
//                        of main, built). A second server on the same database serves it, and each
//                        page is measured on both builds by turns; rows "before" and "after".
//   CHROMIUM_PATH        another Chromium than /usr/bin/chromium
// Besides the scores: FCP, LCP, TBT, CLS, the JavaScript execution time (Lighthouse's bootup-time,
// with its CPU slowdown), the bytes transferred and the load average when the page was measured.
// The timings follow the machine's load; the bytes and, less so, the JavaScript time do not.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';

const root = fileURLToPath(new URL('../', import.meta.url));
const RUNS = Number(process.env.BENCH_WEB_RUNS ?? 1);
const ONLY = process.env.BENCH_WEB_PAGES?.split(',');
const JSON_DIR = process.env.BENCH_WEB_JSON;
const BASELINE = process.env.BENCH_WEB_BASELINE ? path.resolve(process.env.BENCH_WEB_BASELINE) : undefined;
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const PASSWORD = 'Demo@2026';
const CATEGORIES = ['performance', 'accessibility', 'best-practices'];

const load = () =>
  loadavg()
    .map((n) => n.toFixed(2))
    .join(' ');

const freePort = () =>
  new Promise((resolve) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

if (!process.env.BENCH_WEB_NO_BUILD) {
  const build = spawnSync(
    'npx',
    ['nx', 'run-many', '-t', 'build', '-p', 'server', 'portal', 'admin', '--outputStyle=static'],
    { stdio: 'inherit', cwd: root },
  );
  if (build.status !== 0) process.exit(1);
}

if (BASELINE) {
  for (const app of ['portal', 'admin']) {
    if (!existsSync(path.join(BASELINE, app, 'dist', 'index.html'))) {
      console.error(
        `BENCH_WEB_BASELINE: no ${path.join(BASELINE, app, 'dist', 'index.html')}; build it first`,
      );
      process.exit(1);
    }
  }
}

const dataDir = await mkdtemp(path.join(tmpdir(), 'gridbridge-bench-web-'));
const pgPort = await freePort();
const servers = [];

/** A server of the built product on a free port; the first one runs the embedded PostgreSQL. */
async function startServer(extraEnv) {
  const port = await freePort();
  const server = { base: `http://127.0.0.1:${port}`, log: '' };
  server.process = spawn(process.execPath, ['server/dist/main.js'], {
    cwd: root,
    env: {
      ...process.env,
      NODE_ENV: 'development',
      PORT: String(port),
      DATA_DIR: dataDir,
      EMBEDDED_PG_PORT: String(pgPort),
      LOG_LEVEL: 'warn',
      LOGIN_RATE_LIMIT_PER_MINUTE: '1000',
      ...extraEnv,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  server.process.stdout.on('data', (chunk) => (server.log += chunk));
  server.process.stderr.on('data', (chunk) => (server.log += chunk));
  servers.push(server);
  for (let i = 0; ; i++) {
    if (server.process.exitCode !== null) throw new Error(`the server exited:\n${server.log}`);
    if (
      await fetch(`${server.base}/health`).then(
        (r) => r.ok,
        () => false,
      )
    )
      return server;
    if (i > 600) throw new Error(`the server did not become healthy:\n${server.log}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

let chrome;
async function stop() {
  await chrome?.kill();
  // The baseline's server first: the first one owns the database.
  for (const { process: child } of [...servers].reverse()) {
    const exited = new Promise((resolve) => child.once('exit', resolve));
    if (child.exitCode === null) child.kill('SIGTERM');
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 15_000).unref())]);
    if (child.exitCode === null) child.kill('SIGKILL');
  }
  await rm(dataDir, { recursive: true, force: true });
  // The servers' warnings and errors (a failed request shows as errors-in-console) go with the reports.
  if (JSON_DIR)
    servers.forEach((server, i) => writeFileSync(path.join(JSON_DIR, `server-${i + 1}.log`), server.log));
}

/** One GraphQL request; returns the data and the session cookie the server set, if any. */
async function graphql(api, query, variables, cookie) {
  const response = await fetch(`${servers[0].base}/graphql/${api}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = await response.json();
  if (body.errors) throw new Error(`${api}: ${JSON.stringify(body.errors)}`);
  const setCookie = response.headers.getSetCookie().map((c) => c.split(';')[0]);
  return { data: body.data, cookie: setCookie.join('; ') || cookie };
}

const signIn = async (api, identifier) =>
  (
    await graphql(api, 'mutation ($input: LoginInput!) { login(input: $input) { __typename } }', {
      input: { identifier, password: PASSWORD },
    })
  ).cookie;

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

try {
  await startServer({});
  if (BASELINE) {
    // The same database (sessions included), so that both builds show the same pages.
    const { embeddedDatabaseUrl } = await import(
      pathToFileURL(path.join(root, 'server/dist/database/embedded.js')).href
    );
    await startServer({
      DATABASE_URL: embeddedDatabaseUrl(pgPort, 'gridbridge'),
      PORTAL_DIST_DIR: path.join(BASELINE, 'portal', 'dist'),
      ADMIN_DIST_DIR: path.join(BASELINE, 'admin', 'dist'),
    });
  }
  const builds = BASELINE
    ? [
        { name: 'before', base: servers[1].base },
        { name: 'after', base: servers[0].base },
      ]
    : [{ name: '', base: servers[0].base }];

  const enterprise = await signIn('portal', 'enterprise');
  const office = await signIn('admin', 'office');
  const portalCase = (
    await graphql('portal', '{ myCases(page: { first: 1 }) { items { id } } }', {}, enterprise)
  ).data.myCases.items[0].id;
  const adminCase = (await graphql('admin', '{ cases(page: { first: 1 }) { items { id } } }', {}, office))
    .data.cases.items[0].id;

  const pages = [
    { name: 'home', url: '/', device: 'mobile' },
    { name: 'sign-in', url: '/sign-in', device: 'mobile' },
    { name: 'new-case', url: '/cases/new', device: 'mobile', cookie: enterprise },
    { name: 'case', url: `/cases/${portalCase}`, device: 'mobile', cookie: enterprise },
    { name: 'admin-inbox', url: '/admin/inbox', device: 'desktop', cookie: office },
    { name: 'admin-case', url: `/admin/cases/${adminCase}`, device: 'desktop', cookie: office },
  ].filter((page) => !ONLY || ONLY.includes(page.name));

  chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM,
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-dev-shm-usage'],
  });
  if (JSON_DIR) mkdirSync(JSON_DIR, { recursive: true });

  console.log(`load average before: ${load()}`);
  console.log(
    `${'page'.padEnd(12)} ${'device'.padEnd(8)} ${BASELINE ? 'build   ' : ''}perf  a11y  best  FCP     LCP     TBT      CLS    JS       transferred  load (1 min)`,
  );
  const measure = async (base, page, build, run) => {
    for (let attempts = 0; ;) {
      const loadBefore = loadavg()[0];
      const result = await lighthouse(
        base + page.url,
        {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: CATEGORIES,
          ...(page.cookie ? { extraHeaders: { cookie: page.cookie } } : {}),
        },
        page.device === 'desktop' ? desktopConfig : undefined,
      );
      // On a busy machine Chromium now and then loses the trace (NO_NAVSTART, NO_FCP): run again.
      if (result.lhr.runtimeError && ++attempts < 3) continue;
      const { categories, audits } = result.lhr;
      if (JSON_DIR) {
        writeFileSync(
          path.join(JSON_DIR, `${page.name}${build ? `-${build}` : ''}-${run + 1}.json`),
          result.report,
        );
      }
      return {
        scores: CATEGORIES.map((c) => Math.round((categories[c].score ?? 0) * 100)),
        fcp: audits['first-contentful-paint'].numericValue,
        lcp: audits['largest-contentful-paint'].numericValue,
        tbt: audits['total-blocking-time'].numericValue,
        cls: audits['cumulative-layout-shift'].numericValue,
        // Script evaluation, parsing and compiling of each script, with the simulated CPU slowdown.
        js: audits['bootup-time'].numericValue,
        // Bytes over the wire: unlike the timings, they do not move with the machine's load.
        bytes: audits['total-byte-weight'].numericValue,
        load: (loadBefore + loadavg()[0]) / 2,
        failing: Object.values(result.lhr.categories)
          .flatMap((c) => c.auditRefs.filter((ref) => ref.weight > 0).map((ref) => audits[ref.id]))
          .filter((audit) => audit.score !== null && audit.score < 0.9)
          .map((audit) => audit.id),
      };
    }
  };
  for (const page of pages) {
    const runs = new Map(builds.map((build) => [build.name, []]));
    // By turns, so that a baseline and the build under test meet the same conditions.
    for (let run = 0; run < RUNS; run++) {
      for (const build of builds) runs.get(build.name).push(await measure(build.base, page, build.name, run));
    }
    for (const build of builds) {
      const results = runs.get(build.name);
      const mid = (key) => median(results.map((r) => r[key]));
      const scores = CATEGORIES.map((_, i) => median(results.map((r) => r.scores[i])));
      const seconds = (key) => `${(mid(key) / 1000).toFixed(2)} s`.padEnd(8);
      console.log(
        `${page.name.padEnd(12)} ${page.device.padEnd(8)} ${BASELINE ? build.name.padEnd(8) : ''}${scores.map((s) => String(s).padEnd(5)).join(' ')} ${seconds('fcp')}${seconds('lcp')}${`${Math.round(mid('tbt'))} ms`.padEnd(9)}${mid('cls').toFixed(3).padEnd(7)}${`${Math.round(mid('js'))} ms`.padEnd(9)}${`${Math.round(mid('bytes') / 1000)} kB`.padEnd(13)}${mid('load').toFixed(2)}`,
      );
      const failing = [...new Set(results.flatMap((r) => r.failing))];
      if (failing.length > 0) console.log(`${''.padEnd(BASELINE ? 30 : 21)} below 90: ${failing.join(', ')}`);
    }
  }
  console.log(`load average after: ${load()}`);
} finally {
  await stop();
}
