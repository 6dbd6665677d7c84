import type { MigrationInterface, QueryRunner } from 'typeorm';
import { recountAll } from '../../modules/scorecards/scorecard-facts.js';

/**
 * The scorecards' and the dashboard's counts: one row per measure a timeline event yields, their
 * sums per department and day, cases received and closed and the words of cases per day, and the
 * office leader's weights. Counts what the database already holds.
 */

export class Scorecards1796740000000 implements MigrationInterface {
  name = 'Scorecards1796740000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "case_fact" ("event_id" bigint NOT NULL, "measure" text NOT NULL, "case_id" uuid NOT NULL, "department_id" uuid NOT NULL, "day" date NOT NULL, CONSTRAINT "case_fact_measure_check" CHECK ("measure" IN ('ASSIGNED', 'SIGNED', 'SIGNED_ON_TIME', 'SIGNED_LATE', 'CONTACTED', 'CONTACTED_ON_TIME', 'CONTACTED_LATE', 'REPLIED', 'REPLIED_ON_TIME', 'REPLIED_LATE', 'OPINION_LATE', 'EVALUATED', 'SOLVED', 'SATISFIED', 'CLOSED', 'RETURNED', 'EXTENDED', 'REOPENED', 'SENT_BACK')), CONSTRAINT "PK_5d671d6e596f7b4936e9605ffe8" PRIMARY KEY ("event_id", "measure"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "case_fact_drill_idx" ON "case_fact"  ("department_id", "measure", "day", "event_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "department_day_fact" ("day" date NOT NULL, "department_id" uuid NOT NULL, "assigned" integer NOT NULL DEFAULT '0', "signed" integer NOT NULL DEFAULT '0', "signed_on_time" integer NOT NULL DEFAULT '0', "signed_late" integer NOT NULL DEFAULT '0', "contacted" integer NOT NULL DEFAULT '0', "contacted_on_time" integer NOT NULL DEFAULT '0', "contacted_late" integer NOT NULL DEFAULT '0', "replied" integer NOT NULL DEFAULT '0', "replied_on_time" integer NOT NULL DEFAULT '0', "replied_late" integer NOT NULL DEFAULT '0', "opinion_late" integer NOT NULL DEFAULT '0', "evaluated" integer NOT NULL DEFAULT '0', "solved" integer NOT NULL DEFAULT '0', "satisfied" integer NOT NULL DEFAULT '0', "closed" integer NOT NULL DEFAULT '0', "returned" integer NOT NULL DEFAULT '0', "extended" integer NOT NULL DEFAULT '0', "reopened" integer NOT NULL DEFAULT '0', "sent_back" integer NOT NULL DEFAULT '0', CONSTRAINT "PK_4528a703835a5afcb03171c7c4d" PRIMARY KEY ("day", "department_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "scorecard_settings" ("id" integer NOT NULL, "sign_weight" integer NOT NULL, "contact_weight" integer NOT NULL, "reply_weight" integer NOT NULL, "resolution_weight" integer NOT NULL, "satisfaction_weight" integer NOT NULL, "min_sample" integer NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, CONSTRAINT "scorecard_settings_range_check" CHECK ("sign_weight" BETWEEN 0 AND 100 AND "contact_weight" BETWEEN 0 AND 100 AND "reply_weight" BETWEEN 0 AND 100 AND "resolution_weight" BETWEEN 0 AND 100 AND "satisfaction_weight" BETWEEN 0 AND 100 AND "min_sample" BETWEEN 1 AND 1000), CONSTRAINT "PK_55a18224f1409be3945f07e6aea" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "case_day_stat" ("day" date NOT NULL, "kind" text NOT NULL, "category" text NOT NULL, "industry" text NOT NULL, "grid_id" uuid NOT NULL, "received" integer NOT NULL DEFAULT '0', "closed" integer NOT NULL DEFAULT '0', CONSTRAINT "PK_70d0f50f1cb32293767e3821f1e" PRIMARY KEY ("day", "kind", "category", "industry", "grid_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "keyword_day_stat" ("day" date NOT NULL, "keyword" text NOT NULL, "industry" text NOT NULL, "grid_id" uuid NOT NULL, "cases" integer NOT NULL DEFAULT '0', CONSTRAINT "PK_323b6ab2026ae7e8eff03587211" PRIMARY KEY ("day", "keyword", "industry", "grid_id"))`,
    );
    await recountAll(queryRunner);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "keyword_day_stat"`);
    await queryRunner.query(`DROP TABLE "case_day_stat"`);
    await queryRunner.query(`DROP TABLE "scorecard_settings"`);
    await queryRunner.query(`DROP TABLE "department_day_fact"`);
    await queryRunner.query(`DROP INDEX "public"."case_fact_drill_idx"`);
    await queryRunner.query(`DROP TABLE "case_fact"`);
  }
}
