import type { INestApplication } from '@nestjs/common';
import { can, type App, type PermissionName } from '@gridbridge/shared';
import { registerDownload } from '../../common/file-download.js';
import { SessionService } from '../auth/index.js';
import { API_PATHS } from '../../graphql/graphql-options.js';
import { AttachmentsService } from './attachments.service.js';

/** Who may download attachments on each API: those who read or upload cases there. */
const READERS: Record<App, PermissionName> = {
  PORTAL: 'case.report',
  ADMIN: 'case.read',
};

/** Where each API serves an attachment's file (docs/security.md, "Attachments"). */
export const attachmentPath = (api: App) => `${API_PATHS[api]}/attachments`;

/**
 * `GET /graphql/portal/attachments/:id` and `GET /graphql/admin/attachments/:id`: one
 * attachment, scoped like the case lists; every other role, id or case answers the same 404.
 */
export function registerAttachmentDownloads(app: INestApplication): void {
  const attachments = app.get(AttachmentsService);
  for (const api of ['PORTAL', 'ADMIN'] as const) {
    registerDownload(app, app.get(SessionService), api, attachmentPath(api), async (viewer, id) =>
      can(viewer.roles, READERS[api]) ? attachments.download(viewer, id) : null,
    );
  }
}
