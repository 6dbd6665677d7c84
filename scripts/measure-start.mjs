// Measures a warm `npm start` (built, data present): the time until /health answers 200, and the
// CPU time the whole process tree (start script, Nx if it runs, server, PostgreSQL) spent until
// then. CPU time is the figure to compare on a shared machine: wall time there depends on the
// neighbours. Linux only (reads /proc).
//
//   node scripts/measure-start.mjs             # a first start on a fresh data folder, then 3 warm ones
//   RUNS=5 DATA_DIR=.data node scripts/measure-start.mjs
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

const RUNS = Number(process.env.RUNS ?? 3);
const TICKS_PER_SECOND = 100; // USER_HZ, 100 on every Linux this runs on

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

/** CPU seconds of `pid` and all its descendants, alive now or ended (Nx), user and system. */
function treeCpuSeconds(pid) {
  const processes = new Map();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      // Fields after the command name, which is in parentheses and may hold spaces: utime, stime,
      // and cutime, cstime (children that ended and were waited for).
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      processes.set(Number(name), {
        parent: Number(fields[1]),
        ticks: fields.slice(11, 15).reduce((sum, field) => sum + Number(field), 0),
      });
    } catch {
      // Gone meanwhile.
    }
  }
  const inTree = (id) => {
    for (let at = id; at > 1; at = processes.get(at)?.parent ?? 0) if (at === pid) return true;
    return false;
  };
  let ticks = 0;
  for (const [id, { ticks: own }] of processes) if (inTree(id)) ticks += own;
  return ticks / TICKS_PER_SECOND;
}

async function start(dataDir) {
  const port = await freePort();
  const env = { ...process.env, PORT: String(port), EMBEDDED_PG_PORT: String(await freePort()) };
  Object.assign(env, { DATA_DIR: dataDir, LOG_LEVEL: 'warn' });
  const started = performance.now();
  const child = spawn(process.execPath, ['scripts/start.mjs'], { env, stdio: 'inherit' });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  let gone = false;
  void exited.then(() => (gone = true));
  for (;;) {
    if (gone) throw new Error('npm start exited before /health answered');
    const ok = await fetch(`http://127.0.0.1:${port}/health`).then(
      (response) => response.status === 200,
      () => false,
    );
    if (ok) break;
    await sleep(20);
  }
  const seconds = (performance.now() - started) / 1000;
  const cpu = treeCpuSeconds(child.pid);
  child.kill('SIGTERM');
  await exited;
  return { seconds, cpu };
}

const ownDataDir = !process.env.DATA_DIR;
const dataDir = process.env.DATA_DIR ?? mkdtempSync(join(tmpdir(), 'gridbridge-measure-'));
try {
  if (ownDataDir) {
    const first = await start(dataDir);
    console.log(`measure: first start (creates the data) ${first.seconds.toFixed(1)} s, not counted`);
  }
  const runs = [];
  for (let run = 1; run <= RUNS; run++) {
    const result = await start(dataDir);
    runs.push(result);
    console.log(
      `measure: warm start ${run}: /health after ${result.seconds.toFixed(2)} s, CPU ${result.cpu.toFixed(2)} s`,
    );
  }
  const median = (values) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)];
  console.log(
    `measure: median of ${RUNS} under Node ${process.version}: ` +
      `${median(runs.map((r) => r.seconds)).toFixed(2)} s to /health, CPU ${median(runs.map((r) => r.cpu)).toFixed(2)} s`,
  );
} finally {
  if (ownDataDir) rmSync(dataDir, { recursive: true, force: true });
}
