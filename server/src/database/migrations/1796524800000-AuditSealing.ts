import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The audit log without a global lock (audit.service.ts): entries are appended signed but
 * unchained, and one sealer at a time links them into the chain afterwards.
 *
 * Entries already in the log were chained in id order under the old lock, with unkeyed SHA-256
 * links; they keep those links, get their positions 1…n here and no `mac`, and the first signed
 * link the sealer writes covers the last of them.
 */
export class AuditSealing1796524800000 implements MigrationInterface {
  name = 'AuditSealing1796524800000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "audit_log" ADD "mac" text`);
    await queryRunner.query(`ALTER TABLE "audit_log" ADD "seq" bigint`);
    await queryRunner.query(`ALTER TABLE "audit_log" ALTER COLUMN "hash" DROP NOT NULL`);
    await queryRunner.query(`ALTER TABLE "audit_log" DISABLE TRIGGER "audit_log_no_update"`);
    await queryRunner.query(
      `UPDATE "audit_log" a SET "seq" = n."seq"
         FROM (SELECT "id", row_number() OVER (ORDER BY "id") AS "seq" FROM "audit_log") n
        WHERE a."id" = n."id"`,
    );
    await queryRunner.query(`ALTER TABLE "audit_log" ENABLE TRIGGER "audit_log_no_update"`);
    await queryRunner.query(`CREATE UNIQUE INDEX "audit_log_seq_key" ON "audit_log" ("seq") `);
    await queryRunner.query(
      `CREATE INDEX "audit_log_unsealed_idx" ON "audit_log" ("id") WHERE "seq" IS NULL`,
    );
    // Not entities. Append-only, except for the sealer's one step on a new entry: setting its chain
    // position and link, once, and nothing else.
    await queryRunner.query(`CREATE OR REPLACE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'UPDATE'
           AND OLD.seq IS NULL AND OLD.prev_hash IS NULL AND OLD.hash IS NULL
           AND NEW.seq IS NOT NULL AND NEW.hash IS NOT NULL
           AND to_jsonb(NEW) - 'seq' - 'prev_hash' - 'hash' = to_jsonb(OLD) - 'seq' - 'prev_hash' - 'hash' THEN
          RETURN NEW;
        END IF;
        RAISE EXCEPTION 'audit_log is append-only';
      END $$`);
    // Where the sealer got to: the chain's last position and link, signed. An entry cut off the end
    // of the chain leaves the chain short of it.
    await queryRunner.query(
      `CREATE TABLE "audit_seal" ("id" boolean PRIMARY KEY DEFAULT true CHECK ("id"), "last_seq" bigint NOT NULL,
         "last_hash" text NOT NULL, "sealed_at" TIMESTAMP WITH TIME ZONE NOT NULL, "mac" text NOT NULL)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "audit_seal"`);
    await queryRunner.query(`CREATE OR REPLACE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'audit_log is append-only'; END $$`);
    await queryRunner.query(`DROP INDEX "audit_log_unsealed_idx"`);
    await queryRunner.query(`DROP INDEX "audit_log_seq_key"`);
    // Entries never sealed get an empty link: the old chain check reports the first of them.
    await queryRunner.query(`ALTER TABLE "audit_log" DISABLE TRIGGER "audit_log_no_update"`);
    await queryRunner.query(`UPDATE "audit_log" SET "hash" = '' WHERE "hash" IS NULL`);
    await queryRunner.query(`ALTER TABLE "audit_log" ENABLE TRIGGER "audit_log_no_update"`);
    await queryRunner.query(`ALTER TABLE "audit_log" ALTER COLUMN "hash" SET NOT NULL`);
    await queryRunner.query(`ALTER TABLE "audit_log" DROP COLUMN "seq"`);
    await queryRunner.query(`ALTER TABLE "audit_log" DROP COLUMN "mac"`);
  }
}
