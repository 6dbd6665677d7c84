import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import {
  DEFAULT_LOCALE,
  NOTIFICATION_EVENT_CODES,
  renderNotification,
  type Locale,
  type NotificationEvent,
  type Role,
} from '@gridbridge/shared';
import { AppError } from '../../common/app-error.js';
import { Clock } from '../../common/clock.js';
import { decodeCursor, encodeCursor, pageSize } from '../../common/keyset.js';
import { OutboxWorker } from './outbox.worker.js';
import { OUTBOX_CHANNELS, type OutboxChannel } from './outbox-message.entity.js';
import type { NotificationPage, NotificationType, SentMessagePage } from './notifications.types.js';
import {
  column,
  decodeRows,
  int,
  nullable,
  oneOf,
  rowShape,
  text,
  textRecord,
  timestamp,
} from '../../database/rows.js';

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

/** The channel on which instances announce new notifications; the payload is a {@link NotificationAnnouncement}. */
export const NOTIFICATION_CHANNEL = 'gb_notification';

/** What a NOTIFY on {@link NOTIFICATION_CHANNEL} carries: whose notification and which one. */
export interface NotificationAnnouncement {
  userId: string;
  id: string;
}

/** Most ids one markNotificationsRead call may name (a page of the notification centre). */
export const MAX_MARK_READ_IDS = 100;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const NOTIFICATION_ROW = rowShape({
  id: column('id', text),
  event: column('event', oneOf(NOTIFICATION_EVENT_CODES)),
  params: column('params', textRecord),
  case_id: column('case_id', nullable(text)),
  created_at: column('created_at', timestamp),
  /** `created_at` as PostgreSQL prints it: microseconds, which a JS Date would lose in a cursor. */
  created_key: column('created_at::text', text),
  read_at: column('read_at', nullable(timestamp)),
});
type NotificationRow = ReturnType<typeof NOTIFICATION_ROW.decode>;
const NOTIFICATION_COLUMNS = NOTIFICATION_ROW.select;

function render(row: NotificationRow, locale: Locale): NotificationType {
  const { title, body } = renderNotification(row.event, row.params, locale);
  return {
    id: row.id,
    event: row.event,
    title,
    body,
    caseId: row.case_id,
    createdAt: row.created_at,
    read: row.read_at !== null,
  };
}

/**
 * 消息 (README "Notifications"). Notifications are written in the caller's transaction — the in-app rows, the
 * SMS and e-mail outbox rows, and a NOTIFY that reaches every instance's live subscriptions only
 * once the transaction commits. A user reads and marks only their own: every query below is
 * bound to the viewer's user id.
 */
@Injectable()
export class NotificationsService {
  constructor(
    private readonly db: DataSource,
    private readonly clock: Clock,
    private readonly outbox: OutboxWorker,
  ) {}

  async notify(manager: EntityManager, notice: Notice): Promise<void> {
    const userIds = [...new Set(notice.userIds)];
    if (userIds.length === 0) return;
    const recipients = decodeRows(
      await manager.query(
        `WITH inserted AS (
         INSERT INTO notification (user_id, event, params, case_id, created_at)
         SELECT id, $2, $3, $4, $6 FROM app_user WHERE id = ANY($1::uuid[]) AND active
         RETURNING id, user_id
       )
       SELECT user_id, pg_notify($5, json_build_object('userId', user_id, 'id', id)::text) FROM inserted`,
        [
          userIds,
          notice.event,
          JSON.stringify(notice.params),
          notice.caseId ?? null,
          NOTIFICATION_CHANNEL,
          this.clock.now(),
        ],
      ),
      { user_id: text },
    );
    if (recipients.length === 0) return;
    const channels = [...(notice.sms ? ['SMS'] : []), ...(notice.email ? ['EMAIL'] : [])];
    if (channels.length === 0) return;
    // Accounts have no language of their own yet: SMS and e-mail go out in the default language.
    const outbox = decodeRows(
      await manager.query(
        `INSERT INTO outbox_message (channel, recipient, event, params, locale)
       SELECT c.channel, CASE c.channel WHEN 'SMS' THEN u.mobile ELSE u.email END, $3, $4, $5
       FROM app_user u CROSS JOIN unnest($2::text[]) AS c(channel)
       WHERE u.id = ANY($1::uuid[])
         AND CASE c.channel WHEN 'SMS' THEN u.mobile ELSE u.email END IS NOT NULL
       RETURNING id`,
        [
          recipients.map((r) => r.user_id),
          channels,
          notice.event,
          JSON.stringify(notice.params),
          DEFAULT_LOCALE,
        ],
      ),
      { id: text },
    );
    await this.outbox.enqueue(
      manager,
      outbox.map((row) => row.id),
    );
  }

  /** The active users holding any of `roles` (e.g. the whole office for a new case). */
  async usersWithRoles(manager: EntityManager, roles: readonly Role[]): Promise<string[]> {
    const rows = decodeRows(
      await manager.query(`SELECT id FROM app_user WHERE active AND roles && $1::text[]`, [roles]),
      { id: text },
    );
    return rows.map((r) => r.id);
  }

