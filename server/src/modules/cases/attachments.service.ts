import { inflateSync } from 'node:zlib';
import { Injectable, type OnModuleInit } from '@nestjs/common';
import { isUUID } from 'class-validator';
import { fileTypeFromBuffer } from 'file-type';
import sharp from 'sharp';
import { DataSource, type EntityManager } from 'typeorm';
import { ATTACHMENT_MIME_TYPES, type AttachmentMimeType } from '@gridbridge/shared';
import { AppError } from '../../common/app-error.js';
import type { Viewer } from '../../common/gql-context.js';
import { Clock } from '../../common/clock.js';
import type { DownloadFile } from '../../common/file-download.js';
import { Env } from '../../config/env.js';
import { JobRunner } from '../../common/job-runner.service.js';
import {
  bytes,
  decodeAffected,
  decodeRows,
  int,
  nullable,
  oneOf,
  text,
  timestamp,
} from '../../database/rows.js';
import { caseScope, sqlParams } from './case-scope.js';
import type { AttachmentType } from './cases.types.js';

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;
const IMAGE_TYPES: readonly string[] = ['image/jpeg', 'image/png', 'image/webp', 'image/gif'];
/** Uploads never attached to a case (an abandoned draft) are deleted after this long. */
export const UNBOUND_UPLOAD_DAYS = 7;
/** The background job that deletes them, hourly. */
export const PURGE_UPLOADS_QUEUE = 'purge-uploads';

/** How ATTACHMENT_COLUMNS come back: the one check of an attachment row. */
export const ATTACHMENT_FIELDS = {
  id: text,
  caseId: nullable(text),
  // bigint: the driver gives it as a string.
  eventId: nullable(text),
  fileName: text,
  mimeType: text,
  size: int,
  createdAt: timestamp,
  thumbnail: nullable(text),
};

export const ATTACHMENT_COLUMNS = `id, case_id AS "caseId", event_id AS "eventId", file_name AS "fileName",
  mime_type AS "mimeType", size, created_at AS "createdAt",
  CASE WHEN thumbnail IS NULL THEN NULL ELSE 'data:image/webp;base64,' || encode(thumbnail, 'base64') END AS "thumbnail"`;

