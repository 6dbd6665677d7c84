import { DataSource } from 'typeorm';
import type { Env } from '../config/env.js';
import { dataSourceOptions } from '../database/data-source.js';
import { startEmbeddedPostgres } from '../database/embedded.js';

/** Opens the database the server would use (embedded unless DATABASE_URL is set) for a CLI task. */
export async function withDatabase<T>(env: Env, task: (db: DataSource) => Promise<T>): Promise<T> {
  const embedded = env.DATABASE_URL
    ? undefined
    : await startEmbeddedPostgres({
        dataDir: env.DATA_DIR,
        port: env.EMBEDDED_PG_PORT,
        database: 'gridbridge',
      });
  const db = new DataSource(dataSourceOptions(env.DATABASE_URL ?? embedded!.url));
  await db.initialize();
  try {
    return await task(db);
  } finally {
    await db.destroy();
    await embedded?.stop();
  }
}
