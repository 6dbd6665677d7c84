import { timingSafeEqual } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import {
  CASE_ACTIONS,
  CASE_CATEGORY_CODES,
  CASE_KIND_CODES,
  CASE_STATE_CODES,
  can,
  findTransition,
  rolesWith,
  shanghaiDate,
  trackingNumber,
  type CaseAction,
  type CaseChannel,
} from '@gridbridge/shared';
import { AppError } from '../../common/app-error.js';
import { Clock } from '../../common/clock.js';
import type { Viewer } from '../../common/gql-context.js';
import { encodeCursor } from '../../common/keyset.js';
import { RateLimitService } from '../../common/rate-limit.service.js';
import { Env } from '../../config/env.js';
import { AuditService } from '../audit/index.js';
import { CalendarService } from '../calendar/index.js';
import { NotificationsService } from '../notifications/index.js';
import { AttachmentsService } from './attachments.service.js';
import { acceptDeadline, resumedDeadline } from './case-deadlines.js';
import { newQueryCode } from './query-code.js';
import {
  CASE_COLUMNS,
  CASE_FROM,
  CASE_ROW,
  caseCountQuery,
  caseInScope,
  casePageQuery,
  caseStateCountsQuery,
} from './case-query.js';
import { decodeRows, int, oneOf, text, timestamp } from '../../database/rows.js';
import { searchTokens } from './case-search.js';
import { CaseNotices } from './case-notices.service.js';
import { closeAssignments } from './case-triage.service.js';
import { CaseEventSinks } from './case-event-sinks.js';
import { CaseTransitions } from './case-transitions.service.js';
import type { CasePageArgs, SubmitCaseInput, SupplementCaseInput } from './cases.inputs.js';
import type { CasePage, CaseStateCountType, CaseTrackingType, CaseType } from './cases.types.js';

const CASE_ACTION_CODES = Object.keys(CASE_ACTIONS) as CaseAction[];

/** Thrown inside the submitting transaction when a concurrent retry with the same key won. */
class AlreadySubmitted extends Error {}

/**
 * Cases, intake stage (docs/lifecycle-and-deadlines.md#cases): submission and office entry, the
 * enterprise's supplements and withdrawals, lists, search and anonymous tracking. The office's
 * triage is CaseTriage, the departments' work CaseHandling, evaluation CaseEvaluation. Every state change goes
 * through CaseTransitions and so through the lifecycle table.
 */
@Injectable()
export class CasesService {
  constructor(
    private readonly db: DataSource,
    private readonly env: Env,
    private readonly transitions: CaseTransitions,
    private readonly attachments: AttachmentsService,
    private readonly calendar: CalendarService,
    private readonly notifications: NotificationsService,
    private readonly notices: CaseNotices,
    private readonly audit: AuditService,
    private readonly rateLimit: RateLimitService,
    private readonly clock: Clock,
    private readonly sinks: CaseEventSinks,
  ) {}

