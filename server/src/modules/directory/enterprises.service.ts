import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { AppError } from '../../common/app-error.js';
import { Clock } from '../../common/clock.js';
import { violatedUnique } from '../../common/db-errors.js';
import type { Viewer } from '../../common/gql-context.js';
import { decodeCursor, encodeCursor, pageSize } from '../../common/keyset.js';
import { AuditService } from '../audit/index.js';
import type { EnterpriseContactInput, EnterpriseInput, EnterprisePageArgs } from './directory.inputs.js';
import { ENTERPRISE_COLUMNS, ENTERPRISE_INSERT, ENTERPRISE_ROW } from './directory-rows.js';
import type { EnterprisePage, EnterpriseType } from './directory.types.js';
import { directoryScope, seesWholeDirectory } from './directory-scope.js';
import { enterpriseNameContains } from './enterprise-name.js';
import { GridsService } from './grids.service.js';

/**
 * One page of the enterprise directory as SQL, with only the conditions in use so that each
 * filter meets its index. The viewer's scope (`directoryScope`) and `filter.gridId`, the subtree
 * the user picked, both apply. The benchmark's bare baseline runs the same SQL.
 */
export function enterprisePageQuery(args: EnterprisePageArgs, viewer: Viewer) {
  const limit = pageSize(args.first);
  const byName = args.sort === 'NAME';
  const cursor = decodeCursor(args.after, [byName ? 'text' : 'timestamp', 'uuid']);
  const params: unknown[] = [];
  const where: string[] = [];
  const add = (value: unknown) => {
    params.push(value);
    return `$${params.length}`;
  };
  const filter = args.filter ?? {};
  const scope = directoryScope(viewer, add);
  if (scope !== 'TRUE') where.push(scope);
  if (filter.gridId) where.push(`grid_path @> ARRAY[${add(filter.gridId)}::uuid]`);
  if (filter.industry) where.push(`industry = ${add(filter.industry)}`);
  if (filter.scale) where.push(`scale = ${add(filter.scale)}`);
  if (filter.status) where.push(`status = ${add(filter.status)}`);
  const keyword = filter.keyword?.trim();
  if (keyword) {
    where.push(
      `(${enterpriseNameContains('name', `lower(${add(keyword)})`)} OR credit_code = ${add(keyword.toUpperCase())})`,
    );
  }
  if (cursor) {
    where.push(
      byName
        ? `(name, id) > (${add(cursor[0])}, ${add(cursor[1])}::uuid)`
        : `(created_at, id) < (${add(cursor[0])}::timestamptz, ${add(cursor[1])}::uuid)`,
    );
  }
  const sql = `SELECT ${ENTERPRISE_COLUMNS} FROM enterprise
    ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
    ORDER BY ${byName ? 'name, id' : 'created_at DESC, id DESC'}
    LIMIT ${add(limit + 1)}`;
  return { sql, params, limit, byName };
}

