import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Administrative inspections: teams, tasks, records, findings and rectification suggestions (docs/inspections.md). */
export class Inspections1796760000000 implements MigrationInterface {
  name = 'Inspections1796760000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "inspection_team" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" text NOT NULL, "leader_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', CONSTRAINT "UQ_89c38a17af633f45c59da99c7a3" UNIQUE ("name"), CONSTRAINT "PK_a515e6784e5aaca1aca5b63c605" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "inspection_team_member" ("team_id" uuid NOT NULL, "user_id" uuid NOT NULL, CONSTRAINT "PK_151d1242b93d1a21338d0ad030f" PRIMARY KEY ("team_id", "user_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "inspection_team_member_user_idx" ON "inspection_team_member"  ("user_id", "team_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "inspection_task" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "team_id" uuid NOT NULL, "title" text NOT NULL, "focus" text NOT NULL, "grid_id" uuid, "department_id" uuid, "starts_on" date NOT NULL, "ends_on" date NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', CONSTRAINT "inspection_task_period_check" CHECK ("ends_on" >= "starts_on"), CONSTRAINT "inspection_task_target_check" CHECK (("grid_id" IS NULL) <> ("department_id" IS NULL)), CONSTRAINT "inspection_task_focus_check" CHECK ("focus" IN ('DUTIES', 'PUBLIC_SERVICE', 'SOCIAL_MANAGEMENT', 'MARKET_REGULATION')), CONSTRAINT "PK_0e864a4a0e5aabf5352424ee118" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "inspection_task_period_idx" ON "inspection_task"  ("starts_on", "id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "inspection_task_team_idx" ON "inspection_task"  ("team_id", "starts_on", "id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "inspection_record" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "task_id" uuid NOT NULL, "inspector_id" uuid NOT NULL, "inspected_on" date NOT NULL, "place" text NOT NULL, "checked" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_c9d3afaf7df50a696681bfc874c" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "inspection_record_date_idx" ON "inspection_record"  ("inspected_on", "id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "inspection_record_task_idx" ON "inspection_record"  ("task_id", "inspected_on", "id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "inspection_finding" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "record_id" uuid NOT NULL, "category" text NOT NULL, "department_id" uuid NOT NULL, "description" text NOT NULL, "outcome" text NOT NULL DEFAULT 'OPEN', "solution" text, "solved_at" TIMESTAMP WITH TIME ZONE, "case_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', CONSTRAINT "inspection_finding_outcome_check" CHECK ("outcome" IN ('OPEN', 'SOLVED', 'CASE', 'SUGGESTION')), CONSTRAINT "inspection_finding_category_check" CHECK ("category" IN ('APPROVAL', 'LAND_PLANNING', 'FINANCING', 'EMPLOYMENT', 'UTILITIES', 'TAXES_FEES', 'ENFORCEMENT', 'POLICY_DELIVERY', 'INFRASTRUCTURE', 'OTHER')), CONSTRAINT "PK_8a5a31d52f66dd3a7ba987e2639" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "inspection_finding_case_idx" ON "inspection_finding"  ("case_id") WHERE "case_id" IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX "inspection_finding_record_idx" ON "inspection_finding"  ("record_id", "id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "rectification_suggestion" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "finding_id" uuid NOT NULL, "department_id" uuid NOT NULL, "suggestion" text NOT NULL, "issued_at" TIMESTAMP WITH TIME ZONE NOT NULL, "deadline" TIMESTAMP WITH TIME ZONE NOT NULL, "state" text NOT NULL DEFAULT 'ISSUED', "report" text, "evidence" text, "reported_at" TIMESTAMP WITH TIME ZONE, "return_reason" text, "verified_at" TIMESTAMP WITH TIME ZONE, "version" integer NOT NULL DEFAULT '1', CONSTRAINT "UQ_48df80ac92e8c795776b20c2132" UNIQUE ("finding_id"), CONSTRAINT "rectification_suggestion_state_check" CHECK ("state" IN ('ISSUED', 'REPORTED', 'ACCEPTED')), CONSTRAINT "PK_1b277b6ec466ea47360fae2d24e" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "rectification_suggestion_state_idx" ON "rectification_suggestion"  ("state", "deadline", "id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "rectification_suggestion_issued_idx" ON "rectification_suggestion"  ("issued_at", "id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "rectification_suggestion_department_idx" ON "rectification_suggestion"  ("department_id", "state", "deadline", "id") `,
    );
    await queryRunner.query(
      `ALTER TABLE "inspection_team" ADD CONSTRAINT "inspection_team_leader_fk" FOREIGN KEY ("leader_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "inspection_team_member" ADD CONSTRAINT "inspection_team_member_team_fk" FOREIGN KEY ("team_id") REFERENCES "inspection_team"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "inspection_team_member" ADD CONSTRAINT "inspection_team_member_user_fk" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "inspection_task" ADD CONSTRAINT "inspection_task_team_fk" FOREIGN KEY ("team_id") REFERENCES "inspection_team"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "inspection_task" ADD CONSTRAINT "inspection_task_grid_fk" FOREIGN KEY ("grid_id") REFERENCES "grid"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "inspection_task" ADD CONSTRAINT "inspection_task_department_fk" FOREIGN KEY ("department_id") REFERENCES "department"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "inspection_record" ADD CONSTRAINT "inspection_record_task_fk" FOREIGN KEY ("task_id") REFERENCES "inspection_task"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "inspection_record" ADD CONSTRAINT "inspection_record_inspector_fk" FOREIGN KEY ("inspector_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "inspection_finding" ADD CONSTRAINT "inspection_finding_record_fk" FOREIGN KEY ("record_id") REFERENCES "inspection_record"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "inspection_finding" ADD CONSTRAINT "inspection_finding_department_fk" FOREIGN KEY ("department_id") REFERENCES "department"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "rectification_suggestion" ADD CONSTRAINT "rectification_suggestion_finding_fk" FOREIGN KEY ("finding_id") REFERENCES "inspection_finding"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "rectification_suggestion" ADD CONSTRAINT "rectification_suggestion_department_fk" FOREIGN KEY ("department_id") REFERENCES "department"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "rectification_suggestion" DROP CONSTRAINT "rectification_suggestion_department_fk"`,
    );
    await queryRunner.query(
      `ALTER TABLE "rectification_suggestion" DROP CONSTRAINT "rectification_suggestion_finding_fk"`,
    );
    await queryRunner.query(
      `ALTER TABLE "inspection_finding" DROP CONSTRAINT "inspection_finding_department_fk"`,
    );
    await queryRunner.query(
      `ALTER TABLE "inspection_finding" DROP CONSTRAINT "inspection_finding_record_fk"`,
    );
    await queryRunner.query(
      `ALTER TABLE "inspection_record" DROP CONSTRAINT "inspection_record_inspector_fk"`,
    );
    await queryRunner.query(`ALTER TABLE "inspection_record" DROP CONSTRAINT "inspection_record_task_fk"`);
    await queryRunner.query(`ALTER TABLE "inspection_task" DROP CONSTRAINT "inspection_task_department_fk"`);
    await queryRunner.query(`ALTER TABLE "inspection_task" DROP CONSTRAINT "inspection_task_grid_fk"`);
    await queryRunner.query(`ALTER TABLE "inspection_task" DROP CONSTRAINT "inspection_task_team_fk"`);
    await queryRunner.query(
      `ALTER TABLE "inspection_team_member" DROP CONSTRAINT "inspection_team_member_user_fk"`,
    );
    await queryRunner.query(
      `ALTER TABLE "inspection_team_member" DROP CONSTRAINT "inspection_team_member_team_fk"`,
    );
    await queryRunner.query(`ALTER TABLE "inspection_team" DROP CONSTRAINT "inspection_team_leader_fk"`);
    await queryRunner.query(`DROP INDEX "public"."rectification_suggestion_department_idx"`);
    await queryRunner.query(`DROP INDEX "public"."rectification_suggestion_issued_idx"`);
    await queryRunner.query(`DROP INDEX "public"."rectification_suggestion_state_idx"`);
    await queryRunner.query(`DROP TABLE "rectification_suggestion"`);
    await queryRunner.query(`DROP INDEX "public"."inspection_finding_record_idx"`);
    await queryRunner.query(`DROP INDEX "public"."inspection_finding_case_idx"`);
    await queryRunner.query(`DROP TABLE "inspection_finding"`);
    await queryRunner.query(`DROP INDEX "public"."inspection_record_task_idx"`);
    await queryRunner.query(`DROP INDEX "public"."inspection_record_date_idx"`);
    await queryRunner.query(`DROP TABLE "inspection_record"`);
    await queryRunner.query(`DROP INDEX "public"."inspection_task_team_idx"`);
    await queryRunner.query(`DROP INDEX "public"."inspection_task_period_idx"`);
    await queryRunner.query(`DROP TABLE "inspection_task"`);
    await queryRunner.query(`DROP INDEX "public"."inspection_team_member_user_idx"`);
    await queryRunner.query(`DROP TABLE "inspection_team_member"`);
    await queryRunner.query(`DROP TABLE "inspection_team"`);
  }
}
