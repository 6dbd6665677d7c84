import { Module } from '@nestjs/common';
import { CalendarModule } from '../calendar/index.js';
import { CasesModule } from '../cases/index.js';
import { NotificationsModule } from '../notifications/index.js';
import { LiveSupervisionBoard } from './live-board.service.js';
import { SupervisionService } from './supervision.service.js';
import { SupervisionWarnings } from './warnings.service.js';

@Module({
  imports: [CalendarModule, CasesModule, NotificationsModule],
  providers: [SupervisionService, SupervisionWarnings, LiveSupervisionBoard],
  exports: [SupervisionService, SupervisionWarnings, LiveSupervisionBoard],
})
export class SupervisionModule {}
