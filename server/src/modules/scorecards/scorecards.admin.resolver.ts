import { Args, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow } from '../../common/allow.decorator.js';
import { CurrentViewer } from '../../common/current-viewer.decorator.js';
import type { Viewer } from '../../common/gql-context.js';
import { DashboardService } from './dashboard.service.js';
import { DashboardFilterInput, DashboardType } from './dashboard.types.js';
import { ScorecardsService } from './scorecards.service.js';
import {
  ScorecardCasePageType,
  ScorecardDrillInput,
  ScorecardPeriodInput,
  ScorecardPreviewRowType,
  ScorecardType,
  ScorecardWeightsInput,
  ScorecardWeightsType,
} from './scorecards.types.js';
import { OptionalInput } from '../../common/validation.js';

/** Admin API: department scorecards 部门考核 and their weights (docs/supervision.md). */
@Resolver()
export class ScorecardsAdminResolver {
  constructor(
    private readonly scorecards: ScorecardsService,
    private readonly dashboards: DashboardService,
  ) {}

  @Query(() => DashboardType, { description: 'The office dashboard 数据驾驶舱 of a period' })
  @Allow('dashboard.read')
  dashboard(
    @Args('period') period: ScorecardPeriodInput,
    @OptionalInput('filter', DashboardFilterInput) filter: DashboardFilterInput | null,
  ): Promise<DashboardType> {
    return this.dashboards.dashboard(period, filter);
  }

  @Query(() => ScorecardType, {
    description: 'The scorecard of a period against the one before; a department sees its own row and rank',
  })
  @Allow('scorecard.read')
  scorecard(
    @CurrentViewer() viewer: Viewer,
    @Args('period') period: ScorecardPeriodInput,
  ): Promise<ScorecardType> {
    return this.scorecards.scorecard(viewer, period);
  }

  @Query(() => ScorecardCasePageType, { description: 'The cases behind one number of a scorecard' })
  @Allow('scorecard.read')
  scorecardCases(
    @CurrentViewer() viewer: Viewer,
    @Args('period') period: ScorecardPeriodInput,
    @Args('drill') drill: ScorecardDrillInput,
    @Args('first', { type: () => Int, defaultValue: 20 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ): Promise<ScorecardCasePageType> {
    return this.scorecards.cases(viewer, period, drill.departmentId, drill.measure, first, after);
  }

  @Query(() => ScorecardWeightsType)
  @Allow('scorecard.read')
  scorecardWeights(): Promise<ScorecardWeightsType> {
    return this.scorecards.weights();
  }

  @Query(() => [ScorecardPreviewRowType], {
    description: 'The ranking of a period under the weights in force and under proposed ones',
  })
  @Allow('scorecard.manage')
  scorecardPreview(
    @Args('period') period: ScorecardPeriodInput,
    @Args('weights') weights: ScorecardWeightsInput,
  ): Promise<ScorecardPreviewRowType[]> {
    return this.scorecards.preview(period, weights);
  }

  @Mutation(() => ScorecardWeightsType, { description: 'version 0 while on the defaults, else as last read' })
  @Allow('scorecard.manage')
  saveScorecardWeights(
    @CurrentViewer() viewer: Viewer,
    @Args('weights') weights: ScorecardWeightsInput,
    @Args('version', { type: () => Int }) version: number,
  ): Promise<ScorecardWeightsType> {
    return this.scorecards.saveWeights(viewer, weights, version);
  }
}
