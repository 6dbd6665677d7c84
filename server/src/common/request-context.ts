import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';
import { DEFAULT_LOCALE, negotiateLocale, type Locale } from '@gridbridge/shared';

/** What every part of the server may need to know about the HTTP request it is serving. */
export interface RequestContext {
  requestId: string;
  locale: Locale;
  ip: string | null;
  userAgent: string | null;
  sqlStatements: number;
}

const storage = new AsyncLocalStorage<RequestContext>();

export function currentRequest(): RequestContext | undefined {
  return storage.getStore();
}

export function currentLocale(): Locale {
  return storage.getStore()?.locale ?? DEFAULT_LOCALE;
}

/** Express middleware: opens the request context for the rest of the request. */
export function requestContextMiddleware(req: Request, res: Response, next: NextFunction): void {
  const context: RequestContext = {
    requestId: randomUUID(),
    locale: negotiateLocale(req.headers['accept-language']),
    ip: req.ip ?? null,
    userAgent: req.headers['user-agent']?.slice(0, 300) ?? null,
    sqlStatements: 0,
  };
  res.setHeader('x-request-id', context.requestId);
  storage.run(context, next);
}

/** Runs work outside HTTP (jobs, CLI) with a context of its own. */
export function runWithContext<T>(work: () => Promise<T>, locale: Locale = DEFAULT_LOCALE): Promise<T> {
  return storage.run({ requestId: randomUUID(), locale, ip: null, userAgent: null, sqlStatements: 0 }, work);
}
