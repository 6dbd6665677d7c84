import { ATTACHMENT_MIME_TYPES } from '@gridbridge/shared';

// Attachments.

/** As on the portal: the server checks content and size again and decides. */
export const ATTACHMENT_MAX_BYTES = 5 * 1024 * 1024;
export const ATTACHMENT_MAX_COUNT = 9;
export const ATTACHMENT_ACCEPT = [...ATTACHMENT_MIME_TYPES, '.docx', '.xlsx', '.pdf'].join(',');

export function isImage(mimeType: string): boolean {
  return mimeType.startsWith('image/');
}

/** 1.2 MB, 340 KB, 12 B. */
export function formatSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} B`;
}
