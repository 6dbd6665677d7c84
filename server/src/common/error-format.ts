import { Logger } from '@nestjs/common';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { ERROR_MESSAGES, formatMessage, validationMessage, type Locale } from '@gridbridge/shared';
import { AppError } from './app-error.js';
import { currentLocale, currentRequest } from './request-context.js';

const logger = new Logger('Errors');

export function translate(error: AppError, locale: Locale = currentLocale()) {
  const fields = error.fields.map((problem) => ({
    field: problem.field,
    message: validationMessage(problem.rule, problem.field, locale, problem.params),
  }));
  const details = fields.map((field) => field.message).join(locale === 'en' ? '; ' : '；');
  return {
    message: formatMessage(ERROR_MESSAGES[error.code][locale], { ...error.params, details }),
    fields,
  };
}

export function toGraphQLError(error: AppError): GraphQLError {
  const { message, fields } = translate(error);
  return new GraphQLError(message, {
    extensions: { code: error.code, ...(fields.length > 0 ? { fields } : {}), ...error.params },
  });
}

/** Logs an unexpected failure with the request id and returns the generic message the client sees. */
export function internalError(cause: unknown): GraphQLError {
  const requestId = currentRequest()?.requestId ?? 'none';
  logger.error(
    `request ${requestId}: ${cause instanceof Error ? (cause.stack ?? cause.message) : String(cause)}`,
  );
  return toGraphQLError(new AppError('INTERNAL', { requestId }));
}

/** Codes GraphQL itself gives to malformed documents and variables; their text names the field. */
const REQUEST_ERROR_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
]);

// graphql-js's parser, when a document has more tokens than its `maxTokens` option allows
// (graphql 16 writes "more that").
const TOKEN_LIMIT = /^Syntax Error: Document contains more th(?:an|at) (\d+) tokens/;

/**
 * Apollo's last word on every error: ours pass through; malformed requests get a translated
 * prefix; anything else is logged and replaced by the generic message, so no stack trace or
 * internal detail ever reaches a client.
 */
export function formatGraphQLError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const code = formatted.extensions?.code;
  if (code === 'PERSISTED_QUERY_NOT_SUPPORTED') {
    // Apollo's own error (persistedQueries: false) under its own code, with a translated message.
    const { message, extensions } = toGraphQLError(new AppError('PERSISTED_QUERY_NOT_SUPPORTED'));
    return { message, extensions };
  }
  if (typeof code === 'string' && code in ERROR_MESSAGES) {
    return { message: formatted.message, path: formatted.path, extensions: formatted.extensions };
  }
  // A scalar that refused a value (DateTime) throws an AppError; GraphQL wraps it.
  if (error instanceof GraphQLError && error.originalError instanceof AppError) {
    const { message, extensions } = toGraphQLError(error.originalError);
    return { message, locations: formatted.locations, extensions };
  }
  const tokenLimit = TOKEN_LIMIT.exec(formatted.message);
  if (code === 'GRAPHQL_PARSE_FAILED' && tokenLimit) {
    const { message, extensions } = toGraphQLError(
      new AppError('QUERY_TOO_LARGE', { max: Number(tokenLimit[1]) }),
    );
    return { message, extensions };
  }
  if (typeof code === 'string' && REQUEST_ERROR_CODES.has(code)) {
    const prefix = ERROR_MESSAGES.BAD_REQUEST[currentLocale()];
    return {
      message: `${prefix}: ${formatted.message}`,
      locations: formatted.locations,
      extensions: { code: 'BAD_REQUEST' },
    };
  }
  const original = error instanceof GraphQLError && error.originalError ? error.originalError : error;
  const internal = internalError(original);
  return { message: internal.message, path: formatted.path, extensions: internal.extensions };
}
