import type { IncomingMessage, Server } from 'node:http';
import type { ApolloServerPlugin } from '@apollo/server';
import type { Duplex } from 'node:stream';
import type { FastifyReply, FastifyRequest } from 'fastify';
import {
  GraphQLError,
  getOperationAST,
  parse,
  specifiedRules,
  subscribe,
  validate,
  type ExecutionArgs,
  type ValidationRule,
} from 'graphql';
import type { Context, ServerOptions } from 'graphql-ws';
import type { Extra } from 'graphql-ws/use/ws';
import type { DataSource } from 'typeorm';
import { negotiateLocale, type App, type Locale } from '@gridbridge/shared';
import { AppError } from '../common/app-error.js';
import { formatGraphQLError, toGraphQLError } from '../common/error-format.js';
import type { GqlContext } from '../common/gql-context.js';
import { createLoaders } from '../common/loaders.js';
import { DOMAIN_LOADERS } from './apis.js';
import { currentLocale, runWithContext } from '../common/request-context.js';
import type { SessionService } from '../modules/auth/session.service.js';

type WsContext = Context<Record<string, unknown> | undefined, Extra>;

/** The language each websocket connection asked for, kept with its upgrade request. */
const connectionLocales = new WeakMap<IncomingMessage, Locale>();

/**
 * The language of a connection: the app says which one it shows in `connectionParams.locale`
 * (a browser cannot set headers on a websocket); otherwise the upgrade's Accept-Language.
 */
function localeOf(request: IncomingMessage, params?: Record<string, unknown>): Locale {
  const asked = params?.locale;
  return negotiateLocale(typeof asked === 'string' ? asked : request.headers['accept-language']);
}

const badRequest = (message: string) => new GraphQLError(message, { extensions: { code: 'BAD_REQUEST' } });

/** Errors of a subscription in the shape and language HTTP errors have (error-format.ts). */
function formatErrors(errors: readonly GraphQLError[]) {
  return errors.map((error) => {
    if (error.originalError instanceof AppError) {
      const translated = toGraphQLError(error.originalError);
      return formatGraphQLError(translated.toJSON(), translated);
    }
    // Errors without a cause and without a code are GraphQL's own verdict on the document.
    const known = error.originalError || error.extensions?.code ? error : badRequest(error.message);
    return formatGraphQLError(known.toJSON(), known);
  });
}

export interface SubscriptionDeps {
  app: App;
  sessions: SessionService;
  db: DataSource;
  /** The same document limits as HTTP (graphql-armor's rules; its token limit is a parser option here). */
  validationRules: readonly ValidationRule[];
  maxTokens: number;
}

/**
 * graphql-ws on the API's own path. The connection is authenticated with the API's session
 * cookie, which the browser sends on the upgrade because the cookie's path is the API path;
 * a connection without a valid session is refused (4403). Only subscriptions run here:
 * queries and mutations stay on HTTP, with its cookies, limits and request context.
 *
 * Nest passes this object whole to graphql-ws's `useServer`; its type names only some options.
 */
export function subscriptionServerOptions(
  deps: SubscriptionDeps,
): ServerOptions<Record<string, unknown> | undefined, Extra> {
  const { app, sessions, db } = deps;
  const rules = [...specifiedRules, ...deps.validationRules];
  const localeOfContext = (ctx: WsContext) =>
    connectionLocales.get(ctx.extra.request) ?? localeOf(ctx.extra.request, ctx.connectionParams);
  return {
    onConnect: async (ctx) => {
      const { viewer } = await sessions.resolve(ctx.extra.request, app);
      if (!viewer) return false;
      connectionLocales.set(ctx.extra.request, localeOf(ctx.extra.request, ctx.connectionParams));
      return true;
    },
    onSubscribe: (_ctx, _id, payload) => {
      try {
        const document = parse(payload.query, { maxTokens: deps.maxTokens });
        const operation = getOperationAST(document, payload.operationName);
        if (operation && operation.operation !== 'subscription') {
          return [badRequest('Only subscriptions are served over the websocket; use HTTP')];
        }
      } catch (error) {
        return [
          error instanceof GraphQLError ? badRequest(error.message) : badRequest('Unreadable document'),
        ];
      }
      // graphql-ws parses and validates it again, with the rules below.
      return undefined;
    },
    validate: (schema, document) => validate(schema, document, rules),
    // A fresh viewer per subscription: a session that ended since the connection opened is refused.
    context: async (ctx): Promise<GqlContext> => {
      // Only the cookies and headers of the upgrade request are read (sessions, locale).
      const req = ctx.extra.request as unknown as FastifyRequest;
      const { viewer, expired } = await sessions.resolve(req, app);
      return {
        req,
        // There is no HTTP response on a websocket; only subscriptions run here and none uses it.
        res: undefined as unknown as FastifyReply,
        app,
        viewer,
        sessionExpired: expired,
        loaders: createLoaders(db, DOMAIN_LOADERS),
      };
    },
    // The request context carries the language: guards' errors and the stream's texts use it.
    subscribe: (args: ExecutionArgs) => {
      const request = (args.contextValue as GqlContext).req as unknown as IncomingMessage;
      return runWithContext(async () => subscribe(args), connectionLocales.get(request) ?? currentLocale());
    },
    onNext: (ctx, _id, _payload, _args, result) =>
      result.errors
        ? runWithContext(
            async () => ({ ...result, errors: formatErrors(result.errors!) }),
            localeOfContext(ctx),
          )
        : undefined,
    onError: (ctx, _id, _payload, errors) =>
      runWithContext(async () => formatErrors(errors), localeOfContext(ctx)),
  };
}

/** Over HTTP a subscription would run once and answer null: refuse it as a bad request instead. */
export const noSubscriptionsOverHttp: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async didResolveOperation({ operation }) {
        if (operation?.operation === 'subscription') {
          throw new GraphQLError('Subscriptions are served over the websocket (graphql-ws) on this path', {
            extensions: { code: 'BAD_REQUEST', http: { status: 400 } },
          });
        }
      },
    };
  },
};

/**
 * Answers websocket upgrades on any other path with 404 (otherwise nobody answers and the socket
 * hangs). Registered after the APIs' own upgrade listeners.
 */
export function refuseStrayUpgrades(server: Server, paths: readonly string[]): void {
  server.on('upgrade', (req: IncomingMessage, socket: Duplex) => {
    // The same test as Nest's own listener, which answers these (and refuses a wrong path itself).
    if (paths.some((path) => req.url?.startsWith(path))) return;
    socket.end('HTTP/1.1 404 Not Found\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
  });
}
