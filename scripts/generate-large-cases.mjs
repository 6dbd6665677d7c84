// Benchmark data: adds N synthetic cases (诉求), each with its timeline, to a migrated database that
// holds the demo district (and usually the million synthetic enterprises of
// generate-large-dataset.mjs, which calls this after them):
//
//   node scripts/generate-large-cases.mjs --database-url postgres://… --cases 1000000
//
// What the rows look like:
// - Text: the demo's case templates (server/src/modules/demo/demo-case-data.ts) filled with five
//   roads each, plus one of a handful of closing sentences: some 1,300 distinct texts. jieba
//   segments each template variant and each closing sentence once, here in Node; PostgreSQL joins
//   the two tsvectors per row. A million texts are never segmented one by one.
// - Time: submitted over the three years before the run, more in recent months, in the day's
//   working hours; the state follows from the age (a case from last year is over, a case from
//   this morning waits in the inbox), roughly as a district's flow looks.
// - Enterprise: any stored enterprise, uniformly; channel: grid head of the enterprise's street
//   (45 %), phone, visit, letter, inspection finding — the office enters those. No portal cases:
//   synthetic enterprises have no accounts.
// - Timeline: the canonical path of the lifecycle table to the case's state (submit, accept, assign,
//   sign, contact, draft, submit, approve, evaluate or close unevaluated …), its steps spaced
//   evenly between submission and the last step. Deadlines are exact working-day deadlines from
//   the calendar in `holiday_year`, looked up in a table of working days.
// - Assignments: every case that reached the departments has its lead department's task, in the
//   state the case is in; one in five also a co-department's (never the department a complaint
//   names), so the department workbench's queues are filled.
// - Numbers: tracking numbers gap-free per Shanghai year in order of submission, continuing after
//   what `case_tracking_sequence` already gave out, which is then moved on.
//
// All in one transaction, tables locked. When the load is large next to what the tables hold, the
// secondary indexes of case_file (the GIN search index too) and case_event are dropped first and
// rebuilt at the end, and so are their foreign keys (adding a key back checks all rows in one join).
//
// Measured on the 2-core development machine, on top of 1,000,000 synthetic enterprises:
// 1,000,000 cases with 7,776,836 timeline steps in 508 s — staging 55 s, cases 122 s, timelines
// 199 s, indexes and keys 116 s, ANALYZE 12 s — while the machine ran other work at a load
// average of 8–11 (the enterprises took 195 s in the same run, against their usual 60 s); so
// some 2½–3 minutes on a quiet machine. Data: case_file 1.9 GB with its indexes, case_event 1.7 GB.
// Needs the built server and shared packages (`npx nx run-many -t build -p server`).
import { randomBytes } from 'node:crypto';
import { realpathSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { DEFAULT_TIME_LIMITS, LIFECYCLE, WorkingCalendar, shanghaiDate } from '../shared/dist/index.js';
import { replyWorkingDays } from '../server/dist/modules/cases/case-deadlines.js';
import { searchTokens } from '../server/dist/modules/cases/case-search.js';
import { QUERY_CODE_ALPHABET, QUERY_CODE_LENGTH } from '../server/dist/modules/cases/query-code.js';
import {
  CASE_TEMPLATES,
  DEMO_DEPARTMENT,
  DEPARTMENT_HANDLERS,
  REJECT_REASONS,
  STREET_HANDLERS,
  STREET_OFFICE,
} from '../server/dist/modules/demo/demo-case-data.js';
import { DEMO_STREETS } from '../server/dist/modules/demo/demo-data.js';

const DAY = 86_400_000;
const YEARS = 3;
const CLOSINGS = [
  '',
  '恳请相关部门尽快协调解决。',
  '希望政府部门帮助解决，谢谢！',
  '盼复。',
  '请尽快给予答复。',
  '企业负责人可随时配合现场核实。',
  '以上情况属实，请予以支持。',
];

/**
 * Which state a case is in, by its age in days: the share of each state among cases of that age.
 * CLOSED_AUTO is CLOSED without an evaluation (auto-closed after the 7 days).
 */
const STATE_MIX = [
  {
    maxAge: 1,
    mix: {
      SUBMITTED: 55,
      NEEDS_INFO: 8,
      ACCEPTED: 15,
      ASSIGNED: 15,
      REJECTED: 3,
      DUPLICATE: 2,
      WITHDRAWN: 2,
    },
  },
  {
    maxAge: 7,
    mix: {
      SUBMITTED: 3,
      NEEDS_INFO: 5,
      ACCEPTED: 4,
      ASSIGNED: 8,
      IN_PROGRESS: 42,
      RETURN_REQUESTED: 3,
      REPLY_REVIEW: 8,
      REPLIED: 18,
      REJECTED: 3,
      DUPLICATE: 3,
      WITHDRAWN: 3,
    },
  },
  {
    maxAge: 30,
    mix: {
      IN_PROGRESS: 12,
      RETURN_REQUESTED: 1,
      REPLY_REVIEW: 3,
      REPLIED: 10,
      DISPUTED: 3,
      CLOSED: 35,
      CLOSED_AUTO: 20,
      REJECTED: 6,
      DUPLICATE: 5,
      WITHDRAWN: 5,
    },
  },
  {
    maxAge: null,
    mix: { DISPUTED: 0.3, CLOSED: 52, CLOSED_AUTO: 31.7, REJECTED: 7, WITHDRAWN: 5, DUPLICATE: 4 },
  },
];

/**
 * The path of each state: actions in order and who takes them. The lifecycle table decides the
 * states in between (checked below), so a path that breaks a rule cannot be written.
 */
const PATHS = {
  SUBMITTED: [],
  NEEDS_INFO: [['requestInfo', 'office']],
  ACCEPTED: [['accept', 'office']],
  REJECTED: [['reject', 'office']],
  DUPLICATE: [['markDuplicate', 'office']],
  WITHDRAWN: [['withdraw', 'reporter']],
  ASSIGNED: [
    ['accept', 'office'],
    ['assign', 'office'],
  ],
  IN_PROGRESS: [
    ['accept', 'office'],
    ['assign', 'office'],
    ['sign', 'staff'],
    ['contact', 'staff'],
  ],
  RETURN_REQUESTED: [
    ['accept', 'office'],
    ['assign', 'office'],
    ['requestReturn', 'head'],
  ],
  REPLY_REVIEW: [
    ['accept', 'office'],
    ['assign', 'office'],
    ['sign', 'staff'],
    ['contact', 'staff'],
    ['draftReply', 'staff'],
    ['submitReply', 'head'],
  ],
};
PATHS.REPLIED = [...PATHS.REPLY_REVIEW, ['approveReply', 'office']];
PATHS.DISPUTED = [...PATHS.REPLIED, ['dispute', 'enterprise']];
PATHS.CLOSED = [...PATHS.REPLIED, ['evaluate', 'enterprise']];
PATHS.CLOSED_AUTO = [...PATHS.REPLIED, ['autoClose', 'system']];

const ROLE_OF = {
  office: 'OFFICE_STAFF',
  staff: 'DEPT_STAFF',
  head: 'DEPT_LEADER',
  enterprise: 'ENTERPRISE',
  system: 'SYSTEM',
};

/** Each path as rows (path, step_no, action, from_state, to_state, who, fraction of the case's span). */
function pathSteps() {
  const rows = [];
  for (const [path, actions] of Object.entries(PATHS)) {
    const steps = [['submit', 'reporter'], ...actions];
    let state = null;
    steps.forEach(([action, who], i) => {
      // Any kind may take these paths; withdraw is checked with a grid head's role.
      const role = who === 'reporter' ? 'GRID_HEAD' : ROLE_OF[who];
      const row = LIFECYCLE.find(
        (t) => t.action === action && t.from === state && t.roles.includes(role) && !t.kinds,
      );
      if (!row) throw new Error(`Path ${path}: no lifecycle row for ${action} from ${state} by ${role}`);
      rows.push({
        path,
        step_no: i + 1,
        action,
        from_state: state,
        to_state: row.to,
        who,
        fraction: steps.length === 1 ? 0 : i / (steps.length - 1),
      });
      state = row.to;
    });
    const expected = path === 'CLOSED_AUTO' ? 'CLOSED' : path;
    if (state !== expected) throw new Error(`Path ${path} ends in ${state}`);
  }
  return rows;
}

/** Per path: how many steps, and where accept, assign and the approved reply fall in its span. */
function pathSummaries(steps) {
  return Object.keys(PATHS).map((path) => {
    const own = steps.filter((s) => s.path === path);
    const fraction = (action) => own.find((s) => s.action === action)?.fraction ?? null;
    return {
      path,
      steps: own.length,
      accept: fraction('accept'),
      assign: fraction('assign'),
      reply: fraction('approveReply'),
    };
  });
}

const rowsOf = (result) => (Array.isArray(result) ? result : result.rows);

/** The template variants: each template with five roads (and their street), segmented once. */
function variants(departments, users) {
  const rows = [];
  CASE_TEMPLATES.forEach((template, t) => {
    for (let k = 0; k < 5; k++) {
      const street = DEMO_STREETS[(t * 3 + k) % DEMO_STREETS.length];
      const road = street.roads[(t + k) % street.roads.length];
      const community = street.communities[k % street.communities.length].name;
      const fill = (text) =>
        text
          .replaceAll('{road}', road)
          .replaceAll('{street}', street.name)
          .replaceAll('{community}', community)
          .replaceAll('{enterprise}', '我公司');
      const resolve = (name) => (name === STREET_OFFICE ? street.office : name);
      const named = template.named ? resolve(template.named) : null;
      const lead = template.departments.map(resolve).find((name) => name !== named);
      const reply = template.replies[k % template.replies.length];
      const streetIndex = DEMO_STREETS.indexOf(street);
      const handlers = DEPARTMENT_HANDLERS[lead] ?? STREET_HANDLERS[streetIndex];
      const demo = lead === DEMO_DEPARTMENT;
      const title = fill(template.title);
      const content = fill(template.content);
      rows.push({
        n: rows.length + 1,
        kind: template.kind,
        category: template.category,
        title,
        content,
        tokens: searchTokens(`${title} ${content}`),
        named_department_id: named ? departments.get(named) : null,
        misconduct_type: template.misconduct ?? null,
        lead_department_id: departments.get(lead),
        missing: template.missing,
        reply_result: reply.result,
        reply_text: fill(reply.text),
        staff_id: demo ? (users.get('dept')?.id ?? null) : null,
        staff_name: demo ? (users.get('dept')?.name ?? handlers.staff) : handlers.staff,
        leader_id: demo ? (users.get('deptlead')?.id ?? null) : null,
        leader_name: demo ? (users.get('deptlead')?.name ?? handlers.leader) : handlers.leader,
      });
    }
  });
  for (const row of rows) {
    if (!row.lead_department_id) throw new Error(`No department stored for the case template “${row.title}”`);
  }
  return rows;
}

/** Inserts `rows` (objects of equal keys) into a new temporary table through unnest. */
async function tempTable(client, name, rows, types) {
  const columns = Object.keys(types);
  await client.query(
    `CREATE TEMP TABLE ${name} (${columns.map((c) => `${c} ${types[c]}`).join(', ')}) ON COMMIT DROP`,
  );
  await client.query(
    `INSERT INTO ${name} SELECT * FROM unnest(${columns.map((c, i) => `$${i + 1}::${types[c]}[]`).join(', ')})`,
    columns.map((c) => rows.map((row) => row[c] ?? null)),
  );
}

/** A SQL CASE choosing a state by age (days) and a uniform roll in [0, 1). */
function stateSql(age, roll) {
  const branches = STATE_MIX.map(({ maxAge, mix }) => {
    const total = Object.values(mix).reduce((a, b) => a + b, 0);
    let sum = 0;
    const whens = Object.entries(mix).map(([state, weight]) => {
      sum += weight;
      return `WHEN ${roll} < ${sum / total} THEN '${state}'`;
    });
    const inner = `CASE ${whens.join(' ')} ELSE '${Object.keys(mix).at(-1)}' END`;
    return maxAge === null ? `ELSE ${inner}` : `WHEN ${age} < ${maxAge} THEN ${inner}`;
  });
  return `CASE ${branches.join(' ')} END`;
}

/** End of the Shanghai day that is `n` working days after the instant `at` (docs/lifecycle-and-deadlines.md#deadlines). */
const workingDeadline = (at, n) =>
  `(SELECT w.due FROM gen_workday w WHERE w.k = (SELECT d.k FROM gen_day d WHERE d.day = (${at})::date) + ${n})`;

/**
 * Inserts `count` synthetic cases with their timelines through `client` (one connection), in
 * batches of `batchSize`, calling `onProgress({ stage, done, total })` after each batch (stages
 * 'cases', 'events') and before rebuilding indexes (stage 'indexes', total = how many).
 */
export async function generateCases(
  client,
  count,
  { batchSize = 200_000, onProgress, rebuildIndexes: rebuild } = {},
) {
  const [{ enterprises }] = rowsOf(await client.query('SELECT count(*)::int AS enterprises FROM enterprise'));
  if (enterprises === 0) throw new Error('No enterprises: load the demo district first (DEMO_DATA on).');

  const users = new Map(
    rowsOf(
      await client.query(
        `SELECT username, id, display_name AS name, roles FROM app_user
          WHERE username IN ('office', 'officelead', 'dept', 'deptlead')`,
      ),
    ).map((u) => [u.username, u]),
  );
  const office = users.get('office');
  const officeLead = users.get('officelead') ?? office;
  if (!office) throw new Error('No demo account `office`: load the demo district first (DEMO_DATA on).');
  const departments = new Map(
    rowsOf(await client.query('SELECT name, id FROM department')).map((d) => [d.name, d.id]),
  );
  const calendarRows = rowsOf(await client.query('SELECT year, off, work FROM holiday_year ORDER BY year'));
  const calendar = new WorkingCalendar({
    years: Object.fromEntries(calendarRows.map((r) => [String(r.year), { off: r.off, work: r.work }])),
  });
  const run = randomBytes(6).toString('hex');

  // Temporary tables live in the session's own buffers, 8 MB unless raised before their first use.
  await client.query(`SET temp_buffers = '256MB'`);
  await client.query('BEGIN');
  try {
    await client.query(`SET LOCAL TIME ZONE 'Asia/Shanghai'`);
    await client.query(`SET LOCAL work_mem = '256MB'`);
    await client.query(`SET LOCAL maintenance_work_mem = '256MB'`);
    // No other run, and no submission, may take the same numbers meanwhile.
    await client.query('LOCK TABLE case_file, case_event IN SHARE ROW EXCLUSIVE MODE');
    const sequence = new Map(
      rowsOf(await client.query('SELECT year, last_value FROM case_tracking_sequence FOR UPDATE')).map(
        (r) => [r.year, r.last_value],
      ),
    );
    const [{ existing }] = rowsOf(await client.query('SELECT count(*)::int AS existing FROM case_file'));

    // Lookup tables, each small except the numbered enterprises.
    await tempTable(client, 'gen_variant', variants(departments, users), {
      n: 'int',
      kind: 'text',
      category: 'text',
      title: 'text',
      content: 'text',
      tokens: 'text',
      named_department_id: 'uuid',
      misconduct_type: 'text',
      lead_department_id: 'uuid',
      missing: 'text',
      reply_result: 'text',
      reply_text: 'text',
      staff_id: 'uuid',
      staff_name: 'text',
      leader_id: 'uuid',
      leader_name: 'text',
    });
    await client.query(`ALTER TABLE gen_variant ADD COLUMN vector tsvector`);
    await client.query(`UPDATE gen_variant SET vector = to_tsvector('simple', tokens)`);
    await tempTable(
      client,
      'gen_closing',
      CLOSINGS.map((text, i) => ({ n: i + 1, text, tokens: searchTokens(text) })),
      { n: 'int', text: 'text', tokens: 'text' },
    );
    await client.query(`ALTER TABLE gen_closing ADD COLUMN vector tsvector`);
    await client.query(`UPDATE gen_closing SET vector = to_tsvector('simple', tokens)`);
    const steps = pathSteps();
    await tempTable(client, 'gen_step', steps, {
      path: 'text',
      step_no: 'int',
      action: 'text',
      from_state: 'text',
      to_state: 'text',
      who: 'text',
      fraction: 'float8',
    });
    await tempTable(client, 'gen_path', pathSummaries(steps), {
      path: 'text',
      steps: 'int',
      accept: 'float8',
      assign: 'float8',
      reply: 'float8',
    });

    // Every Shanghai day of the period with k = working days up to it; gen_workday holds the
    // working days by k, so "n working days after" is two index look-ups.
    const days = [];
    const now = Date.now();
    let k = 0;
    for (let t = now - (YEARS * 366 + 10) * DAY; t < now + 120 * DAY; t += DAY) {
      const day = shanghaiDate(new Date(t));
      const working = calendar.isWorkingDay(day);
      if (working) k++;
      days.push({ day, k, working, due: `${day}T23:59:59.999+08:00` });
    }
    await tempTable(client, 'gen_day', days, {
      day: 'date',
      k: 'int',
      working: 'boolean',
      due: 'timestamptz',
    });
    await client.query('ALTER TABLE gen_day ADD PRIMARY KEY (day)');
    await client.query(
      'CREATE TEMP TABLE gen_workday ON COMMIT DROP AS SELECT k, due FROM gen_day WHERE working',
    );
    await client.query('ALTER TABLE gen_workday ADD PRIMARY KEY (k)');

    // Enterprises numbered 1…N, with the grid head of their street (level-1 grid), if any.
    await client.query(`
      CREATE TEMP TABLE gen_enterprise ON COMMIT DROP AS
      SELECT (row_number() OVER ())::int AS n, e.id, e.contact_name, h.id AS head_id, h.display_name AS head_name
        FROM enterprise e
        LEFT JOIN (SELECT DISTINCT ON (u.grid_id) u.grid_id, u.id, u.display_name
                     FROM app_user u JOIN grid g ON g.id = u.grid_id AND g.level = 1
                    WHERE 'GRID_HEAD' = ANY (u.roles) AND u.active
                    ORDER BY u.grid_id, u.username) h ON h.grid_id = e.grid_path[1]`);
    await client.query('ALTER TABLE gen_enterprise ADD PRIMARY KEY (n)');

    // The cases, numbered in order of submission: one sort serves both numberings, since the
    // year follows from the time. Times are epoch seconds until the end: arithmetic on numbers
    // is much cheaper than time-zone conversions a million times over.
    const nowSeconds = Math.floor(Date.now() / 1000);
    const shanghai = 8 * 3600;
    const firstYear = Number(shanghaiDate(new Date(Date.now() - YEARS * 366 * DAY)).slice(0, 4));
    const lastYear = Number(shanghaiDate(new Date()).slice(0, 4));
    const yearOf = (epoch) =>
      `CASE ${Array.from({ length: lastYear - firstYear }, (_, i) => lastYear - i)
        .map((year) => `WHEN ${epoch} >= ${Date.parse(`${year}-01-01T00:00:00+08:00`) / 1000} THEN ${year}`)
        .join(' ')} ELSE ${firstYear} END`;
    const [{ variants: variantCount }] = rowsOf(
      await client.query('SELECT count(*)::int AS variants FROM gen_variant'),
    );
    await client.query(
      `CREATE TEMP TABLE gen_case ON COMMIT DROP AS
       WITH drawn AS (
         SELECT s AS serial,
                1 + floor(random() * $1)::int AS enterprise_n,
                1 + floor(random() * ${variantCount})::int AS variant,
                1 + floor(random() * ${CLOSINGS.length})::int AS closing,
                random() AS channel_roll, random() AS state_roll, random() AS pace, random() AS extra,
                floor(random() * ${QUERY_CODE_ALPHABET.length ** QUERY_CODE_LENGTH})::bigint AS code,
                -- More cases in recent months, in the day's working hours (Shanghai), never later
                -- than a few minutes before the run.
                LEAST(floor((${nowSeconds + shanghai} - ${YEARS * 365 * 86400} * power(random(), 1.3)) / 86400) * 86400
                        - ${shanghai} + 8 * 3600 + random() * 12 * 3600,
                      ${nowSeconds} - 60 * (1 + floor(random() * 600))) AS epoch
           FROM generate_series(1, $2::int) AS s
       ), stated AS (
         SELECT d.*, ${stateSql(`(${nowSeconds} - d.epoch) / 86400`, 'd.state_roll')} AS path, ${yearOf('d.epoch')} AS year
           FROM drawn d
       ), timed AS (
         SELECT s.*,
                -- When the last step was taken: soon after submission for what ends at the door,
                -- within the 7 evaluation days for a reply awaiting evaluation.
                CASE
                  WHEN s.path = 'SUBMITTED' THEN s.epoch
                  WHEN s.path = 'REPLIED' THEN GREATEST(s.epoch + (${nowSeconds} - s.epoch) / 2,
                                                       ${nowSeconds} - 600 - 6 * 86400 * s.pace)
                  WHEN s.path IN ('REJECTED', 'DUPLICATE', 'WITHDRAWN', 'NEEDS_INFO', 'ACCEPTED', 'ASSIGNED')
                    THEN s.epoch + LEAST((${nowSeconds} - s.epoch) * 0.9, 2 * 86400 * (0.1 + s.pace))
                  WHEN s.path IN ('CLOSED', 'CLOSED_AUTO', 'DISPUTED')
                    THEN s.epoch + LEAST((${nowSeconds} - s.epoch) * 0.9, 20 * 86400 * (0.3 + s.pace))
                  ELSE s.epoch + (${nowSeconds} - s.epoch) * (0.3 + 0.6 * s.pace)
                END AS last_epoch
           FROM stated s
       )
       SELECT t.serial, t.variant, t.closing, t.pace, t.extra, t.code, t.path, t.year,
              CASE WHEN t.path = 'CLOSED_AUTO' THEN 'CLOSED' ELSE t.path END AS state,
              to_timestamp(t.epoch) AS submitted_at, to_timestamp(t.last_epoch) AS last_at,
              e.id AS enterprise_id, e.contact_name, e.head_id, e.head_name,
              -- Grid heads relay most cases; the office enters what came by phone, visit, letter
              -- or from an inspection.
              CASE WHEN t.channel_roll < 0.45 AND e.head_id IS NOT NULL THEN 'GRID_HEAD'
                   WHEN t.channel_roll < 0.65 THEN 'PHONE' WHEN t.channel_roll < 0.75 THEN 'VISIT'
                   WHEN t.channel_roll < 0.80 THEN 'LETTER' ELSE 'INSPECTION' END AS channel,
              CASE WHEN t.channel_roll < 0.45 AND e.head_id IS NOT NULL THEN e.head_id
                   WHEN t.extra < 0.8 THEN $3::uuid ELSE $4::uuid END AS submitter_id,
              CASE WHEN t.channel_roll < 0.45 AND e.head_id IS NOT NULL THEN 'GRID_HEAD'
                   ELSE 'OFFICE_STAFF' END AS submitter_role,
              CASE WHEN t.channel_roll < 0.45 AND e.head_id IS NOT NULL THEN e.head_name
                   WHEN t.extra < 0.8 THEN $5 ELSE $6 END AS submitter_name,
              -- The office's head takes ordinary office steps in the first of its roles: staff.
              CASE WHEN t.pace < 0.8 THEN $3::uuid ELSE $4::uuid END AS office_id,
              'OFFICE_STAFF' AS office_role,
              CASE WHEN t.pace < 0.8 THEN $5 ELSE $6 END AS office_name,
              row_number() OVER (ORDER BY t.year, t.epoch, t.serial) AS seq,
              row_number() OVER (PARTITION BY t.year ORDER BY t.year, t.epoch, t.serial) AS year_seq
         FROM timed t JOIN gen_enterprise e ON e.n = t.enterprise_n`,
      [enterprises, count, office.id, officeLead.id, office.name, officeLead.name],
    );
    await client.query('ALTER TABLE gen_case ADD PRIMARY KEY (seq)');
    // The very first case has nothing earlier to duplicate.
    await client.query(
      `UPDATE gen_case SET path = 'CLOSED', state = 'CLOSED' WHERE seq = 1 AND path = 'DUPLICATE'`,
    );
    const perYear = rowsOf(await client.query('SELECT year, count(*)::int AS n FROM gen_case GROUP BY year'));
    for (const { year, n } of perYear) {
      if ((sequence.get(year) ?? 0) + n > 999_999)
        throw new RangeError(`Tracking numbers of ${year} exhausted`);
    }
    await tempTable(
      client,
      'gen_base',
      [...sequence].map(([year, last]) => ({ year, last_value: last })),
      { year: 'int', last_value: 'int' },
    );

    // Secondary indexes go while a large load runs, and come back sorted at the end.
    const indexes =
      (rebuild ?? (count >= 50_000 && count >= existing / 2))
        ? rowsOf(
            await client.query(
              `SELECT i.relname AS name, pg_get_indexdef(i.oid) AS definition
                 FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid
                WHERE x.indrelid IN ('case_file'::regclass, 'case_event'::regclass)
                  AND NOT x.indisunique AND NOT x.indisprimary`,
            ),
          )
        : [];
    for (const index of indexes) await client.query(`DROP INDEX "${index.name}"`);
    // Likewise the foreign keys: a trigger per row and key costs more than the insert itself, and
    // adding a key back checks every row in one join.
    const foreignKeys =
      indexes.length > 0
        ? rowsOf(
            await client.query(
              `SELECT conrelid::regclass::text AS "table", conname AS name, pg_get_constraintdef(oid) AS definition
                 FROM pg_constraint
                WHERE contype = 'f' AND conrelid IN ('case_file'::regclass, 'case_event'::regclass)`,
            ),
          )
        : [];
    for (const key of foreignKeys)
      await client.query(`ALTER TABLE ${key.table} DROP CONSTRAINT "${key.name}"`);

    const id = (seq) => `md5('${run}-' || ${seq})::uuid`;
    // A duplicate repeats one of the 200 cases submitted before it.
    const original = id('c.seq - 1 - floor(c.extra * least(c.seq - 1, 200))::bigint');
    const deadline = (name, sql) => `CASE c.state ${sql} ELSE NULL END AS ${name}`;
    const at = (fraction) => `c.submitted_at + (c.last_at - c.submitted_at) * ${fraction}`;
    const stepAt = (action) => at(`p.${action}`);
    // The product's reply limit for the priority and complexity drawn just above from c.pace.
    const replyDays = `CASE WHEN c.pace > 0.9 THEN ${replyWorkingDays('NORMAL', 'COMPLEX')}
                            WHEN c.pace < 0.08 THEN ${replyWorkingDays('URGENT', 'SIMPLE')}
                            ELSE ${replyWorkingDays('NORMAL', 'SIMPLE')} END`;
    // A return request (asked before signing, on this path) pauses the assigned step's clock, as
    // the product's transition does: the case keeps its sign deadline, counted from the assignment.
    const sqlText = (value) => `'${String(value).replaceAll("'", "''")}'`;
    const reasons = `ARRAY[${REJECT_REASONS.map(sqlText).join(', ')}]`;
    const insertCases = `
      INSERT INTO case_file (id, tracking_no, query_code, kind, category, channel, title, content, search_vector,
                             enterprise_id, submitter_id, named_department_id, misconduct_type, contact_consent,
                             state, priority, complexity, submitted_at, state_deadline, paused_at, accepted_at,
                             replied_at, closed_at, office_note, duplicate_of_id, lead_department_id, reply_result,
                             reply_text, reopen_count, created_at, updated_at, version)
      SELECT ${id('c.seq')},
             'YH' || c.year || lpad((c.year_seq + coalesce(b.last_value, 0))::text, 6, '0'),
             ${Array.from(
               { length: QUERY_CODE_LENGTH },
               (_, i) =>
                 `substr('${QUERY_CODE_ALPHABET}', ((c.code / ${QUERY_CODE_ALPHABET.length ** i}::bigint) % ${QUERY_CODE_ALPHABET.length})::int + 1, 1)`,
             ).join(' || ')},
             v.kind, v.category, c.channel, v.title, v.content || k.text, v.vector || k.vector,
             c.enterprise_id, c.submitter_id, v.named_department_id, v.misconduct_type, c.code % 100 < 85,
             c.state, CASE WHEN c.pace < 0.08 THEN 'URGENT' ELSE 'NORMAL' END,
             CASE WHEN c.pace > 0.9 THEN 'COMPLEX' ELSE 'SIMPLE' END,
             c.submitted_at,
             ${deadline(
               'state_deadline',
               `WHEN 'SUBMITTED' THEN ${workingDeadline('c.submitted_at', DEFAULT_TIME_LIMITS.accept)}
                WHEN 'NEEDS_INFO' THEN ${workingDeadline('c.submitted_at', DEFAULT_TIME_LIMITS.accept)}
                WHEN 'ASSIGNED' THEN ${workingDeadline('c.last_at', DEFAULT_TIME_LIMITS.sign)}
                WHEN 'IN_PROGRESS' THEN ${workingDeadline(stepAt('assign'), replyDays)}
                WHEN 'RETURN_REQUESTED' THEN ${workingDeadline(stepAt('assign'), DEFAULT_TIME_LIMITS.sign)}
                WHEN 'REPLY_REVIEW' THEN ${workingDeadline('c.last_at', DEFAULT_TIME_LIMITS.review)}
                WHEN 'REPLIED' THEN c.last_at + interval '${DEFAULT_TIME_LIMITS.evaluateCalendarDays} days'`,
             )},
             CASE WHEN c.state IN ('NEEDS_INFO', 'RETURN_REQUESTED') THEN c.last_at END,
             ${stepAt('accept')},
             ${stepAt('reply')},
             CASE WHEN c.state IN ('CLOSED', 'REJECTED', 'DUPLICATE', 'WITHDRAWN') THEN c.last_at END,
             CASE c.state WHEN 'NEEDS_INFO' THEN v.missing
                          WHEN 'REJECTED' THEN (${reasons})[1 + (c.code % ${REJECT_REASONS.length})::int]
             END,
             CASE WHEN c.state = 'DUPLICATE' THEN ${original} END,
             CASE WHEN c.path IN ('ASSIGNED', 'IN_PROGRESS', 'RETURN_REQUESTED', 'REPLY_REVIEW', 'REPLIED', 'DISPUTED',
                                  'CLOSED', 'CLOSED_AUTO') THEN v.lead_department_id END,
             CASE WHEN c.state IN ('REPLIED', 'DISPUTED', 'CLOSED') THEN v.reply_result END,
             CASE WHEN c.state IN ('REPLIED', 'DISPUTED', 'CLOSED') THEN v.reply_text END,
             0, c.submitted_at, c.last_at, p.steps
        FROM gen_case c
        JOIN gen_path p ON p.path = c.path
        JOIN gen_variant v ON v.n = c.variant
        JOIN gen_closing k ON k.n = c.closing
        LEFT JOIN gen_base b ON b.year = c.year
       WHERE c.seq BETWEEN $1 AND $2`;

    const insertEvents = `
      INSERT INTO case_event (case_id, occurred_at, action, from_state, to_state, actor_id, actor_role, actor_name,
                              public_note, internal_note, details)
      SELECT ${id('c.seq')}, ${at('p.fraction')}, p.action, p.from_state, p.to_state,
             CASE p.who WHEN 'reporter' THEN CASE WHEN p.action = 'submit' THEN c.submitter_id ELSE c.head_id END
                        WHEN 'office' THEN c.office_id
                        WHEN 'staff' THEN v.staff_id
                        WHEN 'head' THEN v.leader_id END,
             CASE p.who WHEN 'reporter' THEN CASE WHEN p.action = 'submit' THEN c.submitter_role
                                                  WHEN c.head_id IS NULL THEN 'ENTERPRISE' ELSE 'GRID_HEAD' END
                        WHEN 'office' THEN c.office_role
                        WHEN 'staff' THEN 'DEPT_STAFF' WHEN 'head' THEN 'DEPT_LEADER'
                        WHEN 'enterprise' THEN 'ENTERPRISE' ELSE 'SYSTEM' END,
             CASE p.who WHEN 'reporter' THEN CASE WHEN p.action = 'submit' THEN c.submitter_name
                                                  ELSE coalesce(c.head_name, c.contact_name) END
                        WHEN 'office' THEN c.office_name
                        WHEN 'staff' THEN v.staff_name WHEN 'head' THEN v.leader_name
                        WHEN 'enterprise' THEN c.contact_name END,
             CASE p.action WHEN 'approveReply' THEN v.reply_text WHEN 'requestInfo' THEN v.missing END,
             NULL,
             CASE p.action WHEN 'assign' THEN jsonb_build_object('leadDepartmentId', v.lead_department_id)
                           WHEN 'markDuplicate' THEN jsonb_build_object('originalId', ${original})
                           WHEN 'approveReply' THEN jsonb_build_object('result', v.reply_result)
                           -- The deadline facts the steps record as they end (scorecards count them):
                           -- one signing in ten late, one first contact in seven, one reply in five.
                           WHEN 'sign' THEN jsonb_build_object('departmentId', v.lead_department_id, 'role', 'LEAD',
                             'deadlineStep', 'sign', 'deadlineMet', c.code % 10 <> 0)
                           WHEN 'contact' THEN jsonb_build_object('deadlineStep', 'contact', 'deadlineMet', c.code % 7 <> 0)
                           WHEN 'submitReply' THEN jsonb_build_object('result', v.reply_result, 'deadlineStep', 'reply',
                             'deadlineMet', c.code % 5 <> 0)
                           WHEN 'evaluate' THEN jsonb_build_object(
                             'solved', CASE WHEN c.code % 4 = 0 THEN 'PARTLY_SOLVED' ELSE 'SOLVED' END,
                             'satisfaction', CASE WHEN c.code % 3 = 0 THEN 'BASICALLY_SATISFIED' ELSE 'SATISFIED' END)
                           WHEN 'dispute' THEN jsonb_build_object('solved', 'NOT_SOLVED', 'satisfaction', 'DISSATISFIED')
                           END
        FROM gen_case c
        JOIN gen_step p ON p.path = c.path
        JOIN gen_variant v ON v.n = c.variant
       WHERE c.seq BETWEEN $1 AND $2`;

    // The departments' tasks of every assigned case: the lead's, in the state its case is in, and
    // for one case in five a co-department's (another department, drawn from the case's code)
    // whose opinion is in once the lead works on its reply. Deadlines from the assignment, as the
    // product's assign step sets them; a return request pauses the lead's clock.
    const assignedAt = stepAt('assign');
    const leadState = `CASE c.state WHEN 'ASSIGNED' THEN 'ASSIGNED' WHEN 'IN_PROGRESS' THEN 'IN_PROGRESS'
                         WHEN 'RETURN_REQUESTED' THEN 'RETURN_REQUESTED' WHEN 'REPLY_REVIEW' THEN 'REPLY_SUBMITTED'
                         WHEN 'CLOSED' THEN 'CLOSED' ELSE 'REPLIED' END`;
    const coState = `CASE c.state WHEN 'ASSIGNED' THEN 'ASSIGNED' WHEN 'RETURN_REQUESTED' THEN 'ASSIGNED'
                       WHEN 'IN_PROGRESS' THEN CASE WHEN c.extra < 0.5 THEN 'IN_PROGRESS' ELSE 'OPINION_GIVEN' END
                       WHEN 'CLOSED' THEN 'CLOSED' ELSE 'OPINION_GIVEN' END`;
    const signed = `CASE WHEN c.state NOT IN ('ASSIGNED', 'RETURN_REQUESTED')
                         THEN ${assignedAt} + (c.last_at - ${assignedAt}) * 0.1 END`;
    const insertAssignments = `
      INSERT INTO case_assignment (case_id, department_id, role, state, assigned_at, sign_deadline, reply_deadline,
                                   paused_at, signed_at, first_contacted_at, replied_at, opinion, pending_request,
                                   request_reason, closed_at)
      SELECT ${id('c.seq')}, t.department_id, t.role, t.state, ${assignedAt},
             ${workingDeadline(assignedAt, DEFAULT_TIME_LIMITS.sign)}, ${workingDeadline(assignedAt, replyDays)},
             CASE WHEN t.state = 'RETURN_REQUESTED' THEN c.last_at END,
             CASE WHEN t.state <> 'ASSIGNED' AND t.state <> 'RETURN_REQUESTED' THEN ${signed} END,
             CASE WHEN t.role = 'LEAD' AND t.state <> 'ASSIGNED' AND t.state <> 'RETURN_REQUESTED'
                  THEN ${assignedAt} + (c.last_at - ${assignedAt}) * 0.2 END,
             CASE WHEN t.role = 'LEAD' AND t.state IN ('REPLIED', 'CLOSED') THEN ${stepAt('reply')} END,
             CASE WHEN t.role = 'CO' AND t.state IN ('OPINION_GIVEN', 'CLOSED') THEN '本部门无异议，请主办部门一并答复。' END,
             CASE WHEN t.state = 'RETURN_REQUESTED' THEN 'RETURN' END,
             CASE WHEN t.state = 'RETURN_REQUESTED' THEN '不属于本部门职责范围' END,
             CASE WHEN t.state = 'CLOSED' THEN c.last_at END
        FROM gen_case c
        JOIN gen_path p ON p.path = c.path
        JOIN gen_variant v ON v.n = c.variant
        CROSS JOIN LATERAL (
          SELECT v.lead_department_id AS department_id, 'LEAD' AS role, ${leadState} AS state
          UNION ALL
          SELECT d.id, 'CO', ${coState}
            FROM (SELECT id FROM gen_department
                   WHERE id <> v.lead_department_id AND id IS DISTINCT FROM v.named_department_id
                   ORDER BY n OFFSET (c.code % greatest((SELECT count(*) - 2 FROM gen_department), 1)) LIMIT 1) d
           WHERE c.pace BETWEEN 0.3 AND 0.5
        ) t
       WHERE p.assign IS NOT NULL AND c.seq BETWEEN $1 AND $2`;
    await client.query(
      `CREATE TEMP TABLE gen_department ON COMMIT DROP AS
       SELECT (row_number() OVER (ORDER BY name))::int AS n, id FROM department`,
    );

    const total = count;
    for (let done = 0; done < total;) {
      const size = Math.min(batchSize, total - done);
      await client.query(insertCases, [done + 1, done + size]);
      onProgress?.({ stage: 'cases', done: done + size, total });
      await client.query(insertEvents, [done + 1, done + size]);
      await client.query(insertAssignments, [done + 1, done + size]);
      done += size;
      onProgress?.({ stage: 'events', done, total });
    }

    await client.query(
      `INSERT INTO case_tracking_sequence (year, last_value)
       SELECT c.year, max(c.year_seq) + coalesce(max(b.last_value), 0)
         FROM gen_case c LEFT JOIN gen_base b ON b.year = c.year
        GROUP BY c.year
       ON CONFLICT (year) DO UPDATE SET last_value = EXCLUDED.last_value`,
    );

    if (indexes.length > 0) {
      onProgress?.({ stage: 'indexes', done: 0, total: indexes.length + foreignKeys.length });
      for (const index of indexes) await client.query(index.definition);
      for (const key of foreignKeys)
        await client.query(`ALTER TABLE ${key.table} ADD CONSTRAINT "${key.name}" ${key.definition}`);
    }
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  }
  await client.query('ANALYZE case_file');
  await client.query('ANALYZE case_event');
  return { inserted: count };
}

async function main() {
  const { values } = parseArgs({
    options: {
      'database-url': { type: 'string', default: process.env.DATABASE_URL },
      cases: { type: 'string', default: '1000000' },
      'batch-size': { type: 'string', default: '200000' },
    },
  });
  const count = Number(values.cases.replaceAll('_', ''));
  const batchSize = Number(values['batch-size'].replaceAll('_', ''));
  if (!values['database-url'] || !Number.isInteger(count) || count < 1 || !(batchSize >= 1)) {
    console.error(
      'Usage: node scripts/generate-large-cases.mjs --database-url postgres://… [--cases 1000000] [--batch-size 200000]',
    );
    process.exit(2);
  }
  const client = new pg.Client({ connectionString: values['database-url'] });
  await client.connect();
  const started = performance.now();
  const seconds = () => ((performance.now() - started) / 1000).toFixed(1);
  try {
    await generateCases(client, count, { batchSize, onProgress: progress(seconds) });
    const [{ total }] = (await client.query('SELECT count(*)::int AS total FROM case_file')).rows;
    console.log(`Done in ${seconds()} s; the database now holds ${total.toLocaleString('en')} cases.`);
  } finally {
    await client.end();
  }
}

/** Progress lines for the command line. */
export const progress =
  (seconds) =>
  ({ stage, done, total }) =>
    console.log(
      stage === 'indexes'
        ? `Rebuilding ${total} case indexes and foreign keys… (${seconds()} s)`
        : `${done.toLocaleString('en')} / ${total.toLocaleString('en')} ${stage === 'cases' ? 'cases' : 'timelines'} (${seconds()} s)`,
    );

if (process.argv[1] && import.meta.url === pathToFileURL(realpathSync(process.argv[1])).href) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
