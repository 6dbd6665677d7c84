import {
  Injectable,
  Logger,
  type BeforeApplicationShutdown,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import cronParser from 'cron-parser';
import PgBoss from 'pg-boss';
import { DataSource, type EntityManager } from 'typeorm';
import { Clock } from './clock.js';
import { Env } from '../config/env.js';
import { decodeRows, text, timestamp } from '../database/rows.js';

/** pg-boss keeps its tables in a schema of their own in the product's database. */
export const JOBS_SCHEMA = 'pgboss';
const TIME_ZONE = 'Asia/Shanghai';
/** The queue of the minute tick that enqueues the scheduled jobs that are due. */
const SCHEDULE_QUEUE = 'schedule-tick';

export interface JobDefinition<T extends object = object> {
  /** The queue's name (kebab-case, also its label key in the apps). */
  name: string;
  /** For scheduled jobs: a cron expression in Asia/Shanghai. Others run when enqueued. */
  cron?: string;
  /** Runs that failed are tried again this many times, with back-off, and then stay FAILED. */
  retryLimit: number;
  /** A run still active after this long is taken to have died with its instance, and runs again. */
  expireInSeconds: number;
  /** Jobs of this queue one instance runs at once (1 unless said). */
  concurrency?: number;
  run(data: T): Promise<void>;
}

export interface DueRun {
  name: string;
  dueAt: Date;
}

/** The next moment `cron` fires strictly after `after`, in Shanghai time. */
export function nextRun(cron: string, after: Date): Date {
  return cronParser.parseExpression(cron, { currentDate: after, tz: TIME_ZONE }).next().toDate();
}

/** pg-boss's `db` option, bound to a TypeORM transaction: a job sent through it commits or rolls back with it. */
function transactional(manager: EntityManager): PgBoss.Db {
  const runner = manager.queryRunner;
  if (!runner) throw new Error('enqueue needs a transaction');
  return {
    // pg-boss's own SQL and rows, passed through untouched: pg-boss reads them, not our code.
    // eslint-disable-next-line no-restricted-syntax
    executeSql: async (text, values) => ({ rows: (await runner.query(text, values, true)).records }),
  };
}

/**
 * The one runner of background work (docs/architecture.md, "Background jobs"): pg-boss queues in
 * the product's PostgreSQL, so any instance can take any job and a job is taken by one instance
 * only. Domains register their queues while the modules initialise; the runner starts with the
 * application and stops, waiting for running jobs, before the database pool closes.
 *
 * Scheduled jobs are driven by `job_schedule` and the server's clock rather than by pg-boss's
 * cron alone: a minute tick (pg-boss cron, any one instance) and every start-up enqueue each job
 * whose `next_run_at` has passed, moving `next_run_at` on in the same transaction — so a run is
 * enqueued once across instances, and one missed while every instance was down happens on the
 * first start-up after.
 */
@Injectable()
export class JobRunner implements OnApplicationBootstrap, BeforeApplicationShutdown {
  readonly #logger = new Logger('JobRunner');
  readonly #definitions = new Map<string, JobDefinition>();
  #boss: PgBoss | null = null;
  /** Handler runs in progress on this instance (shutdown waits for them). */
  #running = 0;
  /** pg-boss's own statements in flight, a worker's fetch among them (shutdown waits for them). */
  #statements = 0;

  constructor(
    private readonly db: DataSource,
    private readonly env: Env,
    private readonly clock: Clock,
  ) {}

  /** Registers a queue; call from a domain service's `onModuleInit`. */
  register<T extends object>(definition: JobDefinition<T>): void {
    this.#definitions.set(definition.name, definition as unknown as JobDefinition);
  }

  get definitions(): JobDefinition[] {
    return [...this.#definitions.values()];
  }

  get boss(): PgBoss {
    if (!this.#boss) throw new Error('the job runner is not started');
    return this.#boss;
  }

  async onApplicationBootstrap(): Promise<void> {
    const url = (this.db.options as { url?: string }).url;
    const boss = new PgBoss({
      connectionString: url,
      schema: JOBS_SCHEMA,
      max: 4,
      application_name: 'gridbridge-jobs',
      // Job rows are kept for a week, for the background-jobs page.
      retentionDays: 7,
      deleteAfterDays: 7,
    });
    boss.on('error', (error) => this.#logger.warn(`pg-boss: ${error.message}`));
    // Counted, so that shutdown can tell when every worker has left its loop (see there).
    const db = boss.getDb();
    const execute = db.executeSql.bind(db);
    db.executeSql = async (text, values) => {
      this.#statements += 1;
      try {
        return await execute(text, values);
      } finally {
        this.#statements -= 1;
      }
    };
    await boss.start();
    this.#boss = boss;
    await boss.createQueue(SCHEDULE_QUEUE, { name: SCHEDULE_QUEUE, retryLimit: 0, expireInSeconds: 60 });
    await boss.schedule(SCHEDULE_QUEUE, '* * * * *', {}, { tz: TIME_ZONE });
    await boss.work(SCHEDULE_QUEUE, { pollingIntervalSeconds: this.env.JOB_POLL_SECONDS }, () =>
      this.#counted(() => this.enqueueDue()),
    );
    for (const definition of this.#definitions.values()) {
      await boss.createQueue(definition.name, {
        name: definition.name,
        retryLimit: definition.retryLimit,
        retryDelay: this.env.JOB_RETRY_DELAY_SECONDS,
        retryBackoff: true,
        expireInSeconds: definition.expireInSeconds,
      });
      // Each worker takes one job at a time; several let a queue's jobs run side by side.
      for (let worker = 0; worker < (definition.concurrency ?? 1); worker += 1) {
        await boss.work<object>(
          definition.name,
          { pollingIntervalSeconds: this.env.JOB_POLL_SECONDS },
          ([job]) => this.#counted(() => definition.run(job.data)),
        );
      }
    }
    await this.#registerSchedules();
    // Catch up at once on what fell due while no instance was running.
    await this.enqueueDue();
  }

  async beforeApplicationShutdown(): Promise<void> {
    const boss = this.#boss;
    this.#boss = null;
    if (!boss) return;
    await boss.stop({ graceful: true, wait: true, timeout: 10_000 });
    // A stopped pg-boss worker leaves its loop once its fetch and its job return, and pg-boss
    // checks for that on a one-second timer that requires a module each time it goes round again.
    // Waiting until no pg-boss statement and no job is in flight means every worker has left its
    // loop, so that timer never goes round again after the application closed (under Jest, a
    // require after a test file's teardown fails the file).
    for (let waited = 0; (this.#running > 0 || this.#statements > 0) && waited < 30_000; waited += 20) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    // And one more turn of that one-second timer: a clean-clone run still saw it go round once
    // after the wait above, so the cause is not fully pinned down; this margin keeps the file green.
    await new Promise((resolve) => setTimeout(resolve, 1100));
  }

  async #counted<T>(run: () => Promise<T>): Promise<T> {
    this.#running += 1;
    try {
      return await run();
    } finally {
      this.#running -= 1;
    }
  }

  /** Enqueues a job in the caller's transaction: it exists exactly when the transaction commits. */
  async enqueue(manager: EntityManager, name: string, data: object): Promise<void> {
    await this.enqueueMany(manager, name, [data]);
  }

  /** Enqueues several jobs of one queue in the caller's transaction, in one statement. */
  async enqueueMany(manager: EntityManager, name: string, data: object[]): Promise<void> {
    const definition = this.#definitions.get(name);
    if (!definition) throw new Error(`unknown job queue ${name}`);
    if (data.length === 0) return;
    // `insert` takes no queue defaults: each job carries its retry policy.
    await this.boss.insert(
      data.map((item) => ({
        name,
        data: item,
        retryLimit: definition.retryLimit,
        retryDelay: this.env.JOB_RETRY_DELAY_SECONDS,
        retryBackoff: true,
        expireInSeconds: definition.expireInSeconds,
      })),
      { db: transactional(manager) },
    );
  }

  /** Gives a failed job one more attempt, in the caller's transaction. */
  async retry(manager: EntityManager, name: string, id: string): Promise<void> {
    await this.boss.retry(name, id, { db: transactional(manager) });
  }

  /**
   * Enqueues every scheduled job whose time has come by the server's clock, once across all
   * instances: the rows are locked (SKIP LOCKED) and moved on in the transaction that sends the job.
   */
  async enqueueDue(): Promise<DueRun[]> {
    const scheduled = this.definitions.filter((definition) => definition.cron);
    if (scheduled.length === 0) return [];
    const now = this.clock.now();
    return this.db.transaction(async (manager) => {
      const due = decodeRows(
        await manager.query(
          `SELECT name, next_run_at FROM job_schedule
            WHERE name = ANY($1) AND next_run_at <= $2
            ORDER BY name FOR UPDATE SKIP LOCKED`,
          [scheduled.map((definition) => definition.name), now],
        ),
        { name: text, next_run_at: timestamp },
      );
      for (const row of due) {
        const definition = this.#definitions.get(row.name)!;
        await manager.query(
          'UPDATE job_schedule SET next_run_at = $2, last_due_at = next_run_at WHERE name = $1',
          [row.name, nextRun(definition.cron!, now)],
        );
        await this.enqueue(manager, row.name, { dueAt: row.next_run_at.toISOString() });
      }
      return due.map((row) => ({ name: row.name, dueAt: row.next_run_at }));
    });
  }

  /** Adds the schedule rows that are missing; a changed cron expression starts over from now. */
  async #registerSchedules(): Promise<void> {
    const now = this.clock.now();
    for (const definition of this.definitions) {
      if (!definition.cron) continue;
      await this.db.query(
        `INSERT INTO job_schedule (name, cron, next_run_at) VALUES ($1, $2, $3)
         ON CONFLICT (name) DO UPDATE SET cron = EXCLUDED.cron, next_run_at = EXCLUDED.next_run_at
          WHERE job_schedule.cron <> EXCLUDED.cron`,
        [definition.name, definition.cron, nextRun(definition.cron, now)],
      );
    }
  }
}
