/** The audit domain's public surface: other domains import from here, never a file inside. */
export { AuditModule } from './audit.module.js';
export { AuditService } from './audit.service.js';
