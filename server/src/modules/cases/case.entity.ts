import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import {
  CASE_CATEGORY_CODES,
  CASE_CHANNEL_CODES,
  CASE_COMPLEXITY_CODES,
  CASE_KIND_CODES,
  CASE_PRIORITY_CODES,
  CASE_STATE_CODES,
  MISCONDUCT_TYPE_CODES,
  REPLY_RESULT_CODES,
  EVALUATION_SOLVED_CODES,
  SATISFACTION_CODES,
  type EvaluationSolved,
  type Satisfaction,
  type CaseCategory,
  type CaseChannel,
  type CaseComplexity,
  type CaseKind,
  type CasePriority,
  type CaseState,
  type MisconductType,
  type ReplyResult,
} from '@gridbridge/shared';
import { oneOf } from '../../database/checks.js';
import { User } from '../auth/user.entity.js';
import { Department } from '../directory/department.entity.js';
import { Enterprise } from '../directory/enterprise.entity.js';

/**
 * 诉求 (docs/lifecycle-and-deadlines.md#cases). `state_deadline` is the deadline of the step now running (null when nothing is
 * timed); `paused_at` is set while the clock stops (docs/lifecycle-and-deadlines.md#deadlines). Every filter of the case list has
 * an index ending in (submitted_at, id) so that keyset pages stay cheap at a million rows; the
 * keyword search has a GIN index over `search_vector`, filled from jieba's segmentation.
 */
