import 'reflect-metadata';
import { loadEnv } from '../config/env.js';
import { SystemClock } from '../common/clock.js';
import { prepareDatabase } from '../database/prepare.js';
import { withDatabase } from './database.js';

/** `npm run db:reset`: drops every table of the development database and builds it again. */
const env = loadEnv();
if (env.production) {
  console.error('db:reset refuses to run with NODE_ENV=production.');
  process.exit(1);
}
await withDatabase(env, async (db) => {
  await db.query('DROP SCHEMA public CASCADE');
  await db.query('CREATE SCHEMA public');
  await prepareDatabase(db, { demoData: env.demoData, now: new SystemClock().now() });
});
console.log('Database reset.');
