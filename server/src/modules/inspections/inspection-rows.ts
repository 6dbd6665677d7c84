import {
  CASE_CATEGORY_CODES,
  FINDING_OUTCOME_CODES,
  INSPECTION_FOCUS_CODES,
  RECTIFICATION_STATE_CODES,
} from '@gridbridge/shared';
import { arrayOf, int, nullable, objectOf, oneOf, text, timestamp } from '../../database/rows.js';

/*
 * The rows the inspections domain reads, each checked by its decoder (database/rows.ts). The
 * SELECTs that produce them live next to them, so a query and its description stay together.
 */

const person = objectOf({ id: text, displayName: text });
const place = objectOf({ id: text, name: text });

export const TEAM_SELECT = `
  SELECT tm.id, tm.name, tm.version,
         json_build_object('id', l.id, 'displayName', l.display_name) AS leader,
         COALESCE((SELECT json_agg(json_build_object('id', u.id, 'displayName', u.display_name)
                                   ORDER BY u.display_name, u.id)
                     FROM inspection_team_member m JOIN app_user u ON u.id = m.user_id
                    WHERE m.team_id = tm.id), '[]'::json) AS members
    FROM inspection_team tm JOIN app_user l ON l.id = tm.leader_id`;
export const TEAM_FIELDS = { id: text, name: text, version: int, leader: person, members: arrayOf(person) };

export const TASK_SELECT = `
  SELECT t.id, t.title, t.focus, t.version,
         to_char(t.starts_on, 'YYYY-MM-DD') AS "startsOn", to_char(t.ends_on, 'YYYY-MM-DD') AS "endsOn",
         json_build_object('id', tm.id, 'name', tm.name) AS team,
         CASE WHEN g.id IS NULL THEN NULL ELSE json_build_object('id', g.id, 'name', g.name) END AS grid,
         CASE WHEN d.id IS NULL THEN NULL ELSE json_build_object('id', d.id, 'name', d.name) END AS department,
         (SELECT count(*)::int FROM inspection_record r WHERE r.task_id = t.id) AS records
    FROM inspection_task t
    JOIN inspection_team tm ON tm.id = t.team_id
    LEFT JOIN grid g ON g.id = t.grid_id
    LEFT JOIN department d ON d.id = t.department_id`;
export const TASK_FIELDS = {
  id: text,
  title: text,
  focus: oneOf(INSPECTION_FOCUS_CODES),
  version: int,
  startsOn: text,
  endsOn: text,
  team: place,
  grid: nullable(place),
  department: nullable(place),
  records: int,
};

export const RECTIFICATION_SELECT = `
  SELECT s.id, s.finding_id AS "findingId", f.description AS "findingDescription",
         json_build_object('id', d.id, 'name', d.name) AS department,
         s.suggestion, s.issued_at AS "issuedAt", s.deadline, s.deadline::text AS "deadlineKey", s.state, s.report, s.evidence,
         s.reported_at AS "reportedAt", s.return_reason AS "returnReason", s.verified_at AS "verifiedAt", s.version
    FROM rectification_suggestion s
    JOIN inspection_finding f ON f.id = s.finding_id
    JOIN department d ON d.id = s.department_id`;
export const RECTIFICATION_FIELDS = {
  id: text,
  findingId: text,
  findingDescription: text,
  department: place,
  suggestion: text,
  issuedAt: timestamp,
  deadline: timestamp,
  deadlineKey: text,
  state: oneOf(RECTIFICATION_STATE_CODES),
  report: nullable(text),
  evidence: nullable(text),
  reportedAt: nullable(timestamp),
  returnReason: nullable(text),
  verifiedAt: nullable(timestamp),
  version: int,
};

export const FINDING_SELECT = `
  SELECT f.id, f.record_id AS "recordId", r.task_id AS "taskId",
         to_char(r.inspected_on, 'YYYY-MM-DD') AS "inspectedOn", r.place,
         f.category, json_build_object('id', d.id, 'name', d.name) AS department,
         f.description, f.outcome, f.solution, f.case_id AS "caseId", c.tracking_no AS "caseTrackingNo",
         s.id AS "rectificationId", f.version
    FROM inspection_finding f
    JOIN inspection_record r ON r.id = f.record_id
    JOIN department d ON d.id = f.department_id
    LEFT JOIN case_file c ON c.id = f.case_id
    LEFT JOIN rectification_suggestion s ON s.finding_id = f.id`;
export const FINDING_FIELDS = {
  id: text,
  recordId: text,
  taskId: text,
  inspectedOn: text,
  place: text,
  category: oneOf(CASE_CATEGORY_CODES),
  department: place,
  description: text,
  outcome: oneOf(FINDING_OUTCOME_CODES),
  solution: nullable(text),
  caseId: nullable(text),
  caseTrackingNo: nullable(text),
  rectificationId: nullable(text),
  version: int,
};

export const RECORD_SELECT = `
  SELECT r.id, r.task_id AS "taskId", to_char(r.inspected_on, 'YYYY-MM-DD') AS "inspectedOn", r.place, r.checked,
         json_build_object('id', u.id, 'displayName', u.display_name) AS inspector,
         coalesce((SELECT array_agg(p.attachment_id::text ORDER BY p.attachment_id) FROM inspection_record_photo p
                    WHERE p.record_id = r.id), '{}') AS "photoIds"
    FROM inspection_record r JOIN app_user u ON u.id = r.inspector_id`;
export const RECORD_FIELDS = {
  id: text,
  taskId: text,
  inspectedOn: text,
  place: text,
  checked: text,
  inspector: person,
  photoIds: arrayOf(text),
};

export const FIGURE_FIELDS = {
  teamId: nullable(text),
  teamName: nullable(text),
  dispatched: int,
  inspectors: int,
  found: int,
  solved: int,
  suggested: int,
  onTime: int,
  overdue: int,
};