@Entity('case_file')
@Unique('case_file_client_key_unique', ['submitterId', 'clientKey'])
@Check('case_file_kind_check', oneOf('kind', CASE_KIND_CODES))
@Check('case_file_category_check', oneOf('category', CASE_CATEGORY_CODES))
@Check('case_file_channel_check', oneOf('channel', CASE_CHANNEL_CODES))
@Check('case_file_state_check', oneOf('state', CASE_STATE_CODES))
@Check('case_file_priority_check', oneOf('priority', CASE_PRIORITY_CODES))
@Check('case_file_complexity_check', oneOf('complexity', CASE_COMPLEXITY_CODES))
@Check(
  'case_file_misconduct_check',
  `"misconduct_type" IS NULL OR ${oneOf('misconduct_type', MISCONDUCT_TYPE_CODES)}`,
)
@Check(
  'case_file_reply_result_check',
  `"reply_result" IS NULL OR ${oneOf('reply_result', REPLY_RESULT_CODES)}`,
)
@Check(
  'case_file_evaluation_solved_check',
  `"evaluation_solved" IS NULL OR ${oneOf('evaluation_solved', EVALUATION_SOLVED_CODES)}`,
)
@Check(
  'case_file_evaluation_satisfaction_check',
  `"evaluation_satisfaction" IS NULL OR ${oneOf('evaluation_satisfaction', SATISFACTION_CODES)}`,
)
@Index('case_file_submitted_idx', ['submittedAt', 'id'])
@Index('case_file_state_idx', ['state', 'submittedAt', 'id'])
@Index('case_file_kind_idx', ['kind', 'submittedAt', 'id'])
@Index('case_file_category_idx', ['category', 'submittedAt', 'id'])
@Index('case_file_channel_idx', ['channel', 'submittedAt', 'id'])
@Index('case_file_enterprise_idx', ['enterpriseId', 'submittedAt', 'id'])
@Index('case_file_named_department_idx', ['namedDepartmentId', 'submittedAt', 'id'])
@Index('case_file_lead_department_idx', ['leadDepartmentId', 'submittedAt', 'id'])
@Index('case_file_deadline_idx', ['stateDeadline'])
@Index('case_file_state_deadline_idx', ['state', 'stateDeadline', 'id'])
@Index('case_file_search_idx', { synchronize: false })
export class CaseFile {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'tracking_no', type: 'text', unique: true })
  trackingNo: string;

  @Column({ name: 'query_code', type: 'text' })
  queryCode: string;

  @Column({ type: 'text' })
  kind: CaseKind;

  @Column({ type: 'text' })
  category: CaseCategory;

  @Column({ type: 'text' })
  channel: CaseChannel;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text' })
  content: string;

  /** jieba's search segmentation of title and content, as a 'simple' text-search vector. */
  @Column({ name: 'search_vector', type: 'tsvector', select: false })
  searchVector: string;

  @Column({ name: 'enterprise_id', type: 'uuid' })
  enterpriseId: string;

  @ManyToOne(() => Enterprise, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'enterprise_id', foreignKeyConstraintName: 'case_file_enterprise_fk' })
  enterprise?: Enterprise;

  @Index('case_file_submitter_idx')
  @Column({ name: 'submitter_id', type: 'uuid' })
  submitterId: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'submitter_id', foreignKeyConstraintName: 'case_file_submitter_fk' })
  submitter?: User;

  /** The submitter's idempotency key: a retry with the same key returns the same case. */
  @Column({ name: 'client_key', type: 'text', nullable: true })
  clientKey: string | null;

  /** The department the submitter named; for a COMPLAINT the department complained about. */
  @Column({ name: 'named_department_id', type: 'uuid', nullable: true })
  namedDepartmentId: string | null;

  @ManyToOne(() => Department, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'named_department_id', foreignKeyConstraintName: 'case_file_named_department_fk' })
  namedDepartment?: Department;

  @Column({ name: 'misconduct_type', type: 'text', nullable: true })
  misconductType: MisconductType | null;

  @Column({ name: 'contact_consent', type: 'boolean' })
  contactConsent: boolean;

  @Column({ type: 'text' })
  state: CaseState;

  @Column({ type: 'text', default: 'NORMAL' })
  priority: CasePriority;

  @Column({ type: 'text', default: 'SIMPLE' })
  complexity: CaseComplexity;

  @Column({ name: 'submitted_at', type: 'timestamptz' })
  submittedAt: Date;

  @Column({ name: 'state_deadline', type: 'timestamptz', nullable: true })
  stateDeadline: Date | null;

  @Column({ name: 'paused_at', type: 'timestamptz', nullable: true })
  pausedAt: Date | null;

  @Column({ name: 'accepted_at', type: 'timestamptz', nullable: true })
  acceptedAt: Date | null;

  @Column({ name: 'replied_at', type: 'timestamptz', nullable: true })
  repliedAt: Date | null;

  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true })
  closedAt: Date | null;

  /** The office's request for more information, or its reason for rejecting: text the enterprise reads. */
  @Column({ name: 'office_note', type: 'text', nullable: true })
  officeNote: string | null;

  @Column({ name: 'duplicate_of_id', type: 'uuid', nullable: true })
  duplicateOfId: string | null;

  @ManyToOne(() => CaseFile, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'duplicate_of_id', foreignKeyConstraintName: 'case_file_duplicate_of_fk' })
  duplicateOf?: CaseFile;

  @Column({ name: 'lead_department_id', type: 'uuid', nullable: true })
  leadDepartmentId: string | null;

  @ManyToOne(() => Department, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'lead_department_id', foreignKeyConstraintName: 'case_file_lead_department_fk' })
  leadDepartment?: Department;

  @Column({ name: 'reply_result', type: 'text', nullable: true })
  replyResult: ReplyResult | null;

  /** The reply the enterprise reads. */
  @Column({ name: 'reply_text', type: 'text', nullable: true })
  replyText: string | null;

  /** The enterprise's evaluation of the reply (docs/lifecycle-and-deadlines.md#replies-and-evaluation). */
  @Column({ name: 'evaluation_solved', type: 'text', nullable: true })
  evaluationSolved: EvaluationSolved | null;

  @Column({ name: 'evaluation_satisfaction', type: 'text', nullable: true })
  evaluationSatisfaction: Satisfaction | null;

  @Column({ name: 'evaluation_comment', type: 'text', nullable: true })
  evaluationComment: string | null;

  @Column({ name: 'evaluated_at', type: 'timestamptz', nullable: true })
  evaluatedAt: Date | null;

  @Column({ name: 'reopen_count', type: 'integer', default: 0 })
  reopenCount: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @VersionColumn({ type: 'integer', default: 1 })
  version: number;
}
