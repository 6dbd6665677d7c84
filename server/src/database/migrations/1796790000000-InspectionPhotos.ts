import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Photos of inspection records: uploads of the attachments path, kept for their record (docs/inspections.md#photos). */
export class InspectionPhotos1796790000000 implements MigrationInterface {
  name = 'InspectionPhotos1796790000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "inspection_record_photo" ("attachment_id" uuid NOT NULL, "record_id" uuid NOT NULL, CONSTRAINT "PK_7a7d405dbcd74ae809c6a3348d8" PRIMARY KEY ("attachment_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "inspection_record_photo_record_idx" ON "inspection_record_photo"  ("record_id") `,
    );
    await queryRunner.query(
      `ALTER TABLE "inspection_record_photo" ADD CONSTRAINT "inspection_record_photo_attachment_fk" FOREIGN KEY ("attachment_id") REFERENCES "case_attachment"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "inspection_record_photo" ADD CONSTRAINT "inspection_record_photo_record_fk" FOREIGN KEY ("record_id") REFERENCES "inspection_record"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "inspection_record_photo" DROP CONSTRAINT "inspection_record_photo_record_fk"`,
    );
    await queryRunner.query(
      `ALTER TABLE "inspection_record_photo" DROP CONSTRAINT "inspection_record_photo_attachment_fk"`,
    );
    await queryRunner.query(`DROP INDEX "public"."inspection_record_photo_record_idx"`);
    await queryRunner.query(`DROP TABLE "inspection_record_photo"`);
  }
}
