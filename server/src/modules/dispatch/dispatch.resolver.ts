import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { CaseCategory } from '@gridbridge/shared';
import { Allow } from '../../common/allow.decorator.js';
import { CurrentViewer } from '../../common/current-viewer.decorator.js';
import type { Viewer } from '../../common/gql-context.js';
import { AssignmentSuggestionsService } from './assignment-suggestions.service.js';
import { DispatchCatalogueService } from './dispatch-catalogue.service.js';
import {
  AssignmentSuggestionsType,
  DispatchMatterInput,
  DispatchMatterType,
  SuggestionShareType,
  TimeLimitsInput,
  TimeLimitsKey,
  TimeLimitsType,
} from './dispatch.types.js';
import { TimeLimits } from './time-limits.service.js';

/** Admin API: the dispatch catalogue, assignment suggestions and time limits (docs/dispatch.md). */
@Resolver()
export class DispatchResolver {
  constructor(
    private readonly catalogue: DispatchCatalogueService,
    private readonly suggestions: AssignmentSuggestionsService,
    private readonly limits: TimeLimits,
  ) {}

  @Query(() => [DispatchMatterType], {
    description: 'The catalogue, by category (vocabulary order), then name',
  })
  @Allow('dispatch.read')
  dispatchMatters(
    @Args('category', {
      type: () => String,
      nullable: true,
      description: 'A CaseCategory code; all when empty',
    })
    category: CaseCategory | null,
  ): Promise<DispatchMatterType[]> {
    return this.catalogue.list(category ?? null);
  }

  @Mutation(() => DispatchMatterType)
  @Allow('dispatch.manage')
  createDispatchMatter(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: DispatchMatterInput,
  ): Promise<DispatchMatterType> {
    return this.catalogue.create(viewer, input);
  }

  @Mutation(() => DispatchMatterType, { description: 'version as last read; a stale one is a CONFLICT' })
  @Allow('dispatch.manage')
  updateDispatchMatter(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: DispatchMatterInput,
    @Args('version', { type: () => Int }) version: number,
  ): Promise<DispatchMatterType> {
    return this.catalogue.update(viewer, id, input, version);
  }

  @Mutation(() => Boolean, { description: 'version as last read; a stale one is a CONFLICT' })
  @Allow('dispatch.manage')
  removeDispatchMatter(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
    @Args('version', { type: () => Int }) version: number,
  ): Promise<boolean> {
    return this.catalogue.remove(viewer, id, version);
  }

  @Query(() => AssignmentSuggestionsType, {
    description: 'Lead and co-departments the catalogue and similar past cases point to, with the reasons',
  })
  @Allow('case.triage')
  assignmentSuggestions(
    @Args('caseId', { type: () => ID }) caseId: string,
  ): Promise<AssignmentSuggestionsType> {
    return this.suggestions.suggest(caseId);
  }

  @Query(() => SuggestionShareType, {
    description: 'Of the assignments made in [from, to), how many took the first suggested lead department',
  })
  @Allow('case.triage')
  assignmentSuggestionShare(@Args('from') from: Date, @Args('to') to: Date): Promise<SuggestionShareType> {
    return this.suggestions.share(from, to);
  }

  @Query(() => [TimeLimitsType], {
    description: 'Every category and priority, with the defaults where unchanged',
  })
  @Allow('dispatch.read')
  timeLimits(): Promise<TimeLimitsType[]> {
    return this.limits.list();
  }

  @Mutation(() => TimeLimitsType, { description: 'version 0 while on the defaults, else as last read' })
  @Allow('dispatch.manage')
  saveTimeLimits(
    @CurrentViewer() viewer: Viewer,
    @Args('key') key: TimeLimitsKey,
    @Args('input') input: TimeLimitsInput,
    @Args('version', { type: () => Int }) version: number,
  ): Promise<TimeLimitsType> {
    return this.limits.save(viewer, key.category, key.priority, input, version);
  }

  @Mutation(() => TimeLimitsType, { description: 'Back to the defaults; version as last read' })
  @Allow('dispatch.manage')
  resetTimeLimits(
    @CurrentViewer() viewer: Viewer,
    @Args('key') key: TimeLimitsKey,
    @Args('version', { type: () => Int }) version: number,
  ): Promise<TimeLimitsType> {
    return this.limits.reset(viewer, key.category, key.priority, version);
  }
}
