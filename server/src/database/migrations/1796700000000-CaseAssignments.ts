import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Assignments (交办) as rows of their own, with their own state, deadlines and clock; a
 * department's scope becomes the cases holding an assignment for it. The enterprise's
 * evaluation gets columns on the case.
 */
export class CaseAssignments1796700000000 implements MigrationInterface {
  name = 'CaseAssignments1796700000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "case_assignment" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "case_id" uuid NOT NULL,
        "department_id" uuid NOT NULL, "role" text NOT NULL, "state" text NOT NULL, "note" text,
        "assigned_at" TIMESTAMP WITH TIME ZONE NOT NULL, "sign_deadline" TIMESTAMP WITH TIME ZONE NOT NULL,
        "contact_deadline" TIMESTAMP WITH TIME ZONE, "reply_deadline" TIMESTAMP WITH TIME ZONE NOT NULL,
        "original_reply_deadline" TIMESTAMP WITH TIME ZONE, "paused_at" TIMESTAMP WITH TIME ZONE,
        "signed_at" TIMESTAMP WITH TIME ZONE, "first_contacted_at" TIMESTAMP WITH TIME ZONE,
        "replied_at" TIMESTAMP WITH TIME ZONE, "opinion" text, "draft_result" text, "draft_text" text,
        "draft_internal_note" text, "pending_request" text, "request_reason" text, "request_days" integer,
        "extension_count" integer NOT NULL DEFAULT 0, "sent_back_at" TIMESTAMP WITH TIME ZONE,
        "closed_at" TIMESTAMP WITH TIME ZONE, "version" integer NOT NULL DEFAULT 1,
        CONSTRAINT "case_assignment_role_check" CHECK ("role" IN ('LEAD', 'CO')),
        CONSTRAINT "case_assignment_state_check" CHECK ("state" IN ('ASSIGNED', 'IN_PROGRESS', 'REPLY_DRAFTED',
          'REPLY_SUBMITTED', 'OPINION_GIVEN', 'RETURN_REQUESTED', 'REPLIED', 'RETURNED', 'CLOSED')),
        CONSTRAINT "case_assignment_draft_result_check" CHECK ("draft_result" IS NULL OR "draft_result" IN
          ('RESOLVED', 'PARTLY_RESOLVED', 'ADOPTED', 'NOT_POSSIBLE', 'EXPLAINED')),
        CONSTRAINT "case_assignment_pending_request_check" CHECK ("pending_request" IS NULL OR
          "pending_request" IN ('EXTENSION', 'RETURN')),
        CONSTRAINT "case_assignment_pk" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "case_assignment_case_idx" ON "case_assignment" ("case_id", "role")`,
    );
    // The department's scope: the cases holding an assignment for it.
    await queryRunner.query(
      `CREATE INDEX "case_assignment_department_idx" ON "case_assignment" ("department_id", "case_id")`,
    );
    // The department workbench: its tasks in one state, nearest deadline first.
    await queryRunner.query(
      `CREATE INDEX "case_assignment_queue_idx" ON "case_assignment" ("department_id", "state", "reply_deadline", "id")`,
    );
    // The workbench's queue of tasks to sign, by their signing deadline.
    await queryRunner.query(
      `CREATE INDEX "case_assignment_sign_idx" ON "case_assignment" ("department_id", "sign_deadline", "id")
        WHERE "state" = 'ASSIGNED'`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "case_assignment_active_idx" ON "case_assignment" ("case_id", "department_id")
        WHERE "state" <> 'RETURNED'`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "case_assignment_active_lead_idx" ON "case_assignment" ("case_id")
        WHERE "role" = 'LEAD' AND "state" <> 'RETURNED'`,
    );
    // The office leader's queue of extension and return requests.
    await queryRunner.query(
      `CREATE INDEX "case_assignment_pending_idx" ON "case_assignment" ("pending_request", "paused_at", "id")
        WHERE "pending_request" IS NOT NULL`,
    );
    await queryRunner.query(
      `ALTER TABLE "case_assignment" ADD CONSTRAINT "case_assignment_case_fk" FOREIGN KEY ("case_id")
        REFERENCES "case_file"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "case_assignment" ADD CONSTRAINT "case_assignment_department_fk" FOREIGN KEY ("department_id")
        REFERENCES "department"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "case_file" ADD "evaluation_solved" text, ADD "evaluation_satisfaction" text,
        ADD "evaluation_comment" text, ADD "evaluated_at" TIMESTAMP WITH TIME ZONE,
        ADD CONSTRAINT "case_file_evaluation_solved_check" CHECK ("evaluation_solved" IS NULL OR
          "evaluation_solved" IN ('SOLVED', 'PARTLY_SOLVED', 'NOT_SOLVED')),
        ADD CONSTRAINT "case_file_evaluation_satisfaction_check" CHECK ("evaluation_satisfaction" IS NULL OR
          "evaluation_satisfaction" IN ('SATISFIED', 'BASICALLY_SATISFIED', 'DISSATISFIED'))`,
    );
    // Cases assigned before assignments had rows of their own: their lead becomes one.
    await queryRunner.query(
      `INSERT INTO "case_assignment" ("case_id", "department_id", "role", "state", "assigned_at", "sign_deadline",
         "reply_deadline", "signed_at", "closed_at")
       SELECT c.id, c.lead_department_id, 'LEAD',
              CASE c.state WHEN 'ASSIGNED' THEN 'ASSIGNED' WHEN 'IN_PROGRESS' THEN 'IN_PROGRESS'
                WHEN 'DISPUTED' THEN 'REPLIED' WHEN 'REPLIED' THEN 'REPLIED'
                WHEN 'REPLY_REVIEW' THEN 'REPLY_SUBMITTED' WHEN 'RETURN_REQUESTED' THEN 'RETURN_REQUESTED'
                ELSE 'CLOSED' END,
              COALESCE(c.accepted_at, c.submitted_at), COALESCE(c.accepted_at, c.submitted_at),
              COALESCE(c.state_deadline, c.accepted_at, c.submitted_at),
              CASE WHEN c.state = 'ASSIGNED' THEN NULL ELSE COALESCE(c.accepted_at, c.submitted_at) END,
              c.closed_at
         FROM "case_file" c WHERE c.lead_department_id IS NOT NULL`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "case_file" DROP CONSTRAINT "case_file_evaluation_satisfaction_check",
        DROP CONSTRAINT "case_file_evaluation_solved_check", DROP COLUMN "evaluated_at",
        DROP COLUMN "evaluation_comment", DROP COLUMN "evaluation_satisfaction", DROP COLUMN "evaluation_solved"`,
    );
    await queryRunner.query(`DROP TABLE "case_assignment"`);
  }
}
