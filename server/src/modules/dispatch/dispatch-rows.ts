import { CASE_CATEGORY_CODES, CASE_KIND_CODES, CASE_PRIORITY_CODES } from '@gridbridge/shared';
import {
  arrayOf,
  bool,
  int,
  nullable,
  objectOf,
  oneOf,
  text,
  textArray,
  timestamp,
} from '../../database/rows.js';

/*
 * The rows the dispatch domain reads, each checked by its decoder (database/rows.ts): a query and
 * its description drifting apart fails loudly, naming the column.
 */

const category = oneOf(CASE_CATEGORY_CODES);

/** A department as the catalogue and the suggestions name it (a json_build_object or a row). */
export const DEPARTMENT_FIELDS = { id: text, name: text, shortName: text, active: bool };
const department = objectOf(DEPARTMENT_FIELDS);

export const MATTER_FIELDS = {
  id: text,
  category,
  name: text,
  description: text,
  keywords: textArray,
  updatedAt: timestamp,
  version: int,
  lead: department,
  co: arrayOf(department),
};

export const TIME_LIMIT_FIELDS = {
  category,
  priority: oneOf(CASE_PRIORITY_CODES),
  sign: int,
  firstContact: int,
  reply: int,
  replyComplex: int,
  review: int,
  version: int,
};

export const SUGGESTED_CASE_FIELDS = {
  id: text,
  kind: oneOf(CASE_KIND_CODES),
  category,
  text: text,
  namedDepartmentId: nullable(text),
};

export const MATTER_DEPARTMENT_FIELDS = {
  id: text,
  name: text,
  keywords: textArray,
  departmentId: text,
  role: oneOf(['LEAD', 'CO'] as const),
};

export const SIMILAR_CASE_FIELDS = { leadDepartmentId: text, shared: textArray };

export const SHARE_FIELDS = { assignments: int, suggested: int, tookFirst: int };
