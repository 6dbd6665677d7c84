import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow } from '../../common/allow.decorator.js';
import { CurrentViewer } from '../../common/current-viewer.decorator.js';
import type { Viewer } from '../../common/gql-context.js';
import { CaseType } from '../cases/index.js';
import { ConditionDashboardService } from './condition-dashboard.service.js';
import { ConditionsService } from './conditions.service.js';
import {
  ConditionCoverageType,
  ConditionDashboardType,
  ConditionDifficultyInput,
  ConditionEnterpriseFilter,
  ConditionEnterprisePage,
  ConditionReportFormType,
  ConditionReportInput,
  ConditionReportRevisionType,
  ConditionReportType,
  ConditionVisitInput,
  ConditionVisitType,
} from './conditions.types.js';

const month = { type: () => String, nullable: true, description: "'YYYY-MM'; the current month when empty" };

/** Portal API: enterprises report their condition; grid heads list, visit and report for their grid. */
@Resolver()
export class ConditionsPortalResolver {
  constructor(private readonly conditions: ConditionsService) {}

  @Query(() => ConditionReportFormType, {
    description: "The month's report and the one before it (an enterprise account: its own enterprise)",
  })
  @Allow('condition.report')
  conditionReportForm(
    @CurrentViewer() viewer: Viewer,
    @Args('enterpriseId', { type: () => ID, nullable: true }) enterpriseId: string | null,
    @Args('month', month) monthArg: string | null,
  ): Promise<ConditionReportFormType> {
    return this.conditions.form(viewer, enterpriseId, monthArg);
  }

  @Mutation(() => ConditionReportType, {
    description: 'One report per enterprise and month: a second updates it',
  })
  @Allow('condition.report')
  submitConditionReport(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: ConditionReportInput,
  ): Promise<ConditionReportType> {
    return this.conditions.submit(viewer, input);
  }

  @Query(() => [ConditionReportType], {
    description: 'An enterprise’s reports of the last months, oldest first',
  })
  @Allow('condition.report')
  conditionReports(
    @CurrentViewer() viewer: Viewer,
    @Args('enterpriseId', { type: () => ID, nullable: true }) enterpriseId: string | null,
    @Args('months', { type: () => Int, defaultValue: 12 }) months: number,
  ): Promise<ConditionReportType[]> {
    return this.conditions.history(viewer, enterpriseId, months);
  }

  @Query(() => [ConditionReportRevisionType], { description: 'Every submission of a month’s report' })
  @Allow('condition.report')
  conditionReportRevisions(
    @CurrentViewer() viewer: Viewer,
    @Args('reportId', { type: () => ID }) reportId: string,
  ): Promise<ConditionReportRevisionType[]> {
    return this.conditions.revisions(viewer, reportId);
  }

  @Mutation(() => CaseType, {
    description: 'Raises a report’s difficulty as a case (困难), linked to the report',
  })
  @Allow('case.report')
  raiseConditionDifficulty(
    @CurrentViewer() viewer: Viewer,
    @Args('reportId', { type: () => ID }) reportId: string,
    @Args('input') input: ConditionDifficultyInput,
  ): Promise<CaseType> {
    return this.conditions.raiseDifficulty(viewer, reportId, input);
  }

  @Query(() => ConditionEnterprisePage, {
    description: 'A grid head’s enterprises with their condition in the month, by name',
  })
  @Allow('condition.visit')
  gridConditionEnterprises(
    @CurrentViewer() viewer: Viewer,
    @Args('filter') filter: ConditionEnterpriseFilter,
    @Args('first', { type: () => Int, defaultValue: 50 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ): Promise<ConditionEnterprisePage> {
    return this.conditions.enterprises(viewer, filter, first, after);
  }

  @Mutation(() => ConditionVisitType, {
    description: 'Idempotent per client key: a visit sent twice is stored once',
  })
  @Allow('condition.visit')
  recordConditionVisit(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: ConditionVisitInput,
  ): Promise<ConditionVisitType> {
    return this.conditions.recordVisit(viewer, input);
  }

  @Query(() => [ConditionVisitType], {
    description: 'Visits of the grid head’s grid: of one enterprise, or of a month',
  })
  @Allow('condition.visit')
  conditionVisits(
    @CurrentViewer() viewer: Viewer,
    @Args('enterpriseId', { type: () => ID, nullable: true }) enterpriseId: string | null,
    @Args('month', { type: () => String, nullable: true }) monthArg: string | null,
  ): Promise<ConditionVisitType[]> {
    return this.conditions.visits(viewer, enterpriseId, monthArg);
  }

  @Query(() => ConditionCoverageType, { description: 'The grid head’s visit coverage in the month' })
  @Allow('condition.visit')
  conditionCoverage(
    @CurrentViewer() viewer: Viewer,
    @Args('month', { type: () => String }) monthArg: string,
  ): Promise<ConditionCoverageType> {
    return this.conditions.coverage(viewer, monthArg);
  }
}

/** Admin API: the office's condition dashboard, its drill-down and an enterprise's history. */
@Resolver()
export class ConditionsAdminResolver {
  constructor(
    private readonly conditions: ConditionsService,
    private readonly dashboards: ConditionDashboardService,
  ) {}

  @Query(() => ConditionDashboardType)
  @Allow('condition.read')
  conditionDashboard(
    @CurrentViewer() viewer: Viewer,
    @Args('month', { type: () => String }) monthArg: string,
    @Args('gridId', { type: () => ID, nullable: true }) gridId: string | null,
  ): Promise<ConditionDashboardType> {
    return this.dashboards.dashboard(viewer, monthArg, gridId);
  }

  @Query(() => ConditionEnterprisePage, { description: 'The enterprises behind a dashboard figure, by name' })
  @Allow('condition.read')
  conditionEnterprises(
    @CurrentViewer() viewer: Viewer,
    @Args('filter') filter: ConditionEnterpriseFilter,
    @Args('first', { type: () => Int, defaultValue: 50 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ): Promise<ConditionEnterprisePage> {
    return this.conditions.enterprises(viewer, filter, first, after);
  }

  @Query(() => [ConditionReportType], {
    description: 'An enterprise’s reports of the last months, oldest first',
  })
  @Allow('condition.read')
  enterpriseConditionReports(
    @CurrentViewer() viewer: Viewer,
    @Args('enterpriseId', { type: () => ID }) enterpriseId: string,
    @Args('months', { type: () => Int, defaultValue: 12 }) months: number,
  ): Promise<ConditionReportType[]> {
    return this.conditions.history(viewer, enterpriseId, months);
  }

  @Query(() => [ConditionReportRevisionType])
  @Allow('condition.read')
  enterpriseConditionRevisions(
    @CurrentViewer() viewer: Viewer,
    @Args('reportId', { type: () => ID }) reportId: string,
  ): Promise<ConditionReportRevisionType[]> {
    return this.conditions.revisions(viewer, reportId);
  }

  @Query(() => [ConditionVisitType], { description: 'Visits to an enterprise, newest first' })
  @Allow('condition.read')
  enterpriseConditionVisits(
    @CurrentViewer() viewer: Viewer,
    @Args('enterpriseId', { type: () => ID }) enterpriseId: string,
  ): Promise<ConditionVisitType[]> {
    return this.conditions.visits(viewer, enterpriseId, null);
  }
}
