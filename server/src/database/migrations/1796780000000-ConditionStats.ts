import type { MigrationInterface, QueryRunner } from 'typeorm';
import { createStatementTriggers, dropStatementTriggers } from '../statement-triggers.js';
import { recountConditionCells } from '../../modules/conditions/condition-stats.js';

/*
 * The condition dashboard's pre-aggregated figures (modules/conditions/condition-stats.ts) and
 * the triggers that keep them in the writing transaction.
 *
 * Triggers rather than application code: reports are written by the conditions services, the
 * demo loader and tests' fixtures, and what counts depends on the enterprise's status, grid and
 * industry, which the directory changes. Only a trigger sees every one of those writes.
 * Statement-level with transition tables, so that a bulk load aggregates once per statement.
 */

const RANK = (expression: string) =>
  `array_position(ARRAY['NORMAL', 'PARTIAL', 'STOPPED', 'CLOSED'], ${expression})`;

const UPSERT_MONTH_STAT = `INSERT INTO condition_month_stat AS s (month, grid_id, industry, operating_status, reports,
    worsened, employees, output_value, revenue)`;
const ADD_MONTH_STAT = `ON CONFLICT (month, grid_id, industry, operating_status) DO UPDATE SET
    reports = s.reports + excluded.reports, worsened = s.worsened + excluded.worsened,
    employees = s.employees + excluded.employees, output_value = s.output_value + excluded.output_value,
    revenue = s.revenue + excluded.revenue`;
/**
 * Adds the reports of `sources` (transition tables, each with its sign) to their cells under the
 * enterprise's current keys, in one statement and in key order: two transactions that move
 * reports between the same cells in opposite directions lock them in the same order, so they wait
 * for each other instead of deadlocking.
 */
const reportCells = (sources: [table: string, sign: 1 | -1][]) => `${UPSERT_MONTH_STAT}
  SELECT d.month, e.grid_id, e.industry, d.operating_status, sum(d.sign),
         coalesce(sum(d.sign) FILTER (WHERE d.worsened), 0), sum(d.sign * d.employees),
         sum(d.sign * d.output_value), sum(d.sign * d.revenue)
    FROM (${sources
      .map(
        ([table, sign]) => `SELECT enterprise_id, month, operating_status, worsened, employees, output_value,
                revenue, ${sign} AS sign FROM ${table}`,
      )
      .join(' UNION ALL ')}) d
    JOIN enterprise e ON e.id = d.enterprise_id AND e.status = 'ACTIVE'
   GROUP BY d.month, e.grid_id, e.industry, d.operating_status
   ORDER BY d.month, e.grid_id, e.industry, d.operating_status
  ${ADD_MONTH_STAT}`;

/** Enterprises of an UPDATE whose counted keys (operating, grid, industry) changed. */
const MOVED = `moved AS (
  SELECT o.id, o.status = 'ACTIVE' AS was, o.grid_id AS old_grid, o.industry AS old_industry,
         n.status = 'ACTIVE' AS now_active, n.grid_id AS new_grid, n.industry AS new_industry
    FROM old_rows o JOIN new_rows n ON n.id = o.id
   WHERE (o.status = 'ACTIVE', o.grid_id, o.industry) IS DISTINCT FROM (n.status = 'ACTIVE', n.grid_id, n.industry))`;

