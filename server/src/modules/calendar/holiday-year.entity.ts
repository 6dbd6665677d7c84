import { Column, Entity, PrimaryColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import type { BusinessDate, HolidayRange } from '@gridbridge/shared';

/**
 * One year of the official holiday arrangement (docs/lifecycle-and-deadlines.md#deadlines), as the administrator entered it:
 * the blocks of days off and the make-up working days. Seeded with 2025 and 2026.
 */
@Entity('holiday_year')
export class HolidayYear {
  @PrimaryColumn({ type: 'integer' })
  year: number;

  @Column({ type: 'jsonb' })
  off: HolidayRange[];

  @Column({ type: 'jsonb' })
  work: BusinessDate[];

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @VersionColumn({ type: 'integer', default: 1 })
  version: number;
}
