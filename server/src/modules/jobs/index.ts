/** The jobs domain's public surface: other domains import from here, never a file inside. */
export { JobsModule } from './jobs.module.js';
