/**
 * The scorecards domain's public surface: department scorecards 部门考核 and the office dashboard,
 * read from facts counted as each case step commits (docs/supervision.md).
 */
export { ScorecardsModule } from './scorecards.module.js';
export { recountAll, factsSelect } from './scorecard-facts.js';
export { ScorecardsService } from './scorecards.service.js';
export { DashboardService } from './dashboard.service.js';
export { LATE_MEASURES } from './scorecard-facts.js';
export { DashboardType } from './dashboard.types.js';
export { ScorecardType } from './scorecards.types.js';
