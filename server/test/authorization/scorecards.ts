import { NO_SUCH, OFFICE, type MatrixPart } from './expectation.js';

const PERIOD = { from: '2026-06-01', to: '2026-06-30' };
const WEIGHTS = {
  signWeight: 15,
  contactWeight: 15,
  replyWeight: 30,
  resolutionWeight: 20,
  satisfactionWeight: 20,
  minSample: 5,
};

/** Who may read the scorecards and set their weights (docs/supervision.md#department-scorecard-部门考核). */
export const SCORECARDS_MATRIX: MatrixPart = {
  portal: {
    'Query.publicScorecard': { allow: 'everyone', variables: { period: PERIOD } },
  },
  admin: {
    'Query.scorecard': {
      allow: [...OFFICE, 'DEPT_STAFF', 'DEPT_LEADER'],
      variables: { period: PERIOD },
    },
    'Query.dashboard': { allow: OFFICE, variables: { period: PERIOD } },
    'Query.scorecardWeights': { allow: [...OFFICE, 'DEPT_STAFF', 'DEPT_LEADER'] },
    // Another department's cases: a department passes the guard and reads an empty page.
    'Query.scorecardCases': {
      allow: [...OFFICE, 'DEPT_STAFF', 'DEPT_LEADER'],
      variables: { period: PERIOD, drill: { departmentId: NO_SUCH, measure: 'CLOSED' } },
    },
    'Query.scorecardPreview': { allow: ['OFFICE_LEADER'], variables: { period: PERIOD, weights: WEIGHTS } },
    // A version no row has: CONFLICT after the guard, so nothing is saved.
    'Mutation.saveScorecardWeights': {
      allow: ['OFFICE_LEADER'],
      variables: { weights: WEIGHTS, version: 7 },
    },
  },
};
