import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { FigurePeriod } from '@gridbridge/shared';
import { Allow } from '../../common/allow.decorator.js';
import { CurrentViewer } from '../../common/current-viewer.decorator.js';
import type { Viewer } from '../../common/gql-context.js';
import { AccountabilityService } from './accountability.service.js';
import {
  AccountabilityCandidateType,
  AccountabilityFiguresType,
  AccountabilityRecordFilter,
  AccountabilityRecordInput,
  AccountabilityRecordPage,
  AccountabilityRecordType,
  AdminPublicNoticePage,
  AdminPublicNoticeType,
  FigurePeriodEnum,
  PublicNoticeDraftType,
  PublicNoticeInput,
} from './accountability.types.js';
import { NoticesService } from './notices.service.js';

/** Admin API: accountability records, candidates, notices and figures (docs/supervision.md#accountability). */
@Resolver()
export class AccountabilityAdminResolver {
  constructor(
    private readonly records: AccountabilityService,
    private readonly notices: NoticesService,
  ) {}

  @Query(() => AccountabilityRecordPage, {
    description: 'Newest decision first; the office sees every record, a department those naming it',
  })
  @Allow('accountability.read')
  accountabilityRecords(
    @CurrentViewer() viewer: Viewer,
    @Args('filter', { type: () => AccountabilityRecordFilter, defaultValue: {} })
    filter: AccountabilityRecordFilter,
    @Args('first', { type: () => Int, defaultValue: 20 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ): Promise<AccountabilityRecordPage> {
    return this.records.list(viewer, filter, first, after ?? null);
  }

  @Query(() => AccountabilityRecordType)
  @Allow('accountability.read')
  accountabilityRecord(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<AccountabilityRecordType> {
    return this.records.one(viewer, id);
  }

  @Mutation(() => AccountabilityRecordType, { description: 'The department concerned is notified' })
  @Allow('accountability.manage')
  createAccountabilityRecord(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: AccountabilityRecordInput,
  ): Promise<AccountabilityRecordType> {
    return this.records.create(viewer, input);
  }

  @Mutation(() => AccountabilityRecordType, {
    description: 'version as last read; a stale one is a CONFLICT',
  })
  @Allow('accountability.manage')
  updateAccountabilityRecord(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: AccountabilityRecordInput,
    @Args('version', { type: () => Int }) version: number,
  ): Promise<AccountabilityRecordType> {
    return this.records.update(viewer, id, input, version);
  }

  @Query(() => [AccountabilityCandidateType], {
    description:
      'Red warnings now, late steps and repeated rework in [from, to): the most overdue first, at most 200',
  })
  @Allow('accountability.office')
  accountabilityCandidates(
    @Args('from') from: Date,
    @Args('to') to: Date,
    @Args('departmentId', { type: () => ID, nullable: true, description: 'One department only' })
    departmentId: string | null,
  ): Promise<AccountabilityCandidateType[]> {
    return this.records.candidates(from, to, departmentId ?? null);
  }

  @Query(() => AccountabilityFiguresType, {
    description:
      'Officials (人次) and departments held accountable, by type and period of decision, from and to inclusive',
  })
  @Allow('accountability.office')
  accountabilityFigures(
    @Args('from') from: string,
    @Args('to') to: string,
    @Args('period', { type: () => FigurePeriodEnum, defaultValue: 'MONTH' }) period: FigurePeriod,
  ): Promise<AccountabilityFiguresType> {
    return this.records.figures(from, to, period);
  }

  @Query(() => PublicNoticeDraftType, {
    description:
      'What the portal would show: the proposed text where title or body is empty, redacted as chosen',
  })
  @Allow('accountability.office')
  publicNoticeDraft(@Args('input') input: PublicNoticeInput): Promise<PublicNoticeDraftType> {
    return this.notices.draft(input);
  }

  @Query(() => AdminPublicNoticePage, { description: 'Every notice, withdrawn ones too, newest first' })
  @Allow('accountability.office')
  adminPublicNotices(
    @Args('first', { type: () => Int, defaultValue: 20 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ): Promise<AdminPublicNoticePage> {
    return this.notices.adminList(first, after ?? null);
  }

  @Mutation(() => AdminPublicNoticeType, {
    description: 'Publishes to the portal, with the chosen details redacted',
  })
  @Allow('accountability.manage')
  publishPublicNotice(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: PublicNoticeInput,
  ): Promise<AdminPublicNoticeType> {
    return this.notices.publish(viewer, input);
  }

  @Mutation(() => AdminPublicNoticeType, {
    description: 'Takes the notice off the portal; it stays here and in the audit log. version as last read',
  })
  @Allow('accountability.manage')
  withdrawPublicNotice(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
    @Args('version', { type: () => Int }) version: number,
    @Args('reason') reason: string,
  ): Promise<AdminPublicNoticeType> {
    return this.notices.withdraw(viewer, id, version, reason);
  }
}
