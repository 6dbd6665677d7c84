import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import {
  SUPERVISION_KIND_CODES,
  SUPERVISION_LEVELS,
  SUPERVISION_LEVEL_CODES,
  WARNING_COLOUR_CODES,
  WARNING_STEP_CODES,
  rolesWith,
} from '@gridbridge/shared';
import { AppError } from '../../common/app-error.js';
import { Clock } from '../../common/clock.js';
import type { Viewer } from '../../common/gql-context.js';
import { decodeCursor, encodeCursor, pageSize } from '../../common/keyset.js';
import { decodeChangedRows, decodeRows, int, nullable, oneOf, text, timestamp } from '../../database/rows.js';
import { CalendarService } from '../calendar/index.js';
import {
  CaseTransitions,
  invalidTransition,
  sqlParams,
  type CaseType,
  type StepContext,
} from '../cases/index.js';
import { NotificationsService, type Notice } from '../notifications/index.js';
import type {
  CaseSupervisionPageType,
  CaseSupervisionType,
  SuperviseCaseInput,
  SupervisionDepartmentCountType,
  SupervisionFilter,
  SupervisionItemType,
  SupervisionPageType,
} from './supervision.types.js';

const ITEM_FIELDS = {
  id: text,
  kind: oneOf(SUPERVISION_KIND_CODES),
  step: nullable(oneOf(WARNING_STEP_CODES)),
  colour: nullable(oneOf(WARNING_COLOUR_CODES)),
  reason: nullable(text),
  deadline: nullable(timestamp),
  raisedAt: timestamp,
  sortKey: text,
  caseId: nullable(text),
  trackingNo: nullable(text),
  caseTitle: nullable(text),
  caseState: nullable(text),
  suggestionId: nullable(text),
  suggestion: nullable(text),
  departmentId: nullable(text),
  departmentName: nullable(text),
  gridId: nullable(text),
  gridName: nullable(text),
};
// An item is a case's or a rectification suggestion's (docs/inspections.md#rectification).
const ITEM_SELECT = `i.id, i.kind, i.step, i.colour, i.reason, i.deadline, i.raised_at AS "raisedAt",
  i.sort_at::text AS "sortKey", i.case_id AS "caseId", c.tracking_no AS "trackingNo", c.title AS "caseTitle",
  c.state AS "caseState", i.suggestion_id AS "suggestionId", s.suggestion,
  i.department_id AS "departmentId", d.name AS "departmentName", i.grid_id AS "gridId", g.name AS "gridName"`;
const ITEM_FROM = `supervision_item i LEFT JOIN case_file c ON c.id = i.case_id
  LEFT JOIN rectification_suggestion s ON s.id = i.suggestion_id
  LEFT JOIN department d ON d.id = i.department_id LEFT JOIN grid g ON g.id = i.grid_id`;

const SUPERVISION_FIELDS = {
  id: text,
  caseId: text,
  trackingNo: text,
  caseTitle: text,
  departmentId: text,
  departmentName: text,
  level: oneOf(SUPERVISION_LEVEL_CODES),
  note: text,
  dueDate: timestamp,
  issuedAt: timestamp,
  issuedKey: text,
  issuedByName: text,
  acknowledgedAt: nullable(timestamp),
  acknowledgedByName: nullable(text),
  acknowledgeNote: nullable(text),
};
const SUPERVISION_SELECT = `s.id, s.case_id AS "caseId", c.tracking_no AS "trackingNo", c.title AS "caseTitle",
  s.department_id AS "departmentId", d.name AS "departmentName", s.level, s.note, s.deadline AS "dueDate",
  s.issued_at AS "issuedAt", s.issued_at::text AS "issuedKey", s.issued_by_name AS "issuedByName",
  s.acknowledged_at AS "acknowledgedAt", s.acknowledged_by_name AS "acknowledgedByName",
  s.acknowledge_note AS "acknowledgeNote"`;
const SUPERVISION_FROM = `case_supervision s JOIN case_file c ON c.id = s.case_id JOIN department d ON d.id = s.department_id`;

/**
 * The supervision board 督查台 and the office's 督办 and 催办 (docs/supervision.md). The board is
 * the office's: every item of every department. A department reads only the 督办 issued to it.
 */
@Injectable()
export class SupervisionService {
  constructor(
    private readonly db: DataSource,
    private readonly clock: Clock,
    private readonly calendar: CalendarService,
    private readonly transitions: CaseTransitions,
    private readonly notifications: NotificationsService,
  ) {}

