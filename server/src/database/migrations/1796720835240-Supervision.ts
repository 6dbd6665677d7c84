import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Supervision1796720835240 implements MigrationInterface {
  name = 'Supervision1796720835240';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "case_supervision" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "case_id" uuid NOT NULL, "department_id" uuid NOT NULL, "level" text NOT NULL, "note" text NOT NULL, "deadline" TIMESTAMP WITH TIME ZONE NOT NULL, "issued_at" TIMESTAMP WITH TIME ZONE NOT NULL, "issued_by" uuid NOT NULL, "issued_by_name" text NOT NULL, "acknowledged_at" TIMESTAMP WITH TIME ZONE, "acknowledged_by_name" text, "acknowledge_note" text, CONSTRAINT "case_supervision_level_check" CHECK ("level" IN ('NORMAL', 'KEY', 'LISTED')), CONSTRAINT "PK_7e2b8ae0133b733987d6b0439a7" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "case_supervision_department_idx" ON "case_supervision"  ("department_id", "acknowledged_at", "issued_at") `,
    );
    await queryRunner.query(
      `CREATE INDEX "case_supervision_case_idx" ON "case_supervision"  ("case_id", "issued_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "supervision_item" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "key" text NOT NULL, "case_id" uuid NOT NULL, "assignment_id" uuid, "department_id" uuid, "grid_id" uuid NOT NULL, "kind" text NOT NULL, "step" text, "colour" text, "reason" text, "deadline" TIMESTAMP WITH TIME ZONE, "sort_at" TIMESTAMP WITH TIME ZONE NOT NULL, "raised_at" TIMESTAMP WITH TIME ZONE NOT NULL, "event_id" bigint, CONSTRAINT "supervision_item_colour_check" CHECK ("colour" IS NULL OR "colour" IN ('YELLOW', 'RED')), CONSTRAINT "supervision_item_step_check" CHECK ("step" IS NULL OR "step" IN ('ACCEPT', 'SIGN', 'CONTACT', 'REPLY', 'REVIEW')), CONSTRAINT "supervision_item_kind_check" CHECK ("kind" IN ('WARNING', 'INACTION', 'SLOW_ACTION', 'WRONG_ACTION', 'COMPLAINT')), CONSTRAINT "PK_cf4bf67567eb9d885408a7942ed" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "supervision_item_case_idx" ON "supervision_item"  ("case_id") `);
    await queryRunner.query(
      `CREATE INDEX "supervision_item_raised_idx" ON "supervision_item"  ("raised_at") `,
    );
    await queryRunner.query(
      `CREATE INDEX "supervision_item_colour_idx" ON "supervision_item"  ("colour", "sort_at", "id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "supervision_item_kind_idx" ON "supervision_item"  ("kind", "sort_at", "id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "supervision_item_grid_idx" ON "supervision_item"  ("grid_id", "sort_at", "id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "supervision_item_department_idx" ON "supervision_item"  ("department_id", "sort_at", "id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "supervision_item_order_idx" ON "supervision_item"  ("sort_at", "id") `,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "supervision_item_key_idx" ON "supervision_item"  ("key") `);
    await queryRunner.query(
      `CREATE TABLE "supervision_scan" ("name" text NOT NULL, "last_event_id" bigint NOT NULL, CONSTRAINT "PK_387640e7ff4c7be8e58c7b0ca62" PRIMARY KEY ("name"))`,
    );
    // Partial indexes for the warnings job: the running replies and the first contacts still due,
    // by deadline, so each scan reads only the steps near or past their deadline.
    await queryRunner.query(
      `CREATE INDEX "case_assignment_reply_due_idx" ON "case_assignment" ("reply_deadline")
        WHERE "state" IN ('IN_PROGRESS', 'REPLY_DRAFTED') AND "paused_at" IS NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX "case_assignment_contact_due_idx" ON "case_assignment" ("contact_deadline")
        WHERE "role" = 'LEAD' AND "first_contacted_at" IS NULL AND "state" IN ('IN_PROGRESS', 'REPLY_DRAFTED')`,
    );
    await queryRunner.query(
      `ALTER TABLE "case_supervision" ADD CONSTRAINT "case_supervision_case_fk" FOREIGN KEY ("case_id") REFERENCES "case_file"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "case_supervision" ADD CONSTRAINT "case_supervision_department_fk" FOREIGN KEY ("department_id") REFERENCES "department"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "supervision_item" ADD CONSTRAINT "supervision_item_case_fk" FOREIGN KEY ("case_id") REFERENCES "case_file"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "supervision_item" ADD CONSTRAINT "supervision_item_department_fk" FOREIGN KEY ("department_id") REFERENCES "department"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."case_assignment_contact_due_idx"`);
    await queryRunner.query(`DROP INDEX "public"."case_assignment_reply_due_idx"`);
    await queryRunner.query(
      `ALTER TABLE "supervision_item" DROP CONSTRAINT "supervision_item_department_fk"`,
    );
    await queryRunner.query(`ALTER TABLE "supervision_item" DROP CONSTRAINT "supervision_item_case_fk"`);
    await queryRunner.query(
      `ALTER TABLE "case_supervision" DROP CONSTRAINT "case_supervision_department_fk"`,
    );
    await queryRunner.query(`ALTER TABLE "case_supervision" DROP CONSTRAINT "case_supervision_case_fk"`);
    await queryRunner.query(`DROP TABLE "supervision_scan"`);
    await queryRunner.query(`DROP INDEX "public"."supervision_item_key_idx"`);
    await queryRunner.query(`DROP INDEX "public"."supervision_item_order_idx"`);
    await queryRunner.query(`DROP INDEX "public"."supervision_item_department_idx"`);
    await queryRunner.query(`DROP INDEX "public"."supervision_item_grid_idx"`);
    await queryRunner.query(`DROP INDEX "public"."supervision_item_kind_idx"`);
    await queryRunner.query(`DROP INDEX "public"."supervision_item_colour_idx"`);
    await queryRunner.query(`DROP INDEX "public"."supervision_item_raised_idx"`);
    await queryRunner.query(`DROP INDEX "public"."supervision_item_case_idx"`);
    await queryRunner.query(`DROP TABLE "supervision_item"`);
    await queryRunner.query(`DROP INDEX "public"."case_supervision_case_idx"`);
    await queryRunner.query(`DROP INDEX "public"."case_supervision_department_idx"`);
    await queryRunner.query(`DROP TABLE "case_supervision"`);
  }
}
