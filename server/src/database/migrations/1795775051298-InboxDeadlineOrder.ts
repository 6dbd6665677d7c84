import type { MigrationInterface, QueryRunner } from 'typeorm';

export class InboxDeadlineOrder1795775051298 implements MigrationInterface {
  name = 'InboxDeadlineOrder1795775051298';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX "case_file_state_deadline_idx" ON "case_file"  ("state", "state_deadline", "id") `,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."case_file_state_deadline_idx"`);
  }
}
