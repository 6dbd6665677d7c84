import { AppError } from './app-error.js';
import { hasForbiddenCharacters, isBusinessDate, isTimestampKey } from './input-values.js';

/**
 * Keyset pagination cursors: the sort key of the last row seen, opaque to clients. A page asks
 * for rows after that key, so page 1,000 costs what page 1 costs.
 */
export function encodeCursor(values: string[]): string {
  return Buffer.from(JSON.stringify(values)).toString('base64url');
}

/**
 * What each element of a cursor must be before it may reach SQL: a timestamp (`timestamp`, or
 * `timestampOrEmpty` where '' stands for "past the rows without one"), a calendar day
 * (YYYY-MM-DD, a real one, so that `::date` never fails), a UUID, a bigint id, or plain text.
 */
export type CursorKey = 'timestamp' | 'timestampOrEmpty' | 'date' | 'uuid' | 'bigint' | 'text';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const MAX_CURSOR_LENGTH = 2000;

const KEY_CHECKS: Record<CursorKey, (value: string) => boolean> = {
  timestamp: isTimestampKey,
  timestampOrEmpty: (value) => value === '' || isTimestampKey(value),
  date: isBusinessDate,
  uuid: (value) => UUID.test(value),
  // A PostgreSQL bigint: at most 18 digits stays below 2^63.
  bigint: (value) => /^[1-9]\d{0,17}$/.test(value),
  text: (value) => !hasForbiddenCharacters(value),
};

/**
 * The cursor's values, each checked against its key's kind, or null for the first page. Anything
 * else — not base64url JSON, the wrong number or kind of values — is a VALIDATION error naming
 * `after`, so a crafted cursor never reaches the database.
 */
export function decodeCursor(cursor: string | null | undefined, keys: readonly CursorKey[]): string[] | null {
  if (!cursor) return null;
  let values: unknown = null;
  if (cursor.length <= MAX_CURSOR_LENGTH && /^[A-Za-z0-9_-]+$/.test(cursor)) {
    try {
      values = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    } catch {
      // falls through to the validation error below
    }
  }
  if (
    Array.isArray(values) &&
    values.length === keys.length &&
    values.every((value, i) => typeof value === 'string' && KEY_CHECKS[keys[i]](value))
  ) {
    return values as string[];
  }
  throw AppError.validation({ field: 'after', rule: 'invalid' });
}

export const MAX_PAGE_SIZE = 100;
/** The rule a page size outside 1…MAX_PAGE_SIZE breaks, with its bounds for the message. */
export const PAGE_SIZE_RULE = { rule: 'between', params: { min: 1, max: MAX_PAGE_SIZE } } as const;

/** The page size every keyset list takes as `first`: 1 to MAX_PAGE_SIZE, else VALIDATION naming `first`. */
export function pageSize(first: number): number {
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
    throw AppError.validation({ field: 'first', ...PAGE_SIZE_RULE });
  }
  return first;
}
