// The bare baseline of `npm run bench`: Node's http + pg running the very SQL the GraphQL path
// runs (session lookup, one page, the batched names), with no framework in between. Rows are
// decoded where the service decodes them (the workbench's deadlines need dates).
import { createHash } from 'node:crypto';
import http from 'node:http';
import pg from 'pg';
import { SESSION_SQL } from '../server/dist/modules/auth/session.service.js';
import { userPageQuery } from '../server/dist/modules/users/users.service.js';
import { enterprisePageQuery } from '../server/dist/modules/directory/enterprises.service.js';
import {
  CASE_COLUMNS,
  CASE_FROM,
  CASE_ROW,
  caseInScope,
  casePageQuery,
} from '../server/dist/modules/cases/case-query.js';
import {
  ASSIGNMENT_ROW,
  allowedByAssignment,
  ownAssignment,
  relationsOf,
} from '../server/dist/modules/cases/case-assignments.js';
import { deadlineOf } from '../server/dist/modules/cases/case-deadlines.js';
import { CaseFieldPolicy } from '../server/dist/modules/cases/case-field-policy.js';
import { caseLoaders } from '../server/dist/modules/cases/case-loaders.js';
import { assignmentView, departmentQueueQuery } from '../server/dist/modules/cases/case-workbench.service.js';
import { DEPARTMENT_NAMES_SQL, GRIDS_SQL, createLoaders } from '../server/dist/common/loaders.js';
import { CN_HOLIDAYS_2025_2026, WorkingCalendar, availableActions } from '@gridbridge/shared';

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 20 });
/** What TypeORM's `query` gives the loaders and `caseInScope`: the rows. */
const db = { query: async (sql, params) => (await pool.query(sql, params)).rows };

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
   * first: the statements of CaseWorkbench.departmentQueue.
   */
  async departmentWorkbench(first, _filter, viewer) {
    const now = new Date();
    const { sql, params } = departmentQueueQuery(viewer.departmentId, 'IN_PROGRESS', now, null, first + 1);
    const rows = ASSIGNMENT_ROW.decodeAll((await pool.query(sql, params)).rows).slice(0, first);
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
  /**
   * The admin case page (the CaseFields fragment): the case in the viewer's scope, then its names,
   * contact, assignments, attachments and timeline through the same batch loaders the GraphQL
   * context creates, each field decided by the same CaseFieldPolicy.
   */
  async case(_first, { id }, viewer) {
    const loaders = createLoaders(db, [caseLoaders]);
    const c = await caseInScope(db, viewer, id);
    const policy = new CaseFieldPolicy(viewer, c);
    const submitterId = policy.submitterId();
    const [
      gridPath,
      namedDepartmentName,
      leadDepartmentName,
      submitterName,
      contact,
      duplicateOf,
      assigned,
      files,
      events,
    ] = await Promise.all([
      loaders.gridPath.load(c.gridId),
      c.namedDepartmentId ? loaders.departmentName.load(c.namedDepartmentId) : null,
      c.leadDepartmentId ? loaders.departmentName.load(c.leadDepartmentId) : null,
      submitterId ? loaders.userName.load(submitterId) : null,
      policy.visible.contact === 'HIDDEN'
        ? null
        : loaders.enterpriseContact.load(c.enterpriseId).then((x) => policy.contact(x)),
      c.duplicateOfId ? loaders.caseLink.load(c.duplicateOfId) : null,
      loaders.caseAssignments.load(c.id),
      loaders.caseAttachments.load(c.id),
      loaders.caseTimeline.load(c.id),
    ]);
    const assignments = await Promise.all(
      assigned.map(async (a) => ({
        ...assignmentView(a),
        departmentName: await loaders.departmentName.load(a.departmentId),
      })),
    );
    return [
      {
        ...c,
        gridPath,
        namedDepartmentName,
        leadDepartmentName,
        submitterName,
        contact,
        duplicateOf,
        deadline: policy.visible.warnings ? deadlineOf(c, new Date(), calendar) : null,
        availableActions: allowedByAssignment(
          availableActions(c.state, viewer.roles, c.kind, relationsOf(viewer, assigned)),
          ownAssignment(viewer, assigned),
        ),
        assignments,
        attachments: files,
        timeline: policy.timeline(
          events.map((e) => ({ ...e, attachments: files.filter((f) => f.eventId === e.id) })),
        ),
      },
    ];
  },
};

/** Who may call each list, as the resolvers' @Allow says. */
const ALLOWED = {
  users: ['SYS_ADMIN'],
  enterprises: ['SYS_ADMIN'],
  cases: ['OFFICE_STAFF', 'OFFICE_LEADER'],
  departmentWorkbench: ['DEPT_STAFF', 'DEPT_LEADER'],
  case: ['OFFICE_STAFF', 'OFFICE_LEADER', 'DEPT_STAFF', 'DEPT_LEADER'],
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
      {
        grid: url.searchParams.get('grid'),
        keyword: url.searchParams.get('keyword'),
        id: url.searchParams.get('id'),
      },
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
