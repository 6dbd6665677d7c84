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
//   BENCH_WEB_JSON=dir   keeps each run's full Lighthouse report there
//   CHROMIUM_PATH        another Chromium than /usr/bin/chromium
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';

const root = fileURLToPath(new URL('../', import.meta.url));
const RUNS = Number(process.env.BENCH_WEB_RUNS ?? 1);
const ONLY = process.env.BENCH_WEB_PAGES?.split(',');
const JSON_DIR = process.env.BENCH_WEB_JSON;
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

const dataDir = await mkdtemp(path.join(tmpdir(), 'gridbridge-bench-web-'));
const port = await freePort();
const base = `http://127.0.0.1:${port}`;
let log = '';
const server = spawn(process.execPath, ['server/dist/main.js'], {
  cwd: root,
  env: {
    ...process.env,
    NODE_ENV: 'development',
    PORT: String(port),
    DATA_DIR: dataDir,
    EMBEDDED_PG_PORT: String(await freePort()),
    LOG_LEVEL: 'warn',
    LOGIN_RATE_LIMIT_PER_MINUTE: '1000',
  },
  stdio: ['ignore', 'pipe', 'pipe'],
});
server.stdout.on('data', (chunk) => (log += chunk));
server.stderr.on('data', (chunk) => (log += chunk));

let chrome;
async function stop() {
  await chrome?.kill();
  const exited = new Promise((resolve) => server.once('exit', resolve));
  if (server.exitCode === null) server.kill('SIGTERM');
  await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 15_000).unref())]);
  if (server.exitCode === null) server.kill('SIGKILL');
  await rm(dataDir, { recursive: true, force: true });
}

/** One GraphQL request; returns the data and the session cookie the server set, if any. */
async function graphql(api, query, variables, cookie) {
  const response = await fetch(`${base}/graphql/${api}`, {
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
  for (let i = 0; ; i++) {
    if (server.exitCode !== null) throw new Error(`the server exited:\n${log}`);
    if (
      await fetch(`${base}/health`).then(
        (r) => r.ok,
        () => false,
      )
    )
      break;
    if (i > 600) throw new Error(`the server did not become healthy:\n${log}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }

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
    `${'page'.padEnd(12)} ${'device'.padEnd(8)} perf  a11y  best  FCP     LCP     TBT      transferred`,
  );
  for (const page of pages) {
    const runs = [];
    for (let run = 0, attempts = 0; run < RUNS;) {
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
      run++;
      const { categories, audits } = result.lhr;
      if (JSON_DIR) writeFileSync(path.join(JSON_DIR, `${page.name}-${run}.json`), result.report);
      runs.push({
        scores: CATEGORIES.map((c) => Math.round((categories[c].score ?? 0) * 100)),
        fcp: audits['first-contentful-paint'].numericValue,
        lcp: audits['largest-contentful-paint'].numericValue,
        tbt: audits['total-blocking-time'].numericValue,
        // Bytes over the wire: unlike the timings, they do not move with the machine's load.
        bytes: audits['total-byte-weight'].numericValue,
        failing: Object.values(result.lhr.categories)
          .flatMap((c) => c.auditRefs.filter((ref) => ref.weight > 0).map((ref) => audits[ref.id]))
          .filter((audit) => audit.score !== null && audit.score < 0.9)
          .map((audit) => audit.id),
      });
    }
    const scores = CATEGORIES.map((_, i) => median(runs.map((r) => r.scores[i])));
    const ms = (key) => `${(median(runs.map((r) => r[key])) / 1000).toFixed(2)} s`.padEnd(8);
    console.log(
      `${page.name.padEnd(12)} ${page.device.padEnd(8)} ${scores.map((s) => String(s).padEnd(5)).join(' ')} ${ms('fcp')}${ms('lcp')}${`${Math.round(median(runs.map((r) => r.tbt)))} ms`.padEnd(9)}${Math.round(median(runs.map((r) => r.bytes)) / 1000)} kB`,
    );
    const failing = [...new Set(runs.flatMap((r) => r.failing))];
    if (failing.length > 0) console.log(`${''.padEnd(21)} below 90: ${failing.join(', ')}`);
  }
  console.log(`load average after: ${load()}`);
} finally {
  await stop();
}
