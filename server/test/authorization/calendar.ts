import type { MatrixPart } from './expectation.js';

/** Who may call the operations of the working-day calendar. */
export const CALENDAR_MATRIX: MatrixPart = {
  portal: {},
  admin: {},
};
