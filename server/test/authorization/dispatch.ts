import { NO_SUCH, OFFICE, type MatrixPart } from './expectation.js';

/*
 * Inputs of a valid shape (the input guard checks shapes before the permission guard) that the
 * services refuse, so nothing is written: a blank name and an unknown lead department; limits
 * saved over a version no row has (CONFLICT).
 */
const BAD_MATTER = {
  category: 'UTILITIES',
  name: ' ',
  description: '',
  keywords: [],
  leadDepartmentId: NO_SUCH,
  coDepartmentIds: [],
};
const KEY = { category: 'UTILITIES', priority: 'NORMAL' };

/** Who may call the operations of the dispatch catalogue, suggestions and time limits (docs/dispatch.md). */
export const DISPATCH_MATRIX: MatrixPart = {
  portal: {},
  admin: {
    'Query.dispatchMatters': { allow: OFFICE },
    'Mutation.createDispatchMatter': { allow: ['OFFICE_LEADER'], variables: { input: BAD_MATTER } },
    'Mutation.updateDispatchMatter': {
      allow: ['OFFICE_LEADER'],
      variables: { id: NO_SUCH, input: BAD_MATTER, version: 1 },
    },
    // An unknown matter: NOT_FOUND after the guard.
    'Mutation.removeDispatchMatter': { allow: ['OFFICE_LEADER'], variables: { id: NO_SUCH, version: 1 } },
    'Query.assignmentSuggestions': { allow: OFFICE, variables: { caseId: NO_SUCH } },
    'Query.assignmentSuggestionShare': {
      allow: OFFICE,
      variables: { from: '2026-06-01T00:00:00Z', to: '2026-07-01T00:00:00Z' },
    },
    'Query.timeLimits': { allow: OFFICE },
    'Mutation.saveTimeLimits': {
      allow: ['OFFICE_LEADER'],
      variables: {
        key: KEY,
        input: { sign: 0, firstContact: 1, reply: 5, replyComplex: 15, review: 1 },
        version: 0,
      },
    },
    // A version no row has: CONFLICT after the guard, so the pair stays on its defaults.
    'Mutation.resetTimeLimits': { allow: ['OFFICE_LEADER'], variables: { key: KEY, version: 7 } },
  },
};
