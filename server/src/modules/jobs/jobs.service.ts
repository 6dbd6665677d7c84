import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AppError } from '../../common/app-error.js';
import type { Viewer } from '../../common/gql-context.js';
import { AuditService } from '../audit/index.js';
import { JOBS_SCHEMA, JobRunner } from '../../common/job-runner.service.js';
import { decodeRows, int, nullable, text, timestamp, type Fields } from '../../database/rows.js';
import type { JobFailureType, JobQueueType } from './jobs.types.js';

const FAILURES_SHOWN = 20;

/** The background-jobs page: how each queue stands, and retrying what failed (audited). */
@Injectable()
export class JobsService {
  constructor(
    private readonly db: DataSource,
    private readonly jobs: JobRunner,
    private readonly audit: AuditService,
  ) {}

  async queues(): Promise<JobQueueType[]> {
    const names = this.jobs.definitions.map((definition) => definition.name);
    const select = async <F extends Fields>(sql: string, params: unknown[], fields: F) =>
      decodeRows(await this.db.query(sql, params), fields);
    const [counts, schedules, failures] = await Promise.all([
      select(
        `SELECT name,
                count(*) FILTER (WHERE state IN ('created', 'retry'))::int AS queued,
                count(*) FILTER (WHERE state = 'active')::int AS active,
                count(*) FILTER (WHERE state = 'failed')::int AS failed,
                max(completed_on) FILTER (WHERE state IN ('completed', 'failed')) AS last_run_at
           FROM ${JOBS_SCHEMA}.job WHERE name = ANY($1) GROUP BY name`,
        [names],
        { name: text, queued: int, active: int, failed: int, last_run_at: nullable(timestamp) },
      ),
      select('SELECT name, next_run_at FROM job_schedule WHERE name = ANY($1)', [names], {
        name: text,
        next_run_at: timestamp,
      }),
      select(
        `SELECT * FROM (
           SELECT id, name AS queue, coalesce(output->>'message', output::text, '') AS error,
                  retry_count + 1 AS attempts, completed_on AS "failedAt",
                  row_number() OVER (PARTITION BY name ORDER BY completed_on DESC) AS rank
             FROM ${JOBS_SCHEMA}.job WHERE name = ANY($1) AND state = 'failed') f
          WHERE rank <= $2 ORDER BY "failedAt" DESC`,
        [names, FAILURES_SHOWN],
        { id: text, queue: text, error: text, attempts: int, failedAt: timestamp },
      ),
    ]);
    return this.jobs.definitions.map((definition) => {
      const count = counts.find((row) => row.name === definition.name);
      return {
        name: definition.name,
        schedule: definition.cron ?? null,
        lastRunAt: count?.last_run_at ?? null,
        nextRunAt: schedules.find((row) => row.name === definition.name)?.next_run_at ?? null,
        queued: count?.queued ?? 0,
        active: count?.active ?? 0,
        failed: count?.failed ?? 0,
        failures: failures
          .filter((failure) => failure.queue === definition.name)
          .map(({ id, queue, error, attempts, failedAt }): JobFailureType => ({
            id,
            queue,
            error,
            attempts,
            failedAt,
          })),
      };
    });
  }

  /** Runs a failed job again (with its retries afresh), and records who asked. */
  async retry(viewer: Viewer, queue: string, id: string): Promise<JobQueueType> {
    if (!this.jobs.definitions.some((definition) => definition.name === queue)) {
      throw AppError.validation({ field: 'queue', rule: 'notFound' });
    }
    await this.db.transaction(async (manager) => {
      // Only a failed job; of two administrators retrying at once, the second finds it retried.
      const [job] = decodeRows(
        await manager.query(
          `SELECT id FROM ${JOBS_SCHEMA}.job WHERE name = $1 AND id::text = $2 AND state = 'failed' FOR UPDATE`,
          [queue, id],
        ),
        { id: text },
      );
      if (!job) throw new AppError('NOT_FOUND');
      // pg-boss gives it one more attempt, at once.
      await this.jobs.retry(manager, queue, id);
      await this.audit.record(manager, {
        action: 'job.retry',
        actorId: viewer.userId,
        actorName: viewer.username,
        targetType: 'job',
        targetId: id,
        details: { queue },
      });
    });
    return (await this.queues()).find((candidate) => candidate.name === queue)!;
  }
}
