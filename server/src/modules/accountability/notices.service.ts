import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { AppError, type FieldProblem } from '../../common/app-error.js';
import { Clock } from '../../common/clock.js';
import type { Viewer } from '../../common/gql-context.js';
import { decodeCursor, encodeCursor, pageSize } from '../../common/keyset.js';
import { bool, decodeRows, int, text, type FieldsOf } from '../../database/rows.js';
import { requiredText } from '../../common/validation.js';
import { AuditService } from '../audit/index.js';
import { NOTICE_FIELDS, NOTICE_ITEM_FIELDS, NOTICE_SOURCE_FIELDS } from './accountability-rows.js';
import type {
  AdminPublicNoticePage,
  AdminPublicNoticeType,
  PublicNoticeDraftType,
  PublicNoticeInput,
  PublicNoticeItemType,
  PublicNoticePage,
  PublicNoticeType,
} from './accountability.types.js';
import { composeNotice, noticeItem, redactNoticeText, type NoticeSource } from './notice-text.js';

const NOTICE_SELECT = `
  SELECT n.id, n.title, n.body, n.published_at AS "publishedAt", n.published_at::text AS "publishedKey",
         n.withdrawn_at AS "withdrawnAt", n.withdraw_reason AS "withdrawReason",
         n.redact_names AS "redactNames", n.redact_posts AS "redactPosts", n.redact_enterprises AS "redactEnterprises",
         ARRAY(SELECT nr.record_id::text FROM public_notice_record nr WHERE nr.notice_id = n.id ORDER BY nr.position)
           AS "recordIds",
         n.version
    FROM public_notice n`;

type NoticeRow = FieldsOf<typeof NOTICE_FIELDS>;

/**
 * Public notices 通报 (docs/supervision.md#public-notices): drafted from records, published with
 * the chosen details redacted in the stored text itself, read by anyone on the portal until
 * withdrawn. Publishing and withdrawing are audited.
 */
@Injectable()
export class NoticesService {
  constructor(
    private readonly db: DataSource,
    private readonly clock: Clock,
    private readonly audit: AuditService,
  ) {}

