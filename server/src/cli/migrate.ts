import 'reflect-metadata';
import { loadEnv } from '../config/env.js';
import { prepareDatabase } from '../database/prepare.js';
import { withDatabase } from './database.js';

/** `npm run migrate`: applies pending migrations (and the demo data when DEMO_DATA is on). */
const env = loadEnv();
await withDatabase(env, (db) => prepareDatabase(db, { demoData: env.demoData }));
console.log('Database is up to date.');
