import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * When each scheduled background job is next due, by the server's clock. pg-boss's own cron
 * forgets a run that fell due while no instance was up; this row does not, so the first instance
 * back runs it (once, however many runs were missed).
 */
@Entity('job_schedule')
export class JobSchedule {
  @PrimaryColumn({ type: 'text' })
  name: string;

  @Column({ type: 'text' })
  cron: string;

  @Column({ name: 'next_run_at', type: 'timestamptz' })
  nextRunAt: Date;

  /** The due time of the run last enqueued (null before the first). */
  @Column({ name: 'last_due_at', type: 'timestamptz', nullable: true })
  lastDueAt: Date | null;
}
