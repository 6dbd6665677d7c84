import { Inject, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import {
  DEFAULT_LOCALE,
  LOCALES,
  NOTIFICATION_EVENT_CODES,
  renderNotification,
  type Locale,
} from '@gridbridge/shared';
import { Clock } from '../../common/clock.js';
import { Env } from '../../config/env.js';
import { JobRunner } from '../../common/job-runner.service.js';
import { MESSAGE_SENDER, type MessageSender, type OutgoingMessage } from './message-sender.js';
import { OUTBOX_CHANNELS } from './outbox-message.entity.js';
import { decodeRows, int, oneOf, text, textRecord, type FieldsOf } from '../../database/rows.js';

const DUE_FIELDS = {
  id: text,
  channel: oneOf(OUTBOX_CHANNELS),
  recipient: text,
  event: oneOf(NOTIFICATION_EVENT_CODES),
  params: textRecord,
  locale: text,
  attempts: int,
};
type DueRow = FieldsOf<typeof DUE_FIELDS>;

/** The queue that delivers one outbox message per job. */
export const DELIVERY_QUEUE = 'deliver-message';

export type DeliveryOutcome = 'SENT' | 'ALREADY_SENT';

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
 * Delivers the SMS and e-mail outbox (docs/architecture.md, "Notifications"). The transaction
 * that writes an outbox row enqueues its delivery job (pg-boss) too, so a job exists exactly
 * when the message does. A job locks its row, sends, and marks it SENT in one transaction: with
 * the recording sender a message is recorded exactly once, and a job run again after its
 * instance died (pg-boss expires it) finds the row SENT and does nothing. A sender error records
 * the attempt and fails the job, which pg-boss runs again with exponential back-off; the last
 * attempt (OUTBOX_MAX_ATTEMPTS) marks the row FAILED, and the job stays failed on the
 * background-jobs page, where the administrator can retry it.
 */
@Injectable()
export class OutboxWorker implements OnModuleInit {
  readonly #logger = new Logger('OutboxWorker');

  constructor(
    private readonly db: DataSource,
    private readonly env: Env,
    private readonly clock: Clock,
    private readonly jobs: JobRunner,
    @Inject(MESSAGE_SENDER) private readonly sender: MessageSender,
  ) {}

  onModuleInit(): void {
    this.jobs.register<{ outboxId: string }>({
      name: DELIVERY_QUEUE,
      retryLimit: this.env.OUTBOX_MAX_ATTEMPTS - 1,
      expireInSeconds: 120,
      // A gateway that is slow to answer must not hold up every other message.
      concurrency: 4,
      run: async ({ outboxId }) => {
        await this.deliver(outboxId);
      },
    });
  }

  /** Enqueues the delivery of outbox rows, in the transaction that wrote them. */
  enqueue(manager: EntityManager, outboxIds: string[]): Promise<void> {
    return this.jobs.enqueueMany(
      manager,
      DELIVERY_QUEUE,
      outboxIds.map((outboxId) => ({ outboxId })),
    );
  }

  /** Sends one message unless it went already; throws (after recording the attempt) if the sender fails. */
  async deliver(outboxId: string): Promise<DeliveryOutcome> {
    const result = await this.db.transaction(async (tx): Promise<DeliveryOutcome | { error: unknown }> => {
      const [row] = decodeRows(
        await tx.query(
          `SELECT id, channel, recipient, event, params, locale, attempts FROM outbox_message
            WHERE id = $1 AND status <> 'SENT' FOR UPDATE`,
          [outboxId],
        ),
        DUE_FIELDS,
      );
      if (!row) return 'ALREADY_SENT';
      const attempts = row.attempts + 1;
      // A sender that writes (the recording one) must not leave the transaction aborted.
      await tx.query('SAVEPOINT outbox_send');
      try {
        await this.sender.send(toOutgoing(row), tx, this.clock.now());
        await tx.query('RELEASE SAVEPOINT outbox_send');
        await tx.query(
          `UPDATE outbox_message SET status = 'SENT', attempts = $2, sent_at = $3, last_error = NULL WHERE id = $1`,
          [row.id, attempts, this.clock.now()],
        );
        return 'SENT';
      } catch (error) {
        await tx.query('ROLLBACK TO SAVEPOINT outbox_send');
        const final = attempts >= this.env.OUTBOX_MAX_ATTEMPTS;
        const reason = (error instanceof Error ? error.message : String(error)).slice(0, 500);
        await tx.query(
          `UPDATE outbox_message
              SET attempts = $2, last_error = $3, status = CASE WHEN $4 THEN 'FAILED' ELSE 'PENDING' END
            WHERE id = $1`,
          [row.id, attempts, reason, final],
        );
        if (final) this.#logger.warn(`Outbox message ${row.id} failed ${attempts} times: ${reason}`);
        return { error };
      }
    });
    // Thrown after the commit, so the attempt stays recorded and pg-boss schedules the next one.
    if (typeof result === 'object') throw result.error;
    return result;
  }
}
