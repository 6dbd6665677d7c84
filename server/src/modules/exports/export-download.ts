import { Logger, type INestApplication } from '@nestjs/common';
import type { Request, Response } from 'express';
import { ERROR_MESSAGES, formatMessage, type ErrorCode } from '@gridbridge/shared';
import { currentLocale, currentRequest } from '../../common/request-context.js';
import { SessionService } from '../auth/index.js';
import { EXPORT_DOWNLOAD_PATH, ExportsService } from './exports.service.js';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * `Content-Disposition` for a file name in any script: an ASCII fallback and the exact name as
 * RFC 5987 `filename*` (UTF-8, percent-encoded), which every current browser prefers.
 */
export function attachmentDisposition(fileName: string): string {
  const fallback = fileName.replace(/[^\x20-\x7e]|["\\%;]/g, '_');
  const encoded = encodeURIComponent(fileName).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}

const logger = new Logger('Exports');

/** A translated error in the shape the API's clients read. */
function refuse(res: Response, status: number, code: ErrorCode, params: Record<string, string> = {}): void {
  res.status(status).setHeader('cache-control', 'no-store');
  res.json({
    errors: [{ message: formatMessage(ERROR_MESSAGES[code][currentLocale()], params), extensions: { code } }],
  });
}

/**
 * `GET /graphql/admin/exports/:id`: the file of a READY export, for its owner alone (anyone else
 * gets the same 404 as for an id that does not exist). It lives under the admin API's path so
 * that the browser sends the admin session cookie, whose Path is that API's; registered on
 * Express before Nest initialises, it answers before Apollo's middleware sees the path.
 */
export function registerExportDownload(app: INestApplication): void {
  const sessions = app.get(SessionService);
  const exports = app.get(ExportsService);
  const handler = async (req: Request<{ id: string }>, res: Response) => {
    try {
      const { viewer, expired } = await sessions.resolve(req, 'ADMIN');
      if (!viewer) return refuse(res, 401, expired ? 'SESSION_EXPIRED' : 'UNAUTHENTICATED');
      const file = await exports.download(viewer, req.params.id);
      if (!file) return refuse(res, 404, 'NOT_FOUND');
      res.status(200);
      res.setHeader('content-type', XLSX_TYPE);
      res.setHeader('content-length', String(file.content.length));
      res.setHeader('content-disposition', attachmentDisposition(file.fileName));
      res.setHeader('x-content-type-options', 'nosniff');
      res.setHeader('cache-control', 'no-store');
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
  app.getHttpAdapter().get(`${EXPORT_DOWNLOAD_PATH}/:id`, handler);
}
