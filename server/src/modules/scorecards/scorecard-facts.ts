import type { EntityManager } from 'typeorm';
import type { CaseAction } from '@gridbridge/shared';
import { countCaseEvent, recountDashboard } from './dashboard-facts.js';

/**
 * What the scorecards count (docs/supervision.md#department-scorecard-部门考核), read from the
 * facts the timeline recorded when each step ended — never from the calendar again.
 *
 * One timeline event yields zero or more measures for one department on one Shanghai day:
 * a signing on time gives SIGNED and SIGNED_ON_TIME, a late one SIGNED and SIGNED_LATE, an
 * evaluation EVALUATED, maybe SOLVED and SATISFIED, and CLOSED when it closed the case.
 * `case_fact` keeps one row per (event, measure) — the cases behind every number — and
 * `department_day_fact` their counts per department and day, the table a year's scorecard sums.
 */
export const MEASURES = [
  'ASSIGNED',
  'SIGNED',
  'SIGNED_ON_TIME',
  'SIGNED_LATE',
  'CONTACTED',
  'CONTACTED_ON_TIME',
  'CONTACTED_LATE',
  'REPLIED',
  'REPLIED_ON_TIME',
  'REPLIED_LATE',
  'OPINION_LATE',
  'EVALUATED',
  'SOLVED',
  'SATISFIED',
  'CLOSED',
  'RETURNED',
  'EXTENDED',
  'REOPENED',
  'SENT_BACK',
] as const;
export type Measure = (typeof MEASURES)[number];

/** The measures a drill-down may ask for: each stored one, and OVERDUE (every step that ended late). */
export const DRILL_MEASURES = [...MEASURES, 'OVERDUE'] as const;
export type DrillMeasure = (typeof DRILL_MEASURES)[number];

/** The late measures OVERDUE adds up: each timed department step that ended past its deadline. */
export const LATE_MEASURES: readonly Measure[] = [
  'SIGNED_LATE',
  'CONTACTED_LATE',
  'REPLIED_LATE',
  'OPINION_LATE',
];

/** The actions whose events carry a measure; the others are skipped without a query. */
export const COUNTED_ACTIONS: readonly CaseAction[] = [
  'assign',
  'sign',
  'contact',
  'submitOpinion',
  'submitReply',
  'evaluate',
  'dispute',
  'autoClose',
  'closeDisputed',
  'approveReturn',
  'approveExtension',
  'reopen',
  'sendBack',
];

/** Snake-case column of `department_day_fact` for a measure. */
export const measureColumn = (measure: Measure): string => measure.toLowerCase();

const met = `(e.details->>'deadlineMet')::boolean`;
const timed = (action: string) => `e.action = '${action}' AND e.details ? 'deadlineMet'`;

/** For each measure, the condition on the event `e` that yields it. */
const MEASURE_WHEN: Record<Measure, string> = {
  ASSIGNED: `e.action = 'assign'`,
  SIGNED: timed('sign'),
  SIGNED_ON_TIME: `${timed('sign')} AND ${met}`,
  SIGNED_LATE: `${timed('sign')} AND NOT ${met}`,
  CONTACTED: timed('contact'),
  CONTACTED_ON_TIME: `${timed('contact')} AND ${met}`,
  CONTACTED_LATE: `${timed('contact')} AND NOT ${met}`,
  REPLIED: timed('submitReply'),
  REPLIED_ON_TIME: `${timed('submitReply')} AND ${met}`,
  REPLIED_LATE: `${timed('submitReply')} AND NOT ${met}`,
  OPINION_LATE: `${timed('submitOpinion')} AND NOT ${met}`,
  EVALUATED: `e.action IN ('evaluate', 'dispute')`,
  SOLVED: `e.action IN ('evaluate', 'dispute') AND e.details->>'solved' IN ('SOLVED', 'PARTLY_SOLVED')`,
  SATISFIED: `e.action IN ('evaluate', 'dispute') AND e.details->>'satisfaction' IN ('SATISFIED', 'BASICALLY_SATISFIED')`,
  CLOSED: `e.action IN ('evaluate', 'autoClose', 'closeDisputed')`,
  RETURNED: `e.action = 'approveReturn'`,
  EXTENDED: `e.action = 'approveExtension'`,
  REOPENED: `e.action = 'reopen'`,
  SENT_BACK: `e.action = 'sendBack'`,
};

