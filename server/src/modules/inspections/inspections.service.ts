import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { can, type InspectionFigure } from '@gridbridge/shared';
import { AppError } from '../../common/app-error.js';
import { Clock } from '../../common/clock.js';
import { violatedUnique } from '../../common/db-errors.js';
import { decodeCursor, encodeCursor, pageSize } from '../../common/keyset.js';
import type { Viewer } from '../../common/gql-context.js';
import { decodeAffected, decodeRows, int, nullable, text } from '../../database/rows.js';
import { AuditService } from '../audit/index.js';
import { CalendarService } from '../calendar/index.js';
import { AttachmentsService, AttachmentType, CasesService, deadlineOf, sqlParams } from '../cases/index.js';
import { enterpriseNameContains } from '../directory/index.js';
import {
  FIGURE_FIELDS,
  FINDING_FIELDS,
  FINDING_SELECT,
  RECORD_FIELDS,
  RECORD_SELECT,
  RECTIFICATION_FIELDS,
  RECTIFICATION_SELECT,
  TASK_FIELDS,
  TASK_SELECT,
  TEAM_FIELDS,
  TEAM_SELECT,
} from './inspection-rows.js';
import type {
  FindingCaseInput,
  InspectionFigureRowType,
  InspectionFiguresType,
  InspectionFindingInput,
  InspectionEnterprisePageType,
  InspectionFindingPageType,
  InspectionFindingType,
  InspectionPeriodInput,
  InspectionRecordInput,
  InspectionRecordPageType,
  InspectionRecordType,
  InspectionTaskInput,
  InspectionTaskPageType,
  InspectionTaskType,
  InspectionTeamInput,
  InspectionTeamType,
  RectificationReportInput,
  RectificationPageType,
  RectificationSuggestionInput,
  RectificationType,
} from './inspections.types.js';

/**
 * At most this many teams or inspectors: the district's 14 teams of 60 inspectors are short
 * lists that a page shows whole. Everything that grows (tasks, records, suggestions, the
 * findings behind a figure, the enterprise pick list) is read in keyset pages instead.
 */
const LIST_LIMIT = 500;
/**
 * The enterprises a finding (alias f) may become a case for, as a FROM clause with the alias e:
 * operating enterprises in the grid subtree its task inspects (grid_path holds every ancestor, an
 * indexed condition), or in the whole district when the task inspects a department, whose work
 * reaches enterprises anywhere. The pick list (findingEnterprises) applies the same rule with the
 * task's grid as a value.
 */
const FINDING_ENTERPRISES = `inspection_finding f
  JOIN inspection_record r ON r.id = f.record_id
  JOIN inspection_task t ON t.id = r.task_id
  JOIN enterprise e ON e.status = 'ACTIVE' AND (t.grid_id IS NULL OR e.grid_path @> ARRAY[t.grid_id])`;

/*
 * How the figures count (docs/inspections.md#figures). The conditions are SQL over the aliases
 * f (finding), s (its suggestion) and c (its case); the figures and their drill-down share them,
 * so a figure and its list of records can never disagree. $3 is "now" from the Clock.
 */
const SOLVED = `(f.outcome = 'SOLVED' OR s.state = 'ACCEPTED' OR c.state = 'CLOSED')`;
const SUGGESTED = `(f.outcome = 'SUGGESTION')`;
const ON_TIME = `(s.state = 'ACCEPTED' AND s.reported_at <= s.deadline)`;
const OVERDUE = `(s.id IS NOT NULL AND CASE WHEN s.reported_at IS NOT NULL THEN s.reported_at > s.deadline
                                            ELSE s.deadline < $3::timestamptz END)`;
const FIGURE_CONDITION: Record<InspectionFigure, string> = {
  FOUND: 'TRUE',
  SOLVED,
  SUGGESTED,
  ON_TIME,
  OVERDUE,
};

/**
 * Administrative inspections (docs/inspections.md): teams and tasks kept by the office leader,
 * inspectors' records and findings, and the rectification suggestions departments answer.
 */
@Injectable()
export class InspectionsService {
  constructor(
    private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly calendar: CalendarService,
    private readonly cases: CasesService,
    private readonly attachments: AttachmentsService,
    private readonly clock: Clock,
  ) {}

  // ---- Teams -------------------------------------------------------------------------------

  async teams(): Promise<InspectionTeamType[]> {
    return decodeRows(
      await this.db.query(`${TEAM_SELECT} ORDER BY tm.name, tm.id LIMIT ${LIST_LIMIT}`),
      TEAM_FIELDS,
    );
  }

  /** Users holding the INSPECTOR role, as the pick list of a team's members. */
  async inspectors(): Promise<{ id: string; displayName: string }[]> {
    return decodeRows(
      await this.db.query(
        `SELECT id, display_name AS "displayName" FROM app_user
          WHERE 'INSPECTOR' = ANY(roles) AND active ORDER BY display_name, id LIMIT ${LIST_LIMIT}`,
      ),
      { id: text, displayName: text },
    );
  }

