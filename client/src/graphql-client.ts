import type { Locale } from '@gridbridge/shared';
import { ApiError, toApiError, type FieldError } from './api-error.js';

/**
 * An operation as the apps' generated code types it (codegen's `TypedDocumentString`): its text,
 * with the result and variables types carried along for the compiler only.
 */
export interface TypedDocument<TResult, TVariables> {
  toString(): string;
  __apiType?: (variables: TVariables) => TResult;
}

type VariablesArgs<TVariables> = TVariables extends Record<string, never> ? [] : [variables: TVariables];

export type Request = <TResult, TVariables>(
  document: TypedDocument<TResult, TVariables>,
  ...[variables]: VariablesArgs<TVariables>
) => Promise<TResult>;

export interface GraphQLClientOptions {
  /** The API's path, e.g. `/graphql/portal`; the live feed opens its WebSocket on it too. */
  endpoint: string;
  /** The UI language, sent with every request so the server answers in it. */
  locale: () => Locale;
  /** The UI-language text shown when no GraphQL answer arrived. */
  networkMessage: () => string;
}

export interface GraphQLClient {
  readonly endpoint: string;
  readonly locale: () => Locale;
  /** Runs one operation with the session cookie, in the UI language; every failure is an {@link ApiError}. */
  request: Request;
  /** Lets the app react to errors that concern the whole session, whichever request met them. */
  onApiError(listener: (error: ApiError) => void): () => void;
}

interface GraphQLResponse<TResult> {
  data?: TResult | null;
  errors?: { message?: string; extensions?: { code?: unknown; fields?: FieldError[] } }[];
}

export function createGraphQLClient(options: GraphQLClientOptions): GraphQLClient {
  const listeners = new Set<(error: ApiError) => void>();

  function fail(error: ApiError): never {
    for (const listener of listeners) listener(error);
    throw error;
  }

  async function request<TResult, TVariables>(
    document: TypedDocument<TResult, TVariables>,
    ...[variables]: VariablesArgs<TVariables>
  ): Promise<TResult> {
    const networkError = () => new ApiError('NETWORK', options.networkMessage());
    // A browser that knows it is offline is not asked to try: the request could only fail (and
    // log a failed load), and the screens treat NETWORK the same either way (a visit waits on the
    // phone, a list offers to retry).
    if (typeof navigator !== 'undefined' && navigator.onLine === false) return fail(networkError());
    let response: Response;
    try {
      response = await fetch(options.endpoint, {
        method: 'POST',
        credentials: 'same-origin',
        headers: {
          'content-type': 'application/json',
          accept: 'application/graphql-response+json, application/json',
          'accept-language': options.locale(),
        },
        body: JSON.stringify({ query: document.toString(), variables }),
      });
    } catch {
      return fail(networkError());
    }
    // A reply that is not JSON (a proxy's error page) is as good as no reply.
    const body = (await response.json().catch(() => null)) as GraphQLResponse<TResult> | null;
    const [firstError] = body?.errors ?? [];
    if (firstError) return fail(toApiError(firstError, options.locale()));
    if (!body?.data) return fail(networkError());
    return body.data;
  }

  return {
    endpoint: options.endpoint,
    locale: options.locale,
    request,
    onApiError(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