  /**
   * Submits a case; idempotent per submitter and client key: a retry, even 20 at once, returns
   * the one case. The tracking number comes from a per-year counter row locked until commit, so
   * numbers are gap-free (a failed submission gives its number back).
   */
  async submit(viewer: Viewer, input: SubmitCaseInput, channel: CaseChannel): Promise<CaseType> {
    const existing = await this.#byClientKey(viewer.userId, input.clientKey);
    if (existing) return existing;
    const relation = can(viewer.roles, 'case.triage') ? 'OFFICE' : 'SUBMITTER';
    if (!findTransition('submit', null, viewer.roles, input.kind, [relation]))
      throw new AppError('FORBIDDEN');
    const enterpriseId = await this.#enterpriseFor(viewer, input.enterpriseId ?? null);
    await this.#checkRespondent(input);
    await this.rateLimit.consume(`submit:${viewer.userId}`, this.env.SUBMIT_RATE_LIMIT_PER_HOUR, 3600);
    try {
      const id = await this.db.transaction((manager) =>
        this.#insert(manager, viewer, input, channel, enterpriseId),
      );
      return this.get(viewer, id);
    } catch (error) {
      if (!(error instanceof AlreadySubmitted)) throw error;
      return (await this.#byClientKey(viewer.userId, input.clientKey)) as CaseType;
    }
  }

  /**
   * An inspector's finding becomes a case (channel INSPECTION, docs/inspections.md#findings),
   * through the same intake as every other case. The inspector does not read cases, so this
   * returns the new case's id and tracking number rather than the case; the client key makes a
   * retry return the same case.
   */
  async submitInspectionFinding(
    viewer: Viewer,
    input: SubmitCaseInput,
  ): Promise<{ id: string; trackingNo: string }> {
    if (!findTransition('submit', null, viewer.roles, input.kind, ['SUBMITTER']))
      throw new AppError('FORBIDDEN');
    const enterpriseId = await this.#enterpriseFor(viewer, input.enterpriseId ?? null);
    await this.#checkRespondent(input);
    const existing = async () => {
      const [row] = decodeRows(
        await this.db.query(
          `SELECT id, tracking_no AS "trackingNo" FROM case_file WHERE submitter_id = $1 AND client_key = $2`,
          [viewer.userId, input.clientKey],
        ),
        { id: text, trackingNo: text },
      );
      return row ?? null;
    };
    const found = await existing();
    if (found) return found;
    try {
      await this.db.transaction((manager) =>
        this.#insert(manager, viewer, input, 'INSPECTION', enterpriseId),
      );
    } catch (error) {
      if (!(error instanceof AlreadySubmitted)) throw error;
    }
    return (await existing()) as { id: string; trackingNo: string };
  }

  async #insert(
    manager: EntityManager,
    viewer: Viewer,
    input: SubmitCaseInput,
    channel: CaseChannel,
    enterpriseId: string,
  ): Promise<string> {
    const now = this.clock.now();
    const year = Number(shanghaiDate(now).slice(0, 4));
    const [sequence] = decodeRows(
      await manager.query(
        `INSERT INTO case_tracking_sequence (year, last_value) VALUES ($1, 1)
         ON CONFLICT (year) DO UPDATE SET last_value = case_tracking_sequence.last_value + 1
         RETURNING last_value AS "lastValue"`,
        [year],
      ),
      { lastValue: int },
    );
    const complaint = input.kind === 'COMPLAINT';
    const calendar = await this.calendar.current();
    const inserted = decodeRows(
      await manager.query(
        `INSERT INTO case_file (tracking_no, query_code, kind, category, channel, title, content, search_vector,
         enterprise_id, submitter_id, client_key, named_department_id, misconduct_type, contact_consent, state,
         submitted_at, state_deadline, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, to_tsvector('simple', $8), $9, $10, $11, $12, $13, $14, 'SUBMITTED', $15, $16,
         $15, $15)
       ON CONFLICT (submitter_id, client_key) DO NOTHING
       RETURNING id, tracking_no AS "trackingNo", query_code AS "queryCode"`,
        [
          trackingNumber(year, sequence.lastValue),
          newQueryCode(),
          input.kind,
          input.category,
          channel,
          input.title.trim(),
          input.content.trim(),
          searchTokens(`${input.title} ${input.content}`),
          enterpriseId,
          viewer.userId,
          input.clientKey,
          input.namedDepartmentId ?? null,
          complaint ? input.misconductType : null,
          input.contactConsent,
          now,
          acceptDeadline(now, calendar),
        ],
      ),
      { id: text, trackingNo: text, queryCode: text },
    );
    // A concurrent submission with this key committed first: roll back, giving the number back.
    if (inserted.length === 0) throw new AlreadySubmitted();
    const created = inserted[0];
    const [event] = decodeRows(
      await manager.query(
        `INSERT INTO case_event (case_id, occurred_at, action, from_state, to_state, actor_id, actor_role, actor_name)
         VALUES ($1, $2, 'submit', NULL, 'SUBMITTED', $3, $4, $5) RETURNING id`,
        [created.id, now, viewer.userId, viewer.roles.find((r) => r !== 'SYS_ADMIN'), viewer.displayName],
      ),
      { id: text },
    );
    await this.attachments.bind(manager, viewer, input.attachmentIds ?? [], created.id, event.id);
    await this.sinks.run(manager, event.id, 'submit');
    await this.audit.record(manager, {
      action: 'case.submit',
      actorId: viewer.userId,
      actorName: viewer.displayName,
      targetType: 'case',
      targetId: created.id,
      details: { trackingNo: created.trackingNo, channel },
    });
    const params = { trackingNo: created.trackingNo, title: input.title.trim() };
    await this.notifications.notify(manager, {
      event: 'CASE_SUBMITTED',
      userIds: await this.notifications.usersWithRoles(manager, rolesWith('case.triage')),
      caseId: created.id,
      params,
      email: true,
    });
    await this.notifications.notify(manager, {
      event: 'CASE_RECEIVED',
      userIds: await this.notices.enterpriseAudience(manager, enterpriseId, viewer.userId),
      caseId: created.id,
      params: { ...params, queryCode: created.queryCode },
      sms: true,
    });
    return created.id;
  }

