import { NO_SUCH, OFFICE, type MatrixPart } from './expectation.js';

/*
 * Inputs of a valid shape that the services refuse, so nothing is written: a record with a blank
 * reason and an unknown department; a notice of an unknown record; a withdrawal of no notice.
 */
const BAD_RECORD = {
  subjectKind: 'DEPARTMENT',
  departmentId: NO_SUCH,
  type: 'CRITICISM',
  reason: ' ',
  caseIds: [],
  decidedOn: '2026-06-01',
  decidedBy: ' ',
};
const BAD_NOTICE = {
  recordIds: [NO_SUCH],
  title: '',
  body: '',
  redaction: { names: true, posts: false, enterprises: true },
};

/** Who may call the accountability operations (docs/supervision.md#accountability). */
export const ACCOUNTABILITY_MATRIX: MatrixPart = {
  portal: {
    // Public notices are for anyone, signed in or not.
    'Query.publicNotices': { allow: 'everyone' },
    'Query.publicNotice': { allow: 'everyone', variables: { id: NO_SUCH } },
  },
  admin: {
    // Departments read the records that name them (scoped in SQL); the office reads them all.
    'Query.accountabilityRecords': { allow: [...OFFICE, 'DEPT_STAFF', 'DEPT_LEADER'] },
    'Query.accountabilityRecord': {
      allow: [...OFFICE, 'DEPT_STAFF', 'DEPT_LEADER'],
      variables: { id: NO_SUCH },
    },
    'Mutation.createAccountabilityRecord': { allow: ['OFFICE_LEADER'], variables: { input: BAD_RECORD } },
    'Mutation.updateAccountabilityRecord': {
      allow: ['OFFICE_LEADER'],
      variables: { id: NO_SUCH, input: BAD_RECORD, version: 1 },
    },
    'Query.accountabilityCandidates': {
      allow: OFFICE,
      variables: { from: '2026-06-01T00:00:00Z', to: '2026-07-01T00:00:00Z' },
    },
    'Query.accountabilityFigures': { allow: OFFICE, variables: { from: '2026-01-01', to: '2026-12-31' } },
    'Query.publicNoticeDraft': { allow: OFFICE, variables: { input: BAD_NOTICE } },
    'Query.adminPublicNotices': { allow: OFFICE },
    'Mutation.publishPublicNotice': { allow: ['OFFICE_LEADER'], variables: { input: BAD_NOTICE } },
    'Mutation.withdrawPublicNotice': {
      allow: ['OFFICE_LEADER'],
      variables: { id: NO_SUCH, version: 1, reason: '测试' },
    },
  },
};
