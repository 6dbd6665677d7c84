import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/index.js';
import { CasesModule } from '../cases/index.js';
import { NotificationsModule } from '../notifications/index.js';
import { ConditionDashboardService } from './condition-dashboard.service.js';
import { ConditionReminders } from './condition-reminders.service.js';
import { ConditionsService } from './conditions.service.js';

@Module({
  imports: [AuditModule, CasesModule, NotificationsModule],
  providers: [ConditionsService, ConditionDashboardService, ConditionReminders],
  exports: [ConditionsService, ConditionDashboardService, ConditionReminders],
})
export class ConditionsModule {}
