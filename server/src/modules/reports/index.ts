/**
 * The reports domain's public surface: the monthly report 月报, composed from the scorecards'
 * and accountability's own figures (docs/supervision.md#monthly-report-月报).
 */
export { ReportsModule } from './reports.module.js';
export { MonthlyReportService, monthPeriod } from './monthly-report.service.js';
export { TYPICAL_CASE_KINDS, type MonthlyReportType, type TypicalCaseKind } from './monthly-report.types.js';