  createTeam(viewer: Viewer, input: InspectionTeamInput): Promise<InspectionTeamType> {
    return this.db.transaction(async (manager) => {
      const data = await this.#checkedTeam(manager, input);
      const [{ id }] = decodeRows(
        await manager
          .query(
            `INSERT INTO inspection_team (name, leader_id, created_at, updated_at) VALUES ($1, $2, $3, $3) RETURNING id`,
            [data.name, data.leaderId, this.clock.now()],
          )
          .catch(nameTaken),
        { id: text },
      );
      await this.#writeMembers(manager, id, data.memberIds);
      const after = await this.#team(manager, id);
      await this.audit.recordChange(
        manager,
        viewer,
        'INSPECTION_TEAM_CREATED',
        { type: 'inspection_team', id },
        null,
        after,
      );
      return after;
    });
  }

  updateTeam(
    viewer: Viewer,
    id: string,
    input: InspectionTeamInput,
    version: number,
  ): Promise<InspectionTeamType> {
    return this.db.transaction(async (manager) => {
      await lockedAt(manager, 'inspection_team', id, version);
      const before = await this.#team(manager, id);
      const data = await this.#checkedTeam(manager, input);
      decodeAffected(
        await manager
          .query(
            `UPDATE inspection_team SET name = $2, leader_id = $3, version = version + 1, updated_at = $4 WHERE id = $1`,
            [id, data.name, data.leaderId, this.clock.now()],
          )
          .catch(nameTaken),
      );
      await manager.query('DELETE FROM inspection_team_member WHERE team_id = $1', [id]);
      await this.#writeMembers(manager, id, data.memberIds);
      const after = await this.#team(manager, id);
      await this.audit.recordChange(
        manager,
        viewer,
        'INSPECTION_TEAM_UPDATED',
        { type: 'inspection_team', id },
        before,
        after,
      );
      return after;
    });
  }

