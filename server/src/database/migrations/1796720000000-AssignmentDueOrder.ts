import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The department workbench lists its tasks by the deadline in force — signing while a task waits
 * to be signed, then its reply — and the old indexes held one deadline each, so every queue read
 * and sorted all the department's tasks in a state (at 1,000,000 cases, thousands per request).
 * These indexes hold that very expression, so each queue page is an index range read. The
 * expression must stay identical to `DUE` in case-workbench.service.ts for the planner to match it.
 */
const DUE = `(CASE WHEN "state" = 'ASSIGNED' THEN "sign_deadline" ELSE "reply_deadline" END)`;

export class AssignmentDueOrder1796720000000 implements MigrationInterface {
  name = 'AssignmentDueOrder1796720000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "case_assignment_queue_idx"`);
    await queryRunner.query(`DROP INDEX "case_assignment_sign_idx"`);
    // Every queue but the overdue one: one department, one state, nearest deadline first.
    await queryRunner.query(
      `CREATE INDEX "case_assignment_queue_idx" ON "case_assignment" ("department_id", "state", ${DUE}, "id")`,
    );
    // The overdue queue, across the running states, while the clock runs.
    await queryRunner.query(
      `CREATE INDEX "case_assignment_due_idx" ON "case_assignment" ("department_id", ${DUE}, "id")
        WHERE "state" IN ('ASSIGNED', 'IN_PROGRESS', 'REPLY_DRAFTED') AND "paused_at" IS NULL`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "case_assignment_due_idx"`);
    await queryRunner.query(`DROP INDEX "case_assignment_queue_idx"`);
    await queryRunner.query(
      `CREATE INDEX "case_assignment_queue_idx" ON "case_assignment" ("department_id", "state", "reply_deadline", "id")`,
    );
    await queryRunner.query(
      `CREATE INDEX "case_assignment_sign_idx" ON "case_assignment" ("department_id", "sign_deadline", "id")
        WHERE "state" = 'ASSIGNED'`,
    );
  }
}