  /** The user's notifications, newest first. */
  async list(userId: string, first: number, after: string | null, locale: Locale): Promise<NotificationPage> {
    const limit = pageSize(first);
    const cursor = decodeCursor(after, ['timestamp', 'uuid']);
    const rows = NOTIFICATION_ROW.decodeAll(
      await this.db
        .query(
          `SELECT ${NOTIFICATION_COLUMNS} FROM notification
        WHERE user_id = $1 AND ($2::timestamptz IS NULL OR (created_at, id) < ($2::timestamptz, $3::uuid))
        ORDER BY created_at DESC, id DESC LIMIT $4`,
          [userId, cursor?.[0] ?? null, cursor?.[1] ?? null, limit + 1],
        )
        .catch(rethrowBadCursor),
    );
    const items = rows.slice(0, limit);
    const last = items[items.length - 1];
    return {
      items: items.map((row) => render(row, locale)),
      nextCursor: rows.length > limit ? encodeCursor([last.created_key, last.id]) : null,
    };
  }

  async unreadCount(userId: string): Promise<number> {
    const [{ count }] = decodeRows(
      await this.db.query(
        'SELECT count(*)::int AS count FROM notification WHERE user_id = $1 AND read_at IS NULL',
        [userId],
      ),
      { count: int },
    );
    return count;
  }

  /** Marks some of the user's notifications read (ids of others' are ignored); returns the unread count left. */
  async markRead(userId: string, ids: string[]): Promise<number> {
    if (ids.length > MAX_MARK_READ_IDS) {
      throw AppError.validation({ field: 'ids', rule: 'tooMany', params: { max: MAX_MARK_READ_IDS } });
    }
    if (!ids.every((id) => UUID.test(id))) throw AppError.validation({ field: 'ids', rule: 'invalid' });
    await this.db.query(
      'UPDATE notification SET read_at = $3 WHERE user_id = $1 AND id = ANY($2::uuid[]) AND read_at IS NULL',
      [userId, ids, this.clock.now()],
    );
    return this.unreadCount(userId);
  }

  async markAllRead(userId: string): Promise<number> {
    await this.db.query('UPDATE notification SET read_at = $2 WHERE user_id = $1 AND read_at IS NULL', [
      userId,
      this.clock.now(),
    ]);
    return this.unreadCount(userId);
  }

  /** The named notifications of this user (what a live announcement points at). */
  async byIds(userId: string, ids: string[], locale: Locale): Promise<NotificationType[]> {
    const rows = NOTIFICATION_ROW.decodeAll(
      await this.db.query(
        `SELECT ${NOTIFICATION_COLUMNS} FROM notification WHERE user_id = $1 AND id = ANY($2::uuid[])
          ORDER BY created_at, id`,
        [userId, ids],
      ),
    );
    return rows.map((row) => render(row, locale));
  }

  /** What the recording sender sent, newest first (短信/邮件发送记录 in the admin app). */
  async sentMessages(
    first: number,
    after: string | null,
    channel: OutboxChannel | null,
  ): Promise<SentMessagePage> {
    const limit = pageSize(first);
    const cursor = decodeCursor(after, ['timestamp', 'uuid']);
    const rows = decodeRows(
      await this.db
        .query(
          `SELECT id, channel, recipient, subject, body, sent_at, sent_at::text AS sent_key FROM sent_message
        WHERE ($1::text IS NULL OR channel = $1)
          AND ($2::timestamptz IS NULL OR (sent_at, id) < ($2::timestamptz, $3::uuid))
        ORDER BY sent_at DESC, id DESC LIMIT $4`,
          [channel, cursor?.[0] ?? null, cursor?.[1] ?? null, limit + 1],
        )
        .catch(rethrowBadCursor),
      {
        id: text,
        channel: oneOf(OUTBOX_CHANNELS),
        recipient: text,
        subject: nullable(text),
        body: text,
        sent_at: timestamp,
        sent_key: text,
      },
    );
    const items = rows.slice(0, limit);
    const last = items[items.length - 1];
    return {
      items: items.map((row) => ({
        id: row.id,
        channel: row.channel,
        recipient: row.recipient,
        subject: row.subject,
        body: row.body,
        sentAt: row.sent_at,
      })),
      nextCursor: rows.length > limit ? encodeCursor([last.sent_key, last.id]) : null,
    };
  }
}

/** A cursor that decodes but does not hold a timestamp and a uuid was forged: the same error as any bad cursor. */
function rethrowBadCursor(error: unknown): never {
  const code = (error as { driverError?: { code?: string } }).driverError?.code;
  // 22007/22008: bad timestamp; 22P02: bad uuid.
  if (code === '22007' || code === '22008' || code === '22P02') {
    throw AppError.validation({ field: 'after', rule: 'invalid' });
  }
  throw error;
}
