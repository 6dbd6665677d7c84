import type { EntityManager } from 'typeorm';
import {
  ASSIGNMENT_ROLE_CODES,
  ASSIGNMENT_STATE_CODES,
  REPLY_RESULT_CODES,
  can,
  type CaseAction,
  type CaseRelation,
} from '@gridbridge/shared';
import type { FieldProblem } from '../../common/app-error.js';
import type { Viewer } from '../../common/gql-context.js';
import { column, int, nullable, oneOf, rowShape, text, timestamp } from '../../database/rows.js';

/** One assignment (交办任务) as the services read it (docs/lifecycle-and-deadlines.md#assignments). */
export const ASSIGNMENT_ROW = rowShape({
  id: column('a.id', text),
  caseId: column('a.case_id', text),
  departmentId: column('a.department_id', text),
  role: column('a.role', oneOf(ASSIGNMENT_ROLE_CODES)),
  state: column('a.state', oneOf(ASSIGNMENT_STATE_CODES)),
  note: column('a.note', nullable(text)),
  assignedAt: column('a.assigned_at', timestamp),
  signDeadline: column('a.sign_deadline', timestamp),
  contactDeadline: column('a.contact_deadline', nullable(timestamp)),
  replyDeadline: column('a.reply_deadline', timestamp),
  originalReplyDeadline: column('a.original_reply_deadline', nullable(timestamp)),
  pausedAt: column('a.paused_at', nullable(timestamp)),
  signedAt: column('a.signed_at', nullable(timestamp)),
  firstContactedAt: column('a.first_contacted_at', nullable(timestamp)),
  repliedAt: column('a.replied_at', nullable(timestamp)),
  opinion: column('a.opinion', nullable(text)),
  draftResult: column('a.draft_result', nullable(oneOf(REPLY_RESULT_CODES))),
  draftText: column('a.draft_text', nullable(text)),
  draftInternalNote: column('a.draft_internal_note', nullable(text)),
  pendingRequest: column('a.pending_request', nullable(oneOf(['EXTENSION', 'RETURN'] as const))),
  requestReason: column('a.request_reason', nullable(text)),
  requestDays: column('a.request_days', nullable(int)),
  extensionCount: column('a.extension_count', int),
  sentBackAt: column('a.sent_back_at', nullable(timestamp)),
  closedAt: column('a.closed_at', nullable(timestamp)),
  version: column('a.version', int),
});
export type AssignmentRow = ReturnType<typeof ASSIGNMENT_ROW.decode>;

/** States in which an assignment still belongs to its case (RETURNED ones are history). */
export const ACTIVE_ASSIGNMENT = `a.state <> 'RETURNED'`;

/** A case's active assignments, the lead first. */
export async function assignmentsOf(
  runner: Pick<EntityManager, 'query'>,
  caseId: string,
): Promise<AssignmentRow[]> {
  return ASSIGNMENT_ROW.decodeAll(
    await runner.query(
      `SELECT ${ASSIGNMENT_ROW.select} FROM case_assignment a WHERE a.case_id = $1 AND ${ACTIVE_ASSIGNMENT}
        ORDER BY a.role DESC, a.assigned_at, a.id`,
      [caseId],
    ),
  );
}

/**
 * How `viewer` stands to a case they may see (null: the system), given its active assignments:
 * the office, the reporting side, the lead or a co-department. The lifecycle table's rows name
 * the relation that may act.
 */
export function relationsOf(
  viewer: Viewer | null,
  assignments: readonly Pick<AssignmentRow, 'departmentId' | 'role'>[],
): CaseRelation[] {
  if (!viewer) return ['SYSTEM'];
  const relations: CaseRelation[] = [];
  if (can(viewer.roles, 'case.triage')) relations.push('OFFICE');
  if (can(viewer.roles, 'case.report')) relations.push('SUBMITTER');
  if (can(viewer.roles, 'case.handle') && viewer.departmentId) {
    for (const a of assignments) if (a.departmentId === viewer.departmentId) relations.push(a.role);
  }
  return relations;
}

/** The viewer's own active assignment on a case (a department's task), if any. */
export function ownAssignment(viewer: Viewer | null, assignments: readonly AssignmentRow[]) {
  return viewer?.departmentId
    ? (assignments.find((a) => a.departmentId === viewer.departmentId) ?? null)
    : null;
}

/**
 * Why the acting department's own assignment does not allow `action` now (null: it does;
 * 'transition': the step does not exist for it). The lifecycle table decides by the case's state
 * and the relation; this decides by the department's own task. Both the buttons
 * (`Case.availableActions`) and the steps' checks ask it, so they cannot disagree. Actions that are
 * not a department's work are not its concern.
 */
export function assignmentRefusal(
  action: CaseAction,
  own: Pick<AssignmentRow, 'state' | 'firstContactedAt' | 'extensionCount' | 'pendingRequest'>,
): FieldProblem | 'transition' | null {
  const unsigned = own.state === 'ASSIGNED';
  const notSigned: FieldProblem = { field: 'signing', rule: 'notYet' };
  switch (action) {
    case 'sign':
      return unsigned ? null : { field: 'signing', rule: 'alreadyDone' };
    case 'contact':
      if (unsigned) return notSigned;
      return own.firstContactedAt ? { field: 'contactedAt', rule: 'alreadyDone' } : null;
    case 'recordProgress':
      return unsigned ? notSigned : null;
    case 'submitOpinion':
      if (unsigned) return notSigned;
      return own.state === 'IN_PROGRESS' ? null : { field: 'opinion', rule: 'alreadyDone' };
    case 'draftReply':
      if (unsigned) return notSigned;
      return ['IN_PROGRESS', 'REPLY_DRAFTED'].includes(own.state) ? null : 'transition';
    case 'submitReply':
      return own.state === 'REPLY_DRAFTED' ? null : { field: 'reply', rule: 'noDraft' };
    case 'requestExtension':
      if (unsigned) return notSigned;
      if (own.extensionCount > 0 || own.pendingRequest) return { field: 'extension', rule: 'askedOnce' };
      return ['IN_PROGRESS', 'REPLY_DRAFTED'].includes(own.state) ? null : 'transition';
    case 'requestReturn':
      return own.pendingRequest ? { field: 'returnRequest', rule: 'askedOnce' } : null;
    default:
      return null;
  }
}

/** The department's work among `actions`, less what its own assignment does not allow now. */
export function allowedByAssignment(
  actions: readonly CaseAction[],
  own: Parameters<typeof assignmentRefusal>[1] | null,
): CaseAction[] {
  return own ? actions.filter((action) => assignmentRefusal(action, own) === null) : [...actions];
}
