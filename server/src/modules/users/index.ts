/** The users domain's public surface: other domains import from here, never a file inside. */
export { UsersModule } from './users.module.js';
