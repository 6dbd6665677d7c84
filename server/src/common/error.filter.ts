import { Catch, HttpException, type ArgumentsHost } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ERROR_MESSAGES, negotiateLocale } from '@gridbridge/shared';
import type { GqlExceptionFilter } from '@nestjs/graphql';
import { GraphQLError } from 'graphql';
import { QueryFailedError } from 'typeorm';
import { AppError } from './app-error.js';
import { internalError, toGraphQLError } from './error-format.js';

const PG_SERIALIZATION_FAILURE = '40001';
const PG_UNIQUE_VIOLATION = '23505';
// An id argument that is not a UUID at all: no such record, rather than a server error.
const PG_INVALID_TEXT = '22P02';
const PG_FOREIGN_KEY_VIOLATION = '23503';

/**
 * An insert or update that names a record which does not exist (a foreign key with no row behind
 * it): VALIDATION on the field that holds the key, `enterprise_id` read as `enterpriseId`. A
 * delete of a record still in use is a different failure and stays an unexpected one.
 */
function missingReference(driverError: { detail?: string }): AppError | null {
  const column = /^Key \((\w+)\)=\(.*\) is not present in table/.exec(driverError.detail ?? '')?.[1];
  if (!column) return null;
  return AppError.validation({
    field: column.replace(/_(\w)/g, (_, letter: string) => letter.toUpperCase()),
    rule: 'notFound',
  });
}

/**
 * What the HTTP layer refuses outside GraphQL — a body Fastify cannot read (malformed, too large,
 * of a type it does not parse), a path nothing serves — answered in the shape the API's clients
 * read, translated, with its own status; anything else is a defect: logged, and INTERNAL with the
 * request id only. Never Fastify's or Nest's English error object, nor a stack trace.
 */
function answerHttp(exception: unknown, host: ArgumentsHost): void {
  const req = host.switchToHttp().getRequest<FastifyRequest>();
  const reply = host.switchToHttp().getResponse<FastifyReply>();
  const locale = negotiateLocale(req.headers['accept-language']);
  const status =
    exception instanceof HttpException
      ? exception.getStatus()
      : ((exception as { statusCode?: number }).statusCode ?? 500);
  const answer = (code: 'NOT_FOUND' | 'BAD_REQUEST') => ({
    errors: [{ message: ERROR_MESSAGES[code][locale], extensions: { code } }],
  });
  if (status === 404) void reply.code(404).send(answer('NOT_FOUND'));
  else if (status >= 400 && status < 500) void reply.code(status).send(answer('BAD_REQUEST'));
  else void reply.code(500).send({ errors: [internalError(exception).toJSON()] });
}

/** Turns whatever a resolver throws into a GraphQL error a client can act on. */
@Catch()
export class AppErrorFilter implements GqlExceptionFilter {
  catch(exception: unknown, host: ArgumentsHost): GraphQLError | void {
    if (host.getType() === 'http') return answerHttp(exception, host);
    if (exception instanceof AppError) return toGraphQLError(exception);
    if (exception instanceof GraphQLError) return exception;
    if (exception instanceof QueryFailedError) {
      const driverError = (exception.driverError ?? {}) as { code?: string; detail?: string };
      const code = driverError.code;
      if (code === PG_SERIALIZATION_FAILURE || code === PG_UNIQUE_VIOLATION) {
        return toGraphQLError(new AppError('CONFLICT'));
      }
      if (code === PG_INVALID_TEXT) return toGraphQLError(new AppError('NOT_FOUND'));
      const missing = code === PG_FOREIGN_KEY_VIOLATION ? missingReference(driverError) : null;
      if (missing) return toGraphQLError(missing);
    }
    if (exception instanceof HttpException && exception.getStatus() === 404) {
      return toGraphQLError(new AppError('NOT_FOUND'));
    }
    return internalError(exception);
  }
}
