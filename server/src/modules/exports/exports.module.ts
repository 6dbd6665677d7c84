import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/index.js';
import { CalendarModule } from '../calendar/index.js';
import { ExportsService } from './exports.service.js';

@Module({
  imports: [AuditModule, CalendarModule],
  providers: [ExportsService],
  exports: [ExportsService],
})
export class ExportsModule {}
