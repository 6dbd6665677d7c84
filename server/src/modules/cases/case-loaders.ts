import type { DataSource } from 'typeorm';
import { byId, groupedBy } from '../../common/loaders.js';
import { ACTIVE_ASSIGNMENT, ASSIGNMENT_ROW, type AssignmentRow } from './case-assignments.js';
import { ATTACHMENT_COLUMNS } from './attachments.service.js';
import type { AttachmentType, CaseEventType } from './cases.types.js';

/** The cases' per-request batch loaders: linked cases, timelines and attachments. */
export function caseLoaders(db: DataSource) {
  return {
    caseLink: byId<{ id: string; trackingNo: string }>((ids) =>
      db.query('SELECT id, tracking_no AS "trackingNo" FROM case_file WHERE id = ANY($1::uuid[])', [ids]),
    ),
    caseTimeline: groupedBy<CaseEventType & { key: string }>((ids) =>
      db.query(
        `SELECT case_id AS key, id, occurred_at AS "occurredAt", action, from_state AS "fromState",
           to_state AS "toState", actor_role AS "actorRole", actor_name AS "actorName",
           public_note AS "publicNote", internal_note AS "internalNote"
         FROM case_event WHERE case_id = ANY($1::uuid[]) ORDER BY occurred_at, id`,
        [ids],
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
    caseAttachments: groupedBy<AttachmentType & { key: string }>((ids) =>
      db.query(
        `SELECT case_id AS key, ${ATTACHMENT_COLUMNS} FROM case_attachment
         WHERE case_id = ANY($1::uuid[]) ORDER BY created_at, id`,
        [ids],
      ),
    ),
  };
}

declare module '../../common/loaders.js' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- merges the cases' loaders in
  interface Loaders extends ReturnType<typeof caseLoaders> {}
}
