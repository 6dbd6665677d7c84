import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { AppError } from '../../common/app-error.js';
import { Clock } from '../../common/clock.js';
import { violatedUnique } from '../../common/db-errors.js';
import type { Viewer } from '../../common/gql-context.js';
import { AuditService } from '../audit/index.js';
import type { DepartmentInput } from './directory.inputs.js';
import { DEPARTMENT_INSERT, DEPARTMENT_ROW } from './directory-rows.js';
import type { DepartmentType } from './directory.types.js';

const COLUMNS = DEPARTMENT_ROW.select;

/** 职能部门. Never deleted: a department that held cases keeps its history, so it is deactivated. */
@Injectable()
export class DepartmentsService {
  constructor(
    private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async list(includeInactive: boolean): Promise<DepartmentType[]> {
    return DEPARTMENT_ROW.decodeAll(
      await this.db.query(`SELECT ${COLUMNS} FROM department WHERE $1 OR active ORDER BY kind, name`, [
        includeInactive,
      ]),
    );
  }

  async create(viewer: Viewer, input: DepartmentInput): Promise<DepartmentType> {
    return this.db.transaction(async (manager) => {
      const [department] = DEPARTMENT_ROW.decodeAll(
        await manager
          .query(
            `INSERT INTO ${DEPARTMENT_INSERT}
           VALUES ($1, $2, $3, $4, $5, $5) RETURNING ${COLUMNS}`,
            [
              input.name.trim(),
              input.shortName.trim(),
              input.kind,
              input.contactPhone?.trim() || null,
              this.clock.now(),
            ],
          )
          .catch(nameTaken),
      );
      await this.audit.recordChange(
        manager,
        viewer,
        'DEPARTMENT_CREATED',
        { type: 'department', id: department.id },
        null,
        department,
      );
      return department;
    });
  }

  async update(viewer: Viewer, id: string, input: DepartmentInput, version: number): Promise<DepartmentType> {
    return this.change(viewer, id, 'DEPARTMENT_UPDATED', async (manager) =>
      DEPARTMENT_ROW.decodeChanged(
        await manager
          .query(
            `UPDATE department SET name = $2, short_name = $3, kind = $4, contact_phone = $5, version = version + 1, updated_at = $7
            WHERE id = $1 AND version = $6 RETURNING ${COLUMNS}`,
            [
              id,
              input.name.trim(),
              input.shortName.trim(),
              input.kind,
              input.contactPhone?.trim() || null,
              version,
              this.clock.now(),
            ],
          )
          .catch(nameTaken),
      ),
    );
  }

  setActive(viewer: Viewer, id: string, active: boolean): Promise<DepartmentType> {
    return this.change(
      viewer,
      id,
      active ? 'DEPARTMENT_ACTIVATED' : 'DEPARTMENT_DEACTIVATED',
      async (manager) =>
        DEPARTMENT_ROW.decodeChanged(
          await manager.query(
            `UPDATE department SET active = $2, version = version + 1, updated_at = $3 WHERE id = $1 RETURNING ${COLUMNS}`,
            [id, active, this.clock.now()],
          ),
        ),
    );
  }

  private change(
    viewer: Viewer,
    id: string,
    action: string,
    update: (manager: EntityManager) => Promise<DepartmentType[]>,
  ): Promise<DepartmentType> {
    return this.db.transaction(async (manager) => {
      const [before] = DEPARTMENT_ROW.decodeAll(
        await manager.query(`SELECT ${COLUMNS} FROM department WHERE id = $1`, [id]),
      );
      if (!before) throw new AppError('NOT_FOUND');
      const [after] = await update(manager);
      if (!after) throw new AppError('CONFLICT');
      await this.audit.recordChange(manager, viewer, action, { type: 'department', id }, before, after);
      return after;
    });
  }
}

function nameTaken(error: unknown): never {
  if (violatedUnique(error) !== null) throw AppError.validation({ field: 'name', rule: 'taken' });
  throw error;
}
