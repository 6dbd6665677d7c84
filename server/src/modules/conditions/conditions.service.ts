import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { isUUID } from 'class-validator';
import { MONTH_PATTERN, addMonths, can, dueDateOf, monthOf, shanghaiDate } from '@gridbridge/shared';
import { isBusinessDate } from '../../common/input-values.js';
import { AppError } from '../../common/app-error.js';
import { Clock } from '../../common/clock.js';
import type { Viewer } from '../../common/gql-context.js';
import { decodeCursor, encodeCursor, pageSize } from '../../common/keyset.js';
import { ownEnterprise } from '../../common/scope.js';
import { decodeRows, insertTarget, int, text } from '../../database/rows.js';
import { AuditService } from '../audit/index.js';
import { AttachmentsService, CasesService, sqlParams, type CaseType } from '../cases/index.js';
import { directoryScope, seesWholeDirectory } from '../directory/index.js';
import {
  ENTERPRISE_CONDITION_FIELDS,
  REPORT_FROM,
  REPORT_INSERT_COLUMNS,
  REPORT_ROW,
  REVISION_ROW,
  VISIT_FROM,
  VISIT_ROW,
} from './conditions-rows.js';
import type {
  ConditionDifficultyInput,
  ConditionEnterpriseFilter,
  ConditionEnterprisePage,
  ConditionCoverageType,
  ConditionReportFormType,
  ConditionReportInput,
  ConditionReportRevisionType,
  ConditionReportType,
  ConditionVisitInput,
  ConditionVisitType,
} from './conditions.types.js';

/** The ranks of the statuses, best first, as SQL: `rank(status)` is 1 … 4. */
export const STATUS_RANK = (expression: string) =>
  `array_position(ARRAY['NORMAL', 'PARTIAL', 'STOPPED', 'CLOSED'], ${expression})`;

/** A month argument that is not 'YYYY-MM' is a VALIDATION on its field, before any SQL sees it. */
export function checkMonthFormat(month: string, field = 'month'): void {
  if (!MONTH_PATTERN.test(month)) throw AppError.validation({ field, rule: 'invalid' });
}

/**
 * The SQL of one page of `ConditionsService.enterprises` (`size` rows and one more, after the
 * decoded `cursor`); the bench explains it as the service runs it.
 */
export function conditionEnterprisesQuery(
  viewer: Viewer,
  filter: ConditionEnterpriseFilter,
  size: number,
  cursor: string[] | null,
): { sql: string; params: unknown[] } {
  const { params, add } = sqlParams([]);
  const month = add(filter.month);
  const conditions = [
    `e.status = 'ACTIVE'`,
    `e.id IN (SELECT id FROM enterprise WHERE ${directoryScope(viewer, add)})`,
  ];
  if (filter.gridId) conditions.push(`e.grid_path @> ARRAY[${add(filter.gridId)}::uuid]`);
  if (filter.industry) conditions.push(`e.industry = ${add(filter.industry)}`);
  if (filter.status) conditions.push(`cur.operating_status = ${add(filter.status)}`);
  if (filter.reported != null) conditions.push(filter.reported ? 'cur.id IS NOT NULL' : 'cur.id IS NULL');
  // The missing alert (not reported, nothing else about the month asked): its page's
  // enterprises found through condition_reporting and condition_report_gap, in name order.
  let missing = '';
  if (filter.reported === false && !filter.status && filter.visited == null && seesWholeDirectory(viewer)) {
    missing = missingPageQuery(filter, size + 1, cursor, add, month);
    conditions.push('e.id = ANY(ARRAY(SELECT enterprise_id FROM missing))');
  }
  // The worsened alert: the month's flagged reports, found through condition_report_worsened_idx.
  if (filter.worsened)
    conditions.push(
      `e.id IN (SELECT w.enterprise_id FROM condition_report w WHERE w.month = ${month} AND w.worsened)`,
    );
  if (filter.visited != null) conditions.push(filter.visited ? 'vis.last IS NOT NULL' : 'vis.last IS NULL');
  if (cursor) conditions.push(`(e.name, e.id) > (${add(cursor[0])}, ${add(cursor[1])}::uuid)`);
  const monthStart = add(`${filter.month}-01`);
  const nextStart = add(`${addMonths(filter.month, 1)}-01`);
  return {
    sql: `${missing}
       SELECT e.id, e.name, e.address, g.name AS "gridName", e.industry,
              cur.operating_status AS status, prev.operating_status AS "previousStatus",
              latest.operating_status AS "latestStatus", latest.month AS "latestMonth",
              cur.id IS NOT NULL AS reported, to_char(vis.last, 'YYYY-MM-DD') AS "visitedOn"
         FROM enterprise e
         JOIN grid g ON g.id = e.grid_id
         LEFT JOIN condition_report cur ON cur.enterprise_id = e.id AND cur.month = ${month}
         LEFT JOIN condition_report prev ON prev.enterprise_id = e.id AND prev.month = ${add(addMonths(filter.month, -1))}
         LEFT JOIN LATERAL (SELECT r.month, r.operating_status FROM condition_report r
                             WHERE r.enterprise_id = e.id AND r.month <= ${month}
                             ORDER BY r.month DESC LIMIT 1) latest ON TRUE
         LEFT JOIN LATERAL (SELECT max(v.visited_on) AS last FROM condition_visit v
                             WHERE v.enterprise_id = e.id AND v.visited_on >= ${monthStart}::date
                               AND v.visited_on < ${nextStart}::date) vis ON TRUE
        WHERE ${conditions.join(' AND ')}
        ORDER BY e.name, e.id LIMIT ${size + 1}`,
    params,
  };
}