export class ConditionStats1796780000000 implements MigrationInterface {
  name = 'ConditionStats1796780000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "condition_report" ADD "worsened" boolean NOT NULL DEFAULT false`);
    await queryRunner.query(
      `CREATE INDEX "condition_report_worsened_idx" ON "condition_report" ("month", "enterprise_id") WHERE "worsened"`,
    );
    await queryRunner.query(
      `CREATE TABLE "condition_month_stat" ("month" text NOT NULL, "grid_id" uuid NOT NULL, "industry" text NOT NULL, "operating_status" text NOT NULL, "reports" integer NOT NULL DEFAULT '0', "worsened" integer NOT NULL DEFAULT '0', "employees" bigint NOT NULL DEFAULT '0', "output_value" numeric(16,2) NOT NULL DEFAULT '0', "revenue" numeric(16,2) NOT NULL DEFAULT '0', CONSTRAINT "condition_month_stat_pk" PRIMARY KEY ("month", "grid_id", "industry", "operating_status"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "condition_enterprise_stat" ("grid_id" uuid NOT NULL, "industry" text NOT NULL, "enterprises" integer NOT NULL DEFAULT '0', CONSTRAINT "condition_enterprise_stat_pk" PRIMARY KEY ("grid_id", "industry"))`,
    );
    // 'YYYY-MM' moved by whole months.
    await queryRunner.query(`CREATE FUNCTION condition_month_shift(month text, months integer) RETURNS text
      LANGUAGE sql IMMUTABLE AS
      $$ SELECT to_char(to_date(month || '-01', 'YYYY-MM-DD') + make_interval(months => months), 'YYYY-MM') $$`);

    // Reports: take away what a statement removed and add what it wrote, then set the worsened flag
    // of the rows written and of the month after each (whose "month before" just changed). That
    // flag's own UPDATE comes back here and moves its cells; it ends when no flag changes.
    await queryRunner.query(`CREATE FUNCTION condition_report_stat() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'DELETE' THEN
          IF NOT EXISTS (SELECT 1 FROM old_rows) THEN RETURN NULL; END IF;
          ${reportCells([['old_rows', -1]])};
          UPDATE condition_report r SET worsened = false
            FROM (SELECT DISTINCT enterprise_id, condition_month_shift(month, 1) AS month FROM old_rows) n
           WHERE r.enterprise_id = n.enterprise_id AND r.month = n.month AND r.worsened;
          RETURN NULL;
        END IF;
        IF NOT EXISTS (SELECT 1 FROM new_rows) THEN RETURN NULL; END IF;
        IF TG_OP = 'UPDATE' THEN
          ${reportCells([
            ['old_rows', -1],
            ['new_rows', 1],
          ])};
        ELSE
          ${reportCells([['new_rows', 1]])};
        END IF;
        UPDATE condition_report r SET worsened = x.value
          FROM (SELECT c.id, coalesce(${RANK('c.operating_status')} > ${RANK('p.operating_status')}, false) AS value
                  FROM (SELECT enterprise_id, month FROM new_rows
                        UNION SELECT enterprise_id, condition_month_shift(month, 1) FROM new_rows) k
                  JOIN condition_report c ON c.enterprise_id = k.enterprise_id AND c.month = k.month
                  LEFT JOIN condition_report p ON p.enterprise_id = c.enterprise_id
                   AND p.month = condition_month_shift(c.month, -1)) x
         WHERE r.id = x.id AND r.worsened IS DISTINCT FROM x.value;
        RETURN NULL;
      END $$`);
    await createStatementTriggers(queryRunner, 'condition_report', 'condition_report_stat');

