import { randomInt } from 'node:crypto';

/** Query codes avoid characters that read alike (0/O, 1/I/L). */
export const QUERY_CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const QUERY_CODE_LENGTH = 8;
const QUERY_CODE_PATTERN = new RegExp(`^[${QUERY_CODE_ALPHABET}]{${QUERY_CODE_LENGTH}}$`);

/**
 * A query code drawn with `index(n)`, which returns an integer in [0, n): the product draws from
 * the crypto source, the demo from its seeded generator, so both obey the same rule.
 */
export function queryCodeFrom(index: (n: number) => number): string {
  return Array.from(
    { length: QUERY_CODE_LENGTH },
    () => QUERY_CODE_ALPHABET[index(QUERY_CODE_ALPHABET.length)],
  ).join('');
}

/** A fresh, unguessable query code for a submitted case. */
export function newQueryCode(): string {
  return queryCodeFrom((n) => randomInt(n));
}

export function isQueryCode(code: string): boolean {
  return QUERY_CODE_PATTERN.test(code);
}
