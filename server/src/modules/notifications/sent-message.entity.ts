import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { OutboxChannel } from './outbox-message.entity.js';

/**
 * What the default (recording) sender "sent": the rendered SMS or e-mail, so that a demo without
 * a provider shows every message in the admin app. `outbox_id` is unique: a message recorded
 * twice would be a message sent twice.
 */
@Entity('sent_message')
@Index('sent_message_sent_idx', ['sentAt', 'id'])
export class SentMessage {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'outbox_id', type: 'uuid', unique: true })
  outboxId: string;

  @Column({ type: 'text' })
  channel: OutboxChannel;

  @Column({ type: 'text' })
  recipient: string;

  @Column({ type: 'text', nullable: true })
  subject: string | null;

  @Column({ type: 'text' })
  body: string;

  @Column({ name: 'sent_at', type: 'timestamptz' })
  sentAt: Date;
}
