import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { User } from '../auth/user.entity.js';
import { CaseEvent } from './case-event.entity.js';
import { CaseFile } from './case.entity.js';

/**
 * A file attached to a case. Uploaded first (case_id null, only its uploader may use it), then
 * bound to a case on submission or to a timeline event on a supplement. Kept in PostgreSQL so
 * that every stateless server instance can serve it; `content` is never selected by default.
 */
@Entity('case_attachment')
@Index('case_attachment_uploader_idx', ['uploaderId', 'createdAt'])
export class CaseAttachment {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('case_attachment_case_idx')
  @Column({ name: 'case_id', type: 'uuid', nullable: true })
  caseId: string | null;

  @ManyToOne(() => CaseFile, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'case_id', foreignKeyConstraintName: 'case_attachment_case_fk' })
  caseFile?: CaseFile;

  @Column({ name: 'event_id', type: 'bigint', nullable: true })
  eventId: string | null;

  @ManyToOne(() => CaseEvent, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'event_id', foreignKeyConstraintName: 'case_attachment_event_fk' })
  event?: CaseEvent;

  @Column({ name: 'uploader_id', type: 'uuid' })
  uploaderId: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'uploader_id', foreignKeyConstraintName: 'case_attachment_uploader_fk' })
  uploader?: User;

  /**
   * Taken by another domain without a case (a grid head's visit photo, docs/conditions.md): no
   * longer purged as an abandoned upload, and never bound to a case.
   */
  @Column({ type: 'boolean', default: false })
  kept: boolean;

  @Column({ name: 'file_name', type: 'text' })
  fileName: string;

  /** Detected from the bytes, never taken from the name or the client. */
  @Column({ name: 'mime_type', type: 'text' })
  mimeType: string;

  @Column({ type: 'integer' })
  size: number;

  @Column({ type: 'bytea', select: false })
  content: Buffer;

  /** A small WebP preview of images. */
  @Column({ type: 'bytea', nullable: true, select: false })
  thumbnail: Buffer | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
