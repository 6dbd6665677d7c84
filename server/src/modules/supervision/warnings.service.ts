import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import {
  CASE_STATE_CODES,
  WARNING_COLOUR_CODES,
  WARNING_STEPS,
  WARNING_STEP_CODES,
  rolesWith,
  warningKind,
} from '@gridbridge/shared';
import { Clock } from '../../common/clock.js';
import { JobRunner } from '../../common/job-runner.service.js';
import { bool, decodeRows, int, nullable, oneOf, text, timestamp } from '../../database/rows.js';
import { CalendarService } from '../calendar/index.js';
import { NotificationsService } from '../notifications/index.js';
import { announceBoardChange } from './live-board.service.js';

/** The scheduled job that raises warnings and records detections. */
export const SUPERVISION_SCAN_QUEUE = 'supervision-scan';

/** The running steps that have reached a colour and are not on the board yet. */
const DUE_STEPS_SQL = `
WITH steps AS (
  SELECT c.id AS case_id, NULL::uuid AS assignment_id, NULL::uuid AS department_id,
         CASE c.state WHEN 'SUBMITTED' THEN 'ACCEPT' ELSE 'REVIEW' END AS step, c.state_deadline AS deadline
    FROM case_file c
   WHERE c.state IN ('SUBMITTED', 'REPLY_REVIEW') AND c.paused_at IS NULL AND c.state_deadline < $2
  UNION ALL
  SELECT a.case_id, a.id, a.department_id, 'SIGN', a.sign_deadline
    FROM case_assignment a
   WHERE a.state = 'ASSIGNED' AND a.paused_at IS NULL AND a.sign_deadline < $2
  UNION ALL
  SELECT a.case_id, a.id, a.department_id, 'CONTACT', a.contact_deadline
    FROM case_assignment a
   WHERE a.role = 'LEAD' AND a.state IN ('IN_PROGRESS', 'REPLY_DRAFTED') AND a.first_contacted_at IS NULL
     AND a.paused_at IS NULL AND a.contact_deadline < $2
  UNION ALL
  SELECT a.case_id, a.id, a.department_id, 'REPLY', a.reply_deadline
    FROM case_assignment a
   WHERE a.state IN ('IN_PROGRESS', 'REPLY_DRAFTED') AND a.paused_at IS NULL AND a.reply_deadline < $2
), coloured AS (
  SELECT s.*, CASE WHEN s.deadline < $1 THEN 'RED' ELSE 'YELLOW' END AS colour FROM steps s
), keyed AS (
  SELECT k.*, k.step || ':' || coalesce(k.assignment_id, k.case_id)::text || ':'
         || (extract(epoch FROM k.deadline) * 1000)::bigint::text || ':' || k.colour AS key
    FROM coloured k
)
SELECT k.key, k.case_id, k.assignment_id, k.department_id, k.step, k.deadline, k.colour,
       c.state, c.tracking_no, c.title, e.grid_id
  FROM keyed k
  JOIN case_file c ON c.id = k.case_id AND c.state IN ('SUBMITTED', 'ASSIGNED', 'IN_PROGRESS', 'REPLY_REVIEW')
  JOIN enterprise e ON e.id = c.enterprise_id
 WHERE NOT EXISTS (SELECT 1 FROM supervision_item i WHERE i.key = k.key)
 ORDER BY k.deadline, k.key`;

/**
 * The rectification suggestions awaiting rectification (docs/inspections.md#rectification) that
 * have reached a colour and are not on the board yet: the cases' rule, on the suggestion's
 * deadline. A suggestion sent back is ISSUED again with the same deadline, so the same key: it
 * never warns twice for one colour. Served by rectification_suggestion_state_idx.
 */
