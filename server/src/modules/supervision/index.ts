/** The supervision domain's public surface (docs/supervision.md): other domains import from here. */
export { SupervisionModule } from './supervision.module.js';
export { SupervisionService } from './supervision.service.js';
export {
  SupervisionWarnings,
  SUPERVISION_SCAN_QUEUE,
  detectFromTimeline,
  recordDueSuggestionWarnings,
  recordDueWarnings,
} from './warnings.service.js';
