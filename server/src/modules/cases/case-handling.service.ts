import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { decodeRows, text } from '../../database/rows.js';
import { AppError } from '../../common/app-error.js';
import type { Viewer } from '../../common/gql-context.js';
import { rolesWith, type CaseAction } from '@gridbridge/shared';
import { assignmentRefusal, type AssignmentRow } from './case-assignments.js';
import { AttachmentsService } from './attachments.service.js';
import { contactDeadline, deadlineFacts, resumedDeadline, reviewDeadline } from './case-deadlines.js';
import type {
  DraftReplyInput,
  ExtensionRequestInput,
  FirstContactInput,
  ProgressInput,
} from './case-loop.inputs.js';
import { CaseLimits } from './case-limits.js';
import { CaseNotices } from './case-notices.service.js';
import { CaseTransitions, invalidTransition, type StepContext } from './case-transitions.service.js';
import { updateAssignment } from './case-triage.service.js';
import type { CaseType } from './cases.types.js';

async function departmentName(manager: EntityManager, id: string): Promise<string> {
  const [row] = decodeRows(await manager.query('SELECT name FROM department WHERE id = $1', [id]), {
    name: text,
  });
  return row?.name ?? '';
}

/**
 * How far ahead of the server a browser's clock may run: the dialog fills in the browser's "now",
 * and a desk computer a minute fast must not be told its contact lies in the future.
 */
const CLIENT_CLOCK_SKEW_MS = 5 * 60_000;

/** The acting department's own assignment in a step (the lifecycle row already required one). */
function own(step: StepContext): AssignmentRow {
  if (!step.own) throw invalidTransition(step.current.state, 'sign');
  return step.own;
}

/** The acting department's own assignment, refused when its state does not allow `action` now. */
function allowed(step: StepContext, action: CaseAction): AssignmentRow {
  const a = own(step);
  const refusal = assignmentRefusal(action, a);
  if (refusal === 'transition') throw invalidTransition(step.current.state, action);
  if (refusal) throw AppError.validation(refusal);
  return a;
}

/**
 * The departments' stage (docs/lifecycle-and-deadlines.md#assignments): signing, first contact,
 * progress, co-handling opinions, the reply draft and its leader's approval, and the leader's
 * requests for an extension or a return. What a department may do follows from its relation to
 * the case (lead or co) in the lifecycle table, then from the state of its own assignment.
 */
@Injectable()
export class CaseHandling {
  constructor(
    private readonly transitions: CaseTransitions,
    private readonly notices: CaseNotices,
    private readonly attachments: AttachmentsService,
    private readonly limits: CaseLimits,
  ) {}

  /** 签收: the lead's reply deadline becomes the case's running one; a co-department's task starts. */
  async sign(viewer: Viewer, id: string, version: number): Promise<CaseType> {
    const limits = await this.limits.of(id);
    return this.transitions.run({
      caseId: id,
      version,
      action: 'sign',
      viewer,
      check: (step) => void allowed(step, 'sign'),
      details: (step) => ({
        departmentId: own(step).departmentId,
        role: own(step).role,
        ...deadlineFacts('sign', own(step).signDeadline, step.now),
      }),
      changes: (_c, _now, _calendar, step) =>
        step.relation === 'LEAD' ? { state_deadline: own(step).replyDeadline } : {},
      alongside: async (manager, _c, _eventId, step) => {
        await updateAssignment(manager, own(step).id, {
          state: 'IN_PROGRESS',
          signed_at: step.now,
          contact_deadline:
            step.relation === 'LEAD' ? contactDeadline(step.now, step.calendar, limits.firstContact) : null,
        });
      },
    });
  }

  /** 先行联系: how, when and what was said; recorded once, against its one-working-day limit. */
  async contact(viewer: Viewer, id: string, version: number, input: FirstContactInput): Promise<CaseType> {
    const summary = input.summary.trim();
    // "Just now" from a computer whose clock runs a little ahead is the server's now.
    const contactedAt = (step: StepContext) => (input.contactedAt > step.now ? step.now : input.contactedAt);
    return this.transitions.run({
      caseId: id,
      version,
      action: 'contact',
      viewer,
      internalNote: summary,
      check: (step) => {
        const a = allowed(step, 'contact');
        if (input.contactedAt.getTime() > step.now.getTime() + CLIENT_CLOCK_SKEW_MS) {
          throw AppError.validation({ field: 'contactedAt', rule: 'afterNow' });
        }
        if (input.contactedAt < a.assignedAt) {
          throw AppError.validation({ field: 'contactedAt', rule: 'beforeAssigned' });
        }
      },
      details: (step) => ({
        method: input.method,
        contactedAt: contactedAt(step).toISOString(),
        ...deadlineFacts('contact', own(step).contactDeadline, contactedAt(step)),
      }),
      alongside: async (manager, _c, _eventId, step) => {
        await updateAssignment(manager, own(step).id, { first_contacted_at: contactedAt(step) });
      },
    });
  }

  /** 办理进展: a note the enterprise reads, or one for the office and departments only. */
  async recordProgress(viewer: Viewer, id: string, version: number, input: ProgressInput): Promise<CaseType> {
    const note = input.note.trim();
    return this.transitions.run({
      caseId: id,
      version,
      action: 'recordProgress',
      viewer,
      publicNote: input.visibleToEnterprise ? note : null,
      internalNote: input.visibleToEnterprise ? null : note,
      check: (step) => void allowed(step, 'recordProgress'),
      details: (step) => ({ departmentId: own(step).departmentId }),
    });
  }