/**
 * A `WITH RECURSIVE … missing AS (…)` prefix naming the first `limit` enterprises (after `cursor`,
 * in name order) of the operating ones that did not report `filter.month` (the parameter `month`),
 * from condition_reporting (migration ConditionReporting): those whose latest report is before
 * the month, or who never reported, and the month's gap rows. The months before it that are
 * someone's latest are found one index probe each (a loose index scan); each such month, the
 * never-reported and the gaps then give their first `limit` from an index in name order, and
 * the page is the first `limit` of those. No enterprise is read that is not on the page.
 */
function missingPageQuery(
  filter: ConditionEnterpriseFilter,
  limit: number,
  cursor: unknown[] | null,
  add: (value: unknown) => string,
  month: string,
): string {
  const where = (name: string, id: string) => {
    const conditions: string[] = [];
    if (filter.gridId)
      conditions.push(`c.grid_id IN (SELECT id FROM grid WHERE path @> ARRAY[${add(filter.gridId)}::uuid])`);
    if (filter.industry) conditions.push(`c.industry = ${add(filter.industry)}`);
    if (cursor) conditions.push(`(${name}, ${id}) > (${add(cursor[0])}, ${add(cursor[1])}::uuid)`);
    return conditions.map((condition) => ` AND ${condition}`).join('');
  };
  return `WITH RECURSIVE earlier(month) AS (
      (SELECT last_month FROM condition_reporting WHERE last_month < ${month} ORDER BY last_month LIMIT 1)
      UNION ALL
      SELECT (SELECT c.last_month FROM condition_reporting c WHERE c.last_month > earlier.month
                 AND c.last_month < ${month} ORDER BY c.last_month LIMIT 1)
        FROM earlier WHERE earlier.month IS NOT NULL),
    candidates AS (
      (SELECT c.enterprise_id, c.name FROM condition_reporting c
        WHERE c.last_month IS NULL${where('c.name', 'c.enterprise_id')}
        ORDER BY c.name, c.enterprise_id LIMIT ${limit})
      UNION ALL
      (SELECT x.enterprise_id, x.name FROM earlier CROSS JOIN LATERAL (
         SELECT c.enterprise_id, c.name FROM condition_reporting c
          WHERE c.last_month = earlier.month${where('c.name', 'c.enterprise_id')}
          ORDER BY c.name, c.enterprise_id LIMIT ${limit}) x)
      UNION ALL
      (SELECT g.enterprise_id, g.name FROM condition_report_gap g
         JOIN condition_reporting c ON c.enterprise_id = g.enterprise_id
        WHERE g.month = ${month}${where('g.name', 'g.enterprise_id')}
        ORDER BY g.name, g.enterprise_id LIMIT ${limit})),
    missing AS (SELECT enterprise_id FROM candidates ORDER BY name, enterprise_id LIMIT ${limit})`;
}

