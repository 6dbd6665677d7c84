import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Exports1796610000000 implements MigrationInterface {
  name = 'Exports1796610000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "export_file" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "owner_id" uuid NOT NULL, "kind" text NOT NULL, "filter" jsonb NOT NULL, "locale" text NOT NULL, "status" text NOT NULL DEFAULT 'QUEUED', "file_name" text NOT NULL, "content" bytea, "row_count" integer, "attempts" integer NOT NULL DEFAULT '0', "error_code" text, "error_params" jsonb, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "started_at" TIMESTAMP WITH TIME ZONE, "finished_at" TIMESTAMP WITH TIME ZONE, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "export_file_kind_check" CHECK ("kind" IN ('CASES', 'ENTERPRISES')), CONSTRAINT "export_file_status_check" CHECK ("status" IN ('QUEUED', 'RUNNING', 'READY', 'FAILED')), CONSTRAINT "PK_export_file" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "export_file_expires_idx" ON "export_file"  ("expires_at") `);
    await queryRunner.query(
      `CREATE INDEX "export_file_owner_idx" ON "export_file"  ("owner_id", "created_at") `,
    );
    // One export at a time per user, decided by PostgreSQL: of two concurrent requests one inserts.
    await queryRunner.query(
      `CREATE UNIQUE INDEX "export_file_one_running_idx" ON "export_file" ("owner_id") WHERE "status" IN ('QUEUED', 'RUNNING')`,
    );
    await queryRunner.query(
      `ALTER TABLE "export_file" ADD CONSTRAINT "export_file_owner_fk" FOREIGN KEY ("owner_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "export_file"`);
  }
}
