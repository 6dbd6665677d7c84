import { ValidationPipe, type ArgumentMetadata, type ValidationError } from '@nestjs/common';
import { Args } from '@nestjs/graphql';
import { MaxLength, MinLength, IsNotEmpty, ValidateBy, type ValidationOptions } from 'class-validator';
import { creditCodeProblem, MOBILE_PATTERN, passwordProblem, type ValidationRule } from '@gridbridge/shared';
import { AppError, type FieldProblem } from './app-error.js';
import { isBusinessDate } from './input-values.js';

/*
 * Validation decorators for GraphQL inputs. Each one carries its rule and parameters as the
 * class-validator message, so that the pipe can build a translated, per-field error.
 */
/** A class-validator rule's options that name the translated rule and its parameters. */
export const rule = (name: ValidationRule, params: Record<string, number> = {}): ValidationOptions => ({
  message: JSON.stringify({ rule: name, params }),
});

/** The options of a class-validator rule whose failure reads "{field} is not valid". */
export const invalid = rule('invalid');

export const Required = () => IsNotEmpty(rule('required'));
export const MinChars = (min: number) => MinLength(min, rule('tooShort', { min }));
export const MaxChars = (max: number) => MaxLength(max, rule('tooLong', { max }));

/** A day of the calendar as 'YYYY-MM-DD': 2026-02-30 and 9999-99-99 are refused before any SQL sees them. */
export const CalendarDay = () =>
  ValidateBy(
    {
      name: 'calendarDay',
      validator: {
        validate: (value: unknown) => typeof value === 'string' && isBusinessDate(value),
      },
    },
    rule('invalid'),
  );

/** An 11-digit mainland mobile number. */
export const Mobile = () =>
  ValidateBy(
    {
      name: 'mobile',
      validator: { validate: (value: unknown) => typeof value === 'string' && MOBILE_PATTERN.test(value) },
    },
    rule('invalid'),
  );

/** 统一社会信用代码 with the GB 32100-2015 check character (the same check the apps run). */
export const CreditCode = () =>
  ValidateBy(
    {
      name: 'creditCode',
      validator: {
        validate: (value: unknown) => typeof value === 'string' && creditCodeProblem(value) === null,
      },
    },
    rule('creditCode'),
  );

/** The password policy of docs/roles-and-scope.md#sign-in-and-sessions, shared with both apps. */
export function StrongPassword(): PropertyDecorator {
  return ValidateBy({
    name: 'strongPassword',
    validator: {
      validate: (value: unknown) => typeof value === 'string' && passwordProblem(value) === null,
      defaultMessage: (args) => {
        const problem = typeof args?.value === 'string' ? passwordProblem(args.value) : 'tooShort';
        return JSON.stringify({ rule: problem ?? 'invalid', params: { min: 8, max: 128 } });
      },
    },
  });
}

/** class-validator's errors as field problems (nested fields as `parent.child`). */
export function problemsOf(errors: ValidationError[], prefix = ''): FieldProblem[] {
  return errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {})
      .slice(0, 1)
      .map((message): FieldProblem => {
        try {
          const parsed = JSON.parse(message) as { rule: ValidationRule; params: Record<string, number> };
          return { field, rule: parsed.rule, params: parsed.params };
        } catch {
          return { field, rule: 'invalid' };
        }
      });
    return [...own, ...problemsOf(error.children ?? [], prefix ? field : '')];
  });
}

const VALIDATION_OPTIONS = {
  transform: true,
  whitelist: true,
  stopAtFirstError: true,
  exceptionFactory: (errors: ValidationError[]) => AppError.validation(...problemsOf(errors)),
};

export const validationPipe = new ValidationPipe(VALIDATION_OPTIONS);

/** Validates a value given for a nullable argument as `type`; null or omitted stays as it is. */
class PresentInputPipe extends ValidationPipe {
  constructor(type: new () => object) {
    super({ ...VALIDATION_OPTIONS, expectedType: type });
  }

  override transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    // Validated as an empty object, null would fail the rules of fields GraphQL fills with
    // their defaults only when the argument is given (a page's `first` and `sort`).
    return value === null || value === undefined ? Promise.resolve(value) : super.transform(value, metadata);
  }
}

/**
 * An input argument that may be omitted or null, checked like a required one when given. The
 * global pipe learns an argument's class from its TypeScript type only, and `Filter | null`
 * reaches it as Object, which it lets through unchecked; this pipe is told the class instead.
 */
export function OptionalInput(name: string, type: new () => object): ParameterDecorator {
  return Args(name, { type: () => type, nullable: true }, new PresentInputPipe(type));
}

/**
 * A scalar text argument (outside any input class) checked like an input field: required and
 * at most `max` characters; returns it trimmed.
 */
export function requiredText(field: string, value: string | null | undefined, max: number): string {
  const text = value?.trim() ?? '';
  if (!text) throw AppError.validation({ field, rule: 'required' });
  if (text.length > max) throw AppError.validation({ field, rule: 'tooLong', params: { max } });
  return text;
}

/** An optional scalar text argument: empty becomes null; at most `max` characters. */
export function optionalText(field: string, value: string | null | undefined, max: number): string | null {
  const text = value?.trim() ?? '';
  if (text.length > max) throw AppError.validation({ field, rule: 'tooLong', params: { max } });
  return text || null;
}
