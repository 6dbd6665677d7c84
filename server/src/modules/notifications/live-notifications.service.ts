import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Locale } from '@gridbridge/shared';
import { AppError } from '../../common/app-error.js';
import { Clock } from '../../common/clock.js';
import type { Viewer } from '../../common/gql-context.js';
import { PgListener } from '../../common/pg-listener.service.js';
import { Env } from '../../config/env.js';
import { LiveQueue } from './live-queue.js';
import {
  NOTIFICATION_CHANNEL,
  NotificationsService,
  type NotificationAnnouncement,
} from './notifications.service.js';
import type { NotificationType } from './notifications.types.js';
import { decodeRows } from '../../database/rows.js';

/** Is the session still one that HTTP would accept (not signed out, not idle or too old, user active)? */
const SESSION_ALIVE_SQL = `SELECT 1 FROM user_session s JOIN app_user u ON u.id = s.user_id
  WHERE s.id = $1 AND s.revoked_at IS NULL AND u.active
    AND s.last_seen_at > $4::timestamptz - make_interval(mins => $2)
    AND s.created_at > $4::timestamptz - make_interval(hours => $3)`;

function parseAnnouncement(payload: string): NotificationAnnouncement | null {
  try {
    const value = JSON.parse(payload) as Partial<NotificationAnnouncement>;
    return typeof value.userId === 'string' && typeof value.id === 'string'
      ? { userId: value.userId, id: value.id }
      : null;
  } catch {
    return null;
  }
}

/**
 * The bridge from PostgreSQL to live subscriptions. Any instance may write a notification; its
 * NOTIFY reaches every instance's one LISTEN connection, and each instance hands it to the
 * subscriptions of that user it holds, if any. The announcement only names the notification:
 * the subscription reads it from the table, bound to its own user, in its own language.
 */
@Injectable()
export class LiveNotifications implements OnModuleInit {
  readonly #logger = new Logger('LiveNotifications');
  /** User id → the id queues of that user's open subscriptions on this instance. */
  readonly #subscribers = new Map<string, Set<LiveQueue<string>>>();

  constructor(
    private readonly listener: PgListener,
    private readonly notifications: NotificationsService,
    private readonly db: DataSource,
    private readonly env: Env,
    private readonly clock: Clock,
  ) {}

  async onModuleInit(): Promise<void> {
    await this.listener.listen(NOTIFICATION_CHANNEL, (payload) => this.#announce(payload));
  }

  /** Open subscriptions on this instance (for tests and health). */
  get subscriptionCount(): number {
    let count = 0;
    for (const queues of this.#subscribers.values()) count += queues.size;
    return count;
  }

  #announce(payload: string): void {
    const announcement = parseAnnouncement(payload);
    if (!announcement) {
      this.#logger.warn(`Ignored a malformed ${NOTIFICATION_CHANNEL} payload`);
      return;
    }
    for (const queue of this.#subscribers.get(announcement.userId) ?? []) queue.push(announcement.id);
  }

  /**
   * The viewer's new notifications as they are written on any instance, rendered in `locale`.
   * The stream ends with SESSION_EXPIRED once the session would no longer be accepted over HTTP,
   * so signing out (or a password reset) also stops live delivery.
   */
  stream(viewer: Viewer, locale: Locale): AsyncIterableIterator<NotificationType> {
    const { userId } = viewer;
    const queue = new LiveQueue<string>(() => {
      const queues = this.#subscribers.get(userId);
      queues?.delete(queue);
      if (queues?.size === 0) this.#subscribers.delete(userId);
    });
    const queues = this.#subscribers.get(userId) ?? new Set();
    queues.add(queue);
    this.#subscribers.set(userId, queues);

    const ready: NotificationType[] = [];
    const next = async (): Promise<IteratorResult<NotificationType>> => {
      for (;;) {
        const item = ready.shift();
        if (item) return { value: item, done: false };
        const first = await queue.next();
        if (first.done) return { value: undefined, done: true };
        const ids = [first.value, ...queue.drain()];
        if (!(await this.sessionAlive(viewer.sessionId))) {
          queue.end();
          throw new AppError('SESSION_EXPIRED');
        }
        ready.push(...(await this.notifications.byIds(userId, ids, locale)));
      }
    };
    const stream: AsyncIterableIterator<NotificationType> = {
      next,
      return: async () => {
        queue.end();
        return { value: undefined, done: true };
      },
      [Symbol.asyncIterator]: () => stream,
    };
    return stream;
  }

  /**
   * Whether HTTP would still accept the session. Every live stream asks before each push (the
   * supervision board's too), so a signed-out, timed-out or deactivated viewer's stream ends.
   */
  async sessionAlive(sessionId: string): Promise<boolean> {
    const rows = decodeRows(
      await this.db.query(SESSION_ALIVE_SQL, [
        sessionId,
        this.env.SESSION_IDLE_MINUTES,
        this.env.SESSION_ABSOLUTE_HOURS,
        this.clock.now(),
      ]),
      {},
    );
    return rows.length > 0;
  }
}
