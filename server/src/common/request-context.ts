import { AsyncLocalStorage, AsyncResource } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
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

/** The request's own async scope, made inside its context (see registerRequestContext). */
const scopes = new WeakMap<FastifyRequest, AsyncResource>();

/**
 * Opens the request context for the rest of each request. Fastify reads a request's body from
 * the socket's events, which run outside whatever context the first hook opened; so the context
 * is opened in `onRequest`, captured in an async resource there, and entered again once the body
 * is read (`preValidation`): the handler, Apollo and everything they call see it.
 */
export function registerRequestContext(fastify: FastifyInstance): void {
  fastify.addHook('onRequest', (req, reply, done) => {
    const context: RequestContext = {
      requestId: randomUUID(),
      locale: negotiateLocale(req.headers['accept-language']),
      ip: req.ip ?? null,
      userAgent: req.headers['user-agent']?.slice(0, 300) ?? null,
      sqlStatements: 0,
    };
    reply.header('x-request-id', context.requestId);
    storage.run(context, () => {
      scopes.set(req, new AsyncResource('gridbridge-request'));
      done();
    });
  });
  fastify.addHook('preValidation', (req, _reply, done) => {
    const scope = scopes.get(req);
    if (scope) scope.runInAsyncScope(done);
    else done();
  });
}

/** Runs work outside HTTP (jobs, CLI) with a context of its own. */
export function runWithContext<T>(work: () => Promise<T>, locale: Locale = DEFAULT_LOCALE): Promise<T> {
  return storage.run({ requestId: randomUUID(), locale, ip: null, userAgent: null, sqlStatements: 0 }, work);
}
