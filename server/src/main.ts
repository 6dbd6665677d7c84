import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { createApp } from './app.js';
import { SystemClock } from './common/clock.js';
import { dataSourceOptions } from './database/data-source.js';
import { EnvError, loadEnv } from './config/env.js';
import { startEmbeddedPostgres, type EmbeddedDatabase } from './database/embedded.js';
import { prepareDatabase } from './database/prepare.js';

const logger = new Logger('GridBridge');

async function main(): Promise<void> {
  const env = loadEnv();
  let embedded: EmbeddedDatabase | undefined;
  let app: Awaited<ReturnType<typeof createApp>> | undefined;
  let stopping = false;
  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    await app?.close().catch(() => undefined);
    await embedded?.stop().catch(() => undefined);
    process.exit(code);
  };
  process.once('SIGINT', () => void stop(0));
  process.once('SIGTERM', () => void stop(0));

  if (!env.DATABASE_URL) {
    embedded = await startEmbeddedPostgres({
      dataDir: env.DATA_DIR,
      port: env.EMBEDDED_PG_PORT,
      database: 'gridbridge',
    });
  }
  const databaseUrl = env.DATABASE_URL ?? embedded!.url;
  try {
    // Migrated (and seeded) before the application starts: its job runner and caches read the tables.
    const clock = new SystemClock();
    const db = new DataSource(dataSourceOptions(databaseUrl));
    await db.initialize();
    try {
      await prepareDatabase(db, { demoData: env.demoData, now: clock.now() });
    } finally {
      await db.destroy();
    }
    app = await createApp(env, databaseUrl, clock);
    await app.listen(env.PORT);
  } catch (error) {
    logger.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
    await stop(1);
    return;
  }
  const base = `http://localhost:${env.PORT}`;
  logger.log(
    `GridBridge is up:\n  portal     ${base}/\n  admin      ${base}/admin/\n  portal API ${base}/graphql/portal\n  admin API  ${base}/graphql/admin\n  health     ${base}/health`,
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof EnvError ? error.message : error);
  process.exit(1);
});