const DUE_SUGGESTIONS_SQL = `
WITH coloured AS (
  SELECT s.id, s.department_id, s.deadline, s.suggestion, t.grid_id,
         CASE WHEN s.deadline < $1 THEN 'RED' ELSE 'YELLOW' END AS colour
    FROM rectification_suggestion s
    JOIN inspection_finding f ON f.id = s.finding_id
    JOIN inspection_record r ON r.id = f.record_id
    JOIN inspection_task t ON t.id = r.task_id
   WHERE s.state = 'ISSUED' AND s.deadline < $2
), keyed AS (
  SELECT k.*, 'RECTIFY:' || k.id::text || ':' || (extract(epoch FROM k.deadline) * 1000)::bigint::text
         || ':' || k.colour AS key
    FROM coloured k
)
SELECT k.key, k.id, k.department_id, d.name AS department_name, k.deadline, k.colour, k.suggestion, k.grid_id
  FROM keyed k JOIN department d ON d.id = k.department_id
 WHERE NOT EXISTS (SELECT 1 FROM supervision_item i WHERE i.key = k.key)
 ORDER BY k.deadline, k.key`;

/** How much of a suggestion a notice quotes. */
const QUOTED_CHARS = 40;

/** Timeline events read per detection run; the rest waits for the next run. */
const DETECTION_BATCH = 20_000;
/**
 * Event ids are taken when an insert starts and become visible when its transaction commits, so
 * a run re-reads a margin below its watermark; detections are keyed, a second read adds nothing.
 */
const WATERMARK_MARGIN = 500;

/**
 * 预警 and 电子监察 (docs/supervision.md): a scheduled job on the job runner (so it survives
 * restarts, catches up after an outage and runs once across instances) that compares every
 * running step's deadline with the server's clock and the working calendar. Each step that
 * reaches YELLOW or RED becomes a board item, a timeline event and a notice to the department
 * and the office — once: the item's key is unique, and an item taken by another run or instance
 * is skipped with everything that goes with it. The same run records the detections read from
 * the timeline (reply sent back twice, reopened, complaints).
 */
@Injectable()
export class SupervisionWarnings implements OnModuleInit {
  readonly #logger = new Logger('SupervisionWarnings');

  constructor(
    private readonly db: DataSource,
    private readonly clock: Clock,
    private readonly jobs: JobRunner,
    private readonly calendar: CalendarService,
    private readonly notifications: NotificationsService,
  ) {}

  onModuleInit(): void {
    this.jobs.register({
      name: SUPERVISION_SCAN_QUEUE,
      cron: '*/5 * * * *',
      retryLimit: 3,
      expireInSeconds: 900,
      run: async () => {
        await this.scan();
      },
    });
  }

  /** One run: warnings, then detections. Answers how many of each it raised. */
  async scan(): Promise<{ warnings: number; detections: number }> {
    const warnings = await this.raiseWarnings();
    const detections = await this.recordDetections();
    if (warnings + detections > 0) this.#logger.log(`Raised ${warnings} warnings, ${detections} detections`);
    return { warnings, detections };
  }

