// The bare baseline of `npm run bench`: Node's http + pg running the very SQL the GraphQL path
// runs (session lookup, one page, the batched names), with no framework in between. Rows are
// decoded where the service decodes them (the workbench's deadlines need dates).
import { createHash } from 'node:crypto';
import http from 'node:http';
import pg from 'pg';
import { SESSION_SQL } from '../server/dist/modules/auth/session.service.js';
import { userPageQuery } from '../server/dist/modules/users/users.service.js';
import { enterprisePageQuery } from '../server/dist/modules/directory/enterprises.service.js';
import { CASE_COLUMNS, CASE_FROM, CASE_ROW, casePageQuery } from '../server/dist/modules/cases/case-query.js';
import { ASSIGNMENT_ROW } from '../server/dist/modules/cases/case-assignments.js';
import { deadlineOf } from '../server/dist/modules/cases/case-deadlines.js';
import { DEPARTMENT_NAMES_SQL, GRIDS_SQL } from '../server/dist/common/loaders.js';
import { CN_HOLIDAYS_2025_2026, WorkingCalendar } from '@gridbridge/shared';

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 20 });

const calendar = new WorkingCalendar(CN_HOLIDAYS_2025_2026);

/** Grid path names of rows carrying a gridId: two batched grid queries, as the GraphQL loaders do. */
async function gridPaths(rows) {
  const cells = new Map(
    (await pool.query(GRIDS_SQL, [[...new Set(rows.map((r) => r.gridId))]])).rows.map((g) => [g.id, g]),
  );
  const ancestors = [...new Set([...cells.values()].flatMap((g) => g.path))].filter((id) => !cells.has(id));
  const grids = new Map([...cells, ...(await pool.query(GRIDS_SQL, [ancestors])).rows.map((g) => [g.id, g])]);
  return rows.map((row) => cells.get(row.gridId).path.map((id) => grids.get(id)?.name));
}

const pages = {
  /** The admin user list with each user's department name. */
  async users(first) {
    const { sql, params } = userPageQuery({ cursor: null, keyword: null, limit: first + 1 });
    const rows = (await pool.query(sql, params)).rows.slice(0, first);
    const ids = [...new Set(rows.map((row) => row.departmentId).filter(Boolean))];
    const names = new Map(
      (await pool.query(DEPARTMENT_NAMES_SQL, [ids])).rows.map((row) => [row.id, row.name]),
    );
    return rows.map((row) => ({
      username: row.username,
      departmentName: names.get(row.departmentId) ?? null,
    }));
  },
  /** The enterprise directory filtered by a grid subtree, with each enterprise's grid path names. */
  async enterprises(first, { grid }, viewer) {
    const { sql, params } = enterprisePageQuery({ first, sort: 'NEWEST', filter: { gridId: grid } }, viewer);
    const rows = (await pool.query(sql, params)).rows.slice(0, first);
    const paths = await gridPaths(rows);
    return rows.map((row, i) => ({ name: row.name, gridPath: paths[i] }));
  },
  /** The office's case list (optionally a keyword search) with each case's enterprise name and grid path. */
  async cases(first, { keyword }, viewer) {
    const filter = keyword ? { keyword } : {};
    const { sql, params } = casePageQuery(viewer, { first, filter }, calendar, new Date());
    const rows = (await pool.query(sql, params)).rows.slice(0, first);
    const paths = await gridPaths(rows);
    return rows.map((row, i) => ({
      trackingNo: row.trackingNo,
      title: row.title,
      state: row.state,
      enterpriseName: row.enterpriseName,
      gridPath: paths[i],
    }));
  },
  /**
   * The department workbench's queue in progress (lead tasks not sent back), nearest deadline
   * first: the statements of CaseWorkbench.departmentQueue, its queue condition written out.
   */
  async departmentWorkbench(first, _filter, viewer) {
    const now = new Date();
    const due = `CASE WHEN a.state = 'ASSIGNED' THEN a.sign_deadline ELSE a.reply_deadline END`;
    const rows = ASSIGNMENT_ROW.decodeAll(
      (
        await pool.query(
          `SELECT ${ASSIGNMENT_ROW.select} FROM case_assignment a WHERE a.department_id = $1::uuid
              AND a.state = 'IN_PROGRESS' AND a.role = 'LEAD' AND a.sent_back_at IS NULL
              AND a.case_id IN (SELECT c.id FROM case_file c WHERE c.id = a.case_id
                AND (c.kind <> 'COMPLAINT' OR c.named_department_id IS DISTINCT FROM $1::uuid))
            ORDER BY ${due}, a.id LIMIT $2`,
          [viewer.departmentId, first + 1],
        )
      ).rows,
    ).slice(0, first);
    const cases = new Map(
      CASE_ROW.decodeAll(
        (
          await pool.query(`SELECT ${CASE_COLUMNS} FROM ${CASE_FROM} WHERE c.id = ANY($1::uuid[])`, [
            rows.map((a) => a.caseId),
          ])
        ).rows,
      ).map((c) => [c.id, c]),
    );
    return rows.map((a) => {
      const c = cases.get(a.caseId);
      return {
        case: {
          id: c.id,
          trackingNo: c.trackingNo,
          title: c.title,
          kind: c.kind,
          enterpriseName: c.enterpriseName,
        },
        assignment: { id: a.id, role: a.role, state: a.state, paused: a.pausedAt !== null },
        deadline: deadlineOf(
          { stateDeadline: a.state === 'ASSIGNED' ? a.signDeadline : a.replyDeadline, pausedAt: a.pausedAt },
          now,
          calendar,
        ),
      };
    });
  },
};

/** Who may call each list, as the resolvers' @Allow says. */
const ALLOWED = {
  users: ['SYS_ADMIN'],
  enterprises: ['SYS_ADMIN'],
  cases: ['OFFICE_STAFF', 'OFFICE_LEADER'],
  departmentWorkbench: ['DEPT_STAFF', 'DEPT_LEADER'],
};

const server = http.createServer(async (req, res) => {
  try {
    const token = /gb_admin_session=([^;]+)/.exec(req.headers.cookie ?? '')?.[1] ?? '';
    const url = new URL(req.url, 'http://localhost');
    const hash = createHash('sha256').update(decodeURIComponent(token)).digest('hex');
    const session = (await pool.query(SESSION_SQL, [hash, 'ADMIN', 30, 12, new Date()])).rows[0];
    const list = url.pathname.slice(1);
    if (!session || !ALLOWED[list]?.some((role) => session.roles.includes(role))) {
      res.writeHead(403).end();
      return;
    }
    const viewer = {
      userId: session.user_id,
      roles: session.roles,
      departmentId: session.department_id,
      gridId: session.grid_id,
      enterpriseId: session.enterprise_id,
    };
    const items = await pages[list](
      Number(url.searchParams.get('first') ?? 20),
      { grid: url.searchParams.get('grid'), keyword: url.searchParams.get('keyword') },
      viewer,
    );
    res
      .writeHead(200, { 'content-type': 'application/json' })
      .end(JSON.stringify({ data: { [list]: { items } } }));
  } catch (error) {
    res.writeHead(500).end(String(error));
  }
});
server.listen(Number(process.env.PORT), '127.0.0.1', () => process.send?.('ready'));
