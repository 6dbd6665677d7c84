import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import express, { type NextFunction, type Request, type RequestHandler, type Response } from 'express';

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

/** The encodings the build writes next to each compressible file (`.br`, `.gz`), best first. */
const ENCODINGS = [
  { suffix: '.br', coding: 'br' },
  { suffix: '.gz', coding: 'gzip' },
] as const;

/** The codings an `Accept-Encoding` header allows (q > 0), with `*` standing for any not named. */
function acceptedCodings(header: string | undefined): (coding: string) => boolean {
  const q = new Map<string, number>();
  for (const part of (header ?? '').split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    if (!name) continue;
    const weight = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined);
    q.set(name, weight === undefined ? 1 : Number(weight));
  }
  return (coding) => (q.get(coding) ?? q.get('*') ?? 0) > 0;
}

/** Every file of `dist` that has precompressed variants, by URL path ('/assets/x.js' → ['br', 'gzip']). */
function precompressedFiles(dist: string): Map<string, (typeof ENCODINGS)[number][]> {
  const files = new Set<string>();
  const walk = (dir: string, prefix: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) walk(path.join(dir, entry.name), `${prefix}${entry.name}/`);
      else files.add(`${prefix}${entry.name}`);
    }
  };
  walk(dist, '/');
  const variants = new Map<string, (typeof ENCODINGS)[number][]>();
  for (const file of files) {
    const available = ENCODINGS.filter((encoding) => files.has(file + encoding.suffix));
    if (available.length > 0) variants.set(file, available);
  }
  return variants;
}

/**
 * Serves a built Vue app: its files, each in the best precompressed form the client accepts
 * (brotli, then gzip, then as is: the build writes the `.br` and `.gz` files, so no request
 * spends CPU on compression), and every page route (history mode) as its index.html. A missing
 * asset (a path with an extension) stays a 404.
 *
 * The variants are listed once at start-up: a built app does not change under a running server.
 */
export function staticApp(dist: string): RequestHandler | undefined {
  if (!existsSync(path.join(dist, 'index.html'))) return undefined;
  const variants = precompressedFiles(dist);
  const files = express.static(dist, {
    index: false,
    cacheControl: false,
    setHeaders: (res, file) => {
      const relative = path.relative(dist, file).split(path.sep);
      res.setHeader('cache-control', relative[0] === 'assets' ? IMMUTABLE : REVALIDATE);
    },
  });

  /** Points the request at the best variant of `urlPath`; express.static then serves that file. */
  const serve = (urlPath: string, req: Request, res: Response, next: NextFunction) => {
    const available = variants.get(urlPath);
    const accepts = acceptedCodings(req.headers['accept-encoding']);
    const chosen = available?.find((encoding) => accepts(encoding.coding));
    // Caches between us and the browser keep one copy per encoding.
    if (available) res.vary('Accept-Encoding');
    if (!chosen) return files(req, res, next);

    const url = req.url;
    res.setHeader('content-encoding', chosen.coding);
    // The type of the original file, not of `.br`/`.gz` (express.static keeps a type already set).
    res.type(path.extname(urlPath));
    const query = url.indexOf('?');
    req.url = urlPath + chosen.suffix + (query >= 0 ? url.slice(query) : '');
    files(req, res, (error?: unknown) => {
      // The variant is gone (the app was rebuilt under the running server): whatever answers
      // instead (the page fallback, a 404) must not claim to be compressed.
      req.url = url;
      if (!res.headersSent) {
        res.removeHeader('content-encoding');
        res.removeHeader('content-type');
      }
      next(error);
    });
  };

  return (req, res, next) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    let urlPath: string;
    try {
      urlPath = decodeURIComponent(req.path);
    } catch {
      return next();
    }
    serve(urlPath, req, res, (error?: unknown) => {
      if (error) return next(error);
      // Only page routes fall back; a missing asset (a path with an extension) stays a 404.
      if (path.extname(urlPath) || /^\/(graphql|health)/.test(req.originalUrl)) return next();
      req.url = '/index.html';
      serve('/index.html', req, res, next);
    });
  };
}
