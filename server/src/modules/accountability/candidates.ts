import type { EntityManager } from 'typeorm';
import { decodeRows } from '../../database/rows.js';
import { CANDIDATE_FIELDS } from './accountability-rows.js';

/** Most candidates one call returns: the most overdue first. */
export const MAX_CANDIDATES = 200;

/**
 * Who the detections propose for accountability (docs/supervision.md#candidates), read from the
 * board's own records (`supervision_item`, written by the supervision-scan job), so that the
 * proposals and the supervision board never disagree:
 *
 * - red now: a red signing (INACTION, 不作为) or red reply or opinion (SLOW_ACTION, 慢作为) whose
 *   step still runs, unpaused, under that same deadline at `now` (SIGN_OVERDUE, REPLY_OVERDUE);
 * - late steps: such a red item whose deadline fell within [from, to) and that is no longer red
 *   now — the step ended after its deadline, or the deadline moved (SIGNED_LATE, REPLIED_LATE);
 * - repeated rework: the wrong-action detections raised for steps within [from, to) — a reply
 *   sent back twice (SENT_BACK_TWICE) or a reopened case (REOPENED) — charged to the case's lead
 *   department, with how many send-backs or reopenings the case had in the period.
 *
 * A red item keeps its deadline in `sort_at` (a detection the moment of its step), so the period
 * reads `supervision_item_kind_idx` (kind, sort_at).
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
      `WITH red AS (
         SELECT i.step, i.department_id, i.case_id, i.deadline,
                EXISTS (SELECT 1 FROM case_assignment a
                         WHERE a.id = i.assignment_id AND a.paused_at IS NULL
                           AND ((i.step = 'SIGN' AND a.state = 'ASSIGNED' AND a.sign_deadline = i.deadline)
                             OR (i.step = 'REPLY' AND a.state IN ('IN_PROGRESS', 'REPLY_DRAFTED')
                                 AND a.reply_deadline = i.deadline))) AS running
           FROM supervision_item i
          WHERE i.kind IN ('INACTION', 'SLOW_ACTION') AND i.department_id IS NOT NULL
       ), found AS (
         SELECT CASE r.step WHEN 'SIGN' THEN 'SIGN_OVERDUE' ELSE 'REPLY_OVERDUE' END AS kind,
                r.department_id, r.case_id, r.deadline AS at, 1 AS count
           FROM red r WHERE r.running AND r.deadline < $1
         UNION ALL
         SELECT CASE r.step WHEN 'SIGN' THEN 'SIGNED_LATE' ELSE 'REPLIED_LATE' END,
                r.department_id, r.case_id, r.deadline, 1
           FROM red r WHERE NOT r.running AND r.deadline >= $2 AND r.deadline < $3
         UNION ALL
         SELECT i.reason, i.department_id, i.case_id, i.sort_at,
                greatest(1, (SELECT count(*) FROM case_event e
                              WHERE e.case_id = i.case_id
                                AND e.action = CASE i.reason WHEN 'SENT_BACK_TWICE' THEN 'sendBack' ELSE 'reopen' END
                                AND e.occurred_at >= $2 AND e.occurred_at < $3))::int
           FROM supervision_item i
          WHERE i.kind = 'WRONG_ACTION' AND i.sort_at >= $2 AND i.sort_at < $3 AND i.department_id IS NOT NULL
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
