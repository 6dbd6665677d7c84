// Plain JavaScript on the built server: Jest loads global setup outside its ESM transform.
import { mkdtemp } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { startEmbeddedPostgres } from '../dist/database/embedded.js';

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
  const database = await startEmbeddedPostgres({
    dataDir,
    port: await freePort(),
    database: 'gb_template',
    // A throw-away cluster: nothing in it must survive a machine crash, so it never waits for the
    // disk. Each file's DROP DATABASE forces a checkpoint, which with fsync took about two seconds
    // on a busy machine; every commit waited for its WAL flush. The restart tests start servers
    // with PostgreSQL's defaults of their own.
    postgresFlags: ['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off'],
  });
  globalThis.__GB_STOP_PG__ = () => database.stop();
  await promisify(execFile)(process.execPath, [
    fileURLToPath(new URL('prepare-template.mjs', import.meta.url)),
    database.url,
  ]);
  process.env.GB_TEST_TEMPLATE_URL = database.url;
  process.env.GB_TEST_DATA_DIR = dataDir;
}
