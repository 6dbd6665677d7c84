import type { BusinessDate } from './holiday-data.js';

/**
 * Asia/Shanghai as a fixed offset of +08:00. China last observed daylight saving time in 1991,
 * so for every instant this product handles the offset is constant and plain arithmetic is
 * exact — no time-zone database, and no dependence on the time zone of the host running the code.
 */
export const SHANGHAI_UTC_OFFSET_MS = 8 * 60 * 60 * 1000;
export const DAY_MS = 24 * 60 * 60 * 1000;

const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

/** Days since 1970-01-01 of a 'YYYY-MM-DD' date; a malformed or impossible date throws. */
export function dayNumberOf(date: BusinessDate): number {
  if (typeof date !== 'string' || !DATE_PATTERN.test(date)) {
    throw new RangeError(`Not a 'YYYY-MM-DD' date: ${JSON.stringify(date)}`);
  }
  const day = Math.round(Date.parse(`${date}T00:00:00Z`) / DAY_MS);
  // Date.parse rolls 2026-02-30 over to March (or gives NaN); the round trip catches both.
  if (!Number.isFinite(day) || dateOfDayNumber(day) !== date) {
    throw new RangeError(`Not a calendar date: ${JSON.stringify(date)}`);
  }
  return day;
}

export function dateOfDayNumber(day: number): BusinessDate {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** 0 = Sunday … 6 = Saturday (1970-01-01 was a Thursday). */
export function weekdayOfDayNumber(day: number): number {
  return (((day + 4) % 7) + 7) % 7;
}

function instantMs(instant: Date): number {
  const ms = instant instanceof Date ? instant.getTime() : NaN;
  if (!Number.isFinite(ms)) throw new RangeError('Invalid instant');
  return ms;
}

/** The Shanghai day (days since 1970-01-01) on which `instant` falls. */
export function shanghaiDayNumber(instant: Date): number {
  return Math.floor((instantMs(instant) + SHANGHAI_UTC_OFFSET_MS) / DAY_MS);
}

/** The first millisecond of a Shanghai day: 00:00:00.000+08:00. */
export function startOfShanghaiDayNumber(day: number): Date {
  return new Date(day * DAY_MS - SHANGHAI_UTC_OFFSET_MS);
}

/** The last millisecond of a Shanghai day: 23:59:59.999+08:00. */
export function endOfShanghaiDayNumber(day: number): Date {
  return new Date((day + 1) * DAY_MS - SHANGHAI_UTC_OFFSET_MS - 1);
}

/** The business date in Shanghai of an instant: 2026-02-13T16:00:00Z → '2026-02-14'. */
export function shanghaiDate(instant: Date): BusinessDate {
  return dateOfDayNumber(shanghaiDayNumber(instant));
}

/** 00:00:00.000 in Shanghai on `date`. */
export function startOfShanghaiDay(date: BusinessDate): Date {
  return startOfShanghaiDayNumber(dayNumberOf(date));
}

/** 23:59:59.999 in Shanghai on `date` — the form every deadline takes (e.g. an extension's new date). */
export function endOfShanghaiDay(date: BusinessDate): Date {
  return endOfShanghaiDayNumber(dayNumberOf(date));
}
