import 'reflect-metadata';
import type { Server } from 'node:http';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import compression from 'compression';
import express, { type NextFunction, type Request, type Response } from 'express';
import helmet from 'helmet';
import { ERROR_MESSAGES } from '@gridbridge/shared';
import { AppModule } from './app.module.js';
import type { Env } from './config/env.js';
import type { Clock } from './common/clock.js';
import { currentLocale, requestContextMiddleware } from './common/request-context.js';
import { API_PATHS } from './graphql/graphql-options.js';
import { registerAttachmentDownloads } from './modules/cases/attachment-download.js';
import { registerExportDownload } from './modules/exports/export-download.js';
import { refuseStrayUpgrades } from './graphql/subscriptions.js';
import { staticApp } from './common/static-app.js';

/** Security headers. The apps load only their own scripts; Element Plus and Vant set inline styles. */
function securityHeaders(env: Env) {
  const strict = helmet({
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
  });
  const withoutCsp = helmet({ contentSecurityPolicy: false });
  return (req: Request, res: Response, next: NextFunction) =>
    // Outside production the GraphQL landing page (GET on an API path) needs its own scripts.
    !env.production && req.method === 'GET' && req.path.startsWith('/graphql')
      ? withoutCsp(req, res, next)
      : strict(req, res, next);
}

/** Serves a built Vue app (precompressed files, cache policy, history-mode fallback: static-app.ts). */
function serveApp(app: NestExpressApplication, mount: string, dist: string) {
  const handler = staticApp(dist);
  if (handler) app.use(mount, handler);
}

/** Malformed request bodies get a clear 400 instead of Express's HTML error page. */
function badRequestHandler(
  error: { status?: number; type?: string },
  _req: Request,
  res: Response,
  next: NextFunction,
) {
  if (error?.status && error.status >= 400 && error.status < 500) {
    res.status(error.status).json({
      errors: [{ message: ERROR_MESSAGES.BAD_REQUEST[currentLocale()], extensions: { code: 'BAD_REQUEST' } }],
    });
    return;
  }
  next(error);
}

/** Builds the whole HTTP application: both GraphQL APIs, health, and the two built apps. */
export async function createApp(
  env: Env,
  databaseUrl: string,
  clock?: Clock,
): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(env, databaseUrl, clock), {
    logger: [
      'error',
      'warn',
      ...(env.LOG_LEVEL === 'log' || env.LOG_LEVEL === 'debug' ? (['log'] as const) : []),
    ],
    bodyParser: false,
    // A failing boot throws to the caller (main.ts stops PostgreSQL and exits 1) instead of process.abort().
    abortOnError: false,
  });
  app.set('trust proxy', env.TRUST_PROXY);
  app.disable('x-powered-by');
  app.use(requestContextMiddleware);
  app.use(securityHeaders(env));
  // GraphQL responses are made per request, so they are compressed per request (brotli or gzip,
  // by Accept-Encoding; the apps' files come precompressed from the build: static-app.ts). Below
  // 1 kB compression saves less than a packet and costs a zlib stream. Subscriptions travel over
  // WebSocket and are not touched; downloads (attachments, exports) are already compressed.
  app.use(Object.values(API_PATHS), compression({ threshold: 1024 }));
  // Room for an .xlsx import sent as base64 (MAX_IMPORT_ROWS rows).
  app.use(express.json({ limit: '10mb' }));
  app.use(badRequestHandler);
  app.enableShutdownHooks();
  // Browser tests only (refused in production by loadEnv); loaded only then.
  if (env.TEST_CLOCK_START && clock) {
    const { registerTestClock } = await import('./common/test-clock.js');
    registerTestClock(app, clock);
  }
  // Before init: Nest ends its own middleware chain with a 404 handler, and Apollo takes the API paths.
  registerExportDownload(app);
  registerAttachmentDownloads(app);
  serveApp(app, '/admin', env.ADMIN_DIST_DIR);
  serveApp(app, '/', env.PORTAL_DIST_DIR);
  await app.init();
  // After init: the APIs' websocket listeners (subscriptions) are registered by then.
  const http = app.getHttpServer() as Server;
  refuseStrayUpgrades(http, Object.values(API_PATHS));
  // An idle keep-alive connection must outlive the proxy's (nginx keeps upstream connections 60 s)
  // and the client's, or a request sent as the server closes the socket meets a reset (a 502
  // behind nginx). Node closes idle connections itself when the server closes.
  http.keepAliveTimeout = 65_000;
  http.headersTimeout = 66_000;
  return app;
}
