import { Logger } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { hashPassword } from '../auth/password.js';
import { DEMO_ACCOUNTS, DEMO_DEPARTMENTS, DEMO_ENTERPRISE, DEMO_GRIDS, DEMO_PASSWORD } from './demo-data.js';

/**
 * Loads the demo district. Idempotent: every insert is keyed on a natural unique value, so a
 * second run adds nothing.
 */
export async function seedDemo(manager: EntityManager): Promise<void> {
  const [{ count }]: { count: string }[] = await manager.query(
    'SELECT count(*) FROM app_user WHERE username = ANY($1)',
    [DEMO_ACCOUNTS.map((account) => account.username)],
  );
  if (Number(count) === DEMO_ACCOUNTS.length) return;

  for (const name of DEMO_DEPARTMENTS) {
    await manager.query('INSERT INTO department (name) VALUES ($1) ON CONFLICT (name) DO NOTHING', [name]);
  }
  const gridIds = new Map<string, string>();
  for (const grid of DEMO_GRIDS) {
    const parentId = grid.parent ? gridIds.get(grid.parent)! : null;
    const [existing]: { id: string }[] = await manager.query(
      'SELECT id FROM grid WHERE name = $1 AND parent_id IS NOT DISTINCT FROM $2',
      [grid.name, parentId],
    );
    const [row]: { id: string }[] = existing
      ? [existing]
      : await manager.query('INSERT INTO grid (name, level, parent_id) VALUES ($1, $2, $3) RETURNING id', [
          grid.name,
          grid.level,
          parentId,
        ]);
    gridIds.set(grid.key, row.id);
  }
  await manager.query(
    `INSERT INTO enterprise (name, credit_code, grid_id) VALUES ($1, $2, $3) ON CONFLICT (credit_code) DO NOTHING`,
    [DEMO_ENTERPRISE.name, DEMO_ENTERPRISE.creditCode, gridIds.get(DEMO_ENTERPRISE.grid)],
  );
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  for (const account of DEMO_ACCOUNTS) {
    await manager.query(
      `INSERT INTO app_user (username, display_name, mobile, password_hash, roles, department_id, grid_id, enterprise_id)
       VALUES ($1, $2, $3, $4, $5,
               (SELECT id FROM department WHERE name = $6),
               $7,
               (SELECT id FROM enterprise WHERE credit_code = $8))
       ON CONFLICT (username) DO NOTHING`,
      [
        account.username,
        account.displayName,
        account.mobile,
        passwordHash,
        account.roles,
        account.department ?? null,
        account.grid ? gridIds.get(account.grid) : null,
        account.enterprise ? DEMO_ENTERPRISE.creditCode : null,
      ],
    );
  }
  new Logger('Demo').log(`Demo district loaded: ${DEMO_ACCOUNTS.length} accounts, password ${DEMO_PASSWORD}`);
}
