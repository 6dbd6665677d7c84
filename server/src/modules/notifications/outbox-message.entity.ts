import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { Locale, NotificationEvent } from '@gridbridge/shared';

export const OUTBOX_CHANNELS = ['SMS', 'EMAIL'] as const;
export type OutboxChannel = (typeof OUTBOX_CHANNELS)[number];
export type OutboxStatus = 'PENDING' | 'SENT' | 'FAILED';

/**
 * An SMS or e-mail to send, written in the transaction of the event behind it. The delivery
 * worker claims due rows with `FOR UPDATE SKIP LOCKED`, so with several server instances each
 * row is worked on by one of them; a failure schedules a retry with back-off until
 * `attempts` reaches the limit (FAILED).
 */
@Entity('outbox_message')
@Check('outbox_message_channel_check', `"channel" IN ('SMS', 'EMAIL')`)
@Check('outbox_message_status_check', `"status" IN ('PENDING', 'SENT', 'FAILED')`)
@Index('outbox_message_due_idx', { synchronize: false })
@Index('outbox_message_created_idx', ['createdAt', 'id'])
export class OutboxMessage {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  channel: OutboxChannel;

  @Column({ type: 'text' })
  recipient: string;

  @Column({ type: 'text' })
  event: NotificationEvent;

  @Column({ type: 'jsonb' })
  params: Record<string, string>;

  @Column({ type: 'text' })
  locale: Locale;

  @Column({ type: 'text', default: 'PENDING' })
  status: OutboxStatus;

  @Column({ type: 'integer', default: 0 })
  attempts: number;

  @Column({ name: 'last_error', type: 'text', nullable: true })
  lastError: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'sent_at', type: 'timestamptz', nullable: true })
  sentAt: Date | null;
}
