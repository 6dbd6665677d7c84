import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { AppError } from '../../common/app-error.js';
import type { Viewer } from '../../common/gql-context.js';
import { decodeRows, text } from '../../database/rows.js';
import { ACTIVE_ASSIGNMENT, type AssignmentRow } from './case-assignments.js';
import {
  deadlineFacts,
  evaluationDeadline,
  opinionDeadline,
  replyDeadline,
  resumedDeadline,
  signDeadline,
} from './case-deadlines.js';
import type { AssignCaseInput, ReopenCaseInput } from './case-loop.inputs.js';
import { AssignmentSuggestionsService } from '../dispatch/index.js';
import { CaseLimits } from './case-limits.js';
import { CaseNotices } from './case-notices.service.js';
import { CaseTransitions, invalidTransition, type StepContext } from './case-transitions.service.js';
import type { AcceptCaseInput, DirectReplyInput } from './cases.inputs.js';
import type { CaseType } from './cases.types.js';

/** Sets columns of one assignment and bumps its version, inside the step's transaction. */
export async function updateAssignment(
  manager: EntityManager,
  id: string,
  changes: Record<string, unknown>,
): Promise<void> {
  const entries = Object.entries(changes);
  const sets = entries.map(([column], i) => `${column} = $${i + 2}`);
  await manager.query(
    `UPDATE case_assignment SET ${[...sets, 'version = version + 1'].join(', ')} WHERE id = $1`,
    [id, ...entries.map(([, value]) => value)],
  );
}

/** The lead assignment of a case in a step, or INVALID_TRANSITION when it has none. */
export function leadOf(step: StepContext, action: Parameters<typeof invalidTransition>[1]): AssignmentRow {
  const lead = step.assignments.find((a) => a.role === 'LEAD');
  if (!lead) throw invalidTransition(step.current.state, action);
  return lead;
}

/**
 * The office's stage (docs/lifecycle-and-deadlines.md): triage of new cases, assignment to a lead
 * department and co-departments, review of replies, disputes, and the office leader's decisions on
 * extensions and returns. Every step goes through CaseTransitions and so the lifecycle table.
 */
@Injectable()
export class CaseTriage {
  constructor(
    private readonly db: DataSource,
    private readonly transitions: CaseTransitions,
    private readonly notices: CaseNotices,
    private readonly limits: CaseLimits,
    private readonly suggestions: AssignmentSuggestionsService,
  ) {}

  async accept(viewer: Viewer, id: string, version: number, input: AcceptCaseInput): Promise<CaseType> {
    return this.transitions.run({
      caseId: id,
      version,
      action: 'accept',
      viewer,
      publicNote: input.note?.trim() || null,
      details: ({ current, now }) => ({
        category: input.category,
        priority: input.priority,
        complexity: input.complexity,
        ...deadlineFacts('accept', current.stateDeadline, now),
      }),
      changes: (_c, now) => ({
        category: input.category,
        priority: input.priority,
        complexity: input.complexity,
        accepted_at: now,
        // Assignment has no limit of its own (docs/lifecycle-and-deadlines.md#deadlines); the departments' clocks start on assignment.
        state_deadline: null,
      }),
      notices: async (manager, c) => [await this.notices.toEnterprise(manager, c, 'CASE_ACCEPTED')],
    });
  }

  async reject(viewer: Viewer, id: string, version: number, reason: string): Promise<CaseType> {
    return this.transitions.run({
      caseId: id,
      version,
      action: 'reject',
      viewer,
      publicNote: reason.trim(),
      changes: (_c, now) => ({ office_note: reason.trim(), closed_at: now, state_deadline: null }),
      notices: async (manager, c) => [
        await this.notices.toEnterprise(manager, c, 'CASE_REJECTED', { note: reason.trim() }),
      ],
    });
  }

