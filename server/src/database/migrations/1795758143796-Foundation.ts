import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Foundation1795758143796 implements MigrationInterface {
  name = 'Foundation1795758143796';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "audit_log" ("id" BIGSERIAL NOT NULL, "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL, "actor_id" uuid, "actor_name" text, "action" text NOT NULL, "target_type" text, "target_id" text, "ip" text, "user_agent" text, "details" text, "prev_hash" text, "hash" text NOT NULL, CONSTRAINT "PK_07fefa57f7f5ab8fc3f52b3ed0b" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "department" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" text NOT NULL, "active" boolean NOT NULL DEFAULT true, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_471da4b90e96c1ebe0af221e07b" UNIQUE ("name"), CONSTRAINT "PK_9a2213262c1593bffb581e382f5" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "grid" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" text NOT NULL, "level" smallint NOT NULL, "parent_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "grid_level_check" CHECK ("level" BETWEEN 1 AND 3), CONSTRAINT "PK_fe4aaa758ecdccd442f6b91855a" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "grid_parent_idx" ON "grid"  ("parent_id") `);
    await queryRunner.query(
      `CREATE TABLE "enterprise" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" text NOT NULL, "credit_code" character(18) NOT NULL, "grid_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_95895967c00ece7a8dec9d99e6e" UNIQUE ("credit_code"), CONSTRAINT "PK_09687cd306dc5d486c0e227c471" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "enterprise_grid_idx" ON "enterprise"  ("grid_id") `);
    await queryRunner.query(
      `CREATE TABLE "app_user" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "username" text NOT NULL, "mobile" text, "display_name" text NOT NULL, "password_hash" text NOT NULL, "roles" text array NOT NULL, "department_id" uuid, "grid_id" uuid, "enterprise_id" uuid, "must_change_password" boolean NOT NULL DEFAULT false, "failed_login_count" integer NOT NULL DEFAULT '0', "locked_until" TIMESTAMP WITH TIME ZONE, "active" boolean NOT NULL DEFAULT true, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', CONSTRAINT "UQ_c480e576dd71729addbc2d51b67" UNIQUE ("username"), CONSTRAINT "UQ_098fc4e5f7f5e53b58eaefd3adc" UNIQUE ("mobile"), CONSTRAINT "app_user_roles_check" CHECK ("roles" <@ ARRAY['ENTERPRISE', 'GRID_HEAD', 'OFFICE_STAFF', 'OFFICE_LEADER', 'DEPT_STAFF', 'DEPT_LEADER', 'INSPECTOR', 'SYS_ADMIN', 'AUDITOR']::text[]), CONSTRAINT "PK_22a5c4a3d9b2fb8e4e73fc4ada1" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "app_user_department_idx" ON "app_user"  ("department_id") `);
    await queryRunner.query(`CREATE INDEX "app_user_created_idx" ON "app_user"  ("created_at", "id") `);
    await queryRunner.query(
      `CREATE TABLE "user_session" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "token_hash" text NOT NULL, "user_id" uuid NOT NULL, "app" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "last_seen_at" TIMESTAMP WITH TIME ZONE NOT NULL, "revoked_at" TIMESTAMP WITH TIME ZONE, "ip" text, CONSTRAINT "UQ_9ccf6d901cef4067214284f327e" UNIQUE ("token_hash"), CONSTRAINT "user_session_app_check" CHECK ("app" IN ('PORTAL', 'ADMIN')), CONSTRAINT "PK_adf3b49590842ac3cf54cac451a" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "user_session_user_idx" ON "user_session"  ("user_id") `);
    await queryRunner.query(
      `ALTER TABLE "grid" ADD CONSTRAINT "grid_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "grid"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "enterprise" ADD CONSTRAINT "enterprise_grid_fk" FOREIGN KEY ("grid_id") REFERENCES "grid"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "app_user" ADD CONSTRAINT "app_user_department_fk" FOREIGN KEY ("department_id") REFERENCES "department"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "app_user" ADD CONSTRAINT "app_user_grid_fk" FOREIGN KEY ("grid_id") REFERENCES "grid"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "app_user" ADD CONSTRAINT "app_user_enterprise_fk" FOREIGN KEY ("enterprise_id") REFERENCES "enterprise"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "user_session" ADD CONSTRAINT "user_session_user_fk" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    // Not entities: the audit log's append-only guard, and the rate-limit counters.
    await queryRunner.query(`CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'audit_log is append-only'; END $$`);
    await queryRunner.query(`CREATE TRIGGER audit_log_no_update BEFORE UPDATE OR DELETE ON "audit_log"
      FOR EACH ROW EXECUTE FUNCTION audit_log_append_only()`);
    await queryRunner.query(`CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON "audit_log"
      FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only()`);
    await queryRunner.query(
      `CREATE TABLE "rate_limit" ("key" text PRIMARY KEY, "hits" integer NOT NULL, "reset_at" TIMESTAMP WITH TIME ZONE NOT NULL)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "rate_limit"`);
    await queryRunner.query(`DROP TRIGGER audit_log_no_truncate ON "audit_log"`);
    await queryRunner.query(`DROP TRIGGER audit_log_no_update ON "audit_log"`);
    await queryRunner.query(`DROP FUNCTION audit_log_append_only()`);
    await queryRunner.query(`ALTER TABLE "user_session" DROP CONSTRAINT "user_session_user_fk"`);
    await queryRunner.query(`ALTER TABLE "app_user" DROP CONSTRAINT "app_user_enterprise_fk"`);
    await queryRunner.query(`ALTER TABLE "app_user" DROP CONSTRAINT "app_user_grid_fk"`);
    await queryRunner.query(`ALTER TABLE "app_user" DROP CONSTRAINT "app_user_department_fk"`);
    await queryRunner.query(`ALTER TABLE "enterprise" DROP CONSTRAINT "enterprise_grid_fk"`);
    await queryRunner.query(`ALTER TABLE "grid" DROP CONSTRAINT "grid_parent_fk"`);
    await queryRunner.query(`DROP INDEX "public"."user_session_user_idx"`);
    await queryRunner.query(`DROP TABLE "user_session"`);
    await queryRunner.query(`DROP INDEX "public"."app_user_created_idx"`);
    await queryRunner.query(`DROP INDEX "public"."app_user_department_idx"`);
    await queryRunner.query(`DROP TABLE "app_user"`);
    await queryRunner.query(`DROP INDEX "public"."enterprise_grid_idx"`);
    await queryRunner.query(`DROP TABLE "enterprise"`);
    await queryRunner.query(`DROP INDEX "public"."grid_parent_idx"`);
    await queryRunner.query(`DROP TABLE "grid"`);
    await queryRunner.query(`DROP TABLE "department"`);
    await queryRunner.query(`DROP TABLE "audit_log"`);
  }
}
