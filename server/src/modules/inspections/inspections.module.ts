import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/index.js';
import { CalendarModule } from '../calendar/index.js';
import { CasesModule } from '../cases/index.js';
import { InspectionsService } from './inspections.service.js';

@Module({
  imports: [AuditModule, CalendarModule, CasesModule],
  providers: [InspectionsService],
  exports: [InspectionsService],
})
export class InspectionsModule {}
