import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import type { NotificationEvent } from '@gridbridge/shared';
import { User } from '../auth/user.entity.js';

/**
 * An in-app notification (消息) for one user. The text is rendered from `event` and `params`
 * in the reader's language when read, so a notification follows a change of language.
 */
@Entity('notification')
@Index('notification_user_idx', ['userId', 'createdAt', 'id'])
@Index('notification_unread_idx', { synchronize: false })
export class Notification {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'notification_user_fk' })
  user?: User;

  @Column({ type: 'text' })
  event: NotificationEvent;

  @Column({ type: 'jsonb' })
  params: Record<string, string>;

  /** The case the notification is about, if any (a link in the apps). */
  @Column({ name: 'case_id', type: 'uuid', nullable: true })
  caseId: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'read_at', type: 'timestamptz', nullable: true })
  readAt: Date | null;
}
