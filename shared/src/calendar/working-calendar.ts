import type { BusinessDate, HolidayCalendarData } from './holiday-data.js';
import {
  dateOfDayNumber,
  dayNumberOf,
  endOfShanghaiDayNumber,
  shanghaiDayNumber,
  startOfShanghaiDayNumber,
  weekdayOfDayNumber,
} from './shanghai-time.js';

/**
 * docs/lifecycle-and-deadlines.md#warnings: YELLOW on the working day on which the step falls due,
 * RED once overdue. A non-working day is nobody's last day, so nothing is YELLOW on it.
 */
export type DeadlineWarning = 'NONE' | 'YELLOW' | 'RED';

export interface DeadlineStatus {
  overdue: boolean;
  /**
   * Before the deadline: the working days on which work can still be done — today (if it is a
   * working day) through the deadline's day, both counted whole.
   * After the deadline: the working days begun since the deadline's day — today included — so a
   * deadline of Friday evening is 1 working day overdue on Monday morning, 0 over the weekend.
   */
  workingDays: number;
  /** Time left, or time since the deadline when overdue; never negative. */
  milliseconds: number;
  warning: DeadlineWarning;
}

/**
 * The working-day calendar (docs/lifecycle-and-deadlines.md#working-days), in Asia/Shanghai. A date is a working day unless it is
 * in an official block of days off; otherwise Monday to Friday work, Saturday and Sunday are off,
 * except the official make-up working days (调休上班). For a year the data does not hold only
 * weekends are off; `hasYear` tells the admin app to warn the administrator.
 *
 * Deadlines are the end of a Shanghai day (23:59:59.999+08:00); see `addWorkingDays`.
 */
export class WorkingCalendar {
  readonly #off = new Map<number, string>();
  readonly #work = new Set<number>();
  readonly #years: readonly number[];

  /** Throws a RangeError naming the problem if the data are malformed or contradict themselves. */
  constructor(data: HolidayCalendarData) {
    const years: number[] = [];
    for (const [key, year] of Object.entries(data.years)) {
      if (!/^\d{4}$/.test(key))
        throw new RangeError(`Calendar year must be four digits: ${JSON.stringify(key)}`);
      years.push(Number(key));
      for (const range of year.off) {
        const from = dayNumberOf(range.from);
        const to = dayNumberOf(range.to);
        if (from > to)
          throw new RangeError(`Holiday ${range.name} ends (${range.to}) before it starts (${range.from})`);
        for (let day = from; day <= to; day++) {
          const other = this.#off.get(day);
          if (other !== undefined && other !== range.name) {
            throw new RangeError(`${dateOfDayNumber(day)} is in two holidays: ${other} and ${range.name}`);
          }
          this.#off.set(day, range.name);
        }
      }
      for (const date of year.work) this.#work.add(dayNumberOf(date));
    }
    for (const day of this.#work) {
      const name = this.#off.get(day);
      if (name !== undefined) {
        throw new RangeError(`${dateOfDayNumber(day)} is both a make-up working day and part of ${name}`);
      }
    }
    this.#years = years.sort((a, b) => a - b);
  }

  /** The years whose official arrangement the calendar holds, ascending. */
  get years(): readonly number[] {
    return this.#years;
  }

  /** False for a year whose notice has not been entered: only weekends are off then. */
  hasYear(year: number): boolean {
    return this.#years.includes(year);
  }

  isWorkingDay(date: BusinessDate): boolean {
    return this.#isWorkingDayNumber(dayNumberOf(date));
  }

  /** The holiday a date belongs to ('春节'), or null — also for ordinary weekends and make-up days. */
  holidayName(date: BusinessDate): string | null {
    return this.#off.get(dayNumberOf(date)) ?? null;
  }

  /**
   * The deadline "n working days after start": the end (23:59:59.999 Shanghai) of the n-th
   * working day after the Shanghai day of `start`. The day of `start` itself never counts, even
   * when it is a working day, so a case submitted on Friday afternoon with a one-day limit is due
   * at the end of Monday. n must be a whole number ≥ 1.
   */
  addWorkingDays(start: Date, n: number): Date {
    if (!Number.isSafeInteger(n) || n < 1)
      throw new RangeError(`Working days must be a whole number ≥ 1, got ${n}`);
    let day = shanghaiDayNumber(start);
    for (let counted = 0; counted < n;) {
      day++;
      if (this.#isWorkingDayNumber(day)) counted++;
    }
    return endOfShanghaiDayNumber(day);
  }

  /**
   * Whole working days elapsed from `from` to `to`: the working days after the Shanghai day of
   * `from` whose last millisecond (23:59:59.999) is at or before `to`. The inverse of
   * `addWorkingDays`: workingDaysBetween(s, addWorkingDays(s, n)) === n for every s and n ≥ 1,
   * and one millisecond earlier it is n − 1. Never negative; 0 when `to` is not later than `from`.
   */
  workingDaysBetween(from: Date, to: Date): number {
    const toDay = shanghaiDayNumber(to);
    const lastCompleteDay = endOfShanghaiDayNumber(toDay).getTime() === to.getTime() ? toDay : toDay - 1;
    return this.#countWorkingDays(shanghaiDayNumber(from) + 1, lastCompleteDay);
  }

  /** Where a running step stands against its deadline (docs/lifecycle-and-deadlines.md#warnings). */
  remaining(deadline: Date, now: Date): DeadlineStatus {
    const deadlineDay = shanghaiDayNumber(deadline);
    const today = shanghaiDayNumber(now);
    const milliseconds = deadline.getTime() - now.getTime();
    if (milliseconds < 0) {
      return {
        overdue: true,
        workingDays: this.#countWorkingDays(deadlineDay + 1, today),
        milliseconds: -milliseconds,
        warning: 'RED',
      };
    }
    const workingDays = this.#countWorkingDays(today, deadlineDay);
    // Today is the last working day before the deadline only if today is a working day at all:
    // on a Sunday, a step due on Monday still has all of Monday (the inbox must not say 今日到期).
    const dueToday = workingDays === 1 && this.#isWorkingDayNumber(today);
    return { overdue: false, workingDays, milliseconds, warning: dueToday ? 'YELLOW' : 'NONE' };
  }

  /**
   * Where YELLOW ends, for filtering in SQL: a deadline that has not passed is YELLOW exactly when
   * it lies before this instant, i.e. `remaining(deadline, now).warning === 'YELLOW'` ⇔
   * `now <= deadline < yellowCutoff(now)`. On a working day it is 00:00 Shanghai of the next
   * working day; on a non-working day it is `now` itself, so the YELLOW range is empty.
   * RED is `deadline < now`, NONE is `deadline >= yellowCutoff(now)`.
   */
  yellowCutoff(now: Date): Date {
    const today = shanghaiDayNumber(now);
    if (!this.#isWorkingDayNumber(today)) return now;
    let day = today + 1;
    while (!this.#isWorkingDayNumber(day)) day++;
    return startOfShanghaiDayNumber(day);
  }

  #isWorkingDayNumber(day: number): boolean {
    if (this.#off.has(day)) return false;
    if (this.#work.has(day)) return true;
    const weekday = weekdayOfDayNumber(day);
    return weekday !== 0 && weekday !== 6;
  }

  /** Working days from `first` to `last`, both inclusive; 0 when last < first. */
  #countWorkingDays(first: number, last: number): number {
    let count = 0;
    for (let day = first; day <= last; day++) if (this.#isWorkingDayNumber(day)) count++;
    return count;
  }
}
