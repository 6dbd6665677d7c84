import { Injectable, type OnModuleInit } from '@nestjs/common';
import { fileTypeFromBuffer } from 'file-type';
import sharp from 'sharp';
import { DataSource, type EntityManager } from 'typeorm';
import { ATTACHMENT_MIME_TYPES, type AttachmentMimeType } from '@gridbridge/shared';
import { AppError } from '../../common/app-error.js';
import type { Viewer } from '../../common/gql-context.js';
import { Clock } from '../../common/clock.js';
import { Env } from '../../config/env.js';
import { JobRunner } from '../jobs/job-runner.service.js';
import type { AttachmentType } from './cases.types.js';

/** Word 97–2003 and Excel 97–2003 files are OLE compound files; only the name tells them apart. */
const COMPOUND_FILE_TYPES: Record<string, AttachmentMimeType> = {
  doc: 'application/msword',
  xls: 'application/vnd.ms-excel',
};
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;
const IMAGE_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'image/gif'];
/** Uploads never attached to a case (an abandoned draft) are deleted after this long. */
export const UNBOUND_UPLOAD_DAYS = 7;
/** The background job that deletes them, hourly. */
export const PURGE_UPLOADS_QUEUE = 'purge-uploads';

export const ATTACHMENT_COLUMNS = `id, case_id AS "caseId", event_id AS "eventId", file_name AS "fileName",
  mime_type AS "mimeType", size, created_at AS "createdAt",
  CASE WHEN thumbnail IS NULL THEN NULL ELSE 'data:image/webp;base64,' || encode(thumbnail, 'base64') END AS "thumbnail"`;

/**
 * Attachments (SPEC §3, §8): the type comes from the bytes (magic numbers), never from the
 * name, and anything outside images, PDF, Word and Excel is refused before a byte is stored.
 */
@Injectable()
export class AttachmentsService implements OnModuleInit {
  constructor(
    private readonly db: DataSource,
    private readonly env: Env,
    private readonly clock: Clock,
    private readonly jobs: JobRunner,
  ) {}

  onModuleInit(): void {
    this.jobs.register({
      name: PURGE_UPLOADS_QUEUE,
      cron: '17 * * * *',
      retryLimit: 3,
      expireInSeconds: 600,
      run: async () => {
        await this.purgeUnbound();
      },
    });
  }

  /**
   * Deletes uploads that no case took within UNBOUND_UPLOAD_DAYS. Safe on every instance at
   * once: a second DELETE finds nothing. Answers how many went.
   */
  async purgeUnbound(): Promise<number> {
    const [, count]: [unknown, number] = await this.db.query(
      `DELETE FROM case_attachment WHERE case_id IS NULL AND created_at < $2::timestamptz - make_interval(days => $1)`,
      [UNBOUND_UPLOAD_DAYS, this.clock.now()],
    );
    return count;
  }

  async upload(viewer: Viewer, fileName: string, contentBase64: string): Promise<AttachmentType> {
    const content = this.#decode(contentBase64);
    const mimeType = await this.#detect(content, fileName);
    const thumbnail = IMAGE_TYPES.includes(mimeType) ? await this.#thumbnail(content) : null;
    const [row]: AttachmentType[] = await this.db.query(
      `INSERT INTO case_attachment (uploader_id, file_name, mime_type, size, content, thumbnail, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING ${ATTACHMENT_COLUMNS}`,
      [viewer.userId, fileName.trim(), mimeType, content.length, content, thumbnail, this.clock.now()],
    );
    return row;
  }

