import { NO_SUCH, type MatrixPart } from './expectation.js';

/** Who may call the background-jobs operations: the system administrator alone. */
export const JOBS_MATRIX: MatrixPart = {
  portal: {},
  admin: {
    'Query.backgroundJobs': { allow: ['SYS_ADMIN'] },
    // No such failed job: NOT_FOUND after the guard, so nothing is retried.
    'Mutation.retryJob': { allow: ['SYS_ADMIN'], variables: { queue: 'deliver-message', id: NO_SUCH } },
  },
};
