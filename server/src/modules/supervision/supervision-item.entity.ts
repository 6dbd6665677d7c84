import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import {
  SUPERVISION_KIND_CODES,
  WARNING_COLOUR_CODES,
  WARNING_STEP_CODES,
  type SupervisionKind,
  type WarningColour,
  type WarningStep,
} from '@gridbridge/shared';
import { oneOf } from '../../database/checks.js';
import { CaseFile } from '../cases/case.entity.js';
import { Department } from '../directory/department.entity.js';
import { RectificationSuggestion } from '../inspections/inspection.entity.js';

/**
 * One line of the supervision board (docs/supervision.md): a running step that reached a colour,
 * or a detection (inaction, slow action, possible wrong action, a complaint). Written by the
 * warnings job; `key` names the fact (the step, its deadline and colour; or the detection), so a
 * second run or a second instance finds it taken and raises nothing twice. Its subject is a case,
 * or an inspection's rectification suggestion (step RECTIFY), never both.
 */
@Entity('supervision_item')
@Check('supervision_item_kind_check', oneOf('kind', SUPERVISION_KIND_CODES))
@Check('supervision_item_step_check', `"step" IS NULL OR ${oneOf('step', WARNING_STEP_CODES)}`)
@Check('supervision_item_colour_check', `"colour" IS NULL OR ${oneOf('colour', WARNING_COLOUR_CODES)}`)
@Check('supervision_item_subject_check', `("case_id" IS NULL) <> ("suggestion_id" IS NULL)`)
@Index('supervision_item_key_idx', ['key'], { unique: true })
@Index('supervision_item_order_idx', ['sortAt', 'id'])
@Index('supervision_item_department_idx', ['departmentId', 'sortAt', 'id'])
@Index('supervision_item_grid_idx', ['gridId', 'sortAt', 'id'])
@Index('supervision_item_kind_idx', ['kind', 'sortAt', 'id'])
@Index('supervision_item_colour_idx', ['colour', 'sortAt', 'id'])
@Index('supervision_item_raised_idx', ['raisedAt'])
@Index('supervision_item_case_idx', ['caseId'])
@Index('supervision_item_suggestion_idx', ['suggestionId'])
export class SupervisionItem {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  key: string;

  /** The case whose step it is; null for a rectification suggestion's. */
  @Column({ name: 'case_id', type: 'uuid', nullable: true })
  caseId: string | null;

  @ManyToOne(() => CaseFile, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'case_id', foreignKeyConstraintName: 'supervision_item_case_fk' })
  caseFile?: CaseFile;

  /** The rectification suggestion overdue or due (step RECTIFY); null for a case's items. */
  @Column({ name: 'suggestion_id', type: 'uuid', nullable: true })
  suggestionId: string | null;

  @ManyToOne(() => RectificationSuggestion, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'suggestion_id', foreignKeyConstraintName: 'supervision_item_suggestion_fk' })
  suggestion?: RectificationSuggestion;

  /** The assignment whose step it is (signing, contact, reply); null for the office's steps. */
  @Column({ name: 'assignment_id', type: 'uuid', nullable: true })
  assignmentId: string | null;

  /** The department answerable: the assignment's, or the one a complaint names; null for the office's steps. */
  @Column({ name: 'department_id', type: 'uuid', nullable: true })
  departmentId: string | null;

  @ManyToOne(() => Department, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'department_id', foreignKeyConstraintName: 'supervision_item_department_fk' })
  department?: Department;

  /**
   * The enterprise's grid when the item was raised; for a suggestion the grid its task inspected,
   * null when the task inspected a department.
   */
  @Column({ name: 'grid_id', type: 'uuid', nullable: true })
  gridId: string | null;

  @Column({ type: 'text' })
  kind: SupervisionKind;

  @Column({ type: 'text', nullable: true })
  step: WarningStep | null;

  @Column({ type: 'text', nullable: true })
  colour: WarningColour | null;

  /** A wrong action's reason, or a complaint's misconduct type. */
  @Column({ type: 'text', nullable: true })
  reason: string | null;

  /** The step's deadline when the colour was reached. */
  @Column({ type: 'timestamptz', nullable: true })
  deadline: Date | null;

  /** The board's order, most overdue first: the deadline, or when a detection was raised. */
  @Column({ name: 'sort_at', type: 'timestamptz' })
  sortAt: Date;

  @Column({ name: 'raised_at', type: 'timestamptz' })
  raisedAt: Date;

  /** The timeline event that records a warning. */
  @Column({ name: 'event_id', type: 'bigint', nullable: true })
  eventId: string | null;
}

/** How far the detection scan has read the timeline (one row per scan). */
@Entity('supervision_scan')
export class SupervisionScan {
  @Column({ type: 'text', primary: true })
  name: string;

  @Column({ name: 'last_event_id', type: 'bigint' })
  lastEventId: string;
}
