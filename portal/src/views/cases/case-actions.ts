import {
  availableActions,
  type CaseAction,
  type CaseKind,
  type CaseState,
  type Role,
} from '@gridbridge/shared';

/**
 * The lifecycle actions the portal has a form for. Which of them a case page shows comes from the
 * shared lifecycle table (the server decides with the same table), never from a list of states
 * kept here. Evaluation (评价) joins this list when the portal API offers its mutation.
 */
export const PORTAL_ACTIONS = ['supplement', 'withdraw'] as const satisfies readonly CaseAction[];
export type PortalAction = (typeof PORTAL_ACTIONS)[number];

/** The buttons a viewer with `roles` gets on a case in `state`. */
export function portalActions(state: CaseState, roles: readonly Role[], kind: CaseKind): PortalAction[] {
  // A portal user sees only cases of their own enterprise or grid: they stand to it as its submitter side.
  const allowed = availableActions(state, roles, kind, ['SUBMITTER']);
  return PORTAL_ACTIONS.filter((action) => allowed.includes(action));
}