/** Thrown inside the recording transaction when a concurrent send of the same visit won. */
class AlreadyRecorded extends Error {}

/**
 * Condition reports and visits (docs/conditions.md). Every read and write is held to the viewer's
 * directory scope in SQL: an enterprise account its own enterprise, a grid head the enterprises of
 * their grid subtree, the office every enterprise.
 */
@Injectable()
export class ConditionsService {
  constructor(
    private readonly db: DataSource,
    private readonly clock: Clock,
    private readonly audit: AuditService,
    private readonly attachments: AttachmentsService,
    private readonly cases: CasesService,
  ) {}

  /** The enterprise the viewer acts for: an account its own, a grid head one of their grid. */
  async enterpriseFor(
    viewer: Viewer,
    requested: string | null | undefined,
    manager: EntityManager = this.db.manager,
  ): Promise<{ id: string; name: string }> {
    let id = requested ?? null;
    if (can(viewer.roles, 'directory.ownEnterprise')) {
      const own = ownEnterprise(viewer);
      if (id && id !== own) throw new AppError('NOT_FOUND');
      id = own;
    }
    if (!id) throw AppError.validation({ field: 'enterpriseId', rule: 'required' });
    // A malformed id names no enterprise: NOT_FOUND, as for one out of scope.
    if (!isUUID(id)) throw new AppError('NOT_FOUND');
    const { params, add } = sqlParams([id]);
    const [row] = decodeRows(
      await manager.query(
        `SELECT id, name FROM enterprise WHERE id = $1 AND status = 'ACTIVE' AND ${directoryScope(viewer, add)}`,
        params,
      ),
      { id: text, name: text },
    );
    if (!row) throw new AppError('NOT_FOUND');
    return row;
  }

