import { existsSync } from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';

/**
 * Cache policy of a built app (docs/performance.md). Vite names everything under `assets/` after
 * its content, so a changed file is a new URL: those are kept a year and never revalidated.
 * Everything else keeps its name across releases — `index.html` (which names the current
 * assets), `sw.js` (the browser checks it for updates, and a stale one would keep serving an old
 * release offline), the manifest and icons — and is revalidated on every use (`no-cache`, with
 * its ETag: a 304 when unchanged).
 */
export const IMMUTABLE = 'public, max-age=31536000, immutable';
export const REVALIDATE = 'no-cache';

/** Paths that belong to the server, never to the portal's page routes. */
const SERVER_PATHS = /^\/(graphql|health|test)(\/|$)/;

/**
 * Serves a built Vue app under `mount` ('/' or '/admin/'): each file in the best precompressed
 * form the client accepts (the build writes `.br` and `.gz` next to each compressible file, so no
 * request spends CPU on compression; `@fastify/static` picks brotli, then gzip, then the file as
 * it is, and says `Vary: Accept-Encoding`), and every page route (history mode) as its
 * index.html. A missing asset (a path with an extension) stays a 404.
 *
 * Each file gets its own route, listed once at start-up (`wildcard: false`): a built app does not
 * change under a running server, and the page fallback below is then simply the route that
 * matches when no file does.
 */
export async function serveApp(fastify: FastifyInstance, mount: '/' | '/admin/', dist: string) {
  if (!existsSync(path.join(dist, 'index.html'))) return;
  await fastify.register(fastifyStatic, {
    root: dist,
    prefix: mount,
    wildcard: false,
    index: false,
    preCompressed: true,
    cacheControl: false,
    // The first app registered decorates the reply with sendFile; the other passes its own root.
    decorateReply: !fastify.hasReplyDecorator('sendFile'),
    setHeaders: (res, file) => {
      const relative = path.relative(dist, file).split(path.sep);
      res.setHeader('cache-control', relative[0] === 'assets' ? IMMUTABLE : REVALIDATE);
      // Also when the file goes out as it is: a cache between us and the browser keeps one copy
      // per encoding, rather than handing this one to clients that accept brotli.
      res.setHeader('vary', 'accept-encoding');
    },
  });
  // `/admin` as well as `/admin/…`; the portal's `/*` covers `/`.
  const pages = mount === '/' ? ['/*'] : [mount.slice(0, -1), `${mount}*`];
  for (const url of pages) {
    fastify.get(url, (req, reply) => {
      const urlPath = req.url.split('?')[0];
      // Only page routes fall back; a missing asset (a path with an extension) stays a 404.
      if (path.extname(urlPath) || (mount === '/' && SERVER_PATHS.test(urlPath))) return reply.callNotFound();
      return reply.sendFile('index.html', dist);
    });
  }
}
