// The bare baseline of `npm run bench`: Node's http + pg running the very SQL the GraphQL path
// runs for the admin user list (session lookup, one page, department names), no framework.
import { createHash } from 'node:crypto';
import http from 'node:http';
import pg from 'pg';
import { SESSION_SQL } from '../server/dist/modules/auth/session.service.js';
import { userPageQuery } from '../server/dist/modules/users/users.service.js';
import { DEPARTMENT_NAMES_SQL } from '../server/dist/common/loaders.js';

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 20 });

const server = http.createServer(async (req, res) => {
  try {
    const token = /gb_admin_session=([^;]+)/.exec(req.headers.cookie ?? '')?.[1] ?? '';
    const url = new URL(req.url, 'http://localhost');
    const first = Number(url.searchParams.get('first') ?? 20);
    const hash = createHash('sha256').update(decodeURIComponent(token)).digest('hex');
    const session = await pool.query(SESSION_SQL, [hash, 'ADMIN', 30, 12]);
    if (!session.rows[0]?.roles.includes('SYS_ADMIN')) {
      res.writeHead(403).end();
      return;
    }
    const { sql, params } = userPageQuery({ cursor: null, keyword: null, limit: first + 1 });
    const page = await pool.query(sql, params);
    const items = page.rows.slice(0, first);
    const ids = [...new Set(items.map((row) => row.departmentId).filter(Boolean))];
    const departments = await pool.query(DEPARTMENT_NAMES_SQL, [ids]);
    const names = new Map(departments.rows.map((row) => [row.id, row.name]));
    const body = JSON.stringify({
      data: {
        users: {
          items: items.map((row) => ({
            username: row.username,
            departmentName: names.get(row.departmentId) ?? null,
          })),
          nextCursor: page.rows.length > first ? 'more' : null,
        },
      },
    });
    res.writeHead(200, { 'content-type': 'application/json' }).end(body);
  } catch (error) {
    res.writeHead(500).end(String(error));
  }
});
server.listen(Number(process.env.PORT), '127.0.0.1', () => process.send?.('ready'));
