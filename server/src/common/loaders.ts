import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';

export const DEPARTMENT_NAMES_SQL = 'SELECT id, name FROM department WHERE id = ANY($1::uuid[])';

/**
 * Per-request batch loaders: a list of N rows that shows a related name costs one extra query,
 * not N (no N+1).
 */
export function createLoaders(db: DataSource) {
  return {
    departmentName: new DataLoader<string, string | null>(async (ids) => {
      const rows: { id: string; name: string }[] = await db.query(DEPARTMENT_NAMES_SQL, [ids]);
      const byId = new Map(rows.map((row) => [row.id, row.name]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