  /** Asks the enterprise for more; the office's clock stops until it supplements (docs/lifecycle-and-deadlines.md#deadlines). */
  async requestInfo(viewer: Viewer, id: string, version: number, request: string): Promise<CaseType> {
    return this.transitions.run({
      caseId: id,
      version,
      action: 'requestInfo',
      viewer,
      publicNote: request.trim(),
      changes: (_c, now) => ({ office_note: request.trim(), paused_at: now }),
      notices: async (manager, c) => [
        await this.notices.toEnterprise(manager, c, 'CASE_INFO_REQUESTED', { note: request.trim() }),
      ],
    });
  }

  async markDuplicate(
    viewer: Viewer,
    id: string,
    version: number,
    originalTrackingNo: string,
    note: string | null,
  ): Promise<CaseType> {
    const [original] = decodeRows(
      await this.db.query(
        `SELECT id, tracking_no AS "trackingNo" FROM case_file WHERE tracking_no = $1 AND id <> $2 AND state <> 'DUPLICATE'`,
        [originalTrackingNo.trim().toUpperCase(), id],
      ),
      { id: text, trackingNo: text },
    );
    if (!original) throw AppError.validation({ field: 'originalTrackingNo', rule: 'notFound' });
    return this.transitions.run({
      caseId: id,
      version,
      action: 'markDuplicate',
      viewer,
      publicNote: note?.trim() || null,
      details: { originalId: original.id, originalTrackingNo: original.trackingNo },
      changes: (_c, now) => ({ duplicate_of_id: original.id, closed_at: now, state_deadline: null }),
      notices: async (manager, c) => [
        await this.notices.toEnterprise(manager, c, 'CASE_DUPLICATE', {
          originalTrackingNo: original.trackingNo,
        }),
      ],
    });
  }

  /** The office answers itself (a consultation, or any accepted case); the enterprise then evaluates. */
  async replyDirectly(
    viewer: Viewer,
    id: string,
    version: number,
    input: DirectReplyInput,
  ): Promise<CaseType> {
    return this.transitions.run({
      caseId: id,
      version,
      action: 'replyDirectly',
      viewer,
      publicNote: input.text.trim(),
      internalNote: input.internalNote?.trim() || null,
      details: { result: input.result },
      changes: (c, now) => ({
        reply_result: input.result,
        reply_text: input.text.trim(),
        replied_at: now,
        accepted_at: c.acceptedAt ?? now,
        state_deadline: evaluationDeadline(now),
        paused_at: null,
      }),
      notices: async (manager, c) => [await this.notices.toEnterprise(manager, c, 'CASE_REPLIED')],
    });
  }

