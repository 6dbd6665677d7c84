import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { ACCOUNTABILITY_TYPES, can, shanghaiDate, type FigurePeriod } from '@gridbridge/shared';
import { AppError, type FieldProblem } from '../../common/app-error.js';
import { Clock } from '../../common/clock.js';
import type { Viewer } from '../../common/gql-context.js';
import { decodeCursor, encodeCursor, pageSize } from '../../common/keyset.js';
import { decodeRows, int, text } from '../../database/rows.js';
import { AuditService } from '../audit/index.js';
import { NotificationsService } from '../notifications/index.js';
import { FIGURE_FIELDS, RECORD_FIELDS } from './accountability-rows.js';
import {
  type AccountabilityFiguresType,
  type AccountabilityRecordFilter,
  type AccountabilityRecordInput,
  type AccountabilityRecordPage,
  type AccountabilityRecordType,
} from './accountability.types.js';
import { accountabilityCandidates } from './candidates.js';
import { isBusinessDate } from '../../common/input-values.js';
import { periodLabels } from './periods.js';

/**
 * Who sees which records, as SQL on `r` with two parameters: `$1` whether the viewer is the office
 * (every record), `$2` the viewer's department. A department sees the records that name it — the
 * decision was served on it and it must act on it — and of their linked cases only those in its
 * own case scope (handled by it, and never a complaint about it: docs/roles-and-scope.md).
 */
const IN_SCOPE = `($1::boolean OR r.department_id = $2::uuid)`;
const CASE_IN_SCOPE = `($1::boolean OR (c.named_department_id IS DISTINCT FROM $2::uuid
  AND EXISTS (SELECT 1 FROM case_assignment a WHERE a.case_id = c.id AND a.department_id = $2::uuid)))`;

const RECORD_SELECT = `
  SELECT r.id, r.subject_kind AS "subjectKind", json_build_object('id', d.id, 'name', d.name) AS department,
         r.official_name AS "officialName", r.official_post AS "officialPost", r.type, r.reason,
         COALESCE((SELECT json_agg(json_build_object('id', c.id, 'trackingNo', c.tracking_no, 'title', c.title,
                                                     'enterpriseName', e.name) ORDER BY c.tracking_no)
                     FROM accountability_record_case rc
                     JOIN case_file c ON c.id = rc.case_id
                     JOIN enterprise e ON e.id = c.enterprise_id
                    WHERE rc.record_id = r.id AND ${CASE_IN_SCOPE}), '[]'::json) AS cases,
         to_char(r.decided_on, 'YYYY-MM-DD') AS "decidedOn", r.decided_by AS "decidedBy",
         (SELECT count(*) FROM public_notice_record nr JOIN public_notice n ON n.id = nr.notice_id
           WHERE nr.record_id = r.id AND n.withdrawn_at IS NULL)::int AS "publishedNotices",
         r.created_at AS "createdAt", r.updated_at AS "updatedAt", r.version
    FROM accountability_record r JOIN department d ON d.id = r.department_id`;

const PERIOD_SQL: Record<FigurePeriod, { unit: string; format: string }> = {
  MONTH: { unit: 'month', format: 'YYYY-MM' },
  QUARTER: { unit: 'quarter', format: 'YYYY-"Q"Q' },
  YEAR: { unit: 'year', format: 'YYYY' },
};
/** The longest range the figures count over: ten years of months is 120 bars. */
const MAX_FIGURE_YEARS = 10;

/** Accountability records 问责 and their figures (docs/supervision.md#accountability). */
@Injectable()
export class AccountabilityService {
  constructor(
    private readonly db: DataSource,
    private readonly clock: Clock,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
  ) {}

  /** Newest decision first, keyset-paginated on (decided_on, id), within the viewer's scope. */
  async list(
    viewer: Viewer,
    filter: AccountabilityRecordFilter,
    first: number,
    after: string | null,
  ): Promise<AccountabilityRecordPage> {
    const limit = pageSize(first);
    const cursor = decodeCursor(after, ['text', 'uuid']);
    if (cursor && !isBusinessDate(cursor[0])) throw AppError.validation({ field: 'after', rule: 'invalid' });
    const problems: FieldProblem[] = [];
    if (filter.from && !isBusinessDate(filter.from)) problems.push({ field: 'from', rule: 'invalid' });
    if (filter.to && !isBusinessDate(filter.to)) problems.push({ field: 'to', rule: 'invalid' });
    if (problems.length) throw AppError.validation(...problems);
    const rows = decodeRows(
      await this.db.query(
        `${RECORD_SELECT}
          WHERE ${IN_SCOPE}
            AND ($3::text IS NULL OR r.type = $3)
            AND ($4::text IS NULL OR r.subject_kind = $4)
            AND ($5::uuid IS NULL OR r.department_id = $5)
            AND ($6::date IS NULL OR r.decided_on >= $6)
            AND ($7::date IS NULL OR r.decided_on <= $7)
            AND ($8::date IS NULL OR (r.decided_on, r.id) < ($8::date, $9::uuid))
          ORDER BY r.decided_on DESC, r.id DESC
          LIMIT $10`,
        [
          ...this.#scope(viewer),
          filter.type ?? null,
          filter.subjectKind ?? null,
          filter.departmentId ?? null,
          filter.from ?? null,
          filter.to ?? null,
          cursor?.[0] ?? null,
          cursor?.[1] ?? null,
          limit + 1,
        ],
      ),
      RECORD_FIELDS,
    );
    const items = rows.slice(0, limit);
    const last = items[items.length - 1];
    return { items, nextCursor: rows.length > limit ? encodeCursor([last.decidedOn, last.id]) : null };
  }

