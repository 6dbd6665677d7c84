import type { INestApplication } from '@nestjs/common';
import { registerDownload } from '../../common/file-download.js';
import { SessionService } from '../auth/index.js';
import { EXPORT_DOWNLOAD_PATH, ExportsService } from './exports.service.js';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * `GET /graphql/admin/exports/:id`: the file of a READY export, for its owner alone (anyone else
 * gets the same 404 as for an id that does not exist).
 */
export function registerExportDownload(app: INestApplication): void {
  const exports = app.get(ExportsService);
  registerDownload(app, app.get(SessionService), 'ADMIN', EXPORT_DOWNLOAD_PATH, async (viewer, id) => {
    const file = await exports.download(viewer, id);
    return file && { fileName: file.fileName, contentType: XLSX_TYPE, content: file.content };
  });
}