@Injectable()
export class EnterprisesService {
  constructor(
    private readonly db: DataSource,
    private readonly grids: GridsService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async list(viewer: Viewer, args: EnterprisePageArgs): Promise<EnterprisePage> {
    const { sql, params, limit, byName } = enterprisePageQuery(args, viewer);
    const rows = ENTERPRISE_ROW.decodeAll(await this.db.query(sql, params));
    const items = rows.slice(0, limit);
    const last = items[items.length - 1];
    return {
      items,
      nextCursor:
        rows.length > limit
          ? encodeCursor(byName ? [last.name, last.id] : [last.createdAt.toISOString(), last.id])
          : null,
    };
  }

  /** One enterprise, or NOT_FOUND when it is outside the viewer's scope (no hint that it exists). */
  async get(viewer: Viewer, id: string, manager: EntityManager = this.db.manager): Promise<EnterpriseType> {
    const params: unknown[] = [id];
    const add = (value: unknown) => `$${params.push(value)}`;
    const [enterprise] = ENTERPRISE_ROW.decodeAll(
      await manager.query(
        `SELECT ${ENTERPRISE_COLUMNS} FROM enterprise WHERE id = $1 AND ${directoryScope(viewer, add)}`,
        params,
      ),
    );
    if (!enterprise) throw new AppError('NOT_FOUND');
    return enterprise;
  }

  async create(viewer: Viewer, input: EnterpriseInput): Promise<EnterpriseType> {
    return this.db.transaction(async (manager) => {
      const grid = await this.grids.requireCell(input.gridId, manager);
      const [enterprise] = ENTERPRISE_ROW.decodeAll(
        await manager
          .query(
            `INSERT INTO ${ENTERPRISE_INSERT}
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $12) RETURNING ${ENTERPRISE_COLUMNS}`,
            [
              input.name.trim(),
              input.creditCode.trim(),
              input.legalRepresentative.trim(),
              input.industry,
              input.scale,
              input.status,
              input.address.trim(),
              grid.id,
              grid.path,
              input.contactName.trim(),
              input.contactPhone,
              this.clock.now(),
            ],
          )
          .catch(creditCodeTaken),
      );
      await this.audit.recordChange(
        manager,
        viewer,
        'ENTERPRISE_CREATED',
        { type: 'enterprise', id: enterprise.id },
        null,
        enterprise,
      );
      return enterprise;
    });
  }

  /** Office and administrator edit every field; grid heads only enterprises of their subtree. */
  async update(viewer: Viewer, id: string, input: EnterpriseInput, version: number): Promise<EnterpriseType> {
    return this.db.transaction(async (manager) => {
      const before = await this.get(viewer, id, manager);
      const grid = await this.grids.requireCell(input.gridId, manager);
      // Someone who sees only a subtree may not move an enterprise out of it.
      if (!seesWholeDirectory(viewer) && !(viewer.gridId && grid.path.includes(viewer.gridId)))
        throw AppError.validation({ field: 'gridId', rule: 'gridLevel' });
      const [after] = ENTERPRISE_ROW.decodeChanged(
        await manager
          .query(
            `UPDATE enterprise SET name = $2, credit_code = $3, legal_representative = $4, industry = $5, scale = $6, status = $7,
                  address = $8, grid_id = $9, grid_path = $10, contact_name = $11, contact_phone = $12,
                  version = version + 1, updated_at = $14
            WHERE id = $1 AND version = $13 RETURNING ${ENTERPRISE_COLUMNS}`,
            [
              id,
              input.name.trim(),
              input.creditCode.trim(),
              input.legalRepresentative.trim(),
              input.industry,
              input.scale,
              input.status,
              input.address.trim(),
              grid.id,
              grid.path,
              input.contactName.trim(),
              input.contactPhone,
              version,
              this.clock.now(),
            ],
          )
          .catch(creditCodeTaken),
      );
      if (!after) throw new AppError('CONFLICT');
      await this.audit.recordChange(
        manager,
        viewer,
        'ENTERPRISE_UPDATED',
        { type: 'enterprise', id },
        before,
        after,
      );
      return after;
    });
  }

  /** An enterprise's own accounts may change only how to reach it. */
  async updateContact(
    viewer: Viewer,
    id: string,
    input: EnterpriseContactInput,
    version: number,
  ): Promise<EnterpriseType> {
    return this.db.transaction(async (manager) => {
      const before = await this.get(viewer, id, manager);
      const [after] = ENTERPRISE_ROW.decodeChanged(
        await manager.query(
          `UPDATE enterprise SET contact_name = $2, contact_phone = $3, address = $4, version = version + 1, updated_at = $6
            WHERE id = $1 AND version = $5 RETURNING ${ENTERPRISE_COLUMNS}`,
          [id, input.contactName.trim(), input.contactPhone, input.address.trim(), version, this.clock.now()],
        ),
      );
      if (!after) throw new AppError('CONFLICT');
      await this.audit.recordChange(
        manager,
        viewer,
        'ENTERPRISE_CONTACT_UPDATED',
        { type: 'enterprise', id },
        before,
        after,
      );
      return after;
    });
  }
}

function creditCodeTaken(error: unknown): never {
  if (violatedUnique(error) !== null) throw AppError.validation({ field: 'creditCode', rule: 'taken' });
  throw error;
}