  async supplement(
    viewer: Viewer,
    id: string,
    version: number,
    input: SupplementCaseInput,
  ): Promise<CaseType> {
    return this.transitions.run({
      caseId: id,
      version,
      action: 'supplement',
      viewer,
      publicNote: input.content.trim(),
      changes: (c, now, calendar) => ({
        paused_at: null,
        state_deadline:
          c.stateDeadline && c.pausedAt
            ? resumedDeadline(c.stateDeadline, c.pausedAt, now, calendar)
            : c.stateDeadline,
      }),
      alongside: (manager, c, eventId) =>
        this.attachments.bind(manager, viewer, input.attachmentIds, c.id, eventId),
      notices: async (manager, c) => [await this.notices.toOffice(manager, c, 'CASE_SUPPLEMENTED')],
    });
  }

  async withdraw(viewer: Viewer, id: string, version: number, reason: string | null): Promise<CaseType> {
    return this.transitions.run({
      caseId: id,
      version,
      action: 'withdraw',
      viewer,
      publicNote: reason?.trim() || null,
      changes: (_c, now) => ({ closed_at: now, state_deadline: null, paused_at: null }),
      // The departments' tasks end with the case.
      alongside: (manager, _c, _eventId, step) => closeAssignments(manager, step),
      notices: async (manager, c) => [await this.notices.toOffice(manager, c, 'CASE_WITHDRAWN')],
    });
  }

  /** One case within the viewer's scope, or NOT_FOUND (never a hint that it exists). */
  get(viewer: Viewer, id: string): Promise<CaseType> {
    return caseInScope(this.db, viewer, id);
  }

  async list(viewer: Viewer, args: CasePageArgs): Promise<CasePage> {
    const calendar = await this.calendar.current();
    const now = this.clock.now();
    const { sql, params, limit, byDeadline } = casePageQuery(viewer, args, calendar, now);
    const rows = CASE_ROW.decodeAll(await this.db.query(sql, params));
    const items = rows.slice(0, limit);
    const last = items[items.length - 1];
    const key = byDeadline ? (last?.stateDeadline?.toISOString() ?? '') : last?.submittedAt.toISOString();
    // Counted only when a query asks for the total (CasePageResolver), once for both its fields,
    // at the same moment as the page so that colour filters agree.
    let counted: Promise<number> | null = null;
    const count = () => {
      counted ??= (async () => {
        const query = caseCountQuery(viewer, args.filter ?? {}, calendar, now);
        const [row] = decodeRows(await this.db.query(query.sql, query.params), { n: int });
        return row.n;
      })();
      return counted;
    };
    return { items, nextCursor: rows.length > limit ? encodeCursor([key, last.id]) : null, count };
  }

  /** One enterprise's cases in `viewer`'s scope, counted per state (the API has checked the id is a UUID). */
  async stateCounts(viewer: Viewer, enterpriseId: string): Promise<CaseStateCountType[]> {
    const { sql, params } = caseStateCountsQuery(viewer, enterpriseId);
    return decodeRows(await this.db.query(sql, params), { state: oneOf(CASE_STATE_CODES), count: int });
  }

