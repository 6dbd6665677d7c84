import { Global, Module } from '@nestjs/common';
import { PgListener } from '../common/pg-listener.service.js';
import { RateLimitService } from '../common/rate-limit.service.js';
import { AuditService } from './audit/audit.service.js';
import { AttachmentsService } from './cases/attachments.service.js';
import { CaseContacts } from './cases/case-contact.service.js';
import { CaseEvaluation } from './cases/case-evaluation.service.js';
import { JobRunner } from './jobs/job-runner.service.js';
import { JobsService } from './jobs/jobs.service.js';
import { CaseTransitions } from './cases/case-transitions.service.js';
import { CasesService } from './cases/cases.service.js';
import { AuthService } from './auth/auth.service.js';
import { SessionService } from './auth/session.service.js';
import { CaptchaService } from './auth/captcha.service.js';
import { SignInAttempts } from './auth/sign-in-attempts.service.js';
import { UsersService } from './users/users.service.js';
import { CalendarService } from './calendar/calendar.service.js';
import { NotificationsService } from './notifications/notifications.service.js';
import { LiveNotifications } from './notifications/live-notifications.service.js';
import { MESSAGE_SENDER_PROVIDER } from './notifications/message-sender.js';
import { OutboxWorker } from './notifications/outbox.worker.js';
import { DepartmentsService } from './directory/departments.service.js';
import { EnterpriseAccountsService } from './directory/enterprise-accounts.service.js';
import { EnterprisesService } from './directory/enterprises.service.js';
import { EnterpriseExcelService } from './directory/enterprise-excel.service.js';
import { ExportsService } from './exports/exports.service.js';
import { GridsService } from './directory/grids.service.js';
import { ServicePointsService } from './directory/service-points.service.js';

const SERVICES = [
  JobRunner,
  JobsService,
  CaseTransitions,
  CaseEvaluation,
  CasesService,
  AttachmentsService,
  CaseContacts,
  AuditService,
  SessionService,
  AuthService,
  SignInAttempts,
  CaptchaService,
  RateLimitService,
  PgListener,
  UsersService,
  CalendarService,
  NotificationsService,
  LiveNotifications,
  MESSAGE_SENDER_PROVIDER,
  OutboxWorker,
  GridsService,
  DepartmentsService,
  EnterprisesService,
  ServicePointsService,
  EnterpriseAccountsService,
  EnterpriseExcelService,
  ExportsService,
];

/** Services every API module uses. */
@Global()
@Module({
  providers: SERVICES,
  exports: SERVICES,
})
export class CoreModule {}
