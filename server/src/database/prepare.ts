import PgBoss from 'pg-boss';
import type { DataSource } from 'typeorm';
import { JOBS_SCHEMA } from '../common/job-runner.service.js';
import { bool, decodeRows } from './rows.js';

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
    // pg-boss's own tables (it migrates them itself on later upgrades); here so that a fresh
    // database is complete before any instance starts its job runner.
    const [{ installed }] = decodeRows(
      await runner.query('SELECT to_regclass($1) IS NOT NULL AS installed', [`${JOBS_SCHEMA}.version`]),
      { installed: bool },
    );
    if (!installed) await runner.query(PgBoss.getConstructionPlans(JOBS_SCHEMA));
    if (options.demoData) {
      // Loaded only when asked for, so the demo's generator and data stay out of a production
      // server's import graph (test/production-imports.spec.ts holds it to that).
      const { seedDemo } = await import('../modules/demo/index.js');
      await db.transaction((manager) => seedDemo(manager, options.now));
    }
  } finally {
    await runner.query('SELECT pg_advisory_unlock($1)', [PREPARE_LOCK]);
    await runner.release();
  }
}
