/** The exports domain's public surface: other domains import from here, never a file inside. */
export { ExportsModule } from './exports.module.js';
