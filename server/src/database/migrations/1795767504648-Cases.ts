import type { MigrationInterface, QueryRunner } from 'typeorm';
import { CN_HOLIDAYS_2025_2026 } from '@gridbridge/shared';

export class Cases1795767504648 implements MigrationInterface {
  name = 'Cases1795767504648';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "case_file" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "tracking_no" text NOT NULL, "query_code" text NOT NULL, "kind" text NOT NULL, "category" text NOT NULL, "channel" text NOT NULL, "title" text NOT NULL, "content" text NOT NULL, "search_vector" tsvector NOT NULL, "enterprise_id" uuid NOT NULL, "submitter_id" uuid NOT NULL, "client_key" text, "named_department_id" uuid, "misconduct_type" text, "contact_consent" boolean NOT NULL, "state" text NOT NULL, "priority" text NOT NULL DEFAULT 'NORMAL', "complexity" text NOT NULL DEFAULT 'SIMPLE', "submitted_at" TIMESTAMP WITH TIME ZONE NOT NULL, "state_deadline" TIMESTAMP WITH TIME ZONE, "paused_at" TIMESTAMP WITH TIME ZONE, "accepted_at" TIMESTAMP WITH TIME ZONE, "replied_at" TIMESTAMP WITH TIME ZONE, "closed_at" TIMESTAMP WITH TIME ZONE, "office_note" text, "duplicate_of_id" uuid, "lead_department_id" uuid, "reply_result" text, "reply_text" text, "reopen_count" integer NOT NULL DEFAULT '0', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', CONSTRAINT "UQ_f659e094c933728410d7215c7c0" UNIQUE ("tracking_no"), CONSTRAINT "case_file_client_key_unique" UNIQUE ("submitter_id", "client_key"), CONSTRAINT "case_file_reply_result_check" CHECK ("reply_result" IS NULL OR "reply_result" IN ('RESOLVED', 'PARTLY_RESOLVED', 'ADOPTED', 'NOT_POSSIBLE', 'EXPLAINED')), CONSTRAINT "case_file_misconduct_check" CHECK ("misconduct_type" IS NULL OR "misconduct_type" IN ('INACTION', 'SLOW_ACTION', 'WRONG_ACTION', 'ARBITRARY_FEES', 'ARBITRARY_FINES', 'ARBITRARY_FUNDRAISING', 'ARBITRARY_LEVIES', 'OTHER')), CONSTRAINT "case_file_complexity_check" CHECK ("complexity" IN ('SIMPLE', 'COMPLEX')), CONSTRAINT "case_file_priority_check" CHECK ("priority" IN ('NORMAL', 'URGENT')), CONSTRAINT "case_file_state_check" CHECK ("state" IN ('SUBMITTED', 'NEEDS_INFO', 'ACCEPTED', 'REJECTED', 'DUPLICATE', 'WITHDRAWN', 'ASSIGNED', 'IN_PROGRESS', 'RETURN_REQUESTED', 'REPLY_REVIEW', 'REPLIED', 'DISPUTED', 'CLOSED')), CONSTRAINT "case_file_channel_check" CHECK ("channel" IN ('PORTAL', 'GRID_HEAD', 'PHONE', 'VISIT', 'LETTER', 'INSPECTION')), CONSTRAINT "case_file_category_check" CHECK ("category" IN ('APPROVAL', 'LAND_PLANNING', 'FINANCING', 'EMPLOYMENT', 'UTILITIES', 'TAXES_FEES', 'ENFORCEMENT', 'POLICY_DELIVERY', 'INFRASTRUCTURE', 'OTHER')), CONSTRAINT "case_file_kind_check" CHECK ("kind" IN ('DIFFICULTY', 'SUGGESTION', 'COMPLAINT', 'CONSULTATION')), CONSTRAINT "PK_911fb1b39fb664d0e88843036b9" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "case_file_submitter_idx" ON "case_file"  ("submitter_id") `);
    await queryRunner.query(`CREATE INDEX "case_file_deadline_idx" ON "case_file"  ("state_deadline") `);
    await queryRunner.query(
      `CREATE INDEX "case_file_lead_department_idx" ON "case_file"  ("lead_department_id", "submitted_at", "id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "case_file_named_department_idx" ON "case_file"  ("named_department_id", "submitted_at", "id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "case_file_enterprise_idx" ON "case_file"  ("enterprise_id", "submitted_at", "id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "case_file_channel_idx" ON "case_file"  ("channel", "submitted_at", "id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "case_file_category_idx" ON "case_file"  ("category", "submitted_at", "id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "case_file_kind_idx" ON "case_file"  ("kind", "submitted_at", "id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "case_file_state_idx" ON "case_file"  ("state", "submitted_at", "id") `,
    );
    await queryRunner.query(`CREATE INDEX "case_file_submitted_idx" ON "case_file"  ("submitted_at", "id") `);
    await queryRunner.query(
      `CREATE TABLE "case_event" ("id" BIGSERIAL NOT NULL, "case_id" uuid NOT NULL, "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL, "action" text NOT NULL, "from_state" text, "to_state" text NOT NULL, "actor_id" uuid, "actor_role" text NOT NULL, "actor_name" text, "public_note" text, "internal_note" text, "details" jsonb, CONSTRAINT "PK_5b6e18b2d4fd178711a2269645e" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "case_event_case_idx" ON "case_event"  ("case_id", "occurred_at", "id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "case_attachment" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "case_id" uuid, "event_id" bigint, "uploader_id" uuid NOT NULL, "file_name" text NOT NULL, "mime_type" text NOT NULL, "size" integer NOT NULL, "content" bytea NOT NULL, "thumbnail" bytea, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_986ce92847042b75efad5e39601" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "case_attachment_case_idx" ON "case_attachment"  ("case_id") `);
    await queryRunner.query(
      `CREATE INDEX "case_attachment_uploader_idx" ON "case_attachment"  ("uploader_id", "created_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "case_tracking_sequence" ("year" integer NOT NULL, "last_value" integer NOT NULL, CONSTRAINT "PK_50a3bb72647b9fb11b84bdf8feb" PRIMARY KEY ("year"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "notification" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "event" text NOT NULL, "params" jsonb NOT NULL, "case_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "read_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_705b6c7cdf9b2c2ff7ac7872cb7" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "notification_user_idx" ON "notification"  ("user_id", "created_at", "id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "outbox_message" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "channel" text NOT NULL, "recipient" text NOT NULL, "event" text NOT NULL, "params" jsonb NOT NULL, "locale" text NOT NULL, "status" text NOT NULL DEFAULT 'PENDING', "attempts" integer NOT NULL DEFAULT '0', "next_attempt_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "last_error" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "sent_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "outbox_message_status_check" CHECK ("status" IN ('PENDING', 'SENT', 'FAILED')), CONSTRAINT "outbox_message_channel_check" CHECK ("channel" IN ('SMS', 'EMAIL')), CONSTRAINT "PK_2f36ee5236f2793f3e7bd554589" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "outbox_message_created_idx" ON "outbox_message"  ("created_at", "id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "sent_message" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "outbox_id" uuid NOT NULL, "channel" text NOT NULL, "recipient" text NOT NULL, "subject" text, "body" text NOT NULL, "sent_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "UQ_5da4f7b6e1611b5509729fe0bd2" UNIQUE ("outbox_id"), CONSTRAINT "PK_37efcdbf204194da12b5b6b03ca" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "sent_message_sent_idx" ON "sent_message"  ("sent_at", "id") `);
    await queryRunner.query(
      `CREATE TABLE "holiday_year" ("year" integer NOT NULL, "off" jsonb NOT NULL, "work" jsonb NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', CONSTRAINT "PK_48d10536bdcec9c4d92cecb81cc" PRIMARY KEY ("year"))`,
    );
    await queryRunner.query(`ALTER TABLE "app_user" ADD "email" text`);
    await queryRunner.query(
      `ALTER TABLE "case_file" ADD CONSTRAINT "case_file_enterprise_fk" FOREIGN KEY ("enterprise_id") REFERENCES "enterprise"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "case_file" ADD CONSTRAINT "case_file_submitter_fk" FOREIGN KEY ("submitter_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "case_file" ADD CONSTRAINT "case_file_named_department_fk" FOREIGN KEY ("named_department_id") REFERENCES "department"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "case_file" ADD CONSTRAINT "case_file_duplicate_of_fk" FOREIGN KEY ("duplicate_of_id") REFERENCES "case_file"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "case_file" ADD CONSTRAINT "case_file_lead_department_fk" FOREIGN KEY ("lead_department_id") REFERENCES "department"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "case_event" ADD CONSTRAINT "case_event_case_fk" FOREIGN KEY ("case_id") REFERENCES "case_file"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "case_attachment" ADD CONSTRAINT "case_attachment_case_fk" FOREIGN KEY ("case_id") REFERENCES "case_file"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "case_attachment" ADD CONSTRAINT "case_attachment_event_fk" FOREIGN KEY ("event_id") REFERENCES "case_event"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "case_attachment" ADD CONSTRAINT "case_attachment_uploader_fk" FOREIGN KEY ("uploader_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "notification" ADD CONSTRAINT "notification_user_fk" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    // Hand-written: what TypeORM's metadata cannot express.
    await queryRunner.query(`CREATE INDEX "case_file_search_idx" ON "case_file" USING gin ("search_vector")`);
    await queryRunner.query(
      `CREATE INDEX "notification_unread_idx" ON "notification" ("user_id") WHERE "read_at" IS NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX "outbox_message_due_idx" ON "outbox_message" ("next_attempt_at") WHERE "status" = 'PENDING'`,
    );
    // The official arrangements published so far (docs/lifecycle-and-deadlines.md#deadlines); later years the administrator enters.
    for (const [year, { off, work }] of Object.entries(CN_HOLIDAYS_2025_2026.years)) {
      await queryRunner.query(`INSERT INTO "holiday_year" ("year", "off", "work") VALUES ($1, $2, $3)`, [
        Number(year),
        JSON.stringify(off),
        JSON.stringify(work),
      ]);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "outbox_message_due_idx"`);
    await queryRunner.query(`DROP INDEX "notification_unread_idx"`);
    await queryRunner.query(`DROP INDEX "case_file_search_idx"`);
    await queryRunner.query(`ALTER TABLE "notification" DROP CONSTRAINT "notification_user_fk"`);
    await queryRunner.query(`ALTER TABLE "case_attachment" DROP CONSTRAINT "case_attachment_uploader_fk"`);
    await queryRunner.query(`ALTER TABLE "case_attachment" DROP CONSTRAINT "case_attachment_event_fk"`);
    await queryRunner.query(`ALTER TABLE "case_attachment" DROP CONSTRAINT "case_attachment_case_fk"`);
    await queryRunner.query(`ALTER TABLE "case_event" DROP CONSTRAINT "case_event_case_fk"`);
    await queryRunner.query(`ALTER TABLE "case_file" DROP CONSTRAINT "case_file_lead_department_fk"`);
    await queryRunner.query(`ALTER TABLE "case_file" DROP CONSTRAINT "case_file_duplicate_of_fk"`);
    await queryRunner.query(`ALTER TABLE "case_file" DROP CONSTRAINT "case_file_named_department_fk"`);
    await queryRunner.query(`ALTER TABLE "case_file" DROP CONSTRAINT "case_file_submitter_fk"`);
    await queryRunner.query(`ALTER TABLE "case_file" DROP CONSTRAINT "case_file_enterprise_fk"`);
    await queryRunner.query(`ALTER TABLE "app_user" DROP COLUMN "email"`);
    await queryRunner.query(`DROP TABLE "holiday_year"`);
    await queryRunner.query(`DROP INDEX "public"."sent_message_sent_idx"`);
    await queryRunner.query(`DROP TABLE "sent_message"`);
    await queryRunner.query(`DROP INDEX "public"."outbox_message_created_idx"`);
    await queryRunner.query(`DROP TABLE "outbox_message"`);
    await queryRunner.query(`DROP INDEX "public"."notification_user_idx"`);
    await queryRunner.query(`DROP TABLE "notification"`);
    await queryRunner.query(`DROP TABLE "case_tracking_sequence"`);
    await queryRunner.query(`DROP INDEX "public"."case_attachment_uploader_idx"`);
    await queryRunner.query(`DROP INDEX "public"."case_attachment_case_idx"`);
    await queryRunner.query(`DROP TABLE "case_attachment"`);
    await queryRunner.query(`DROP INDEX "public"."case_event_case_idx"`);
    await queryRunner.query(`DROP TABLE "case_event"`);
    await queryRunner.query(`DROP INDEX "public"."case_file_submitted_idx"`);
    await queryRunner.query(`DROP INDEX "public"."case_file_state_idx"`);
    await queryRunner.query(`DROP INDEX "public"."case_file_kind_idx"`);
    await queryRunner.query(`DROP INDEX "public"."case_file_category_idx"`);
    await queryRunner.query(`DROP INDEX "public"."case_file_channel_idx"`);
    await queryRunner.query(`DROP INDEX "public"."case_file_enterprise_idx"`);
    await queryRunner.query(`DROP INDEX "public"."case_file_named_department_idx"`);
    await queryRunner.query(`DROP INDEX "public"."case_file_lead_department_idx"`);
    await queryRunner.query(`DROP INDEX "public"."case_file_deadline_idx"`);
    await queryRunner.query(`DROP INDEX "public"."case_file_submitter_idx"`);
    await queryRunner.query(`DROP TABLE "case_file"`);
  }
}
