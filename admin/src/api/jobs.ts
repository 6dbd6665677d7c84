import { graphql } from '@/gql';
import type { JobQueueFieldsFragment } from '@/gql/graphql';
import { request } from './client';

/** One background-job queue as the background-jobs page shows it. */
export type JobQueue = JobQueueFieldsFragment;
export type JobFailure = JobQueue['failures'][number];

graphql(`
  fragment JobQueueFields on JobQueue {
    name
    schedule
    lastRunAt
    nextRunAt
    queued
    active
    failed
    failures {
      id
      queue
      error
      attempts
      failedAt
    }
  }
`);

const BackgroundJobsQuery = graphql(`
  query BackgroundJobs {
    backgroundJobs {
      ...JobQueueFields
    }
  }
`);

const RetryJobMutation = graphql(`
  mutation RetryJob($queue: String!, $id: ID!) {
    retryJob(queue: $queue, id: $id) {
      ...JobQueueFields
    }
  }
`);

/** 后台任务: every queue with its schedule, runs, counts and latest failures. */
export async function fetchBackgroundJobs(): Promise<JobQueue[]> {
  return (await request(BackgroundJobsQuery)).backgroundJobs;
}

/** Runs a failed job once more (audited); resolves to its queue as it stands now. */
export async function retryJob(queue: string, id: string): Promise<JobQueue> {
  return (await request(RetryJobMutation, { queue, id })).retryJob;
}