  /** The notice as it would be published: the proposed text where title or body is empty, redacted. */
  async draft(input: PublicNoticeInput): Promise<PublicNoticeDraftType> {
    const sources = await this.#sources(this.db.manager, input.recordIds);
    const composed = composeNotice(sources);
    return this.#redacted(
      input,
      sources,
      input.title.trim() || composed.title,
      input.body.trim() || composed.body,
    );
  }

  publish(viewer: Viewer, input: PublicNoticeInput): Promise<AdminPublicNoticeType> {
    return this.db.transaction(async (manager) => {
      const problems: FieldProblem[] = [];
      if (!input.title.trim()) problems.push({ field: 'title', rule: 'required' });
      if (!input.body.trim()) problems.push({ field: 'body', rule: 'required' });
      const sources = await this.#sources(manager, input.recordIds, problems);
      const redacted = this.#redacted(input, sources, input.title.trim(), input.body.trim());
      const [{ id }] = decodeRows(
        await manager.query(
          `INSERT INTO public_notice (title, body, redact_names, redact_posts, redact_enterprises, published_at, published_by_id)
           VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
          [
            redacted.title,
            redacted.body,
            input.redaction.names,
            input.redaction.posts,
            input.redaction.enterprises,
            this.clock.now(),
            viewer.userId,
          ],
        ),
        { id: text },
      );
      await manager.query(
        `INSERT INTO public_notice_record (notice_id, record_id, position)
         SELECT $1, record_id, position::int FROM unnest($2::uuid[]) WITH ORDINALITY AS u(record_id, position)`,
        [id, [...new Set(input.recordIds)]],
      );
      const after = await this.#adminOne(manager, id);
      await this.audit.recordChange(
        manager,
        viewer,
        'NOTICE_PUBLISHED',
        { type: 'public_notice', id },
        null,
        after,
      );
      return after;
    });
  }

  /** Takes a notice off the portal; the notice and its audit entries stay. */
  withdraw(viewer: Viewer, id: string, version: number, reason: string): Promise<AdminPublicNoticeType> {
    const why = requiredText('reason', reason, 500);
    return this.db.transaction(async (manager) => {
      const [row] = decodeRows(
        await manager.query(
          'SELECT version, withdrawn_at IS NOT NULL AS withdrawn FROM public_notice WHERE id = $1 FOR UPDATE',
          [id],
        ),
        { version: int, withdrawn: bool },
      );
      if (!row) throw new AppError('NOT_FOUND');
      if (row.version !== version) throw new AppError('CONFLICT');
      if (row.withdrawn) throw AppError.validation({ field: 'notice', rule: 'withdrawn' });
      const before = await this.#adminOne(manager, id);
      await manager.query(
        `UPDATE public_notice SET withdrawn_at = $2, withdrawn_by_id = $3, withdraw_reason = $4, version = version + 1
          WHERE id = $1`,
        [id, this.clock.now(), viewer.userId, why],
      );
      const after = await this.#adminOne(manager, id);
      await this.audit.recordChange(
        manager,
        viewer,
        'NOTICE_WITHDRAWN',
        { type: 'public_notice', id },
        before,
        after,
      );
      return after;
    });
  }

  /** The portal's list: notices not withdrawn, newest first. */
  async publicList(first: number, after: string | null): Promise<PublicNoticePage> {
    const { rows, nextCursor } = await this.#page(first, after, true);
    const items = await this.#items(rows);
    return { items: rows.map((row) => this.#public(row, items)), nextCursor };
  }

  /** One notice on the portal; a withdrawn one is NOT_FOUND there. */
  async publicOne(id: string): Promise<PublicNoticeType> {
    const rows = decodeRows(
      await this.db.query(`${NOTICE_SELECT} WHERE n.id = $1 AND n.withdrawn_at IS NULL`, [id]),
      NOTICE_FIELDS,
    );
    if (rows.length === 0) throw new AppError('NOT_FOUND');
    return this.#public(rows[0], await this.#items(rows));
  }

  /**
   * The notices published in [from, to) and still on the portal, oldest first, with their
   * records (the monthly report's 通报 section). At most `max`: a month has a handful.
   */
  async publishedBetween(from: Date, to: Date, max = 100): Promise<PublicNoticeType[]> {
    const rows = decodeRows(
      await this.db.query(
        `${NOTICE_SELECT}
          WHERE n.withdrawn_at IS NULL AND n.published_at >= $1 AND n.published_at < $2
          ORDER BY n.published_at, n.id
          LIMIT $3`,
        [from, to, max],
      ),
      NOTICE_FIELDS,
    );
    const items = await this.#items(rows);
    return rows.map((row) => this.#public(row, items));
  }

  /** The office's list: every notice, withdrawn ones too, newest first. */
  async adminList(first: number, after: string | null): Promise<AdminPublicNoticePage> {
    const { rows, nextCursor } = await this.#page(first, after, false);
    const items = await this.#items(rows);
    return { items: rows.map((row) => this.#admin(row, items)), nextCursor };
  }

  async #page(first: number, after: string | null, publicOnly: boolean) {
    const limit = pageSize(first);
    const cursor = decodeCursor(after, ['timestamp', 'uuid']);
    const rows = decodeRows(
      await this.db.query(
        `${NOTICE_SELECT}
          WHERE ($1::boolean IS FALSE OR n.withdrawn_at IS NULL)
            AND ($2::timestamptz IS NULL OR (n.published_at, n.id) < ($2::timestamptz, $3::uuid))
          ORDER BY n.published_at DESC, n.id DESC
          LIMIT $4`,
        [publicOnly, cursor?.[0] ?? null, cursor?.[1] ?? null, limit + 1],
      ),
      NOTICE_FIELDS,
    );
    const page = rows.slice(0, limit);
    const last = page[page.length - 1];
    return {
      rows: page,
      nextCursor: rows.length > limit ? encodeCursor([last.publishedKey, last.id]) : null,
    };
  }

  async #adminOne(manager: EntityManager, id: string): Promise<AdminPublicNoticeType> {
    const rows = decodeRows(await manager.query(`${NOTICE_SELECT} WHERE n.id = $1`, [id]), NOTICE_FIELDS);
    return this.#admin(rows[0], await this.#items(rows, manager));
  }

  /** The records of every notice of a page in one query, redacted as each notice chose. */
  async #items(rows: NoticeRow[], manager: EntityManager = this.db.manager) {
    const found = decodeRows(
      await manager.query(
        `SELECT nr.notice_id AS "noticeId", r.type, r.subject_kind AS "subjectKind", d.name AS "departmentName",
                r.official_name AS "officialName", r.official_post AS "officialPost",
                to_char(r.decided_on, 'YYYY-MM-DD') AS "decidedOn"
           FROM public_notice_record nr
           JOIN accountability_record r ON r.id = nr.record_id
           JOIN department d ON d.id = r.department_id
          WHERE nr.notice_id = ANY($1::uuid[])
          ORDER BY nr.notice_id, nr.position`,
        [rows.map((row) => row.id)],
      ),
      NOTICE_ITEM_FIELDS,
    );
    const redaction = new Map(
      rows.map((row) => [row.id, { names: row.redactNames, posts: row.redactPosts }]),
    );
    const byNotice = new Map<string, PublicNoticeItemType[]>();
    for (const item of found) {
      const list = byNotice.get(item.noticeId) ?? [];
      list.push(noticeItem(item, redaction.get(item.noticeId)!));
      byNotice.set(item.noticeId, list);
    }
    return byNotice;
  }

  #public(row: NoticeRow, items: Map<string, PublicNoticeItemType[]>): PublicNoticeType {
    return {
      id: row.id,
      title: row.title,
      body: row.body,
      publishedAt: row.publishedAt,
      items: items.get(row.id) ?? [],
    };
  }

  #admin(row: NoticeRow, items: Map<string, PublicNoticeItemType[]>): AdminPublicNoticeType {
    return {
      ...this.#public(row, items),
      redaction: { names: row.redactNames, posts: row.redactPosts, enterprises: row.redactEnterprises },
      recordIds: row.recordIds,
      withdrawnAt: row.withdrawnAt,
      withdrawReason: row.withdrawReason,
      version: row.version,
    };
  }

  #redacted(
    input: PublicNoticeInput,
    sources: NoticeSource[],
    title: string,
    body: string,
  ): PublicNoticeDraftType {
    return {
      title: redactNoticeText(title, sources, input.redaction),
      body: redactNoticeText(body, sources, input.redaction),
      items: sources.map((source) => noticeItem(source, input.redaction)),
    };
  }

  /** The records named, in the order given; an unknown one is a problem naming its position. */
  async #sources(
    manager: EntityManager,
    recordIds: string[],
    problems: FieldProblem[] = [],
  ): Promise<NoticeSource[]> {
    const ids = [...new Set(recordIds)];
    const rows = decodeRows(
      await manager.query(
        `SELECT r.id, r.subject_kind AS "subjectKind", d.name AS "departmentName", r.official_name AS "officialName",
                r.official_post AS "officialPost", r.type, r.reason, to_char(r.decided_on, 'YYYY-MM-DD') AS "decidedOn",
                r.decided_by AS "decidedBy",
                COALESCE((SELECT json_agg(json_build_object('trackingNo', c.tracking_no, 'enterpriseName', e.name)
                                          ORDER BY c.tracking_no)
                            FROM accountability_record_case rc
                            JOIN case_file c ON c.id = rc.case_id
                            JOIN enterprise e ON e.id = c.enterprise_id
                           WHERE rc.record_id = r.id), '[]'::json) AS cases
           FROM accountability_record r JOIN department d ON d.id = r.department_id
          WHERE r.id = ANY($1::uuid[])`,
        [ids],
      ),
      NOTICE_SOURCE_FIELDS,
    );
    const byId = new Map(rows.map((row) => [row.id, row]));
    const unknown = recordIds.findIndex((id) => !byId.has(id));
    if (unknown >= 0) problems.push({ field: `recordIds.${unknown}`, rule: 'notFound' });
    if (problems.length) throw AppError.validation(...problems);
    return ids.map((id) => byId.get(id)!);
  }
}