  /**
   * 交办: one lead department and any co-departments, each an assignment with its own deadlines
   * from the working-day calendar by the case's priority and complexity. A complaint never goes to
   * the department it names.
   */
  async assign(viewer: Viewer, id: string, version: number, input: AssignCaseInput): Promise<CaseType> {
    const co = input.coDepartmentIds ?? [];
    if (co.includes(input.leadDepartmentId)) {
      throw AppError.validation({ field: 'coDepartmentIds', rule: 'leadAlsoCo' });
    }
    if (new Set(co).size !== co.length)
      throw AppError.validation({ field: 'coDepartmentIds', rule: 'duplicate' });
    const known = decodeRows(
      await this.db.query(`SELECT id, name FROM department WHERE active AND id = ANY($1::uuid[])`, [
        [input.leadDepartmentId, ...co],
      ]),
      { id: text, name: text },
    );
    const names = new Map(known.map((d) => [d.id, d.name]));
    if (!names.has(input.leadDepartmentId)) {
      throw AppError.validation({ field: 'leadDepartmentId', rule: 'notFound' });
    }
    if (co.some((d) => !names.has(d)))
      throw AppError.validation({ field: 'coDepartmentIds', rule: 'notFound' });
    const note = input.note?.trim() || null;
    const limits = await this.limits.of(id);
    return this.transitions.run({
      caseId: id,
      version,
      action: 'assign',
      viewer,
      internalNote: note,
      check: ({ current }) => {
        if (current.kind !== 'COMPLAINT' || !current.namedDepartmentId) return;
        if (current.namedDepartmentId === input.leadDepartmentId) {
          throw AppError.validation({ field: 'leadDepartmentId', rule: 'complaintNamed' });
        }
        if (co.includes(current.namedDepartmentId)) {
          throw AppError.validation({ field: 'coDepartmentIds', rule: 'complaintNamed' });
        }
      },
      details: ({ current, now, calendar }) => ({
        leadDepartmentId: input.leadDepartmentId,
        leadDepartmentName: names.get(input.leadDepartmentId),
        coDepartmentIds: co,
        signDeadline: signDeadline(now, calendar, limits.sign).toISOString(),
        deadline: replyDeadline(
          now,
          current.priority,
          current.complexity,
          calendar,
          limits.reply,
        ).toISOString(),
      }),
      changes: (_c, now, calendar) => ({
        lead_department_id: input.leadDepartmentId,
        state_deadline: signDeadline(now, calendar, limits.sign),
        paused_at: null,
      }),
      alongside: async (manager, c, _eventId, { now, calendar }) => {
        const rows = [
          {
            department: input.leadDepartmentId,
            role: 'LEAD',
            due: replyDeadline(now, c.priority, c.complexity, calendar, limits.reply),
          },
          ...co.map((department) => ({
            department,
            role: 'CO',
            due: opinionDeadline(now, c.priority, c.complexity, calendar, limits.reply),
          })),
        ];
        for (const row of rows) {
          await manager.query(
            `INSERT INTO case_assignment (case_id, department_id, role, state, note, assigned_at, sign_deadline,
               reply_deadline) VALUES ($1, $2, $3, 'ASSIGNED', $4, $5, $6, $7)`,
            [c.id, row.department, row.role, note, now, signDeadline(now, calendar, limits.sign), row.due],
          );
        }
        await this.suggestions.recordOutcome(manager, c.id, input.leadDepartmentId);
      },
      notices: async (manager, c) => [
        await this.notices.toDepartments(manager, c, [input.leadDepartmentId, ...co], 'CASE_ASSIGNED'),
        await this.notices.toEnterprise(manager, c, 'CASE_IN_HAND', {
          department: names.get(input.leadDepartmentId) ?? '',
        }),
      ],
    });
  }

  /** The reply goes to the enterprise; it has 7 calendar days to evaluate. */
  async approveReply(viewer: Viewer, id: string, version: number, note: string | null): Promise<CaseType> {
    return this.transitions.run({
      caseId: id,
      version,
      action: 'approveReply',
      viewer,
      internalNote: note,
      check: (step) => {
        if (!leadOf(step, 'approveReply').draftText)
          throw AppError.validation({ field: 'reply', rule: 'noDraft' });
      },
      details: (step) => {
        const lead = leadOf(step, 'approveReply');
        return { result: lead.draftResult, ...deadlineFacts('review', step.current.stateDeadline, step.now) };
      },
      publicNote: null,
      changes: (_c, now, _calendar, step) => {
        const lead = leadOf(step, 'approveReply');
        return {
          reply_result: lead.draftResult,
          reply_text: lead.draftText,
          replied_at: now,
          state_deadline: evaluationDeadline(now),
          paused_at: null,
        };
      },
      alongside: async (manager, _c, _eventId, step) => {
        await updateAssignment(manager, leadOf(step, 'approveReply').id, { state: 'REPLIED' });
      },
      notices: async (manager, c) => [await this.notices.toEnterprise(manager, c, 'CASE_REPLIED')],
    });
  }

  /**
   * 退回重办: the reply goes back to the lead department with a reason. Its clock goes on from
   * where it stood: the reply deadline is neither reset nor moved.
   */
  async sendBack(viewer: Viewer, id: string, version: number, reason: string): Promise<CaseType> {
    return this.transitions.run({
      caseId: id,
      version,
      action: 'sendBack',
      viewer,
      internalNote: reason,
      details: (step) => deadlineFacts('review', step.current.stateDeadline, step.now),
      changes: (_c, _now, _calendar, step) => ({ state_deadline: leadOf(step, 'sendBack').replyDeadline }),
      alongside: async (manager, _c, _eventId, step) => {
        await updateAssignment(manager, leadOf(step, 'sendBack').id, {
          state: 'IN_PROGRESS',
          sent_back_at: step.now,
        });
      },
      notices: async (manager, c) => [
        await this.notices.toDepartments(manager, c, [c.leadDepartmentId as string], 'CASE_SENT_BACK', {
          note: reason,
        }),
      ],
    });
  }

