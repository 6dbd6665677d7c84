import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Keyset pages of the rectification suggestions (docs/inspections.md#lists), ordered by
 * (deadline, id): the office's list without a state filter and a department's without one had
 * no index in that order.
 */
export class RectificationPages1796830000000 implements MigrationInterface {
  name = 'RectificationPages1796830000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX "rectification_suggestion_department_deadline_idx" ON "rectification_suggestion"  ("department_id", "deadline", "id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "rectification_suggestion_deadline_idx" ON "rectification_suggestion"  ("deadline", "id") `,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."rectification_suggestion_deadline_idx"`);
    await queryRunner.query(`DROP INDEX "public"."rectification_suggestion_department_deadline_idx"`);
  }
}