    // Enterprises: a new operating one counts; one that starts or stops operating, or changes
    // grid or industry, moves its count and all its reports between cells.
    await queryRunner.query(`CREATE FUNCTION condition_enterprise_stat() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'INSERT' THEN
          INSERT INTO condition_enterprise_stat AS s (grid_id, industry, enterprises)
          SELECT grid_id, industry, count(*) FROM new_rows WHERE status = 'ACTIVE'
           GROUP BY grid_id, industry ORDER BY grid_id, industry
          ON CONFLICT (grid_id, industry) DO UPDATE SET enterprises = s.enterprises + excluded.enterprises;
          RETURN NULL;
        END IF;
        WITH ${MOVED}
        INSERT INTO condition_enterprise_stat AS s (grid_id, industry, enterprises)
        SELECT grid_id, industry, sum(delta) FROM (
          SELECT old_grid AS grid_id, old_industry AS industry, -1 AS delta FROM moved WHERE was
          UNION ALL SELECT new_grid, new_industry, 1 FROM moved WHERE now_active) d
         GROUP BY grid_id, industry ORDER BY grid_id, industry
        ON CONFLICT (grid_id, industry) DO UPDATE SET enterprises = s.enterprises + excluded.enterprises;
        WITH ${MOVED}, d AS (
          SELECT r.month, m.old_grid AS grid_id, m.old_industry AS industry, r.operating_status, -1 AS sign,
                 r.worsened, r.employees, r.output_value, r.revenue
            FROM moved m JOIN condition_report r ON r.enterprise_id = m.id WHERE m.was
          UNION ALL
          SELECT r.month, m.new_grid, m.new_industry, r.operating_status, 1, r.worsened, r.employees,
                 r.output_value, r.revenue
            FROM moved m JOIN condition_report r ON r.enterprise_id = m.id WHERE m.now_active)
        ${UPSERT_MONTH_STAT}
        SELECT month, grid_id, industry, operating_status, sum(sign), coalesce(sum(sign) FILTER (WHERE worsened), 0),
               sum(sign * employees), sum(sign * output_value), sum(sign * revenue)
          FROM d GROUP BY month, grid_id, industry, operating_status
         ORDER BY month, grid_id, industry, operating_status
        ${ADD_MONTH_STAT};
        RETURN NULL;
      END $$`);
    await queryRunner.query(`CREATE TRIGGER condition_enterprise_stat_insert AFTER INSERT ON enterprise
      REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION condition_enterprise_stat()`);
    await queryRunner.query(`CREATE TRIGGER condition_enterprise_stat_update AFTER UPDATE ON enterprise
      REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT
      EXECUTE FUNCTION condition_enterprise_stat()`);
    // A deleted enterprise's reports go by cascade after the enterprise row is gone, when their
    // own trigger no longer finds it: its figures are taken away before, row by row.
    await queryRunner.query(`CREATE FUNCTION condition_enterprise_removed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF OLD.status = 'ACTIVE' THEN
          UPDATE condition_enterprise_stat SET enterprises = enterprises - 1
           WHERE grid_id = OLD.grid_id AND industry = OLD.industry;
          UPDATE condition_month_stat s SET reports = s.reports - d.reports, worsened = s.worsened - d.worsened,
                 employees = s.employees - d.employees, output_value = s.output_value - d.output_value,
                 revenue = s.revenue - d.revenue
            FROM (SELECT month, operating_status, count(*) AS reports, count(*) FILTER (WHERE worsened) AS worsened,
                         sum(employees) AS employees, sum(output_value) AS output_value, sum(revenue) AS revenue
                    FROM condition_report WHERE enterprise_id = OLD.id GROUP BY month, operating_status) d
           WHERE s.month = d.month AND s.grid_id = OLD.grid_id AND s.industry = OLD.industry
             AND s.operating_status = d.operating_status;
        END IF;
        RETURN OLD;
      END $$`);
    await queryRunner.query(`CREATE TRIGGER condition_enterprise_stat_delete BEFORE DELETE ON enterprise
      FOR EACH ROW EXECUTE FUNCTION condition_enterprise_removed()`);
    await recountConditionCells(queryRunner);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER condition_enterprise_stat_delete ON enterprise`);
    await queryRunner.query(`DROP TRIGGER condition_enterprise_stat_update ON enterprise`);
    await queryRunner.query(`DROP TRIGGER condition_enterprise_stat_insert ON enterprise`);
    await queryRunner.query(`DROP FUNCTION condition_enterprise_removed()`);
    await queryRunner.query(`DROP FUNCTION condition_enterprise_stat()`);
    await dropStatementTriggers(queryRunner, 'condition_report', 'condition_report_stat');
    await queryRunner.query(`DROP FUNCTION condition_month_shift(text, integer)`);
    await queryRunner.query(`DROP TABLE "condition_enterprise_stat"`);
    await queryRunner.query(`DROP TABLE "condition_month_stat"`);
    await queryRunner.query(`DROP INDEX "public"."condition_report_worsened_idx"`);
    await queryRunner.query(`ALTER TABLE "condition_report" DROP COLUMN "worsened"`);
  }
}
