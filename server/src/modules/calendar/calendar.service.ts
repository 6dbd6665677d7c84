import { Injectable, type OnModuleInit } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import {
  WorkingCalendar,
  calendarYearsDue,
  holidayYearProblems,
  shanghaiDate,
  type HolidayYear as HolidayYearData,
} from '@gridbridge/shared';
import { AppError } from '../../common/app-error.js';
import { Clock } from '../../common/clock.js';
import type { Viewer } from '../../common/gql-context.js';
import { PgListener } from '../../common/pg-listener.service.js';
import { AuditService } from '../audit/index.js';
import type { CalendarStatusType, HolidayYearInput, HolidayYearType } from './calendar.types.js';
import { decodeRows, int } from '../../database/rows.js';
import { HOLIDAY_YEAR_ROW } from './holiday-year-rows.js';

/** Announced when an administrator changes the calendar, so every instance reloads it. */
export const CALENDAR_CHANNEL = 'gb_calendar';

/**
 * How long an instance trusts its copy without a NOTIFY. A NOTIFY sent while the listener was
 * reconnecting is lost (PgListener), so the copy also expires; reading a few rows costs nothing.
 * Measured on the server's Clock like every other time; a clock set back (as tests do) counts as
 * expired too, so a copy is never pinned by a moment that lies before it was loaded.
 */
const MAX_AGE_MS = 5 * 60 * 1000;

// Serialises calendar edits: a year is checked against the others, so two saves must not interleave.
const CALENDAR_LOCK = 727_010;

const COLUMNS = HOLIDAY_YEAR_ROW.select;

/**
 * The working-day calendar (docs/lifecycle-and-deadlines.md#deadlines) as the administrator maintains it in `holiday_year`.
 * Each instance keeps it in memory — every deadline computation needs it — and reloads it when
 * any instance announces a change.
 */
@Injectable()
export class CalendarService implements OnModuleInit {
  #cached: { calendar: Promise<WorkingCalendar>; loadedAt: number } | null = null;

