import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Directory1795760348522 implements MigrationInterface {
  name = 'Directory1795760348522';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "enterprise_claim" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "enterprise_id" uuid NOT NULL, "status" text NOT NULL DEFAULT 'PENDING', "rejection_reason" text, "decided_by" uuid, "decided_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "enterprise_claim_status_check" CHECK ("status" IN ('PENDING', 'APPROVED', 'REJECTED')), CONSTRAINT "PK_0b05a6fffda3abd3ed08d41aa77" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "enterprise_claim_user_idx" ON "enterprise_claim"  ("user_id") `);
    await queryRunner.query(
      `CREATE INDEX "enterprise_claim_pending_idx" ON "enterprise_claim"  ("status", "created_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "service_point" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "grid_id" uuid NOT NULL, "kind" text NOT NULL, "name" text NOT NULL, "address" text NOT NULL, "phone" text NOT NULL, "opening_hours" text NOT NULL, "services" text array NOT NULL DEFAULT '{}', "active" boolean NOT NULL DEFAULT true, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', CONSTRAINT "service_point_kind_check" CHECK ("kind" IN ('CENTRE', 'STATION')), CONSTRAINT "PK_3385e7800da28a6cd5c6d1e2da0" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "service_point_grid_idx" ON "service_point"  ("grid_id") `);
    await queryRunner.query(`ALTER TABLE "department" ADD "short_name" text NOT NULL`);
    await queryRunner.query(`ALTER TABLE "department" ADD "kind" text NOT NULL DEFAULT 'DISTRICT_BUREAU'`);
    await queryRunner.query(`ALTER TABLE "department" ADD "contact_phone" text`);
    await queryRunner.query(
      `ALTER TABLE "department" ADD "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()`,
    );
    await queryRunner.query(`ALTER TABLE "department" ADD "version" integer NOT NULL DEFAULT '1'`);
    await queryRunner.query(`ALTER TABLE "grid" ADD "code" text NOT NULL`);
    await queryRunner.query(`ALTER TABLE "grid" ADD "path" uuid array NOT NULL`);
    await queryRunner.query(`ALTER TABLE "grid" ADD "active" boolean NOT NULL DEFAULT true`);
    await queryRunner.query(
      `ALTER TABLE "grid" ADD "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()`,
    );
    await queryRunner.query(`ALTER TABLE "grid" ADD "version" integer NOT NULL DEFAULT '1'`);
    await queryRunner.query(`ALTER TABLE "enterprise" ADD "legal_representative" text NOT NULL`);
    await queryRunner.query(`ALTER TABLE "enterprise" ADD "industry" character(1) NOT NULL`);
    await queryRunner.query(`ALTER TABLE "enterprise" ADD "scale" text NOT NULL`);
    await queryRunner.query(`ALTER TABLE "enterprise" ADD "status" text NOT NULL DEFAULT 'ACTIVE'`);
    await queryRunner.query(`ALTER TABLE "enterprise" ADD "address" text NOT NULL`);
    await queryRunner.query(`ALTER TABLE "enterprise" ADD "grid_path" uuid array NOT NULL`);
    await queryRunner.query(`ALTER TABLE "enterprise" ADD "contact_name" text NOT NULL`);
    await queryRunner.query(`ALTER TABLE "enterprise" ADD "contact_phone" text NOT NULL`);
    await queryRunner.query(
      `ALTER TABLE "enterprise" ADD "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()`,
    );
    await queryRunner.query(`ALTER TABLE "enterprise" ADD "version" integer NOT NULL DEFAULT '1'`);
    await queryRunner.query(`ALTER TABLE "app_user" ADD "enterprise_manager" boolean NOT NULL DEFAULT false`);
    await queryRunner.query(`ALTER TABLE "enterprise" DROP CONSTRAINT "enterprise_grid_fk"`);
    await queryRunner.query(`ALTER TABLE "enterprise" ALTER COLUMN "grid_id" SET NOT NULL`);
    await queryRunner.query(`CREATE UNIQUE INDEX "grid_code_key" ON "grid"  ("code") `);
    await queryRunner.query(
      `CREATE INDEX "enterprise_status_idx" ON "enterprise"  ("status", "created_at", "id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "enterprise_scale_idx" ON "enterprise"  ("scale", "created_at", "id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "enterprise_industry_idx" ON "enterprise"  ("industry", "created_at", "id") `,
    );
    await queryRunner.query(`CREATE INDEX "enterprise_name_idx" ON "enterprise"  ("name", "id") `);
    await queryRunner.query(`CREATE INDEX "enterprise_created_idx" ON "enterprise"  ("created_at", "id") `);
    await queryRunner.query(
      `ALTER TABLE "department" ADD CONSTRAINT "department_kind_check" CHECK ("kind" IN ('DISTRICT_BUREAU', 'STREET_OFFICE', 'PUBLIC_UTILITY'))`,
    );
    await queryRunner.query(
      `ALTER TABLE "enterprise" ADD CONSTRAINT "enterprise_status_check" CHECK ("status" IN ('ACTIVE', 'CLOSED'))`,
    );
    await queryRunner.query(
      `ALTER TABLE "enterprise" ADD CONSTRAINT "enterprise_scale_check" CHECK ("scale" IN ('LARGE', 'MEDIUM', 'SMALL', 'MICRO', 'INDIVIDUAL'))`,
    );
    await queryRunner.query(
      `ALTER TABLE "enterprise" ADD CONSTRAINT "enterprise_industry_check" CHECK ("industry" IN ('A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'J', 'K', 'L', 'M', 'N', 'O', 'P', 'Q', 'R', 'S', 'T'))`,
    );
    await queryRunner.query(
      `ALTER TABLE "enterprise" ADD CONSTRAINT "enterprise_grid_fk" FOREIGN KEY ("grid_id") REFERENCES "grid"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "enterprise_claim" ADD CONSTRAINT "enterprise_claim_user_fk" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "enterprise_claim" ADD CONSTRAINT "enterprise_claim_enterprise_fk" FOREIGN KEY ("enterprise_id") REFERENCES "enterprise"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "service_point" ADD CONSTRAINT "service_point_grid_fk" FOREIGN KEY ("grid_id") REFERENCES "grid"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    // Indexes TypeORM cannot describe: array containment for grid subtrees, trigrams for name search.
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await queryRunner.query(
      `CREATE INDEX "audit_log_target_idx" ON "audit_log" ("target_type", "target_id", "id")`,
    );
    await queryRunner.query(`CREATE INDEX "grid_path_idx" ON "grid" USING gin ("path")`);
    await queryRunner.query(
      `CREATE INDEX "enterprise_grid_path_idx" ON "enterprise" USING gin ("grid_path")`,
    );
    await queryRunner.query(
      `CREATE INDEX "enterprise_name_trgm_idx" ON "enterprise" USING gin ("name" gin_trgm_ops)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "enterprise_name_trgm_idx"`);
    await queryRunner.query(`DROP INDEX "enterprise_grid_path_idx"`);
    await queryRunner.query(`DROP INDEX "grid_path_idx"`);
    await queryRunner.query(`DROP INDEX "audit_log_target_idx"`);
    await queryRunner.query(`ALTER TABLE "service_point" DROP CONSTRAINT "service_point_grid_fk"`);
    await queryRunner.query(
      `ALTER TABLE "enterprise_claim" DROP CONSTRAINT "enterprise_claim_enterprise_fk"`,
    );
    await queryRunner.query(`ALTER TABLE "enterprise_claim" DROP CONSTRAINT "enterprise_claim_user_fk"`);
    await queryRunner.query(`ALTER TABLE "enterprise" DROP CONSTRAINT "enterprise_grid_fk"`);
    await queryRunner.query(`ALTER TABLE "enterprise" DROP CONSTRAINT "enterprise_industry_check"`);
    await queryRunner.query(`ALTER TABLE "enterprise" DROP CONSTRAINT "enterprise_scale_check"`);
    await queryRunner.query(`ALTER TABLE "enterprise" DROP CONSTRAINT "enterprise_status_check"`);
    await queryRunner.query(`ALTER TABLE "department" DROP CONSTRAINT "department_kind_check"`);
    await queryRunner.query(`DROP INDEX "public"."enterprise_created_idx"`);
    await queryRunner.query(`DROP INDEX "public"."enterprise_name_idx"`);
    await queryRunner.query(`DROP INDEX "public"."enterprise_industry_idx"`);
    await queryRunner.query(`DROP INDEX "public"."enterprise_scale_idx"`);
    await queryRunner.query(`DROP INDEX "public"."enterprise_status_idx"`);
    await queryRunner.query(`DROP INDEX "public"."grid_code_key"`);
    await queryRunner.query(`ALTER TABLE "enterprise" ALTER COLUMN "grid_id" DROP NOT NULL`);
    await queryRunner.query(
      `ALTER TABLE "enterprise" ADD CONSTRAINT "enterprise_grid_fk" FOREIGN KEY ("grid_id") REFERENCES "grid"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(`ALTER TABLE "app_user" DROP COLUMN "enterprise_manager"`);
    await queryRunner.query(`ALTER TABLE "enterprise" DROP COLUMN "version"`);
    await queryRunner.query(`ALTER TABLE "enterprise" DROP COLUMN "updated_at"`);
    await queryRunner.query(`ALTER TABLE "enterprise" DROP COLUMN "contact_phone"`);
    await queryRunner.query(`ALTER TABLE "enterprise" DROP COLUMN "contact_name"`);
    await queryRunner.query(`ALTER TABLE "enterprise" DROP COLUMN "grid_path"`);
    await queryRunner.query(`ALTER TABLE "enterprise" DROP COLUMN "address"`);
    await queryRunner.query(`ALTER TABLE "enterprise" DROP COLUMN "status"`);
    await queryRunner.query(`ALTER TABLE "enterprise" DROP COLUMN "scale"`);
    await queryRunner.query(`ALTER TABLE "enterprise" DROP COLUMN "industry"`);
    await queryRunner.query(`ALTER TABLE "enterprise" DROP COLUMN "legal_representative"`);
    await queryRunner.query(`ALTER TABLE "grid" DROP COLUMN "version"`);
    await queryRunner.query(`ALTER TABLE "grid" DROP COLUMN "updated_at"`);
    await queryRunner.query(`ALTER TABLE "grid" DROP COLUMN "active"`);
    await queryRunner.query(`ALTER TABLE "grid" DROP COLUMN "path"`);
    await queryRunner.query(`ALTER TABLE "grid" DROP COLUMN "code"`);
    await queryRunner.query(`ALTER TABLE "department" DROP COLUMN "version"`);
    await queryRunner.query(`ALTER TABLE "department" DROP COLUMN "updated_at"`);
    await queryRunner.query(`ALTER TABLE "department" DROP COLUMN "contact_phone"`);
    await queryRunner.query(`ALTER TABLE "department" DROP COLUMN "kind"`);
    await queryRunner.query(`ALTER TABLE "department" DROP COLUMN "short_name"`);
    await queryRunner.query(`DROP INDEX "public"."service_point_grid_idx"`);
    await queryRunner.query(`DROP TABLE "service_point"`);
    await queryRunner.query(`DROP INDEX "public"."enterprise_claim_pending_idx"`);
    await queryRunner.query(`DROP INDEX "public"."enterprise_claim_user_idx"`);
    await queryRunner.query(`DROP TABLE "enterprise_claim"`);
  }
}
