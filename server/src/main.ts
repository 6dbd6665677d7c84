import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { EnvError, loadEnv } from './config/env.js';
import {
  assertPortFree,
  claimDataDir,
  portInUseMessage,
  startEmbeddedPostgres,
  StartupError,
  type DataDirLock,
  type EmbeddedDatabase,
} from './database/embedded.js';

const logger = new Logger('GridBridge');

/** What went wrong, readably: never `undefined`. */
function describe(error: unknown): string {
  if (error instanceof Error) return error.message || error.name;
  if (error === undefined || error === null) return 'an unknown error (no details were given)';
  if (typeof error === 'object') return JSON.stringify(error);
  return String(error);
}

/**
 * The last thing a failed start prints: one line saying why. Failures the user can act on
 * (a folder or port in use, a bad variable) are that line alone; anything else is a defect
 * and gets its stack trace first.
 */
function report(error: unknown): void {
  if (error instanceof EnvError) {
    console.error(error.message);
    return;
  }
  if (!(error instanceof StartupError) && error instanceof Error && error.stack) logger.error(error.stack);
  console.error(`GridBridge could not start: ${describe(error)}`);
}

async function main(): Promise<void> {
  let lock: DataDirLock | undefined;
  let embedded: EmbeddedDatabase | undefined;
  let app: NestFastifyApplication | undefined;
  let stopping = false;
  // Stops whatever has started, newest first, then exits. Signals during start-up land here too.
  const stop = async (code: number, error?: unknown) => {
    if (stopping) return;
    stopping = true;
    if (error !== undefined || code !== 0) report(error);
    await app?.close().catch((closeError: unknown) => logger.error(describe(closeError)));
    await embedded?.stop().catch((stopError: unknown) => logger.error(describe(stopError)));
    lock?.release();
    process.exit(code);
  };
  // Kept for the whole life of the process (not `once`): Nest's shutdown hooks re-raise the signal
  // after closing the app, and a signal nobody listens to would kill the process before
  // PostgreSQL has stopped.
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => void stop(0));

  try {
    const env = loadEnv();
    // The data folder first: a second `npm start` is told that GridBridge already runs there.
    if (!env.DATABASE_URL) lock = await claimDataDir(env.DATA_DIR);
    await assertPortFree(env.PORT, 'PORT');
    // Loaded only now, so that a refused start (folder or port in use) answers at once, and
    // while PostgreSQL starts: loading the application's modules takes seconds of CPU of its own.
    const modules = Promise.all([
      import('typeorm'),
      import('./app.js'),
      import('./common/clock.js'),
      import('./database/data-source.js'),
      import('./database/prepare.js'),
    ]);
    // Settled here too, so that a failure while PostgreSQL starts leaves no unhandled rejection.
    modules.catch(() => undefined);
    if (lock) {
      embedded = await startEmbeddedPostgres({
        dataDir: env.DATA_DIR,
        port: env.EMBEDDED_PG_PORT,
        database: 'gridbridge',
        lock,
      });
    }
    const databaseUrl = env.DATABASE_URL ?? embedded!.url;
    const [
      { DataSource },
      { createApp },
      { ShiftedClock, SystemClock },
      { dataSourceOptions },
      { prepareDatabase },
    ] = await modules;
    // Migrated (and seeded) before the application starts: its job runner and caches read the tables.
    // The browser tests' clock starts where they say (TEST_CLOCK_START, never in production), and
    // the demo district is laid out around it.
    const clock = env.TEST_CLOCK_START ? new ShiftedClock(env.TEST_CLOCK_START) : new SystemClock();
    const db = new DataSource(dataSourceOptions(databaseUrl));
    await db.initialize();
    try {
      await prepareDatabase(db, { demoData: env.demoData, now: clock.now() });
    } finally {
      await db.destroy();
    }
    app = await createApp(env, databaseUrl, clock);
    // Every interface, as a container's port mapping needs (Fastify alone would take localhost only).
    await app.listen(env.PORT, '0.0.0.0').catch((error: unknown) => {
      // Taken between the check above and now.
      if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
        throw new StartupError(portInUseMessage(env.PORT, 'PORT'));
      }
      throw error;
    });
    if (stopping) return;
    const base = `http://localhost:${env.PORT}`;
    logger.log(
      `GridBridge is up:\n  portal     ${base}/\n  admin      ${base}/admin/\n  portal API ${base}/graphql/portal\n  admin API  ${base}/graphql/admin\n  health     ${base}/health`,
    );
  } catch (error) {
    await stop(1, error);
  }
}

void main();
