import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow } from '../../common/allow.decorator.js';
import { CurrentViewer } from '../../common/current-viewer.decorator.js';
import type { Viewer } from '../../common/gql-context.js';
import { JobsService } from './jobs.service.js';
import { JobQueueType } from './jobs.types.js';

/** Admin API: the background-jobs page of the system administrator. */
@Resolver()
export class JobsResolver {
  constructor(private readonly service: JobsService) {}

  @Query(() => [JobQueueType], {
    description: 'Every background job queue: schedule, runs, counts and failures',
  })
  @Allow('jobs.manage')
  backgroundJobs(): Promise<JobQueueType[]> {
    return this.service.queues();
  }

  @Mutation(() => JobQueueType, { description: 'Runs a failed job once more (audited); answers its queue' })
  @Allow('jobs.manage')
  retryJob(
    @CurrentViewer() viewer: Viewer,
    @Args('queue') queue: string,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<JobQueueType> {
    return this.service.retry(viewer, queue, id);
  }
}
