import { describe, expect, it } from 'vitest';
import { availableActions, type CaseState, type Role } from '@gridbridge/shared';
import { portalActions, type PortalAction } from './case-actions';

/**
 * What the case page offers, written out by hand from docs/lifecycle-and-deadlines.md so that a change of the shared
 * lifecycle table that moves a portal button shows up here. The server answers `availableActions`
 * from that table for the viewer's relation to the case; a portal user stands to the cases it can
 * read as their submitter side.
 */
const EXPECTED: Record<CaseState, PortalAction[]> = {
  SUBMITTED: ['withdraw'],
  NEEDS_INFO: ['supplement', 'withdraw'],
  ACCEPTED: ['withdraw'],
  ASSIGNED: ['withdraw'],
  IN_PROGRESS: ['withdraw'],
  RETURN_REQUESTED: ['withdraw'],
  REPLY_REVIEW: ['withdraw'],
  // From the reply on, the enterprise evaluates; it can no longer withdraw.
  REPLIED: ['evaluate', 'dispute'],
  DISPUTED: [],
  CLOSED: [],
  REJECTED: [],
  DUPLICATE: [],
  WITHDRAWN: [],
};

const shown = (state: CaseState, roles: Role[], kind = 'DIFFICULTY' as const) =>
  portalActions(availableActions(state, roles, kind, ['SUBMITTER']));

describe('actions on the case page', () => {
  it.each(Object.entries(EXPECTED))('an enterprise on a %s case gets %j', (state, expected) => {
    expect(shown(state as CaseState, ['ENTERPRISE'])).toEqual(expected);
  });

  // A grid head reports for enterprises of the grid, but only the enterprise evaluates the reply.
  const GRID_HEAD: Record<CaseState, PortalAction[]> = { ...EXPECTED, REPLIED: [] };
  it.each(Object.entries(GRID_HEAD))('a grid head on a %s case gets %j', (state, expected) => {
    expect(shown(state as CaseState, ['GRID_HEAD'])).toEqual(expected);
  });

  it('draws only the actions the portal has a form for, in its own order', () => {
    expect(portalActions(['dispute', 'urge', 'evaluate', 'approveReply', 'withdraw'])).toEqual([
      'withdraw',
      'evaluate',
      'dispute',
    ]);
    expect(portalActions([])).toEqual([]);
  });
});