/**
 * The department an event counts for: the one the step names (a signing, an opinion: lead or
 * co), the lead an assignment named, else the lead department the case had at that moment —
 * the latest lead assignment made by then (a returned case's old lead keeps its history).
 */
const DEPARTMENT_OF_EVENT = `coalesce(
  (e.details->>'departmentId')::uuid,
  (e.details->>'leadDepartmentId')::uuid,
  (SELECT a.department_id FROM case_assignment a
    WHERE a.case_id = e.case_id AND a.role = 'LEAD' AND a.assigned_at <= e.occurred_at
    ORDER BY a.assigned_at DESC LIMIT 1))`;

/**
 * The facts of the events `e` that `where` selects, one row per (event, measure):
 * event_id, case_id, department_id, day (Shanghai), measure. Also the naive query the bench
 * compares the pre-aggregated tables with.
 */
export function factsSelect(where: string): string {
  const measures = MEASURES.map((m) => `CASE WHEN ${MEASURE_WHEN[m]} THEN '${m}' END`).join(',\n      ');
  return `SELECT e.id AS event_id, e.case_id, d.department_id,
         (e.occurred_at AT TIME ZONE 'Asia/Shanghai')::date AS day, m.measure
    FROM case_event e
   CROSS JOIN LATERAL (SELECT ${DEPARTMENT_OF_EVENT} AS department_id) d
   CROSS JOIN LATERAL unnest(ARRAY[
      ${measures}
   ]) AS m(measure)
   WHERE e.action IN (${COUNTED_ACTIONS.map((a) => `'${a}'`).join(', ')})
     AND ${where} AND m.measure IS NOT NULL AND d.department_id IS NOT NULL`;
}

const sums = MEASURES.map((m) => `count(*) FILTER (WHERE measure = '${m}') AS ${measureColumn(m)}`).join(
  ', ',
);
const columns = MEASURES.map(measureColumn).join(', ');
const increments = MEASURES.map(
  (m) => `${measureColumn(m)} = department_day_fact.${measureColumn(m)} + excluded.${measureColumn(m)}`,
).join(', ');

/**
 * Counts one event in the same transaction that wrote it (CaseTransitions.run calls this through
 * its event sinks), so the scorecard is current the moment the step commits. One statement.
 */
export async function countEvent(manager: EntityManager, eventId: string, action: CaseAction): Promise<void> {
  await countCaseEvent(manager, eventId, action);
  if (!COUNTED_ACTIONS.includes(action)) return;
  await manager.query(
    `WITH f AS (
       INSERT INTO case_fact (event_id, case_id, department_id, day, measure)
       ${factsSelect('e.id = $1')}
       ON CONFLICT DO NOTHING
       RETURNING department_id, day, measure)
     INSERT INTO department_day_fact (department_id, day, ${columns})
     SELECT department_id, day, ${sums} FROM f GROUP BY department_id, day
     ON CONFLICT (department_id, day) DO UPDATE SET ${increments}`,
    [eventId],
  );
}

/**
 * Recounts everything from the timeline: after a migration adds the tables to a database that
 * already holds cases, and after the demo data writes its year of history directly.
 */
export async function recountAll(manager: Pick<EntityManager, 'query'>): Promise<void> {
  await manager.query('DELETE FROM department_day_fact');
  await manager.query('DELETE FROM case_fact');
  await manager.query(
    `INSERT INTO case_fact (event_id, case_id, department_id, day, measure) ${factsSelect('TRUE')}`,
  );
  await manager.query(
    `INSERT INTO department_day_fact (department_id, day, ${columns})
     SELECT department_id, day, ${sums} FROM case_fact GROUP BY department_id, day`,
  );
  await recountDashboard(manager);
}
