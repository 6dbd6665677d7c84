import type { MigrationInterface, QueryRunner } from 'typeorm';
import { createStatementTriggers, dropStatementTriggers } from '../statement-triggers.js';
import { recountConditionTrend } from '../../modules/conditions/condition-stats.js';

/*
 * The dashboard's twelve-month trend read from a roll-up of condition_month_stat per month and
 * grid (docs/conditions.md#speed): a dozen rows per grid instead of the twelve months' cells per
 * grid, industry and status (48,000 at a million enterprises, 14 ms of summing numerics).
 *
 * Kept by a trigger on condition_month_stat itself: whatever changes a cell (the report and
 * enterprise triggers, a recount) changes its month and grid's row by the same amount, in the
 * same transaction.
 */

const COLUMNS = ['reports', 'employees', 'output_value', 'revenue'];

/** Adds the cells of `sources` (transition tables with their sign) to their month and grid. */
const rollUp = (sources: [table: string, sign: 1 | -1][]) => `
  INSERT INTO condition_trend_stat AS t (month, grid_id, ${COLUMNS.join(', ')})
  SELECT month, grid_id, ${COLUMNS.map((c) => `sum(sign * ${c})`).join(', ')}
    FROM (${sources
      .map(([table, sign]) => `SELECT month, grid_id, ${COLUMNS.join(', ')}, ${sign} AS sign FROM ${table}`)
      .join(' UNION ALL ')}) d
   GROUP BY month, grid_id ORDER BY month, grid_id
  ON CONFLICT (month, grid_id) DO UPDATE SET ${COLUMNS.map((c) => `${c} = t.${c} + excluded.${c}`).join(', ')}`;

export class ConditionTrendStat1796860000002 implements MigrationInterface {
  name = 'ConditionTrendStat1796860000002';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "condition_trend_stat" ("month" text NOT NULL, "grid_id" uuid NOT NULL,
        "reports" integer NOT NULL DEFAULT '0', "employees" bigint NOT NULL DEFAULT '0',
        "output_value" numeric(16,2) NOT NULL DEFAULT '0', "revenue" numeric(16,2) NOT NULL DEFAULT '0',
        CONSTRAINT "condition_trend_stat_pk" PRIMARY KEY ("month", "grid_id"))`,
    );
    await queryRunner.query(`CREATE FUNCTION condition_trend_stat() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'INSERT' THEN
          ${rollUp([['new_rows', 1]])};
        ELSIF TG_OP = 'DELETE' THEN
          ${rollUp([['old_rows', -1]])};
        ELSE
          ${rollUp([
            ['old_rows', -1],
            ['new_rows', 1],
          ])};
        END IF;
        RETURN NULL;
      END $$`);
    await createStatementTriggers(queryRunner, 'condition_month_stat', 'condition_trend_stat');
    await recountConditionTrend(queryRunner);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await dropStatementTriggers(queryRunner, 'condition_month_stat', 'condition_trend_stat');
    await queryRunner.query(`DROP TABLE "condition_trend_stat"`);
  }
}
