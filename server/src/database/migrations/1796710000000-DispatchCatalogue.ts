import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The dispatch catalogue 派单目录, the time limits per category and priority, and what was suggested at each assignment. */
export class DispatchCatalogue1796710000000 implements MigrationInterface {
  name = 'DispatchCatalogue1796710000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "dispatch_matter" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "category" text NOT NULL, "name" text NOT NULL, "description" text NOT NULL DEFAULT '', "keywords" text array NOT NULL DEFAULT '{}', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', CONSTRAINT "dispatch_matter_name_unique" UNIQUE ("category", "name"), CONSTRAINT "dispatch_matter_category_check" CHECK ("category" IN ('APPROVAL', 'LAND_PLANNING', 'FINANCING', 'EMPLOYMENT', 'UTILITIES', 'TAXES_FEES', 'ENFORCEMENT', 'POLICY_DELIVERY', 'INFRASTRUCTURE', 'OTHER')), CONSTRAINT "PK_7018ac496d8eec89970edba6369" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "dispatch_matter_department" ("matter_id" uuid NOT NULL, "department_id" uuid NOT NULL, "role" text NOT NULL, CONSTRAINT "dispatch_matter_department_role_check" CHECK ("role" IN ('LEAD', 'CO')), CONSTRAINT "PK_47fbad68f2f9a32f19e9a1c14a4" PRIMARY KEY ("matter_id", "department_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "dispatch_matter_department_department_idx" ON "dispatch_matter_department"  ("department_id") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "dispatch_matter_one_lead" ON "dispatch_matter_department"  ("matter_id") WHERE "role" = 'LEAD'`,
    );
    await queryRunner.query(
      `CREATE TABLE "time_limit" ("category" text NOT NULL, "priority" text NOT NULL, "sign" integer NOT NULL, "first_contact" integer NOT NULL, "reply" integer NOT NULL, "reply_complex" integer NOT NULL, "review" integer NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', CONSTRAINT "time_limit_days_check" CHECK ("sign" BETWEEN 1 AND 60 AND "first_contact" BETWEEN 1 AND 60 AND "reply" BETWEEN 1 AND 60 AND "reply_complex" BETWEEN 1 AND 60 AND "review" BETWEEN 1 AND 60), CONSTRAINT "time_limit_priority_check" CHECK ("priority" IN ('NORMAL', 'URGENT')), CONSTRAINT "time_limit_category_check" CHECK ("category" IN ('APPROVAL', 'LAND_PLANNING', 'FINANCING', 'EMPLOYMENT', 'UTILITIES', 'TAXES_FEES', 'ENFORCEMENT', 'POLICY_DELIVERY', 'INFRASTRUCTURE', 'OTHER')), CONSTRAINT "PK_4cdb9f02fe8ea1c6d382ab9b43c" PRIMARY KEY ("category", "priority"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "assignment_suggestion_outcome" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "case_id" uuid NOT NULL, "suggested_lead_id" uuid, "chosen_lead_id" uuid NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_444520605cb9cb6cd2bc5b765da" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "assignment_suggestion_outcome_at_idx" ON "assignment_suggestion_outcome"  ("at") `,
    );
    await queryRunner.query(
      `ALTER TABLE "dispatch_matter_department" ADD CONSTRAINT "dispatch_matter_department_matter_fk" FOREIGN KEY ("matter_id") REFERENCES "dispatch_matter"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "dispatch_matter_department" ADD CONSTRAINT "dispatch_matter_department_department_fk" FOREIGN KEY ("department_id") REFERENCES "department"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "assignment_suggestion_outcome" ADD CONSTRAINT "assignment_suggestion_outcome_case_fk" FOREIGN KEY ("case_id") REFERENCES "case_file"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "assignment_suggestion_outcome" ADD CONSTRAINT "assignment_suggestion_outcome_suggested_fk" FOREIGN KEY ("suggested_lead_id") REFERENCES "department"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "assignment_suggestion_outcome" ADD CONSTRAINT "assignment_suggestion_outcome_chosen_fk" FOREIGN KEY ("chosen_lead_id") REFERENCES "department"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "assignment_suggestion_outcome" DROP CONSTRAINT "assignment_suggestion_outcome_chosen_fk"`,
    );
    await queryRunner.query(
      `ALTER TABLE "assignment_suggestion_outcome" DROP CONSTRAINT "assignment_suggestion_outcome_suggested_fk"`,
    );
    await queryRunner.query(
      `ALTER TABLE "assignment_suggestion_outcome" DROP CONSTRAINT "assignment_suggestion_outcome_case_fk"`,
    );
    await queryRunner.query(
      `ALTER TABLE "dispatch_matter_department" DROP CONSTRAINT "dispatch_matter_department_department_fk"`,
    );
    await queryRunner.query(
      `ALTER TABLE "dispatch_matter_department" DROP CONSTRAINT "dispatch_matter_department_matter_fk"`,
    );
    await queryRunner.query(`DROP INDEX "public"."assignment_suggestion_outcome_at_idx"`);
    await queryRunner.query(`DROP TABLE "assignment_suggestion_outcome"`);
    await queryRunner.query(`DROP TABLE "time_limit"`);
    await queryRunner.query(`DROP INDEX "public"."dispatch_matter_one_lead"`);
    await queryRunner.query(`DROP INDEX "public"."dispatch_matter_department_department_idx"`);
    await queryRunner.query(`DROP TABLE "dispatch_matter_department"`);
    await queryRunner.query(`DROP TABLE "dispatch_matter"`);
  }
}
