import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/index.js';
import { CasesModule } from '../cases/index.js';
import { DashboardService } from './dashboard.service.js';
import { ScorecardsService } from './scorecards.service.js';

@Module({
  imports: [AuditModule, CasesModule],
  providers: [ScorecardsService, DashboardService],
  exports: [ScorecardsService, DashboardService],
})
export class ScorecardsModule {}