  /** A dispute reopened: back to the lead department, to a new reply deadline; the reopen count goes up. */
  async reopen(viewer: Viewer, id: string, version: number, input: ReopenCaseInput): Promise<CaseType> {
    const reason = input.reason.trim();
    const days = input.days ?? (await this.limits.of(id)).reply;
    return this.transitions.run({
      caseId: id,
      version,
      action: 'reopen',
      viewer,
      internalNote: reason,
      details: ({ now, calendar }) => ({ deadline: calendar.addWorkingDays(now, days).toISOString() }),
      changes: (c, now, calendar, step) => {
        leadOf(step, 'reopen');
        return {
          state_deadline: calendar.addWorkingDays(now, days),
          reopen_count: c.reopenCount + 1,
          closed_at: null,
        };
      },
      alongside: async (manager, _c, _eventId, step) => {
        const due = step.calendar.addWorkingDays(step.now, days);
        await updateAssignment(manager, leadOf(step, 'reopen').id, {
          state: 'IN_PROGRESS',
          reply_deadline: due,
          original_reply_deadline: null,
          draft_result: null,
          draft_text: null,
          draft_internal_note: null,
          replied_at: null,
        });
      },
      notices: async (manager, c) => [
        await this.notices.toDepartments(manager, c, [c.leadDepartmentId as string], 'CASE_REOPENED', {
          note: reason,
        }),
        // The reason is the office's instruction to the department; the enterprise learns only that its case goes on.
        await this.notices.toEnterprise(manager, c, 'CASE_RESUMED'),
      ],
    });
  }

  /** A dispute closed with an explanation the enterprise reads. */
  async closeDisputed(viewer: Viewer, id: string, version: number, explanation: string): Promise<CaseType> {
    return this.transitions.run({
      caseId: id,
      version,
      action: 'closeDisputed',
      viewer,
      publicNote: explanation,
      changes: (_c, now) => ({
        office_note: explanation,
        closed_at: now,
        state_deadline: null,
        paused_at: null,
      }),
      alongside: (manager, _c, _eventId, step) => closeAssignments(manager, step),
      notices: async (manager, c) => [
        await this.notices.toEnterprise(manager, c, 'CASE_CLOSED', { note: explanation }),
      ],
    });
  }

  /** 批准延期: the reply deadline moves by the days asked for; the original stays for the scorecard. */
  async decideExtension(
    viewer: Viewer,
    id: string,
    version: number,
    approve: boolean,
    reason: string,
  ): Promise<CaseType> {
    const action = approve ? 'approveExtension' : 'denyExtension';
    const moved = (step: StepContext) => {
      const lead = pendingOf(step, 'EXTENSION');
      const resumed = resumedDeadline(lead.replyDeadline, lead.pausedAt ?? step.now, step.now, step.calendar);
      return {
        lead,
        resumed,
        deadline: approve ? step.calendar.addWorkingDays(resumed, lead.requestDays ?? 0) : resumed,
      };
    };
    return this.transitions.run({
      caseId: id,
      version,
      action,
      viewer,
      internalNote: reason,
      check: (step) => void pendingOf(step, 'EXTENSION'),
      details: (step) => {
        const { lead, deadline } = moved(step);
        return {
          days: lead.requestDays,
          deadline: deadline.toISOString(),
          originalDeadline: (lead.originalReplyDeadline ?? lead.replyDeadline).toISOString(),
        };
      },
      changes: (_c, _now, _calendar, step) => ({ state_deadline: moved(step).deadline, paused_at: null }),
      alongside: async (manager, _c, _eventId, step) => {
        const { lead, deadline } = moved(step);
        await updateAssignment(manager, lead.id, {
          reply_deadline: deadline,
          original_reply_deadline: approve
            ? (lead.originalReplyDeadline ?? lead.replyDeadline)
            : lead.originalReplyDeadline,
          paused_at: null,
          pending_request: null,
          request_reason: null,
          request_days: null,
        });
      },
      notices: async (manager, c) => [
        await this.notices.toDepartments(
          manager,
          c,
          [c.leadDepartmentId as string],
          approve ? 'CASE_EXTENSION_APPROVED' : 'CASE_EXTENSION_DENIED',
          { note: reason },
        ),
      ],
    });
  }

