import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import type { ApolloDriverConfig } from '@nestjs/apollo';
import { ApolloDriver } from '@nestjs/apollo';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { GraphQLError } from 'graphql';
import type { DataSource } from 'typeorm';
import type { App } from '@gridbridge/shared';
import type { Env } from '../config/env.js';
import { formatGraphQLError, internalError } from '../common/error-format.js';
import { queryCostLimit } from './query-cost.js';
import type { GqlContext } from '../common/gql-context.js';
import { createLoaders } from '../common/loaders.js';
import { DOMAIN_LOADERS } from './apis.js';
import { DateTimeScalar } from './date-time.scalar.js';
import { inputGuard } from './input-guard.js';
import { currentRequest } from '../common/request-context.js';
import type { SessionService } from '../modules/auth/session.service.js';
import {
  noSubscriptionsOverHttp,
  subscriptionServerOptions,
  type SubscriptionDeps,
} from './subscriptions.js';

export const API_PATHS: Record<App, string> = { PORTAL: '/graphql/portal', ADMIN: '/graphql/admin' };

/** Reports how many SQL statements a request ran (benchmark and N+1 tests only). */
const sqlStatementHeader: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async willSendResponse({ response }) {
        response.http.headers.set('x-sql-statements', String(currentRequest()?.sqlStatements ?? 0));
      },
    };
  },
};

/**
 * Every API answer is private and changes with the data: `cache-control: no-store`, once per
 * response. Apollo's default cache-control plugin gave the same header, but computed it from
 * per-field cache hints (which no type declares) through a `willResolveField` hook, and any such
 * hook makes Apollo wrap the resolver of every field of every response, scalars included: a
 * tenth of the CPU of a list request (docs/performance.md).
 */
const noStore: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async willSendResponse({ response }) {
        response.http.headers.set('cache-control', 'no-store');
      },
    };
  },
};

const MAX_TOKENS = 2000;

/** Limits every document before it runs: depth, aliases, directives, tokens and estimated cost. */
function armor(env: Env) {
  return new ApolloArmor({
    maxDepth: { n: 10 },
    maxAliases: { n: 15 },
    maxDirectives: { n: 20 },
    // The token limit is graphql-js's own parser option (parseOptions below): armor's version
    // throws from a plugin hook, which Apollo answers with HTTP 500.
    maxTokens: { enabled: false },
    // Cost is estimated by queryCostLimit, which counts page sizes and nested lists.
    costLimit: { enabled: false },
    blockFieldSuggestion: { enabled: env.production },
  }).protect();
}

export function graphqlOptions(
  app: App,
  include: NonNullable<ApolloDriverConfig['include']>,
  env: Env,
  sessions: SessionService,
  db: DataSource,
): ApolloDriverConfig {
  const protection = armor(env);
  return {
    driver: ApolloDriver,
    path: API_PATHS[app],
    include,
    autoSchemaFile: true,
    sortSchema: true,
    introspection: !env.production,
    includeStacktraceInErrorResponses: false,
    // Too many tokens: a parse error (HTTP 400), which formatGraphQLError answers QUERY_TOO_LARGE.
    parseOptions: { maxTokens: MAX_TOKENS },
    // Only full documents are accepted: a persisted-query hash is answered PERSISTED_QUERY_NOT_SUPPORTED.
    persistedQueries: false,
    // DateTime refuses anything but a real RFC 3339 instant (the default takes "not a date").
    buildSchemaOptions: { scalarsMap: [{ type: Date, scalar: DateTimeScalar }] },
    // graphql-armor's plugins are typed against another copy of @apollo/server's types than Nest's (TS2345); at run time they agree.
    plugins: [
      ApolloServerPluginCacheControlDisabled(),
      noStore,
      ...(protection.plugins as ApolloServerPlugin[]),
      noSubscriptionsOverHttp,
      queryCostLimit,
      inputGuard,
      ...(env.SQL_STATEMENT_HEADER ? [sqlStatementHeader] : []),
    ],
    validationRules: protection.validationRules as ApolloDriverConfig['validationRules'],
    formatError: formatGraphQLError,
    // Live notifications: graphql-ws on the same path. Apollo's plugins (armor included) see only
    // HTTP, so the websocket applies the same validation rules and token limit itself.
    subscriptions: {
      'graphql-ws': subscriptionServerOptions({
        app,
        sessions,
        db,
        validationRules: protection.validationRules as SubscriptionDeps['validationRules'],
        maxTokens: MAX_TOKENS,
      }) as NonNullable<ApolloDriverConfig['subscriptions']>['graphql-ws'],
    },
    // Apollo's Fastify integration hands the context function Fastify's request and reply.
    context: async (req: FastifyRequest, res: FastifyReply): Promise<GqlContext> => {
      try {
        const { viewer, expired } = await sessions.resolve(req, app);
        return { req, res, app, viewer, sessionExpired: expired, loaders: createLoaders(db, DOMAIN_LOADERS) };
      } catch (error) {
        // Without a database nothing can be answered: say so (503) with the generic message.
        const failure = internalError(error);
        throw new GraphQLError(failure.message, {
          extensions: { ...failure.extensions, http: { status: 503 } },
        });
      }
    },
  };
}
