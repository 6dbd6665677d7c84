/** The health domain's public surface: other domains import from here, never a file inside. */
export { HealthModule } from './health.module.js';
