/** The auth domain's public surface: other domains import from here, never a file inside. */
export { AuthModule } from './auth.module.js';
export { hashPassword } from './password.js';
export { SessionService } from './session.service.js';
export { SignInAttempts } from './sign-in-attempts.service.js';
export { RoleEnum } from './viewer.type.js';
