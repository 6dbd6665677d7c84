/**
 * 统一社会信用代码 (unified social credit code), GB 32100-2015:
 *
 *   position 1      registration authority (登记管理部门码), e.g. 9 = market regulation
 *   position 2      organisation type (机构类别码), e.g. 1 = company, 2 = individual business
 *   positions 3–8   administrative division code (登记管理机关行政区划码), digits
 *   positions 9–17  organisation code (主体标识码, GB 11714)
 *   position 18     check character over positions 1–17
 *
 * Every character comes from the 31-character code alphabet, which leaves out I, O, Z, S and V.
 * Input is trimmed of surrounding whitespace but not upper-cased: the code is printed in capitals on
 * the business licence, and lower case is refused ('charset') so that a stored code is always
 * exactly the printed one. Callers store `code.trim()`.
 */
export const CREDIT_CODE_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';

const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
const FIRST_17 = /^[0-9A-HJ-NPQRTUWXY]{2}[0-9]{6}[0-9A-HJ-NPQRTUWXY]{9}$/;

export type CreditCodeProblem = 'length' | 'charset' | 'checkCharacter';

/** The check character (position 18) for the first 17 characters; throws a RangeError for malformed input. */
export function creditCodeCheckCharacter(first17: string): string {
  if (first17.length !== 17 || !FIRST_17.test(first17)) {
    throw new RangeError(`Not the first 17 characters of a credit code: ${JSON.stringify(first17)}`);
  }
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += CREDIT_CODE_ALPHABET.indexOf(first17[i]!) * WEIGHTS[i]!;
  return CREDIT_CODE_ALPHABET[(31 - (sum % 31)) % 31]!;
}

/** Why a code is not a valid credit code, or null if it is (surrounding whitespace ignored). */
export function creditCodeProblem(code: string): CreditCodeProblem | null {
  const trimmed = code.trim();
  if (trimmed.length !== 18) return 'length';
  const first17 = trimmed.slice(0, 17);
  if (!FIRST_17.test(first17) || !CREDIT_CODE_ALPHABET.includes(trimmed[17]!)) return 'charset';
  return creditCodeCheckCharacter(first17) === trimmed[17] ? null : 'checkCharacter';
}

export function isValidCreditCode(code: string): boolean {
  return creditCodeProblem(code) === null;
}

/** The full 18-character code for 17 given characters (used to generate demo enterprises). */
export function makeCreditCode(first17: string): string {
  return first17 + creditCodeCheckCharacter(first17);
}
