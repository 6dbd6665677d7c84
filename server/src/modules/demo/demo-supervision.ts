import type { EntityManager } from 'typeorm';
import { WorkingCalendar } from '@gridbridge/shared';
import { bool, decodeRows, nullable, text } from '../../database/rows.js';
import { HOLIDAY_YEAR_ROW } from '../calendar/index.js';
import { detectFromTimeline, recordDueSuggestionWarnings, recordDueWarnings } from '../supervision/index.js';

const MINUTE = 60_000;

/** The 督办 the demo's office leader has issued: most overdue running cases first; the first one acknowledged. */
const SUPERVISIONS = [
  { level: 'LISTED', note: '该诉求已超期,请主要负责同志亲自过问,两个工作日内办结并书面报告。' },
  { level: 'KEY', note: '企业多次反映,请加快办理进度,按期答复。' },
  { level: 'NORMAL', note: '请尽快联系企业,说明办理进展。' },
] as const;

/**
 * The demo district's supervision (docs/supervision.md): the warnings its running cases have
 * reached by `now` and the detections in its history, as the warnings job would record them, and
 * a few 督办 — so the 督查台 shows red and yellow cards and a department has a 督办 to acknowledge
 * from the first start. Runs once: a district that already has board items is left alone.
 */
export async function seedDemoSupervision(manager: EntityManager, now: Date): Promise<number> {
  const [{ loaded }] = decodeRows(
    await manager.query(
      `SELECT EXISTS (SELECT 1 FROM supervision_item) OR EXISTS (SELECT 1 FROM case_supervision) AS loaded`,
    ),
    { loaded: bool },
  );
  if (loaded) return 0;
  const calendarRows = HOLIDAY_YEAR_ROW.decodeAll(
    await manager.query(`SELECT ${HOLIDAY_YEAR_ROW.select} FROM holiday_year ORDER BY year`),
  );
  const calendar = new WorkingCalendar({
    years: Object.fromEntries(calendarRows.map((r) => [String(r.year), { off: r.off, work: r.work }])),
  });

  // The 督办 come first on the timeline, a few minutes before the warnings the job records at `now`,
  // on cases whose last step lies before them.
  const leader = decodeRows(
    await manager.query(`SELECT id, display_name FROM app_user WHERE username = 'officelead'`),
    { id: text, display_name: text },
  )[0];
  const targets = decodeRows(
    await manager.query(
      `SELECT c.id, c.state, a.department_id,
              (SELECT u.id FROM app_user u WHERE u.department_id = a.department_id AND u.active
                  AND 'DEPT_STAFF' = ANY(u.roles) ORDER BY u.username LIMIT 1) AS staff_id,
              (SELECT u.display_name FROM app_user u WHERE u.department_id = a.department_id AND u.active
                  AND 'DEPT_STAFF' = ANY(u.roles) ORDER BY u.username LIMIT 1) AS staff_name
         FROM case_file c
         JOIN case_assignment a ON a.case_id = c.id AND a.role = 'LEAD' AND a.state IN ('ASSIGNED', 'IN_PROGRESS')
        WHERE c.state IN ('ASSIGNED', 'IN_PROGRESS') AND a.paused_at IS NULL
          AND NOT EXISTS (SELECT 1 FROM case_event e WHERE e.case_id = c.id AND e.occurred_at >= $2)
        ORDER BY (CASE WHEN a.state = 'ASSIGNED' THEN a.sign_deadline ELSE a.reply_deadline END), c.id
        LIMIT $1`,
      [SUPERVISIONS.length, new Date(now.getTime() - 10 * MINUTE)],
    ),
    { id: text, state: text, department_id: text, staff_id: nullable(text), staff_name: nullable(text) },
  );
  const issuedAt = new Date(now.getTime() - 5 * MINUTE);
  const dueDate = calendar.addWorkingDays(now, 2);
  let issued = 0;
  for (const [index, target] of targets.entries()) {
    if (!leader) break;
    const { level, note } = SUPERVISIONS[index];
    const acknowledge = index === 0 && target.staff_id !== null;
    await manager.query(
      `INSERT INTO case_supervision (case_id, department_id, level, note, deadline, issued_at, issued_by, issued_by_name,
                                     acknowledged_at, acknowledged_by_name, acknowledge_note)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
      [
        target.id,
        target.department_id,
        level,
        note,
        dueDate,
        issuedAt,
        leader.id,
        leader.display_name,
        acknowledge ? new Date(issuedAt.getTime() + 2 * MINUTE) : null,
        acknowledge ? target.staff_name : null,
        acknowledge ? '已收到,正在加紧办理。' : null,
      ],
    );
    await manager.query(
      `INSERT INTO case_event (case_id, occurred_at, action, from_state, to_state, actor_id, actor_role, actor_name,
                               internal_note, details)
       VALUES ($1, $2, 'supervise', $3, $3, $4, 'OFFICE_LEADER', $5, $6, $7)`,
      [
        target.id,
        issuedAt,
        target.state,
        leader.id,
        leader.display_name,
        note,
        JSON.stringify({ level, dueDate: dueDate.toISOString(), departmentId: target.department_id }),
      ],
    );
    // Like every step a person takes, each moves the case's version on.
    await manager.query(`UPDATE case_file SET version = version + $2 WHERE id = $1`, [
      target.id,
      acknowledge ? 2 : 1,
    ]);
    if (acknowledge) {
      await manager.query(
        `INSERT INTO case_event (case_id, occurred_at, action, from_state, to_state, actor_id, actor_role, actor_name,
                                 internal_note)
         VALUES ($1, $2, 'acknowledgeSupervision', $3, $3, $4, 'DEPT_STAFF', $5, '已收到,正在加紧办理。')`,
        [
          target.id,
          new Date(issuedAt.getTime() + 2 * MINUTE),
          target.state,
          target.staff_id,
          target.staff_name,
        ],
      );
    }
    issued += 1;
  }

  const warnings = await recordDueWarnings(manager, now, calendar.yellowCutoff(now));
  // The whole history at once: the demo's timeline is read in one pass.
  const detections = await detectFromTimeline(manager, now, Number.MAX_SAFE_INTEGER);
  return issued + warnings + detections;
}

/**
 * The warnings the demo's rectification suggestions have reached by `now` (docs/inspections.md),
 * recorded after the inspections are laid out, as the warnings job would raise them.
 */
export async function seedDemoRectificationWarnings(manager: EntityManager, now: Date): Promise<number> {
  const calendarRows = HOLIDAY_YEAR_ROW.decodeAll(
    await manager.query(`SELECT ${HOLIDAY_YEAR_ROW.select} FROM holiday_year ORDER BY year`),
  );
  const calendar = new WorkingCalendar({
    years: Object.fromEntries(calendarRows.map((r) => [String(r.year), { off: r.off, work: r.work }])),
  });
  return recordDueSuggestionWarnings(manager, now, calendar.yellowCutoff(now));
}
