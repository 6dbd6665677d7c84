import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('JobFailure', { description: 'A background job that failed its last attempt' })
export class JobFailureType {
  @Field(() => ID) id: string;
  @Field({ description: 'The queue it belongs to' }) queue: string;
  @Field({ description: 'The error of its last attempt' }) error: string;
  @Field(() => Int, { description: 'Attempts made' }) attempts: number;
  @Field() failedAt: Date;
}

@ObjectType('JobQueue', { description: 'One queue of background work and how it stands' })
export class JobQueueType {
  @Field({ description: 'Queue name, e.g. deliver-message' }) name: string;
  @Field(() => String, {
    nullable: true,
    description: 'Cron expression in Asia/Shanghai for scheduled jobs; null for jobs enqueued by events',
  })
  schedule: string | null;
  @Field(() => Date, { nullable: true, description: 'When a run of this queue last finished' })
  lastRunAt: Date | null;
  @Field(() => Date, { nullable: true, description: 'When the schedule next falls due' })
  nextRunAt: Date | null;
  @Field(() => Int, { description: 'Jobs waiting to run, including retries waiting for their back-off' })
  queued: number;
  @Field(() => Int) active: number;
  @Field(() => Int, { description: 'Jobs that failed for good in the last 7 days' }) failed: number;
  @Field(() => [JobFailureType], { description: 'The latest failures, newest first (at most 20)' })
  failures: JobFailureType[];
}
