import { graphql } from '@/gql';
import type { DepartmentQueue } from '@/gql/graphql';
import { request } from './client';

// What waits on the signed-in user: the office's counts, a department's queues of its own tasks.

const OfficeWorkbenchCountsQuery = graphql(`
  query OfficeWorkbenchCounts {
    officeWorkbenchCounts {
      toAccept
      toAssign
      toReview
      disputes
      extensionRequests
      returnRequests
      overdue
    }
  }
`);

const DepartmentWorkbenchCountsQuery = graphql(`
  query DepartmentWorkbenchCounts {
    departmentWorkbenchCounts {
      TO_SIGN
      IN_PROGRESS
      AWAITING_LEADER
      SENT_BACK
      CO_HANDLING
      OVERDUE
    }
  }
`);

const DepartmentWorkbenchQuery = graphql(`
  query DepartmentWorkbench($queue: DepartmentQueue!, $first: Int!, $after: String) {
    departmentWorkbench(queue: $queue, first: $first, after: $after) {
      items {
        case {
          id
          trackingNo
          title
          kind
          enterpriseName
        }
        assignment {
          id
          role
          state
          paused
        }
        deadline {
          dueAt
          state
          workingDays
        }
      }
      nextCursor
    }
  }
`);

export async function fetchOfficeWorkbenchCounts() {
  return (await request(OfficeWorkbenchCountsQuery)).officeWorkbenchCounts;
}

export async function fetchDepartmentWorkbenchCounts() {
  return (await request(DepartmentWorkbenchCountsQuery)).departmentWorkbenchCounts;
}

export async function fetchDepartmentWorkbench(queue: DepartmentQueue, first: number, after: string | null) {
  return (await request(DepartmentWorkbenchQuery, { queue, first, after })).departmentWorkbench;
}