  /** One record within the viewer's scope; NOT_FOUND outside it, as if it did not exist. */
  async one(
    viewer: Viewer,
    id: string,
    manager: EntityManager = this.db.manager,
  ): Promise<AccountabilityRecordType> {
    const [row] = decodeRows(
      await manager.query(`${RECORD_SELECT} WHERE ${IN_SCOPE} AND r.id = $3`, [...this.#scope(viewer), id]),
      RECORD_FIELDS,
    );
    if (!row) throw new AppError('NOT_FOUND');
    return row;
  }

  create(viewer: Viewer, input: AccountabilityRecordInput): Promise<AccountabilityRecordType> {
    return this.db.transaction(async (manager) => {
      const data = await this.#checked(manager, input);
      const [{ id }] = decodeRows(
        await manager.query(
          `INSERT INTO accountability_record (subject_kind, department_id, official_name, official_post, type,
                                              reason, decided_on, decided_by, created_by_id, created_at, updated_at)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $10) RETURNING id`,
          [
            data.subjectKind,
            data.departmentId,
            data.officialName,
            data.officialPost,
            data.type,
            data.reason,
            data.decidedOn,
            data.decidedBy,
            viewer.userId,
            this.clock.now(),
          ],
        ),
        { id: text },
      );
      await this.#writeCases(manager, id, data.caseIds);
      const after = await this.one(viewer, id, manager);
      await this.audit.recordChange(
        manager,
        viewer,
        'ACCOUNTABILITY_RECORDED',
        { type: 'accountability_record', id },
        null,
        after,
      );
      await this.#notifyDepartment(manager, after);
      return after;
    });
  }

  update(
    viewer: Viewer,
    id: string,
    input: AccountabilityRecordInput,
    version: number,
  ): Promise<AccountabilityRecordType> {
    return this.db.transaction(async (manager) => {
      const [current] = decodeRows(
        await manager.query('SELECT version FROM accountability_record WHERE id = $1 FOR UPDATE', [id]),
        { version: int },
      );
      if (!current) throw new AppError('NOT_FOUND');
      if (current.version !== version) throw new AppError('CONFLICT');
      const before = await this.one(viewer, id, manager);
      const data = await this.#checked(manager, input);
      await manager.query(
        `UPDATE accountability_record SET subject_kind = $2, department_id = $3, official_name = $4, official_post = $5,
                type = $6, reason = $7, decided_on = $8, decided_by = $9, updated_at = $10, version = version + 1
          WHERE id = $1`,
        [
          id,
          data.subjectKind,
          data.departmentId,
          data.officialName,
          data.officialPost,
          data.type,
          data.reason,
          data.decidedOn,
          data.decidedBy,
          this.clock.now(),
        ],
      );
      await manager.query('DELETE FROM accountability_record_case WHERE record_id = $1', [id]);
      await this.#writeCases(manager, id, data.caseIds);
      const after = await this.one(viewer, id, manager);
      await this.audit.recordChange(
        manager,
        viewer,
        'ACCOUNTABILITY_UPDATED',
        { type: 'accountability_record', id },
        before,
        after,
      );
      if (before.department.id !== after.department.id) await this.#notifyDepartment(manager, after);
      return after;
    });
  }

  /** The candidates of the admin app: red warnings now, late steps and rework in [from, to). */
  candidates(from: Date, to: Date, departmentId: string | null) {
    if (from.getTime() >= to.getTime()) throw AppError.validation({ field: 'to', rule: 'endsBeforeStart' });
    return accountabilityCandidates(this.db.manager, this.clock.now(), from, to, departmentId);
  }

  /** People (official records, 人次) and departments held accountable, by type and period of the decision date. */
  async figures(from: string, to: string, period: FigurePeriod): Promise<AccountabilityFiguresType> {
    const problems: FieldProblem[] = [];
    if (!isBusinessDate(from)) problems.push({ field: 'from', rule: 'invalid' });
    if (!isBusinessDate(to)) problems.push({ field: 'to', rule: 'invalid' });
    else if (isBusinessDate(from) && to < from) problems.push({ field: 'to', rule: 'endsBeforeStart' });
    else if (isBusinessDate(from) && Number(to.slice(0, 4)) - Number(from.slice(0, 4)) >= MAX_FIGURE_YEARS)
      problems.push({ field: 'to', rule: 'between', params: { min: 1, max: MAX_FIGURE_YEARS } });
    if (problems.length) throw AppError.validation(...problems);
    const { unit, format } = PERIOD_SQL[period];
    const rows = decodeRows(
      await this.db.query(
        `SELECT to_char(date_trunc('${unit}', r.decided_on), '${format}') AS period, r.type,
                count(*) FILTER (WHERE r.subject_kind = 'OFFICIAL')::int AS people,
                count(*) FILTER (WHERE r.subject_kind = 'DEPARTMENT')::int AS departments
           FROM accountability_record r
          WHERE r.decided_on BETWEEN $1::date AND $2::date
          GROUP BY 1, 2 ORDER BY 1, 2`,
        [from, to],
      ),
      FIGURE_FIELDS,
    );
    return {
      period,
      periods: periodLabels(from, to, period),
      rows,
      people: rows.reduce((sum, row) => sum + row.people, 0),
      departments: rows.reduce((sum, row) => sum + row.departments, 0),
    };
  }

  #scope(viewer: Viewer): [boolean, string | null] {
    const office = can(viewer.roles, 'accountability.office');
    return [office, office ? null : viewer.departmentId];
  }

  /** The input as stored, or every problem at once, each naming its field. */
  async #checked(manager: EntityManager, input: AccountabilityRecordInput) {
    const problems: FieldProblem[] = [];
    const official = input.subjectKind === 'OFFICIAL';
    const officialName = input.officialName?.trim() || null;
    const officialPost = input.officialPost?.trim() || null;
    if (official) {
      if (!officialName) problems.push({ field: 'officialName', rule: 'required' });
      if (!officialPost) problems.push({ field: 'officialPost', rule: 'required' });
    } else {
      if (officialName) problems.push({ field: 'officialName', rule: 'officialOnly' });
      if (officialPost) problems.push({ field: 'officialPost', rule: 'officialOnly' });
    }
    const [department] = decodeRows(
      await manager.query('SELECT id FROM department WHERE id = $1', [input.departmentId]),
      { id: text },
    );
    if (!department) problems.push({ field: 'departmentId', rule: 'notFound' });
    const reason = input.reason.trim();
    if (!reason) problems.push({ field: 'reason', rule: 'required' });
    const caseIds = [...new Set(input.caseIds)];
    const known = new Set(
      decodeRows(await manager.query('SELECT id FROM case_file WHERE id = ANY($1::uuid[])', [caseIds]), {
        id: text,
      }).map((row) => row.id),
    );
    const unknown = input.caseIds.findIndex((id) => !known.has(id));
    if (unknown >= 0) problems.push({ field: `caseIds.${unknown}`, rule: 'notFound' });
    if (!isBusinessDate(input.decidedOn)) problems.push({ field: 'decidedOn', rule: 'invalid' });
    else if (input.decidedOn > shanghaiDate(this.clock.now()))
      problems.push({ field: 'decidedOn', rule: 'inFuture' });
    const decidedBy = input.decidedBy.trim();
    if (!decidedBy) problems.push({ field: 'decidedBy', rule: 'required' });
    if (problems.length) throw AppError.validation(...problems);
    return {
      subjectKind: input.subjectKind,
      departmentId: input.departmentId,
      officialName: official ? officialName : null,
      officialPost: official ? officialPost : null,
      type: input.type,
      reason,
      caseIds,
      decidedOn: input.decidedOn,
      decidedBy,
    };
  }

