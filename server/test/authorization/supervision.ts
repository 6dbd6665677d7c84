import { NO_SUCH, OFFICE, type MatrixPart } from './expectation.js';

const DEPARTMENT = ['DEPT_STAFF', 'DEPT_LEADER'] as const;

/**
 * Who may call the supervision board and 督办/催办 (docs/supervision.md). The mutations name a
 * case no one has (NOT_FOUND after the guard), so nothing is written.
 */
export const SUPERVISION_MATRIX: MatrixPart = {
  portal: {},
  admin: {
    'Query.supervisionBoard': { allow: OFFICE },
    'Query.supervisionCounts': { allow: OFFICE },
    'Query.caseSupervisions': { allow: [...OFFICE, ...DEPARTMENT], variables: { caseId: NO_SUCH } },
    'Query.pendingSupervisions': { allow: [...DEPARTMENT] },
    'Mutation.superviseCase': {
      allow: OFFICE,
      variables: {
        id: NO_SUCH,
        version: 1,
        input: { level: 'NORMAL', note: 'x', dueDate: '2030-01-01T00:00:00Z' },
      },
    },
    'Mutation.urgeCase': { allow: OFFICE, variables: { id: NO_SUCH, version: 1, note: 'x' } },
    'Mutation.acknowledgeSupervision': { allow: [...DEPARTMENT], variables: { id: NO_SUCH, version: 1 } },
  },
};