  /** The filters as SQL, each served by an index on (filter, sort_at, id). */
  #conditions(filter: SupervisionFilter, add: (value: unknown) => string, skipDepartment = false): string[] {
    const where: string[] = [];
    if (filter.departmentId && !skipDepartment) where.push(`i.department_id = ${add(filter.departmentId)}`);
    if (filter.gridId) where.push(`i.grid_id = ${add(filter.gridId)}`);
    if (filter.kind) where.push(`i.kind = ${add(filter.kind)}`);
    if (filter.colour) where.push(`i.colour = ${add(filter.colour)}`);
    if (filter.from) where.push(`i.raised_at >= ${add(filter.from)}`);
    if (filter.to) where.push(`i.raised_at < ${add(filter.to)}`);
    return where;
  }

  /** The board, most overdue first (earliest deadline; a detection by when it was raised), in keyset pages. */
  async board(filter: SupervisionFilter, first: number, after: string | null): Promise<SupervisionPageType> {
    const size = pageSize(first);
    const cursor = decodeCursor(after, ['timestamp', 'uuid']);
    const { params, add } = sqlParams([]);
    const where = this.#conditions(filter, add);
    if (cursor) where.push(`(i.sort_at, i.id) > (${add(cursor[0])}::timestamptz, ${add(cursor[1])}::uuid)`);
    const rows = decodeRows(
      await this.db.query(
        `SELECT ${ITEM_SELECT} FROM ${ITEM_FROM}
          ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
          ORDER BY i.sort_at, i.id LIMIT ${add(size + 1)}`,
        params,
      ),
      ITEM_FIELDS,
    );
    const now = this.clock.now();
    const calendar = await this.calendar.current();
    const items: SupervisionItemType[] = rows.slice(0, size).map(({ sortKey: _key, ...row }) => ({
      ...row,
      overdueWorkingDays:
        row.deadline && row.deadline < now
          ? calendar.workingDaysBetween(row.deadline, now)
          : row.deadline
            ? 0
            : null,
    }));
    const last = rows[size - 1];
    return { items, nextCursor: rows.length > size ? encodeCursor([last.sortKey, last.id]) : null };
  }

  /** The board's items per department, under the same filters (the department filter aside), most red first. */
  async countsByDepartment(filter: SupervisionFilter): Promise<SupervisionDepartmentCountType[]> {
    const { params, add } = sqlParams([]);
    const where = this.#conditions(filter, add, true);
    return decodeRows(
      await this.db.query(
        `SELECT i.department_id AS "departmentId", d.name AS "departmentName", count(*)::int AS total,
                count(*) FILTER (WHERE i.colour = 'RED')::int AS red,
                count(*) FILTER (WHERE i.colour = 'YELLOW')::int AS yellow,
                count(*) FILTER (WHERE i.kind = 'INACTION')::int AS inaction,
                count(*) FILTER (WHERE i.kind = 'SLOW_ACTION')::int AS "slowAction",
                count(*) FILTER (WHERE i.kind = 'WRONG_ACTION')::int AS "wrongAction",
                count(*) FILTER (WHERE i.kind = 'COMPLAINT')::int AS complaint
           FROM supervision_item i LEFT JOIN department d ON d.id = i.department_id
          ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
          GROUP BY i.department_id, d.name
          ORDER BY red DESC, total DESC, d.name NULLS FIRST`,
        params,
      ),
      {
        departmentId: nullable(text),
        departmentName: nullable(text),
        total: int,
        red: int,
        yellow: int,
        inaction: int,
        slowAction: int,
        wrongAction: int,
        complaint: int,
      },
    );
  }

  /** The department a 督办 or 催办 goes to: the case's lead. */
  #lead(step: StepContext) {
    const lead = step.assignments.find((a) => a.role === 'LEAD');
    if (!lead) throw invalidTransition(step.current.state, 'supervise');
    return lead;
  }

  async #departmentUsers(manager: EntityManager, departmentId: string): Promise<string[]> {
    return decodeRows(
      await manager.query(
        `SELECT id FROM app_user WHERE active AND department_id = $1 AND roles && $2::text[]`,
        [departmentId, rolesWith('case.handle')],
      ),
      { id: text },
    ).map((u) => u.id);
  }

  /** 督办: on the timeline, a notice to the lead department and the office, and a row the department acknowledges. */
  async supervise(viewer: Viewer, id: string, version: number, input: SuperviseCaseInput): Promise<CaseType> {
    const note = input.note.trim();
    if (input.dueDate.getTime() <= this.clock.now().getTime()) {
      throw AppError.validation({ field: 'dueDate', rule: 'notInFuture' });
    }
    let departmentId = '';
    return this.transitions.run({
      caseId: id,
      version,
      action: 'supervise',
      viewer,
      internalNote: note,
      details: (step) => {
        departmentId = this.#lead(step).departmentId;
        return { level: input.level, dueDate: input.dueDate.toISOString(), departmentId };
      },
      alongside: async (manager, current, _eventId, step) => {
        await manager.query(
          `INSERT INTO case_supervision (case_id, department_id, level, note, deadline, issued_at, issued_by, issued_by_name)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
          [
            current.id,
            this.#lead(step).departmentId,
            input.level,
            note,
            input.dueDate,
            step.now,
            viewer.userId,
            viewer.displayName,
          ],
        );
      },
      notices: async (manager, updated) => [
        this.#notice(
          'CASE_SUPERVISED',
          [...(await this.#departmentUsers(manager, departmentId)), ...(await this.#office(manager))],
          updated,
          {
            level: SUPERVISION_LEVELS[input.level]['zh-CN'],
            levelEn: SUPERVISION_LEVELS[input.level].en,
            deadline: shanghaiDate(input.dueDate),
            note,
          },
        ),
      ],
    });
  }

  /** 催办: on the timeline and a notice to the lead department. */
  async urge(viewer: Viewer, id: string, version: number, noteText: string): Promise<CaseType> {
    const note = noteText.trim();
    let departmentId = '';
    return this.transitions.run({
      caseId: id,
      version,
      action: 'urge',
      viewer,
      internalNote: note,
      details: (step) => {
        departmentId = this.#lead(step).departmentId;
        return { departmentId };
      },
      notices: async (manager, updated) => [
        this.#notice('CASE_URGED', await this.#departmentUsers(manager, departmentId), updated, { note }),
      ],
    });
  }

  /** The department acknowledges the 督办 issued to it; the office is told. */
  async acknowledge(viewer: Viewer, id: string, version: number, noteText: string | null): Promise<CaseType> {
    const note = noteText?.trim() || null;
    let departmentName = '';
    return this.transitions.run({
      caseId: id,
      version,
      action: 'acknowledgeSupervision',
      viewer,
      internalNote: note,
      alongside: async (manager, current, _eventId, step) => {
        const acknowledged = decodeChangedRows(
          await manager.query(
            `UPDATE case_supervision s SET acknowledged_at = $3, acknowledged_by_name = $4, acknowledge_note = $5
                FROM department d
               WHERE s.case_id = $1 AND s.department_id = $2 AND s.acknowledged_at IS NULL AND d.id = s.department_id
               RETURNING d.name`,
            [current.id, viewer.departmentId, step.now, viewer.displayName, note],
          ),
          { name: text },
        );
        if (acknowledged.length === 0)
          throw AppError.validation({ field: 'supervision', rule: 'nothingToAcknowledge' });
        departmentName = acknowledged[0].name;
      },
      notices: async (manager, updated) => [
        this.#notice('CASE_SUPERVISION_ACKNOWLEDGED', await this.#office(manager), updated, {
          department: departmentName,
          note: note ?? '',
        }),
      ],
    });
  }

  /** A case's 督办: the office sees all of them, a department those issued to it. */
  async ofCase(viewer: Viewer, caseId: string): Promise<CaseSupervisionType[]> {
    const { params, add } = sqlParams([caseId]);
    const scope = officeViewer(viewer) ? 'TRUE' : `s.department_id = ${add(viewer.departmentId)}`;
    return decodeRows(
      await this.db.query(
        `SELECT ${SUPERVISION_SELECT} FROM ${SUPERVISION_FROM} WHERE s.case_id = $1 AND ${scope}
          ORDER BY s.issued_at DESC, s.id`,
        params,
      ),
      SUPERVISION_FIELDS,
    ).map(({ issuedKey: _key, ...row }) => row);
  }

  /** The 督办 the viewer's department has not acknowledged yet, oldest first (keyset pages). */
  async pendingForDepartment(
    viewer: Viewer,
    first: number,
    after: string | null,
  ): Promise<CaseSupervisionPageType> {
    const size = pageSize(first);
    const cursor = decodeCursor(after, ['timestamp', 'uuid']);
    if (!viewer.departmentId) return { items: [], nextCursor: null };
    const { params, add } = sqlParams([viewer.departmentId]);
    const keyset = cursor
      ? `AND (s.issued_at, s.id) > (${add(cursor[0])}::timestamptz, ${add(cursor[1])}::uuid)`
      : '';
    const rows = decodeRows(
      await this.db.query(
        `SELECT ${SUPERVISION_SELECT} FROM ${SUPERVISION_FROM}
          WHERE s.department_id = $1 AND s.acknowledged_at IS NULL ${keyset}
          ORDER BY s.issued_at, s.id LIMIT ${add(size + 1)}`,
        params,
      ),
      SUPERVISION_FIELDS,
    );
    const last = rows[size - 1];
    return {
      items: rows.slice(0, size).map(({ issuedKey: _key, ...row }) => row),
      nextCursor: rows.length > size ? encodeCursor([last.issuedKey, last.id]) : null,
    };
  }

  #office(manager: EntityManager): Promise<string[]> {
    return this.notifications.usersWithRoles(manager, rolesWith('case.triage'));
  }

  #notice(event: Notice['event'], userIds: string[], c: CaseType, extra: Record<string, string>): Notice {
    return { event, userIds, params: { trackingNo: c.trackingNo, title: c.title, ...extra } };
  }
}

const officeViewer = (viewer: Viewer) => rolesWith('case.triage').some((role) => viewer.roles.includes(role));

/** A date as Shanghai reads it (YYYY-MM-DD). */
function shanghaiDate(at: Date): string {
  return new Date(at.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
}
