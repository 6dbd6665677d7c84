import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/index.js';
import { NotificationsModule } from '../notifications/index.js';
import { AccountabilityService } from './accountability.service.js';
import { NoticesService } from './notices.service.js';

@Module({
  imports: [AuditModule, NotificationsModule],
  providers: [AccountabilityService, NoticesService],
  exports: [AccountabilityService, NoticesService],
})
export class AccountabilityModule {}
