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
 * The runner drives pg-boss with a polling loop of its own (`fetch`, then `complete` or `fail`)
 * rather than with `boss.work()`: pg-boss's workers stop on timers that outlive `boss.stop()`,
 * while this loop and the runs it started are awaited at shutdown, so nothing of the job runner
 * is left behind when the application has closed.
 *
 * Scheduled jobs are driven by `job_schedule` and the server's clock rather than by pg-boss's
 * cron: every JOB_SCHEDULE_TICK_SECONDS (a minute), and at every start-up, each instance enqueues each job whose
 * `next_run_at` has passed, moving `next_run_at` on in the same transaction with SKIP LOCKED — so
 * a run is enqueued once across instances, and one missed while every instance was down happens
 * on the first start-up after.
 */
@Injectable()
export class JobRunner implements OnApplicationBootstrap, BeforeApplicationShutdown {
  readonly #logger = new Logger('JobRunner');
  readonly #definitions = new Map<string, JobDefinition>();
  #boss: PgBoss | null = null;
  /** The polling loop, awaited at shutdown. */
  #loop: Promise<void> | null = null;
  #stopping = false;
  /** Ends the loop's current pause early (shutdown). */
  #wake: (() => void) | null = null;
  /** Runs in progress on this instance, by queue. */
  readonly #running = new Map<string, Set<Promise<void>>>();

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
      // Schedules are ours (see above): pg-boss's timekeeper is not started.
      schedule: false,
      // Job rows are kept for a week, for the background-jobs page.
      retentionDays: 7,
      deleteAfterDays: 7,
    });
    boss.on('error', (error) => this.#logger.warn(`pg-boss: ${error.message}`));
    await boss.start();
    this.#boss = boss;
    for (const definition of this.#definitions.values()) {
      await boss.createQueue(definition.name, {
        name: definition.name,
        retryLimit: definition.retryLimit,
        retryDelay: this.env.JOB_RETRY_DELAY_SECONDS,
        retryBackoff: true,
        expireInSeconds: definition.expireInSeconds,
      });
      this.#running.set(definition.name, new Set());
    }
    await this.#registerSchedules();
    // Catch up at once on what fell due while no instance was running.
    await this.enqueueDue();
    this.#stopping = false;
    this.#loop = this.#poll(boss);
  }

  async beforeApplicationShutdown(): Promise<void> {
    const boss = this.#boss;
    if (!boss) return;
    this.#stopping = true;
    this.#wake?.();
    await this.#loop;
    // Running jobs finish (and are marked) before pg-boss closes its pool; one that outlives
    // the wait is expired by pg-boss and runs again on another instance.
    const runs = [...this.#running.values()].flatMap((set) => [...set]);
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([
      Promise.allSettled(runs),
      new Promise((resolve) => (timer = setTimeout(resolve, 10_000))),
    ]);
    clearTimeout(timer);
    this.#boss = null;
    // No pg-boss worker exists, so a graceful stop has nothing to wait for and sets no timer.
    await boss.stop({ graceful: false });
  }

  /** Each turn: the schedules when their tick is due, then one fetch per queue with a free slot. */
  async #poll(boss: PgBoss): Promise<void> {
    // By the server's clock, like the schedules themselves: a test that moves the clock moves
    // the tick with it (a clock set back starts the period over).
    let lastTick = this.clock.now().getTime();
    while (!this.#stopping) {
      try {
        const tick = this.env.JOB_SCHEDULE_TICK_SECONDS * 1000;
        const now = this.clock.now().getTime();
        if (now < lastTick) lastTick = now;
        if (tick > 0 && now - lastTick >= tick) {
          lastTick = now;
          await this.enqueueDue();
        }
        for (const definition of this.#definitions.values()) {
          if (this.#stopping) break;
          const running = this.#running.get(definition.name)!;
          const free = (definition.concurrency ?? 1) - running.size;
          if (free <= 0) continue;
          const jobs = await boss.fetch<object>(definition.name, { batchSize: free });
          for (const job of jobs) {
            const run = this.#run(boss, definition, job.id, job.data).finally(() => running.delete(run));
            running.add(run);
          }
        }
      } catch (error) {
        this.#logger.warn(`job runner: ${(error as Error).message}`);
      }
      if (this.#stopping) break;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, this.env.JOB_POLL_SECONDS * 1000);
        this.#wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      this.#wake = null;
    }
  }

  async #run(boss: PgBoss, definition: JobDefinition, id: string, data: object): Promise<void> {
    try {
      await definition.run(data);
    } catch (error) {
      // pg-boss keeps the error as the job's output (the background-jobs page shows it) and
      // retries the job with back-off until its retry limit.
      await boss.fail(definition.name, id, error as object).catch((failure: Error) => {
        this.#logger.warn(`job ${definition.name} ${id}: ${failure.message}`);
      });
      return;
    }
    await boss.complete(definition.name, id).catch((failure: Error) => {
      this.#logger.warn(`job ${definition.name} ${id}: ${failure.message}`);
    });
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
