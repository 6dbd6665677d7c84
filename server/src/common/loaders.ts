import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { decodeRows, int, nullable, text, textArray } from '../database/rows.js';

export const DEPARTMENT_NAMES_SQL = 'SELECT id, name FROM department WHERE id = ANY($1::uuid[])';
export const GRIDS_SQL = 'SELECT id, name, path FROM grid WHERE id = ANY($1::uuid[])';

/** id → name, from a query answering `id, name` for `$1` = the ids. */
function names(db: DataSource, sql: string) {
  return new DataLoader<string, string | null>(async (ids) => {
    const rows = decodeRows(await db.query(sql, [ids]), { id: text, name: text });
    const byKey = new Map(rows.map((row) => [row.id, row.name]));
    return ids.map((id) => byKey.get(id) ?? null);
  });
}

/** One batched query per loader and request, for any number of keys. */
export function groupedBy<V extends { key: string }>(load: (keys: readonly string[]) => Promise<V[]>) {
  return new DataLoader<string, V[]>(async (keys) => {
    const rows = await load(keys);
    return keys.map((key) => rows.filter((row) => row.key === key));
  });
}

export function byId<V>(load: (ids: readonly string[]) => Promise<(V & { id: string })[]>) {
  return new DataLoader<string, V | null>(async (ids) => {
    const byKey = new Map((await load(ids)).map((row) => [row.id, row]));
    return ids.map((id) => byKey.get(id) ?? null);
  });
}

/**
 * Each grid's names from the level-1 grid down, e.g. 新城街道 / 新城社区 / 新城社区第一网格: the
 * grids asked for, then those of their ancestors not among them — at most two statements for a
 * page of rows, and one promise per row rather than one per grid of its path.
 */
function gridPaths(db: DataSource) {
  const read = async (ids: readonly string[]) =>
    decodeRows(await db.query(GRIDS_SQL, [ids]), { id: text, name: text, path: textArray });
  return new DataLoader<string, string[]>(async (ids) => {
    const cells = new Map((await read(ids)).map((grid) => [grid.id, grid]));
    const names = new Map([...cells.values()].map((grid) => [grid.id, grid.name]));
    const ancestors = [...new Set([...cells.values()].flatMap((grid) => grid.path))].filter(
      (id) => !names.has(id),
    );
    if (ancestors.length > 0) for (const grid of await read(ancestors)) names.set(grid.id, grid.name);
    return ids.map((id) => cells.get(id)?.path.map((node) => names.get(node) ?? '?') ?? []);
  });
}

/** The loaders of the shared reference data: names, grids, contacts. */
function baseLoaders(db: DataSource) {
  return {
    departmentName: names(db, DEPARTMENT_NAMES_SQL),
    gridPath: gridPaths(db),
    userName: names(db, 'SELECT id, display_name AS name FROM app_user WHERE id = ANY($1::uuid[])'),
    enterpriseContact: byId<{ name: string; phone: string }>(async (ids) =>
      decodeRows(
        await db.query(
          'SELECT id, contact_name AS name, contact_phone AS phone FROM enterprise WHERE id = ANY($1::uuid[])',
          [ids],
        ),
        { id: text, name: text, phone: text },
      ),
    ),
    gridEnterpriseCount: new DataLoader<string, number>(async (ids) => {
      const rows = decodeRows(
        await db.query(
          `SELECT g.id, count(e.id)::int AS count FROM unnest($1::uuid[]) AS g(id)
             LEFT JOIN enterprise e ON e.grid_path @> ARRAY[g.id] GROUP BY g.id`,
          [ids],
        ),
        { id: text, count: int },
      );
      const byKey = new Map(rows.map((row) => [row.id, row.count]));
      return ids.map((id) => byKey.get(id) ?? 0);
    }),
    gridHeads: new DataLoader<string, { id: string; displayName: string; mobile: string | null }[]>(
      async (ids) => {
        const rows = decodeRows(
          await db.query(
            `SELECT id, display_name AS "displayName", mobile, grid_id AS "gridId" FROM app_user
              WHERE grid_id = ANY($1::uuid[]) AND 'GRID_HEAD' = ANY(roles) AND active ORDER BY display_name`,
            [ids],
          ),
          { id: text, displayName: text, mobile: nullable(text), gridId: text },
        );
        return ids.map((id) =>
          rows
            .filter((row) => row.gridId === id)
            .map(({ id, displayName, mobile }) => ({ id, displayName, mobile })),
        );
      },
    ),
  };
}

/**
 * Every loader by name. A domain with loaders of its own adds them to this interface (declaration
 * merging), so that common/ need not import the domain.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- domains merge into it
export interface Loaders extends ReturnType<typeof baseLoaders> {}

/** A domain's loader factory; the GraphQL layer passes the factories of the domains it serves. */
export type LoaderFactory = (db: DataSource) => Partial<Loaders>;

/**
 * Per-request batch loaders: a list of N rows that shows a related name costs one extra query,
 * not N (no N+1).
 */
export function createLoaders(db: DataSource, factories: readonly LoaderFactory[]): Loaders {
  // Each factory contributes the part of `Loaders` its domain declared.
  return Object.assign(baseLoaders(db), ...factories.map((factory) => factory(db))) as Loaders;
}
