import {
  ACCOUNTABILITY_CANDIDATE_KIND_CODES,
  ACCOUNTABILITY_SUBJECT_CODES,
  ACCOUNTABILITY_TYPE_CODES,
} from '@gridbridge/shared';
import { arrayOf, bool, int, nullable, objectOf, oneOf, text, timestamp } from '../../database/rows.js';

/*
 * The rows the accountability domain reads, each checked by its decoder (database/rows.ts).
 */

const department = objectOf({ id: text, name: text });
const linkedCase = objectOf({ id: text, trackingNo: text, title: text, enterpriseName: text });

export const RECORD_FIELDS = {
  id: text,
  subjectKind: oneOf(ACCOUNTABILITY_SUBJECT_CODES),
  department,
  officialName: nullable(text),
  officialPost: nullable(text),
  type: oneOf(ACCOUNTABILITY_TYPE_CODES),
  reason: text,
  cases: arrayOf(linkedCase),
  decidedOn: text,
  decidedBy: text,
  publishedNotices: int,
  createdAt: timestamp,
  updatedAt: timestamp,
  version: int,
};

export const CANDIDATE_FIELDS = {
  kind: oneOf(ACCOUNTABILITY_CANDIDATE_KIND_CODES),
  department,
  case: linkedCase,
  at: timestamp,
  count: int,
};

/** A record with what a notice says about it. */
export const NOTICE_SOURCE_FIELDS = {
  id: text,
  subjectKind: oneOf(ACCOUNTABILITY_SUBJECT_CODES),
  departmentName: text,
  officialName: nullable(text),
  officialPost: nullable(text),
  type: oneOf(ACCOUNTABILITY_TYPE_CODES),
  reason: text,
  decidedOn: text,
  decidedBy: text,
  cases: arrayOf(objectOf({ trackingNo: text, enterpriseName: text })),
};

export const NOTICE_FIELDS = {
  id: text,
  title: text,
  body: text,
  publishedAt: timestamp,
  /** published_at as PostgreSQL prints it, with microseconds, for the cursor. */
  publishedKey: text,
  withdrawnAt: nullable(timestamp),
  withdrawReason: nullable(text),
  redactNames: bool,
  redactPosts: bool,
  redactEnterprises: bool,
  recordIds: arrayOf(text),
  version: int,
};

export const NOTICE_ITEM_FIELDS = {
  noticeId: text,
  type: oneOf(ACCOUNTABILITY_TYPE_CODES),
  subjectKind: oneOf(ACCOUNTABILITY_SUBJECT_CODES),
  departmentName: text,
  officialName: nullable(text),
  officialPost: nullable(text),
  decidedOn: text,
};

export const FIGURE_FIELDS = {
  period: text,
  type: oneOf(ACCOUNTABILITY_TYPE_CODES),
  people: int,
  departments: int,
};
