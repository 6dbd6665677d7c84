import type { FormItemRule } from 'element-plus';
import {
  MOBILE_PATTERN,
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
  VALIDATION_MESSAGES,
  formatMessage,
  passwordProblem,
  type ValidationRule,
} from '@gridbridge/shared';
import { currentLocale } from '@/locales';

/*
 * Client-side form rules that speak the server's own validation messages (shared/errors.ts), with
 * the field named as its form label says. Build them inside a `computed` so a language switch
 * rewrites the messages.
 */

type Trigger = 'blur' | 'change';

export function ruleMessage(
  rule: ValidationRule,
  label: string,
  params: Record<string, string | number> = {},
) {
  return formatMessage(VALIDATION_MESSAGES[rule][currentLocale()], { ...params, field: label });
}

export function requiredRule(label: string, trigger: Trigger = 'blur'): FormItemRule {
  return { required: true, whitespace: true, message: ruleMessage('required', label), trigger };
}

export function requiredListRule(label: string, trigger: Trigger = 'change'): FormItemRule {
  return { required: true, type: 'array', message: ruleMessage('required', label), trigger };
}

export function maxLengthRule(label: string, max: number, trigger: Trigger = 'blur'): FormItemRule {
  return { max, message: ruleMessage('tooLong', label, { max }), trigger };
}

/** An optional mainland mobile number: empty passes, anything else must look like one. */
export function mobileRule(label: string, trigger: Trigger = 'blur'): FormItemRule {
  return {
    trigger,
    validator: (_rule, value: string | null | undefined, callback) => {
      const mobile = value?.trim();
      callback(!mobile || MOBILE_PATTERN.test(mobile) ? undefined : new Error(ruleMessage('invalid', label)));
    },
  };
}

/** The password policy of docs/roles-and-scope.md#sign-in-and-sessions, checked before the server hashes anything. */
export function passwordRule(label: string, trigger: Trigger = 'blur'): FormItemRule {
  return {
    trigger,
    validator: (_rule, value: string | null | undefined, callback) => {
      const problem = passwordProblem(value ?? '');
      const limits = { min: PASSWORD_MIN_LENGTH, max: PASSWORD_MAX_LENGTH };
      callback(problem ? new Error(ruleMessage(problem, label, limits)) : undefined);
    },
  };
}
