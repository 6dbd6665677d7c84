import { AppError } from './app-error.js';

/**
 * Keyset pagination cursors: the sort key of the last row seen, opaque to clients. A page asks
 * for rows after that key, so page 1,000 costs what page 1 costs.
 */
export function encodeCursor(values: (string | number)[]): string {
  return Buffer.from(JSON.stringify(values)).toString('base64url');
}

export function decodeCursor(cursor: string | null | undefined, arity: number): (string | number)[] | null {
  if (!cursor) return null;
  try {
    const values: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(values) &&
      values.length === arity &&
      values.every((v) => ['string', 'number'].includes(typeof v))
    ) {
      return values as (string | number)[];
    }
  } catch {
    // falls through to the validation error below
  }
  throw AppError.validation({ field: 'after', rule: 'invalid' });
}

export const MAX_PAGE_SIZE = 100;

export function pageSize(first: number): number {
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
    throw AppError.validation({ field: 'first', rule: 'invalid' });
  }
  return first;
}
