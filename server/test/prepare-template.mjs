// Migrates the template database and lays out the demo district, in a process of its own: loading
// the built server into Jest's main process would leave a second copy of `graphql` there, and a
// single spec file (which Jest runs in that process) would then fail to build its schema.
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../dist/database/data-source.js';
import { prepareDatabase } from '../dist/database/prepare.js';

const db = new DataSource(dataSourceOptions(process.argv[2]));
await db.initialize();
// The same instant as harness.ts's TEST_EPOCH: the demo is laid out around the tests' clock.
await prepareDatabase(db, { demoData: true, now: new Date('2026-06-15T02:00:00.000Z') });
await db.destroy();
