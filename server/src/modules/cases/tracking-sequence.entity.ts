import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * The last tracking number given out per year. Taken with an upsert in the submitting
 * transaction: the row lock orders concurrent submissions, and a rolled-back submission gives its
 * number back, so numbers stay gap-free (docs/lifecycle-and-deadlines.md#cases).
 */
@Entity('case_tracking_sequence')
export class TrackingSequence {
  @PrimaryColumn({ type: 'integer' })
  year: number;

  @Column({ name: 'last_value', type: 'integer' })
  lastValue: number;
}
