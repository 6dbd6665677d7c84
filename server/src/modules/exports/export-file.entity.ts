import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { ErrorCode, Locale } from '@gridbridge/shared';
import { User } from '../auth/user.entity.js';

export const EXPORT_KINDS = ['CASES', 'ENTERPRISES', 'AUDIT', 'CONDITIONS', 'MONTHLY_REPORT'] as const;
export type ExportKind = (typeof EXPORT_KINDS)[number];
export const EXPORT_STATUSES = ['QUEUED', 'RUNNING', 'READY', 'FAILED'] as const;
export type ExportStatus = (typeof EXPORT_STATUSES)[number];

/**
 * An .xlsx export a user asked for (README.md, "Exports"): written by a background
 * job with the owner's scope, kept in PostgreSQL so that any instance can serve the download,
 * and deleted when it expires. `content` is never selected by default.
 *
 * At most one export per user is QUEUED or RUNNING: `export_file_one_running_idx`, a partial
 * unique index created by the migration, so concurrent requests get one winner.
 */
@Entity('export_file')
@Check(
  'export_file_kind_check',
  `"kind" IN ('CASES', 'ENTERPRISES', 'AUDIT', 'CONDITIONS', 'MONTHLY_REPORT')`,
)
@Check('export_file_status_check', `"status" IN ('QUEUED', 'RUNNING', 'READY', 'FAILED')`)
@Index('export_file_owner_idx', ['ownerId', 'createdAt'])
@Index('export_file_one_running_idx', { synchronize: false })
export class ExportFile {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'owner_id', type: 'uuid' })
  ownerId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'owner_id', foreignKeyConstraintName: 'export_file_owner_fk' })
  owner?: User;

  @Column({ type: 'text' })
  kind: ExportKind;

  /** The list filter as the user sent it. */
  @Column({ type: 'jsonb' })
  filter: Record<string, unknown>;

  /** The language of the workbook and its file name: the request's. */
  @Column({ type: 'text' })
  locale: Locale;

  @Column({ type: 'text', default: 'QUEUED' })
  status: ExportStatus;

  @Column({ name: 'file_name', type: 'text' })
  fileName: string;

  @Column({ type: 'bytea', nullable: true, select: false })
  content: Buffer | null;

  @Column({ name: 'row_count', type: 'integer', nullable: true })
  rowCount: number | null;

  /** Runs started: a run that dies with its instance is started again by the job runner. */
  @Column({ type: 'integer', default: 0 })
  attempts: number;

  /** Why it FAILED, as an error code translated when read (`error_params` fill its placeholders). */
  @Column({ name: 'error_code', type: 'text', nullable: true })
  errorCode: ErrorCode | null;

  @Column({ name: 'error_params', type: 'jsonb', nullable: true })
  errorParams: Record<string, string | number> | null;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'started_at', type: 'timestamptz', nullable: true })
  startedAt: Date | null;

  @Column({ name: 'finished_at', type: 'timestamptz', nullable: true })
  finishedAt: Date | null;

  /** After this the file is gone: not listed, not served, deleted by the purge job. */
  @Index('export_file_expires_idx')
  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt: Date;
}
