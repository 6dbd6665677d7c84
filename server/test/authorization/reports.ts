import { OFFICE, type MatrixPart } from './expectation.js';

/** Who may read the monthly report 月报 and ask for its workbook (docs/supervision.md#monthly-report-月报). */
export const REPORTS_MATRIX: MatrixPart = {
  portal: {},
  admin: {
    'Query.monthlyReport': { allow: OFFICE, variables: { month: '2026-06' } },
    // A month that does not exist: VALIDATION after the guard, so no export is written.
    'Mutation.requestMonthlyReportExport': { allow: OFFICE, variables: { month: '2026-13' } },
  },
};
