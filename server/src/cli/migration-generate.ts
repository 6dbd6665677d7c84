import 'reflect-metadata';
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { loadEnv } from '../config/env.js';
import { withDatabase } from './database.js';

/**
 * `npm run migration:generate -w server -- Name`: compares the entities with the migrated
 * development database and writes the SQL that closes the gap as a new migration.
 */
const name = process.argv[2];
if (!name || !/^[A-Z][A-Za-z0-9]+$/.test(name)) {
  console.error('Usage: npm run migration:generate -w server -- PascalCaseName');
  process.exit(1);
}
const env = loadEnv();
const sql = await withDatabase(env, async (db) => {
  await db.runMigrations({ transaction: 'each' });
  return db.driver.createSchemaBuilder().log();
});
if (sql.upQueries.length === 0) {
  console.log('The entities match the migrations; nothing to generate.');
  process.exit(0);
}
const timestamp = Date.now();
const className = `${name}${timestamp}`;
const quote = (query: string) => '`' + query.replace(/`/g, '\\`') + '`';
const lines = (queries: { query: string }[]) =>
  queries.map((q) => `    await queryRunner.query(${quote(q.query)});`).join('\n');
const source = `import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ${className} implements MigrationInterface {
  name = '${className}';

  async up(queryRunner: QueryRunner): Promise<void> {
${lines(sql.upQueries)}
  }

  async down(queryRunner: QueryRunner): Promise<void> {
${lines([...sql.downQueries].reverse())}
  }
}
`;
const srcDir = fileURLToPath(new URL('../../src/database/migrations/', import.meta.url));
const file = `${timestamp}-${name}`;
await writeFile(`${srcDir}${file}.ts`, source);
const indexPath = `${srcDir}index.ts`;
const index = await readFile(indexPath, 'utf8');
await writeFile(
  indexPath,
  `import { ${className} } from './${file}.js';\n` +
    index.replace(/export const MIGRATIONS: MigrationClass\[\] = \[([^\]]*)\];/, (_all, list: string) => {
      const items = list
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean)
        .concat(className);
      return `export const MIGRATIONS: MigrationClass[] = [${items.join(', ')}];`;
    }),
);
console.log(`Wrote src/database/migrations/${file}.ts; review it, then build.`);