  #checkMonth(month: string, field = 'month'): void {
    checkMonthFormat(month, field);
    const current = monthOf(this.clock.now());
    if (month > current) throw AppError.validation({ field, rule: 'futureMonth' });
    // Twelve months back at most: older figures are history, not a report.
    if (month < addMonths(current, -12)) throw AppError.validation({ field, rule: 'invalid' });
  }

  async form(
    viewer: Viewer,
    enterpriseId: string | null,
    month: string | null,
  ): Promise<ConditionReportFormType> {
    const enterprise = await this.enterpriseFor(viewer, enterpriseId);
    const target = month ?? monthOf(this.clock.now());
    this.#checkMonth(target);
    const rows = REPORT_ROW.decodeAll(
      await this.db.query(
        `(SELECT ${REPORT_ROW.select} FROM ${REPORT_FROM} WHERE r.enterprise_id = $1 AND r.month = $2)
         UNION ALL
         (SELECT ${REPORT_ROW.select} FROM ${REPORT_FROM} WHERE r.enterprise_id = $1 AND r.month < $2
          ORDER BY r.month DESC LIMIT 1)`,
        [enterprise.id, target],
      ),
    );
    return {
      enterpriseId: enterprise.id,
      enterpriseName: enterprise.name,
      month: target,
      dueDate: dueDateOf(target),
      report: rows.find((r) => r.month === target) ?? null,
      previous: rows.find((r) => r.month !== target) ?? null,
    };
  }

  /**
   * Submits a month's report: the first of the month inserts it, a later one updates it (the
   * version as last read, else CONFLICT); each is kept as a revision.
   */
  async submit(viewer: Viewer, input: ConditionReportInput): Promise<ConditionReportType> {
    this.#checkMonth(input.month);
    const id = await this.db.transaction(async (manager) => {
      const enterprise = await this.enterpriseFor(viewer, input.enterpriseId, manager);
      return this.#save(manager, viewer, enterprise.id, input, null);
    });
    return this.#report(id);
  }

  async #save(
    manager: EntityManager,
    viewer: Viewer,
    enterpriseId: string,
    input: ConditionReportInput,
    visitId: string | null,
  ): Promise<string> {
    const now = this.clock.now();
    const values = [
      input.operatingStatus,
      input.employees,
      input.outputValue,
      input.revenue,
      input.capacityUse,
      input.orderTrend,
      input.difficulties.trim(),
      viewer.userId,
      visitId,
      now,
    ];
    const [current] = decodeRows(
      await manager.query(
        `SELECT id, version FROM condition_report WHERE enterprise_id = $1 AND month = $2 FOR UPDATE`,
        [enterpriseId, input.month],
      ),
      { id: text, version: int },
    );
    let id: string;
    if (!current) {
      if (input.version != null) throw new AppError('CONFLICT');
      const inserted = decodeRows(
        await manager.query(
          `INSERT INTO ${insertTarget('condition_report', REPORT_INSERT_COLUMNS)}
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)
           ON CONFLICT (enterprise_id, month) DO NOTHING RETURNING id`,
          [enterpriseId, input.month, ...values],
        ),
        { id: text },
      );
      // Another submission of the same month committed first: this one was made without it.
      if (inserted.length === 0) throw new AppError('CONFLICT');
      id = inserted[0].id;
    } else {
      if (input.version !== current.version) throw new AppError('CONFLICT');
      id = current.id;
      await manager.query(
        `UPDATE condition_report SET operating_status = $2, employees = $3, output_value = $4, revenue = $5,
           capacity_use = $6, order_trend = $7, difficulties = $8, submitted_by = $9,
           visit_id = coalesce($10, visit_id), submitted_at = $11, updated_at = $11, version = version + 1
         WHERE id = $1`,
        [id, ...values],
      );
    }
    await manager.query(
      `INSERT INTO condition_report_revision (report_id, revision, operating_status, employees, output_value, revenue,
         capacity_use, order_trend, difficulties, submitted_by, submitted_at)
       SELECT $1, coalesce(max(revision), 0) + 1, $2, $3, $4, $5, $6, $7, $8, $9, $10
         FROM condition_report_revision WHERE report_id = $1`,
      [id, ...values.slice(0, 8), now],
    );
    await this.audit.record(manager, {
      action: 'CONDITION_REPORTED',
      actorId: viewer.userId,
      actorName: viewer.displayName,
      targetType: 'enterprise',
      targetId: enterpriseId,
      details: { month: input.month, operatingStatus: input.operatingStatus, visitId },
    });
    return id;
  }

  async #report(id: string): Promise<ConditionReportType> {
    const [row] = REPORT_ROW.decodeAll(
      await this.db.query(`SELECT ${REPORT_ROW.select} FROM ${REPORT_FROM} WHERE r.id = $1`, [id]),
    );
    return row;
  }

  /** A report the viewer may see; NOT_FOUND otherwise. */
  async #reportInScope(viewer: Viewer, id: string): Promise<ConditionReportType> {
    if (!isUUID(id)) throw new AppError('NOT_FOUND');
    const { params, add } = sqlParams([id]);
    const [row] = REPORT_ROW.decodeAll(
      await this.db.query(
        `SELECT ${REPORT_ROW.select} FROM ${REPORT_FROM}
          WHERE r.id = $1 AND r.enterprise_id IN (SELECT id FROM enterprise WHERE ${directoryScope(viewer, add)})`,
        params,
      ),
    );
    if (!row) throw new AppError('NOT_FOUND');
    return row;
  }

  /** An enterprise's reports of the last `months` months, oldest first. */
  async history(viewer: Viewer, enterpriseId: string | null, months: number): Promise<ConditionReportType[]> {
    const enterprise = await this.enterpriseFor(viewer, enterpriseId);
    const current = monthOf(this.clock.now());
    return REPORT_ROW.decodeAll(
      await this.db.query(
        `SELECT ${REPORT_ROW.select} FROM ${REPORT_FROM}
          WHERE r.enterprise_id = $1 AND r.month > $2 AND r.month <= $3 ORDER BY r.month`,
        [enterprise.id, addMonths(current, -Math.min(Math.max(months, 1), 36)), current],
      ),
    );
  }

  async revisions(viewer: Viewer, reportId: string): Promise<ConditionReportRevisionType[]> {
    await this.#reportInScope(viewer, reportId);
    return REVISION_ROW.decodeAll(
      await this.db.query(
        `SELECT ${REVISION_ROW.select} FROM condition_report_revision v JOIN app_user u ON u.id = v.submitted_by
          WHERE v.report_id = $1 ORDER BY v.revision`,
        [reportId],
      ),
    );
  }

  /**
   * Raises a report's difficulty as a case through the cases domain's own submission (same
   * rules, numbering, notices and idempotency), then links the case to the report.
   */
  async raiseDifficulty(
    viewer: Viewer,
    reportId: string,
    input: ConditionDifficultyInput,
  ): Promise<CaseType> {
    const report = await this.#reportInScope(viewer, reportId);
    const content = input.content?.trim() || report.difficulties;
    if (!content) throw AppError.validation({ field: 'content', rule: 'required' });
    const created = await this.cases.submit(
      viewer,
      {
        kind: 'DIFFICULTY',
        category: input.category,
        title: input.title,
        content,
        contactConsent: input.contactConsent,
        attachmentIds: [],
        clientKey: input.clientKey,
        enterpriseId: report.enterpriseId,
        namedDepartmentId: null,
        misconductType: null,
      },
      viewer.roles.includes('ENTERPRISE') ? 'PORTAL' : 'GRID_HEAD',
    );
    await this.db.query(
      `INSERT INTO condition_report_case (case_id, report_id) VALUES ($1, $2) ON CONFLICT (case_id) DO NOTHING`,
      [created.id, report.id],
    );
    return created;
  }

  /**
   * Records a grid head's visit, with its photos and the report filled in during it, in one
   * transaction. Idempotent per grid head and client key: the same visit sent again (twice at
   * once, too) returns the one stored.
   */
  async recordVisit(viewer: Viewer, input: ConditionVisitInput): Promise<ConditionVisitType> {
    const existing = await this.#visitByKey(viewer.userId, input.clientKey);
    if (existing) return existing;
    const today = shanghaiDate(this.clock.now());
    if (!isBusinessDate(input.visitedOn)) throw AppError.validation({ field: 'visitedOn', rule: 'invalid' });
    if (input.visitedOn > today) throw AppError.validation({ field: 'visitedOn', rule: 'futureDate' });
    if (input.report) this.#checkMonth(input.report.month, 'report.month');
    try {
      const id = await this.db.transaction(async (manager) => {
        const enterprise = await this.enterpriseFor(viewer, input.enterpriseId, manager);
        const inserted = decodeRows(
          await manager.query(
            `INSERT INTO condition_visit (enterprise_id, visitor_id, visited_on, findings, client_key, created_at)
             VALUES ($1, $2, $3, $4, $5, $6)
             ON CONFLICT (visitor_id, client_key) DO NOTHING RETURNING id`,
            [
              enterprise.id,
              viewer.userId,
              input.visitedOn,
              input.findings.trim(),
              input.clientKey,
              this.clock.now(),
            ],
          ),
          { id: text },
        );
        if (inserted.length === 0) throw new AlreadyRecorded();
        const visitId = inserted[0].id;
        const photos = [...new Set(input.photoIds)];
        await this.attachments.keep(manager, viewer, photos);
        if (photos.length > 0) {
          await manager.query(
            `INSERT INTO condition_visit_photo (attachment_id, visit_id) SELECT unnest($1::uuid[]), $2`,
            [photos, visitId],
          );
        }
        if (input.report) await this.#save(manager, viewer, enterprise.id, input.report, visitId);
        await this.audit.record(manager, {
          action: 'CONDITION_VISIT_RECORDED',
          actorId: viewer.userId,
          actorName: viewer.displayName,
          targetType: 'enterprise',
          targetId: enterprise.id,
          details: { visitId, visitedOn: input.visitedOn, photos: photos.length },
        });
        return visitId;
      });
      return (await this.#visits('cv.id = $1', [id]))[0];
    } catch (error) {
      if (!(error instanceof AlreadyRecorded)) throw error;
      return (await this.#visitByKey(viewer.userId, input.clientKey)) as ConditionVisitType;
    }
  }

  async #visitByKey(visitorId: string, clientKey: string): Promise<ConditionVisitType | null> {
    const [visit] = await this.#visits('cv.visitor_id = $1 AND cv.client_key = $2', [visitorId, clientKey]);
    return visit ?? null;
  }

  async #visits(where: string, params: unknown[], limit = 100): Promise<ConditionVisitType[]> {
    const rows = VISIT_ROW.decodeAll(
      await this.db.query(
        `SELECT ${VISIT_ROW.select} FROM ${VISIT_FROM} WHERE ${where}
          ORDER BY cv.visited_on DESC, cv.created_at DESC LIMIT ${limit}`,
        params,
      ),
    );
    const previews = await this.attachments.previews(rows.flatMap((r) => r.photoIds));
    return rows.map(({ photoIds, ...visit }) => ({
      ...visit,
      photos: previews.filter((p) => photoIds.includes(p.id)),
    }));
  }

  /** Visits in the viewer's scope, newest first: of one enterprise, or of a month. */
  async visits(
    viewer: Viewer,
    enterpriseId: string | null,
    month: string | null,
  ): Promise<ConditionVisitType[]> {
    const { params, add } = sqlParams([]);
    const conditions = [
      `cv.enterprise_id IN (SELECT id FROM enterprise WHERE ${directoryScope(viewer, add)})`,
    ];
    if (enterpriseId) {
      const enterprise = await this.enterpriseFor(viewer, enterpriseId);
      conditions.push(`cv.enterprise_id = ${add(enterprise.id)}::uuid`);
    }
    if (month) {
      this.#checkMonth(month);
      conditions.push(
        `cv.visited_on >= ${add(`${month}-01`)}::date AND cv.visited_on < ${add(`${addMonths(month, 1)}-01`)}::date`,
      );
    }
    return this.#visits(conditions.join(' AND '), params);
  }

  /**
   * The enterprises of the viewer's scope with their condition in `month`: the month's status,
   * the month before's, the latest of any month, and the month's last visit. The office's
   * dashboard drills down into this list with the same filter.
   */
  async enterprises(
    viewer: Viewer,
    filter: ConditionEnterpriseFilter,
    first: number,
    after: string | null,
  ): Promise<ConditionEnterprisePage> {
    this.#checkMonth(filter.month, 'filter.month');
    const size = pageSize(first);
    const { sql, params } = conditionEnterprisesQuery(
      viewer,
      filter,
      size,
      decodeCursor(after, ['text', 'uuid']),
    );
    const rows = decodeRows(await this.db.query(sql, params), ENTERPRISE_CONDITION_FIELDS);
    const items = rows.slice(0, size);
    const last = items[items.length - 1];
    return {
      items,
      nextCursor: rows.length > size && last ? encodeCursor([last.name, last.id]) : null,
    };
  }

  /** The viewer's own coverage in a month: enterprises of their scope, visited and reported. */
  async coverage(viewer: Viewer, month: string): Promise<ConditionCoverageType> {
    this.#checkMonth(month);
    const { params, add } = sqlParams([month, `${month}-01`, `${addMonths(month, 1)}-01`]);
    const [row] = decodeRows(
      await this.db.query(
        `SELECT count(*)::int AS enterprises,
                count(*) FILTER (WHERE EXISTS (SELECT 1 FROM condition_visit v WHERE v.enterprise_id = e.id
                  AND v.visited_on >= $2::date AND v.visited_on < $3::date))::int AS visited,
                coalesce(sum((SELECT count(*) FROM condition_visit v WHERE v.enterprise_id = e.id
                  AND v.visited_on >= $2::date AND v.visited_on < $3::date)), 0)::int AS visits,
                count(*) FILTER (WHERE EXISTS (SELECT 1 FROM condition_report r WHERE r.enterprise_id = e.id
                  AND r.month = $1))::int AS reported
           FROM enterprise e WHERE e.status = 'ACTIVE' AND ${directoryScope(viewer, add)}`,
        params,
      ),
      { enterprises: int, visited: int, visits: int, reported: int },
    );
    return { gridId: viewer.gridId, gridName: '', ...row };
  }
}
