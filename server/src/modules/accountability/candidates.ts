import type { EntityManager } from 'typeorm';
import { decodeRows } from '../../database/rows.js';
import { CANDIDATE_FIELDS } from './accountability-rows.js';

/** Most candidates one call returns: the most overdue first. */
export const MAX_CANDIDATES = 200;

/**
 * Who the detections propose for accountability (docs/supervision.md#candidates). The one place
 * that decides it, so that it can switch to reading the supervision domain's warning records once
 * they exist, with nothing else changing:
 *
 * - red warnings at `now`, read from `case_assignment`: an assignment still unsigned past its
 *   signing deadline (SIGN_OVERDUE, 不作为), or signed and unreplied past its reply or opinion
 *   deadline (REPLY_OVERDUE, 慢作为); a paused clock is not overdue;
 * - steps that ended late within [from, to), read from the deadline facts the timeline keeps
 *   (`deadlineMet` false on `sign`, `submitOpinion`, `submitReply`);
 * - repeated rework within [from, to): a case whose reply was sent back twice or more
 *   (SENT_BACK_TWICE) or that was reopened (REOPENED), charged to the case's lead department.
 *
 * The timeline parts use `case_event_rework_idx` (action, occurred_at).
 */
export async function accountabilityCandidates(
  manager: EntityManager,
  now: Date,
  from: Date,
  to: Date,
  departmentId: string | null,
) {
  return decodeRows(
    await manager.query(
      `WITH found AS (
         SELECT CASE WHEN a.state = 'ASSIGNED' THEN 'SIGN_OVERDUE' ELSE 'REPLY_OVERDUE' END AS kind,
                a.department_id, a.case_id,
                CASE WHEN a.state = 'ASSIGNED' THEN a.sign_deadline ELSE a.reply_deadline END AS at, 1 AS count
           FROM case_assignment a
          WHERE a.paused_at IS NULL
            AND ((a.state = 'ASSIGNED' AND a.sign_deadline < $1)
              OR (a.state IN ('IN_PROGRESS', 'REPLY_DRAFTED') AND a.reply_deadline < $1))
         UNION ALL
         SELECT CASE e.action WHEN 'sign' THEN 'SIGNED_LATE' ELSE 'REPLIED_LATE' END,
                COALESCE((e.details->>'departmentId')::uuid, c.lead_department_id), e.case_id,
                (e.details->>'deadline')::timestamptz, 1
           FROM case_event e JOIN case_file c ON c.id = e.case_id
          WHERE e.action IN ('sign', 'submitOpinion', 'submitReply')
            AND e.occurred_at >= $2 AND e.occurred_at < $3
            AND e.details->>'deadlineMet' = 'false'
         UNION ALL
         SELECT CASE e.action WHEN 'sendBack' THEN 'SENT_BACK_TWICE' ELSE 'REOPENED' END,
                c.lead_department_id, e.case_id, max(e.occurred_at), count(*)::int
           FROM case_event e JOIN case_file c ON c.id = e.case_id
          WHERE e.action IN ('sendBack', 'reopen')
            AND e.occurred_at >= $2 AND e.occurred_at < $3
            AND c.lead_department_id IS NOT NULL
          GROUP BY e.action, c.lead_department_id, e.case_id
         HAVING e.action = 'reopen' OR count(*) >= 2
       )
       SELECT f.kind, json_build_object('id', d.id, 'name', d.name) AS department,
              json_build_object('id', c.id, 'trackingNo', c.tracking_no, 'title', c.title,
                                'enterpriseName', en.name) AS "case",
              f.at, f.count
         FROM found f
         JOIN department d ON d.id = f.department_id
         JOIN case_file c ON c.id = f.case_id
         JOIN enterprise en ON en.id = c.enterprise_id
        WHERE $4::uuid IS NULL OR f.department_id = $4
        ORDER BY f.at, d.name, c.tracking_no, f.kind
        LIMIT ${MAX_CANDIDATES}`,
      [now, from, to, departmentId],
    ),
    CANDIDATE_FIELDS,
  );
}