  /** Every running step that reached a colour by the server's clock, raised once. */
  async raiseWarnings(): Promise<number> {
    const now = this.clock.now();
    const calendar = await this.calendar.current();
    const due = decodeRows(await this.db.query(DUE_STEPS_SQL, [now, calendar.yellowCutoff(now)]), {
      key: text,
      case_id: text,
      assignment_id: nullable(text),
      department_id: nullable(text),
      step: oneOf(WARNING_STEP_CODES),
      deadline: timestamp,
      colour: oneOf(WARNING_COLOUR_CODES),
      state: oneOf(CASE_STATE_CODES),
      tracking_no: text,
      title: text,
      grid_id: text,
    });
    let raised = 0;
    for (const item of due) {
      const done = await this.db.transaction(async (manager) => {
        const inserted = decodeRows(
          await manager.query(
            `INSERT INTO supervision_item (key, case_id, assignment_id, department_id, grid_id, kind, step, colour,
               deadline, sort_at, raised_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $9, $10)
             ON CONFLICT (key) DO NOTHING RETURNING id`,
            [
              item.key,
              item.case_id,
              item.assignment_id,
              item.department_id,
              item.grid_id,
              warningKind(item.step, item.colour),
              item.step,
              item.colour,
              item.deadline,
              now,
            ],
          ),
          { id: text },
        );
        // Raised by another run or instance meanwhile: its event and notices are its own.
        if (inserted.length === 0) return false;
        const [event] = decodeRows(
          await manager.query(
            `INSERT INTO case_event (case_id, occurred_at, action, from_state, to_state, actor_role, details)
             VALUES ($1, $2, 'warn', $3, $3, 'SYSTEM', $4) RETURNING id`,
            [
              item.case_id,
              now,
              item.state,
              JSON.stringify({
                step: item.step,
                colour: item.colour,
                deadline: item.deadline.toISOString(),
                departmentId: item.department_id,
              }),
            ],
          ),
          { id: text },
        );
        await manager.query(`UPDATE supervision_item SET event_id = $2 WHERE id = $1`, [
          inserted[0].id,
          event.id,
        ]);
        const office = await this.notifications.usersWithRoles(manager, rolesWith('case.triage'));
        const department = item.department_id
          ? decodeRows(
              await manager.query(
                `SELECT id FROM app_user WHERE active AND department_id = $1 AND roles && $2::text[]`,
                [item.department_id, rolesWith('case.handle')],
              ),
              { id: text },
            ).map((u) => u.id)
          : [];
        await this.notifications.notify(manager, {
          event: item.colour === 'RED' ? 'CASE_WARNING_RED' : 'CASE_WARNING_YELLOW',
          userIds: [...department, ...office],
          caseId: item.case_id,
          params: {
            trackingNo: item.tracking_no,
            title: item.title,
            step: WARNING_STEPS[item.step]['zh-CN'],
            stepEn: WARNING_STEPS[item.step].en.toLowerCase(),
          },
        });
        // Open boards reload (live-board.service.ts); delivered when this item commits.
        await announceBoardChange(manager, 1);
        return true;
      });
      if (done) raised += 1;
    }
    return raised + (await this.#raiseSuggestionWarnings(now, calendar.yellowCutoff(now)));
  }

  /**
   * The same warnings for rectification suggestions: a board item for the department addressed
   * (step RECTIFY) and a notice to its staff and the office, once per colour and deadline. A
   * suggestion has no timeline, so no event.
   */
  async #raiseSuggestionWarnings(now: Date, yellowCutoff: Date): Promise<number> {
    const due = decodeRows(await this.db.query(DUE_SUGGESTIONS_SQL, [now, yellowCutoff]), {
      key: text,
      id: text,
      department_id: text,
      department_name: text,
      deadline: timestamp,
      colour: oneOf(WARNING_COLOUR_CODES),
      suggestion: text,
      grid_id: nullable(text),
    });
    let raised = 0;
    for (const item of due) {
      const done = await this.db.transaction(async (manager) => {
        const inserted = decodeRows(
          await manager.query(
            `INSERT INTO supervision_item (key, suggestion_id, department_id, grid_id, kind, step, colour,
               deadline, sort_at, raised_at)
             VALUES ($1, $2, $3, $4, $5, 'RECTIFY', $6, $7, $7, $8)
             ON CONFLICT (key) DO NOTHING RETURNING id`,
            [
              item.key,
              item.id,
              item.department_id,
              item.grid_id,
              warningKind('RECTIFY', item.colour),
              item.colour,
              item.deadline,
              now,
            ],
          ),
          { id: text },
        );
        // Raised by another run or instance meanwhile: its notices are its own.
        if (inserted.length === 0) return false;
        const office = await this.notifications.usersWithRoles(manager, rolesWith('case.triage'));
        const department = decodeRows(
          await manager.query(
            `SELECT id FROM app_user WHERE active AND department_id = $1 AND roles && $2::text[]`,
            [item.department_id, rolesWith('rectification.report')],
          ),
          { id: text },
        ).map((u) => u.id);
        const chars = [...item.suggestion];
        await this.notifications.notify(manager, {
          event: item.colour === 'RED' ? 'RECTIFICATION_WARNING_RED' : 'RECTIFICATION_WARNING_YELLOW',
          userIds: [...department, ...office],
          params: {
            department: item.department_name,
            suggestion:
              chars.length > QUOTED_CHARS ? `${chars.slice(0, QUOTED_CHARS).join('')}…` : item.suggestion,
          },
        });
        return true;
      });
      if (done) raised += 1;
    }
    return raised;
  }

