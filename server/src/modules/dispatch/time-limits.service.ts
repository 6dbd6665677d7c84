import { Injectable, type OnModuleInit } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import {
  CASE_CATEGORY_CODES,
  CASE_PRIORITY_CODES,
  DEFAULT_TIME_LIMITS,
  type CaseCategory,
  type CaseComplexity,
  type CasePriority,
} from '@gridbridge/shared';
import { AppError } from '../../common/app-error.js';
import { Clock } from '../../common/clock.js';
import type { Viewer } from '../../common/gql-context.js';
import { PgListener } from '../../common/pg-listener.service.js';
import { AuditService } from '../audit/index.js';
import type { TimeLimitsInput, TimeLimitsType } from './dispatch.types.js';

/** Announced when the office leader changes a limit, so every instance reloads them. */
export const TIME_LIMITS_CHANNEL = 'gb_time_limits';

/** As the calendar's copy: a lost NOTIFY costs at most this long; a clock set back counts as expired. */
const MAX_AGE_MS = 60 * 1000;

/** The working-day limits a case runs on (docs/dispatch.md#time-limits). */
export interface LimitsInForce {
  sign: number;
  firstContact: number;
  /** For the case's priority and complexity: a complex case gets the complex limit. */
  reply: number;
  review: number;
}

const COLUMNS = `category, priority, sign, first_contact AS "firstContact", reply, reply_complex AS "replyComplex", review, version`;
type StoredRow = Omit<TimeLimitsType, 'custom'>;

/** The defaults of one priority, as a row of the table would hold them. */
export function defaultLimits(
  priority: CasePriority,
): Omit<TimeLimitsType, 'category' | 'priority' | 'custom' | 'version'> {
  return {
    sign: DEFAULT_TIME_LIMITS.sign,
    firstContact: DEFAULT_TIME_LIMITS.firstContact,
    reply: priority === 'URGENT' ? DEFAULT_TIME_LIMITS.replyUrgent : DEFAULT_TIME_LIMITS.replyNormal,
    replyComplex: DEFAULT_TIME_LIMITS.replyComplex,
    review: DEFAULT_TIME_LIMITS.review,
  };
}

/**
 * The working-day limits per category and priority. Pairs the office leader never changed run on
 * DEFAULT_TIME_LIMITS. Each instance keeps the few rows in memory (every assignment asks) and
 * reloads them when any instance announces a change, or after a minute.
 */
@Injectable()
export class TimeLimits implements OnModuleInit {
  #cached: { rows: Promise<Map<string, StoredRow>>; loadedAt: number } | null = null;

  constructor(
    private readonly db: DataSource,
    private readonly listener: PgListener,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async onModuleInit(): Promise<void> {
    await this.listener.listen(TIME_LIMITS_CHANNEL, () => this.#invalidate());
  }

  /** The limits in force for a case of this category, priority and complexity. */
  async forCase(
    category: CaseCategory,
    priority: CasePriority,
    complexity: CaseComplexity,
  ): Promise<LimitsInForce> {
    const row = (await this.#rows()).get(key(category, priority)) ?? defaultLimits(priority);
    return {
      sign: row.sign,
      firstContact: row.firstContact,
      reply: complexity === 'COMPLEX' ? row.replyComplex : row.reply,
      review: row.review,
    };
  }

  /** Every category and priority, in vocabulary order, with the defaults where nothing was changed. */
  async list(): Promise<TimeLimitsType[]> {
    const rows = await this.#load(this.db.manager);
    return CASE_CATEGORY_CODES.flatMap((category) =>
      CASE_PRIORITY_CODES.map((priority) => {
        const row = rows.get(key(category, priority));
        return row
          ? { ...row, custom: true }
          : { category, priority, ...defaultLimits(priority), custom: false, version: 0 };
      }),
    );
  }

  /**
   * Sets the limits of one pair: `version` 0 while it runs on the defaults, else as last read (a
   * stale one is a CONFLICT). Audited, and announced to every instance on commit.
   */
  save(
    viewer: Viewer,
    category: CaseCategory,
    priority: CasePriority,
    input: TimeLimitsInput,
    version: number,
  ): Promise<TimeLimitsType> {
    return this.#change(viewer, category, priority, version, async (manager, before) => {
      const values = [
        category,
        priority,
        input.sign,
        input.firstContact,
        input.reply,
        input.replyComplex,
        input.review,
      ];
      const [after]: StoredRow[] = before
        ? (
            await manager.query(
              `UPDATE time_limit SET sign = $3, first_contact = $4, reply = $5, reply_complex = $6, review = $7,
                      version = version + 1, updated_at = $8
                WHERE category = $1 AND priority = $2 RETURNING ${COLUMNS}`,
              [...values, this.clock.now()],
            )
          )[0]
        : await manager.query(
            `INSERT INTO time_limit (category, priority, sign, first_contact, reply, reply_complex, review, updated_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING ${COLUMNS}`,
            [...values, this.clock.now()],
          );
      return { ...after, custom: true };
    });
  }

  /** Puts one pair back on the defaults. */
  reset(
    viewer: Viewer,
    category: CaseCategory,
    priority: CasePriority,
    version: number,
  ): Promise<TimeLimitsType> {
    return this.#change(viewer, category, priority, version, async (manager) => {
      await manager.query('DELETE FROM time_limit WHERE category = $1 AND priority = $2', [
        category,
        priority,
      ]);
      return { category, priority, ...defaultLimits(priority), custom: false, version: 0 };
    });
  }

  async #change(
    viewer: Viewer,
    category: CaseCategory,
    priority: CasePriority,
    version: number,
    write: (manager: EntityManager, before: StoredRow | null) => Promise<TimeLimitsType>,
  ): Promise<TimeLimitsType> {
    const saved = await this.db.transaction(async (manager) => {
      const [before]: StoredRow[] = await manager.query(
        `SELECT ${COLUMNS} FROM time_limit WHERE category = $1 AND priority = $2 FOR UPDATE`,
        [category, priority],
      );
      if ((before?.version ?? 0) !== version) throw new AppError('CONFLICT');
      const after = await write(manager, before ?? null);
      await this.audit.recordChange(
        manager,
        viewer,
        'TIME_LIMITS_UPDATED',
        { type: 'time_limit', id: key(category, priority) },
        before ?? { category, priority, ...defaultLimits(priority), version: 0 },
        after,
      );
      await manager.query('SELECT pg_notify($1, $2)', [TIME_LIMITS_CHANNEL, key(category, priority)]);
      return after;
    });
    this.#invalidate();
    return saved;
  }

  #rows(): Promise<Map<string, StoredRow>> {
    const now = this.clock.now().getTime();
    if (!this.#cached || now < this.#cached.loadedAt || now - this.#cached.loadedAt > MAX_AGE_MS) {
      const entry = { rows: this.#load(this.db.manager), loadedAt: now };
      this.#cached = entry;
      entry.rows.catch(() => {
        if (this.#cached === entry) this.#cached = null;
      });
    }
    return this.#cached.rows;
  }

  async #load(manager: EntityManager): Promise<Map<string, StoredRow>> {
    const rows: StoredRow[] = await manager.query(`SELECT ${COLUMNS} FROM time_limit`);
    return new Map(rows.map((row) => [key(row.category, row.priority), row]));
  }

  #invalidate(): void {
    this.#cached = null;
  }
}

const key = (category: string, priority: string) => `${category}/${priority}`;
