import { Module } from '@nestjs/common';
import { AuditModule } from '../modules/audit/audit.module.js';
import { AuthModule } from '../modules/auth/auth.module.js';
import { CalendarModule } from '../modules/calendar/calendar.module.js';
import { caseLoaders } from '../modules/cases/case-loaders.js';
import { CasesModule } from '../modules/cases/cases.module.js';
import { DirectoryModule } from '../modules/directory/directory.module.js';
import { ExportsModule } from '../modules/exports/exports.module.js';
import { JobsModule } from '../modules/jobs/jobs.module.js';
import { NotificationsModule } from '../modules/notifications/notifications.module.js';
import { UsersModule } from '../modules/users/users.module.js';
import { DispatchModule } from '../modules/dispatch/dispatch.module.js';
import { SupervisionModule } from '../modules/supervision/supervision.module.js';
import { SupervisionAdminResolver } from '../modules/supervision/supervision.admin.resolver.js';
import { ConditionsModule } from '../modules/conditions/conditions.module.js';
import {
  ConditionsAdminResolver,
  ConditionsPortalResolver,
} from '../modules/conditions/conditions.resolver.js';
import { DispatchResolver } from '../modules/dispatch/dispatch.resolver.js';
import { AccountabilityModule } from '../modules/accountability/accountability.module.js';
import { AccountabilityAdminResolver } from '../modules/accountability/accountability.resolver.js';
import { NoticesPortalResolver } from '../modules/accountability/notices.portal.resolver.js';
import { ScorecardsModule } from '../modules/scorecards/scorecards.module.js';
import { ScorecardsAdminResolver } from '../modules/scorecards/scorecards.admin.resolver.js';
import { ScorecardsPortalResolver } from '../modules/scorecards/scorecards.portal.resolver.js';
import { InspectionsModule } from '../modules/inspections/inspections.module.js';
import { InspectionsResolver } from '../modules/inspections/inspections.resolver.js';
import { ReportsModule } from '../modules/reports/reports.module.js';
import { ReportsAdminResolver } from '../modules/reports/reports.admin.resolver.js';
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
import { CaseAssignmentFieldsResolver, CaseFieldsResolver } from '../modules/cases/case-fields.resolver.js';
import { CasePageResolver } from '../modules/cases/case-page.resolver.js';
import { CasesAdminResolver } from '../modules/cases/cases.admin.resolver.js';
import { CaseLoopAdminResolver } from '../modules/cases/case-loop.admin.resolver.js';
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
  CaseAssignmentFieldsResolver,
  CasePageResolver,
  NotificationsResolver,
  EnterpriseFieldsResolver,
  ServicePointFieldsResolver,
  NoticesPortalResolver,
  ScorecardsPortalResolver,
  ConditionsPortalResolver,
];
export const ADMIN_RESOLVERS = [
  AuthResolver,
  UsersResolver,
  AuditResolver,
  OrganisationAdminResolver,
  EnterprisesAdminResolver,
  CasesAdminResolver,
  CaseLoopAdminResolver,
  CaseFieldsResolver,
  CaseAssignmentFieldsResolver,
  CasePageResolver,
  EnterpriseFieldsResolver,
  ServicePointFieldsResolver,
  GridFieldsResolver,
  NotificationsResolver,
  SentMessagesResolver,
  CalendarResolver,
  JobsResolver,
  ExportsAdminResolver,
  DispatchResolver,
  AccountabilityAdminResolver,
  SupervisionAdminResolver,
  ScorecardsAdminResolver,
  ConditionsAdminResolver,
  InspectionsResolver,
  ReportsAdminResolver,
];

/** The loader factories of the domains; common/loaders.ts builds the shared ones. */
export const DOMAIN_LOADERS = [caseLoaders];

/*
 * Each API module imports the domain modules whose services its resolvers use; the resolvers
 * stay here, not in the domain modules, so that each schema is built from its own list.
 */
@Module({
  imports: [
    AuthModule,
    DirectoryModule,
    CasesModule,
    CalendarModule,
    NotificationsModule,
    AccountabilityModule,
    ScorecardsModule,
    ConditionsModule,
  ],
  providers: PORTAL_RESOLVERS,
})
export class PortalApiModule {}

@Module({
  imports: [
    AuthModule,
    UsersModule,
    AuditModule,
    DirectoryModule,
    CasesModule,
    CalendarModule,
    NotificationsModule,
    JobsModule,
    ExportsModule,
    DispatchModule,
    AccountabilityModule,
    SupervisionModule,
    ScorecardsModule,
    ConditionsModule,
    InspectionsModule,
    ReportsModule,
  ],
  providers: ADMIN_RESOLVERS,
})
export class AdminApiModule {}