  /**
   * Binds the viewer's own, still unbound uploads to a case (and a timeline event); refuses
   * the lot when any of them is someone else's, already used, or one too many.
   */
  async bind(
    manager: EntityManager,
    viewer: Viewer,
    ids: string[],
    caseId: string,
    eventId: string | null,
  ): Promise<void> {
    const unique = [...new Set(ids)];
    if (unique.length === 0) return;
    if (unique.length > this.env.ATTACHMENT_MAX_COUNT) {
      throw AppError.validation({
        field: 'attachmentIds',
        rule: 'tooMany',
        params: { max: this.env.ATTACHMENT_MAX_COUNT },
      });
    }
    const [, bound]: [unknown, number] = await manager.query(
      `UPDATE case_attachment SET case_id = $1, event_id = $2
       WHERE id = ANY($3::uuid[]) AND uploader_id = $4 AND case_id IS NULL`,
      [caseId, eventId, unique, viewer.userId],
    );
    if (bound !== unique.length)
      throw AppError.validation({ field: 'attachmentIds', rule: 'notAllowedHere' });
  }

  /** The file itself, base64; `visibleCase` is the caller's scope check on the attachment's case. */
  async content(
    viewer: Viewer,
    id: string,
    visibleCase: (caseId: string) => Promise<boolean>,
  ): Promise<{ fileName: string; mimeType: string; contentBase64: string }> {
    const [row]: {
      caseId: string | null;
      uploaderId: string;
      fileName: string;
      mimeType: string;
      content: Buffer;
    }[] = await this.db.query(
      `SELECT case_id AS "caseId", uploader_id AS "uploaderId", file_name AS "fileName",
           mime_type AS "mimeType", content FROM case_attachment WHERE id = $1`,
      [id],
    );
    const allowed = row && (row.caseId ? await visibleCase(row.caseId) : row.uploaderId === viewer.userId);
    if (!allowed) throw new AppError('NOT_FOUND');
    return { fileName: row.fileName, mimeType: row.mimeType, contentBase64: row.content.toString('base64') };
  }

  #decode(contentBase64: string): Buffer {
    const text = contentBase64.replace(/\s/g, '');
    // Base64 is 4/3 of the bytes: refuse by length before decoding a huge string.
    if (text.length > Math.ceil(this.env.ATTACHMENT_MAX_BYTES / 3) * 4) throw this.#tooLarge();
    if (!BASE64.test(text) || text.length % 4 !== 0) {
      throw AppError.validation({ field: 'contentBase64', rule: 'invalid' });
    }
    const content = Buffer.from(text, 'base64');
    if (content.length === 0) throw AppError.validation({ field: 'contentBase64', rule: 'required' });
    if (content.length > this.env.ATTACHMENT_MAX_BYTES) throw this.#tooLarge();
    return content;
  }

  #tooLarge(): AppError {
    const max = Math.round((this.env.ATTACHMENT_MAX_BYTES / 1024 / 1024) * 10) / 10;
    return AppError.validation({ field: 'contentBase64', rule: 'fileTooLarge', params: { max } });
  }

  async #detect(content: Buffer, fileName: string): Promise<AttachmentMimeType> {
    const detected = await fileTypeFromBuffer(content);
    const extension = fileName.split('.').pop()?.toLowerCase() ?? '';
    if (detected?.mime === 'application/x-cfb' && COMPOUND_FILE_TYPES[extension]) {
      return COMPOUND_FILE_TYPES[extension];
    }
    if (detected && (ATTACHMENT_MIME_TYPES as readonly string[]).includes(detected.mime)) {
      return detected.mime as AttachmentMimeType;
    }
    throw AppError.validation({
      field: 'contentBase64',
      rule: 'fileType',
      params: { detected: detected?.mime ?? 'unknown' },
    });
  }

  async #thumbnail(content: Buffer): Promise<Buffer> {
    try {
      return await sharp(content, { limitInputPixels: 50_000_000 })
        .rotate()
        .resize(320, 320, { fit: 'inside', withoutEnlargement: true })
        .webp({ quality: 70 })
        .toBuffer();
    } catch {
      // The magic bytes said image but the picture does not decode: not an image after all.
      throw AppError.validation({
        field: 'contentBase64',
        rule: 'fileType',
        params: { detected: 'corrupt image' },
      });
    }
  }
}
