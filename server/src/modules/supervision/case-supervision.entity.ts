import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { SUPERVISION_LEVEL_CODES, type SupervisionLevel } from '@gridbridge/shared';
import { oneOf } from '../../database/checks.js';
import { CaseFile } from '../cases/case.entity.js';
import { Department } from '../directory/department.entity.js';

/**
 * 督办: a supervision notice the office issued on a running case to one department, with a level,
 * a note and a deadline; the department acknowledges it (docs/supervision.md). 催办 (urging) is a
 * timeline event and a notice only.
 */
@Entity('case_supervision')
@Check('case_supervision_level_check', oneOf('level', SUPERVISION_LEVEL_CODES))
@Index('case_supervision_case_idx', ['caseId', 'issuedAt'])
@Index('case_supervision_department_idx', ['departmentId', 'acknowledgedAt', 'issuedAt'])
export class CaseSupervision {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'case_id', type: 'uuid' })
  caseId: string;

  @ManyToOne(() => CaseFile, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'case_id', foreignKeyConstraintName: 'case_supervision_case_fk' })
  caseFile?: CaseFile;

  @Column({ name: 'department_id', type: 'uuid' })
  departmentId: string;

  @ManyToOne(() => Department, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'department_id', foreignKeyConstraintName: 'case_supervision_department_fk' })
  department?: Department;

  @Column({ type: 'text' })
  level: SupervisionLevel;

  @Column({ type: 'text' })
  note: string;

  /** By when the department must act. */
  @Column({ type: 'timestamptz' })
  deadline: Date;

  @Column({ name: 'issued_at', type: 'timestamptz' })
  issuedAt: Date;

  @Column({ name: 'issued_by', type: 'uuid' })
  issuedBy: string;

  @Column({ name: 'issued_by_name', type: 'text' })
  issuedByName: string;

  @Column({ name: 'acknowledged_at', type: 'timestamptz', nullable: true })
  acknowledgedAt: Date | null;

  @Column({ name: 'acknowledged_by_name', type: 'text', nullable: true })
  acknowledgedByName: string | null;

  @Column({ name: 'acknowledge_note', type: 'text', nullable: true })
  acknowledgeNote: string | null;
}
