import 'reflect-metadata';
import { loadEnv } from '../config/env.js';
import { SystemClock } from '../common/clock.js';
import { prepareDatabase } from '../database/prepare.js';
import { withDatabase } from './database.js';

/** `npm run migrate`: applies pending migrations (and the demo data when DEMO_DATA is on). */
const env = loadEnv();
await withDatabase(env, (db) =>
  prepareDatabase(db, { demoData: env.demoData, now: new SystemClock().now() }),
);
console.log('Database is up to date.');
