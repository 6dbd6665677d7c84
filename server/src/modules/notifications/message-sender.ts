import type { EntityManager } from 'typeorm';
import { Env } from '../../config/env.js';
import type { OutboxChannel } from './outbox-message.entity.js';

/** One rendered SMS or e-mail, ready to hand to a provider. */
export interface OutgoingMessage {
  /** The outbox row: a provider that accepts an idempotency key should get this. */
  outboxId: string;
  channel: OutboxChannel;
  /** A mobile number (SMS) or an e-mail address. */
  recipient: string;
  /** E-mail only. */
  subject: string | null;
  body: string;
}

/**
 * Delivers SMS and e-mail (pluggable senders, README "Notifications"). `send` runs inside the transaction that
 * holds the outbox row locked and marks it SENT, at the server clock's `at`; if it throws, the
 * row is retried with back-off.
 * A sender that keeps its record in the database writes with `tx`, so that the record and the
 * SENT mark commit together; a real provider ignores `tx` and should pass `outboxId` on as its
 * idempotency key, because a crash between the provider's acceptance and the commit means a retry.
 */
export interface MessageSender {
  send(message: OutgoingMessage, tx: EntityManager, at: Date): Promise<void>;
}

export const MESSAGE_SENDER = Symbol('MessageSender');

/**
 * The default sender: records each message in `sent_message` so that a demo without an SMS or
 * mail provider shows everything "sent" in the admin app. `outbox_id` is unique there, so a
 * message can never be recorded twice.
 */
export class RecordingSender implements MessageSender {
  async send(message: OutgoingMessage, tx: EntityManager, at: Date): Promise<void> {
    await tx.query(
      `INSERT INTO sent_message (outbox_id, channel, recipient, subject, body, sent_at)
       VALUES ($1, $2, $3, $4, $5, $6)`,
      [message.outboxId, message.channel, message.recipient, message.subject, message.body, at],
    );
  }
}

/** The sender NOTIFICATION_SENDER names. */
export function senderFor(env: Env): MessageSender {
  switch (env.NOTIFICATION_SENDER) {
    case 'record':
      return new RecordingSender();
  }
}

/** The Nest provider of {@link MESSAGE_SENDER}. */
export const MESSAGE_SENDER_PROVIDER = {
  provide: MESSAGE_SENDER,
  useFactory: senderFor,
  inject: [Env],
};
