import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The monthly report 月报 (docs/supervision.md#monthly-report-月报): its workbook is an export
 * kind, and its typical cases read the month's facts by measure and day across departments.
 */
export class MonthlyReport1796800000000 implements MigrationInterface {
  name = 'MonthlyReport1796800000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // TypeORM does not see a CHECK whose list changed: the export kinds gain MONTHLY_REPORT by hand.
    await queryRunner.query(`ALTER TABLE "export_file" DROP CONSTRAINT "export_file_kind_check"`);
    await queryRunner.query(
      `ALTER TABLE "export_file" ADD CONSTRAINT "export_file_kind_check" CHECK ("kind" IN ('CASES', 'ENTERPRISES', 'AUDIT', 'CONDITIONS', 'MONTHLY_REPORT'))`,
    );
    // The drill index leads with the department; the report asks "every department, one measure,
    // one month", and whether a case ever had a late step or rework.
    await queryRunner.query(
      `CREATE INDEX "case_fact_measure_day_idx" ON "case_fact" ("measure", "day", "case_id") `,
    );
    await queryRunner.query(`CREATE INDEX "case_fact_case_idx" ON "case_fact" ("case_id", "measure") `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."case_fact_case_idx"`);
    await queryRunner.query(`DROP INDEX "public"."case_fact_measure_day_idx"`);
    await queryRunner.query(`DELETE FROM "export_file" WHERE "kind" = 'MONTHLY_REPORT'`);
    await queryRunner.query(`ALTER TABLE "export_file" DROP CONSTRAINT "export_file_kind_check"`);
    await queryRunner.query(
      `ALTER TABLE "export_file" ADD CONSTRAINT "export_file_kind_check" CHECK ("kind" IN ('CASES', 'ENTERPRISES', 'AUDIT', 'CONDITIONS'))`,
    );
  }
}
