import type { MatrixPart } from './expectation.js';

/** Who may call the operations of cases. */
export const CASE_MATRIX: MatrixPart = {
  portal: {},
  admin: {},
};
