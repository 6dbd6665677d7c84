import { Global, Module } from '@nestjs/common';
import { PgListener } from '../common/pg-listener.service.js';
import { RateLimitService } from '../common/rate-limit.service.js';
import { AuditService } from './audit/audit.service.js';
import { AuthService } from './auth/auth.service.js';
import { SessionService } from './auth/session.service.js';
import { UsersService } from './users/users.service.js';
import { CalendarService } from './calendar/calendar.service.js';
import { NotificationsService } from './notifications/notifications.service.js';
import { DepartmentsService } from './directory/departments.service.js';
import { EnterpriseAccountsService } from './directory/enterprise-accounts.service.js';
import { EnterprisesService } from './directory/enterprises.service.js';
import { EnterpriseExcelService } from './directory/enterprise-excel.service.js';
import { GridsService } from './directory/grids.service.js';
import { ServicePointsService } from './directory/service-points.service.js';

const SERVICES = [
  AuditService,
  SessionService,
  AuthService,
  RateLimitService,
  PgListener,
  UsersService,
  CalendarService,
  NotificationsService,
  GridsService,
  DepartmentsService,
  EnterprisesService,
  ServicePointsService,
  EnterpriseAccountsService,
  EnterpriseExcelService,
];

/** Services every API module uses. */
@Global()
@Module({
  providers: SERVICES,
  exports: SERVICES,
})
export class CoreModule {}
