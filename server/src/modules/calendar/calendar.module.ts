import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/index.js';
import { CalendarService } from './calendar.service.js';

@Module({
  imports: [AuditModule],
  providers: [CalendarService],
  exports: [CalendarService],
})
export class CalendarModule {}
