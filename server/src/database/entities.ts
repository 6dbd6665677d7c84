import { AuditEntry } from '../modules/audit/audit-entry.entity.js';
import { Session } from '../modules/auth/session.entity.js';
import { User } from '../modules/auth/user.entity.js';
import { Department } from '../modules/directory/department.entity.js';
import { Enterprise } from '../modules/directory/enterprise.entity.js';
import { EnterpriseClaim } from '../modules/directory/enterprise-claim.entity.js';
import { ServicePoint } from '../modules/directory/service-point.entity.js';
import { Grid } from '../modules/directory/grid.entity.js';

export const ENTITIES = [
  Department,
  Grid,
  Enterprise,
  ServicePoint,
  EnterpriseClaim,
  User,
  Session,
  AuditEntry,
];
