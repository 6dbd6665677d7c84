import { describe, expect, it } from '@jest/globals';
import { decodeCursor, encodeCursor } from '../../src/common/keyset.js';
import { hasForbiddenCharacters, isTimestampKey, parseDateTime } from '../../src/common/input-values.js';

describe('parseDateTime', () => {
  it('reads an RFC 3339 date-time with its offset as an instant', () => {
    expect(parseDateTime('2026-06-15T10:00:00+08:00')).toEqual(new Date('2026-06-15T02:00:00.000Z'));
    expect(parseDateTime('2026-06-15T02:00:00.123456Z')).toEqual(new Date('2026-06-15T02:00:00.123Z'));
  });

  it.each([
    '2026-06-15',
    '2026-06-15T10:00:00',
    '2026-02-29T10:00:00Z',
    '2026-06-15T24:00:00Z',
    '2026-06-15T10:00:00+14:01',
    'June 15, 2026',
  ])('refuses %s', (text) => {
    expect(parseDateTime(text)).toBeNull();
  });

  it('accepts 29 February in a leap year', () => {
    expect(parseDateTime('2028-02-29T00:00:00Z')).toEqual(new Date('2028-02-29T00:00:00.000Z'));
  });
});

describe('isTimestampKey', () => {
  it("takes PostgreSQL's text form as well as the ISO one", () => {
    expect(isTimestampKey('2026-06-15 10:00:00.123456+08')).toBe(true);
    expect(isTimestampKey('2026-06-15T02:00:00.000Z')).toBe(true);
    expect(isTimestampKey('2026-13-15 10:00:00+08')).toBe(false);
  });
});

describe('hasForbiddenCharacters', () => {
  it('finds NUL and lone surrogates, and passes paired ones', () => {
    expect(hasForbiddenCharacters('a\u0000b')).toBe(true);
    expect(hasForbiddenCharacters('\uD83D')).toBe(true);
    expect(hasForbiddenCharacters('\uDE00x')).toBe(true);
    expect(hasForbiddenCharacters('企业 😀')).toBe(false);
  });
});

describe('page cursors', () => {
  it('round-trip', () => {
    const values = ['2026-06-15T02:00:00.000Z', '42'];
    expect(decodeCursor(encodeCursor(values), ['timestamp', 'bigint'])).toEqual(values);
    expect(decodeCursor(encodeCursor(['2026-06-15']), ['date'])).toEqual(['2026-06-15']);
  });

  it('mean the first page when absent', () => {
    expect(decodeCursor(null, ['uuid'])).toBeNull();
    expect(decodeCursor('', ['uuid'])).toBeNull();
  });

  it.each([
    ['a bigint beyond 18 digits', ['1234567890123456789'], ['bigint'] as const],
    ['text with a NUL', ['a\u0000'], ['text'] as const],
    ['a number instead of a string', [1], ['text'] as const],
    ['a day that is not on the calendar', ['2026-02-30'], ['date'] as const],
    ['a timestamp where a day is due', ['2026-06-15T02:00:00.000Z'], ['date'] as const],
  ])('refuse %s', (_, values, keys) => {
    const cursor = Buffer.from(JSON.stringify(values)).toString('base64url');
    expect(() => decodeCursor(cursor, keys)).toThrow(expect.objectContaining({ code: 'VALIDATION' }));
  });

  it('refuse an oversized cursor before decoding it', () => {
    expect(() => decodeCursor('A'.repeat(2001), ['text'])).toThrow(
      expect.objectContaining({ code: 'VALIDATION' }),
    );
  });
});
