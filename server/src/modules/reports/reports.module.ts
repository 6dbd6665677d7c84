import { Module } from '@nestjs/common';
import { AccountabilityModule } from '../accountability/index.js';
import { ScorecardsModule } from '../scorecards/index.js';
import { MonthlyReportService } from './monthly-report.service.js';

@Module({
  imports: [ScorecardsModule, AccountabilityModule],
  providers: [MonthlyReportService],
  exports: [MonthlyReportService],
})
export class ReportsModule {}
