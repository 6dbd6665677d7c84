import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The auditor's export of the audit log: a third kind of export. */
export class AuditExport1796620000000 implements MigrationInterface {
  name = 'AuditExport1796620000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "export_file" DROP CONSTRAINT "export_file_kind_check"`);
    await queryRunner.query(
      `ALTER TABLE "export_file" ADD CONSTRAINT "export_file_kind_check" CHECK ("kind" IN ('CASES', 'ENTERPRISES', 'AUDIT'))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM "export_file" WHERE "kind" = 'AUDIT'`);
    await queryRunner.query(`ALTER TABLE "export_file" DROP CONSTRAINT "export_file_kind_check"`);
    await queryRunner.query(
      `ALTER TABLE "export_file" ADD CONSTRAINT "export_file_kind_check" CHECK ("kind" IN ('CASES', 'ENTERPRISES'))`,
    );
  }
}
