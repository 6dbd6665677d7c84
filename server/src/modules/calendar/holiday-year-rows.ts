import { arrayOf, column, int, objectOf, rowShape, text, timestamp } from '../../database/rows.js';

/** A year of the working calendar as stored (holiday_year): its days off and make-up working days. */
export const HOLIDAY_YEAR_ROW = rowShape({
  year: column('year', int),
  off: column('off', arrayOf(objectOf({ name: text, from: text, to: text }))),
  work: column('work', arrayOf(text)),
  version: column('version', int),
  updatedAt: column('updated_at', timestamp),
});