  /**
   * Detections read from the timeline since the last run: a case whose reply was sent back a
   * second time, a reopened case (possible wrong action), an accepted complaint with its
   * misconduct type. Set-based and keyed, so a re-read or a second instance adds nothing.
   */
  async recordDetections(): Promise<number> {
    const now = this.clock.now();
    return this.db.transaction(async (manager) => {
      const recorded = await detectFromTimeline(manager, now);
      if (recorded > 0) await announceBoardChange(manager, recorded);
      return recorded;
    });
  }
}

/**
 * The detections read from the timeline since the last run (docs/supervision.md#detection), in the
 * caller's transaction: a case whose reply was sent back a second time, a reopened case, an
 * accepted complaint. Keyed, so a re-read adds nothing. The demo district records its own with it.
 */
export async function detectFromTimeline(
  manager: EntityManager,
  now: Date,
  batch: number = DETECTION_BATCH,
): Promise<number> {
  // One detection run at a time; another instance's run finds it taken and leaves it.
  const [lock] = decodeRows(
    await manager.query(`SELECT pg_try_advisory_xact_lock(hashtext('supervision-detections')) AS ok`),
    { ok: bool },
  );
  if (!lock.ok) return 0;
  const [scan] = decodeRows(
    await manager.query(
      `SELECT coalesce((SELECT last_event_id FROM supervision_scan WHERE name = 'detections'), 0)::text AS last`,
    ),
    { last: text },
  );
  const from = Math.max(0, Number(scan.last) - WATERMARK_MARGIN);
  const [range] = decodeRows(
    await manager.query(
      `SELECT coalesce(max(id), $1)::text AS upto FROM (SELECT id FROM case_event WHERE id > $1 ORDER BY id LIMIT $2) x`,
      [from, batch],
    ),
    { upto: text },
  );
  const inserted = decodeRows(
    await manager.query(
      `WITH fresh AS (
         SELECT ev.id, ev.case_id, ev.action, ev.occurred_at FROM case_event ev
          WHERE ev.id > $1 AND ev.id <= $2 AND ev.action IN ('sendBack', 'reopen', 'accept')
       ), found AS (
         SELECT 'WRONG:SENT_BACK_TWICE:' || f.case_id AS key, f.case_id, c.lead_department_id AS department_id,
                'WRONG_ACTION' AS kind, 'SENT_BACK_TWICE' AS reason, max(f.occurred_at) AS at
           FROM fresh f JOIN case_file c ON c.id = f.case_id
          WHERE f.action = 'sendBack'
            AND (SELECT count(*) FROM case_event s WHERE s.case_id = f.case_id AND s.action = 'sendBack') >= 2
          GROUP BY f.case_id, c.lead_department_id
         UNION ALL
         SELECT 'WRONG:REOPENED:' || f.case_id, f.case_id, c.lead_department_id, 'WRONG_ACTION', 'REOPENED',
                max(f.occurred_at)
           FROM fresh f JOIN case_file c ON c.id = f.case_id
          WHERE f.action = 'reopen'
          GROUP BY f.case_id, c.lead_department_id
         UNION ALL
         SELECT 'COMPLAINT:' || f.case_id, f.case_id, c.named_department_id, 'COMPLAINT', c.misconduct_type,
                max(f.occurred_at)
           FROM fresh f JOIN case_file c ON c.id = f.case_id
          WHERE f.action = 'accept' AND c.kind = 'COMPLAINT'
          GROUP BY f.case_id, c.named_department_id, c.misconduct_type
       )
       INSERT INTO supervision_item (key, case_id, department_id, grid_id, kind, reason, sort_at, raised_at)
       SELECT d.key, d.case_id, d.department_id, e.grid_id, d.kind, d.reason, d.at, $3
         FROM found d JOIN case_file c ON c.id = d.case_id JOIN enterprise e ON e.id = c.enterprise_id
       ON CONFLICT (key) DO NOTHING RETURNING id`,
      [from, range.upto, now],
    ),
    { id: text },
  );
  await manager.query(
    `INSERT INTO supervision_scan (name, last_event_id) VALUES ('detections', $1)
     ON CONFLICT (name) DO UPDATE SET last_event_id = greatest(supervision_scan.last_event_id, EXCLUDED.last_event_id)`,
    [range.upto],
  );
  return inserted.length;
}

