import {
  creditCodeProblem,
  MOBILE_PATTERN,
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
  passwordProblem,
  validationMessage,
} from '@gridbridge/shared';
import { currentLocale, t } from '@/locales';

/*
 * The checks the server runs on its inputs, run in the browser first so people learn at once what
 * to fix. Each returns the message for the field, in the UI language, or undefined when it is fine.
 * Messages come from @gridbridge/shared, so they read exactly like the server's.
 */

export type FieldErrors<K extends string> = Partial<Record<K, string>>;

/** A required text of at most `max` characters (surrounding spaces do not count). */
export function textError(value: string, field: string, max: number): string | undefined {
  const trimmed = value.trim();
  if (!trimmed) return validationMessage('required', field, currentLocale());
  if (trimmed.length > max) return validationMessage('tooLong', field, currentLocale(), { max });
  return undefined;
}

/** 统一社会信用代码: 18 characters with the GB 32100-2015 check character. */
export function creditCodeError(value: string, field = 'creditCode'): string | undefined {
  const code = normalizeCreditCode(value);
  if (!code) return validationMessage('required', field, currentLocale());
  const problem = creditCodeProblem(code);
  if (problem === 'length') return t('rules.creditCodeLength', { count: code.length });
  if (problem) return validationMessage('creditCode', field, currentLocale());
  return undefined;
}

/** The code as printed on the licence: no spaces, capitals (people often type it in lower case). */
export function normalizeCreditCode(value: string): string {
  return value.replace(/\s+/g, '').toUpperCase();
}

/** An 11-digit mainland mobile number. */
export function mobileError(value: string, field: string): string | undefined {
  const mobile = value.trim();
  if (!mobile) return validationMessage('required', field, currentLocale());
  return MOBILE_PATTERN.test(mobile) ? undefined : validationMessage('invalid', field, currentLocale());
}

/** The password policy of docs/roles-and-scope.md#sign-in-and-sessions. */
export function passwordError(value: string, field = 'password'): string | undefined {
  if (!value) return validationMessage('required', field, currentLocale());
  const problem = passwordProblem(value);
  if (!problem) return undefined;
  return validationMessage(problem, field, currentLocale(), {
    min: PASSWORD_MIN_LENGTH,
    max: PASSWORD_MAX_LENGTH,
  });
}

export function hasErrors(errors: Readonly<Record<string, string | undefined>>): boolean {
  return Object.values(errors).some(Boolean);
}
