import type { DataSourceOptions } from 'typeorm';
import { ENTITIES } from './entities.js';
import { MIGRATIONS } from './migrations/index.js';
import { SqlLogger } from './sql-logger.js';

/** The one place that says how the server talks to PostgreSQL. Schema changes go through migrations only. */
export function dataSourceOptions(url: string): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsRun: false,
    synchronize: false,
    // gen_random_uuid() is built into PostgreSQL 13+; no extension to install.
    uuidExtension: 'pgcrypto',
    logger: new SqlLogger(),
    maxQueryExecutionTime: 1000,
    extra: { max: 20, application_name: 'gridbridge' },
  };
}
