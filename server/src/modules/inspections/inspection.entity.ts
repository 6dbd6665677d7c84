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
  CASE_CATEGORY_CODES,
  FINDING_OUTCOME_CODES,
  INSPECTION_FOCUS_CODES,
  RECTIFICATION_STATE_CODES,
  type CaseCategory,
  type FindingOutcome,
  type InspectionFocus,
  type RectificationState,
} from '@gridbridge/shared';
import { oneOf } from '../../database/checks.js';
import { User } from '../auth/user.entity.js';
import { CaseAttachment } from '../cases/case-attachment.entity.js';
import { Department } from '../directory/department.entity.js';
import { Grid } from '../directory/grid.entity.js';

/** An inspection team 巡查小组 (docs/inspections.md#teams): inspectors under a leader. */
@Entity('inspection_team')
export class InspectionTeam {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text', unique: true })
  name: string;

  /** One of the team's members. */
  @Column({ name: 'leader_id', type: 'uuid' })
  leaderId: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'leader_id', foreignKeyConstraintName: 'inspection_team_leader_fk' })
  leader?: User;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @VersionColumn({ type: 'integer', default: 1 })
  version: number;
}

/** An inspector of a team; the data scope of an inspector is the tasks of their teams. */
@Entity('inspection_team_member')
@Index('inspection_team_member_user_idx', ['userId', 'teamId'])
export class InspectionTeamMember {
  @PrimaryColumn({ name: 'team_id', type: 'uuid' })
  teamId: string;

  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne(() => InspectionTeam, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'team_id', foreignKeyConstraintName: 'inspection_team_member_team_fk' })
  team?: InspectionTeam;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'inspection_team_member_user_fk' })
  user?: User;
}

/** An inspection task 巡查任务: a team, a target (a grid subtree or a department), a period, a focus. */
@Entity('inspection_task')
@Check('inspection_task_focus_check', oneOf('focus', INSPECTION_FOCUS_CODES))
@Check('inspection_task_target_check', `("grid_id" IS NULL) <> ("department_id" IS NULL)`)
@Check('inspection_task_period_check', `"ends_on" >= "starts_on"`)
@Index('inspection_task_team_idx', ['teamId', 'startsOn', 'id'])
@Index('inspection_task_period_idx', ['startsOn', 'id'])
export class InspectionTask {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'team_id', type: 'uuid' })
  teamId: string;

  @ManyToOne(() => InspectionTeam, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'team_id', foreignKeyConstraintName: 'inspection_task_team_fk' })
  team?: InspectionTeam;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text' })
  focus: InspectionFocus;

  @Column({ name: 'grid_id', type: 'uuid', nullable: true })
  gridId: string | null;

  @ManyToOne(() => Grid, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'grid_id', foreignKeyConstraintName: 'inspection_task_grid_fk' })
  grid?: Grid;

  @Column({ name: 'department_id', type: 'uuid', nullable: true })
  departmentId: string | null;

  @ManyToOne(() => Department, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'department_id', foreignKeyConstraintName: 'inspection_task_department_fk' })
  department?: Department;

  /** The period, as Shanghai business dates, both days included. */
  @Column({ name: 'starts_on', type: 'date' })
  startsOn: string;

  @Column({ name: 'ends_on', type: 'date' })
  endsOn: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @VersionColumn({ type: 'integer', default: 1 })
  version: number;
}

/** An inspection record: on a day, at a place, what was checked. */
@Entity('inspection_record')
@Index('inspection_record_task_idx', ['taskId', 'inspectedOn', 'id'])
@Index('inspection_record_date_idx', ['inspectedOn', 'id'])
export class InspectionRecord {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'task_id', type: 'uuid' })
  taskId: string;

  @ManyToOne(() => InspectionTask, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'task_id', foreignKeyConstraintName: 'inspection_record_task_fk' })
  task?: InspectionTask;

  @Column({ name: 'inspector_id', type: 'uuid' })
  inspectorId: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'inspector_id', foreignKeyConstraintName: 'inspection_record_inspector_fk' })
  inspector?: User;

  @Column({ name: 'inspected_on', type: 'date' })
  inspectedOn: string;

  @Column({ type: 'text' })
  place: string;

  @Column({ type: 'text' })
  checked: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

/**
 * A photo of an inspection record: an upload of the attachments path (docs/inspections.md#photos),
 * kept for the record so that the hourly purge of untaken uploads leaves it alone.
 */
