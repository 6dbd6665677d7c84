import { describe, expect, it } from 'vitest';
import {
  CREDIT_CODE_ALPHABET,
  creditCodeCheckCharacter,
  creditCodeProblem,
  isValidCreditCode,
  makeCreditCode,
} from './credit-code.js';

/** Published codes of well-known companies (business licences and annual reports). */
const REAL_CODES = {
  深圳市腾讯计算机系统有限公司: '91440300708461136T',
  华为技术有限公司: '914403001922038216',
  中国石油天然气股份有限公司: '91110000710925462X',
  百度在线网络技术北京有限公司: '91110000802100433B',
  小米科技有限责任公司: '91110108551385082Q',
  中国工商银行股份有限公司: '91100000100003962T',
};

describe('unified social credit code (GB 32100-2015)', () => {
  it.each(Object.entries(REAL_CODES))('accepts the published code of %s', (_name, code) => {
    expect(creditCodeProblem(code)).toBeNull();
    expect(isValidCreditCode(code)).toBe(true);
  });

  it('computes check characters 0 (sum divisible by 31), digits and letters', () => {
    expect(creditCodeCheckCharacter('91440300192203821')).toBe('6');
    expect(creditCodeCheckCharacter('91110000710925462')).toBe('X');
    // 31 − (Σ mod 31) would be 31 when the sum is a multiple of 31; the check character is then 0.
    const zeroCheck = makeCreditCode('00000000000000000');
    expect(zeroCheck).toBe('000000000000000000');
    expect(isValidCreditCode(zeroCheck)).toBe(true);
  });

  it('refuses every wrong check character of a real code', () => {
    const code = REAL_CODES['深圳市腾讯计算机系统有限公司'];
    const wrong = [...CREDIT_CODE_ALPHABET].filter((c) => c !== code[17]);
    expect(wrong).toHaveLength(30);
    for (const c of wrong) expect(creditCodeProblem(code.slice(0, 17) + c)).toBe('checkCharacter');
  });

  it('catches a mistyped digit and two swapped neighbours', () => {
    expect(creditCodeProblem('91440300708461137T')).toBe('checkCharacter');
    expect(creditCodeProblem('91440300704861136T')).toBe('checkCharacter');
  });

  it('refuses the wrong length', () => {
    expect(creditCodeProblem('')).toBe('length');
    expect(creditCodeProblem('91440300708461136')).toBe('length');
    expect(creditCodeProblem('91440300708461136TT')).toBe('length');
    expect(creditCodeProblem('9144 0300 7084 6113 6T')).toBe('length');
  });

  it('trims surrounding whitespace, including a full-width space', () => {
    expect(creditCodeProblem('  91440300708461136T\n')).toBeNull();
    expect(creditCodeProblem('\u300091440300708461136T')).toBeNull();
  });

  it('refuses lower case rather than guessing', () => {
    expect(creditCodeProblem('91440300708461136t')).toBe('charset');
    expect(creditCodeProblem('91110000802100433b')).toBe('charset');
  });

  it('refuses the letters the code alphabet leaves out: I, O, Z, S, V', () => {
    for (const letter of ['I', 'O', 'Z', 'S', 'V']) {
      expect(creditCodeProblem(`91110000MA0${letter}ABCD1X`)).toBe('charset');
      expect(creditCodeProblem(`91440300708461136${letter}`)).toBe('charset');
    }
  });

  it('requires digits for the administrative division (positions 3–8)', () => {
    expect(creditCodeProblem('9144A300708461136T')).toBe('charset');
    expect(() => makeCreditCode('9144A300708461136')).toThrow(RangeError);
  });

  it('makes valid codes for generated enterprises', () => {
    expect(makeCreditCode('91440300708461136')).toBe('91440300708461136T');
    for (let i = 0; i < 500; i++) {
      const serial = String(i).padStart(8, '0');
      const code = makeCreditCode(`92110105${serial}${CREDIT_CODE_ALPHABET[i % 31]}`);
      expect(isValidCreditCode(code)).toBe(true);
    }
  });

  it('refuses to compute a check character for malformed input', () => {
    expect(() => creditCodeCheckCharacter('9144030070846113')).toThrow(RangeError);
    expect(() => creditCodeCheckCharacter('9144030070846113o')).toThrow(RangeError);
  });
});
