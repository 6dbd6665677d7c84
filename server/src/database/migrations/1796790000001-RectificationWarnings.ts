import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Overdue rectification suggestions on the supervision board (docs/inspections.md#rectification):
 * a board item's subject is a case or a suggestion, and RECTIFY is a warning step.
 */
export class RectificationWarnings1796790000001 implements MigrationInterface {
  name = 'RectificationWarnings1796790000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "supervision_item" DROP CONSTRAINT "supervision_item_step_check"`);
    await queryRunner.query(`ALTER TABLE "supervision_item" ADD "suggestion_id" uuid`);
    await queryRunner.query(`ALTER TABLE "supervision_item" ALTER COLUMN "case_id" DROP NOT NULL`);
    await queryRunner.query(`ALTER TABLE "supervision_item" ALTER COLUMN "grid_id" DROP NOT NULL`);
    await queryRunner.query(
      `CREATE INDEX "supervision_item_suggestion_idx" ON "supervision_item"  ("suggestion_id") `,
    );
    await queryRunner.query(
      `ALTER TABLE "supervision_item" ADD CONSTRAINT "supervision_item_subject_check" CHECK (("case_id" IS NULL) <> ("suggestion_id" IS NULL))`,
    );
    await queryRunner.query(
      `ALTER TABLE "supervision_item" ADD CONSTRAINT "supervision_item_step_check" CHECK ("step" IS NULL OR "step" IN ('ACCEPT', 'SIGN', 'CONTACT', 'REPLY', 'REVIEW', 'RECTIFY'))`,
    );
    await queryRunner.query(
      `ALTER TABLE "supervision_item" ADD CONSTRAINT "supervision_item_suggestion_fk" FOREIGN KEY ("suggestion_id") REFERENCES "rectification_suggestion"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM "supervision_item" WHERE "suggestion_id" IS NOT NULL`);
    await queryRunner.query(
      `ALTER TABLE "supervision_item" DROP CONSTRAINT "supervision_item_suggestion_fk"`,
    );
    await queryRunner.query(`ALTER TABLE "supervision_item" DROP CONSTRAINT "supervision_item_step_check"`);
    await queryRunner.query(
      `ALTER TABLE "supervision_item" DROP CONSTRAINT "supervision_item_subject_check"`,
    );
    await queryRunner.query(`DROP INDEX "public"."supervision_item_suggestion_idx"`);
    await queryRunner.query(`ALTER TABLE "supervision_item" ALTER COLUMN "grid_id" SET NOT NULL`);
    await queryRunner.query(`ALTER TABLE "supervision_item" ALTER COLUMN "case_id" SET NOT NULL`);
    await queryRunner.query(`ALTER TABLE "supervision_item" DROP COLUMN "suggestion_id"`);
    await queryRunner.query(
      `ALTER TABLE "supervision_item" ADD CONSTRAINT "supervision_item_step_check" CHECK ("step" IS NULL OR "step" IN ('ACCEPT', 'SIGN', 'CONTACT', 'REPLY', 'REVIEW'))`,
    );
  }
}
