import type { ValidationRule } from '../field-labels.js';
import type { HolidayYear } from './holiday-data.js';
import { dateOfDayNumber, dayNumberOf, shanghaiDate, weekdayOfDayNumber } from './shanghai-time.js';
import type { WorkingCalendar } from './working-calendar.js';

/** One invalid field of a year's arrangement, named by its path in the input (`off.2.to`, `work.0`). */
export interface HolidayYearProblem {
  field: string;
  rule: ValidationRule;
  params?: Record<string, string | number>;
}

/** The earliest year the calendar accepts; older years are of no use to a case filed today. */
export const FIRST_CALENDAR_YEAR = 2000;
export const HOLIDAY_NAME_MAX_CHARS = 30;
/** Limits well above any notice so far (7 blocks, 6 make-up days), low enough to catch a slip. */
export const MAX_HOLIDAY_RANGES = 20;
export const MAX_MAKE_UP_DAYS = 20;
/** The longest block so far lasted 9 days (Spring Festival 2026); 15 catches a mistyped month. */
export const MAX_HOLIDAY_DAYS = 15;

export interface HolidayYearCheckOptions {
  /**
   * The calendar of every other stored year: a block may not overlap one of theirs, and a
   * make-up day may not fall in one.
   */
  others?: WorkingCalendar;
  /** The latest year that may be entered (next year: each notice comes out in November). */
  latestYear?: number;
}

/**
 * What is wrong with one year's arrangement as an administrator entered it, at most one problem
 * per field. Beyond the checks the WorkingCalendar constructor makes (real dates, blocks in
 * order, a make-up day outside every block), it requires what the notices always satisfy: dates
 * in that year or the month either side of it (New Year 2018 began on 2017-12-30; 2012's notice
 * had 2011-12-31 as a make-up day), each block touching the year, blocks that do not overlap, and
 * make-up days that are weekend days — a weekday is a working day anyway.
 */
export function holidayYearProblems(
  year: number,
  data: HolidayYear,
  options: HolidayYearCheckOptions = {},
): HolidayYearProblem[] {
  const problems: HolidayYearProblem[] = [];
  const add = (field: string, rule: ValidationRule, params?: HolidayYearProblem['params']) => {
    if (!problems.some((problem) => problem.field === field))
      problems.push({ field, rule, ...(params ? { params } : {}) });
  };

  const latest = options.latestYear ?? 2099;
  if (!Number.isSafeInteger(year) || year < FIRST_CALENDAR_YEAR || year > latest) {
    add('year', 'between', { min: FIRST_CALENDAR_YEAR, max: latest });
    return problems;
  }
  const firstOfYear = dayNumberOf(`${year}-01-01`);
  const lastOfYear = dayNumberOf(`${year}-12-31`);
  const earliest = dayNumberOf(`${year - 1}-12-01`);
  const latestDay = dayNumberOf(`${year + 1}-01-31`);
  const others = options.others;

  /** The day of a date inside the accepted window, or null after recording why not. */
  const dayOf = (field: string, date: unknown): number | null => {
    let day: number;
    try {
      day = dayNumberOf(date as string);
    } catch {
      add(field, 'invalid');
      return null;
    }
    if (day < earliest || day > latestDay) {
      add(field, 'outsideYear', { year });
      return null;
    }
    return day;
  };

  if (data.off.length > MAX_HOLIDAY_RANGES) add('off', 'tooMany', { max: MAX_HOLIDAY_RANGES });
  if (data.work.length > MAX_MAKE_UP_DAYS) add('work', 'tooMany', { max: MAX_MAKE_UP_DAYS });

  const blocks: { name: string; from: number; to: number }[] = [];
  data.off.forEach((range, i) => {
    const field = (part: string) => `off.${i}.${part}`;
    const name = typeof range.name === 'string' ? range.name.trim() : '';
    if (!name) add(field('name'), 'required');
    else if (name.length > HOLIDAY_NAME_MAX_CHARS)
      add(field('name'), 'tooLong', { max: HOLIDAY_NAME_MAX_CHARS });
    const from = dayOf(field('from'), range.from);
    const to = dayOf(field('to'), range.to);
    if (from === null || to === null) return;
    if (to < from) return add(field('to'), 'endsBeforeStart');
    if (to - from + 1 > MAX_HOLIDAY_DAYS)
      return add(field('to'), 'holidayTooLong', { max: MAX_HOLIDAY_DAYS });
    if (to < firstOfYear || from > lastOfYear) return add(field('from'), 'outsideYear', { year });
    const earlier = blocks.find((block) => block.from <= to && from <= block.to);
    if (earlier) return add(field('from'), 'overlaps', { other: earlier.name });
    for (let day = from; day <= to && others; day++) {
      const date = dateOfDayNumber(day);
      const otherName = others.holidayName(date);
      if (otherName !== null) return add(field('from'), 'overlaps', { other: otherName });
      if (isWeekend(day) && others.isWorkingDay(date))
        return add(field('from'), 'containsMakeUpDay', { date });
    }
    blocks.push({ name, from, to });
  });

  const seen = new Set<number>();
  data.work.forEach((date, i) => {
    const field = `work.${i}`;
    const day = dayOf(field, date);
    if (day === null) return;
    if (seen.has(day)) return add(field, 'duplicate');
    seen.add(day);
    if (!isWeekend(day)) return add(field, 'notWeekend');
    const block = blocks.find((b) => b.from <= day && day <= b.to);
    const name = block?.name ?? others?.holidayName(dateOfDayNumber(day)) ?? null;
    if (name !== null) add(field, 'inHoliday', { name });
  });
  return problems;
}

/**
 * The years whose arrangement should be in the calendar at `now` (Asia/Shanghai): this year,
 * and from 1 November also the next, whose notice comes out that month (docs/lifecycle-and-deadlines.md#deadlines).
 */
export function calendarYearsDue(now: Date): number[] {
  const [year, month] = shanghaiDate(now).split('-').map(Number);
  return month >= 11 ? [year, year + 1] : [year];
}

function isWeekend(day: number): boolean {
  const weekday = weekdayOfDayNumber(day);
  return weekday === 0 || weekday === 6;
}
