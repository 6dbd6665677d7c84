import type { MigrationInterface, QueryRunner } from 'typeorm';
import { createStatementTriggers, dropStatementTriggers } from '../statement-triggers.js';
import { recountConditionReporting } from '../../modules/conditions/condition-stats.js';

/*
 * The missing-report alert list's own structure (docs/conditions.md#speed): per operating
 * enterprise its latest reported month (condition_reporting), and the months of the twelve before
 * it that it did not report (condition_report_gap). "Not reported in M" is then "latest before M
 * or none", or a gap row of M, each read in name order from an index instead of joining every
 * enterprise with the month's reports (8.8 s at a million enterprises).
 *
 * Kept by triggers in the writing transaction, like the dashboard's figures (ConditionStats): a
 * report inserted, moved or deleted, an enterprise added, renamed, closed, reopened, moved to
 * another grid or industry; a deleted enterprise's rows go by cascade. A trigger recomputes the
 * rows of the enterprises a statement touched from their reports, rather than adding deltas: the
 * latest month and the gaps after a deletion depend on the reports that remain.
 */
export class ConditionReporting1796860000000 implements MigrationInterface {
  name = 'ConditionReporting1796860000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // Name, grid and industry copied from the enterprise: the list filters on them and pages in
    // name order inside one index, without visiting the enterprise of each row it skips.
    await queryRunner.query(
      `CREATE TABLE "condition_reporting" ("enterprise_id" uuid NOT NULL, "name" text NOT NULL, "grid_id" uuid,
        "industry" character(1) NOT NULL, "last_month" text,
        CONSTRAINT "condition_reporting_pk" PRIMARY KEY ("enterprise_id"),
        CONSTRAINT "condition_reporting_enterprise_fk" FOREIGN KEY ("enterprise_id") REFERENCES "enterprise"("id") ON DELETE CASCADE)`,
    );
    await queryRunner.query(
      `CREATE INDEX "condition_reporting_last_idx" ON "condition_reporting" ("last_month", "name", "enterprise_id")
        INCLUDE ("grid_id", "industry")`,
    );
    await queryRunner.query(
      `CREATE TABLE "condition_report_gap" ("enterprise_id" uuid NOT NULL, "month" text NOT NULL, "name" text NOT NULL,
        CONSTRAINT "condition_report_gap_pk" PRIMARY KEY ("enterprise_id", "month"),
        CONSTRAINT "condition_report_gap_reporting_fk" FOREIGN KEY ("enterprise_id")
          REFERENCES "condition_reporting"("enterprise_id") ON DELETE CASCADE)`,
    );
    await queryRunner.query(
      `CREATE INDEX "condition_report_gap_month_idx" ON "condition_report_gap" ("month", "name", "enterprise_id")`,
    );