/**
 * Attachments (docs/lifecycle-and-deadlines.md#cases, docs/roles-and-scope.md#sign-in-and-sessions): the type comes from the bytes (magic numbers), never from the
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
    return decodeAffected(
      await this.db.query(
        `DELETE FROM case_attachment WHERE case_id IS NULL AND NOT kept AND created_at < $2::timestamptz - make_interval(days => $1)`,
        [UNBOUND_UPLOAD_DAYS, this.clock.now()],
      ),
    );
  }

  /**
   * Stores an upload of the viewer's, unbound: a case takes it (`bind`) or another domain keeps
   * it (`keep`), else the purge deletes it. `imagesOnly` is for photo fields (an inspection
   * record's), which refuse a PDF or an office document that the case attachments accept.
   */
  async upload(
    viewer: Viewer,
    fileName: string,
    contentBase64: string,
    options: { imagesOnly?: boolean } = {},
  ): Promise<AttachmentType> {
    const name = cleanFileName(fileName);
    if (!name) throw AppError.validation({ field: 'fileName', rule: 'fileName' });
    const received = this.#decode(contentBase64);
    const mimeType = await this.#detect(received);
    if (options.imagesOnly && !IMAGE_TYPES.includes(mimeType)) {
      throw AppError.validation({
        field: 'contentBase64',
        rule: 'imageOnly',
        params: { detected: mimeType },
      });
    }
    if (mimeType === 'application/pdf' && pdfHasActiveContent(received)) {
      throw AppError.validation({ field: 'contentBase64', rule: 'activeContent' });
    }
    // Images are stored re-encoded: whatever rode along after the picture (HTML, a ZIP) is gone.
    const content = IMAGE_TYPES.includes(mimeType) ? await reencodeImage(received, mimeType) : received;
    const thumbnail = IMAGE_TYPES.includes(mimeType) ? await this.#thumbnail(content) : null;
    const now = this.clock.now();
    return this.db.transaction(async (manager) => {
      // One upload at a time per account, so that parallel requests cannot overrun the quota.
      await manager.query(`SELECT pg_advisory_xact_lock(hashtext('unbound-upload:' || $1))`, [viewer.userId]);
      await this.#checkQuota(manager, viewer, content.length, now);
      const [row] = decodeRows(
        await manager.query(
          `INSERT INTO case_attachment (uploader_id, file_name, mime_type, size, content, thumbnail, created_at)
           VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING ${ATTACHMENT_COLUMNS}`,
          [viewer.userId, name, mimeType, content.length, content, thumbnail, now],
        ),
        ATTACHMENT_FIELDS,
      );
      return row;
    });
  }

  /**
   * Uploads no case has taken yet are capped per account over the last hour, in count and in
   * bytes: they are kept for UNBOUND_UPLOAD_DAYS whether used or not. Over the cap is a
   * VALIDATION on the file, saying the caps and in how many minutes the oldest upload counted
   * leaves the window.
   */
  async #checkQuota(manager: EntityManager, viewer: Viewer, size: number, now: Date): Promise<void> {
    const [usage] = decodeRows(
      await manager.query(
        `SELECT count(*)::int AS files, coalesce(sum(size), 0)::bigint AS bytes,
            ceil(extract(epoch FROM min(created_at) + interval '1 hour' - $2::timestamptz))::int AS "retryAfter"
         FROM case_attachment
         WHERE uploader_id = $1 AND case_id IS NULL AND created_at > $2::timestamptz - interval '1 hour'`,
        [viewer.userId, now],
      ),
      // bigint: the driver gives the byte total as a string.
      { files: int, bytes: text, retryAfter: nullable(int) },
    );
    if (
      usage.files + 1 > this.env.UNBOUND_UPLOAD_MAX_PER_HOUR ||
      Number(usage.bytes) + size > this.env.UNBOUND_UPLOAD_MAX_BYTES_PER_HOUR
    ) {
      throw AppError.validation({
        field: 'contentBase64',
        rule: 'uploadQuota',
        params: {
          files: this.env.UNBOUND_UPLOAD_MAX_PER_HOUR,
          megabytes: Math.round((this.env.UNBOUND_UPLOAD_MAX_BYTES_PER_HOUR / 1024 / 1024) * 10) / 10,
          minutes: Math.max(1, Math.ceil((usage.retryAfter ?? 1) / 60)),
        },
      });
    }
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
    const bound = decodeAffected(
      await manager.query(
        `UPDATE case_attachment SET case_id = $1, event_id = $2
         WHERE id = ANY($3::uuid[]) AND uploader_id = $4 AND case_id IS NULL AND NOT kept`,
        [caseId, eventId, unique, viewer.userId],
      ),
    );
    if (bound !== unique.length)
      throw AppError.validation({ field: 'attachmentIds', rule: 'notAllowedHere' });
  }

  /**
   * Keeps the viewer's own unbound uploads for another domain (a visit's photos, an inspection
   * record's): no longer purged, never bound to a case. Refuses the lot, like `bind`, when any of
   * them is someone else's or already used.
   */
  async keep(manager: EntityManager, viewer: Viewer, ids: string[]): Promise<void> {
    const unique = [...new Set(ids)];
    if (unique.length === 0) return;
    const kept = decodeAffected(
      await manager.query(
        `UPDATE case_attachment SET kept = true
         WHERE id = ANY($1::uuid[]) AND uploader_id = $2 AND case_id IS NULL AND NOT kept`,
        [unique, viewer.userId],
      ),
    );
    if (kept !== unique.length) throw AppError.validation({ field: 'photoIds', rule: 'notAllowedHere' });
  }

  /** Name and preview of attachments, by id (the caller has checked the viewer may see them). */
  async previews(ids: string[]): Promise<{ id: string; fileName: string; thumbnail: string | null }[]> {
    if (ids.length === 0) return [];
    return decodeRows(
      await this.db.query(
        `SELECT id, file_name AS "fileName",
           CASE WHEN thumbnail IS NULL THEN NULL ELSE 'data:image/webp;base64,' || encode(thumbnail, 'base64') END AS "thumbnail"
         FROM case_attachment WHERE id = ANY($1::uuid[]) ORDER BY created_at, id`,
        [ids],
      ),
      { id: text, fileName: text, thumbnail: nullable(text) },
    );
  }

  /**
   * The file for a download: an upload still unbound is its uploader's alone; a bound one is
   * visible to whoever's case scope (the SQL of the case lists) holds its case. Null for an
   * unknown or malformed id and for one out of scope alike. Images go out re-encoded, so that
   * whatever a stored file carries after the picture (a row older than re-encoding on upload)
   * never reaches the browser.
   */
  async download(viewer: Viewer, id: string): Promise<DownloadFile | null> {
    if (!isUUID(id)) return null;
    const { params, add } = sqlParams([id, viewer.userId]);
    const [row] = decodeRows(
      await this.db.query(
        `SELECT a.file_name AS "fileName", a.mime_type AS "mimeType", a.content
           FROM case_attachment a LEFT JOIN case_file c ON c.id = a.case_id
          WHERE a.id = $1
            AND ((a.case_id IS NULL AND a.uploader_id = $2) OR (a.case_id IS NOT NULL AND ${caseScope(viewer, add)}))`,
        params,
      ),
      { fileName: text, mimeType: oneOf(ATTACHMENT_MIME_TYPES), content: bytes },
    );
    if (!row) return null;
    if (!IMAGE_TYPES.includes(row.mimeType)) {
      return { fileName: row.fileName, contentType: row.mimeType, content: row.content };
    }
    return {
      fileName: row.fileName,
      contentType: row.mimeType,
      content: await reencodeImage(row.content, row.mimeType),
      inline: true,
    };
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

  async #detect(content: Buffer): Promise<AttachmentMimeType> {
    const detected = await fileTypeFromBuffer(content);
    // Word 97–2003 and Excel 97–2003 are OLE compound files, the same container as an .msi
    // installer or a macro-laden file: refused outright, whatever the name says.
    if (detected?.mime === 'application/x-cfb') {
      throw AppError.validation({ field: 'contentBase64', rule: 'legacyOffice' });
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

/** Decodes and encodes a picture again in its own format; metadata (EXIF, GPS) and trailers are dropped. */
export async function reencodeImage(content: Buffer, mimeType: AttachmentMimeType): Promise<Buffer> {
  try {
    const image = sharp(content, {
      limitInputPixels: 50_000_000,
      animated: mimeType === 'image/gif',
    }).rotate();
    switch (mimeType) {
      case 'image/jpeg':
        return await image.jpeg({ quality: 90 }).toBuffer();
      case 'image/webp':
        return await image.webp({ quality: 90 }).toBuffer();
      case 'image/gif':
        return await image.gif().toBuffer();
      default:
        return await image.png().toBuffer();
    }
  } catch {
    throw AppError.validation({
      field: 'contentBase64',
      rule: 'fileType',
      params: { detected: 'corrupt image' },
    });
  }
}

/** Longest file name kept, in characters (the extension included). */
const FILE_NAME_MAX = 120;
// Control characters (C0, DEL, C1), bidirectional marks and overrides, zero-width characters.
// eslint-disable-next-line no-control-regex
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g;
/** Characters Windows refuses in names, and markup. */
const RESERVED = /[<>:"|?*`]/g;

/**
 * The name an upload is stored and shown under: NFC, the last path segment only, without
 * control characters, bidi overrides, markup or leading dots, whitespace collapsed, at most
 * FILE_NAME_MAX characters with the extension kept. Empty means nothing usable was left.
 */
export function cleanFileName(raw: string): string {
  const base = raw.normalize('NFC').replace(INVISIBLE, ' ').split(/[/\\]/).pop() ?? '';
  const name = base
    .replace(RESERVED, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[.\s]+/, '');
  const chars = [...name];
  if (chars.length <= FILE_NAME_MAX) return name;
  const dot = name.lastIndexOf('.');
  const extension = dot > 0 && name.length - dot <= 10 ? [...name.slice(dot)] : [];
  return (
    chars
      .slice(0, FILE_NAME_MAX - extension.length)
      .join('')
      .trimEnd() + extension.join('')
  ).trim();
}

/** Names in a PDF whose presence means it would run, launch or carry something. */
const PDF_ACTIVE =
  /\/(JavaScript|JS|Launch|EmbeddedFile|EmbeddedFiles|AA|RichMedia|XFA|SubmitForm|ImportData|GoToE)(?![A-Za-z0-9])/;
const PDF_STREAM_MAX = 20 * 1024 * 1024;

/**
 * Whether a PDF holds JavaScript, a launch or other automatic action, or embedded files: the
 * raw bytes are searched, and so are the deflated streams (object streams can hide the
 * dictionaries), with `#xx` escapes in names undone.
 */
export function pdfHasActiveContent(pdf: Buffer): boolean {
  const found = (bytes: Buffer) => PDF_ACTIVE.test(unescapePdfNames(bytes.toString('latin1')));
  if (found(pdf)) return true;
  let budget = PDF_STREAM_MAX;
  const text = pdf.toString('latin1');
  const streams = /stream\r?\n/g;
  for (let match = streams.exec(text); match; match = streams.exec(text)) {
    const start = match.index + match[0].length;
    const end = text.indexOf('endstream', start);
    if (end < 0) break;
    try {
      const inflated = inflateSync(pdf.subarray(start, end), { maxOutputLength: budget });
      budget -= inflated.length;
      if (found(inflated)) return true;
    } catch (error) {
      // Too much to inspect (a deflate bomb) is refused; a stream that is not deflated had
      // its raw bytes searched already.
      if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') return true;
    }
    streams.lastIndex = end;
  }
  return false;
}

function unescapePdfNames(text: string): string {
  return text.replace(/\/[^\s/<>[\]()]+/g, (name) =>
    name.replace(/#([0-9A-Fa-f]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))),
  );
}
