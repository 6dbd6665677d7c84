import type { MatrixPart } from './expectation.js';

/** Who may call the operations of notifications and sent messages. */
export const NOTIFICATION_MATRIX: MatrixPart = {
  portal: {},
  admin: {},
};
