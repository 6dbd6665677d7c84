import { Logger, type INestApplication } from '@nestjs/common';
import type { Request, Response } from 'express';
import { ERROR_MESSAGES, formatMessage, type App, type ErrorCode } from '@gridbridge/shared';
import type { Viewer } from './gql-context.js';
import { currentLocale, currentRequest } from './request-context.js';

/** How a download route finds the signed-in viewer: the auth domain's sessions, passed in by the caller, so that common/ imports no domain. */
export interface SessionLookup {
  resolve(req: Request, api: App): Promise<{ viewer: Viewer | null; expired: boolean }>;
}

/** A file a download route hands out; `inline` only for content the server produced itself. */
export interface DownloadFile {
  fileName: string;
  contentType: string;
  content: Buffer;
  inline?: boolean;
}

/**
 * `Content-Disposition` for a file name in any script: an ASCII fallback and the exact name as
 * RFC 5987 `filename*` (UTF-8, percent-encoded), which every current browser prefers.
 */
export function contentDisposition(fileName: string, type: 'attachment' | 'inline' = 'attachment'): string {
  const fallback = fileName.replace(/[^\x20-\x7e]|["\\%;]/g, '_');
  const encoded = encodeURIComponent(fileName).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `${type}; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}

const logger = new Logger('Downloads');

/** A translated error in the shape the API's clients read. */
function refuse(res: Response, status: number, code: ErrorCode, params: Record<string, string> = {}): void {
  res.status(status).setHeader('cache-control', 'private, no-store');
  res.json({
    errors: [{ message: formatMessage(ERROR_MESSAGES[code][currentLocale()], params), extensions: { code } }],
  });
}

/**
 * `GET path/:id` for a file behind an API's session: 401 without a session, 404 when `find`
 * answers null (unknown, malformed or out of scope alike, so nothing tells them apart), else
 * the bytes. The path lives under the API's own path so that the browser sends that API's
 * session cookie (its Path); registered on Express before Nest initialises, it answers before
 * Apollo's middleware sees the path. Whatever the file, the browser may neither sniff another
 * type, run anything in it, nor keep a copy.
 */
export function registerDownload(
  app: INestApplication,
  sessions: SessionLookup,
  api: App,
  path: string,
  find: (viewer: Viewer, id: string) => Promise<DownloadFile | null>,
): void {
  const handler = async (req: Request<{ id: string }>, res: Response) => {
    try {
      const { viewer, expired } = await sessions.resolve(req, api);
      if (!viewer) return refuse(res, 401, expired ? 'SESSION_EXPIRED' : 'UNAUTHENTICATED');
      const file = viewer.mustChangePassword ? null : await find(viewer, req.params.id);
      if (!file) return refuse(res, 404, 'NOT_FOUND');
      res.status(200);
      res.setHeader('content-type', file.contentType);
      res.setHeader('content-length', String(file.content.length));
      res.setHeader(
        'content-disposition',
        contentDisposition(file.fileName, file.inline ? 'inline' : 'attachment'),
      );
      res.setHeader('x-content-type-options', 'nosniff');
      res.setHeader('content-security-policy', "default-src 'none'; sandbox");
      res.setHeader('cache-control', 'private, no-store');
      res.end(file.content);
    } catch (error) {
      const requestId = currentRequest()?.requestId ?? 'none';
      logger.error(
        `request ${requestId}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
      );
      if (res.headersSent) res.destroy();
      else refuse(res, 500, 'INTERNAL', { requestId });
    }
  };
  app.getHttpAdapter().get(`${path}/:id`, handler);
}
