import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnModuleDestroy,
} from '@nestjs/common';
import { DataSource } from 'typeorm';
import {
  DEFAULT_LOCALE,
  LOCALES,
  renderNotification,
  type Locale,
  type NotificationEvent,
} from '@gridbridge/shared';
import { Env } from '../../config/env.js';
import { MESSAGE_SENDER, type MessageSender, type OutgoingMessage } from './message-sender.js';
import type { OutboxChannel } from './outbox-message.entity.js';

interface DueRow {
  id: string;
  channel: OutboxChannel;
  recipient: string;
  event: NotificationEvent;
  params: Record<string, string>;
  locale: string;
  attempts: number;
}

export interface DeliveryRound {
  /** Rows this round claimed (locked); rows another instance holds are skipped, not counted. */
  claimed: number;
  sent: number;
  /** Failed and scheduled again. */
  retried: number;
  /** Failed for the last time (OUTBOX_MAX_ATTEMPTS reached). */
  failed: number;
}

/** Rows one round claims: a round is one transaction, so this bounds how long its locks are held. */
export const OUTBOX_BATCH = 50;

/** Seconds before the next attempt after `attempts` failed ones: 30 s, doubling, at most 1 hour. */
export function retryDelaySeconds(attempts: number): number {
  return Math.min(30 * 2 ** (attempts - 1), 3600);
}

function toOutgoing(row: DueRow): OutgoingMessage {
  const locale: Locale = (LOCALES as readonly string[]).includes(row.locale)
    ? (row.locale as Locale)
    : DEFAULT_LOCALE;
  const { title, body } = renderNotification(row.event, row.params, locale);
  return {
    outboxId: row.id,
    channel: row.channel,
    recipient: row.recipient,
    subject: row.channel === 'EMAIL' ? title : null,
    body,
  };
}

/**
 * Delivers the SMS and e-mail outbox (SPEC §7). Every instance polls; a round claims due rows
 * with `FOR UPDATE SKIP LOCKED`, so instances never work on the same row, and a row's send and
 * its SENT mark commit together — with the recording sender a message is recorded exactly once.
 * If an instance dies mid-round its transaction rolls back and the rows are due again at once.
 * A sender error schedules a retry with exponential back-off, until OUTBOX_MAX_ATTEMPTS.
 */
@Injectable()
export class OutboxWorker implements OnApplicationBootstrap, OnModuleDestroy {
  readonly #logger = new Logger('OutboxWorker');
  #timer: NodeJS.Timeout | null = null;
  #round: Promise<DeliveryRound> | null = null;
  #stopped = false;

  constructor(
    private readonly db: DataSource,
    private readonly env: Env,
    @Inject(MESSAGE_SENDER) private readonly sender: MessageSender,
  ) {}

  onApplicationBootstrap(): void {
    this.#schedule(this.env.OUTBOX_POLL_MS);
  }

  /** Stops polling and waits for a round in progress, before the connection pool closes. */
  async onModuleDestroy(): Promise<void> {
    this.#stopped = true;
    if (this.#timer) clearTimeout(this.#timer);
    await this.#round?.catch(() => undefined);
  }

  #schedule(delay: number): void {
    if (this.#stopped) return;
    this.#timer = setTimeout(() => void this.#tick(), delay);
    // Polling alone never keeps the process alive.
    this.#timer.unref();
  }

  async #tick(): Promise<void> {
    let more = false;
    try {
      this.#round = this.deliverDue();
      // A full batch suggests a backlog: go on at once instead of waiting a whole interval.
      more = (await this.#round).claimed === OUTBOX_BATCH;
    } catch (error) {
      this.#logger.warn(`Outbox round failed: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      this.#round = null;
      this.#schedule(more ? 0 : this.env.OUTBOX_POLL_MS);
    }
  }

  /** One delivery round: claims the due rows no other instance holds, sends them, records the outcome. */
  deliverDue(limit = OUTBOX_BATCH): Promise<DeliveryRound> {
    return this.db.transaction(async (tx) => {
      const rows: DueRow[] = await tx.query(
        `SELECT id, channel, recipient, event, params, locale, attempts FROM outbox_message
          WHERE status = 'PENDING' AND next_attempt_at <= now()
          ORDER BY next_attempt_at LIMIT $1
          FOR UPDATE SKIP LOCKED`,
        [limit],
      );
      const round: DeliveryRound = { claimed: rows.length, sent: 0, retried: 0, failed: 0 };
      for (const row of rows) {
        const attempts = row.attempts + 1;
        // A sender that writes (the recording one) must not leave the round's transaction aborted.
        await tx.query('SAVEPOINT outbox_send');
        try {
          await this.sender.send(toOutgoing(row), tx);
          await tx.query('RELEASE SAVEPOINT outbox_send');
          await tx.query(
            `UPDATE outbox_message SET status = 'SENT', attempts = $2, sent_at = now(), last_error = NULL
              WHERE id = $1`,
            [row.id, attempts],
          );
          round.sent += 1;
        } catch (error) {
          await tx.query('ROLLBACK TO SAVEPOINT outbox_send');
          const final = attempts >= this.env.OUTBOX_MAX_ATTEMPTS;
          const reason = (error instanceof Error ? error.message : String(error)).slice(0, 500);
          await tx.query(
            `UPDATE outbox_message
                SET attempts = $2, last_error = $3,
                    status = CASE WHEN $4 THEN 'FAILED' ELSE status END,
                    next_attempt_at = CASE WHEN $4 THEN next_attempt_at ELSE now() + make_interval(secs => $5) END
              WHERE id = $1`,
            [row.id, attempts, reason, final, retryDelaySeconds(attempts)],
          );
          if (final) {
            round.failed += 1;
            this.#logger.warn(`Outbox message ${row.id} failed ${attempts} times and is given up: ${reason}`);
          } else {
            round.retried += 1;
          }
        }
      }
      return round;
    });
  }
}