  /**
   * Anonymous tracking (docs/roles-and-scope.md): the right tracking number and query code show the status and
   * the public steps, nothing personal; anything else is NOT_FOUND, the same for a wrong code as
   * for a number that does not exist.
   */
  async track(trackingNo: string, queryCode: string, clientKey: string): Promise<CaseTrackingType> {
    await this.rateLimit.consume(`track:${clientKey}`, 30, 60);
    const [row] = decodeRows(
      await this.db.query(
        `SELECT id, tracking_no AS "trackingNo", query_code AS "queryCode", kind, category, state,
           submitted_at AS "submittedAt" FROM case_file WHERE tracking_no = $1`,
        [trackingNo.trim().toUpperCase()],
      ),
      {
        id: text,
        trackingNo: text,
        queryCode: text,
        kind: oneOf(CASE_KIND_CODES),
        category: oneOf(CASE_CATEGORY_CODES),
        state: oneOf(CASE_STATE_CODES),
        submittedAt: timestamp,
      },
    );
    const given = Buffer.from(queryCode.trim().toUpperCase());
    const matches =
      row && given.length === row.queryCode.length && timingSafeEqual(given, Buffer.from(row.queryCode));
    if (!matches) throw new AppError('NOT_FOUND');
    const timeline = decodeRows(
      await this.db.query(
        `SELECT occurred_at AS "occurredAt", action, to_state AS "toState" FROM case_event
         WHERE case_id = $1 AND (from_state IS DISTINCT FROM to_state) ORDER BY occurred_at, id`,
        [row.id],
      ),
      { occurredAt: timestamp, action: oneOf(CASE_ACTION_CODES), toState: oneOf(CASE_STATE_CODES) },
    );
    return {
      trackingNo: row.trackingNo,
      kind: row.kind,
      category: row.category,
      state: row.state,
      submittedAt: row.submittedAt,
      timeline,
    };
  }

  async #byClientKey(submitterId: string, clientKey: string): Promise<CaseType | null> {
    const [row] = CASE_ROW.decodeAll(
      await this.db.query(
        `SELECT ${CASE_COLUMNS} FROM ${CASE_FROM} WHERE c.submitter_id = $1 AND c.client_key = $2`,
        [submitterId, clientKey],
      ),
    );
    return row ?? null;
  }

  /**
   * The enterprise a case is for: an enterprise account's own; for a grid head one of their
   * grid subtree (网格上报); for office entry any enterprise in the directory.
   */
  async #enterpriseFor(viewer: Viewer, requested: string | null): Promise<string> {
    if (viewer.roles.includes('ENTERPRISE')) {
      if (!viewer.enterpriseId) throw new AppError('CLAIM_PENDING');
      return viewer.enterpriseId;
    }
    if (!requested) throw AppError.validation({ field: 'enterpriseId', rule: 'required' });
    // Inspectors, like the office, name any enterprise of the district.
    const office = can(viewer.roles, 'case.triage') || can(viewer.roles, 'inspection.work');
    const [row] = decodeRows(
      await this.db.query(
        `SELECT id FROM enterprise WHERE id = $1 AND ($2 OR grid_path @> ARRAY[$3::uuid])`,
        [requested, office, viewer.gridId],
      ),
      { id: text },
    );
    if (!row) throw AppError.validation({ field: 'enterpriseId', rule: 'notFound' });
    return row.id;
  }

  /** A complaint names the department concerned and the misconduct (docs/lifecycle-and-deadlines.md#cases). */
  async #checkRespondent(input: SubmitCaseInput): Promise<void> {
    if (input.kind === 'COMPLAINT') {
      if (!input.misconductType) throw AppError.validation({ field: 'misconductType', rule: 'required' });
      if (!input.namedDepartmentId)
        throw AppError.validation({ field: 'namedDepartmentId', rule: 'required' });
    }
    if (input.namedDepartmentId) {
      const [department] = decodeRows(
        await this.db.query(`SELECT id FROM department WHERE id = $1 AND active`, [input.namedDepartmentId]),
        { id: text },
      );
      if (!department) throw AppError.validation({ field: 'namedDepartmentId', rule: 'notFound' });
    }
  }
}
