import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow } from '../../common/allow.decorator.js';
import { AppError } from '../../common/app-error.js';
import { CurrentViewer } from '../../common/current-viewer.decorator.js';
import type { Viewer } from '../../common/gql-context.js';
import { AuditLogFilter } from '../audit/index.js';
import { CaseFilter } from '../cases/index.js';
import { EnterpriseFilter } from '../directory/index.js';
import { ExportsService } from './exports.service.js';
import { ExportFileType } from './exports.types.js';
import { OptionalInput } from '../../common/validation.js';

/** Admin API: exports of the case list, the enterprise directory and the audit log, written in the background. */
@Resolver()
export class ExportsAdminResolver {
  constructor(private readonly exports: ExportsService) {}

  @Mutation(() => ExportFileType, {
    description:
      'Starts an export of the filtered case list (at most 50,000 rows); EXPORT_RUNNING while another export of yours runs',
  })
  @Allow('case.export')
  requestCaseExport(
    @CurrentViewer() viewer: Viewer,
    @OptionalInput('filter', CaseFilter) filter: CaseFilter | null,
  ): Promise<ExportFileType> {
    return this.exports.request(viewer, 'CASES', filter);
  }

  @Mutation(() => ExportFileType, {
    description:
      'Starts an export of the filtered enterprise directory (at most 50,000 rows); EXPORT_RUNNING while another export of yours runs',
  })
  @Allow('directory.export')
  requestEnterpriseExport(
    @CurrentViewer() viewer: Viewer,
    @OptionalInput('filter', EnterpriseFilter) filter: EnterpriseFilter | null,
  ): Promise<ExportFileType> {
    return this.exports.request(viewer, 'ENTERPRISES', filter);
  }

  @Mutation(() => ExportFileType, {
    description:
      'Starts an export of the filtered audit log with a chain check (at most 100,000 rows); EXPORT_RUNNING while another export of yours runs',
  })
  @Allow('audit.export')
  requestAuditExport(
    @CurrentViewer() viewer: Viewer,
    // Typed as the class (not `| null`) so the validation pipe sees it and checks its fields.
    @OptionalInput('filter', AuditLogFilter) filter: AuditLogFilter | null,
  ): Promise<ExportFileType> {
    if (filter?.from && filter.to && filter.to < filter.from) {
      throw AppError.validation({ field: 'to', rule: 'endsBeforeStart' });
    }
    return this.exports.request(viewer, 'AUDIT', filter ?? null);
  }

  @Mutation(() => ExportFileType, {
    description:
      "Starts an export of the month's condition data (docs/conditions.md); EXPORT_RUNNING while another export of yours runs",
  })
  @Allow('condition.export')
  requestConditionExport(
    @CurrentViewer() viewer: Viewer,
    @Args('month', { type: () => String, description: "'YYYY-MM'" }) month: string,
  ): Promise<ExportFileType> {
    if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(month))
      throw AppError.validation({ field: 'month', rule: 'invalid' });
    return this.exports.request(viewer, 'CONDITIONS', { month });
  }

  @Mutation(() => ExportFileType, {
    description:
      "Starts the workbook of a month's report 月报 (docs/supervision.md); EXPORT_RUNNING while another export of yours runs",
  })
  @Allow('report.monthly')
  requestMonthlyReportExport(
    @CurrentViewer() viewer: Viewer,
    @Args('month', { type: () => String, description: "'YYYY-MM'" }) month: string,
  ): Promise<ExportFileType> {
    return this.exports.requestMonthlyReport(viewer, month);
  }

  @Query(() => [ExportFileType], { description: 'Your exports that have not expired yet, newest first' })
  @Allow('exports.list')
  myExports(@CurrentViewer() viewer: Viewer): Promise<ExportFileType[]> {
    return this.exports.mine(viewer);
  }
}
