// `npm test`: every check, two at a time (the machine this runs on may have two cores), each part's
// output printed whole when it ends, and at the end how long each part took. Exits non-zero if
// any part failed.
//
// The build runs first and alone: the parts after it all read the built `shared` package, and two
// Nx processes building it at once would write over each other.
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
const nx = require.resolve('nx/bin/nx.js');
const prettier = require.resolve('prettier/bin/prettier.cjs');
// ESLint's package exports do not list its bin; find it next to its package.json.
const eslint = path.join(path.dirname(require.resolve('eslint/package.json')), 'bin', 'eslint.js');
const node = (...args) => [process.execPath, ...args];
const nxRun = (...args) => node(nx, ...args, '--excludeTaskDependencies', '--outputStyle=static');

// Every workspace's `lint` script (`eslint src test vite.config.ts`) names its folders and the
// configuration files beside them; npm test lints them all in one ESLint process. Six processes
// (one per project, through Nx) spent 62 s of CPU, most of it loading ESLint and its plugins six
// times; one spends 23 s. A script file at a workspace's top (a Vite, Vitest, Jest or codegen
// configuration) that its script does not name is an error here, so none goes unlinted.
const SCRIPT_FILE = /\.(?:[cm]?[jt]s)$/;
const lintedFolders = JSON.parse(readFileSync('package.json', 'utf8')).workspaces.flatMap((workspace) => {
  const script = JSON.parse(readFileSync(`${workspace}/package.json`, 'utf8')).scripts?.lint;
  if (!script) return [];
  const [command, ...folders] = script.split(/\s+/);
  if (command !== 'eslint' || folders.some((folder) => folder.startsWith('-'))) {
    throw new Error(
      `${workspace}'s lint script is not \`eslint <folders>\`: teach scripts/test.mjs to run it`,
    );
  }
  const unlinted = readdirSync(workspace, { withFileTypes: true }).filter(
    (entry) =>
      entry.isFile() &&
      SCRIPT_FILE.test(entry.name) &&
      !entry.name.endsWith('.d.ts') &&
      !folders.includes(entry.name),
  );
  if (unlinted.length > 0) {
    throw new Error(
      `${workspace}'s lint script does not name ${unlinted.map((entry) => entry.name).join(', ')}: add them to it`,
    );
  }
  return folders.map((folder) => `${workspace}/${folder}`);
});
// The root's own scripts (npm start, npm test, the benches) and the ESLint configuration belong to
// no workspace; the root's `lint` script names them too.
lintedFolders.push('scripts', 'eslint.config.js');

const BUILD = { name: 'build', command: node(nx, 'run-many', '-t', 'build', '--outputStyle=static') };
const SERVER = { name: 'server', command: nxRun('run-many', '-t', 'test', '--projects=@gridbridge/server') };

// The browser stories wait on pages more than they compute, and one after another they took
// longer (277 s) than the server suite: they run as two groups, each starting its own product
// (server, embedded PostgreSQL, Chromium, on free ports), one at the end of each lane. The first
// group holds the longest stories, by the figures of a whole run (seconds, quiet machine):
// supervision 45, case loop 39, conditions 17, portal 15, monthly report 9; every other story —
// and any new one — runs in the second. Both groups run `vitest run` with e2e's own config.
const vitest = path.join(path.dirname(require.resolve('vitest/package.json')), 'vitest.mjs');
const LONG_STORIES = ['supervision', 'case-loop', 'conditions', 'portal', 'monthly-report'].map(
  (story) => `src/${story}.e2e.ts`,
);
const stories = readdirSync('e2e/src')
  .filter((file) => file.endsWith('.e2e.ts'))
  .map((file) => `src/${file}`);
const missing = LONG_STORIES.filter((story) => !stories.includes(story));
if (missing.length)
  throw new Error(`scripts/test.mjs names stories that do not exist: ${missing.join(', ')}`);
const e2e = (name, files) => ({ name, command: node(vitest, 'run', ...files), cwd: 'e2e' });
const E2E_LONG = e2e('e2e 1', LONG_STORIES);
const E2E_REST = e2e(
  'e2e 2',
  stories.filter((story) => !LONG_STORIES.includes(story)),
);
// Two lanes, each running its parts one after another (the machine this runs on may have two
// cores). A browser group beside the server suite itself (two Jest workers and their PostgreSQL)
// made a story time out; each group starts once the heavy part of its lane has ended.
const LANES = [
  [SERVER, E2E_LONG],
  [
    { name: 'admin', command: nxRun('run-many', '-t', 'test', '--projects=@gridbridge/admin') },
    { name: 'portal', command: nxRun('run-many', '-t', 'test', '--projects=@gridbridge/portal') },
    { name: 'typecheck', command: nxRun('run-many', '-t', 'typecheck') },
    // The GraphQL types and documents generated from the schemas are committed; a schema or an
    // operation changed without `npm run codegen` once left shared's types stale for a session.
    // graphql-codegen's --check generates in memory and fails on any file that differs.
    {
      name: 'codegen',
      command: ['npm', 'run', 'codegen', '--workspaces', '--if-present', '--', '--check'],
    },
    {
      name: 'lint',
      command: node(eslint, '--cache', '--cache-location', 'node_modules/.cache/eslint/', ...lintedFolders),
    },
    { name: 'prettier', command: node(prettier, '--check', '.') },
    {
      name: 'unit',
      command: ['npm', 'run', 'test:unit', '-w', '@gridbridge/server'],
      // shared's own tests are pure functions too.
      then: nxRun('run-many', '-t', 'test', '--projects=@gridbridge/shared'),
    },
    E2E_REST,
  ],
];

function run([command, ...args], cwd) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd, env: { ...process.env, FORCE_COLOR: '1' } });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', (error) => resolve({ ok: false, output: `${output}\n${error.message}` }));
    child.on('close', (code) => resolve({ ok: code === 0, output }));
  });
}

const results = [];
async function part({ name, command, then, cwd }) {
  const started = performance.now();
  let result = await run(command, cwd);
  if (result.ok && then) {
    const second = await run(then);
    result = { ok: second.ok, output: result.output + second.output };
  }
  const seconds = (performance.now() - started) / 1000;
  results.push({ name, ok: result.ok, seconds });
  process.stdout.write(`\n━━ ${name}: ${result.ok ? 'passed' : 'FAILED'} in ${seconds.toFixed(1)} s\n`);
  process.stdout.write(result.output);
  return result.ok;
}

const started = performance.now();
if (await part(BUILD)) {
  await Promise.all(
    LANES.map(async (lane) => {
      for (const next of lane) await part(next);
    }),
  );
}

const total = (performance.now() - started) / 1000;
console.log('\nnpm test, seconds per part (two parts run at a time):');
for (const { name, ok, seconds } of results) {
  console.log(`  ${name.padEnd(10)} ${seconds.toFixed(1).padStart(7)}${ok ? '' : '  FAILED'}`);
}
console.log(`  ${'total'.padEnd(10)} ${total.toFixed(1).padStart(7)}`);
process.exit(results.every((r) => r.ok) && results.length === 1 + LANES.flat().length ? 0 : 1);
