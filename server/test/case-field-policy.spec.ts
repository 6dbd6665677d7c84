import { readFileSync } from 'node:fs';
import { describe, expect, it } from '@jest/globals';
import { buildSchema, isObjectType } from 'graphql';
import { ROLES, type Role } from '@gridbridge/shared';
import type { Viewer } from '../src/common/gql-context.js';
import {
  CASE_FIELDS,
  CASE_RELATIONS,
  CaseFieldPolicy,
  caseFieldVisibility,
  caseRelation,
  maskPhone,
  type CaseFieldVisibility,
  type CasePolicySubject,
  type CaseRelation,
} from '../src/modules/cases/case-field-policy.js';
import type { CaseEventType } from '../src/modules/cases/cases.types.js';

/*
 * The case field policy as a pure function: no server, no database. The expected table is
 * written out here on its own, not derived from the policy, so that a change to the policy has
 * to change this table too.
 */

const X = 'dddddddd-0000-4000-8000-000000000001';
const Y = 'dddddddd-0000-4000-8000-000000000002';
const ENTERPRISE_ID = 'eeeeeeee-0000-4000-8000-000000000001';
const SUBMITTER = 'aaaaaaaa-0000-4000-8000-000000000001';

function subject(overrides: Partial<CasePolicySubject> = {}): CasePolicySubject {
  return {
    kind: 'DIFFICULTY',
    enterpriseId: ENTERPRISE_ID,
    submitterId: SUBMITTER,
    leadDepartmentId: Y,
    namedDepartmentId: null,
    contactConsent: true,
    ...overrides,
  };
}

function viewer(roles: Role[], overrides: Partial<Viewer> = {}): Viewer {
  return {
    userId: 'aaaaaaaa-0000-4000-8000-000000000099',
    sessionId: 's',
    username: roles.join('+'),
    displayName: roles.join('+'),
    roles,
    mustChangePassword: false,
    departmentId: null,
    gridId: null,
    enterpriseId: null,
    ...overrides,
  };
}

type Row = [
  CaseRelation,
  'other' | 'complaint',
  string,
  CaseFieldVisibility['contact'],
  CaseFieldVisibility['contact'],
];
/*
 * Per relation and kind: submitter, reporter names, staff names, internal notes, quiet steps,
 * query code, deadline warnings (Y/N), then the contact when the submitter agreed to be contacted and when not.
 */
const TABLE: Row[] = [
  ['OFFICE', 'other', 'YYYYYYY', 'FULL', 'FULL'],
  ['OFFICE', 'complaint', 'YYYYYYY', 'FULL', 'FULL'],
  ['LEAD_DEPARTMENT', 'other', 'YYYYYNY', 'MASKED', 'HIDDEN'],
  ['LEAD_DEPARTMENT', 'complaint', 'NNYYYNY', 'HIDDEN', 'HIDDEN'],
  ['ENTERPRISE', 'other', 'YYNNNYN', 'FULL', 'FULL'],
  ['ENTERPRISE', 'complaint', 'YYNNNYN', 'FULL', 'FULL'],
  ['REPORTER', 'other', 'YYNNNYN', 'FULL', 'FULL'],
  ['REPORTER', 'complaint', 'YYNNNYN', 'FULL', 'FULL'],
  ['GRID_HEAD', 'other', 'YYNNNNN', 'FULL', 'FULL'],
  ['GRID_HEAD', 'complaint', 'YYNNNNN', 'FULL', 'FULL'],
  ['NONE', 'other', 'NNNNNNN', 'HIDDEN', 'HIDDEN'],
  ['NONE', 'complaint', 'NNNNNNN', 'HIDDEN', 'HIDDEN'],
];

/** A viewer standing in `relation` to `c` (the scope SQL having let them through). */
function viewerIn(relation: CaseRelation, c: CasePolicySubject): Viewer {
  switch (relation) {
    case 'OFFICE':
      return viewer(['OFFICE_STAFF']);
    case 'LEAD_DEPARTMENT':
      return viewer(['DEPT_STAFF'], { departmentId: c.leadDepartmentId });
    case 'ENTERPRISE':
      return viewer(['ENTERPRISE'], { enterpriseId: c.enterpriseId });
    case 'REPORTER':
      return viewer(['GRID_HEAD'], { userId: c.submitterId, gridId: 'g' });
    case 'GRID_HEAD':
      return viewer(['GRID_HEAD'], { gridId: 'g' });
    case 'NONE':
      return viewer(['INSPECTOR']);
  }
}

