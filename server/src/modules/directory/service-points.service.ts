import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { SERVICE_POINT_KIND_OF_LEVEL } from '@gridbridge/shared';
import { AppError } from '../../common/app-error.js';
import { Clock } from '../../common/clock.js';
import type { Viewer } from '../../common/gql-context.js';
import { AuditService } from '../audit/index.js';
import { decodeChangedRows, decodeRows, text } from '../../database/rows.js';
import type { ServicePointInput } from './directory.inputs.js';
import { SERVICE_POINT_INSERT, SERVICE_POINT_ROW } from './directory-rows.js';
import type { ServicePointType } from './directory.types.js';
import { GridsService } from './grids.service.js';

const COLUMNS = SERVICE_POINT_ROW.select;

/** 便民服务中心/站: one per level-1 grid (centre) and per level-2 grid (station). */
@Injectable()
export class ServicePointsService {
  constructor(
    private readonly db: DataSource,
    private readonly grids: GridsService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /** What anyone may look up on the portal: active points, by keyword over name, address, services and grid. */
  async list(options: { keyword?: string | null; includeInactive: boolean }): Promise<ServicePointType[]> {
    const keyword = options.keyword?.trim() || null;
    return SERVICE_POINT_ROW.decodeAll(
      await this.db.query(
        `SELECT ${COLUMNS} FROM service_point sp JOIN grid g ON g.id = sp.grid_id
        WHERE ($1 OR sp.active)
          AND ($2::text IS NULL OR sp.name ILIKE '%' || $2 || '%' OR sp.address ILIKE '%' || $2 || '%'
               OR g.name ILIKE '%' || $2 || '%' OR array_to_string(sp.services, ' ') ILIKE '%' || $2 || '%')
        ORDER BY g.code, sp.name`,
        [options.includeInactive, keyword],
      ),
    );
  }

  async save(
    viewer: Viewer,
    id: string | null,
    input: ServicePointInput,
    version?: number,
  ): Promise<ServicePointType> {
    return this.db.transaction(async (manager) => {
      const grid = await this.grids.get(input.gridId, manager).catch(() => null);
      if (!grid || grid.level === 3) throw AppError.validation({ field: 'gridId', rule: 'gridLevel' });
      const kind = SERVICE_POINT_KIND_OF_LEVEL[grid.level as 1 | 2];
      const values = [
        input.gridId,
        kind,
        input.name.trim(),
        input.address.trim(),
        input.phone.trim(),
        input.openingHours.trim(),
        input.services.map((s) => s.trim()).filter(Boolean),
      ];
      const select = async (pointId: string) =>
        SERVICE_POINT_ROW.decodeAll(
          await manager.query(`SELECT ${COLUMNS} FROM service_point sp WHERE sp.id = $1`, [pointId]),
        )[0];
      if (!id) {
        const [{ id: created }] = decodeRows(
          await manager.query(
            `INSERT INTO ${SERVICE_POINT_INSERT}
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8) RETURNING id`,
            [...values, this.clock.now()],
          ),
          { id: text },
        );
        const after = await select(created);
        await this.audit.recordChange(
          manager,
          viewer,
          'SERVICE_POINT_CREATED',
          { type: 'service_point', id: created },
          null,
          after,
        );
        return after;
      }
      const before = await select(id);
      if (!before) throw new AppError('NOT_FOUND');
      const [updated] = decodeChangedRows(
        await manager.query(
          `UPDATE service_point SET grid_id = $1, kind = $2, name = $3, address = $4, phone = $5, opening_hours = $6,
                  services = $7, version = version + 1, updated_at = $10
            WHERE id = $8 AND version = $9 RETURNING id`,
          [...values, id, version, this.clock.now()],
        ),
        { id: text },
      );
      if (!updated) throw new AppError('CONFLICT');
      const after = await select(id);
      await this.audit.recordChange(
        manager,
        viewer,
        'SERVICE_POINT_UPDATED',
        { type: 'service_point', id },
        before,
        after,
      );
      return after;
    });
  }

  async setActive(viewer: Viewer, id: string, active: boolean): Promise<ServicePointType> {
    return this.db.transaction(async (manager) => {
      const [row] = decodeChangedRows(
        await manager.query(
          'UPDATE service_point SET active = $2, version = version + 1, updated_at = $3 WHERE id = $1 RETURNING id',
          [id, active, this.clock.now()],
        ),
        { id: text },
      );
      if (!row) throw new AppError('NOT_FOUND');
      const [after] = SERVICE_POINT_ROW.decodeAll(
        await manager.query(`SELECT ${COLUMNS} FROM service_point sp WHERE sp.id = $1`, [id]),
      );
      await this.audit.recordChange(
        manager,
        viewer,
        active ? 'SERVICE_POINT_ACTIVATED' : 'SERVICE_POINT_DEACTIVATED',
        { type: 'service_point', id },
        null,
        after,
      );
      return after;
    });
  }
}
