import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { CaseFile } from '../cases/case.entity.js';
import { Department } from '../directory/department.entity.js';

/**
 * One assignment and the lead department suggested first when it was made, so that the office can
 * see how often it took the first suggestion (docs/dispatch.md#share-of-first-suggestions-taken).
 */
@Entity('assignment_suggestion_outcome')
@Index('assignment_suggestion_outcome_at_idx', ['at'])
export class AssignmentSuggestionOutcome {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'case_id', type: 'uuid' })
  caseId: string;

  /** Null when nothing could be suggested. */
  @Column({ name: 'suggested_lead_id', type: 'uuid', nullable: true })
  suggestedLeadId: string | null;

  @Column({ name: 'chosen_lead_id', type: 'uuid' })
  chosenLeadId: string;

  @Column({ type: 'timestamptz' })
  at: Date;

  @ManyToOne(() => CaseFile, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'case_id', foreignKeyConstraintName: 'assignment_suggestion_outcome_case_fk' })
  case?: CaseFile;

  @ManyToOne(() => Department, { onDelete: 'RESTRICT' })
  @JoinColumn({
    name: 'suggested_lead_id',
    foreignKeyConstraintName: 'assignment_suggestion_outcome_suggested_fk',
  })
  suggestedLead?: Department;

  @ManyToOne(() => Department, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'chosen_lead_id', foreignKeyConstraintName: 'assignment_suggestion_outcome_chosen_fk' })
  chosenLead?: Department;
}
