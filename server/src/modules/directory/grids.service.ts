import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { AppError } from '../../common/app-error.js';
import { Clock } from '../../common/clock.js';
import { violatedUnique } from '../../common/db-errors.js';
import type { Viewer } from '../../common/gql-context.js';
import { AuditService } from '../audit/index.js';
import { bool, decodeChangedRows, decodeRows, text } from '../../database/rows.js';
import type { GridInput } from './directory.inputs.js';
import { GRID_INSERT, GRID_ROW } from './directory-rows.js';
import type { GridType } from './directory.types.js';

const COLUMNS = GRID_ROW.select;

/** 网格: the district's three-level tree, maintained by the system administrator. */
@Injectable()
export class GridsService {
  constructor(
    private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async list(includeInactive: boolean): Promise<GridType[]> {
    return GRID_ROW.decodeAll(
      await this.db.query(`SELECT ${COLUMNS} FROM grid WHERE $1 OR active ORDER BY level, code`, [
        includeInactive,
      ]),
    );
  }

  async get(id: string, manager: EntityManager = this.db.manager): Promise<GridType> {
    const [grid] = GRID_ROW.decodeAll(await manager.query(`SELECT ${COLUMNS} FROM grid WHERE id = $1`, [id]));
    if (!grid) throw new AppError('NOT_FOUND');
    return grid;
  }

  /** A level-3 grid that may hold an enterprise, or a validation error on `field`. */
  async requireCell(gridId: string, manager: EntityManager, field = 'gridId'): Promise<GridType> {
    const [grid] = GRID_ROW.decodeAll(
      await manager.query(`SELECT ${COLUMNS} FROM grid WHERE id = $1 AND active`, [gridId]),
    );
    if (!grid || grid.level !== 3) throw AppError.validation({ field, rule: 'gridLevel' });
    return grid;
  }

  async create(viewer: Viewer, input: GridInput): Promise<GridType> {
    return this.db.transaction(async (manager) => {
      const parent = input.parentId ? await this.get(input.parentId, manager).catch(() => null) : null;
      if (input.parentId && (!parent || parent.level >= 3)) {
        throw AppError.validation({ field: 'parentId', rule: 'gridLevel' });
      }
      const id = randomUUID();
      // INSERT … RETURNING always returns the row.
      const grid = (await this.write(async () =>
        GRID_ROW.decodeAll(
          await manager.query(
            `INSERT INTO ${GRID_INSERT}
           VALUES ($1, $2, $3, $4, $5, $6, $7, $7) RETURNING ${COLUMNS}`,
            [
              id,
              input.name.trim(),
              input.code.trim(),
              (parent?.level ?? 0) + 1,
              parent?.id ?? null,
              [...(parent?.path ?? []), id],
              this.clock.now(),
            ],
          ),
        ),
      ))!;
      await this.audit.recordChange(manager, viewer, 'GRID_CREATED', { type: 'grid', id }, null, grid);
      return grid;
    });
  }

  async rename(viewer: Viewer, id: string, name: string, code: string, version: number): Promise<GridType> {
    return this.db.transaction(async (manager) => {
      const before = await this.get(id, manager);
      const after = await this.write(async () => {
        return GRID_ROW.decodeChanged(
          await manager.query(
            `UPDATE grid SET name = $2, code = $3, version = version + 1, updated_at = $5
              WHERE id = $1 AND version = $4 RETURNING ${COLUMNS}`,
            [id, name.trim(), code.trim(), version, this.clock.now()],
          ),
        );
      });
      if (!after) throw new AppError('CONFLICT');
      await this.audit.recordChange(manager, viewer, 'GRID_UPDATED', { type: 'grid', id }, before, after);
      return after;
    });
  }

  /**
   * Moves a grid under another parent of the level above it, rewriting the paths of its whole
   * subtree and of the enterprises in it, in one transaction.
   */
  async move(viewer: Viewer, id: string, parentId: string, version: number): Promise<GridType> {
    return this.db.transaction(async (manager) => {
      const before = await this.get(id, manager);
      const parent = await this.get(parentId, manager).catch(() => null);
      if (!parent || parent.level !== before.level - 1)
        throw AppError.validation({ field: 'parentId', rule: 'gridLevel' });
      const [moved] = decodeChangedRows(
        await manager.query(
          `UPDATE grid SET parent_id = $2, version = version + 1, updated_at = $4 WHERE id = $1 AND version = $3 RETURNING id`,
          [id, parentId, version, this.clock.now()],
        ),
        { id: text },
      );
      if (!moved) throw new AppError('CONFLICT');
      await manager.query(
        `UPDATE grid SET path = $2::uuid[] || path[array_position(path, $1::uuid) + 1:]
          WHERE path @> ARRAY[$1::uuid]`,
        [id, [...parent.path, id]],
      );
      await manager.query(
        `UPDATE enterprise e SET grid_path = g.path FROM grid g
          WHERE g.id = e.grid_id AND e.grid_path @> ARRAY[$1::uuid]`,
        [id],
      );
      const after = await this.get(id, manager);
      await this.audit.recordChange(manager, viewer, 'GRID_MOVED', { type: 'grid', id }, before, after);
      return after;
    });
  }

  async setActive(viewer: Viewer, id: string, active: boolean): Promise<GridType> {
    return this.db.transaction(async (manager) => {
      const before = await this.get(id, manager);
      await manager.query(
        'UPDATE grid SET active = $2, version = version + 1, updated_at = $3 WHERE id = $1',
        [id, active, this.clock.now()],
      );
      const after = await this.get(id, manager);
      await this.audit.recordChange(
        manager,
        viewer,
        active ? 'GRID_ACTIVATED' : 'GRID_DEACTIVATED',
        { type: 'grid', id },
        before,
        after,
      );
      return after;
    });
  }

  /** Removes an empty grid; one that still holds anything is refused and left as it was. */
  async remove(viewer: Viewer, id: string): Promise<boolean> {
    return this.db.transaction(async (manager) => {
      const before = await this.get(id, manager);
      const [{ busy }] = decodeRows(
        await manager.query(
          `SELECT EXISTS (SELECT 1 FROM grid WHERE parent_id = $1)
             OR EXISTS (SELECT 1 FROM enterprise WHERE grid_id = $1)
             OR EXISTS (SELECT 1 FROM service_point WHERE grid_id = $1)
             OR EXISTS (SELECT 1 FROM app_user WHERE grid_id = $1) AS busy`,
          [id],
        ),
        { busy: bool },
      );
      if (busy) throw new AppError('GRID_NOT_EMPTY');
      await manager.query('DELETE FROM grid WHERE id = $1', [id]);
      await this.audit.recordChange(manager, viewer, 'GRID_REMOVED', { type: 'grid', id }, before, null);
      return true;
    });
  }

  private async write(work: () => Promise<GridType[]>): Promise<GridType | undefined> {
    try {
      const [grid] = await work();
      return grid;
    } catch (error) {
      if (violatedUnique(error) === 'grid_code_key')
        throw AppError.validation({ field: 'code', rule: 'taken' });
      throw error;
    }
  }
}
