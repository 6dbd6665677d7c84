import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import {
  CASE_ACTIONS,
  CASE_STATES,
  findTransition,
  type Actor,
  type CaseAction,
  type CaseRelation,
  type CaseState,
  type WorkingCalendar,
} from '@gridbridge/shared';
import { decodeChangedRows, decodeRows, text } from '../../database/rows.js';
import { AppError } from '../../common/app-error.js';
import { Clock } from '../../common/clock.js';
import type { Viewer } from '../../common/gql-context.js';
import { currentLocale } from '../../common/request-context.js';
import { AuditService } from '../audit/index.js';
import { CalendarService } from '../calendar/index.js';
import { NotificationsService, type Notice } from '../notifications/index.js';
import { assignmentsOf, ownAssignment, relationsOf, type AssignmentRow } from './case-assignments.js';
import { CaseEventSinks } from './case-event-sinks.js';
import { caseInScope } from './case-query.js';
import { sqlParams } from './case-scope.js';
import type { CaseType } from './cases.types.js';

/** Columns a transition may set besides state and version (snake_case, as in case_file). */
export type CaseChanges = Partial<
  Record<
    | 'category'
    | 'priority'
    | 'complexity'
    | 'state_deadline'
    | 'paused_at'
    | 'accepted_at'
    | 'replied_at'
    | 'closed_at'
    | 'office_note'
    | 'duplicate_of_id'
    | 'lead_department_id'
    | 'reply_result'
    | 'reply_text'
    | 'reopen_count'
    | 'evaluation_solved'
    | 'evaluation_satisfaction'
    | 'evaluation_comment'
    | 'evaluated_at',
    unknown
  >
>;

/** What a step knows while it runs, inside its transaction. */
export interface StepContext {
  current: CaseType;
  /** The case's active assignments, the lead first, as they were before the step. */
  assignments: AssignmentRow[];
  /** The acting department's own assignment, if it holds one. */
  own: AssignmentRow | null;
  /** The relation the lifecycle row let act. */
  relation: CaseRelation;
  now: Date;
  calendar: WorkingCalendar;
}

export interface TransitionRequest {
  caseId: string;
  /** The version the client saw; a stale one is a conflict. */
  version: number;
  action: CaseAction;
  /** null: the system itself (scheduled jobs). */
  viewer: Viewer | null;
  publicNote?: string | null;
  internalNote?: string | null;
  /** The step's facts on the timeline; a function when they depend on the case (its deadlines). */
  details?: Record<string, unknown> | null | ((step: StepContext) => Record<string, unknown> | null);
  /** Refuses the step when the assignments do not allow it (the table decides the case's state only). */
  check?: (step: StepContext) => void;
  /** The columns the step changes, from the case as it stands. */
  changes?: (current: CaseType, now: Date, calendar: WorkingCalendar, step: StepContext) => CaseChanges;
  /** More work in the same transaction once the event exists (assignments, attachments). */
  alongside?: (
    manager: EntityManager,
    current: CaseType,
    eventId: string,
    step: StepContext,
  ) => Promise<void>;
  /** Who is told, about the case as it is after the step. */
  notices?: (manager: EntityManager, updated: CaseType) => Promise<Notice[]>;
}

/** The refusal of a step the lifecycle table (or the acting department's own task) does not allow now. */
export function invalidTransition(state: CaseState, action: CaseAction): AppError {
  const locale = currentLocale();
  return new AppError('INVALID_TRANSITION', {
    state: CASE_STATES[state][locale],
    action: CASE_ACTIONS[action][locale],
  });
}

/**
 * The one way a case changes state (docs/lifecycle-and-deadlines.md): the lifecycle table decides, and the new state,
 * the timeline event, the audit entry and the notifications are written in one transaction.
 * The case row is locked first and the version the client saw is checked against it, so of
 * concurrent conflicting steps exactly one wins and the others get CONFLICT.
 */
@Injectable()
export class CaseTransitions {
  constructor(
    private readonly db: DataSource,
    private readonly calendar: CalendarService,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
    private readonly clock: Clock,
    private readonly sinks: CaseEventSinks,
  ) {}

  async run(request: TransitionRequest): Promise<CaseType> {
    const calendar = await this.calendar.current();
    return this.db.transaction(async (manager) => {
      // The case row is locked before anything of the case is read: a concurrent step waits here
      // until the one ahead commits, then reads the version it left and answers CONFLICT. Read
      // unlocked, the case could be the old one and its assignments already the winner's (each
      // statement sees what is committed when it starts), and the loser would fail on that mix —
      // a refusal of its own task or a missing reference — instead of CONFLICT.
      await manager.query('SELECT 1 FROM case_file WHERE id = $1 FOR UPDATE', [request.caseId]);
      const current = await caseInScope(manager, request.viewer, request.caseId);
      if (current.version !== request.version) throw new AppError('CONFLICT');
      const actors: Actor[] = request.viewer ? request.viewer.roles : ['SYSTEM'];
      const assignments = await assignmentsOf(manager, request.caseId);
      const relations = relationsOf(request.viewer, assignments);
      const transition = findTransition(request.action, current.state, actors, current.kind, relations);
      if (!transition) throw invalidTransition(current.state, request.action);
      const actorRole = actors.find((actor) => transition.roles.includes(actor)) as Actor;
      const now = this.clock.now();
      const step: StepContext = {
        current,
        assignments,
        own: ownAssignment(request.viewer, assignments),
        relation: transition.relation,
        now,
        calendar,
      };
      request.check?.(step);
      const changes = request.changes?.(current, now, calendar, step) ?? {};
      const details = typeof request.details === 'function' ? request.details(step) : request.details;
      const { params, add } = sqlParams([request.caseId, request.version, transition.to, now]);
      const sets = Object.entries(changes).map(([column, value]) => `${column} = ${add(value)}`);
      const updated = decodeChangedRows(
        await manager.query(
          `UPDATE case_file SET state = $3, updated_at = $4, version = version + 1${sets.map((s) => `, ${s}`).join('')}
           WHERE id = $1 AND version = $2 RETURNING id`,
          params,
        ),
        { id: text },
      );
      if (updated.length === 0) throw new AppError('CONFLICT');
      const [event] = decodeRows(
        await manager.query(
          `INSERT INTO case_event (case_id, occurred_at, action, from_state, to_state, actor_id, actor_role,
           actor_name, public_note, internal_note, details)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING id`,
          [
            request.caseId,
            now,
            request.action,
            current.state,
            transition.to,
            request.viewer?.userId ?? null,
            actorRole,
            request.viewer?.displayName ?? null,
            request.publicNote ?? null,
            request.internalNote ?? null,
            details ? JSON.stringify(details) : null,
          ],
        ),
        { id: text },
      );
      await request.alongside?.(manager, current, event.id, step);
      await this.sinks.run(manager, event.id, request.action);
      await this.audit.record(manager, {
        action: `case.${request.action}`,
        actorId: request.viewer?.userId ?? null,
        actorName: request.viewer?.displayName ?? 'SYSTEM',
        targetType: 'case',
        targetId: request.caseId,
        details: { trackingNo: current.trackingNo, from: current.state, to: transition.to },
      });
      const after = await caseInScope(manager, null, request.caseId);
      for (const notice of (await request.notices?.(manager, after)) ?? []) {
        await this.notifications.notify(manager, { ...notice, caseId: request.caseId });
      }
      return after;
    });
  }
}
