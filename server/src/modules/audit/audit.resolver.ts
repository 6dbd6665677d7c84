import { Args, Int, Query, Resolver } from '@nestjs/graphql';
import { Allow } from '../../common/allow.decorator.js';
import { AppError } from '../../common/app-error.js';
import { AuditLogFilter } from './audit.inputs.js';
import { AuditService } from './audit.service.js';
import { AuditChainStatus, AuditEntryType, AuditLogPage } from './audit.types.js';
import { OptionalInput } from '../../common/validation.js';

/** Admin API: the auditor reads the audit log and checks its hash chain; nobody else may. */
@Resolver(() => AuditEntryType)
export class AuditResolver {
  constructor(private readonly audit: AuditService) {}

  @Query(() => AuditLogPage)
  @Allow('audit.read')
  async auditLog(
    @Args('first', { type: () => Int, defaultValue: 50 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
    // Typed as the class (not `| null`) so the validation pipe sees it and checks its fields.
    @OptionalInput('filter', AuditLogFilter) filter: AuditLogFilter | null,
  ): Promise<AuditLogPage> {
    if (filter?.from && filter.to && filter.to < filter.from) {
      throw AppError.validation({ field: 'to', rule: 'endsBeforeStart' });
    }
    const page = await this.audit.list(first, after, filter ?? {});
    return {
      nextCursor: page.nextCursor,
      items: page.items.map((row) => ({
        id: row.id,
        occurredAt: row.occurred_at,
        actorName: row.actor_name,
        action: row.action,
        targetType: row.target_type,
        targetId: row.target_id,
        ip: row.ip,
        details: row.details,
      })),
    };
  }

  @Query(() => AuditChainStatus)
  @Allow('audit.read')
  verifyAuditChain(): Promise<AuditChainStatus> {
    return this.audit.verifyChain();
  }
}
