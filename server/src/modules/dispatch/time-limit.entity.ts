import { Check, Column, Entity, PrimaryColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import {
  CASE_CATEGORY_CODES,
  CASE_PRIORITY_CODES,
  type CaseCategory,
  type CasePriority,
} from '@gridbridge/shared';
import { oneOf } from '../../database/checks.js';

/**
 * The office leader's working-day limits for one category and priority (docs/dispatch.md#time-limits).
 * Only changed pairs have a row; the others run on DEFAULT_TIME_LIMITS.
 */
@Entity('time_limit')
@Check('time_limit_category_check', oneOf('category', CASE_CATEGORY_CODES))
@Check('time_limit_priority_check', oneOf('priority', CASE_PRIORITY_CODES))
@Check(
  'time_limit_days_check',
  `"sign" BETWEEN 1 AND 60 AND "first_contact" BETWEEN 1 AND 60 AND "reply" BETWEEN 1 AND 60 AND "reply_complex" BETWEEN 1 AND 60 AND "review" BETWEEN 1 AND 60`,
)
export class TimeLimit {
  @PrimaryColumn({ type: 'text' })
  category: CaseCategory;

  @PrimaryColumn({ type: 'text' })
  priority: CasePriority;

  @Column({ type: 'integer' })
  sign: number;

  @Column({ name: 'first_contact', type: 'integer' })
  firstContact: number;

  @Column({ type: 'integer' })
  reply: number;

  @Column({ name: 'reply_complex', type: 'integer' })
  replyComplex: number;

  @Column({ type: 'integer' })
  review: number;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @VersionColumn({ type: 'integer', default: 1 })
  version: number;
}
