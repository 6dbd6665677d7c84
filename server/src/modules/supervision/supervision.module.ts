import { Module } from '@nestjs/common';
import { CalendarModule } from '../calendar/index.js';
import { CasesModule } from '../cases/index.js';
import { NotificationsModule } from '../notifications/index.js';
import { SupervisionService } from './supervision.service.js';
import { SupervisionWarnings } from './warnings.service.js';

@Module({
  imports: [CalendarModule, CasesModule, NotificationsModule],
  providers: [SupervisionService, SupervisionWarnings],
  exports: [SupervisionService, SupervisionWarnings],
})
export class SupervisionModule {}
