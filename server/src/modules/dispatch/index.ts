/**
 * The dispatch domain's public surface: other domains import from here, never a file inside.
 * The cases domain's assign step uses `TimeLimits.forCase` for the limits in force and
 * `AssignmentSuggestionsService.recordOutcome` to keep what was suggested (docs/dispatch.md).
 */
export { DispatchModule } from './dispatch.module.js';
export { AssignmentSuggestionsService } from './assignment-suggestions.service.js';
export { TimeLimits, defaultLimits, type LimitsInForce } from './time-limits.service.js';
