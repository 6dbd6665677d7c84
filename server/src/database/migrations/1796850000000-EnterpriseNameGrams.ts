import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Finding enterprises by a piece of their name with an index (docs/performance.md#enterprise-names).
 * Chinese words are mostly two characters, and a trigram index cannot serve a two-character
 * pattern: `name ILIKE '%宏达%'` read every enterprise (400 ms at 100,000, seconds at 1,000,000).
 * The index holds each name's characters and pairs of characters, lower-cased; a word's own
 * characters and pairs are then all in the name of every enterprise that contains it, and
 * `strpos` keeps the ones where they stand together.
 */
export class EnterpriseNameGrams1796850000000 implements MigrationInterface {
  name = 'EnterpriseNameGrams1796850000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE FUNCTION "enterprise_name_grams"(name text) RETURNS text[]
         LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
           SELECT coalesce(array_agg(DISTINCT gram), '{}') FROM (
             SELECT substr(lower(name), i, 1) AS gram FROM generate_series(1, length(name)) AS i
             UNION ALL
             SELECT substr(lower(name), i, 2) FROM generate_series(1, length(name) - 1) AS i
           ) AS grams
         $$`,
    );
    await queryRunner.query(
      `CREATE INDEX "enterprise_name_grams_idx" ON "enterprise" USING gin (enterprise_name_grams("name"))`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "enterprise_name_grams_idx"`);
    await queryRunner.query(`DROP FUNCTION "enterprise_name_grams"(text)`);
  }
}
