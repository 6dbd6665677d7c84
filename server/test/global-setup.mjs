// Plain JavaScript on the built server: Jest loads global setup outside its ESM transform.
import { mkdtemp } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../dist/database/data-source.js';
import { startEmbeddedPostgres } from '../dist/database/embedded.js';
import { prepareDatabase } from '../dist/database/prepare.js';

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/**
 * One embedded PostgreSQL for the whole run, with a template database that is migrated and
 * holds the demo district. Each test file clones it (CREATE DATABASE … TEMPLATE), which takes a
 * fraction of a second, so no test depends on another's data.
 */
export default async function globalSetup() {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'gridbridge-test-'));
  const database = await startEmbeddedPostgres({ dataDir, port: await freePort(), database: 'gb_template' });
  globalThis.__GB_STOP_PG__ = () => database.stop();
  const db = new DataSource(dataSourceOptions(database.url));
  await db.initialize();
  // The same instant as harness.ts's TEST_EPOCH: the demo is laid out around the tests' clock.
  await prepareDatabase(db, { demoData: true, now: new Date('2026-06-15T02:00:00.000Z') });
  await db.destroy();
  process.env.GB_TEST_TEMPLATE_URL = database.url;
  process.env.GB_TEST_DATA_DIR = dataDir;
}