  /** 协办意见: a co-department's task ends with its opinion, which the lead department reads. */
  async submitOpinion(viewer: Viewer, id: string, version: number, opinion: string): Promise<CaseType> {
    let department = '';
    return this.transitions.run({
      caseId: id,
      version,
      action: 'submitOpinion',
      viewer,
      internalNote: opinion,
      check: (step) => {
        department = allowed(step, 'submitOpinion').departmentId;
      },
      details: (step) => ({
        departmentId: own(step).departmentId,
        ...deadlineFacts('opinion', own(step).replyDeadline, step.now, own(step).originalReplyDeadline),
      }),
      alongside: async (manager, _c, _eventId, step) => {
        await updateAssignment(manager, own(step).id, {
          state: 'OPINION_GIVEN',
          opinion,
          replied_at: step.now,
        });
      },
      notices: async (manager, c) => [
        await this.notices.toDepartments(manager, c, [c.leadDepartmentId as string], 'CASE_OPINION_GIVEN', {
          department: await departmentName(manager, department),
        }),
      ],
    });
  }

  /** 拟写答复: the lead department's draft, with attachments; its leader approves it next. */
  async draftReply(viewer: Viewer, id: string, version: number, input: DraftReplyInput): Promise<CaseType> {
    const text = input.text.trim();
    const internalNote = input.internalNote?.trim() || null;
    return this.transitions.run({
      caseId: id,
      version,
      action: 'draftReply',
      viewer,
      internalNote,
      check: (step) => void allowed(step, 'draftReply'),
      details: { result: input.result, text },
      alongside: async (manager, c, eventId, step) => {
        await updateAssignment(manager, own(step).id, {
          state: 'REPLY_DRAFTED',
          draft_result: input.result,
          draft_text: text,
          draft_internal_note: internalNote,
        });
        await this.attachments.bind(manager, viewer, input.attachmentIds ?? [], c.id, eventId);
      },
      notices: async (manager, c) => [
        await this.notices.toDepartments(
          manager,
          c,
          [c.leadDepartmentId as string],
          'CASE_REPLY_DRAFTED',
          {},
          rolesWith('case.departmentLead'),
        ),
      ],
    });
  }

  /** The department leader approves the draft and sends it to the office for review. */
  async submitReply(viewer: Viewer, id: string, version: number): Promise<CaseType> {
    const limits = await this.limits.of(id);
    return this.transitions.run({
      caseId: id,
      version,
      action: 'submitReply',
      viewer,
      check: (step) => void allowed(step, 'submitReply'),
      details: (step) => ({
        result: own(step).draftResult,
        ...deadlineFacts('reply', own(step).replyDeadline, step.now, own(step).originalReplyDeadline),
      }),
      changes: (_c, now, calendar) => ({
        state_deadline: reviewDeadline(now, calendar, limits.review),
        paused_at: null,
      }),
      alongside: async (manager, _c, _eventId, step) => {
        await updateAssignment(manager, own(step).id, {
          state: 'REPLY_SUBMITTED',
          replied_at: step.now,
          // A reply sent while an extension waited makes the request moot.
          ...(own(step).pendingRequest
            ? {
                pending_request: null,
                request_reason: null,
                request_days: null,
                paused_at: null,
                reply_deadline: resumedDeadline(
                  own(step).replyDeadline,
                  own(step).pausedAt ?? step.now,
                  step.now,
                  step.calendar,
                ),
              }
            : {}),
        });
      },
      notices: async (manager, c) => [await this.notices.toOffice(manager, c, 'CASE_REPLY_SUBMITTED')],
    });
  }

  /** 申请延期: asked once, by the lead's leader; the clock stops until the office leader decides. */
  async requestExtension(
    viewer: Viewer,
    id: string,
    version: number,
    input: ExtensionRequestInput,
  ): Promise<CaseType> {
    const reason = input.reason.trim();
    return this.transitions.run({
      caseId: id,
      version,
      action: 'requestExtension',
      viewer,
      internalNote: reason,
      check: (step) => void allowed(step, 'requestExtension'),
      details: (step) => ({ days: input.days, deadline: own(step).replyDeadline.toISOString() }),
      changes: (_c, now) => ({ paused_at: now }),
      alongside: async (manager, _c, _eventId, step) => {
        await updateAssignment(manager, own(step).id, {
          pending_request: 'EXTENSION',
          request_reason: reason,
          request_days: input.days,
          paused_at: step.now,
          extension_count: own(step).extensionCount + 1,
        });
      },
      notices: async (manager, c) => [
        await this.notices.toOfficeLeaders(manager, c, 'CASE_EXTENSION_REQUESTED', {
          days: String(input.days),
          note: reason,
        }),
      ],
    });
  }

  /** 申请退回: not the department's duty; the clock stops until the office leader decides. */
  async requestReturn(viewer: Viewer, id: string, version: number, reason: string): Promise<CaseType> {
    return this.transitions.run({
      caseId: id,
      version,
      action: 'requestReturn',
      viewer,
      internalNote: reason,
      check: (step) => void allowed(step, 'requestReturn'),
      details: (step) => ({ departmentId: own(step).departmentId }),
      changes: (_c, now) => ({ paused_at: now }),
      alongside: async (manager, _c, _eventId, step) => {
        await updateAssignment(manager, own(step).id, {
          state: 'RETURN_REQUESTED',
          pending_request: 'RETURN',
          request_reason: reason,
          request_days: null,
          paused_at: step.now,
        });
      },
      notices: async (manager, c) => [
        await this.notices.toOfficeLeaders(manager, c, 'CASE_RETURN_REQUESTED', { note: reason }),
      ],
    });
  }
}
