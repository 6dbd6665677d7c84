import { describe, expect, it } from '@jest/globals';
import type { Role } from '@gridbridge/shared';
import type { Viewer } from '../../src/common/gql-context.js';
import {
  caseFieldVisibility,
  caseRelation,
  maskPhone,
  type CasePolicySubject,
} from '../../src/modules/cases/case-field-policy.js';

const DEPARTMENT = 'dept-a';
const OTHER_DEPARTMENT = 'dept-b';

function viewer(roles: Role[], ids: Partial<Viewer> = {}): Viewer {
  return {
    userId: 'viewer',
    sessionId: 's',
    username: 'v',
    displayName: 'V',
    roles,
    mustChangePassword: false,
    departmentId: null,
    gridId: null,
    enterpriseId: null,
    ...ids,
  };
}

const difficulty: CasePolicySubject = {
  kind: 'DIFFICULTY',
  enterpriseId: 'ent',
  submitterId: 'submitter',
  leadDepartmentId: DEPARTMENT,
  namedDepartmentId: null,
  contactConsent: true,
};
/** A complaint about OTHER_DEPARTMENT, led by DEPARTMENT. */
const complaint: CasePolicySubject = {
  ...difficulty,
  kind: 'COMPLAINT',
  namedDepartmentId: OTHER_DEPARTMENT,
};

describe('caseRelation', () => {
  it.each<[string, Viewer | null, CasePolicySubject, string]>([
    ['nobody signed in', null, difficulty, 'NONE'],
    ['office staff', viewer(['OFFICE_STAFF']), complaint, 'OFFICE'],
    [
      'the leading department',
      viewer(['DEPT_STAFF'], { departmentId: DEPARTMENT }),
      difficulty,
      'LEAD_DEPARTMENT',
    ],
    ['another department', viewer(['DEPT_LEADER'], { departmentId: OTHER_DEPARTMENT }), difficulty, 'NONE'],
    [
      'the department a complaint names, even when it leads it',
      viewer(['DEPT_STAFF'], { departmentId: OTHER_DEPARTMENT }),
      { ...complaint, leadDepartmentId: OTHER_DEPARTMENT },
      'NONE',
    ],
    [
      "an account of the case's enterprise",
      viewer(['ENTERPRISE'], { enterpriseId: 'ent' }),
      difficulty,
      'ENTERPRISE',
    ],
    [
      'an account of another enterprise',
      viewer(['ENTERPRISE'], { enterpriseId: 'other' }),
      difficulty,
      'NONE',
    ],
    ['the grid head who reported it', viewer(['GRID_HEAD'], { userId: 'submitter' }), difficulty, 'REPORTER'],
    ['another grid head', viewer(['GRID_HEAD']), difficulty, 'GRID_HEAD'],
    ['an auditor', viewer(['AUDITOR']), difficulty, 'NONE'],
  ])('%s', (_, v, c, relation) => {
    expect(caseRelation(v, c)).toBe(relation);
  });
});

describe('caseFieldVisibility', () => {
  const department = viewer(['DEPT_STAFF'], { departmentId: DEPARTMENT });

  it('hides who complained from the department handling a complaint', () => {
    expect(caseFieldVisibility(department, complaint)).toMatchObject({
      submitter: false,
      reporterNames: false,
      queryCode: false,
      contact: 'HIDDEN',
    });
  });

  it('shows a department the masked phone only where the submitter agreed to be contacted', () => {
    expect(caseFieldVisibility(department, difficulty).contact).toBe('MASKED');
    expect(caseFieldVisibility(department, { ...difficulty, contactConsent: false }).contact).toBe('HIDDEN');
  });

  it('gives the query code to the enterprise and the reporting grid head, not to other grid heads', () => {
    expect(caseFieldVisibility(viewer(['ENTERPRISE'], { enterpriseId: 'ent' }), difficulty).queryCode).toBe(
      true,
    );
    expect(caseFieldVisibility(viewer(['GRID_HEAD'], { userId: 'submitter' }), difficulty).queryCode).toBe(
      true,
    );
    expect(caseFieldVisibility(viewer(['GRID_HEAD']), difficulty).queryCode).toBe(false);
  });

  it('keeps internal notes and staff names from the portal', () => {
    expect(caseFieldVisibility(viewer(['ENTERPRISE'], { enterpriseId: 'ent' }), difficulty)).toMatchObject({
      internalNotes: false,
      staffNames: false,
      quietSteps: false,
    });
  });

  it('shows the office everything', () => {
    expect(caseFieldVisibility(viewer(['OFFICE_LEADER']), complaint)).toEqual({
      submitter: true,
      reporterNames: true,
      staffNames: true,
      internalNotes: true,
      quietSteps: true,
      queryCode: true,
      warnings: true,
      contact: 'FULL',
    });
  });

  it('keeps the deadline warnings (黄牌/红牌) from the enterprise and grid heads', () => {
    expect(caseFieldVisibility(viewer(['ENTERPRISE'], { enterpriseId: 'ent' }), difficulty).warnings).toBe(
      false,
    );
    expect(caseFieldVisibility(viewer(['GRID_HEAD'], { userId: 'submitter' }), difficulty).warnings).toBe(
      false,
    );
    expect(caseFieldVisibility(department, difficulty).warnings).toBe(true);
  });
});

describe('maskPhone', () => {
  it('keeps the first three and last four digits', () => {
    expect(maskPhone('13812341234')).toBe('138****1234');
    expect(maskPhone(' 021123456789 ')).toBe('021*****6789');
  });

  it('stars a number too short to keep digits of', () => {
    expect(maskPhone('1234567')).toBe('*******');
  });
});
