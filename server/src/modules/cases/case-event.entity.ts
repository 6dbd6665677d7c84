import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { Actor, CaseAction, CaseState } from '@gridbridge/shared';
import { CaseFile } from './case.entity.js';

/**
 * One step on a case's timeline: who did what, when, with what text. `public_note` is what the
 * enterprise (and an anonymous tracker, without names) may read; `internal_note` only office and
 * departments. Written in the transaction of the transition it records.
 */
@Entity('case_event')
@Index('case_event_case_idx', ['caseId', 'occurredAt', 'id'])
// Deadline facts and rework by period (accountability candidates); partial, created in SQL.
@Index('case_event_rework_idx', { synchronize: false })
export class CaseEvent {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id: string;

  @Column({ name: 'case_id', type: 'uuid' })
  caseId: string;

  @ManyToOne(() => CaseFile, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'case_id', foreignKeyConstraintName: 'case_event_case_fk' })
  caseFile?: CaseFile;

  @Column({ name: 'occurred_at', type: 'timestamptz' })
  occurredAt: Date;

  @Column({ type: 'text' })
  action: CaseAction;

  @Column({ name: 'from_state', type: 'text', nullable: true })
  fromState: CaseState | null;

  @Column({ name: 'to_state', type: 'text' })
  toState: CaseState;

  @Column({ name: 'actor_id', type: 'uuid', nullable: true })
  actorId: string | null;

  @Column({ name: 'actor_role', type: 'text' })
  actorRole: Actor;

  @Column({ name: 'actor_name', type: 'text', nullable: true })
  actorName: string | null;

  @Column({ name: 'public_note', type: 'text', nullable: true })
  publicNote: string | null;

  @Column({ name: 'internal_note', type: 'text', nullable: true })
  internalNote: string | null;

  /** Structured facts of the step (category set on acceptance, the duplicate's original, …). */
  @Column({ type: 'jsonb', nullable: true })
  details: Record<string, unknown> | null;
}
