import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/index.js';
import { CalendarModule } from '../calendar/index.js';
import { ReportsModule } from '../reports/index.js';
import { ExportsService } from './exports.service.js';

@Module({
  imports: [AuditModule, CalendarModule, ReportsModule],
  providers: [ExportsService],
  exports: [ExportsService],
})
export class ExportsModule {}
