import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { embeddedDatabaseUrl } from '../src/database/embedded.js';
import { GqlClient } from './harness.js';

/**
 * The built server (`node dist/main.js`, what `npm start` runs) as a child process on its own
 * data folder and ports, killed with SIGKILL and started again: it comes back on the same data,
 * refuses a folder or port that is in use with a one-line reason, and leaves no process behind.
 */

const MAIN = fileURLToPath(new URL('../dist/main.js', import.meta.url));
const SUBMIT = `mutation ($input: SubmitCaseInput!) { submitCase(input: $input) { id trackingNo } }`;

interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

interface RunningServer {
  child: ChildProcess;
  port: number;
  output(): string;
  exit: Promise<Exit>;
}

const children = new Set<ChildProcess>();
const folders: string[] = [];
const blockers: Server[] = [];

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** Holds `port` like another program would. */
async function occupy(port: number): Promise<void> {
  const server = createServer();
  blockers.push(server);
  await new Promise<void>((resolve) => server.listen(port, resolve));
}

async function tempFolder(): Promise<string> {
  const folder = await mkdtemp(path.join(tmpdir(), 'gridbridge-restart-'));
  folders.push(folder);
  return folder;
}

function startServer(env: { DATA_DIR: string; PORT: number; EMBEDDED_PG_PORT: number }): RunningServer {
  // The test runner's own settings (a DATABASE_URL, say) must not leak into the server.
  const inherited = Object.fromEntries(
    Object.entries(process.env).filter(([key]) => !['DATABASE_URL', 'DEMO_DATA', 'LOG_LEVEL'].includes(key)),
  );
  const child = spawn(process.execPath, [MAIN], {
    env: {
      ...inherited,
      NODE_ENV: 'test',
      DEMO_DATA: 'true',
      LOG_LEVEL: 'warn',
      LOGIN_RATE_LIMIT_PER_MINUTE: '100000',
      SUBMIT_RATE_LIMIT_PER_HOUR: '100000',
      DATA_DIR: env.DATA_DIR,
      PORT: String(env.PORT),
      EMBEDDED_PG_PORT: String(env.EMBEDDED_PG_PORT),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.add(child);
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exit = new Promise<Exit>((resolve) =>
    child.once('exit', (code, signal) => {
      children.delete(child);
      resolve({ code, signal });
    }),
  );
  return { child, port: env.PORT, output: () => output, exit };
}

/** Waits for /health to answer 200; returns how long that took. Fails at once if the server exits. */
async function healthy(server: RunningServer, timeoutMs = 120_000): Promise<number> {
  const started = Date.now();
  let exited: Exit | undefined;
  void server.exit.then((exit) => (exited = exit));
  while (Date.now() - started < timeoutMs) {
    if (exited) throw new Error(`server exited (${JSON.stringify(exited)}):\n${server.output()}`);
    const status = await fetch(`http://127.0.0.1:${server.port}/health`, {
      signal: AbortSignal.timeout(2000),
    }).then(
      (response) => response.status,
      () => 0,
    );
    if (status === 200) return Date.now() - started;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`not healthy after ${timeoutMs} ms:\n${server.output()}`);
}

/** Pids of the processes whose command line names `folder` (a PostgreSQL started on it). */
function processesIn(folder: string): number[] {
  const table = execFileSync('ps', ['-eo', 'pid=,args='], { encoding: 'utf8' });
  return table
    .split('\n')
    .filter((line) => line.includes(folder))
    .map((line) => Number(line.trim().split(/\s+/)[0]));
}

/** The pid of the PostgreSQL running on the folder's data, or null. */
async function postmasterOf(folder: string): Promise<number | null> {
  const text = await readFile(path.join(folder, 'postgres', 'postmaster.pid'), 'utf8').catch(() => null);
  const pid = Number(text?.split('\n')[0]);
  return text && processesIn(folder).includes(pid) ? pid : null;
}

/** The last line a refused start printed: its one-line reason. */
function reason(server: RunningServer): string {
  return server.output().trim().split('\n').pop() ?? '';
}

async function query<T>(pgPort: number, sql: string, params: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: embeddedDatabaseUrl(pgPort, 'gridbridge') });
  await client.connect();
  try {
    return (await client.query(sql, params)).rows as T[];
  } finally {
    await client.end();
  }
}

async function signedIn(port: number, api: 'portal' | 'admin', username: string): Promise<GqlClient> {
  const client = new GqlClient(`http://127.0.0.1:${port}/graphql/${api}`);
  const response = await client.login(username);
  if (response.errors) throw new Error(`sign-in as ${username} failed: ${JSON.stringify(response.errors)}`);
  return client;
}

function caseInput(clientKey: string) {
  return {
    kind: 'DIFFICULTY',
    category: 'UTILITIES',
    title: `厂区用电增容申请迟迟未办理 ${clientKey}`,
    content: '我公司新增两条生产线，需要将用电容量从 400 千伏安增至 800 千伏安，申请提交一个月仍无答复。',
    contactConsent: true,
    attachmentIds: [],
    clientKey,
  };
}

let dataDir: string;
let httpPort: number;
let pgPort: number;
let running: RunningServer;
const settings = () => ({ DATA_DIR: dataDir, PORT: httpPort, EMBEDDED_PG_PORT: pgPort });

beforeAll(async () => {
  dataDir = await tempFolder();
  httpPort = await freePort();
  pgPort = await freePort();
});

afterAll(async () => {
  for (const child of children) child.kill('SIGKILL');
  for (const blocker of blockers) blocker.close();
  // Whatever still runs on a test folder is a PostgreSQL: a fast shutdown, then SIGKILL.
  for (const folder of folders) {
    const pids = processesIn(folder);
    for (const pid of pids) process.kill(pid, 'SIGINT');
    for (let i = 0; i < 100 && processesIn(folder).length > 0; i++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    for (const pid of processesIn(folder)) process.kill(pid, 'SIGKILL');
    await rm(folder, { recursive: true, force: true });
  }
});

describe('a restart after a crash', () => {
  it('comes back on the same data within 60 s after the server was killed with SIGKILL', async () => {
    const first = startServer(settings());
    await healthy(first);
    const enterprise = await signedIn(httpPort, 'portal', 'enterprise');
    const before = (await enterprise.ok(SUBMIT, { input: caseInput('restart-before-kill') })).submitCase;

    first.child.kill('SIGKILL');
    expect((await first.exit).signal).toBe('SIGKILL');
    // What made the next start fail: PostgreSQL outlives the killed server.
    expect(await postmasterOf(dataDir)).not.toBeNull();

    running = startServer(settings());
    expect(await healthy(running)).toBeLessThan(60_000);
    const rows = await query<{ tracking_no: string }>(
      pgPort,
      'SELECT tracking_no FROM case_file WHERE client_key = $1',
      ['restart-before-kill'],
    );
    expect(rows).toEqual([{ tracking_no: before.trackingNo }]);
    // The session survived too: the same client reads its case.
    const mine = await enterprise.ok('query ($id: ID!) { myCase(id: $id) { trackingNo } }', {
      id: before.id,
    });
    expect(mine.myCase.trackingNo).toBe(before.trackingNo);
  }, 240_000);

  it('refuses a second start on a data folder in use, in one line naming it, and leaves the first alone', async () => {
    const postmaster = await postmasterOf(dataDir);
    const started = Date.now();
    // Also on the same HTTP port: the folder is what the user needs to hear about.
    const [samePort, otherPorts] = [
      startServer(settings()),
      startServer({ ...settings(), PORT: await freePort(), EMBEDDED_PG_PORT: await freePort() }),
    ];
    for (const second of [samePort, otherPorts]) {
      expect((await second.exit).code).toBe(1);
      expect(reason(second)).toBe(
        `GridBridge could not start: Data folder ${dataDir} is in use by another GridBridge process (pid ${running.child.pid}): stop it, or set DATA_DIR to another folder.`,
      );
      expect(second.output()).not.toContain('undefined');
    }
    // Refused before anything heavy was loaded or started.
    expect(Date.now() - started).toBeLessThan(30_000);
    expect(await postmasterOf(dataDir)).toBe(postmaster);
    expect(processesIn(dataDir)).toEqual([postmaster]);
    await healthy(running, 5000);
  }, 60_000);

  it('names the port and its variable when PORT or EMBEDDED_PG_PORT is taken, and leaves no process', async () => {
    const [takenHttp, takenPg] = [await freePort(), await freePort()];
    await occupy(takenHttp);
    await occupy(takenPg);
    const attempts = [
      { variable: 'PORT', port: takenHttp, dir: await tempFolder() },
      { variable: 'EMBEDDED_PG_PORT', port: takenPg, dir: await tempFolder() },
    ];
    const servers = await Promise.all(
      attempts.map(async ({ variable, port, dir }) =>
        startServer({
          DATA_DIR: dir,
          PORT: variable === 'PORT' ? port : await freePort(),
          EMBEDDED_PG_PORT: variable === 'PORT' ? await freePort() : port,
        }),
      ),
    );
    for (const [i, { variable, port, dir }] of attempts.entries()) {
      expect((await servers[i].exit).code).toBe(1);
      expect(reason(servers[i])).toBe(
        `GridBridge could not start: Port ${port} (${variable}) is already in use by another program: stop that program, or set ${variable} to a free port.`,
      );
      expect(processesIn(dir)).toEqual([]);
      // The folder is free again: its lock went with the refused process.
      expect(existsSync(path.join(dir, 'gridbridge.pid'))).toBe(false);
    }
  }, 60_000);

  it('loses no answered submission when killed under load: each exists once, numbers have no gaps, the audit chain holds', async () => {
    // One after another: sign-ins in flight count against the account until they succeed, and
    // more than three at once would be asked for a picture code.
    const clients: Awaited<ReturnType<typeof signedIn>>[] = [];
    for (let i = 0; i < 10; i++) clients.push(await signedIn(httpPort, 'portal', 'enterprise'));
    const answered = new Map<string, string>();
    const unanswered: string[] = [];
    const refused: unknown[] = [];
    let killed = false;
    const workers = clients.map(async (client, worker) => {
      for (let i = 0; !killed; i++) {
        const key = `restart-load-${worker}-${i}`;
        try {
          const response = await client.request<{ submitCase: { trackingNo: string } }>(SUBMIT, {
            input: caseInput(key),
          });
          if (response.errors) refused.push(response.errors);
          else answered.set(key, response.data!.submitCase.trackingNo);
        } catch {
          // No answer: the server died with this submission in flight (or before it arrived).
          unanswered.push(key);
          return;
        }
      }
    });
    while (answered.size < 40) await new Promise((resolve) => setTimeout(resolve, 20));
    running.child.kill('SIGKILL');
    killed = true;
    await running.exit;
    await Promise.all(workers);
    expect(refused).toEqual([]);
    // Submissions were running when the server died.
    expect(unanswered.length).toBeGreaterThan(0);

    running = startServer(settings());
    expect(await healthy(running)).toBeLessThan(60_000);
    // A client that got no answer sends the same submission again: it is made at most once.
    for (const key of unanswered) {
      const again = await clients[0].ok(SUBMIT, { input: caseInput(key) });
      answered.set(key, again.submitCase.trackingNo);
    }

    const stored = await query<{ client_key: string; tracking_no: string; copies: number }>(
      pgPort,
      `SELECT client_key, min(tracking_no) AS tracking_no, count(*)::int AS copies
       FROM case_file WHERE client_key = ANY($1) GROUP BY client_key`,
      [[...answered.keys()]],
    );
    expect(Object.fromEntries(stored.map((row) => [row.client_key, [row.tracking_no, row.copies]]))).toEqual(
      Object.fromEntries([...answered].map(([key, trackingNo]) => [key, [trackingNo, 1]])),
    );

    for (const year of new Set([...answered.values()].map((trackingNo) => trackingNo.slice(2, 6)))) {
      const numbers = (
        await query<{ tracking_no: string }>(
          pgPort,
          `SELECT tracking_no FROM case_file WHERE tracking_no LIKE $1`,
          [`YH${year}%`],
        )
      )
        .map((row) => Number(row.tracking_no.slice(6)))
        .sort((a, b) => a - b);
      expect(numbers).toEqual(Array.from({ length: numbers.length }, (_, i) => i + 1));
      const [counter] = await query<{ last_value: number }>(
        pgPort,
        'SELECT last_value FROM case_tracking_sequence WHERE year = $1',
        [Number(year)],
      );
      expect(Number(counter.last_value)).toBe(numbers.length);
    }

    const auditor = await signedIn(httpPort, 'admin', 'auditor');
    const { verifyAuditChain } = await auditor.ok('{ verifyAuditChain { intact checked } }');
    expect(verifyAuditChain.intact).toBe(true);
    expect(verifyAuditChain.checked).toBeGreaterThan(answered.size);
  }, 240_000);

  it('stops cleanly on SIGTERM, and when the boot fails after PostgreSQL started it says why, exits 1 and stops PostgreSQL', async () => {
    // Forget the first migration: running it again fails on tables that exist, after PostgreSQL is up.
    await query(pgPort, 'DELETE FROM migrations WHERE timestamp = (SELECT min(timestamp) FROM migrations)');
    running.child.kill('SIGTERM');
    expect(await running.exit).toEqual({ code: 0, signal: null });
    expect(processesIn(dataDir)).toEqual([]);

    const broken = startServer(settings());
    const exit = await broken.exit;
    expect(exit.code).toBe(1);
    expect(broken.output()).toMatch(/GridBridge could not start: .*already exists/);
    expect(broken.output()).not.toContain('undefined');
    expect(processesIn(dataDir)).toEqual([]);
    expect(existsSync(path.join(dataDir, 'gridbridge.pid'))).toBe(false);
  }, 120_000);
});
