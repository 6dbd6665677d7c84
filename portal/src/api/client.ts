import { ERROR_MESSAGES, type ErrorCode } from '@gridbridge/shared';
import type { TypedDocumentString } from '@/gql/graphql';
import { currentLocale, t } from '@/locales';

export const PORTAL_ENDPOINT = '/graphql/portal';

/** A server error code, or NETWORK when no GraphQL answer arrived at all. */
export type ApiErrorCode = ErrorCode | 'NETWORK';

/**
 * A failed request: `message` is already in the UI language; `fields` maps an input field to its
 * problem; `params` are the error's values (a refused sign-in's `remainingAttempts`, `captchaRequired` …).
 */
export class ApiError extends Error {
  override readonly name = 'ApiError';

  constructor(
    readonly code: ApiErrorCode,
    message: string,
    readonly fields: Readonly<Record<string, string>> = {},
    readonly params: Readonly<Record<string, unknown>> = {},
  ) {
    super(message);
  }
}

interface GraphQLErrorBody {
  message?: string;
  extensions?: {
    code?: string;
    fields?: { field: string; message: string }[];
    [param: string]: unknown;
  };
}

interface GraphQLResponseBody<TResult> {
  data?: TResult | null;
  errors?: GraphQLErrorBody[];
}

type ApiErrorHandler = (error: ApiError) => void;

let errorHandler: ApiErrorHandler | undefined;

/** Registers the one place that reacts to errors of any request (lost session, forced password change). */
export function setApiErrorHandler(handler: ApiErrorHandler): void {
  errorHandler = handler;
}

function isErrorCode(code: string | undefined): code is ErrorCode {
  return code !== undefined && Object.hasOwn(ERROR_MESSAGES, code);
}

function toApiError(error: GraphQLErrorBody): ApiError {
  const { code, fields: problems, ...params } = error.extensions ?? {};
  const fields: Record<string, string> = {};
  for (const { field, message } of problems ?? []) {
    // A nested input field may be named by its path (`input.newPassword`); forms know it by its last part.
    fields[field.split('.').pop() ?? field] ??= message;
  }
  return new ApiError(isErrorCode(code) ? code : 'INTERNAL', error.message ?? '', fields, params);
}

function fail(error: ApiError): never {
  errorHandler?.(error);
  throw error;
}

type VariablesArgument<TVariables> = TVariables extends Record<string, never> ? [] : [variables: TVariables];

/** Runs one operation against the portal API with the session cookie, in the current UI language. */
export async function request<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  ...[variables]: VariablesArgument<TVariables>
): Promise<TResult> {
  const networkError = () => new ApiError('NETWORK', t('errors.network'));
  let response: Response;
  try {
    response = await fetch(PORTAL_ENDPOINT, {
      method: 'POST',
      credentials: 'same-origin',
      headers: {
        'content-type': 'application/json',
        accept: 'application/graphql-response+json, application/json',
        'accept-language': currentLocale(),
      },
      body: JSON.stringify({ query: document.toString(), variables }),
    });
  } catch {
    return fail(networkError());
  }
  const body = (await response.json().catch(() => null)) as GraphQLResponseBody<TResult> | null;
  const [firstError] = body?.errors ?? [];
  if (firstError) return fail(toApiError(firstError));
  if (!body?.data) return fail(networkError());
  return body.data;
}