  /**
   * 退回: approved, the case goes back to ACCEPTED for a new assignment and every assignment on it
   * ends RETURNED; denied, the lead department carries on, its clock resumed with the days the
   * request waited given back.
   */
  async decideReturn(
    viewer: Viewer,
    id: string,
    version: number,
    approve: boolean,
    reason: string,
  ): Promise<CaseType> {
    const action = approve ? 'approveReturn' : 'denyReturn';
    // The department that asked: after an approval the case names no lead any more.
    let asking: string | null = null;
    const resumed = (step: StepContext) => {
      const lead = pendingOf(step, 'RETURN');
      // Asked before signing: denying it signs the case, with the reply deadline given back the wait.
      return resumedDeadline(lead.replyDeadline, lead.pausedAt ?? step.now, step.now, step.calendar);
    };
    return this.transitions.run({
      caseId: id,
      version,
      action,
      viewer,
      internalNote: reason,
      check: (step) => {
        asking = pendingOf(step, 'RETURN').departmentId;
      },
      details: (step) => ({ departmentId: pendingOf(step, 'RETURN').departmentId }),
      changes: (_c, _now, _calendar, step) =>
        approve
          ? { lead_department_id: null, state_deadline: null, paused_at: null }
          : { state_deadline: resumed(step), paused_at: null },
      alongside: async (manager, _c, _eventId, step) => {
        const lead = pendingOf(step, 'RETURN');
        if (approve) {
          await manager.query(
            `UPDATE case_assignment a SET state = 'RETURNED', closed_at = $2, paused_at = NULL, pending_request = NULL,
               version = version + 1 WHERE a.case_id = $1 AND ${ACTIVE_ASSIGNMENT}`,
            [step.current.id, step.now],
          );
          return;
        }
        await updateAssignment(manager, lead.id, {
          state: 'IN_PROGRESS',
          signed_at: lead.signedAt ?? step.now,
          reply_deadline: resumed(step),
          paused_at: null,
          pending_request: null,
          request_reason: null,
          request_days: null,
        });
      },
      notices: async (manager, c) => {
        return [
          await this.notices.toDepartments(
            manager,
            c,
            asking ? [asking] : [],
            approve ? 'CASE_RETURN_APPROVED' : 'CASE_RETURN_DENIED',
            { note: reason },
          ),
          ...(approve ? [await this.notices.toOffice(manager, c, 'CASE_RETURNED', { note: reason })] : []),
        ];
      },
    });
  }
}

/** The lead assignment's pending request of `kind`, or a VALIDATION error naming it. */
function pendingOf(step: StepContext, kind: 'EXTENSION' | 'RETURN'): AssignmentRow {
  const lead = step.assignments.find((a) => a.role === 'LEAD' && a.pendingRequest === kind);
  if (!lead) {
    throw AppError.validation({
      field: kind === 'EXTENSION' ? 'extension' : 'returnRequest',
      rule: 'nothingPending',
    });
  }
  return lead;
}

/** Every active assignment of the case ends with it. */
export async function closeAssignments(manager: EntityManager, step: StepContext): Promise<void> {
  await manager.query(
    `UPDATE case_assignment a SET state = 'CLOSED', closed_at = $2, paused_at = NULL, version = version + 1
      WHERE a.case_id = $1 AND ${ACTIVE_ASSIGNMENT}`,
    [step.current.id, step.now],
  );
}
