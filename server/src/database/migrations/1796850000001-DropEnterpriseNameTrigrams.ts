import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Every search of a piece of an enterprise's name goes through the name-grams index now
 * (EnterpriseNameGrams): the trigram index served no query — it cannot serve the two-character
 * words Chinese mostly has — and cost every enterprise write its upkeep.
 */
export class DropEnterpriseNameTrigrams1796850000001 implements MigrationInterface {
  name = 'DropEnterpriseNameTrigrams1796850000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "enterprise_name_trgm_idx"`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX "enterprise_name_trgm_idx" ON "enterprise" USING gin ("name" gin_trgm_ops)`,
    );
  }
}
