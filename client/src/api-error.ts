import { ERROR_MESSAGES, type ErrorCode, type Locale } from '@gridbridge/shared';

/** A server error code, or `NETWORK` when no GraphQL answer arrived at all. */
export type ApiErrorCode = ErrorCode | 'NETWORK';

/** One problem with one input field, as the server names it (`name`, `input.newPassword`, `off.2.to`). */
export interface FieldError {
  field: string;
  message: string;
}

/**
 * A failed request. `message` is already in the UI language; `fields` lists the problems of the
 * input fields in the server's order; `params` are the error's values (a refused sign-in's
 * `remainingAttempts`, `captchaRequired` …).
 */
export class ApiError extends Error {
  override readonly name = 'ApiError';

  constructor(
    readonly code: ApiErrorCode,
    message: string,
    readonly fields: readonly FieldError[] = [],
    readonly params: Readonly<Record<string, unknown>> = {},
  ) {
    super(message);
  }

  /**
   * The first message about `field`. A nested input field may be named by its path
   * (`input.newPassword`) while a form knows it by its last part, so either matches.
   */
  fieldMessage(field: string): string | undefined {
    return this.fields.find((problem) => problem.field === field || problem.field.endsWith(`.${field}`))
      ?.message;
  }

  /** The first message of each field, keyed as the server names the field. */
  fieldMessages(): Record<string, string> {
    const messages: Record<string, string> = {};
    for (const { field, message } of this.fields) messages[field] ??= message;
    return messages;
  }

  /** The first message of each of `names` that has one; `null` when none has. */
  messagesFor<K extends string>(names: readonly K[]): Partial<Record<K, string>> | null {
    const messages: Partial<Record<K, string>> = {};
    let found = false;
    for (const name of names) {
      const message = this.fieldMessage(name);
      if (message === undefined) continue;
      messages[name] = message;
      found = true;
    }
    return found ? messages : null;
  }
}

interface GraphQLErrorBody {
  message?: string;
  extensions?: { code?: unknown; fields?: FieldError[]; [param: string]: unknown };
}

function isErrorCode(code: unknown): code is ErrorCode {
  return typeof code === 'string' && Object.hasOwn(ERROR_MESSAGES, code);
}

/** The ApiError of one GraphQL error, its message falling back to the code's text in `locale`. */
export function toApiError(error: GraphQLErrorBody, locale: Locale): ApiError {
  const { code: given, fields, ...params } = error.extensions ?? {};
  // Codes the contract does not know (GraphQL's own validation failures, say) are the client's fault.
  const code: ErrorCode = isErrorCode(given) ? given : 'BAD_REQUEST';
  return new ApiError(code, error.message || ERROR_MESSAGES[code][locale], fields ?? [], params);
}
