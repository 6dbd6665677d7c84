// The bare baseline of `npm run bench`: Node's http + pg running the very SQL the GraphQL path
// runs (session lookup, one page, the batched names), with no framework in between.
import { createHash } from 'node:crypto';
import http from 'node:http';
import pg from 'pg';
import { SESSION_SQL } from '../server/dist/modules/auth/session.service.js';
import { userPageQuery } from '../server/dist/modules/users/users.service.js';
import { enterprisePageQuery } from '../server/dist/modules/directory/enterprises.service.js';
import { DEPARTMENT_NAMES_SQL, GRIDS_SQL } from '../server/dist/common/loaders.js';

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 20 });

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
  async enterprises(first, gridId) {
    const { sql, params } = enterprisePageQuery({ first, sort: 'NEWEST', filter: { gridId } }, null);
    const rows = (await pool.query(sql, params)).rows.slice(0, first);
    const cells = new Map(
      (await pool.query(GRIDS_SQL, [[...new Set(rows.map((r) => r.gridId))]])).rows.map((g) => [g.id, g]),
    );
    const ancestors = [...new Set([...cells.values()].flatMap((g) => g.path))].filter((id) => !cells.has(id));
    const grids = new Map([
      ...cells,
      ...(await pool.query(GRIDS_SQL, [ancestors])).rows.map((g) => [g.id, g]),
    ]);
    return rows.map((row) => ({
      name: row.name,
      gridPath: cells.get(row.gridId).path.map((id) => grids.get(id)?.name),
    }));
  },
};

const server = http.createServer(async (req, res) => {
  try {
    const token = /gb_admin_session=([^;]+)/.exec(req.headers.cookie ?? '')?.[1] ?? '';
    const url = new URL(req.url, 'http://localhost');
    const hash = createHash('sha256').update(decodeURIComponent(token)).digest('hex');
    const session = await pool.query(SESSION_SQL, [hash, 'ADMIN', 30, 12]);
    if (!session.rows[0]?.roles.includes('SYS_ADMIN')) {
      res.writeHead(403).end();
      return;
    }
    const list = url.pathname.slice(1);
    const items = await pages[list](
      Number(url.searchParams.get('first') ?? 20),
      url.searchParams.get('grid'),
    );
    res
      .writeHead(200, { 'content-type': 'application/json' })
      .end(JSON.stringify({ data: { [list]: { items } } }));
  } catch (error) {
    res.writeHead(500).end(String(error));
  }
});
server.listen(Number(process.env.PORT), '127.0.0.1', () => process.send?.('ready'));
