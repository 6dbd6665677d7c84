// `npm start`: builds whatever is missing or stale (Nx restores the rest from its cache), then
// runs the server, which serves both apps and both APIs on one port.
//
// Asking Nx costs about two seconds of CPU even when everything is built, a third of a warm
// start. So after each build this script records a fingerprint of every build input and output
// (path, size and modification time of each file), and the next start asks Nx only when that
// fingerprint has changed. See docs/architecture.md#start-up.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { constants } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
// The projects that have a build, with everything in them (sources, configs, built output), and
// the workspace files Nx reads into every build's hash.
const PROJECTS = ['shared', 'client', 'server', 'portal', 'admin'];
const WORKSPACE_FILES = ['package.json', 'package-lock.json', 'nx.json', 'tsconfig.base.json'];
// What a build neither reads nor writes (as in .gitignore, but `dist/` is the build's output and
// counts). Tools' caches live under node_modules.
const SKIPPED = new Set(['node_modules', '.data', '.nx', 'coverage', 'test-results', '.env']);
const STAMP = join(root, 'node_modules', '.cache', 'gridbridge', 'built.json');

function fingerprint() {
  const hash = createHash('sha256');
  const add = (path) => {
    const stats = statSync(join(root, path), { throwIfNoEntry: false });
    hash.update(`${path}\0${stats ? `${stats.size}\0${stats.mtimeMs}` : '-'}\n`);
  };
  const walk = (dir) => {
    for (const entry of readdirSync(join(root, dir), { withFileTypes: true })) {
      if (SKIPPED.has(entry.name) || entry.name.endsWith('.log')) continue;
      const path = `${dir}/${entry.name}`;
      if (entry.isDirectory()) walk(path);
      else add(path);
    }
  };
  WORKSPACE_FILES.forEach(add);
  PROJECTS.forEach(walk);
  return hash.digest('hex');
}

const readStamp = () => {
  try {
    return JSON.parse(readFileSync(STAMP, 'utf8'));
  } catch {
    return null;
  }
};

const upToDate = readStamp()?.fingerprint === fingerprint();
if (!upToDate) {
  // Nx's own entry point under this Node, not `npx nx`: npx costs a second of its own at every start.
  const nx = createRequire(import.meta.url).resolve('nx/bin/nx.js');
  const build = spawnSync(process.execPath, [nx, 'run-many', '-t', 'build', '--outputStyle=static'], {
    stdio: 'inherit',
  });
  if (build.status !== 0) process.exit(build.status ?? 1);
  mkdirSync(dirname(STAMP), { recursive: true });
  writeFileSync(STAMP, JSON.stringify({ fingerprint: fingerprint() }));
}

const server = spawn(process.execPath, ['server/dist/main.js'], { stdio: 'inherit' });
let forwarded = false;
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    forwarded = true;
    server.kill(signal);
  });
}
server.on('error', (error) => {
  console.error(`Could not run the server: ${error.message}`);
  process.exit(1);
});
// A server killed by a signal (kill -9, out of memory) is a failure too: exit as a shell would, 128 + signal.
server.on('exit', (code, signal) => {
  if (signal) {
    if (!forwarded)
      console.error(
        `The GridBridge server was killed (${signal}); \`npm start\` starts it again on the same data.`,
      );
    process.exit(128 + (constants.signals[signal] ?? 0));
  }
  process.exit(code ?? 1);
});
