// Benchmark data for the condition dashboard: twelve months of reports (the current Shanghai month
// and the eleven before) for every operating enterprise stored, and the current month's visits.
//
//   node scripts/generate-large-conditions.mjs --database-url postgres://… [--months 12]
//
// Most enterprises produce normally; a few percent are partly stopped, stopped or closed in a
// month, so that some reports are worse than the month before's. Every earlier month is reported
// by about 97% of the enterprises, the current one by about half (as in the middle of a month).
// Rows are made inside PostgreSQL (generate_series), one INSERT per sixteenth of the enterprises,
// with the triggers off (session_replication_role = replica); the dashboard's pre-aggregated
// figures and the missing list's rows are then counted once (condition-stats.ts). Needs the built server
// (`npx nx run-many -t build -p server`).
import { realpathSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { recountConditionStats } from '../server/dist/modules/conditions/condition-stats.js';

const rowsOf = (result) => (Array.isArray(result) ? result : result.rows);

/** The Shanghai month of `date`, 'YYYY-MM'. */
const shanghaiMonth = (date) => new Date(date.getTime() + 8 * 3_600_000).toISOString().slice(0, 7);

/**
 * Inserts `months` months of condition reports for every operating enterprise through `client`,
 * and about one visit per ten enterprises in the current month; `onProgress({ stage, done, total })`
 * after each batch. Answers how many reports and visits it wrote.
 */
export async function generateConditions(client, { months = 12, now = new Date(), onProgress } = {}) {
  const current = shanghaiMonth(now);
  const office = rowsOf(await client.query(`SELECT id FROM app_user WHERE username = 'office'`))[0]?.id;
  if (!office) throw new Error("No 'office' account: load the demo district first (DEMO_DATA on).");
  const visitors = rowsOf(
    await client.query(`SELECT id FROM app_user WHERE 'GRID_HEAD' = ANY(roles) ORDER BY username`),
  ).map((row) => row.id);
  if (visitors.length === 0) throw new Error('No grid head accounts: load the demo district first.');

  const batches = [...'0123456789abcdef'];
  let reports = 0;
  await client.query('BEGIN');
  try {
    // Triggers (the pre-aggregation) and foreign-key checks off for the load; counted once after.
    await client.query(`SET LOCAL session_replication_role = replica`);
    for (const [i, prefix] of batches.entries()) {
      // Per enterprise and month: reported or not, and a status; then the month before's, over
      // every month (lag), so that a month not reported breaks the "worse than the month before".
      const result = await client.query(
        `WITH drawn AS (
           SELECT e.id AS enterprise_id,
                  to_char(to_date($1 || '-01', 'YYYY-MM-DD') - make_interval(months => m.n), 'YYYY-MM') AS month,
                  random() < CASE WHEN m.n = 0 THEN 0.5 ELSE 0.97 END AS reported, random() AS x,
                  20 + floor(random() * 400)::int AS employees, round((random() * 5000)::numeric, 2) AS output
             FROM enterprise e CROSS JOIN generate_series(0, $2::int - 1) AS m(n)
            WHERE e.status = 'ACTIVE' AND left(e.id::text, 1) = $3),
         grid AS (
           SELECT d.*, CASE WHEN d.x < 0.9 THEN 'NORMAL' WHEN d.x < 0.96 THEN 'PARTIAL'
                            WHEN d.x < 0.99 THEN 'STOPPED' ELSE 'CLOSED' END AS status
             FROM drawn d),
         ranked AS (
           SELECT g.*, lag(g.reported) OVER w AS prev_reported, lag(g.status) OVER w AS prev_status
             FROM grid g WINDOW w AS (PARTITION BY g.enterprise_id ORDER BY g.month))
         INSERT INTO condition_report (enterprise_id, month, operating_status, employees, output_value, revenue,
           capacity_use, order_trend, difficulties, submitted_by, submitted_at, worsened)
         SELECT enterprise_id, month, status, employees, output, round(output * 0.92, 2),
                CASE status WHEN 'NORMAL' THEN 80 WHEN 'PARTIAL' THEN 45 ELSE 0 END,
                CASE WHEN status = 'NORMAL' THEN 'FLAT' ELSE 'DOWN' END, '', $4,
                (to_date(month || '-20', 'YYYY-MM-DD'))::timestamp AT TIME ZONE 'Asia/Shanghai',
                coalesce(prev_reported AND array_position(ARRAY['NORMAL', 'PARTIAL', 'STOPPED', 'CLOSED'], status)
                  > array_position(ARRAY['NORMAL', 'PARTIAL', 'STOPPED', 'CLOSED'], prev_status), false)
           FROM ranked WHERE reported
         ON CONFLICT (enterprise_id, month) DO NOTHING`,
        [current, months, prefix, office],
      );
      reports += result.rowCount;
      onProgress?.({ stage: 'reports', done: i + 1, total: batches.length });
    }
    const visits = await client.query(
      `INSERT INTO condition_visit (enterprise_id, visitor_id, visited_on, findings, client_key, created_at)
       SELECT e.id, ($2::uuid[])[1 + floor(random() * array_length($2::uuid[], 1))::int], d.day, '生产正常',
              'bench-' || e.id, d.day::timestamp AT TIME ZONE 'Asia/Shanghai'
         FROM enterprise e
         CROSS JOIN LATERAL (SELECT (to_date($1 || '-01', 'YYYY-MM-DD') + floor(random() * 10)::int) AS day) d
        WHERE e.status = 'ACTIVE' AND random() < 0.1
       ON CONFLICT (visitor_id, client_key) DO NOTHING`,
      [current, visitors],
    );
    await client.query(`SET LOCAL session_replication_role = origin`);
    onProgress?.({ stage: 'counting', done: 0, total: 1 });
    await recountConditionStats(client);
    await client.query('COMMIT');
    await client.query('ANALYZE condition_report');
    await client.query('ANALYZE condition_visit');
    await client.query('ANALYZE condition_month_stat');
    await client.query('ANALYZE condition_enterprise_stat');
    await client.query('ANALYZE condition_reporting');
    await client.query('ANALYZE condition_report_gap');
    await client.query('ANALYZE condition_visit_stat');
    await client.query('ANALYZE condition_trend_stat');
    return { reports, visits: visits.rowCount, month: current };
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  }
}

async function main() {
  const { values } = parseArgs({
    options: {
      'database-url': { type: 'string', default: process.env.DATABASE_URL },
      months: { type: 'string', default: '12' },
    },
  });
  const months = Number(values.months);
  if (!values['database-url'] || !Number.isInteger(months) || months < 1 || months > 36) {
    console.error(
      'Usage: node scripts/generate-large-conditions.mjs --database-url postgres://… [--months 12]',
    );
    process.exit(2);
  }
  const client = new pg.Client({ connectionString: values['database-url'] });
  await client.connect();
  const started = performance.now();
  const seconds = () => ((performance.now() - started) / 1000).toFixed(1);
  try {
    const { reports, visits, month } = await generateConditions(client, {
      months,
      onProgress: ({ stage, done, total }) => console.log(`${stage} ${done} / ${total} (${seconds()} s)`),
    });
    console.log(
      `${reports.toLocaleString('en')} reports up to ${month} and ${visits.toLocaleString('en')} visits in ${seconds()} s.`,
    );
  } finally {
    await client.end();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(realpathSync(process.argv[1])).href) {
  await main();
}