    // Gaps go back twelve months from the latest: a month older than that cannot be asked for
    // (a list's month is at most twelve months before the current one, and no report is of a
    // month after the current one).
    await queryRunner.query(`CREATE FUNCTION condition_reporting_refresh(ids uuid[]) RETURNS void
      LANGUAGE plpgsql AS $$
      BEGIN
        -- Writers of the same enterprise take turns: the second, once the first has committed,
        -- recomputes from the reports both wrote (each statement below sees what is committed).
        PERFORM 1 FROM condition_reporting WHERE enterprise_id = ANY(ids) ORDER BY enterprise_id FOR UPDATE;
        DELETE FROM condition_reporting c WHERE c.enterprise_id = ANY(ids)
           AND NOT EXISTS (SELECT 1 FROM enterprise e WHERE e.id = c.enterprise_id AND e.status = 'ACTIVE');
        INSERT INTO condition_reporting AS c (enterprise_id, name, grid_id, industry, last_month)
        SELECT e.id, e.name, e.grid_id, e.industry,
               (SELECT max(r.month) FROM condition_report r WHERE r.enterprise_id = e.id)
          FROM enterprise e WHERE e.id = ANY(ids) AND e.status = 'ACTIVE' ORDER BY e.id
        ON CONFLICT (enterprise_id) DO UPDATE SET name = excluded.name, grid_id = excluded.grid_id,
           industry = excluded.industry, last_month = excluded.last_month
         WHERE (c.name, c.grid_id, c.industry, c.last_month)
               IS DISTINCT FROM (excluded.name, excluded.grid_id, excluded.industry, excluded.last_month);
        DELETE FROM condition_report_gap WHERE enterprise_id = ANY(ids);
        INSERT INTO condition_report_gap (enterprise_id, month, name)
        SELECT c.enterprise_id, m.month, c.name
          FROM condition_reporting c
          CROSS JOIN LATERAL (SELECT condition_month_shift(c.last_month, -k) AS month FROM generate_series(1, 12) k) m
         WHERE c.enterprise_id = ANY(ids) AND c.last_month IS NOT NULL
           AND NOT EXISTS (SELECT 1 FROM condition_report r WHERE r.enterprise_id = c.enterprise_id AND r.month = m.month);
      END $$`);
    await queryRunner.query(`CREATE FUNCTION condition_report_reporting() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'INSERT' THEN
          PERFORM condition_reporting_refresh(ARRAY(SELECT DISTINCT enterprise_id FROM new_rows));
        ELSIF TG_OP = 'DELETE' THEN
          PERFORM condition_reporting_refresh(ARRAY(SELECT DISTINCT enterprise_id FROM old_rows));
        ELSE
          -- A revision keeps its enterprise and month (and the worsened flag's own updates too).
          PERFORM condition_reporting_refresh(ARRAY(
            SELECT o.enterprise_id FROM old_rows o JOIN new_rows n ON n.id = o.id
             WHERE (o.enterprise_id, o.month) IS DISTINCT FROM (n.enterprise_id, n.month)
            UNION
            SELECT n.enterprise_id FROM old_rows o JOIN new_rows n ON n.id = o.id
             WHERE (o.enterprise_id, o.month) IS DISTINCT FROM (n.enterprise_id, n.month)));
        END IF;
        RETURN NULL;
      END $$`);
    await createStatementTriggers(queryRunner, 'condition_report', 'condition_report_reporting');
    await queryRunner.query(`CREATE FUNCTION condition_enterprise_reporting() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'INSERT' THEN
          PERFORM condition_reporting_refresh(ARRAY(SELECT id FROM new_rows WHERE status = 'ACTIVE'));
        ELSE
          PERFORM condition_reporting_refresh(ARRAY(
            SELECT n.id FROM old_rows o JOIN new_rows n ON n.id = o.id
             WHERE (o.status, o.name, o.grid_id, o.industry) IS DISTINCT FROM (n.status, n.name, n.grid_id, n.industry)));
        END IF;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`CREATE TRIGGER condition_enterprise_reporting_insert AFTER INSERT ON enterprise
      REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION condition_enterprise_reporting()`);
    await queryRunner.query(`CREATE TRIGGER condition_enterprise_reporting_update AFTER UPDATE ON enterprise
      REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT
      EXECUTE FUNCTION condition_enterprise_reporting()`);
    await recountConditionReporting(queryRunner);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER condition_enterprise_reporting_update ON enterprise`);
    await queryRunner.query(`DROP TRIGGER condition_enterprise_reporting_insert ON enterprise`);
    await queryRunner.query(`DROP FUNCTION condition_enterprise_reporting()`);
    await dropStatementTriggers(queryRunner, 'condition_report', 'condition_report_reporting');
    await queryRunner.query(`DROP FUNCTION condition_reporting_refresh(uuid[])`);
    await queryRunner.query(`DROP TABLE "condition_report_gap"`);
    await queryRunner.query(`DROP TABLE "condition_reporting"`);
  }
}
