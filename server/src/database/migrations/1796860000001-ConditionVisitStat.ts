import type { MigrationInterface, QueryRunner } from 'typeorm';
import { createStatementTriggers, dropStatementTriggers } from '../statement-triggers.js';
import { recountConditionVisits } from '../../modules/conditions/condition-stats.js';

/*
 * The dashboard's visit coverage pre-aggregated (docs/conditions.md#speed): per month and the
 * enterprise's own grid, the visits to operating enterprises and how many of them were visited,
 * so that the dashboard reads a cell per grid instead of every visit of the month (95,000 at a
 * million enterprises, and growing with the grid heads' work).
 *
 * Kept by triggers in the writing transaction, like condition_month_stat: a visit recorded, moved
 * or deleted; an enterprise that starts or stops operating or changes grid; a deleted
 * enterprise's visits are taken away before its row goes (the cascade then finds no enterprise).
 */

/** The month of a visit, 'YYYY-MM'. */
const MONTH = (date: string) => `to_char(${date}, 'YYYY-MM')`;

/**
 * Adds the visits of `sources` (transition tables with their sign) to their cells. "Visited"
 * moves when an enterprise's count for the month crosses zero: the count now less what the
 * statement added is the count before.
 */
const visitCells = (sources: [table: string, sign: 1 | -1][]) => `
  WITH d AS (
    SELECT enterprise_id, month, sum(sign)::int AS delta FROM (${sources
      .map(
        ([table, sign]) =>
          `SELECT enterprise_id, ${MONTH('visited_on')} AS month, ${sign} AS sign FROM ${table}`,
      )
      .join(' UNION ALL ')}) x
     GROUP BY enterprise_id, month),
  c AS (
    SELECT d.*, (SELECT count(*)::int FROM condition_visit v WHERE v.enterprise_id = d.enterprise_id
                   AND v.visited_on >= to_date(d.month || '-01', 'YYYY-MM-DD')
                   AND v.visited_on < to_date(condition_month_shift(d.month, 1) || '-01', 'YYYY-MM-DD')) AS now
      FROM d)
  INSERT INTO condition_visit_stat AS s (month, grid_id, visits, visited)
  SELECT c.month, e.grid_id, sum(c.delta), sum((c.now > 0)::int - (c.now - c.delta > 0)::int)
    FROM c JOIN enterprise e ON e.id = c.enterprise_id AND e.status = 'ACTIVE'
   GROUP BY c.month, e.grid_id ORDER BY c.month, e.grid_id
  ON CONFLICT (month, grid_id) DO UPDATE SET visits = s.visits + excluded.visits, visited = s.visited + excluded.visited`;

/**
 * Concurrent writers of visits to the same enterprise and month take turns (a transaction-scoped
 * advisory lock per pair, in one order): the second then counts the first's visit as there
 * before, and an enterprise visited twice at once counts once.
 */
const lockPairs = (tables: string[]) => `
  PERFORM pg_advisory_xact_lock(hashtext('condition_visit_stat'), hashtext(p.enterprise_id::text || p.month))
     FROM (SELECT DISTINCT enterprise_id, ${MONTH('visited_on')} AS month FROM (${tables
       .map((table) => `SELECT enterprise_id, visited_on FROM ${table}`)
       .join(' UNION ALL ')}) x ORDER BY 1, 2) p`;

export class ConditionVisitStat1796860000001 implements MigrationInterface {
  name = 'ConditionVisitStat1796860000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "condition_visit_stat" ("month" text NOT NULL, "grid_id" uuid NOT NULL,
        "visits" integer NOT NULL DEFAULT '0', "visited" integer NOT NULL DEFAULT '0',
        CONSTRAINT "condition_visit_stat_pk" PRIMARY KEY ("month", "grid_id"))`,
    );
    await queryRunner.query(`CREATE FUNCTION condition_visit_stat() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'INSERT' THEN
          ${lockPairs(['new_rows'])};
          ${visitCells([['new_rows', 1]])};
        ELSIF TG_OP = 'DELETE' THEN
          ${lockPairs(['old_rows'])};
          ${visitCells([['old_rows', -1]])};
        ELSE
          ${lockPairs(['old_rows', 'new_rows'])};
          ${visitCells([
            ['old_rows', -1],
            ['new_rows', 1],
          ])};
        END IF;
        RETURN NULL;
      END $$`);
    await createStatementTriggers(queryRunner, 'condition_visit', 'condition_visit_stat');

    // An enterprise that starts or stops operating or changes grid moves its visits between cells.
    await queryRunner.query(`CREATE FUNCTION condition_enterprise_visit_stat() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        WITH moved AS (
          SELECT o.id, o.status = 'ACTIVE' AS was, o.grid_id AS old_grid,
                 n.status = 'ACTIVE' AS now_active, n.grid_id AS new_grid
            FROM old_rows o JOIN new_rows n ON n.id = o.id
           WHERE (o.status = 'ACTIVE', o.grid_id) IS DISTINCT FROM (n.status = 'ACTIVE', n.grid_id)),
        per_month AS (
          SELECT m.*, ${MONTH('v.visited_on')} AS month, count(*)::int AS visits
            FROM moved m JOIN condition_visit v ON v.enterprise_id = m.id
           GROUP BY m.id, m.was, m.old_grid, m.now_active, m.new_grid, 6),
        d AS (
          SELECT month, old_grid AS grid_id, -visits AS visits, -1 AS visited FROM per_month WHERE was
          UNION ALL
          SELECT month, new_grid, visits, 1 FROM per_month WHERE now_active)
        INSERT INTO condition_visit_stat AS s (month, grid_id, visits, visited)
        SELECT month, grid_id, sum(visits), sum(visited) FROM d GROUP BY month, grid_id ORDER BY month, grid_id
        ON CONFLICT (month, grid_id) DO UPDATE SET visits = s.visits + excluded.visits,
           visited = s.visited + excluded.visited;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`CREATE TRIGGER condition_enterprise_visit_stat_update AFTER UPDATE ON enterprise
      REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT
      EXECUTE FUNCTION condition_enterprise_visit_stat()`);
    await queryRunner.query(`CREATE FUNCTION condition_enterprise_visits_removed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF OLD.status = 'ACTIVE' THEN
          UPDATE condition_visit_stat s SET visits = s.visits - d.visits, visited = s.visited - 1
            FROM (SELECT ${MONTH('visited_on')} AS month, count(*)::int AS visits FROM condition_visit
                   WHERE enterprise_id = OLD.id GROUP BY 1) d
           WHERE s.month = d.month AND s.grid_id = OLD.grid_id;
        END IF;
        RETURN OLD;
      END $$`);
    await queryRunner.query(`CREATE TRIGGER condition_enterprise_visit_stat_delete BEFORE DELETE ON enterprise
      FOR EACH ROW EXECUTE FUNCTION condition_enterprise_visits_removed()`);
    await recountConditionVisits(queryRunner);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER condition_enterprise_visit_stat_delete ON enterprise`);
    await queryRunner.query(`DROP TRIGGER condition_enterprise_visit_stat_update ON enterprise`);
    await queryRunner.query(`DROP FUNCTION condition_enterprise_visits_removed()`);
    await queryRunner.query(`DROP FUNCTION condition_enterprise_visit_stat()`);
    await dropStatementTriggers(queryRunner, 'condition_visit', 'condition_visit_stat');
    await queryRunner.query(`DROP TABLE "condition_visit_stat"`);
  }
}
