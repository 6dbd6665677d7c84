/** The audit domain's public surface: other domains import from here, never a file inside. */
export { AuditModule } from './audit.module.js';
export { AuditService } from './audit.service.js';
export { AUDIT_ROW, auditConditions, type AuditChainResult, type AuditLogQuery } from './audit.service.js';
export { AuditLogFilter } from './audit.inputs.js';
