/** The cases domain's public surface: other domains import from here, never a file inside. */
export { CasesModule } from './cases.module.js';
export { deadlineOf } from './case-deadlines.js';
export { caseConditions } from './case-query.js';
export { sqlParams } from './case-scope.js';
export { CaseFilter } from './cases.inputs.js';
