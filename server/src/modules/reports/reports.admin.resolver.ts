import { Args, Query, Resolver } from '@nestjs/graphql';
import { Allow } from '../../common/allow.decorator.js';
import { CurrentViewer } from '../../common/current-viewer.decorator.js';
import type { Viewer } from '../../common/gql-context.js';
import { MonthlyReportService } from './monthly-report.service.js';
import { MonthlyReportType } from './monthly-report.types.js';

/** Admin API: the monthly report 月报 (docs/supervision.md#monthly-report-月报). */
@Resolver()
export class ReportsAdminResolver {
  constructor(private readonly reports: MonthlyReportService) {}

  @Query(() => MonthlyReportType, {
    description:
      "The monthly report of a Shanghai month; VALIDATION naming 'month' for a bad or future month",
  })
  @Allow('report.monthly')
  monthlyReport(
    @CurrentViewer() viewer: Viewer,
    @Args('month', { type: () => String, description: "'YYYY-MM'" }) month: string,
  ): Promise<MonthlyReportType> {
    return this.reports.report(viewer, month);
  }
}
