import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { connect, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    databaseUrl: string;
  }
}

const root = fileURLToPath(new URL('../../', import.meta.url));

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** Whether anything accepts connections on the port (after a grace period for shutdown). */
async function accepts(port: number): Promise<boolean> {
  await new Promise((resolve) => setTimeout(resolve, 1000));
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

async function waitForHealth(url: string, server: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`the server exited with ${server.exitCode}:\n${output()}`);
    const ok = await fetch(`${url}/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`the server did not become healthy:\n${output()}`);
}

/**
 * Starts the product as `npm start` serves it (built apps, both APIs, embedded PostgreSQL with
 * the demo district) on free ports and a throw-away data folder, and stops it afterwards.
 */
export default async function startProduct(project: TestProject) {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'gridbridge-e2e-'));
  const [port, pgPort] = [await freePort(), await freePort()];
  let log = '';
  const server = spawn(process.execPath, [path.join(root, 'server/dist/main.js')], {
    cwd: root,
    env: {
      ...process.env,
      PORT: String(port),
      DATA_DIR: dataDir,
      EMBEDDED_PG_PORT: String(pgPort),
      LOG_LEVEL: 'warn',
      // Every browser signs in from 127.0.0.1; the per-address limits have their own server tests.
      LOGIN_RATE_LIMIT_PER_MINUTE: '1000',
      LOGIN_CAPTCHA_AFTER_ADDRESS_FAILURES: '1000',
      // A clock the stories can move forward (POST /test/clock; docs/architecture.md, "A clock the
      // browser tests move"). It starts at the real present, so that the browsers' own clocks —
      // which drive the apps' period presets and date pickers — agree with the server's.
      TEST_CLOCK_START: new Date().toISOString(),
      // Sessions outlive the days the supervision story moves the clock by.
      SESSION_IDLE_MINUTES: String(60 * 24 * 30),
      SESSION_ABSOLUTE_HOURS: String(24 * 30),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  server.stdout?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  server.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  const baseUrl = `http://127.0.0.1:${port}`;
  try {
    await waitForHealth(baseUrl, server, () => log);
  } catch (error) {
    server.kill('SIGKILL');
    throw error;
  }
  project.provide('baseUrl', baseUrl);
  project.provide('databaseUrl', `postgres://gridbridge:gridbridge-local@127.0.0.1:${pgPort}/gridbridge`);
  return async () => {
    const exited = new Promise((resolve) => server.once('exit', resolve));
    server.kill('SIGTERM');
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 15_000).unref())]);
    if (server.exitCode === null) server.kill('SIGKILL');
    server.stdout?.destroy();
    server.stderr?.destroy();
    // SIGTERM must also stop the embedded PostgreSQL: nothing may be left listening.
    const stillListening = await accepts(pgPort);
    await rm(dataDir, { recursive: true, force: true });
    if (stillListening) throw new Error(`the embedded PostgreSQL on port ${pgPort} outlived the server`);
  };
}
