import 'reflect-metadata';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import fastifyCompress from '@fastify/compress';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyInstance } from 'fastify';
import helmet from 'helmet';
import { AppModule } from './app.module.js';
import type { Env } from './config/env.js';
import type { Clock } from './common/clock.js';
import { registerRequestContext } from './common/request-context.js';
import { API_PATHS } from './graphql/graphql-options.js';
import { registerAttachmentDownloads } from './modules/cases/attachment-download.js';
import { registerExportDownload } from './modules/exports/export-download.js';
import { refuseStrayUpgrades } from './graphql/subscriptions.js';
import { serveApp } from './common/static-app.js';

/** Room for an .xlsx import sent as base64 (MAX_IMPORT_ROWS rows). */
const BODY_LIMIT = 10 * 1024 * 1024;

/**
 * The headers a helmet configuration sets. Ours depend on nothing in the request (no nonces), so
 * they are worked out once, by running helmet against a response that only records them, and
 * every response gets the same set: helmet's dozen middlewares per request cost more than the
 * headers themselves.
 */
function headersOf(middleware: ReturnType<typeof helmet>): Record<string, string> {
  const headers: Record<string, string> = {};
  const recorder = {
    setHeader: (name: string, value: string) => (headers[name.toLowerCase()] = value),
    removeHeader: (name: string) => delete headers[name.toLowerCase()],
  };
  middleware({} as IncomingMessage, recorder as unknown as ServerResponse, () => undefined);
  return headers;
}

/** Security headers. The apps load only their own scripts; Element Plus and Vant set inline styles. */
function securityHeaders(fastify: FastifyInstance, env: Env) {
  const strict = headersOf(
    helmet({
      contentSecurityPolicy: {
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          styleSrc: ["'self'", "'unsafe-inline'"],
          imgSrc: ["'self'", 'data:', 'blob:'],
          fontSrc: ["'self'", 'data:'],
          connectSrc: ["'self'", 'ws:', 'wss:'],
          upgradeInsecureRequests: env.cookieSecure ? [] : null,
        },
      },
    }),
  );
  const withoutCsp = headersOf(helmet({ contentSecurityPolicy: false }));
  fastify.addHook('onRequest', (req, reply, done) => {
    // Outside production the GraphQL landing page (GET on an API path) needs its own scripts.
    reply.headers(
      !env.production && req.method === 'GET' && req.url.startsWith('/graphql') ? withoutCsp : strict,
    );
    done();
  });
}

/** Builds the whole HTTP application: both GraphQL APIs, health, and the two built apps. */
export async function createApp(
  env: Env,
  databaseUrl: string,
  clock?: Clock,
): Promise<NestFastifyApplication> {
  const adapter = new FastifyAdapter({
    trustProxy: env.TRUST_PROXY,
    bodyLimit: BODY_LIMIT,
    // An idle keep-alive connection must outlive the proxy's (nginx keeps upstream connections
    // 60 s) and the client's, or a request sent as the server closes the socket meets a reset (a
    // 502 behind nginx). Node closes idle connections itself when the server closes.
    keepAliveTimeout: 65_000,
  });
  const app = await NestFactory.create<NestFastifyApplication>(
    AppModule.forRoot(env, databaseUrl, clock),
    adapter,
    {
      logger: [
        'error',
        'warn',
        ...(env.LOG_LEVEL === 'log' || env.LOG_LEVEL === 'debug' ? (['log'] as const) : []),
      ],
      // Fastify's own JSON parser (prototype-poisoning safe) and its bodyLimit; what it refuses
      // reaches AppErrorFilter, which answers in the API's shape.
      bodyParser: false,
      // A failing boot throws to the caller (main.ts stops PostgreSQL and exits 1) instead of process.abort().
      abortOnError: false,
    },
  );
  const fastify = app.getHttpAdapter().getInstance() as FastifyInstance;
  registerRequestContext(fastify);
  securityHeaders(fastify, env);
  // Responses are compressed per request above 1 kB (brotli or gzip, by Accept-Encoding): below,
  // compression saves less than a packet and costs a zlib stream. The apps' files come
  // precompressed from the build (static-app.ts) and downloads opt out (already compressed
  // formats); subscriptions travel over WebSocket and are not touched.
  await fastify.register(fastifyCompress, { threshold: 1024, encodings: ['br', 'gzip'] });
  app.enableShutdownHooks();
  // Browser tests only (refused in production by loadEnv); loaded only then.
  if (env.TEST_CLOCK_START && clock) {
    const { registerTestClock } = await import('./common/test-clock.js');
    registerTestClock(app, clock);
  }
  registerExportDownload(app);
  registerAttachmentDownloads(app);
  await serveApp(fastify, '/admin/', env.ADMIN_DIST_DIR);
  await serveApp(fastify, '/', env.PORTAL_DIST_DIR);
  await app.init();
  // After init: the APIs' websocket listeners (subscriptions) are registered by then.
  const http = app.getHttpServer() as Server;
  refuseStrayUpgrades(http, Object.values(API_PATHS));
  http.headersTimeout = 66_000;
  return app;
}
