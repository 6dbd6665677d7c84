import { availableActions, can, type Role } from '@gridbridge/shared';
import type { CaseKind, CaseState } from '@/gql/graphql';

// Actions: the lifecycle table decides which exist; only those with a mutation today are offered.

/** The office's triage, in the order the buttons appear (the irreversible refusal last). */
export const TRIAGE_ACTIONS = ['accept', 'requestInfo', 'markDuplicate', 'replyDirectly', 'reject'] as const;
export type TriageAction = (typeof TRIAGE_ACTIONS)[number];

/**
 * The buttons a viewer holding `roles` sees on a case: the lifecycle table's actions for its state
 * and kind that the admin API can carry out now (assignment, signing … come with their mutations).
 */
export function caseActions(state: CaseState, roles: readonly Role[], kind: CaseKind): TriageAction[] {
  // Triage is the office's: the office stands to every case as OFFICE.
  const relations = can(roles, 'case.triage') ? (['OFFICE'] as const) : [];
  const allowed = new Set<string>(availableActions(state, roles, kind, relations));
  return TRIAGE_ACTIONS.filter((action) => allowed.has(action));
}

/** The errors that mean the case moved on under the user: reload it and say so. */
export const STALE_CODES = ['CONFLICT', 'INVALID_TRANSITION'] as const;
