import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import {
  ASSIGNMENT_ROLE_CODES,
  ASSIGNMENT_STATE_CODES,
  REPLY_RESULT_CODES,
  type AssignmentRole,
  type AssignmentState,
  type ReplyResult,
} from '@gridbridge/shared';
import { oneOf } from '../../database/checks.js';
import { Department } from '../directory/department.entity.js';
import { CaseFile } from './case.entity.js';

/**
 * 交办任务: one department's part in a case (docs/lifecycle-and-deadlines.md#assignments) — the lead
 * (主办) or a co-department (协办), with its own state, deadlines, clock and version. These rows
 * are the truth about who handles a case; `case_file.lead_department_id` is a copy of the active
 * lead's department for the case list's filters. A returned assignment stays, RETURNED, as
 * history; at most one active assignment per department and one active lead per case.
 */
@Entity('case_assignment')
@Check('case_assignment_role_check', oneOf('role', ASSIGNMENT_ROLE_CODES))
@Check('case_assignment_state_check', oneOf('state', ASSIGNMENT_STATE_CODES))
@Check(
  'case_assignment_draft_result_check',
  `"draft_result" IS NULL OR ${oneOf('draft_result', REPLY_RESULT_CODES)}`,
)
@Check(
  'case_assignment_pending_request_check',
  `"pending_request" IS NULL OR "pending_request" IN ('EXTENSION', 'RETURN')`,
)
@Index('case_assignment_case_idx', ['caseId', 'role'])
@Index('case_assignment_department_idx', ['departmentId', 'caseId'])
// Both hold the deadline in force as an expression (migration AssignmentDueOrder).
@Index('case_assignment_queue_idx', { synchronize: false })
@Index('case_assignment_due_idx', { synchronize: false })
@Index('case_assignment_active_idx', { synchronize: false })
@Index('case_assignment_active_lead_idx', { synchronize: false })
@Index('case_assignment_pending_idx', { synchronize: false })
// The warnings job's scans of running replies and first contacts (supervision migration).
@Index('case_assignment_reply_due_idx', { synchronize: false })
@Index('case_assignment_contact_due_idx', { synchronize: false })
export class CaseAssignment {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'case_id', type: 'uuid' })
  caseId: string;

  @ManyToOne(() => CaseFile, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'case_id', foreignKeyConstraintName: 'case_assignment_case_fk' })
  caseFile?: CaseFile;

  @Column({ name: 'department_id', type: 'uuid' })
  departmentId: string;

  @ManyToOne(() => Department, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'department_id', foreignKeyConstraintName: 'case_assignment_department_fk' })
  department?: Department;

  @Column({ type: 'text' })
  role: AssignmentRole;

  @Column({ type: 'text' })
  state: AssignmentState;

  /** The office's instructions with the assignment. */
  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Column({ name: 'assigned_at', type: 'timestamptz' })
  assignedAt: Date;

  @Column({ name: 'sign_deadline', type: 'timestamptz' })
  signDeadline: Date;

  /** First contact is due one working day after signing (lead only). */
  @Column({ name: 'contact_deadline', type: 'timestamptz', nullable: true })
  contactDeadline: Date | null;

  /** The lead's reply, or a co-department's opinion, is due then — as moved by pauses and extensions. */
  @Column({ name: 'reply_deadline', type: 'timestamptz' })
  replyDeadline: Date;

  /** The reply deadline before an approved extension moved it; the scorecard still reports it. */
  @Column({ name: 'original_reply_deadline', type: 'timestamptz', nullable: true })
  originalReplyDeadline: Date | null;

  /** Set while the assignment's clock stops (an extension or return request waiting). */
  @Column({ name: 'paused_at', type: 'timestamptz', nullable: true })
  pausedAt: Date | null;

  @Column({ name: 'signed_at', type: 'timestamptz', nullable: true })
  signedAt: Date | null;

  @Column({ name: 'first_contacted_at', type: 'timestamptz', nullable: true })
  firstContactedAt: Date | null;

  /** When the lead's reply went to the office, or the co-department's opinion to the lead. */
  @Column({ name: 'replied_at', type: 'timestamptz', nullable: true })
  repliedAt: Date | null;

  /** A co-department's opinion, for the lead department. */
  @Column({ type: 'text', nullable: true })
  opinion: string | null;

  @Column({ name: 'draft_result', type: 'text', nullable: true })
  draftResult: ReplyResult | null;

  /** The reply text the enterprise will read once the office approves it. */
  @Column({ name: 'draft_text', type: 'text', nullable: true })
  draftText: string | null;

  @Column({ name: 'draft_internal_note', type: 'text', nullable: true })
  draftInternalNote: string | null;

  /** A request waiting for the office leader: EXTENSION or RETURN. */
  @Column({ name: 'pending_request', type: 'text', nullable: true })
  pendingRequest: 'EXTENSION' | 'RETURN' | null;

  @Column({ name: 'request_reason', type: 'text', nullable: true })
  requestReason: string | null;

  /** Working days an extension request asks for. */
  @Column({ name: 'request_days', type: 'integer', nullable: true })
  requestDays: number | null;

  /** Extensions asked for: a department asks once. */
  @Column({ name: 'extension_count', type: 'integer', default: 0 })
  extensionCount: number;

  /** The last time the office sent the reply back for rework (重办). */
  @Column({ name: 'sent_back_at', type: 'timestamptz', nullable: true })
  sentBackAt: Date | null;

  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true })
  closedAt: Date | null;

  @Column({ type: 'integer', default: 1 })
  version: number;
}
