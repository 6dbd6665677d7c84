import { describe, expect, it } from 'vitest';
import { ROLES } from '../roles.js';
import {
  CASE_ACTIONS,
  CASE_STATE_CODES,
  LIFECYCLE,
  TERMINAL_STATES,
  availableActions,
  findTransition,
  type CaseAction,
} from './lifecycle.js';

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

  it('has one row per action, state and role: the table never contradicts itself', () => {
    const seen = new Map<string, string>();
    for (const t of LIFECYCLE) {
      for (const role of t.roles) {
        for (const kind of t.kinds ?? ['*']) {
          const key = `${t.action}/${t.from}/${role}/${kind}`;
          expect(seen.get(key) ?? t.to).toBe(t.to);
          seen.set(key, t.to);
        }
      }
    }
    expect(Object.keys(CASE_ACTIONS).sort()).toEqual([...new Set(LIFECYCLE.map((t) => t.action))].sort());
  });

  it('decides by state, role and kind', () => {
    expect(findTransition('accept', 'SUBMITTED', ['OFFICE_STAFF'], 'DIFFICULTY')?.to).toBe('ACCEPTED');
    expect(findTransition('accept', 'SUBMITTED', ['ENTERPRISE'], 'DIFFICULTY')).toBeNull();
    expect(findTransition('accept', 'ACCEPTED', ['OFFICE_STAFF'], 'DIFFICULTY')).toBeNull();
    expect(findTransition('replyDirectly', 'SUBMITTED', ['OFFICE_STAFF'], 'CONSULTATION')?.to).toBe(
      'REPLIED',
    );
    expect(findTransition('replyDirectly', 'SUBMITTED', ['OFFICE_STAFF'], 'DIFFICULTY')).toBeNull();
    expect(findTransition('replyDirectly', 'ACCEPTED', ['OFFICE_STAFF'], 'DIFFICULTY')?.to).toBe('REPLIED');
    expect(findTransition('approveReturn', 'RETURN_REQUESTED', ['OFFICE_STAFF'], 'DIFFICULTY')).toBeNull();
    expect(findTransition('autoClose', 'REPLIED', ['OFFICE_LEADER'], 'DIFFICULTY')).toBeNull();
    expect(findTransition('autoClose', 'REPLIED', ['SYSTEM'], 'DIFFICULTY')?.to).toBe('CLOSED');
  });

  it('offers each role only its own buttons', () => {
    expect(availableActions('SUBMITTED', ['ENTERPRISE'], 'DIFFICULTY')).toEqual(['withdraw']);
    expect(availableActions('SUBMITTED', ['OFFICE_STAFF'], 'CONSULTATION').sort()).toEqual(
      ['accept', 'markDuplicate', 'reject', 'replyDirectly', 'requestInfo'].sort(),
    );
    expect(availableActions('NEEDS_INFO', ['GRID_HEAD'], 'SUGGESTION').sort()).toEqual([
      'supplement',
      'withdraw',
    ]);
    expect(availableActions('REPLIED', ['ENTERPRISE'], 'DIFFICULTY').sort()).toEqual(['dispute', 'evaluate']);
    for (const role of ['SYS_ADMIN', 'AUDITOR', 'INSPECTOR'] as const) {
      for (const state of CASE_STATE_CODES) expect(availableActions(state, [role], 'DIFFICULTY')).toEqual([]);
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
          availableActions(state, [role], 'DIFFICULTY').filter((a) => officeLeaderOnly.includes(a)),
        ).toEqual([]);
      }
    }
  });
});
