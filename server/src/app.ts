import 'reflect-metadata';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
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

const workspaceRoot = fileURLToPath(new URL('../../', import.meta.url));
export const APP_DIST = {
  portal: path.join(workspaceRoot, 'portal/dist'),
  admin: path.join(workspaceRoot, 'admin/dist'),
};

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

/** Serves a built Vue app with history-mode fallback to its index.html. */
function serveApp(app: NestExpressApplication, mount: string, dist: string) {
  if (!existsSync(path.join(dist, 'index.html'))) return;
  app.use(mount, express.static(dist, { index: false, maxAge: '1h' }));
  app.use(mount, (req: Request, res: Response, next: NextFunction) => {
    // Only page routes fall back; a missing asset (a path with an extension) stays a 404.
    if (req.method !== 'GET' || path.extname(req.path) || /^\/(graphql|health)/.test(req.originalUrl)) {
      return next();
    }
    res.setHeader('cache-control', 'no-cache');
    res.sendFile(path.join(dist, 'index.html'));
  });
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
  serveApp(app, '/admin', APP_DIST.admin);
  serveApp(app, '/', APP_DIST.portal);
  await app.init();
  // After init: the APIs' websocket listeners (subscriptions) are registered by then.
  refuseStrayUpgrades(app.getHttpServer(), Object.values(API_PATHS));
  return app;
}