describe('the case field policy table', () => {
  it('covers every relation and kind', () => {
    expect(new Set(TABLE.map(([relation, kind]) => `${relation}/${kind}`)).size).toBe(
      CASE_RELATIONS.length * 2,
    );
  });

  it.each(TABLE)(
    '%s, %s case: %s, contact %s with consent and %s without',
    (relation, kind, flags, withConsent, without) => {
      const [submitter, reporterNames, staffNames, internalNotes, quietSteps, queryCode, warnings] = [
        ...flags,
      ].map((flag) => flag === 'Y');
      for (const contactConsent of [true, false]) {
        const c = subject({
          kind: kind === 'complaint' ? 'COMPLAINT' : 'DIFFICULTY',
          namedDepartmentId: kind === 'complaint' ? X : null,
          contactConsent,
        });
        const v = viewerIn(relation, c);
        expect(caseRelation(v, c)).toBe(relation);
        expect(caseFieldVisibility(v, c)).toEqual({
          submitter,
          reporterNames,
          staffNames,
          internalNotes,
          quietSteps,
          queryCode,
          warnings,
          contact: contactConsent ? withConsent : without,
        });
      }
    },
  );
});

describe('the relation of each role to a case', () => {
  const complaint = subject({ kind: 'COMPLAINT', namedDepartmentId: X, leadDepartmentId: Y });
  const expected: Record<Role, CaseRelation> = {
    ENTERPRISE: 'ENTERPRISE',
    GRID_HEAD: 'GRID_HEAD',
    OFFICE_STAFF: 'OFFICE',
    OFFICE_LEADER: 'OFFICE',
    DEPT_STAFF: 'LEAD_DEPARTMENT',
    DEPT_LEADER: 'LEAD_DEPARTMENT',
    INSPECTOR: 'NONE',
    SYS_ADMIN: 'NONE',
    AUDITOR: 'NONE',
  };

  it.each(ROLES)('%s', (role) => {
    const v = viewer([role], { departmentId: Y, enterpriseId: ENTERPRISE_ID, gridId: 'g' });
    expect(caseRelation(v, complaint)).toBe(expected[role]);
  });

  it('gives a department the complaint that names it nothing, even when it leads it', () => {
    const assignedToNamed = subject({ kind: 'COMPLAINT', namedDepartmentId: X, leadDepartmentId: X });
    for (const roles of [['DEPT_STAFF'], ['DEPT_STAFF', 'DEPT_LEADER']] as Role[][]) {
      const named = viewer(roles, { departmentId: X });
      expect(caseRelation(named, assignedToNamed)).toBe('NONE');
      expect(caseRelation(named, complaint)).toBe('NONE');
      expect(caseFieldVisibility(named, assignedToNamed)).toMatchObject({
        submitter: false,
        reporterNames: false,
      });
    }
    // Naming a department is no complaint: the department it names may well handle a difficulty.
    const difficulty = subject({ namedDepartmentId: X, leadDepartmentId: X });
    expect(caseRelation(viewer(['DEPT_LEADER'], { departmentId: X }), difficulty)).toBe('LEAD_DEPARTMENT');
  });

  it('gives other departments, departmentless staff, other enterprises and nobody nothing', () => {
    const c = subject();
    expect(caseRelation(viewer(['DEPT_STAFF'], { departmentId: X }), c)).toBe('NONE');
    expect(caseRelation(viewer(['DEPT_STAFF']), subject({ leadDepartmentId: null }))).toBe('NONE');
    expect(caseRelation(viewer(['ENTERPRISE'], { enterpriseId: 'other' }), c)).toBe('NONE');
    expect(caseRelation(viewer(['ENTERPRISE']), c)).toBe('NONE');
    expect(caseRelation(null, c)).toBe('NONE');
  });

  it('tells the grid head who reported a case from the other grid heads of the subtree', () => {
    const c = subject();
    expect(caseRelation(viewer(['GRID_HEAD'], { userId: SUBMITTER }), c)).toBe('REPORTER');
    expect(caseRelation(viewer(['GRID_HEAD']), c)).toBe('GRID_HEAD');
  });

  it('lets the broader office role win for a user holding several', () => {
    const both = viewer(['DEPT_STAFF', 'OFFICE_STAFF'], { departmentId: X });
    expect(caseRelation(both, subject({ kind: 'COMPLAINT', namedDepartmentId: X }))).toBe('OFFICE');
  });
});

