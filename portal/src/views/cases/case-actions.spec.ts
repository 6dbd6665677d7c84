import { describe, expect, it } from 'vitest';
import type { CaseState, Role } from '@gridbridge/shared';
import { portalActions, type PortalAction } from './case-actions';

/**
 * What the case page offers, written out by hand from docs/lifecycle-and-deadlines.md so that a change of the shared
 * lifecycle table that moves a portal button shows up here.
 */
const EXPECTED: Record<CaseState, PortalAction[]> = {
  SUBMITTED: ['withdraw'],
  NEEDS_INFO: ['supplement', 'withdraw'],
  ACCEPTED: ['withdraw'],
  ASSIGNED: ['withdraw'],
  IN_PROGRESS: ['withdraw'],
  RETURN_REQUESTED: ['withdraw'],
  REPLY_REVIEW: ['withdraw'],
  // From the reply on, the enterprise evaluates (next issue); it can no longer withdraw.
  REPLIED: [],
  DISPUTED: [],
  CLOSED: [],
  REJECTED: [],
  DUPLICATE: [],
  WITHDRAWN: [],
};

describe('actions on the case page', () => {
  it.each(Object.entries(EXPECTED))('an enterprise on a %s case gets %j', (state, expected) => {
    expect(portalActions(state as CaseState, ['ENTERPRISE'], 'DIFFICULTY')).toEqual(expected);
  });

  it.each(Object.entries(EXPECTED))('a grid head on a %s case gets %j', (state, expected) => {
    expect(portalActions(state as CaseState, ['GRID_HEAD'], 'COMPLAINT')).toEqual(expected);
  });

  it('offers nothing to roles that do not report cases, whatever the state', () => {
    const others: Role[] = ['OFFICE_STAFF', 'OFFICE_LEADER', 'DEPT_STAFF', 'DEPT_LEADER', 'SYS_ADMIN'];
    for (const state of Object.keys(EXPECTED) as CaseState[]) {
      expect(portalActions(state, others, 'CONSULTATION')).toEqual([]);
    }
  });

  it('is the same for every kind of case', () => {
    for (const kind of ['DIFFICULTY', 'SUGGESTION', 'COMPLAINT', 'CONSULTATION'] as const) {
      expect(portalActions('NEEDS_INFO', ['ENTERPRISE'], kind)).toEqual(['supplement', 'withdraw']);
    }
  });
});
