/** The inspections domain's public surface (docs/inspections.md): other domains import from here. */
export { InspectionsModule } from './inspections.module.js';
export { InspectionsService } from './inspections.service.js';
