import { Args, Query, Resolver } from '@nestjs/graphql';
import { Allow, PUBLIC } from '../../common/allow.decorator.js';
import { ScorecardsService } from './scorecards.service.js';
import { ScorecardPeriodInput, ScorecardType } from './scorecards.types.js';

/**
 * Portal API: the public scorecard (红黑榜) — departments, their rates and ranks. Departments are
 * public bodies; no case, person or drill-down is reachable from here.
 */
@Resolver()
export class ScorecardsPortalResolver {
  constructor(private readonly scorecards: ScorecardsService) {}

  @Query(() => ScorecardType, { description: 'Every department of a period, ranked; anyone may read it' })
  @Allow(PUBLIC)
  publicScorecard(@Args('period') period: ScorecardPeriodInput): Promise<ScorecardType> {
    return this.scorecards.scorecard(null, period);
  }
}
