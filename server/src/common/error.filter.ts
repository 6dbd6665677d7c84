import { Catch, HttpException, type ArgumentsHost } from '@nestjs/common';
import type { GqlExceptionFilter } from '@nestjs/graphql';
import { GraphQLError } from 'graphql';
import { QueryFailedError } from 'typeorm';
import { AppError } from './app-error.js';
import { internalError, toGraphQLError } from './error-format.js';

const PG_SERIALIZATION_FAILURE = '40001';
const PG_UNIQUE_VIOLATION = '23505';
// An id argument that is not a UUID at all: no such record, rather than a server error.
const PG_INVALID_TEXT = '22P02';

/** Turns whatever a resolver throws into a GraphQL error a client can act on. */
@Catch()
export class AppErrorFilter implements GqlExceptionFilter {
  catch(exception: unknown, _host: ArgumentsHost): GraphQLError {
    if (exception instanceof AppError) return toGraphQLError(exception);
    if (exception instanceof GraphQLError) return exception;
    if (exception instanceof QueryFailedError) {
      const code = (exception.driverError as { code?: string } | undefined)?.code;
      if (code === PG_SERIALIZATION_FAILURE || code === PG_UNIQUE_VIOLATION) {
        return toGraphQLError(new AppError('CONFLICT'));
      }
      if (code === PG_INVALID_TEXT) return toGraphQLError(new AppError('NOT_FOUND'));
    }
    if (exception instanceof HttpException && exception.getStatus() === 404) {
      return toGraphQLError(new AppError('NOT_FOUND'));
    }
    return internalError(exception);
  }
}