  constructor(
    private readonly db: DataSource,
    private readonly listener: PgListener,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async onModuleInit(): Promise<void> {
    await this.listener.listen(CALENDAR_CHANNEL, () => this.#invalidate());
  }

  /**
   * The calendar as stored now. A load that a change overtakes still answers the callers that
   * asked before the change, but is not kept: the next caller reads again.
   */
  async current(): Promise<WorkingCalendar> {
    const now = this.clock.now().getTime();
    if (!this.#cached || Math.abs(now - this.#cached.loadedAt) > MAX_AGE_MS) {
      const entry = { calendar: this.#load(), loadedAt: now };
      this.#cached = entry;
      entry.calendar.catch(() => {
        if (this.#cached === entry) this.#cached = null;
      });
    }
    return this.#cached.calendar;
  }

  async list(): Promise<HolidayYearType[]> {
    return HOLIDAY_YEAR_ROW.decodeAll(
      await this.db.query(`SELECT ${COLUMNS} FROM holiday_year ORDER BY year`),
    );
  }

  async status(now = this.clock.now()): Promise<CalendarStatusType> {
    const due = calendarYearsDue(now);
    const stored = decodeRows(
      await this.db.query('SELECT year FROM holiday_year WHERE year = ANY($1::int[])', [due]),
      { year: int },
    );
    const currentYear = Number(shanghaiDate(now).slice(0, 4));
    return {
      currentYear,
      nextYear: currentYear + 1,
      missingYears: due.filter((year) => !stored.some((row) => row.year === year)),
    };
  }

  /**
   * Enters a year (`version` null or 0) or replaces it (`version` as last read). Checked against
   * the other stored years, audited, and announced to every instance when the transaction commits.
   */
  async save(
    viewer: Viewer,
    year: number,
    input: HolidayYearInput,
    version: number | null,
  ): Promise<HolidayYearType> {
    const saved = await this.db.transaction(async (manager) => {
      await manager.query('SELECT pg_advisory_xact_lock($1)', [CALENDAR_LOCK]);
      const rows = HOLIDAY_YEAR_ROW.decodeAll(await manager.query(`SELECT ${COLUMNS} FROM holiday_year`));
      const before = rows.find((row) => row.year === year) ?? null;
      if (before ? before.version !== version : version) {
        throw before ? new AppError('CONFLICT') : new AppError('NOT_FOUND');
      }
      // Checked as entered, so each problem names the row the administrator sees.
      this.#check(year, input, rows);
      const data = normalised(input);
      const [after] = before
        ? HOLIDAY_YEAR_ROW.decodeChanged(
            await manager.query(
              `UPDATE holiday_year SET off = $2, work = $3, version = version + 1, updated_at = $4
                WHERE year = $1 RETURNING ${COLUMNS}`,
              [year, JSON.stringify(data.off), JSON.stringify(data.work), this.clock.now()],
            ),
          )
        : HOLIDAY_YEAR_ROW.decodeAll(
            await manager.query(
              `INSERT INTO holiday_year (year, off, work, updated_at) VALUES ($1, $2, $3, $4) RETURNING ${COLUMNS}`,
              [year, JSON.stringify(data.off), JSON.stringify(data.work), this.clock.now()],
            ),
          );
      await this.#audit(manager, viewer, before, after);
      // Delivered when the transaction commits, to every instance this one included.
      await manager.query('SELECT pg_notify($1, $2)', [CALENDAR_CHANNEL, String(year)]);
      return after;
    });
    // This instance need not wait for its own NOTIFY to come round.
    this.#invalidate();
    return saved;
  }

  #check(year: number, data: HolidayYearData, rows: HolidayYearType[]): void {
    const others = Object.fromEntries(
      rows.filter((row) => row.year !== year).map((row) => [String(row.year), row]),
    );
    const latestYear = Number(shanghaiDate(this.clock.now()).slice(0, 4)) + 1;
    const problems = holidayYearProblems(year, data, {
      others: new WorkingCalendar({ years: others }),
      latestYear,
    });
    if (problems.length > 0) throw AppError.validation(...problems);
    // The calendar's own checks too, on what every instance will load; the above should leave none.
    try {
      new WorkingCalendar({ years: { ...others, [String(year)]: normalised(data) } });
    } catch (error) {
      if (error instanceof RangeError) throw AppError.validation({ field: 'off', rule: 'invalid' });
      throw error;
    }
  }

  #audit(
    manager: EntityManager,
    viewer: Viewer,
    before: HolidayYearType | null,
    after: HolidayYearType,
  ): Promise<void> {
    const { year, off, work, version } = after;
    return this.audit.recordChange(
      manager,
      viewer,
      before ? 'CALENDAR_YEAR_UPDATED' : 'CALENDAR_YEAR_CREATED',
      { type: 'holiday_year', id: String(year) },
      before && { year: before.year, off: before.off, work: before.work, version: before.version },
      { year, off, work, version },
    );
  }

  #invalidate(): void {
    this.#cached = null;
  }

  async #load(): Promise<WorkingCalendar> {
    const rows = HOLIDAY_YEAR_ROW.decodeAll(
      await this.db.query(`SELECT ${COLUMNS} FROM holiday_year ORDER BY year`),
    );
    return new WorkingCalendar({
      years: Object.fromEntries(rows.map((r) => [String(r.year), { off: r.off, work: r.work }])),
    });
  }
}

/** Names trimmed, blocks in date order, make-up days sorted: the form the notice itself takes. */
function normalised(input: HolidayYearData): HolidayYearData {
  return {
    off: input.off
      .map(({ name, from, to }) => ({ name: name.trim(), from, to }))
      .sort((a, b) => a.from.localeCompare(b.from)),
    work: [...input.work].sort(),
  };
}
