import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Sign-in hardening: failure counters and locks move out of `app_user` into `sign_in_failure`,
 * keyed by account, by an unknown name (hashed) and by client address, so that a name that
 * does not exist counts and locks exactly like one that does; `captcha` keeps the hashed
 * answers of the picture codes (图形验证码) until they are used or expire. Neither table has an
 * entity: only SQL in the auth module reads them (like `rate_limit`).
 */
export class SignInHardening1796530000000 implements MigrationInterface {
  name = 'SignInHardening1796530000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "sign_in_failure" ("key" text PRIMARY KEY, "failures" integer NOT NULL, "locked_until" TIMESTAMP WITH TIME ZONE, "forget_at" TIMESTAMP WITH TIME ZONE NOT NULL)`,
    );
    await queryRunner.query(`CREATE INDEX "sign_in_failure_forget_at" ON "sign_in_failure" ("forget_at")`);
    await queryRunner.query(
      `CREATE TABLE "captcha" ("id" uuid PRIMARY KEY DEFAULT gen_random_uuid(), "answer_hash" text NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL)`,
    );
    await queryRunner.query(`CREATE INDEX "captcha_expires_at" ON "captcha" ("expires_at")`);
    // Locks carry over (one already over is forgotten at once); a running count starts afresh.
    await queryRunner.query(
      `INSERT INTO "sign_in_failure" ("key", "failures", "locked_until", "forget_at")
       SELECT 'account:' || "id", 0, "locked_until", "locked_until" FROM "app_user" WHERE "locked_until" IS NOT NULL`,
    );
    await queryRunner.query(`ALTER TABLE "app_user" DROP COLUMN "failed_login_count"`);
    await queryRunner.query(`ALTER TABLE "app_user" DROP COLUMN "locked_until"`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "app_user" ADD "locked_until" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "app_user" ADD "failed_login_count" integer NOT NULL DEFAULT '0'`);
    await queryRunner.query(
      `UPDATE "app_user" u SET "locked_until" = f."locked_until"
         FROM "sign_in_failure" f WHERE f."key" = 'account:' || u."id"`,
    );
    await queryRunner.query(`DROP TABLE "captcha"`);
    await queryRunner.query(`DROP TABLE "sign_in_failure"`);
  }
}
