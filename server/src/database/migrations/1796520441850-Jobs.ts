import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Jobs1796520441850 implements MigrationInterface {
  name = 'Jobs1796520441850';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "job_schedule" ("name" text NOT NULL, "cron" text NOT NULL, "next_run_at" TIMESTAMP WITH TIME ZONE NOT NULL, "last_due_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_job_schedule" PRIMARY KEY ("name"))`,
    );
    // Delivery is a pg-boss job per message now; pg-boss keeps the retry times.
    await queryRunner.query(`ALTER TABLE "outbox_message" DROP COLUMN "next_attempt_at"`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "outbox_message" ADD "next_attempt_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()`,
    );
    await queryRunner.query(`DROP TABLE "job_schedule"`);
  }
}