describe('the mapping of fields', () => {
  const event = (id: string, actorRole: string, extra: Partial<CaseEventType> = {}): CaseEventType => ({
    id,
    occurredAt: new Date('2026-06-15T02:00:00Z'),
    action: 'submit',
    fromState: null,
    toState: 'SUBMITTED',
    actorRole: actorRole as CaseEventType['actorRole'],
    actorName: `${actorRole} name`,
    publicNote: null,
    internalNote: `${actorRole} internal`,
    attachments: [],
    ...extra,
  });
  const events = [
    event('1', 'GRID_HEAD'),
    event('2', 'ENTERPRISE', { action: 'supplement', fromState: 'NEEDS_INFO', toState: 'SUBMITTED' }),
    event('3', 'OFFICE_STAFF', { action: 'accept', fromState: 'SUBMITTED', toState: 'ACCEPTED' }),
    event('4', 'DEPT_STAFF', { action: 'recordProgress', fromState: 'IN_PROGRESS', toState: 'IN_PROGRESS' }),
    event('5', 'DEPT_LEADER', {
      action: 'draftReply',
      fromState: 'IN_PROGRESS',
      toState: 'IN_PROGRESS',
      publicNote: 'said',
    }),
    event('6', 'SYSTEM', { action: 'autoClose', fromState: 'REPLIED', toState: 'CLOSED', actorName: null }),
  ];
  const names = (relation: CaseRelation, c: CasePolicySubject) =>
    new CaseFieldPolicy(viewerIn(relation, c), c)
      .timeline(events)
      .map((e) => `${e.id}:${e.actorName ?? '-'}:${e.internalNote ? 'note' : '-'}`);

  it('keeps the reporters’ names from the department handling a complaint, and only there', () => {
    const complaint = subject({ kind: 'COMPLAINT', namedDepartmentId: X });
    expect(names('LEAD_DEPARTMENT', complaint)).toEqual([
      '1:-:note',
      '2:-:note',
      '3:OFFICE_STAFF name:note',
      '4:DEPT_STAFF name:note',
      '5:DEPT_LEADER name:note',
      '6:-:note',
    ]);
    expect(names('LEAD_DEPARTMENT', subject())).toEqual([
      '1:GRID_HEAD name:note',
      '2:ENTERPRISE name:note',
      '3:OFFICE_STAFF name:note',
      '4:DEPT_STAFF name:note',
      '5:DEPT_LEADER name:note',
      '6:-:note',
    ]);
    expect(names('OFFICE', complaint)).toEqual(names('LEAD_DEPARTMENT', subject()));
  });

  it('shows the portal the steps that changed or said something, with its own people’s names only', () => {
    for (const relation of ['ENTERPRISE', 'REPORTER', 'GRID_HEAD'] as const) {
      expect(names(relation, subject({ kind: 'COMPLAINT', namedDepartmentId: X }))).toEqual([
        '1:GRID_HEAD name:-',
        '2:ENTERPRISE name:-',
        '3:-:-',
        '5:-:-',
        '6:-:-',
      ]);
    }
    expect(names('NONE', subject())).toEqual(['1:-:-', '2:-:-', '3:-:-', '5:-:-', '6:-:-']);
  });

  it('names the submitter, gives the query code and the contact as the table says', () => {
    const contact = { name: '李四', phone: '13912345678' };
    const complaint = subject({ kind: 'COMPLAINT', namedDepartmentId: X });
    const office = new CaseFieldPolicy(viewerIn('OFFICE', complaint), complaint);
    expect([office.submitterId(), office.queryCode('K7M2Q9PA'), office.contact(contact)]).toEqual([
      SUBMITTER,
      'K7M2Q9PA',
      { ...contact, masked: false },
    ]);
    const handling = new CaseFieldPolicy(viewerIn('LEAD_DEPARTMENT', complaint), complaint);
    expect([handling.submitterId(), handling.queryCode('K7M2Q9PA'), handling.contact(contact)]).toEqual([
      null,
      null,
      null,
    ]);
    const difficulty = new CaseFieldPolicy(viewerIn('LEAD_DEPARTMENT', subject()), subject());
    expect(difficulty.contact(contact)).toEqual({ name: '李四', phone: '139****5678', masked: true });
    expect(difficulty.submitterId()).toBe(SUBMITTER);
    const gridHead = new CaseFieldPolicy(viewerIn('GRID_HEAD', subject()), subject());
    expect(gridHead.queryCode('K7M2Q9PA')).toBeNull();
  });

  it('masks phones of any length without giving away more than seven characters', () => {
    expect(maskPhone('13812341234')).toBe('138****1234');
    expect(maskPhone('0371-63697315')).toBe('037******7315');
    expect(maskPhone('1234567')).toBe('*******');
    expect(maskPhone('')).toBe('');
  });
});

describe('the fields of a case in both schemas', () => {
  const fieldsOf = (api: 'portal' | 'admin') => {
    const schema = buildSchema(readFileSync(new URL(`../schema/${api}.graphql`, import.meta.url), 'utf8'));
    return ['Case', 'CaseEvent', 'CaseContact'].flatMap((name) => {
      const type = schema.getType(name);
      if (!isObjectType(type)) throw new Error(`${api} schema has no object type ${name}`);
      return Object.keys(type.getFields()).map((field) => `${name}.${field}`);
    });
  };

  it.each(['portal', 'admin'] as const)('are each placed in the policy (%s API)', (api) => {
    expect(fieldsOf(api).sort()).toEqual(Object.keys(CASE_FIELDS).sort());
  });

  it('leave no flag of the policy governing nothing', () => {
    const used = new Set(Object.values(CASE_FIELDS).flat());
    expect([...used].sort()).toEqual(Object.keys(caseFieldVisibility(null, subject())).sort());
  });
});
