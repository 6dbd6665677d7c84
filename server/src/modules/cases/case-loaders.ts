import type { DataSource } from 'typeorm';
import { byId, groupedBy } from '../../common/loaders.js';
import { ACTIVE_ASSIGNMENT, ASSIGNMENT_ROW, type AssignmentRow } from './case-assignments.js';
import { CASE_ACTIONS, CASE_STATE_CODES, ROLES, type CaseAction } from '@gridbridge/shared';
import { decodeRows, nullable, oneOf, text, timestamp } from '../../database/rows.js';
import { ATTACHMENT_COLUMNS, ATTACHMENT_FIELDS } from './attachments.service.js';
import type { CaseEventType } from './cases.types.js';

/** How a timeline row comes back (the event's attachments load on their own). */
const EVENT_FIELDS = {
  key: text,
  // bigserial: the driver gives it as a string.
  id: text,
  occurredAt: timestamp,
  action: oneOf(Object.keys(CASE_ACTIONS) as CaseAction[]),
  fromState: nullable(oneOf(CASE_STATE_CODES)),
  toState: oneOf(CASE_STATE_CODES),
  actorRole: oneOf([...ROLES, 'SYSTEM'] as const),
  actorName: nullable(text),
  publicNote: nullable(text),
  internalNote: nullable(text),
};

/** The cases' per-request batch loaders: linked cases, timelines and attachments. */
export function caseLoaders(db: DataSource) {
  return {
    caseLink: byId(async (ids) =>
      decodeRows(
        await db.query('SELECT id, tracking_no AS "trackingNo" FROM case_file WHERE id = ANY($1::uuid[])', [
          ids,
        ]),
        { id: text, trackingNo: text },
      ),
    ),
    caseTimeline: groupedBy<Omit<CaseEventType, 'attachments'> & { key: string }>(async (ids) =>
      decodeRows(
        await db.query(
          `SELECT case_id AS key, id, occurred_at AS "occurredAt", action, from_state AS "fromState",
             to_state AS "toState", actor_role AS "actorRole", actor_name AS "actorName",
             public_note AS "publicNote", internal_note AS "internalNote"
           FROM case_event WHERE case_id = ANY($1::uuid[]) ORDER BY occurred_at, id`,
          [ids],
        ),
        EVENT_FIELDS,
      ),
    ),
    /** The departments with a 督办 on the case still to acknowledge (docs/supervision.md). */
    caseSupervisionsPending: groupedBy<{ key: string; departmentId: string }>(async (ids) =>
      decodeRows(
        await db.query(
          `SELECT case_id AS key, department_id AS "departmentId" FROM case_supervision
            WHERE case_id = ANY($1::uuid[]) AND acknowledged_at IS NULL`,
          [ids],
        ),
        { key: text, departmentId: text },
      ),
    ),
    caseAssignments: groupedBy<AssignmentRow & { key: string }>(async (ids) =>
      ASSIGNMENT_ROW.decodeAll(
        await db.query(
          `SELECT ${ASSIGNMENT_ROW.select} FROM case_assignment a WHERE a.case_id = ANY($1::uuid[]) AND ${ACTIVE_ASSIGNMENT}
            ORDER BY a.role DESC, a.assigned_at, a.id`,
          [ids],
        ),
      ).map((a) => ({ ...a, key: a.caseId })),
    ),
    caseAttachments: groupedBy(async (ids) =>
      decodeRows(
        await db.query(
          `SELECT case_id AS key, ${ATTACHMENT_COLUMNS} FROM case_attachment
           WHERE case_id = ANY($1::uuid[]) ORDER BY created_at, id`,
          [ids],
        ),
        { key: text, ...ATTACHMENT_FIELDS },
      ),
    ),
  };
}

declare module '../../common/loaders.js' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- merges the cases' loaders in
  interface Loaders extends ReturnType<typeof caseLoaders> {}
}
