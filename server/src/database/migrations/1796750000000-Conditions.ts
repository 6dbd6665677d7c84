import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Enterprise condition reports with their revisions, grid heads' visits and photos, report-to-case links, reminders sent, and the condition export (docs/conditions.md). */
export class Conditions1796750000000 implements MigrationInterface {
  name = 'Conditions1796750000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "condition_report" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "enterprise_id" uuid NOT NULL, "month" text NOT NULL, "operating_status" text NOT NULL, "employees" integer NOT NULL, "output_value" numeric(12,2) NOT NULL, "revenue" numeric(12,2) NOT NULL, "capacity_use" integer NOT NULL, "order_trend" text NOT NULL, "difficulties" text NOT NULL DEFAULT '', "submitted_by" uuid NOT NULL, "visit_id" uuid, "submitted_at" TIMESTAMP WITH TIME ZONE NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', CONSTRAINT "condition_report_month_unique" UNIQUE ("enterprise_id", "month"), CONSTRAINT "condition_report_figures_check" CHECK ("employees" >= 0 AND "output_value" >= 0 AND "revenue" >= 0 AND "capacity_use" BETWEEN 0 AND 100), CONSTRAINT "condition_report_trend_check" CHECK ("order_trend" IN ('UP', 'FLAT', 'DOWN')), CONSTRAINT "condition_report_status_check" CHECK ("operating_status" IN ('NORMAL', 'PARTIAL', 'STOPPED', 'CLOSED')), CONSTRAINT "condition_report_month_check" CHECK ("month" ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'), CONSTRAINT "PK_55a261fd9525b89554b0febe498" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "condition_report_visit_idx" ON "condition_report"  ("visit_id") WHERE "visit_id" IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX "condition_report_month_idx" ON "condition_report"  ("month", "enterprise_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "condition_report_revision" ("id" BIGSERIAL NOT NULL, "report_id" uuid NOT NULL, "revision" integer NOT NULL, "operating_status" text NOT NULL, "employees" integer NOT NULL, "output_value" numeric(12,2) NOT NULL, "revenue" numeric(12,2) NOT NULL, "capacity_use" integer NOT NULL, "order_trend" text NOT NULL, "difficulties" text NOT NULL DEFAULT '', "submitted_by" uuid NOT NULL, "submitted_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "condition_report_revision_unique" UNIQUE ("report_id", "revision"), CONSTRAINT "condition_report_revision_trend_check" CHECK ("order_trend" IN ('UP', 'FLAT', 'DOWN')), CONSTRAINT "condition_report_revision_status_check" CHECK ("operating_status" IN ('NORMAL', 'PARTIAL', 'STOPPED', 'CLOSED')), CONSTRAINT "PK_cf83eec155acae117cc2241af5d" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "condition_visit" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "enterprise_id" uuid NOT NULL, "visitor_id" uuid NOT NULL, "visited_on" date NOT NULL, "findings" text NOT NULL, "client_key" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "condition_visit_client_key_unique" UNIQUE ("visitor_id", "client_key"), CONSTRAINT "PK_b27ea60344497549524483edd01" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "condition_visit_date_idx" ON "condition_visit"  ("visited_on", "enterprise_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "condition_visit_enterprise_idx" ON "condition_visit"  ("enterprise_id", "visited_on") `,
    );
    await queryRunner.query(
      `CREATE TABLE "condition_visit_photo" ("attachment_id" uuid NOT NULL, "visit_id" uuid NOT NULL, CONSTRAINT "PK_8c47c59d79b3c035c6b484b2da8" PRIMARY KEY ("attachment_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "condition_visit_photo_visit_idx" ON "condition_visit_photo"  ("visit_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "condition_report_case" ("case_id" uuid NOT NULL, "report_id" uuid NOT NULL, CONSTRAINT "PK_05376af5b40104db8d7979b07c0" PRIMARY KEY ("case_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "condition_report_case_report_idx" ON "condition_report_case"  ("report_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "condition_reminder" ("month" text NOT NULL, "recipient_id" uuid NOT NULL, "sent_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_eb1caa0ac1d7373846beed27f82" PRIMARY KEY ("month", "recipient_id"))`,
    );
    await queryRunner.query(`ALTER TABLE "case_attachment" ADD "kept" boolean NOT NULL DEFAULT false`);
    await queryRunner.query(
      `ALTER TABLE "condition_report" ADD CONSTRAINT "condition_report_enterprise_fk" FOREIGN KEY ("enterprise_id") REFERENCES "enterprise"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "condition_report" ADD CONSTRAINT "condition_report_submitter_fk" FOREIGN KEY ("submitted_by") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "condition_report_revision" ADD CONSTRAINT "condition_report_revision_report_fk" FOREIGN KEY ("report_id") REFERENCES "condition_report"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "condition_report_revision" ADD CONSTRAINT "condition_report_revision_submitter_fk" FOREIGN KEY ("submitted_by") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "condition_visit" ADD CONSTRAINT "condition_visit_enterprise_fk" FOREIGN KEY ("enterprise_id") REFERENCES "enterprise"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "condition_visit" ADD CONSTRAINT "condition_visit_visitor_fk" FOREIGN KEY ("visitor_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "condition_visit_photo" ADD CONSTRAINT "condition_visit_photo_attachment_fk" FOREIGN KEY ("attachment_id") REFERENCES "case_attachment"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "condition_visit_photo" ADD CONSTRAINT "condition_visit_photo_visit_fk" FOREIGN KEY ("visit_id") REFERENCES "condition_visit"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "condition_report_case" ADD CONSTRAINT "condition_report_case_case_fk" FOREIGN KEY ("case_id") REFERENCES "case_file"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "condition_report_case" ADD CONSTRAINT "condition_report_case_report_fk" FOREIGN KEY ("report_id") REFERENCES "condition_report"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    // TypeORM does not see a CHECK whose list changed: the export kinds gain CONDITIONS by hand.
    await queryRunner.query(`ALTER TABLE "export_file" DROP CONSTRAINT "export_file_kind_check"`);
    await queryRunner.query(
      `ALTER TABLE "export_file" ADD CONSTRAINT "export_file_kind_check" CHECK ("kind" IN ('CASES', 'ENTERPRISES', 'AUDIT', 'CONDITIONS'))`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM "export_file" WHERE "kind" = 'CONDITIONS'`);
    await queryRunner.query(`ALTER TABLE "export_file" DROP CONSTRAINT "export_file_kind_check"`);
    await queryRunner.query(
      `ALTER TABLE "export_file" ADD CONSTRAINT "export_file_kind_check" CHECK ("kind" IN ('CASES', 'ENTERPRISES', 'AUDIT'))`,
    );
    await queryRunner.query(
      `ALTER TABLE "condition_report_case" DROP CONSTRAINT "condition_report_case_report_fk"`,
    );
    await queryRunner.query(
      `ALTER TABLE "condition_report_case" DROP CONSTRAINT "condition_report_case_case_fk"`,
    );
    await queryRunner.query(
      `ALTER TABLE "condition_visit_photo" DROP CONSTRAINT "condition_visit_photo_visit_fk"`,
    );
    await queryRunner.query(
      `ALTER TABLE "condition_visit_photo" DROP CONSTRAINT "condition_visit_photo_attachment_fk"`,
    );
    await queryRunner.query(`ALTER TABLE "condition_visit" DROP CONSTRAINT "condition_visit_visitor_fk"`);
    await queryRunner.query(`ALTER TABLE "condition_visit" DROP CONSTRAINT "condition_visit_enterprise_fk"`);
    await queryRunner.query(
      `ALTER TABLE "condition_report_revision" DROP CONSTRAINT "condition_report_revision_submitter_fk"`,
    );
    await queryRunner.query(
      `ALTER TABLE "condition_report_revision" DROP CONSTRAINT "condition_report_revision_report_fk"`,
    );
    await queryRunner.query(`ALTER TABLE "condition_report" DROP CONSTRAINT "condition_report_submitter_fk"`);
    await queryRunner.query(
      `ALTER TABLE "condition_report" DROP CONSTRAINT "condition_report_enterprise_fk"`,
    );
    await queryRunner.query(`ALTER TABLE "case_attachment" DROP COLUMN "kept"`);
    await queryRunner.query(`DROP TABLE "condition_reminder"`);
    await queryRunner.query(`DROP INDEX "public"."condition_report_case_report_idx"`);
    await queryRunner.query(`DROP TABLE "condition_report_case"`);
    await queryRunner.query(`DROP INDEX "public"."condition_visit_photo_visit_idx"`);
    await queryRunner.query(`DROP TABLE "condition_visit_photo"`);
    await queryRunner.query(`DROP INDEX "public"."condition_visit_enterprise_idx"`);
    await queryRunner.query(`DROP INDEX "public"."condition_visit_date_idx"`);
    await queryRunner.query(`DROP TABLE "condition_visit"`);
    await queryRunner.query(`DROP TABLE "condition_report_revision"`);
    await queryRunner.query(`DROP INDEX "public"."condition_report_month_idx"`);
    await queryRunner.query(`DROP INDEX "public"."condition_report_visit_idx"`);
    await queryRunner.query(`DROP TABLE "condition_report"`);
  }
}
