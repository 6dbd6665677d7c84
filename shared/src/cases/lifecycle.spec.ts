import { describe, expect, it } from 'vitest';
import { ROLES } from '../roles.js';
import {
  CASE_ACTIONS,
  CASE_STATE_CODES,
  LIFECYCLE,
  TERMINAL_STATES,
  availableActions,
  findTransition,
  CASE_RELATIONS,
  type CaseAction,
} from './lifecycle.js';

/** Every relation at once: the tests that decide by role alone. */
const ALL = CASE_RELATIONS;

describe('the case lifecycle table', () => {
  it('reaches every state from submission, and every running state can move on', () => {
    const reached = new Set(LIFECYCLE.filter((t) => t.from === null).map((t) => t.to));
    for (let grew = true; grew;) {
      grew = false;
      for (const t of LIFECYCLE) {
        if (t.from && reached.has(t.from) && !reached.has(t.to)) {
          reached.add(t.to);
          grew = true;
        }
      }
    }
    expect([...reached].sort()).toEqual([...CASE_STATE_CODES].sort());
    for (const state of CASE_STATE_CODES.filter((s) => !TERMINAL_STATES.includes(s))) {
      expect(LIFECYCLE.some((t) => t.from === state && t.to !== state)).toBe(true);
    }
  });

  it('lets nothing leave a terminal state', () => {
    expect(LIFECYCLE.filter((t) => t.from && TERMINAL_STATES.includes(t.from))).toEqual([]);
  });

  it('has one row per action, state, role and relation: the table never contradicts itself', () => {
    const seen = new Map<string, string>();
    for (const t of LIFECYCLE) {
      for (const role of t.roles) {
        for (const kind of t.kinds ?? ['*']) {
          const key = `${t.action}/${t.from}/${role}/${t.relation}/${kind}`;
          expect(seen.get(key) ?? t.to).toBe(t.to);
          seen.set(key, t.to);
        }
      }
    }
    expect(Object.keys(CASE_ACTIONS).sort()).toEqual([...new Set(LIFECYCLE.map((t) => t.action))].sort());
  });

  it('decides by state, role and kind', () => {
    expect(findTransition('accept', 'SUBMITTED', ['OFFICE_STAFF'], 'DIFFICULTY', ALL)?.to).toBe('ACCEPTED');
    expect(findTransition('accept', 'SUBMITTED', ['ENTERPRISE'], 'DIFFICULTY', ALL)).toBeNull();
    expect(findTransition('accept', 'ACCEPTED', ['OFFICE_STAFF'], 'DIFFICULTY', ALL)).toBeNull();
    expect(findTransition('replyDirectly', 'SUBMITTED', ['OFFICE_STAFF'], 'CONSULTATION', ALL)?.to).toBe(
      'REPLIED',
    );
    expect(findTransition('replyDirectly', 'SUBMITTED', ['OFFICE_STAFF'], 'DIFFICULTY', ALL)).toBeNull();
    expect(findTransition('replyDirectly', 'ACCEPTED', ['OFFICE_STAFF'], 'DIFFICULTY', ALL)?.to).toBe(
      'REPLIED',
    );
    expect(
      findTransition('approveReturn', 'RETURN_REQUESTED', ['OFFICE_STAFF'], 'DIFFICULTY', ALL),
    ).toBeNull();
    expect(findTransition('autoClose', 'REPLIED', ['OFFICE_LEADER'], 'DIFFICULTY', ALL)).toBeNull();
    expect(findTransition('autoClose', 'REPLIED', ['SYSTEM'], 'DIFFICULTY', ALL)?.to).toBe('CLOSED');
  });

  it('offers each role only its own buttons', () => {
    expect(availableActions('SUBMITTED', ['ENTERPRISE'], 'DIFFICULTY', ALL)).toEqual(['withdraw']);
    expect(availableActions('SUBMITTED', ['OFFICE_STAFF'], 'CONSULTATION', ALL).sort()).toEqual(
      ['accept', 'markDuplicate', 'reject', 'replyDirectly', 'requestInfo'].sort(),
    );
    expect(availableActions('NEEDS_INFO', ['GRID_HEAD'], 'SUGGESTION', ALL).sort()).toEqual([
      'supplement',
      'withdraw',
    ]);
    expect(availableActions('REPLIED', ['ENTERPRISE'], 'DIFFICULTY', ALL).sort()).toEqual([
      'dispute',
      'evaluate',
    ]);
    for (const role of ['SYS_ADMIN', 'AUDITOR', 'INSPECTOR'] as const) {
      for (const state of CASE_STATE_CODES)
        expect(availableActions(state, [role], 'DIFFICULTY', ALL)).toEqual([]);
    }
    const officeLeaderOnly: CaseAction[] = [
      'approveExtension',
      'denyExtension',
      'approveReturn',
      'denyReturn',
    ];
    for (const role of ROLES.filter((r) => r !== 'OFFICE_LEADER')) {
      for (const state of CASE_STATE_CODES) {
        expect(
          availableActions(state, [role], 'DIFFICULTY', ALL).filter((a) => officeLeaderOnly.includes(a)),
        ).toEqual([]);
      }
    }
  });

  it('decides by the relation to the case: a co-department, even its leader, never replies', () => {
    const lead = ['DEPT_STAFF', 'DEPT_LEADER'] as const;
    expect(findTransition('sign', 'ASSIGNED', lead, 'DIFFICULTY', ['LEAD'])?.to).toBe('IN_PROGRESS');
    expect(findTransition('sign', 'ASSIGNED', lead, 'DIFFICULTY', ['CO'])?.to).toBe('ASSIGNED');
    expect(findTransition('submitReply', 'IN_PROGRESS', lead, 'DIFFICULTY', ['LEAD'])?.to).toBe(
      'REPLY_REVIEW',
    );
    for (const action of [
      'draftReply',
      'submitReply',
      'contact',
      'requestExtension',
      'requestReturn',
    ] as const) {
      expect(findTransition(action, 'IN_PROGRESS', lead, 'DIFFICULTY', ['CO'])).toBeNull();
    }
    expect(availableActions('IN_PROGRESS', lead, 'DIFFICULTY', ['CO']).sort()).toEqual([
      'recordProgress',
      'sign',
      'submitOpinion',
    ]);
    expect(availableActions('IN_PROGRESS', ['DEPT_STAFF'], 'DIFFICULTY', ['LEAD']).sort()).toEqual([
      'acknowledgeSupervision',
      'contact',
      'draftReply',
      'recordProgress',
    ]);
    // A department user with no assignment on the case, or the office, has no department step.
    expect(availableActions('IN_PROGRESS', lead, 'DIFFICULTY', [])).toEqual([]);
    expect(findTransition('accept', 'SUBMITTED', ['OFFICE_STAFF'], 'DIFFICULTY', ['SUBMITTER'])).toBeNull();
    expect(findTransition('evaluate', 'REPLIED', ['ENTERPRISE'], 'DIFFICULTY', ['SUBMITTER'])?.to).toBe(
      'CLOSED',
    );
  });

  it('names a relation on every row that fits its roles', () => {
    for (const t of LIFECYCLE) {
      if (t.relation === 'LEAD' || t.relation === 'CO') {
        expect(t.roles.every((r) => r === 'DEPT_STAFF' || r === 'DEPT_LEADER')).toBe(true);
      }
      if (t.relation === 'SYSTEM') expect(t.roles).toEqual(['SYSTEM']);
      // An inspector submits a finding as a case (docs/inspections.md), and does nothing else to it.
      if (t.relation === 'SUBMITTER')
        expect(
          t.roles.every(
            (r) => r === 'ENTERPRISE' || r === 'GRID_HEAD' || (r === 'INSPECTOR' && t.action === 'submit'),
          ),
        ).toBe(true);
      if (t.relation === 'OFFICE')
        expect(t.roles.every((r) => r === 'OFFICE_STAFF' || r === 'OFFICE_LEADER')).toBe(true);
    }
  });
});
