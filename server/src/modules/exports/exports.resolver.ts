import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow } from '../../common/allow.decorator.js';
import { AppError } from '../../common/app-error.js';
import { Ctx } from '../../common/ctx.decorator.js';
import type { GqlContext } from '../../common/gql-context.js';
import { AuditLogFilter } from '../audit/audit.inputs.js';
import { CaseFilter } from '../cases/cases.inputs.js';
import { EnterpriseFilter } from '../directory/directory.inputs.js';
import { EXPORT_ROLES, EXPORTERS, ExportsService } from './exports.service.js';
import { ExportFileType } from './exports.types.js';

/** Admin API: exports of the case list, the enterprise directory and the audit log, written in the background. */
@Resolver()
export class ExportsAdminResolver {
  constructor(private readonly exports: ExportsService) {}

  @Mutation(() => ExportFileType, {
    description:
      'Starts an export of the filtered case list (at most 50,000 rows); EXPORT_RUNNING while another export of yours runs',
  })
  @Allow(...EXPORTERS.CASES)
  requestCaseExport(
    @Ctx() ctx: GqlContext,
    @Args('filter', { type: () => CaseFilter, nullable: true }) filter: CaseFilter | null,
  ): Promise<ExportFileType> {
    return this.exports.request(ctx.viewer!, 'CASES', filter);
  }

  @Mutation(() => ExportFileType, {
    description:
      'Starts an export of the filtered enterprise directory (at most 50,000 rows); EXPORT_RUNNING while another export of yours runs',
  })
  @Allow(...EXPORTERS.ENTERPRISES)
  requestEnterpriseExport(
    @Ctx() ctx: GqlContext,
    @Args('filter', { type: () => EnterpriseFilter, nullable: true }) filter: EnterpriseFilter | null,
  ): Promise<ExportFileType> {
    return this.exports.request(ctx.viewer!, 'ENTERPRISES', filter);
  }

  @Mutation(() => ExportFileType, {
    description:
      'Starts an export of the filtered audit log with a chain check (at most 100,000 rows); EXPORT_RUNNING while another export of yours runs',
  })
  @Allow(...EXPORTERS.AUDIT)
  requestAuditExport(
    @Ctx() ctx: GqlContext,
    // Typed as the class (not `| null`) so the validation pipe sees it and checks its fields.
    @Args('filter', { type: () => AuditLogFilter, nullable: true }) filter?: AuditLogFilter,
  ): Promise<ExportFileType> {
    if (filter?.from && filter.to && filter.to < filter.from) {
      throw AppError.validation({ field: 'to', rule: 'endsBeforeStart' });
    }
    return this.exports.request(ctx.viewer!, 'AUDIT', filter ?? null);
  }

  @Query(() => [ExportFileType], { description: 'Your exports that have not expired yet, newest first' })
  @Allow(...EXPORT_ROLES)
  myExports(@Ctx() ctx: GqlContext): Promise<ExportFileType[]> {
    return this.exports.mine(ctx.viewer!);
  }
}