  async #writeCases(manager: EntityManager, id: string, caseIds: string[]): Promise<void> {
    await manager.query(
      `INSERT INTO accountability_record_case (record_id, case_id) SELECT $1, unnest($2::uuid[])`,
      [id, caseIds],
    );
  }

  /** The department's leaders learn of a decision that names it (or one of its officials). */
  async #notifyDepartment(manager: EntityManager, record: AccountabilityRecordType): Promise<void> {
    const leaders = decodeRows(
      await manager.query(
        `SELECT id FROM app_user WHERE active AND department_id = $1 AND 'DEPT_LEADER' = ANY(roles)`,
        [record.department.id],
      ),
      { id: text },
    );
    const subject =
      record.subjectKind === 'OFFICIAL'
        ? `${record.department.name}${record.officialPost ?? ''}${record.officialName ?? ''}`
        : record.department.name;
    await this.notifications.notify(manager, {
      event: 'ACCOUNTABILITY_RECORDED',
      userIds: leaders.map((row) => row.id),
      params: {
        date: record.decidedOn,
        subject,
        type: ACCOUNTABILITY_TYPES[record.type]['zh-CN'],
        reason: record.reason.length > 100 ? `${record.reason.slice(0, 100)}…` : record.reason,
      },
    });
  }
}
