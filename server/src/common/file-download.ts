import { Logger, type INestApplication } from '@nestjs/common';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { ERROR_MESSAGES, formatMessage, type App, type ErrorCode } from '@gridbridge/shared';
import type { IncomingHttpHeaders } from 'node:http';
import type { Viewer } from './gql-context.js';
import { currentLocale, currentRequest } from './request-context.js';

/** How a download route finds the signed-in viewer: the auth domain's sessions, passed in by the caller, so that common/ imports no domain. */
export interface SessionLookup {
  resolve(
    req: { headers: IncomingHttpHeaders },
    api: App,
  ): Promise<{ viewer: Viewer | null; expired: boolean }>;
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
function refuse(res: FastifyReply, status: number, code: ErrorCode, params: Record<string, string> = {}) {
  return res
    .code(status)
    .header('cache-control', 'private, no-store')
    .send({
      errors: [
        { message: formatMessage(ERROR_MESSAGES[code][currentLocale()], params), extensions: { code } },
      ],
    });
}

/**
 * `GET path/:id` for a file behind an API's session: 401 without a session, 404 when `find`
 * answers null (unknown, malformed or out of scope alike, so nothing tells them apart), else
 * the bytes. The path lives under the API's own path so that the browser sends that API's
 * session cookie (its Path); Apollo's route is that exact path, so it never sees these. Whatever
 * the file, the browser may neither sniff another type, run anything in it, nor keep a copy.
 */
export function registerDownload(
  app: INestApplication,
  sessions: SessionLookup,
  api: App,
  path: string,
  find: (viewer: Viewer, id: string) => Promise<DownloadFile | null>,
): void {
  const handler = async (req: FastifyRequest<{ Params: { id: string } }>, res: FastifyReply) => {
    try {
      const { viewer, expired } = await sessions.resolve(req, api);
      if (!viewer) return refuse(res, 401, expired ? 'SESSION_EXPIRED' : 'UNAUTHENTICATED');
      const file = viewer.mustChangePassword ? null : await find(viewer, req.params.id);
      if (!file) return refuse(res, 404, 'NOT_FOUND');
      return res
        .code(200)
        .headers({
          'content-type': file.contentType,
          'content-disposition': contentDisposition(file.fileName, file.inline ? 'inline' : 'attachment'),
          'x-content-type-options': 'nosniff',
          'content-security-policy': "default-src 'none'; sandbox",
          'cache-control': 'private, no-store',
        })
        .send(file.content);
    } catch (error) {
      const requestId = currentRequest()?.requestId ?? 'none';
      logger.error(
        `request ${requestId}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
      );
      if (res.sent) return res.raw.destroy();
      return refuse(res, 500, 'INTERNAL', { requestId });
    }
  };
  // Files are sent as they are: attachments and workbooks are compressed formats already.
  (app.getHttpAdapter().getInstance() as FastifyInstance).get(`${path}/:id`, { compress: false }, handler);
}
