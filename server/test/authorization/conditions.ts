import { NO_SUCH, OFFICE, type Actor, type MatrixPart } from './expectation.js';

/*
 * Inputs of a valid shape that the services refuse after the guard, so nothing is written: an
 * enterprise or report no one has (NOT_FOUND).
 */
const REPORTER: Actor[] = ['ENTERPRISE', 'GRID_HEAD'];
const MONTH = '2026-06';
const REPORT = {
  enterpriseId: NO_SUCH,
  month: MONTH,
  operatingStatus: 'NORMAL',
  employees: 10,
  outputValue: 1,
  revenue: 1,
  capacityUse: 50,
  orderTrend: 'FLAT',
  difficulties: '',
};
const VISIT = {
  enterpriseId: NO_SUCH,
  visitedOn: '2026-06-15',
  findings: '正常',
  photoIds: [],
  clientKey: 'matrix-visit-1',
};
const DIFFICULTY = {
  category: 'OTHER',
  title: '困难',
  contactConsent: true,
  clientKey: 'matrix-difficulty-1',
};

/** Who may call the operations of condition reports, visits and the dashboard (docs/conditions.md). */
export const CONDITIONS_MATRIX: MatrixPart = {
  portal: {
    'Query.conditionReportForm': { allow: REPORTER, variables: { enterpriseId: NO_SUCH } },
    'Mutation.submitConditionReport': { allow: REPORTER, variables: { input: REPORT } },
    'Query.conditionReports': { allow: REPORTER, variables: { enterpriseId: NO_SUCH } },
    'Query.conditionReportRevisions': { allow: REPORTER, variables: { reportId: NO_SUCH } },
    'Mutation.raiseConditionDifficulty': {
      allow: REPORTER,
      variables: { reportId: NO_SUCH, input: DIFFICULTY },
    },
    'Query.gridConditionEnterprises': { allow: ['GRID_HEAD'], variables: { filter: { month: MONTH } } },
    'Mutation.recordConditionVisit': { allow: ['GRID_HEAD'], variables: { input: VISIT } },
    'Query.conditionVisits': { allow: ['GRID_HEAD'], variables: { enterpriseId: NO_SUCH } },
    'Query.conditionCoverage': { allow: ['GRID_HEAD'], variables: { month: MONTH } },
  },
  admin: {
    'Query.conditionDashboard': { allow: OFFICE, variables: { month: MONTH } },
    'Query.conditionEnterprises': { allow: OFFICE, variables: { filter: { month: MONTH } } },
    'Query.enterpriseConditionReports': { allow: OFFICE, variables: { enterpriseId: NO_SUCH } },
    'Query.enterpriseConditionRevisions': { allow: OFFICE, variables: { reportId: NO_SUCH } },
    'Query.enterpriseConditionVisits': { allow: OFFICE, variables: { enterpriseId: NO_SUCH } },
    // A month that does not exist: VALIDATION after the guard, so no export is written.
    'Mutation.requestConditionExport': { allow: OFFICE, variables: { month: '2026-13' } },
  },
};
