import { Module } from '@nestjs/common';
import { AuditResolver } from '../modules/audit/audit.resolver.js';
import { AuthResolver } from '../modules/auth/auth.resolver.js';
import { CalendarResolver } from '../modules/calendar/calendar.resolver.js';
import { ExportsAdminResolver } from '../modules/exports/exports.resolver.js';
import { JobsResolver } from '../modules/jobs/jobs.resolver.js';
import { UsersResolver } from '../modules/users/users.resolver.js';
import {
  EnterpriseFieldsResolver,
  GridFieldsResolver,
  ServicePointFieldsResolver,
} from '../modules/directory/directory-fields.resolver.js';
import {
  EnterprisesAdminResolver,
  OrganisationAdminResolver,
} from '../modules/directory/directory.admin.resolver.js';
import { DirectoryPortalResolver } from '../modules/directory/directory.portal.resolver.js';
import { CaseFieldsResolver } from '../modules/cases/case-fields.resolver.js';
import { CasesAdminResolver } from '../modules/cases/cases.admin.resolver.js';
import { CasesPortalResolver } from '../modules/cases/cases.portal.resolver.js';
import { CaseDepartmentsPortalResolver } from '../modules/cases/case-departments.portal.resolver.js';
import {
  NotificationsResolver,
  SentMessagesResolver,
} from '../modules/notifications/notifications.resolver.js';

/*
 * The two GraphQL APIs. A resolver appears in an API only if it is listed here, so the public
 * portal schema does not even contain admin operations (docs/architecture.md#two-apis-two-schemas).
 */
export const PORTAL_RESOLVERS = [
  AuthResolver,
  DirectoryPortalResolver,
  CasesPortalResolver,
  CaseDepartmentsPortalResolver,
  CaseFieldsResolver,
  NotificationsResolver,
  EnterpriseFieldsResolver,
  ServicePointFieldsResolver,
];
export const ADMIN_RESOLVERS = [
  AuthResolver,
  UsersResolver,
  AuditResolver,
  OrganisationAdminResolver,
  EnterprisesAdminResolver,
  CasesAdminResolver,
  CaseFieldsResolver,
  EnterpriseFieldsResolver,
  ServicePointFieldsResolver,
  GridFieldsResolver,
  NotificationsResolver,
  SentMessagesResolver,
  CalendarResolver,
  JobsResolver,
  ExportsAdminResolver,
];

@Module({ providers: PORTAL_RESOLVERS })
export class PortalApiModule {}

@Module({ providers: ADMIN_RESOLVERS })
export class AdminApiModule {}
