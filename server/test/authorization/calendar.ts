import type { MatrixPart } from './expectation.js';

/** The staff whose work runs on deadlines; the calendar is the administrator's to keep. */
const DEADLINE_STAFF = ['OFFICE_STAFF', 'OFFICE_LEADER', 'DEPT_STAFF', 'DEPT_LEADER', 'SYS_ADMIN'] as const;

/** Who may call the operations of the working-day calendar. */
export const CALENDAR_MATRIX: MatrixPart = {
  portal: {},
  admin: {
    'Query.holidayYears': { allow: [...DEADLINE_STAFF] },
    'Query.calendarStatus': { allow: [...DEADLINE_STAFF] },
    // A year out of range: refused by validation after the guard, so nothing is written.
    'Mutation.saveHolidayYear': {
      allow: ['SYS_ADMIN'],
      variables: { year: 1999, input: { off: [], work: [] }, version: null },
    },
  },
};
