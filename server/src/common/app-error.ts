import type { ErrorCode, ValidationRule } from '@gridbridge/shared';

export interface FieldProblem {
  field: string;
  rule: ValidationRule;
  params?: Record<string, string | number>;
}

/**
 * A failure the client is meant to understand. The error filter turns it into a GraphQL error
 * with `extensions.code` and a message translated into the request's language.
 */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly params: Record<string, string | number | boolean> = {},
    readonly fields: FieldProblem[] = [],
  ) {
    super(code);
  }

  static validation(...fields: FieldProblem[]): AppError {
    return new AppError('VALIDATION', {}, fields);
  }
}
