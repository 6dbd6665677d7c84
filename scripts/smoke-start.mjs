// Proves `npm start` under the Node that runs this script: starts it, waits for /health to answer
// 200, stops it with SIGTERM and expects a clean exit. Prints how long each part took.
//
//   node scripts/smoke-start.mjs                 # on a fresh data folder (first start: creates the database)
//   DATA_DIR=.data node scripts/smoke-start.mjs  # on existing data (a warm start)
//
// The server gets free ports of its own, so it never meets a GridBridge already running here.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

const START_LIMIT_MS = 180_000;
const STOP_LIMIT_MS = 30_000;

function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

const ownDataDir = !process.env.DATA_DIR;
const dataDir = process.env.DATA_DIR ?? mkdtempSync(join(tmpdir(), 'gridbridge-smoke-'));
const port = await freePort();
const env = {
  ...process.env,
  PORT: String(port),
  EMBEDDED_PG_PORT: String(await freePort()),
  DATA_DIR: dataDir,
  LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
};

console.log(`smoke: npm start under Node ${process.version}, port ${port}, data in ${dataDir}`);
const started = performance.now();
const seconds = (from) => ((performance.now() - from) / 1000).toFixed(1);
const server = spawn(process.execPath, ['scripts/start.mjs'], { env, stdio: 'inherit' });
const exited = new Promise((resolve) => server.once('exit', (code, signal) => resolve({ code, signal })));
let gone = null;
void exited.then((result) => (gone = result));

async function healthy() {
  try {
    const response = await fetch(`http://127.0.0.1:${port}/health`);
    return response.status === 200;
  } catch {
    return false;
  }
}

let failure = null;
while (!(await healthy())) {
  if (gone) {
    failure = `npm start exited before /health answered (code ${gone.code}, signal ${gone.signal})`;
    break;
  }
  if (performance.now() - started > START_LIMIT_MS) {
    failure = `/health did not answer within ${START_LIMIT_MS / 1000} s`;
    break;
  }
  await sleep(100);
}
if (!failure) console.log(`smoke: /health answered 200 after ${seconds(started)} s`);

const stopping = performance.now();
if (!gone) server.kill('SIGTERM');
const stopped = await Promise.race([exited, sleep(STOP_LIMIT_MS, null, { ref: false })]);
if (!stopped) {
  server.kill('SIGKILL');
  failure ??= `npm start did not stop within ${STOP_LIMIT_MS / 1000} s of SIGTERM`;
} else if (!failure && (stopped.code !== 0 || stopped.signal)) {
  failure = `npm start stopped with code ${stopped.code}, signal ${stopped.signal}`;
} else if (!failure) {
  console.log(`smoke: stopped cleanly after ${seconds(stopping)} s`);
}
if (ownDataDir) rmSync(dataDir, { recursive: true, force: true });
if (failure) {
  console.error(`smoke: FAILED: ${failure}`);
  process.exit(1);
}