@Entity('inspection_record_photo')
@Index('inspection_record_photo_record_idx', ['recordId'])
export class InspectionRecordPhoto {
  @PrimaryColumn({ name: 'attachment_id', type: 'uuid' })
  attachmentId: string;

  @ManyToOne(() => CaseAttachment, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'attachment_id', foreignKeyConstraintName: 'inspection_record_photo_attachment_fk' })
  attachment?: CaseAttachment;

  @Column({ name: 'record_id', type: 'uuid' })
  recordId: string;

  @ManyToOne(() => InspectionRecord, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'record_id', foreignKeyConstraintName: 'inspection_record_photo_record_fk' })
  record?: InspectionRecord;
}

/** A finding 发现问题 of a record and what became of it (one of three outcomes, or still OPEN). */
@Entity('inspection_finding')
@Check('inspection_finding_category_check', oneOf('category', CASE_CATEGORY_CODES))
@Check('inspection_finding_outcome_check', oneOf('outcome', FINDING_OUTCOME_CODES))
@Index('inspection_finding_record_idx', ['recordId', 'id'])
@Index('inspection_finding_case_idx', ['caseId'], { where: `"case_id" IS NOT NULL` })
export class InspectionFinding {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'record_id', type: 'uuid' })
  recordId: string;

  @ManyToOne(() => InspectionRecord, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'record_id', foreignKeyConstraintName: 'inspection_finding_record_fk' })
  record?: InspectionRecord;

  @Column({ type: 'text' })
  category: CaseCategory;

  @Column({ name: 'department_id', type: 'uuid' })
  departmentId: string;

  @ManyToOne(() => Department, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'department_id', foreignKeyConstraintName: 'inspection_finding_department_fk' })
  department?: Department;

  @Column({ type: 'text' })
  description: string;

  @Column({ type: 'text', default: 'OPEN' })
  outcome: FindingOutcome;

  /** How it was solved on the spot. */
  @Column({ type: 'text', nullable: true })
  solution: string | null;

  @Column({ name: 'solved_at', type: 'timestamptz', nullable: true })
  solvedAt: Date | null;

  /** The case it became (channel INSPECTION). */
  @Column({ name: 'case_id', type: 'uuid', nullable: true })
  caseId: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @VersionColumn({ type: 'integer', default: 1 })
  version: number;
}

/** A rectification suggestion 整改建议 to a department, with a deadline on the working-day calendar. */
@Entity('rectification_suggestion')
@Check('rectification_suggestion_state_check', oneOf('state', RECTIFICATION_STATE_CODES))
// The list's order is (deadline, id): one index per combination of the department scope and the
// state filter, so that every page of every combination is a range of one index.
@Index('rectification_suggestion_department_idx', ['departmentId', 'state', 'deadline', 'id'])
@Index('rectification_suggestion_department_deadline_idx', ['departmentId', 'deadline', 'id'])
@Index('rectification_suggestion_deadline_idx', ['deadline', 'id'])
@Index('rectification_suggestion_issued_idx', ['issuedAt', 'id'])
@Index('rectification_suggestion_state_idx', ['state', 'deadline', 'id'])
export class RectificationSuggestion {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'finding_id', type: 'uuid', unique: true })
  findingId: string;

  @ManyToOne(() => InspectionFinding, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'finding_id', foreignKeyConstraintName: 'rectification_suggestion_finding_fk' })
  finding?: InspectionFinding;

  @Column({ name: 'department_id', type: 'uuid' })
  departmentId: string;

  @ManyToOne(() => Department, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'department_id', foreignKeyConstraintName: 'rectification_suggestion_department_fk' })
  department?: Department;

  @Column({ type: 'text' })
  suggestion: string;

  @Column({ name: 'issued_at', type: 'timestamptz' })
  issuedAt: Date;

  @Column({ type: 'timestamptz' })
  deadline: Date;

  @Column({ type: 'text', default: 'ISSUED' })
  state: RectificationState;

  /** 整改情况: what the department did, with its evidence. */
  @Column({ type: 'text', nullable: true })
  report: string | null;

  @Column({ type: 'text', nullable: true })
  evidence: string | null;

  @Column({ name: 'reported_at', type: 'timestamptz', nullable: true })
  reportedAt: Date | null;

  /** The office's reason when it sent the last report back. */
  @Column({ name: 'return_reason', type: 'text', nullable: true })
  returnReason: string | null;

  @Column({ name: 'verified_at', type: 'timestamptz', nullable: true })
  verifiedAt: Date | null;

  @VersionColumn({ type: 'integer', default: 1 })
  version: number;
}
