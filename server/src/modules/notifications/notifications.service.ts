import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { NotificationEvent, Role } from '@gridbridge/shared';

export interface Notice {
  event: NotificationEvent;
  /** Who is told. Duplicates and inactive accounts are skipped. */
  userIds: string[];
  caseId?: string | null;
  params: Record<string, string>;
  /** Also send an SMS to recipients with a mobile number, and an e-mail to those with an address. */
  sms?: boolean;
  email?: boolean;
}

/** The channel on which instances announce new notifications (payload: the user id). */
export const NOTIFICATION_CHANNEL = 'gb_notification';

/**
 * Writes notifications in the caller's transaction (SPEC §7): the in-app rows, the SMS and
 * e-mail outbox rows, and a NOTIFY that reaches every instance's live subscriptions only once
 * the transaction commits.
 */
@Injectable()
export class NotificationsService {
  async notify(manager: EntityManager, notice: Notice): Promise<void> {
    const userIds = [...new Set(notice.userIds)];
    if (userIds.length === 0) return;
    const recipients: { id: string }[] = await manager.query(
      `INSERT INTO notification (user_id, event, params, case_id)
       SELECT id, $2, $3, $4 FROM app_user WHERE id = ANY($1::uuid[]) AND active
       RETURNING user_id AS id`,
      [userIds, notice.event, JSON.stringify(notice.params), notice.caseId ?? null],
    );
    if (recipients.length === 0) return;
    const ids = recipients.map((r) => r.id);
    const channels = [...(notice.sms ? ['SMS'] : []), ...(notice.email ? ['EMAIL'] : [])];
    if (channels.length > 0) {
      await manager.query(
        `INSERT INTO outbox_message (channel, recipient, event, params, locale)
         SELECT c.channel, CASE c.channel WHEN 'SMS' THEN u.mobile ELSE u.email END, $3, $4, 'zh-CN'
         FROM app_user u CROSS JOIN unnest($2::text[]) AS c(channel)
         WHERE u.id = ANY($1::uuid[])
           AND CASE c.channel WHEN 'SMS' THEN u.mobile ELSE u.email END IS NOT NULL`,
        [ids, channels, notice.event, JSON.stringify(notice.params)],
      );
    }
    await manager.query(`SELECT pg_notify($1, u) FROM unnest($2::text[]) AS u`, [NOTIFICATION_CHANNEL, ids]);
  }

  /** The active users holding any of `roles` (e.g. the whole office for a new case). */
  async usersWithRoles(manager: EntityManager, roles: Role[]): Promise<string[]> {
    const rows: { id: string }[] = await manager.query(
      `SELECT id FROM app_user WHERE active AND roles && $1::text[]`,
      [roles],
    );
    return rows.map((r) => r.id);
  }
}
