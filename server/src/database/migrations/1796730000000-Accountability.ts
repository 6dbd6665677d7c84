import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Accountability records 问责, public notices 通报, and the timeline index their candidates read. */
export class Accountability1796730000000 implements MigrationInterface {
  name = 'Accountability1796730000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "accountability_record" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "subject_kind" text NOT NULL, "department_id" uuid NOT NULL, "official_name" text, "official_post" text, "type" text NOT NULL, "reason" text NOT NULL, "decided_on" date NOT NULL, "decided_by" text NOT NULL, "created_by_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', CONSTRAINT "accountability_record_official_check" CHECK ("subject_kind" = 'DEPARTMENT' OR ("official_name" IS NOT NULL AND "official_post" IS NOT NULL)), CONSTRAINT "accountability_record_type_check" CHECK ("type" IN ('CRITICISM', 'ADMONITION', 'NO_HONOURS', 'PARTY_DISCIPLINE', 'ADMINISTRATIVE_SANCTION', 'OTHER')), CONSTRAINT "accountability_record_subject_check" CHECK ("subject_kind" IN ('DEPARTMENT', 'OFFICIAL')), CONSTRAINT "PK_8c0f07066890d51980798b08b90" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "accountability_record_type_idx" ON "accountability_record"  ("type", "decided_on", "id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "accountability_record_department_idx" ON "accountability_record"  ("department_id", "decided_on", "id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "accountability_record_decided_idx" ON "accountability_record"  ("decided_on", "id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "accountability_record_case" ("record_id" uuid NOT NULL, "case_id" uuid NOT NULL, CONSTRAINT "PK_194e055721b33890f22f37723e9" PRIMARY KEY ("record_id", "case_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "accountability_record_case_case_idx" ON "accountability_record_case"  ("case_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "public_notice" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "title" text NOT NULL, "body" text NOT NULL, "redact_names" boolean NOT NULL, "redact_posts" boolean NOT NULL, "redact_enterprises" boolean NOT NULL, "published_at" TIMESTAMP WITH TIME ZONE NOT NULL, "published_by_id" uuid NOT NULL, "withdrawn_at" TIMESTAMP WITH TIME ZONE, "withdrawn_by_id" uuid, "withdraw_reason" text, "version" integer NOT NULL DEFAULT '1', CONSTRAINT "PK_69742227b5bc4c38c2ee4bc11da" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "public_notice_public_idx" ON "public_notice"  ("published_at", "id") WHERE "withdrawn_at" IS NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX "public_notice_published_idx" ON "public_notice"  ("published_at", "id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "public_notice_record" ("notice_id" uuid NOT NULL, "record_id" uuid NOT NULL, "position" integer NOT NULL, CONSTRAINT "PK_8863cc243e1f58bdd03b3d6407e" PRIMARY KEY ("notice_id", "record_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "public_notice_record_record_idx" ON "public_notice_record"  ("record_id") `,
    );
    // The candidates read deadline facts and rework on the timeline by period (candidates.ts).
    await queryRunner.query(
      `CREATE INDEX "case_event_rework_idx" ON "case_event" ("action", "occurred_at")
        WHERE "action" IN ('sign', 'submitOpinion', 'submitReply', 'sendBack', 'reopen')`,
    );
    await queryRunner.query(
      `ALTER TABLE "accountability_record" ADD CONSTRAINT "accountability_record_department_fk" FOREIGN KEY ("department_id") REFERENCES "department"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "accountability_record" ADD CONSTRAINT "accountability_record_created_by_fk" FOREIGN KEY ("created_by_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "accountability_record_case" ADD CONSTRAINT "accountability_record_case_record_fk" FOREIGN KEY ("record_id") REFERENCES "accountability_record"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "accountability_record_case" ADD CONSTRAINT "accountability_record_case_case_fk" FOREIGN KEY ("case_id") REFERENCES "case_file"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "public_notice" ADD CONSTRAINT "public_notice_published_by_fk" FOREIGN KEY ("published_by_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "public_notice" ADD CONSTRAINT "public_notice_withdrawn_by_fk" FOREIGN KEY ("withdrawn_by_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "public_notice_record" ADD CONSTRAINT "public_notice_record_notice_fk" FOREIGN KEY ("notice_id") REFERENCES "public_notice"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "public_notice_record" ADD CONSTRAINT "public_notice_record_record_fk" FOREIGN KEY ("record_id") REFERENCES "accountability_record"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "public_notice_record" DROP CONSTRAINT "public_notice_record_record_fk"`,
    );
    await queryRunner.query(
      `ALTER TABLE "public_notice_record" DROP CONSTRAINT "public_notice_record_notice_fk"`,
    );
    await queryRunner.query(`ALTER TABLE "public_notice" DROP CONSTRAINT "public_notice_withdrawn_by_fk"`);
    await queryRunner.query(`ALTER TABLE "public_notice" DROP CONSTRAINT "public_notice_published_by_fk"`);
    await queryRunner.query(
      `ALTER TABLE "accountability_record_case" DROP CONSTRAINT "accountability_record_case_case_fk"`,
    );
    await queryRunner.query(
      `ALTER TABLE "accountability_record_case" DROP CONSTRAINT "accountability_record_case_record_fk"`,
    );
    await queryRunner.query(
      `ALTER TABLE "accountability_record" DROP CONSTRAINT "accountability_record_created_by_fk"`,
    );
    await queryRunner.query(
      `ALTER TABLE "accountability_record" DROP CONSTRAINT "accountability_record_department_fk"`,
    );
    await queryRunner.query(`DROP INDEX "public"."case_event_rework_idx"`);
    await queryRunner.query(`DROP INDEX "public"."public_notice_record_record_idx"`);
    await queryRunner.query(`DROP TABLE "public_notice_record"`);
    await queryRunner.query(`DROP INDEX "public"."public_notice_published_idx"`);
    await queryRunner.query(`DROP INDEX "public"."public_notice_public_idx"`);
    await queryRunner.query(`DROP TABLE "public_notice"`);
    await queryRunner.query(`DROP INDEX "public"."accountability_record_case_case_idx"`);
    await queryRunner.query(`DROP TABLE "accountability_record_case"`);
    await queryRunner.query(`DROP INDEX "public"."accountability_record_decided_idx"`);
    await queryRunner.query(`DROP INDEX "public"."accountability_record_department_idx"`);
    await queryRunner.query(`DROP INDEX "public"."accountability_record_type_idx"`);
    await queryRunner.query(`DROP TABLE "accountability_record"`);
  }
}
