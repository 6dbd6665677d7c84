/*
 * What every text and date-time a client sends must be before any resolver sees it. The input
 * guard (graphql/input-guard.ts), the DateTime scalar and the cursor decoder share these checks.
 */

/**
 * True when the text holds a NUL character (PostgreSQL cannot store it in text) or a lone UTF-16
 * surrogate (no character at all: it cannot be encoded as UTF-8 and breaks URI and e-mail code).
 */
export function hasForbiddenCharacters(text: string): boolean {
  // A high surrogate not followed by a low one, or a low one not preceded by a high one.
  return (
    text.includes('\u0000') ||
    /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(text)
  );
}

const RFC_3339 =
  /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?(?:([Zz])|([+-])(\d{2}):(\d{2}))$/;

const daysInMonth = (year: number, month: number) =>
  [
    31,
    year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28,
    31,
    30,
    31,
    30,
    31,
    31,
    30,
    31,
    30,
    31,
  ][month - 1];

/**
 * An RFC 3339 date-time with its offset (`2026-06-15T10:00:00+08:00`, `…Z`) as an instant, or
 * null: the date must exist, the time lie within 00:00:00–23:59:59 and the offset within ±14:00.
 * A date alone, a time without an offset and anything `Date.parse` would merely guess at are
 * refused.
 */
export function parseDateTime(text: string): Date | null {
  const match = RFC_3339.exec(text);
  if (!match) return null;
  const [year, month, day, hour, minute, second] = match.slice(1, 7).map(Number);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  if (hour > 23 || minute > 59 || second > 59) return null;
  let offsetMinutes = 0;
  if (!match[8]) {
    const [hours, minutes] = [Number(match[10]), Number(match[11])];
    if (minutes > 59 || hours * 60 + minutes > 14 * 60) return null;
    offsetMinutes = (match[9] === '-' ? -1 : 1) * (hours * 60 + minutes);
  }
  const milliseconds = Number((match[7] ?? '0').padEnd(3, '0').slice(0, 3));
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  date.setUTCHours(hour, minute, second, milliseconds);
  return new Date(date.getTime() - offsetMinutes * 60_000);
}

/**
 * A timestamp as a page cursor holds it: the ISO form `Date#toISOString` writes, or PostgreSQL's
 * text form (`2026-06-15 10:00:00.123456+08`), which keeps microseconds. Same rules as above.
 */
export function isTimestampKey(text: string): boolean {
  const postgres = /^(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2}:\d{2}(?:\.\d{1,6})?)([+-]\d{2})(:\d{2})?$/.exec(text);
  const rfc3339 = postgres ? `${postgres[1]}T${postgres[2]}${postgres[3]}${postgres[4] ?? ':00'}` : text;
  return parseDateTime(rfc3339) !== null;
}

/**
 * A real calendar day written YYYY-MM-DD (2026-02-30 is not one), in a plausible year
 * (PostgreSQL has no year 0): what every day a client sends must be before SQL sees it.
 */
export function isBusinessDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const year = Number(value.slice(0, 4));
  if (year < 1900 || year > 2999) return false;
  return parseDateTime(`${value}T00:00:00Z`) !== null;
}
