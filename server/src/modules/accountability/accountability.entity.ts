import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import {
  ACCOUNTABILITY_SUBJECT_CODES,
  ACCOUNTABILITY_TYPE_CODES,
  type AccountabilitySubject,
  type AccountabilityType,
} from '@gridbridge/shared';
import { oneOf } from '../../database/checks.js';
import { User } from '../auth/user.entity.js';
import { CaseFile } from '../cases/case.entity.js';
import { Department } from '../directory/department.entity.js';

/**
 * An accountability record 问责 (docs/supervision.md#accountability): who is held accountable — a
 * department, or a named official of one — how, why and on whose decision. `department_id` is
 * always set: for an official it is their department, so that a department's scope and its
 * notification need no second column.
 */
@Entity('accountability_record')
@Check('accountability_record_subject_check', oneOf('subject_kind', ACCOUNTABILITY_SUBJECT_CODES))
@Check('accountability_record_type_check', oneOf('type', ACCOUNTABILITY_TYPE_CODES))
@Check(
  'accountability_record_official_check',
  `"subject_kind" = 'DEPARTMENT' OR ("official_name" IS NOT NULL AND "official_post" IS NOT NULL)`,
)
@Index('accountability_record_decided_idx', ['decidedOn', 'id'])
@Index('accountability_record_department_idx', ['departmentId', 'decidedOn', 'id'])
@Index('accountability_record_type_idx', ['type', 'decidedOn', 'id'])
export class AccountabilityRecord {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'subject_kind', type: 'text' })
  subjectKind: AccountabilitySubject;

  @Column({ name: 'department_id', type: 'uuid' })
  departmentId: string;

  @Column({ name: 'official_name', type: 'text', nullable: true })
  officialName: string | null;

  @Column({ name: 'official_post', type: 'text', nullable: true })
  officialPost: string | null;

  @Column({ type: 'text' })
  type: AccountabilityType;

  @Column({ type: 'text' })
  reason: string;

  /** The business date of the decision, a day in Asia/Shanghai. */
  @Column({ name: 'decided_on', type: 'date' })
  decidedOn: string;

  /** The body that decided (区纪委监委, 区优化办 …), as the decision names it. */
  @Column({ name: 'decided_by', type: 'text' })
  decidedBy: string;

  @Column({ name: 'created_by_id', type: 'uuid' })
  createdById: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @VersionColumn({ type: 'integer', default: 1 })
  version: number;

  @ManyToOne(() => Department, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'department_id', foreignKeyConstraintName: 'accountability_record_department_fk' })
  department?: Department;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'created_by_id', foreignKeyConstraintName: 'accountability_record_created_by_fk' })
  createdBy?: User;
}

/**
 * A case a record rests on. The evidence of a record is one link table per kind of evidence:
 * inspection findings, once inspections exist, get a table of their own beside this one.
 */
@Entity('accountability_record_case')
@Index('accountability_record_case_case_idx', ['caseId'])
export class AccountabilityRecordCase {
  @PrimaryColumn({ name: 'record_id', type: 'uuid' })
  recordId: string;

  @PrimaryColumn({ name: 'case_id', type: 'uuid' })
  caseId: string;

  @ManyToOne(() => AccountabilityRecord, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'record_id', foreignKeyConstraintName: 'accountability_record_case_record_fk' })
  record?: AccountabilityRecord;

  @ManyToOne(() => CaseFile, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'case_id', foreignKeyConstraintName: 'accountability_record_case_case_fk' })
  case?: CaseFile;
}

/**
 * A public notice 通报 as published to the portal: its title and text are stored with the chosen
 * redactions already applied, so no API can hand out what was redacted. Withdrawn notices stay
 * (and their audit entries), hidden from the portal.
 */
@Entity('public_notice')
@Index('public_notice_published_idx', ['publishedAt', 'id'])
@Index('public_notice_public_idx', ['publishedAt', 'id'], { where: '"withdrawn_at" IS NULL' })
export class PublicNotice {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text' })
  body: string;

  @Column({ name: 'redact_names', type: 'boolean' })
  redactNames: boolean;

  @Column({ name: 'redact_posts', type: 'boolean' })
  redactPosts: boolean;

  @Column({ name: 'redact_enterprises', type: 'boolean' })
  redactEnterprises: boolean;

  @Column({ name: 'published_at', type: 'timestamptz' })
  publishedAt: Date;

  @Column({ name: 'published_by_id', type: 'uuid' })
  publishedById: string;

  @Column({ name: 'withdrawn_at', type: 'timestamptz', nullable: true })
  withdrawnAt: Date | null;

  @Column({ name: 'withdrawn_by_id', type: 'uuid', nullable: true })
  withdrawnById: string | null;

  @Column({ name: 'withdraw_reason', type: 'text', nullable: true })
  withdrawReason: string | null;

  @VersionColumn({ type: 'integer', default: 1 })
  version: number;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'published_by_id', foreignKeyConstraintName: 'public_notice_published_by_fk' })
  publishedBy?: User;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'withdrawn_by_id', foreignKeyConstraintName: 'public_notice_withdrawn_by_fk' })
  withdrawnBy?: User;
}

/** The records a notice reports on, in the order the notice lists them. */
@Entity('public_notice_record')
@Index('public_notice_record_record_idx', ['recordId'])
export class PublicNoticeRecord {
  @PrimaryColumn({ name: 'notice_id', type: 'uuid' })
  noticeId: string;

  @PrimaryColumn({ name: 'record_id', type: 'uuid' })
  recordId: string;

  @Column({ type: 'integer' })
  position: number;

  @ManyToOne(() => PublicNotice, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'notice_id', foreignKeyConstraintName: 'public_notice_record_notice_fk' })
  notice?: PublicNotice;

  @ManyToOne(() => AccountabilityRecord, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'record_id', foreignKeyConstraintName: 'public_notice_record_record_fk' })
  record?: AccountabilityRecord;
}