  async #team(manager: EntityManager, id: string): Promise<InspectionTeamType> {
    const [team] = decodeRows(await manager.query(`${TEAM_SELECT} WHERE tm.id = $1`, [id]), TEAM_FIELDS);
    return team;
  }

  /** Every member and the leader must be active inspectors; the leader is always a member. */
  async #checkedTeam(manager: EntityManager, input: InspectionTeamInput) {
    const memberIds = [...new Set([input.leaderId, ...input.memberIds])];
    const found = decodeRows(
      await manager.query(
        `SELECT id FROM app_user WHERE id = ANY($1::uuid[]) AND 'INSPECTOR' = ANY(roles) AND active`,
        [memberIds],
      ),
      { id: text },
    );
    const known = new Set(found.map((row) => row.id));
    const problems = [];
    if (!input.name.trim()) problems.push({ field: 'name', rule: 'required' as const });
    if (!known.has(input.leaderId)) problems.push({ field: 'leaderId', rule: 'notFound' as const });
    const bad = input.memberIds.findIndex((id) => !known.has(id));
    if (bad >= 0) problems.push({ field: `memberIds.${bad}`, rule: 'notFound' as const });
    if (problems.length > 0) throw AppError.validation(...problems);
    return { name: input.name.trim(), leaderId: input.leaderId, memberIds };
  }

  async #writeMembers(manager: EntityManager, teamId: string, userIds: string[]): Promise<void> {
    await manager.query(
      `INSERT INTO inspection_team_member (team_id, user_id) SELECT $1, unnest($2::uuid[])`,
      [teamId, userIds],
    );
  }

  // ---- Tasks -------------------------------------------------------------------------------

  /**
   * The tasks the viewer may see, the office all, an inspector those of their teams; newest first,
   * in keyset pages on (starts_on, id): inspection_task_period_idx for the office,
   * inspection_task_team_idx for each team of an inspector.
   */
  async tasks(viewer: Viewer, first: number, after: string | null): Promise<InspectionTaskPageType> {
    const size = pageSize(first);
    const cursor = decodeCursor(after, ['date', 'uuid']);
    const scope = taskScope(viewer);
    const { params, add } = sqlParams(scope.params);
    const keyset = cursor
      ? `AND (t.starts_on, t.id) < (${add(cursor[0])}::date, ${add(cursor[1])}::uuid)`
      : '';
    const rows = decodeRows(
      await this.db.query(
        `${TASK_SELECT} WHERE ${scope.sql} ${keyset}
          ORDER BY t.starts_on DESC, t.id DESC LIMIT ${add(size + 1)}`,
        params,
      ),
      TASK_FIELDS,
    );
    const items = rows.slice(0, size);
    const last = items[items.length - 1];
    return { items, nextCursor: rows.length > size ? encodeCursor([last.startsOn, last.id]) : null };
  }

  createTask(viewer: Viewer, input: InspectionTaskInput): Promise<InspectionTaskType> {
    return this.db.transaction(async (manager) => {
      const data = await this.#checkedTask(manager, input);
      const [{ id }] = decodeRows(
        await manager.query(
          `INSERT INTO inspection_task (team_id, title, focus, grid_id, department_id, starts_on, ends_on, created_at, updated_at)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8) RETURNING id`,
          [
            data.teamId,
            data.title,
            data.focus,
            data.gridId,
            data.departmentId,
            data.startsOn,
            data.endsOn,
            this.clock.now(),
          ],
        ),
        { id: text },
      );
      const after = await this.#task(manager, id);
      await this.audit.recordChange(
        manager,
        viewer,
        'INSPECTION_TASK_CREATED',
        { type: 'inspection_task', id },
        null,
        after,
      );
      return after;
    });
  }

  updateTask(
    viewer: Viewer,
    id: string,
    input: InspectionTaskInput,
    version: number,
  ): Promise<InspectionTaskType> {
    return this.db.transaction(async (manager) => {
      await lockedAt(manager, 'inspection_task', id, version);
      const before = await this.#task(manager, id);
      const data = await this.#checkedTask(manager, input);
      await manager.query(
        `UPDATE inspection_task SET team_id = $2, title = $3, focus = $4, grid_id = $5, department_id = $6,
                starts_on = $7, ends_on = $8, version = version + 1, updated_at = $9 WHERE id = $1`,
        [
          id,
          data.teamId,
          data.title,
          data.focus,
          data.gridId,
          data.departmentId,
          data.startsOn,
          data.endsOn,
          this.clock.now(),
        ],
      );
      const after = await this.#task(manager, id);
      await this.audit.recordChange(
        manager,
        viewer,
        'INSPECTION_TASK_UPDATED',
        { type: 'inspection_task', id },
        before,
        after,
      );
      return after;
    });
  }

  async #task(manager: EntityManager, id: string): Promise<InspectionTaskType> {
    const [task] = decodeRows(await manager.query(`${TASK_SELECT} WHERE t.id = $1`, [id]), TASK_FIELDS);
    return task;
  }

  /** A task targets exactly one of a grid subtree or a department; its period may not run backwards. */
  async #checkedTask(manager: EntityManager, input: InspectionTaskInput) {
    const gridId = input.gridId ?? null;
    const departmentId = input.departmentId ?? null;
    const [found] = decodeRows(
      await manager.query(
        `SELECT (SELECT count(*)::int FROM inspection_team WHERE id = $1) AS team,
                (SELECT count(*)::int FROM grid WHERE id = $2) AS grid,
                (SELECT count(*)::int FROM department WHERE id = $3 AND active) AS department`,
        [input.teamId, gridId, departmentId],
      ),
      { team: int, grid: int, department: int },
    );
    const problems = [];
    if (!input.title.trim()) problems.push({ field: 'title', rule: 'required' as const });
    if (found.team === 0) problems.push({ field: 'teamId', rule: 'notFound' as const });
    if ((gridId === null) === (departmentId === null))
      problems.push({ field: 'target', rule: 'required' as const });
    if (gridId !== null && found.grid === 0) problems.push({ field: 'gridId', rule: 'notFound' as const });
    if (departmentId !== null && found.department === 0)
      problems.push({ field: 'departmentId', rule: 'notFound' as const });
    if (input.endsOn < input.startsOn) problems.push({ field: 'endsOn', rule: 'endsBeforeStart' as const });
    if (problems.length > 0) throw AppError.validation(...problems);
    return { ...input, title: input.title.trim(), gridId, departmentId };
  }

  // ---- Records and findings ------------------------------------------------------------------

  /**
   * A task's records with their findings, if the viewer may see the task (else NOT_FOUND); newest
   * first, in keyset pages on (inspected_on, id) through inspection_record_task_idx. The page's
   * findings, their suggestions and the photos' previews take one statement each, whatever the
   * page size.
   */
  async records(
    viewer: Viewer,
    taskId: string,
    first: number,
    after: string | null,
  ): Promise<InspectionRecordPageType> {
    const size = pageSize(first);
    const cursor = decodeCursor(after, ['date', 'uuid']);
    await this.#taskInScope(this.db.manager, viewer, taskId);
    const { params, add } = sqlParams([taskId]);
    const keyset = cursor
      ? `AND (r.inspected_on, r.id) < (${add(cursor[0])}::date, ${add(cursor[1])}::uuid)`
      : '';
    const rows = decodeRows(
      await this.db.query(
        `${RECORD_SELECT} WHERE r.task_id = $1 ${keyset}
          ORDER BY r.inspected_on DESC, r.id DESC LIMIT ${add(size + 1)}`,
        params,
      ),
      RECORD_FIELDS,
    );
    const records = rows.slice(0, size);
    if (records.length === 0) return { items: [], nextCursor: null };
    const findings = await this.#findings(
      this.db.manager,
      `f.record_id = ANY($1::uuid[]) ORDER BY f.created_at, f.id`,
      [records.map((record) => record.id)],
    );
    const previews = await this.attachments.previews(records.flatMap((record) => record.photoIds));
    const last = records[records.length - 1];
    return {
      items: records.map(({ photoIds, ...record }) => ({
        ...record,
        photos: previews.filter((photo) => photoIds.includes(photo.id)),
        findings: findings.filter((f) => f.recordId === record.id),
      })),
      nextCursor: rows.length > size ? encodeCursor([last.inspectedOn, last.id]) : null,
    };
  }

  /** Uploads an inspection photo: the attachments path, pictures only, unbound until a record keeps it. */
  uploadPhoto(viewer: Viewer, fileName: string, contentBase64: string): Promise<AttachmentType> {
    return this.attachments.upload(viewer, fileName, contentBase64, { imagesOnly: true });
  }

  createRecord(viewer: Viewer, input: InspectionRecordInput): Promise<InspectionRecordType> {
    return this.db.transaction(async (manager) => {
      await this.#taskInScope(manager, viewer, input.taskId);
      const problems = [];
      if (!input.place.trim()) problems.push({ field: 'place', rule: 'required' as const });
      if (!input.checked.trim()) problems.push({ field: 'checked', rule: 'required' as const });
      if (problems.length > 0) throw AppError.validation(...problems);
      const [{ id }] = decodeRows(
        await manager.query(
          `INSERT INTO inspection_record (task_id, inspector_id, inspected_on, place, checked, created_at)
           VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
          [
            input.taskId,
            viewer.userId,
            input.inspectedOn,
            input.place.trim(),
            input.checked.trim(),
            this.clock.now(),
          ],
        ),
        { id: text },
      );
      for (const [index, finding] of input.findings.entries()) {
        await this.#insertFinding(manager, id, finding, `findings.${index}.`);
      }
      // The photos must be the inspector's own uploads, not yet taken by a case or another record.
      const photoIds = [...new Set(input.photoIds)];
      await this.attachments.keep(manager, viewer, photoIds);
      if (photoIds.length > 0) {
        await manager.query(
          `INSERT INTO inspection_record_photo (attachment_id, record_id) SELECT unnest($1::uuid[]), $2`,
          [photoIds, id],
        );
      }
      await this.audit.recordChange(
        manager,
        viewer,
        'INSPECTION_RECORD_CREATED',
        { type: 'inspection_record', id },
        null,
        {
          taskId: input.taskId,
          inspectedOn: input.inspectedOn,
          place: input.place.trim(),
          findings: input.findings.length,
          photos: photoIds.length,
        },
      );
      const [{ photoIds: kept, ...record }] = decodeRows(
        await manager.query(`${RECORD_SELECT} WHERE r.id = $1`, [id]),
        RECORD_FIELDS,
      );
      return {
        ...record,
        photos: await this.attachments.previews(kept),
        findings: await this.#findings(manager, 'f.record_id = $1 ORDER BY f.created_at, f.id', [id]),
      };
    });
  }

  addFinding(
    viewer: Viewer,
    recordId: string,
    input: InspectionFindingInput,
  ): Promise<InspectionFindingType> {
    return this.db.transaction(async (manager) => {
      const [record] = decodeRows(
        await manager.query('SELECT task_id AS "taskId" FROM inspection_record WHERE id = $1', [recordId]),
        { taskId: text },
      );
      if (!record) throw new AppError('NOT_FOUND');
      await this.#taskInScope(manager, viewer, record.taskId);
      const id = await this.#insertFinding(manager, recordId, input, '');
      return this.#finding(manager, id);
    });
  }

  /** Solved on the spot, saying how. */
  solveOnSpot(viewer: Viewer, id: string, version: number, solution: string): Promise<InspectionFindingType> {
    return this.#decide(viewer, id, version, 'INSPECTION_FINDING_SOLVED', async (manager, now) => {
      if (!solution.trim()) throw AppError.validation({ field: 'solution', rule: 'required' });
      await manager.query(
        `UPDATE inspection_finding SET outcome = 'SOLVED', solution = $2, solved_at = $3, version = version + 1 WHERE id = $1`,
        [id, solution.trim(), now],
      );
    });
  }

  /**
   * Turned into a case through the cases domain's own intake (channel INSPECTION). The case is
   * created first in its own transaction, keyed by the finding, so a retry after a failed link
   * finds the same case rather than making a second one.
   */
  async fileAsCase(
    viewer: Viewer,
    id: string,
    version: number,
    input: FindingCaseInput,
  ): Promise<InspectionFindingType> {
    const finding = await this.#findingInScope(this.db.manager, viewer, id);
    if (finding.version !== version) throw new AppError('CONFLICT');
    if (finding.outcome !== 'OPEN') throw AppError.validation({ field: 'finding', rule: 'alreadyDone' });
    // Only an enterprise the pick list offers: one in the target of the finding's task.
    const [enterprise] = decodeRows(
      await this.db.query(`SELECT e.id FROM ${FINDING_ENTERPRISES} WHERE f.id = $1 AND e.id = $2`, [
        id,
        input.enterpriseId,
      ]),
      { id: text },
    );
    if (!enterprise) throw AppError.validation({ field: 'enterpriseId', rule: 'notFound' });
    const created = await this.cases.submitInspectionFinding(viewer, {
      kind: input.kind,
      category: finding.category,
      title: input.title,
      content: `${finding.description}\n（${finding.inspectedOn} ${finding.place}）`,
      namedDepartmentId: finding.department.id,
      misconductType: null,
      contactConsent: false,
      attachmentIds: [],
      clientKey: `finding-${id}`,
      enterpriseId: input.enterpriseId,
    });
    return this.#decide(viewer, id, version, 'INSPECTION_FINDING_FILED', async (manager) => {
      await manager.query(
        `UPDATE inspection_finding SET outcome = 'CASE', case_id = $2, version = version + 1 WHERE id = $1`,
        [id, created.id],
      );
    });
  }

  /**
   * The enterprises a finding may become a case for, by name or credit code, in keyset pages by
   * name (the pick list's "more"): those of the task's grid subtree, or every operating enterprise
   * of the district for a task that inspects a department (docs/inspections.md). NOT_FOUND for a
   * finding outside the viewer's scope.
   */
  async findingEnterprises(
    viewer: Viewer,
    findingId: string,
    keyword: string | null,
    first: number,
    after: string | null,
  ): Promise<InspectionEnterprisePageType> {
    const size = pageSize(first);
    const cursor = decodeCursor(after, ['text', 'uuid']);
    // The finding in the viewer's scope, and the grid its task inspects (none: a department).
    const scope = taskScope(viewer, [findingId]);
    const [target] = decodeRows(
      await this.db.query(
        `SELECT t.grid_id AS "gridId" FROM inspection_finding f
           JOIN inspection_record r ON r.id = f.record_id JOIN inspection_task t ON t.id = r.task_id
          WHERE f.id = $1 AND ${scope.sql}`,
        scope.params,
      ),
      { gridId: nullable(text) },
    );
    if (!target) throw new AppError('NOT_FOUND');
    // FINDING_ENTERPRISES's rule with the grid as a value, so that each condition meets its index
    // (measured at 100,000 enterprises: a keyword within a subtree took 0.5 s as a join): the
    // subtree through enterprise_grid_path_idx, name order through enterprise_name_idx, a part of
    // the name through the name-grams index, a credit code through its unique index.
    const { params, add } = sqlParams([]);
    const where = [`e.status = 'ACTIVE'`];
    if (target.gridId) where.push(`e.grid_path @> ARRAY[${add(target.gridId)}::uuid]`);
    const term = keyword?.trim() ?? '';
    if (term) {
      where.push(
        `(${enterpriseNameContains('e.name', `lower(${add(term)})`)} OR e.credit_code = ${add(term.toUpperCase())})`,
      );
    }
    if (cursor) where.push(`(e.name, e.id) > (${add(cursor[0])}, ${add(cursor[1])}::uuid)`);
    const rows = decodeRows(
      await this.db.query(
        `SELECT e.id, e.name, e.credit_code AS "creditCode", g.name AS "gridName"
           FROM enterprise e JOIN grid g ON g.id = e.grid_id
          WHERE ${where.join(' AND ')}
          ORDER BY e.name, e.id LIMIT ${add(size + 1)}`,
        params,
      ),
      { id: text, name: text, creditCode: text, gridName: text },
    );
    const items = rows.slice(0, size);
    const last = items[items.length - 1];
    return { items, nextCursor: rows.length > size ? encodeCursor([last.name, last.id]) : null };
  }

  /** Turned into a rectification suggestion to the department concerned, due in working days. */
  suggestRectification(
    viewer: Viewer,
    id: string,
    version: number,
    input: RectificationSuggestionInput,
  ): Promise<InspectionFindingType> {
    return this.#decide(
      viewer,
      id,
      version,
      'INSPECTION_FINDING_SUGGESTED',
      async (manager, now, finding) => {
        if (!input.suggestion.trim()) throw AppError.validation({ field: 'suggestion', rule: 'required' });
        const calendar = await this.calendar.current();
        const deadline = calendar.addWorkingDays(now, input.workingDays);
        await manager.query(
          `UPDATE inspection_finding SET outcome = 'SUGGESTION', version = version + 1 WHERE id = $1`,
          [id],
        );
        await manager.query(
          `INSERT INTO rectification_suggestion (finding_id, department_id, suggestion, issued_at, deadline)
         VALUES ($1, $2, $3, $4, $5)`,
          [id, finding.department.id, input.suggestion.trim(), now, deadline],
        );
      },
    );
  }

  /** One of the three outcomes of an OPEN finding, at the version the inspector read. */
  #decide(
    viewer: Viewer,
    id: string,
    version: number,
    action: string,
    work: (manager: EntityManager, now: Date, finding: InspectionFindingType) => Promise<void>,
  ): Promise<InspectionFindingType> {
    return this.db.transaction(async (manager) => {
      const before = await this.#findingInScope(manager, viewer, id, true);
      if (before.version !== version) throw new AppError('CONFLICT');
      if (before.outcome !== 'OPEN') throw AppError.validation({ field: 'finding', rule: 'alreadyDone' });
      await work(manager, this.clock.now(), before);
      const after = await this.#finding(manager, id);
      await this.audit.recordChange(
        manager,
        viewer,
        action,
        { type: 'inspection_finding', id },
        before,
        after,
      );
      return after;
    });
  }

  async #insertFinding(
    manager: EntityManager,
    recordId: string,
    input: InspectionFindingInput,
    prefix: string,
  ): Promise<string> {
    const [department] = decodeRows(
      await manager.query('SELECT id FROM department WHERE id = $1 AND active', [input.departmentId]),
      { id: text },
    );
    const problems = [];
    if (!department) problems.push({ field: `${prefix}departmentId`, rule: 'notFound' as const });
    if (!input.description.trim())
      problems.push({ field: `${prefix}description`, rule: 'required' as const });
    if (problems.length > 0) throw AppError.validation(...problems);
    const [{ id }] = decodeRows(
      await manager.query(
        `INSERT INTO inspection_finding (record_id, category, department_id, description, created_at)
         VALUES ($1, $2, $3, $4, $5) RETURNING id`,
        [recordId, input.category, input.departmentId, input.description.trim(), this.clock.now()],
      ),
      { id: text },
    );
    return id;
  }

  async #finding(manager: EntityManager, id: string): Promise<InspectionFindingType> {
    const [finding] = await this.#findings(manager, 'f.id = $1', [id]);
    return finding;
  }

  async #findingInScope(
    manager: EntityManager,
    viewer: Viewer,
    id: string,
    lock = false,
  ): Promise<InspectionFindingType> {
    const [row] = decodeRows(
      await manager.query(
        `SELECT r.task_id AS "taskId" FROM inspection_finding f JOIN inspection_record r ON r.id = f.record_id
          WHERE f.id = $1 ${lock ? 'FOR UPDATE OF f' : ''}`,
        [id],
      ),
      { taskId: text },
    );
    if (!row) throw new AppError('NOT_FOUND');
    await this.#taskInScope(manager, viewer, row.taskId);
    return this.#finding(manager, id);
  }

  /** Findings with their suggestions (one more query for all of them, never one per finding). */
  async #findings(
    manager: EntityManager,
    where: string,
    params: unknown[],
  ): Promise<InspectionFindingType[]> {
    const rows = decodeRows(await manager.query(`${FINDING_SELECT} WHERE ${where}`, params), FINDING_FIELDS);
    const suggestionIds = rows.flatMap((row) => (row.rectificationId ? [row.rectificationId] : []));
    const suggestions =
      suggestionIds.length > 0
        ? await this.#rectifications(manager, 's.id = ANY($1::uuid[])', [suggestionIds])
        : [];
    const byId = new Map(suggestions.map((s) => [s.id, s]));
    return rows.map(({ rectificationId, ...row }) => ({
      ...row,
      rectification: rectificationId ? (byId.get(rectificationId) ?? null) : null,
    }));
  }

  async #taskInScope(manager: EntityManager, viewer: Viewer, taskId: string): Promise<void> {
    const scope = taskScope(viewer, [taskId]);
    const [row] = decodeRows(
      await manager.query(
        `SELECT t.id FROM inspection_task t WHERE t.id = $1 AND ${scope.sql}`,
        scope.params,
      ),
      { id: text },
    );
    if (!row) throw new AppError('NOT_FOUND');
  }

  // ---- Rectification ---------------------------------------------------------------------------

  /**
   * The suggestions the viewer may see, the office all, a department those addressed to it; the
   * earliest deadline first, in keyset pages on (deadline, id). Each combination of scope and
   * state filter has its index in that order: rectification_suggestion_deadline_idx and
   * _state_idx for the office, _department_deadline_idx and _department_idx for a department.
   */
  async rectifications(
    viewer: Viewer,
    state: string | null,
    first: number,
    after: string | null,
  ): Promise<RectificationPageType> {
    const size = pageSize(first);
    const cursor = decodeCursor(after, ['timestamp', 'uuid']);
    const scope = rectificationScope(viewer);
    const { params, add } = sqlParams(scope.params);
    const where = [scope.sql];
    if (state) where.push(`s.state = ${add(state)}`);
    if (cursor) where.push(`(s.deadline, s.id) > (${add(cursor[0])}::timestamptz, ${add(cursor[1])}::uuid)`);
    const rows = await this.#rectificationRows(
      this.db.manager,
      `${where.join(' AND ')} ORDER BY s.deadline, s.id LIMIT ${add(size + 1)}`,
      params,
    );
    const last = rows[size - 1];
    return {
      items: rows.slice(0, size).map(({ deadlineKey: _key, ...row }) => row),
      nextCursor: rows.length > size ? encodeCursor([last.deadlineKey, last.id]) : null,
    };
  }

  /** The department reports its rectification (整改情况) with evidence; the office then verifies it. */
  reportRectification(
    viewer: Viewer,
    id: string,
    version: number,
    input: RectificationReportInput,
  ): Promise<RectificationType> {
    return this.#rectify(viewer, id, version, 'ISSUED', 'RECTIFICATION_REPORTED', async (manager, now) => {
      const problems = [];
      if (!input.report.trim()) problems.push({ field: 'report', rule: 'required' as const });
      if (!input.evidence.trim()) problems.push({ field: 'evidence', rule: 'required' as const });
      if (problems.length > 0) throw AppError.validation(...problems);
      await manager.query(
        `UPDATE rectification_suggestion SET state = 'REPORTED', report = $2, evidence = $3, reported_at = $4,
                version = version + 1 WHERE id = $1`,
        [id, input.report.trim(), input.evidence.trim(), now],
      );
    });
  }

  acceptRectification(viewer: Viewer, id: string, version: number): Promise<RectificationType> {
    return this.#rectify(viewer, id, version, 'REPORTED', 'RECTIFICATION_ACCEPTED', async (manager, now) => {
      await manager.query(
        `UPDATE rectification_suggestion SET state = 'ACCEPTED', verified_at = $2, version = version + 1 WHERE id = $1`,
        [id, now],
      );
    });
  }

  /** Sent back with a reason: the department reports again, and the new report's time is the one that counts. */
  sendBackRectification(
    viewer: Viewer,
    id: string,
    version: number,
    reason: string,
  ): Promise<RectificationType> {
    return this.#rectify(viewer, id, version, 'REPORTED', 'RECTIFICATION_SENT_BACK', async (manager) => {
      if (!reason.trim()) throw AppError.validation({ field: 'reason', rule: 'required' });
      await manager.query(
        `UPDATE rectification_suggestion SET state = 'ISSUED', return_reason = $2, reported_at = NULL,
                version = version + 1 WHERE id = $1`,
        [id, reason.trim()],
      );
    });
  }

  #rectify(
    viewer: Viewer,
    id: string,
    version: number,
    from: 'ISSUED' | 'REPORTED',
    action: string,
    work: (manager: EntityManager, now: Date) => Promise<void>,
  ): Promise<RectificationType> {
    return this.db.transaction(async (manager) => {
      const scope = rectificationScope(viewer, [id]);
      const [row] = decodeRows(
        await manager.query(
          `SELECT s.version, s.state FROM rectification_suggestion s WHERE s.id = $1 AND ${scope.sql} FOR UPDATE`,
          scope.params,
        ),
        { version: int, state: text },
      );
      if (!row) throw new AppError('NOT_FOUND');
      if (row.version !== version) throw new AppError('CONFLICT');
      const field = from === 'ISSUED' ? 'report' : 'suggestion';
      if (row.state !== from)
        throw AppError.validation({ field, rule: from === 'ISSUED' ? 'alreadyDone' : 'notYet' });
      const [before] = await this.#rectifications(manager, 's.id = $1', [id]);
      await work(manager, this.clock.now());
      const [after] = await this.#rectifications(manager, 's.id = $1', [id]);
      await this.audit.recordChange(
        manager,
        viewer,
        action,
        { type: 'rectification_suggestion', id },
        before,
        after,
      );
      return after;
    });
  }

  /** Suggestions with their warning colour, by the same rule as a case's running step. */
  async #rectifications(
    manager: EntityManager,
    where: string,
    params: unknown[],
  ): Promise<RectificationType[]> {
    const rows = await this.#rectificationRows(manager, where, params);
    return rows.map(({ deadlineKey: _key, ...row }) => row);
  }

  /** The same with each deadline as PostgreSQL writes it, to the microsecond: a page's cursor. */
  async #rectificationRows(
    manager: EntityManager,
    where: string,
    params: unknown[],
  ): Promise<(RectificationType & { deadlineKey: string })[]> {
    const rows = decodeRows(
      await manager.query(`${RECTIFICATION_SELECT} WHERE ${where}`, params),
      RECTIFICATION_FIELDS,
    );
    if (rows.length === 0) return [];
    const calendar = await this.calendar.current();
    const now = this.clock.now();
    return rows.map((row) => ({
      ...row,
      warning:
        row.state === 'ISSUED'
          ? (deadlineOf({ stateDeadline: row.deadline, pausedAt: null }, now, calendar)?.state ?? null)
          : null,
    }));
  }

  // ---- Figures ---------------------------------------------------------------------------------

  /** The figures of a period, per team and in total (docs/inspections.md#figures). */
  async figures(period: InspectionPeriodInput): Promise<InspectionFiguresType> {
    checkPeriod(period);
    const rows = decodeRows(
      await this.db.query(
        `SELECT tm.id AS "teamId", tm.name AS "teamName",
                count(DISTINCT t.team_id) FILTER (WHERE t.starts_on <= $2::date AND t.ends_on >= $1::date)::int AS dispatched,
                count(DISTINCT r.inspector_id)::int AS inspectors,
                count(f.id)::int AS found,
                count(f.id) FILTER (WHERE ${SOLVED})::int AS solved,
                count(f.id) FILTER (WHERE ${SUGGESTED})::int AS suggested,
                count(f.id) FILTER (WHERE ${ON_TIME})::int AS "onTime",
                count(f.id) FILTER (WHERE ${OVERDUE})::int AS overdue
           FROM inspection_team tm
           LEFT JOIN inspection_task t ON t.team_id = tm.id
           LEFT JOIN inspection_record r ON r.task_id = t.id AND r.inspected_on BETWEEN $1::date AND $2::date
           LEFT JOIN inspection_finding f ON f.record_id = r.id
           LEFT JOIN rectification_suggestion s ON s.finding_id = f.id
           LEFT JOIN case_file c ON c.id = f.case_id
          GROUP BY GROUPING SETS ((tm.id, tm.name), ())
          ORDER BY tm.name NULLS FIRST, tm.id`,
        [period.from, period.to, this.clock.now()],
      ),
      FIGURE_FIELDS,
    );
    const empty: InspectionFigureRowType = {
      teamId: null,
      teamName: null,
      dispatched: 0,
      inspectors: 0,
      found: 0,
      solved: 0,
      suggested: 0,
      onTime: 0,
      overdue: 0,
    };
    const total = rows.find((row) => row.teamId === null) ?? empty;
    return { total, teams: rows.filter((row) => row.teamId !== null) };
  }

  /**
   * The findings behind one figure of a period, for one team or all: the drill-down. In keyset
   * pages by day, record and finding: records in day order from inspection_record_date_idx
   * (a team's from its tasks' inspection_record_task_idx), each record's findings from
   * inspection_finding_record_idx, already in that order.
   */
  async figureFindings(
    period: InspectionPeriodInput,
    figure: InspectionFigure,
    teamId: string | null,
    first: number,
    after: string | null,
  ): Promise<InspectionFindingPageType> {
    checkPeriod(period);
    const size = pageSize(first);
    const cursor = decodeCursor(after, ['date', 'uuid', 'uuid']);
    // $3 ("now") is typed here too, for the figures whose condition does not read it.
    const { params, add } = sqlParams([period.from, period.to, this.clock.now()]);
    const where = [
      'r.inspected_on BETWEEN $1::date AND $2::date AND $3::timestamptz IS NOT NULL',
      FIGURE_CONDITION[figure],
    ];
    // A team's records through its tasks' inspection_record_task_idx (the team's tasks as an
    // array: as a semi-join the planner read the whole period's records, 63 ms at 100,000).
    if (teamId)
      where.push(
        `r.task_id = ANY (ARRAY(SELECT id FROM inspection_task WHERE team_id = ${add(teamId)}::uuid))`,
      );
    if (cursor) {
      const [day, record, finding] = [add(cursor[0]), add(cursor[1]), add(cursor[2])];
      // The record's part alone is a condition on one index, so the scan starts at the cursor;
      // the whole key then skips the findings of the cursor's record already shown.
      where.push(
        `(r.inspected_on, r.id) >= (${day}::date, ${record}::uuid)`,
        `(r.inspected_on, r.id, f.id) > (${day}::date, ${record}::uuid, ${finding}::uuid)`,
      );
    }
    const rows = await this.#findings(
      this.db.manager,
      `${where.join(' AND ')} ORDER BY r.inspected_on, r.id, f.id LIMIT ${add(size + 1)}`,
      params,
    );
    const items = rows.slice(0, size);
    const last = items[items.length - 1];
    return {
      items,
      nextCursor: rows.length > size ? encodeCursor([last.inspectedOn, last.recordId, last.id]) : null,
    };
  }
}

/** Data scope of tasks: the office every task, an inspector their teams' tasks, anyone else none. */
function taskScope(viewer: Viewer, params: unknown[] = []): { sql: string; params: unknown[] } {
  if (can(viewer.roles, 'inspection.read')) return { sql: 'TRUE', params };
  if (can(viewer.roles, 'inspection.work')) {
    return {
      sql: `t.team_id IN (SELECT team_id FROM inspection_team_member WHERE user_id = $${params.length + 1}::uuid)`,
      params: [...params, viewer.userId],
    };
  }
  return { sql: 'FALSE', params };
}

/** Data scope of suggestions: the office all, a department those addressed to it. */
function rectificationScope(viewer: Viewer, params: unknown[] = []): { sql: string; params: unknown[] } {
  if (can(viewer.roles, 'inspection.read')) return { sql: 'TRUE', params };
  if (can(viewer.roles, 'rectification.report') && viewer.departmentId) {
    return { sql: `s.department_id = $${params.length + 1}::uuid`, params: [...params, viewer.departmentId] };
  }
  return { sql: 'FALSE', params };
}

function checkPeriod(period: InspectionPeriodInput): void {
  if (period.to < period.from) throw AppError.validation({ field: 'to', rule: 'endsBeforeStart' });
}

/** The row as last read, locked for the change; NOT_FOUND when gone, CONFLICT when changed since. */
async function lockedAt(manager: EntityManager, table: string, id: string, version: number): Promise<void> {
  const [row] = decodeRows(
    await manager.query(`SELECT version FROM ${table} WHERE id = $1 FOR UPDATE`, [id]),
    {
      version: int,
    },
  );
  if (!row) throw new AppError('NOT_FOUND');
  if (row.version !== version) throw new AppError('CONFLICT');
}

function nameTaken(error: unknown): never {
  if (violatedUnique(error) !== null) throw AppError.validation({ field: 'name', rule: 'taken' });
  throw error;
}
