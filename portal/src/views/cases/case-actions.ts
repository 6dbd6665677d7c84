import type { CaseAction } from '@gridbridge/shared';

/**
 * The lifecycle actions the portal has a form for. Which of them a case page shows is the server's
 * `availableActions` for this viewer and case (the shared lifecycle table, with the viewer's
 * relation to the case), never a list of states kept here. 评价 is `evaluate` (满意, 基本满意:
 * the case closes) or `dispute` (不满意: the office reviews it).
 */
export const PORTAL_ACTIONS = [
  'supplement',
  'withdraw',
  'evaluate',
  'dispute',
] as const satisfies readonly CaseAction[];
export type PortalAction = (typeof PORTAL_ACTIONS)[number];

/** The buttons the case page draws, given the actions the server allows the viewer now. */
export function portalActions(available: readonly CaseAction[]): PortalAction[] {
  return PORTAL_ACTIONS.filter((action) => available.includes(action));
}
