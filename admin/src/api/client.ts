import { ERROR_MESSAGES, type ErrorCode } from '@gridbridge/shared';
import type { TypedDocumentString } from '@/gql/graphql';
import { currentLocale, i18n } from '@/locales';

export const ADMIN_ENDPOINT = '/graphql/admin';

/** `NETWORK` is ours: the server could not be reached or did not answer with GraphQL. */
export type ApiErrorCode = ErrorCode | 'NETWORK';

export interface FieldError {
  field: string;
  message: string;
}

export class ApiError extends Error {
  override readonly name = 'ApiError';

  constructor(
    readonly code: ApiErrorCode,
    message: string,
    readonly fields: readonly FieldError[] = [],
    /** The error's values: a refused sign-in's `remainingAttempts`, `captchaRequired` … */
    readonly params: Readonly<Record<string, unknown>> = {},
  ) {
    super(message);
  }

  /** The first message for each invalid field, ready for a form item's `error`. */
  fieldMessages(): Record<string, string> {
    const messages: Record<string, string> = {};
    for (const { field, message } of this.fields) messages[field] ??= message;
    return messages;
  }
}

interface GraphQLErrorBody {
  message?: string;
  extensions?: { code?: string; fields?: FieldError[]; [param: string]: unknown };
}

interface GraphQLResponse<TResult> {
  data?: TResult | null;
  errors?: GraphQLErrorBody[];
}

function isErrorCode(code: unknown): code is ErrorCode {
  return typeof code === 'string' && code in ERROR_MESSAGES;
}

function toApiError(error: GraphQLErrorBody): ApiError {
  const { code: given, fields, ...params } = error.extensions ?? {};
  // Codes the contract does not know (GraphQL's own validation failures, say) are the client's fault.
  const code: ErrorCode = isErrorCode(given) ? given : 'BAD_REQUEST';
  const message = error.message || ERROR_MESSAGES[code][currentLocale()];
  return new ApiError(code, message, fields ?? [], params);
}

type ErrorListener = (error: ApiError) => void;
const listeners = new Set<ErrorListener>();

/** Lets the app react to errors that concern the whole session, whichever request met them. */
export function onApiError(listener: ErrorListener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function fail(error: ApiError): never {
  for (const listener of listeners) listener(error);
  throw error;
}

type VariablesArgs<TVariables> = TVariables extends Record<string, never> ? [] : [variables: TVariables];

/** Runs one operation against the admin API; every failure becomes an {@link ApiError}. */
export async function request<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  ...[variables]: VariablesArgs<TVariables>
): Promise<TResult> {
  const networkError = () => new ApiError('NETWORK', i18n.global.t('error.network'));
  let response: Response;
  try {
    response = await fetch(ADMIN_ENDPOINT, {
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

  let body: GraphQLResponse<TResult>;
  try {
    body = (await response.json()) as GraphQLResponse<TResult>;
  } catch {
    return fail(networkError());
  }

  const [firstError] = body.errors ?? [];
  if (firstError) return fail(toApiError(firstError));
  if (!body.data) return fail(networkError());
  return body.data;
}