/**
 * Records every running step's colour at `now` at once, with its timeline event and without
 * notices: the demo district, laid out before any server runs, shows its warnings from the start.
 * The kind follows `warningKind` (a red signing is inaction, a red reply slow action).
 */
export async function recordDueWarnings(
  manager: EntityManager,
  now: Date,
  yellowCutoff: Date,
): Promise<number> {
  const [row] = decodeRows(
    await manager.query(
      `WITH due AS (${DUE_STEPS_SQL}),
       items AS (
         INSERT INTO supervision_item (key, case_id, assignment_id, department_id, grid_id, kind, step, colour,
                                       deadline, sort_at, raised_at)
         SELECT d.key, d.case_id, d.assignment_id, d.department_id, d.grid_id,
                CASE WHEN d.colour = 'RED' AND d.step = 'SIGN' THEN 'INACTION'
                     WHEN d.colour = 'RED' AND d.step = 'REPLY' THEN 'SLOW_ACTION' ELSE 'WARNING' END,
                d.step, d.colour, d.deadline, d.deadline, $1
           FROM due d
          -- A case with a step in this last second waits for the next run: its warnings come after it.
          WHERE NOT EXISTS (SELECT 1 FROM case_event e WHERE e.case_id = d.case_id
                               AND e.occurred_at >= $1::timestamptz - interval '1 second')
         ON CONFLICT (key) DO NOTHING
         RETURNING case_id, step, colour, deadline, department_id
       ), ordered AS (
         -- Several warnings of one case follow each other a millisecond apart, the last at $1.
         SELECT i.*, count(*) OVER (PARTITION BY i.case_id)
                     - row_number() OVER (PARTITION BY i.case_id ORDER BY i.deadline, i.step) AS later
           FROM items i
       ), events AS (
         INSERT INTO case_event (case_id, occurred_at, action, from_state, to_state, actor_role, details)
         SELECT i.case_id, $1::timestamptz - i.later * interval '1 millisecond', 'warn', c.state, c.state, 'SYSTEM',
                jsonb_build_object('step', i.step, 'colour', i.colour,
                                   'deadline', to_char(i.deadline AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
                                   'departmentId', i.department_id)
           FROM ordered i JOIN case_file c ON c.id = i.case_id
         RETURNING id
       )
       SELECT (SELECT count(*) FROM events)::int AS n`,
      [now, yellowCutoff],
    ),
    { n: int },
  );
  return row.n;
}

/**
 * Records every awaiting suggestion's colour at `now` at once, without notices: the demo
 * district, whose year of inspections is laid out before any server runs, shows its overdue
 * rectifications on the board from the start, and the first scan has nothing to catch up.
 */
export async function recordDueSuggestionWarnings(
  manager: EntityManager,
  now: Date,
  yellowCutoff: Date,
): Promise<number> {
  return decodeRows(
    await manager.query(
      `INSERT INTO supervision_item (key, suggestion_id, department_id, grid_id, kind, step, colour, deadline,
                                     sort_at, raised_at)
       SELECT d.key, d.id, d.department_id, d.grid_id, 'WARNING', 'RECTIFY', d.colour, d.deadline, d.deadline, $1
         FROM (${DUE_SUGGESTIONS_SQL}) d
       ON CONFLICT (key) DO NOTHING RETURNING id`,
      [now, yellowCutoff],
    ),
    { id: text },
  ).length;
}
