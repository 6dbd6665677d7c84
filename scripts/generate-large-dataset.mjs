// Benchmark data: adds N synthetic enterprises to a migrated database that holds the demo district,
// then M synthetic cases over all stored enterprises (scripts/generate-large-cases.mjs, which
// describes them; --cases 0 skips them).
//
//   node scripts/generate-large-dataset.mjs --database-url postgres://… --enterprises 1000000 --cases 1000000
//
// Rows are made inside PostgreSQL (generate_series), one INSERT per batch, so that a million rows
// cost minutes, not the hours of a client-side loop. Needs the built server and shared packages
// (`npx nx run-many -t build -p server`): the name tables come from the demo data.
import { realpathSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { CREDIT_CODE_ALPHABET, isValidCreditCode } from '../shared/dist/index.js';
import {
  COMPANY_SCALES,
  DEMO_DIVISION_CODE,
  DEMO_STREETS,
  ENTERPRISE_TEMPLATES,
  GIVEN_NAME_CHARACTERS,
  MOBILE_PREFIXES,
  SURNAMES,
  TRADE_NAMES,
} from '../server/dist/modules/demo/demo-data.js';
import { ENTERPRISE_INSERT } from '../server/dist/modules/directory/directory-rows.js';
import { generateCases, progress } from './generate-large-cases.mjs';

/**
 * Synthetic credit codes are 9 · 1|2 · 410108 · Y · 8 base-31 digits of a serial number · check.
 * The demo's own codes have MA at position 9, so the two never meet, and the serial (continued
 * from the largest one stored) keeps repeated runs unique.
 */
const MARKER = 'Y';
const SERIAL_DIGITS = 8;
// GB 32100-2015 weights are 3^i mod 31.
const WEIGHTS = Array.from({ length: 17 }, (_, i) => Number(3n ** BigInt(i) % 31n));
const SYNTHETIC_PREFIX = `${DEMO_DIVISION_CODE}${MARKER}`;

const sqlText = (value) => `'${String(value).replaceAll("'", "''")}'`;
const sqlArray = (values) => `ARRAY[${values.map(sqlText).join(',')}]::text[]`;
/** A uniformly random element of a SQL array literal of `length` elements. */
const pickFrom = (array, length) => `(${array})[1 + floor(random() * ${length})::int]`;

/** The SQL of one batch: $1 first serial, $2 last serial. */
function batchSql() {
  const value = (ch) => CREDIT_CODE_ALPHABET.indexOf(ch);
  // Positions 1 and 3–9 are fixed; position 2 (1 or 2) and the serial digits vary per row.
  const fixed =
    value('9') * WEIGHTS[0] +
    [...SYNTHETIC_PREFIX].reduce((sum, ch, i) => sum + value(ch) * WEIGHTS[i + 2], 0);
  const digit = (k) => `((x.serial / ${31 ** (SERIAL_DIGITS - 1 - k)}::bigint) % 31)`;
  const serialDigits = Array.from({ length: SERIAL_DIGITS }, (_, k) => k);
  const alphabet = sqlText(CREDIT_CODE_ALPHABET);
  const checkSum = `(${fixed} + x.kind * ${WEIGHTS[1]} + ${serialDigits.map((k) => `${digit(k)} * ${WEIGHTS[9 + k]}`).join(' + ')})`;

  // Templates repeated by weight, so that a uniform pick is a weighted one.
  const wheel = ENTERPRISE_TEMPLATES.flatMap((template, i) => Array(template.weight).fill(i + 1));
  const scaleWheel = COMPANY_SCALES.flatMap(({ scale, weight }) => Array(weight).fill(scale));
  // 字号 of two characters drawn from the demo's trade names: ~14,000 of them, times ~50 templates.
  const tradeCharacters = [...new Set(TRADE_NAMES.join(''))];
  const roads = [...new Set(DEMO_STREETS.flatMap((street) => street.roads))];
  const surnames = sqlArray(SURNAMES);
  const given = sqlArray(GIVEN_NAME_CHARACTERS);
  const person = (twoCharacters) =>
    `${pickFrom(surnames, SURNAMES.length)} || ${pickFrom(given, GIVEN_NAME_CHARACTERS.length)}` +
    ` || CASE WHEN ${twoCharacters} THEN ${pickFrom(given, GIVEN_NAME_CHARACTERS.length)} ELSE '' END`;

  return `
    WITH cells AS (
      SELECT (row_number() OVER (ORDER BY code))::int AS n, id, path FROM grid WHERE level = 3
    )
    INSERT INTO ${ENTERPRISE_INSERT}
    SELECT replace(replace((${sqlArray(ENTERPRISE_TEMPLATES.map((t) => t.pattern))})[x.template], '{z}', x.trade_name),
                   '{s}', left(x.legal_representative, 1)),
           '9' || x.kind || ${sqlText(SYNTHETIC_PREFIX)}
             || ${serialDigits.map((k) => `substr(${alphabet}, ${digit(k)}::int + 1, 1)`).join(' || ')}
             || substr(${alphabet}, ((31 - ${checkSum} % 31) % 31)::int + 1, 1),
           x.legal_representative,
           (${sqlArray(ENTERPRISE_TEMPLATES.map((t) => t.industry))})[x.template],
           CASE WHEN x.kind = 2 THEN 'INDIVIDUAL' ELSE x.company_scale END,
           CASE WHEN x.closed THEN 'CLOSED' ELSE 'ACTIVE' END,
           x.address,
           cells.id, cells.path,
           CASE WHEN x.kind = 2 OR x.owner_answers THEN x.legal_representative ELSE x.contact_name END,
           x.contact_phone, x.created_at, x.created_at
      FROM (
        SELECT t.serial, t.template, t.kind,
               ${pickFrom(sqlArray(tradeCharacters), tradeCharacters.length)}
                 || ${pickFrom(sqlArray(tradeCharacters), tradeCharacters.length)} AS trade_name,
               ${person('random() < 0.7')} AS legal_representative,
               ${person('random() < 0.7')} AS contact_name,
               random() < 0.3 AS owner_answers,
               ${pickFrom(sqlArray(scaleWheel), scaleWheel.length)} AS company_scale,
               random() < 0.05 AS closed,
               '郑州市惠济区' || ${pickFrom(sqlArray(roads), roads.length)}
                 || (1 + floor(random() * 500))::int || '号' AS address,
               ${pickFrom(sqlArray(MOBILE_PREFIXES), MOBILE_PREFIXES.length)}
                 || lpad(floor(random() * 100000000)::int::text, 8, '0') AS contact_phone,
               now() - random() * interval '1826 days' AS created_at,
               1 + floor(random() * (SELECT count(*) FROM cells))::int AS cell
          FROM (
            SELECT u.serial, u.template,
                   CASE WHEN (ARRAY[${ENTERPRISE_TEMPLATES.map((t) => t.individual).join(',')}])[u.template]
                        THEN 2 ELSE 1 END AS kind
              FROM (SELECT s AS serial, (ARRAY[${wheel.join(',')}])[1 + floor(random() * ${wheel.length})::int] AS template
                      FROM generate_series($1::bigint, $2::bigint) AS s) AS u
          ) AS t
      ) AS x
      JOIN cells ON cells.n = x.cell`;
}

const rowsOf = (result) => (Array.isArray(result) ? result : result.rows);

const encodeSerial = (serial) => {
  let digits = '';
  for (let k = 0; k < SERIAL_DIGITS; k++, serial = Math.floor(serial / 31)) {
    digits = CREDIT_CODE_ALPHABET[serial % 31] + digits;
  }
  return digits;
};
// The alphabet is in code-point order, so the largest stored digits are the largest serial.
const decodeSerial = (digits) => [...digits].reduce((n, ch) => n * 31 + CREDIT_CODE_ALPHABET.indexOf(ch), 0);

/**
 * Inserts `count` synthetic enterprises through `client` (one connection: a pg.Client or a pool's
 * client), in batches of `batchSize`, calling `onProgress({ stage, done, total })` after each batch
 * (stage 'rows') and before rebuilding indexes (stage 'indexes', total = how many).
 *
 * All in one transaction. When the load is large next to what the table holds, the secondary
 * indexes are dropped first and rebuilt at the end (a sorted build is about three times faster
 * than a million single insertions into the trigram and name indexes); the enterprise table is
 * locked meanwhile, and a failure rolls everything back, indexes included.
 */
export async function generateEnterprises(
  client,
  count,
  { batchSize = 100_000, onProgress, rebuildIndexes: rebuild } = {},
) {
  const [{ cells }] = rowsOf(await client.query('SELECT count(*)::int AS cells FROM grid WHERE level = 3'));
  if (cells === 0) throw new Error('No level-3 grids: load the demo district first (DEMO_DATA on).');

  let first;
  await client.query('BEGIN');
  try {
    // No other run may pick the same serials.
    await client.query('LOCK TABLE enterprise IN SHARE ROW EXCLUSIVE MODE');
    const [{ last, existing }] = rowsOf(
      await client.query(
        `SELECT max(substr(credit_code, 10, ${SERIAL_DIGITS})) FILTER (WHERE substr(credit_code, 3, ${SYNTHETIC_PREFIX.length}) = $1) AS last,
                count(*)::int AS existing
           FROM enterprise`,
        [SYNTHETIC_PREFIX],
      ),
    );
    first = last ? decodeSerial(last) + 1 : 1;
    if (first + count > 31 ** SERIAL_DIGITS) throw new RangeError('Synthetic credit codes exhausted');

    const indexes =
      (rebuild ?? (count >= 50_000 && count >= existing / 2))
        ? rowsOf(
            await client.query(
              `SELECT i.relname AS name, pg_get_indexdef(i.oid) AS definition
               FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid
              WHERE x.indrelid = 'enterprise'::regclass AND NOT x.indisunique`,
            ),
          )
        : [];
    for (const index of indexes) await client.query(`DROP INDEX "${index.name}"`);

    const sql = batchSql();
    for (let done = 0; done < count;) {
      const size = Math.min(batchSize, count - done);
      await client.query(sql, [first + done, first + done + size - 1]);
      if (done === 0) {
        // A wrong check character would only show when the directory refuses to find the rows.
        const sample = rowsOf(
          await client.query(
            `SELECT credit_code FROM enterprise
              WHERE substr(credit_code, 3, ${SYNTHETIC_PREFIX.length}) = $1
                AND substr(credit_code, 10, ${SERIAL_DIGITS}) BETWEEN $2 AND $3
              LIMIT 100`,
            [SYNTHETIC_PREFIX, encodeSerial(first), encodeSerial(first + size - 1)],
          ),
        );
        const invalid = sample.find((row) => !isValidCreditCode(row.credit_code));
        if (sample.length === 0 || invalid) {
          throw new Error(`Generated an invalid credit code: ${invalid?.credit_code ?? 'none found'}`);
        }
      }
      done += size;
      onProgress?.({ stage: 'rows', done, total: count });
    }

    if (indexes.length > 0) {
      onProgress?.({ stage: 'indexes', done: 0, total: indexes.length });
      await client.query(`SET LOCAL maintenance_work_mem = '256MB'`);
      for (const index of indexes) await client.query(index.definition);
    }
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  }
  await client.query('ANALYZE enterprise');
  return { inserted: count, firstSerial: first };
}

async function main() {
  const { values } = parseArgs({
    options: {
      'database-url': { type: 'string', default: process.env.DATABASE_URL },
      enterprises: { type: 'string', default: '1000000' },
      cases: { type: 'string', default: '1000000' },
      'batch-size': { type: 'string', default: '100000' },
    },
  });
  const count = Number(values.enterprises.replaceAll('_', ''));
  const cases = Number(values.cases.replaceAll('_', ''));
  const batchSize = Number(values['batch-size'].replaceAll('_', ''));
  if (
    !values['database-url'] ||
    !Number.isInteger(count) ||
    count < 1 ||
    !Number.isInteger(cases) ||
    cases < 0 ||
    !(batchSize >= 1)
  ) {
    console.error(
      'Usage: node scripts/generate-large-dataset.mjs --database-url postgres://… [--enterprises 1000000] [--cases 1000000] [--batch-size 100000]',
    );
    process.exit(2);
  }
  const client = new pg.Client({ connectionString: values['database-url'] });
  await client.connect();
  const started = performance.now();
  const seconds = () => ((performance.now() - started) / 1000).toFixed(1);
  try {
    await generateEnterprises(client, count, {
      batchSize,
      onProgress: ({ stage, done, total }) =>
        console.log(
          stage === 'rows'
            ? `${done.toLocaleString('en')} / ${total.toLocaleString('en')} enterprises (${seconds()} s)`
            : `Rebuilding ${total} indexes… (${seconds()} s)`,
        ),
    });
    const [{ total }] = (await client.query('SELECT count(*)::int AS total FROM enterprise')).rows;
    console.log(`${seconds()} s; the directory now holds ${total.toLocaleString('en')} enterprises.`);
    if (cases > 0) {
      const casesStarted = performance.now();
      await generateCases(client, cases, { onProgress: progress(seconds) });
      const [{ stored }] = (await client.query('SELECT count(*)::int AS stored FROM case_file')).rows;
      console.log(
        `${cases.toLocaleString('en')} cases in ${((performance.now() - casesStarted) / 1000).toFixed(1)} s; ` +
          `the database now holds ${stored.toLocaleString('en')} cases.`,
      );
    }
    console.log(`Done in ${seconds()} s.`);
  } finally {
    await client.end();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(realpathSync(process.argv[1])).href) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
