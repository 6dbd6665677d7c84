import type { DataSource } from 'typeorm';
import { seedDemo } from '../modules/demo/demo.seed.js';

// Several instances may start at once on one database: one migrates and seeds, the others wait.
const PREPARE_LOCK = 727_000;

/**
 * Runs pending migrations, then loads the demo district when asked to, laid out around `now`
 * (the server's clock).
 */
export async function prepareDatabase(
  db: DataSource,
  options: { demoData: boolean; now: Date },
): Promise<void> {
  const runner = db.createQueryRunner();
  await runner.connect();
  try {
    await runner.query('SELECT pg_advisory_lock($1)', [PREPARE_LOCK]);
    await db.runMigrations({ transaction: 'each' });
    if (options.demoData) await db.transaction((manager) => seedDemo(manager, options.now));
  } finally {
    await runner.query('SELECT pg_advisory_unlock($1)', [PREPARE_LOCK]);
    await runner.release();
  }
}
