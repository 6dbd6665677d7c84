import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { ATTACHMENT_COLUMNS } from '../modules/cases/attachments.service.js';
import type { AttachmentType, CaseEventType } from '../modules/cases/cases.types.js';

export const DEPARTMENT_NAMES_SQL = 'SELECT id, name FROM department WHERE id = ANY($1::uuid[])';
export const GRIDS_SQL = 'SELECT id, name, level, path FROM grid WHERE id = ANY($1::uuid[])';

export interface GridSummary {
  id: string;
  name: string;
  level: number;
  path: string[];
}

/** id → name, from a query answering `id, name` for `$1` = the ids. */
function names(db: DataSource, sql: string) {
  return new DataLoader<string, string | null>(async (ids) => {
    const rows: { id: string; name: string }[] = await db.query(sql, [ids]);
    const byKey = new Map(rows.map((row) => [row.id, row.name]));
    return ids.map((id) => byKey.get(id) ?? null);
  });
}

/** One batched query per loader and request, for any number of keys. */
function groupedBy<V extends { key: string }>(load: (keys: readonly string[]) => Promise<V[]>) {
  return new DataLoader<string, V[]>(async (keys) => {
    const rows = await load(keys);
    return keys.map((key) => rows.filter((row) => row.key === key));
  });
}

function byId<V>(load: (ids: readonly string[]) => Promise<(V & { id: string })[]>) {
  return new DataLoader<string, V | null>(async (ids) => {
    const byKey = new Map((await load(ids)).map((row) => [row.id, row]));
    return ids.map((id) => byKey.get(id) ?? null);
  });
}

/**
 * Per-request batch loaders: a list of N rows that shows a related name costs one extra query,
 * not N (no N+1).
 */
export function createLoaders(db: DataSource) {
  return {
    departmentName: names(db, DEPARTMENT_NAMES_SQL),
    grid: byId<GridSummary>((ids) => db.query(GRIDS_SQL, [ids])),
    userName: names(db, 'SELECT id, display_name AS name FROM app_user WHERE id = ANY($1::uuid[])'),
    enterpriseContact: byId<{ name: string; phone: string }>((ids) =>
      db.query(
        'SELECT id, contact_name AS name, contact_phone AS phone FROM enterprise WHERE id = ANY($1::uuid[])',
        [ids],
      ),
    ),
    caseLink: byId<{ id: string; trackingNo: string }>((ids) =>
      db.query('SELECT id, tracking_no AS "trackingNo" FROM case_file WHERE id = ANY($1::uuid[])', [ids]),
    ),
    caseTimeline: groupedBy<CaseEventType & { key: string }>((ids) =>
      db.query(
        `SELECT case_id AS key, id, occurred_at AS "occurredAt", action, from_state AS "fromState",
           to_state AS "toState", actor_role AS "actorRole", actor_name AS "actorName",
           public_note AS "publicNote", internal_note AS "internalNote"
         FROM case_event WHERE case_id = ANY($1::uuid[]) ORDER BY occurred_at, id`,
        [ids],
      ),
    ),
    caseAttachments: groupedBy<AttachmentType & { key: string }>((ids) =>
      db.query(
        `SELECT case_id AS key, ${ATTACHMENT_COLUMNS} FROM case_attachment
         WHERE case_id = ANY($1::uuid[]) ORDER BY created_at, id`,
        [ids],
      ),
    ),
    gridEnterpriseCount: new DataLoader<string, number>(async (ids) => {
      const rows: { id: string; count: number }[] = await db.query(
        `SELECT g.id, count(e.id)::int AS count FROM unnest($1::uuid[]) AS g(id)
           LEFT JOIN enterprise e ON e.grid_path @> ARRAY[g.id] GROUP BY g.id`,
        [ids],
      );
      const byKey = new Map(rows.map((row) => [row.id, row.count]));
      return ids.map((id) => byKey.get(id) ?? 0);
    }),
    gridHeads: new DataLoader<string, { id: string; displayName: string; mobile: string | null }[]>(
      async (ids) => {
        const rows: { id: string; displayName: string; mobile: string | null; gridId: string }[] =
          await db.query(
            `SELECT id, display_name AS "displayName", mobile, grid_id AS "gridId" FROM app_user
          WHERE grid_id = ANY($1::uuid[]) AND 'GRID_HEAD' = ANY(roles) AND active ORDER BY display_name`,
            [ids],
          );
        return ids.map((id) => rows.filter((row) => row.gridId === id));
      },
    ),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;

/** The names from the root to a grid, e.g. 新城街道 / 新城社区 / 新城社区第一网格. */
export async function gridPathNames(loaders: Loaders, gridId: string): Promise<string[]> {
  const grid = await loaders.grid.load(gridId);
  if (!grid) return [];
  const path = await loaders.grid.loadMany(grid.path);
  return path.map((node) => (node && !(node instanceof Error) ? node.name : '?'));
}
