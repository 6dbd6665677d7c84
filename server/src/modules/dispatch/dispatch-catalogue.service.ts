import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { CASE_CATEGORY_CODES, type CaseCategory } from '@gridbridge/shared';
import { AppError } from '../../common/app-error.js';
import { Clock } from '../../common/clock.js';
import { violatedUnique } from '../../common/db-errors.js';
import type { Viewer } from '../../common/gql-context.js';
import { AuditService } from '../audit/index.js';
import type { DispatchMatterInput, DispatchMatterType } from './dispatch.types.js';

/*
 * One matter with its departments as one row: the lead and the co-departments are aggregated in
 * SQL, so a list of the whole catalogue is one query. Categories sort in their vocabulary order.
 */
const DEPARTMENT_JSON = `json_build_object('id', d.id, 'name', d.name, 'shortName', d.short_name, 'active', d.active)`;
const MATTER_SELECT = `
  SELECT m.id, m.category, m.name, m.description, m.keywords, m.updated_at AS "updatedAt", m.version,
         (SELECT ${DEPARTMENT_JSON} FROM dispatch_matter_department md JOIN department d ON d.id = md.department_id
           WHERE md.matter_id = m.id AND md.role = 'LEAD') AS lead,
         COALESCE((SELECT json_agg(${DEPARTMENT_JSON} ORDER BY d.name, d.id)
                     FROM dispatch_matter_department md JOIN department d ON d.id = md.department_id
                    WHERE md.matter_id = m.id AND md.role = 'CO'), '[]'::json) AS co
    FROM dispatch_matter m`;
const CATEGORY_ORDER = `array_position($1::text[], m.category)`;

/** The dispatch catalogue 派单目录 (docs/dispatch.md#the-catalogue), kept by the office leader. */
@Injectable()
export class DispatchCatalogueService {
  constructor(
    private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  list(category: CaseCategory | null): Promise<DispatchMatterType[]> {
    return this.db.query(
      `${MATTER_SELECT} WHERE $2::text IS NULL OR m.category = $2 ORDER BY ${CATEGORY_ORDER}, m.name, m.id`,
      [CASE_CATEGORY_CODES, category],
    );
  }

  create(viewer: Viewer, input: DispatchMatterInput): Promise<DispatchMatterType> {
    return this.db.transaction(async (manager) => {
      const data = await this.#checked(manager, input);
      const [{ id }]: { id: string }[] = await manager
        .query(
          `INSERT INTO dispatch_matter (category, name, description, keywords, created_at, updated_at)
           VALUES ($1, $2, $3, $4, $5, $5) RETURNING id`,
          [data.category, data.name, data.description, data.keywords, this.clock.now()],
        )
        .catch(nameTaken);
      await this.#writeDepartments(manager, id, data);
      const after = await this.#read(manager, id);
      await this.#audit(manager, viewer, 'DISPATCH_MATTER_CREATED', id, null, after);
      return after;
    });
  }

  update(
    viewer: Viewer,
    id: string,
    input: DispatchMatterInput,
    version: number,
  ): Promise<DispatchMatterType> {
    return this.db.transaction(async (manager) => {
      const before = await this.#lockedAt(manager, id, version);
      const data = await this.#checked(manager, input);
      await manager
        .query(
          `UPDATE dispatch_matter SET category = $2, name = $3, description = $4, keywords = $5,
                  version = version + 1, updated_at = $6 WHERE id = $1`,
          [id, data.category, data.name, data.description, data.keywords, this.clock.now()],
        )
        .catch(nameTaken);
      await manager.query('DELETE FROM dispatch_matter_department WHERE matter_id = $1', [id]);
      await this.#writeDepartments(manager, id, data);
      const after = await this.#read(manager, id);
      await this.#audit(manager, viewer, 'DISPATCH_MATTER_UPDATED', id, before, after);
      return after;
    });
  }

  remove(viewer: Viewer, id: string, version: number): Promise<boolean> {
    return this.db.transaction(async (manager) => {
      const before = await this.#lockedAt(manager, id, version);
      await manager.query('DELETE FROM dispatch_matter WHERE id = $1', [id]);
      await this.#audit(manager, viewer, 'DISPATCH_MATTER_REMOVED', id, before, null);
      return true;
    });
  }

  /** The matter as last read, locked for the change; NOT_FOUND when gone, CONFLICT when changed since. */
  async #lockedAt(manager: EntityManager, id: string, version: number): Promise<DispatchMatterType> {
    const [row]: { version: number }[] = await manager.query(
      'SELECT version FROM dispatch_matter WHERE id = $1 FOR UPDATE',
      [id],
    );
    if (!row) throw new AppError('NOT_FOUND');
    if (row.version !== version) throw new AppError('CONFLICT');
    return this.#read(manager, id);
  }

  async #read(manager: EntityManager, id: string): Promise<DispatchMatterType> {
    const [matter]: DispatchMatterType[] = await manager.query(`${MATTER_SELECT} WHERE m.id = $1`, [id]);
    return matter;
  }

  /**
   * The input as stored: texts trimmed, keywords without blanks or repeats. The departments must
   * exist and be active, and the lead cannot also be a co-department; each problem names its field.
   */
  async #checked(manager: EntityManager, input: DispatchMatterInput) {
    const keywords = [...new Set(input.keywords.map((word) => word.trim()).filter(Boolean))];
    const co = [...new Set(input.coDepartmentIds)];
    const ids = [input.leadDepartmentId, ...co];
    const active: { id: string }[] = await manager.query(
      'SELECT id FROM department WHERE id = ANY($1::uuid[]) AND active',
      [ids],
    );
    const known = new Set(active.map((row) => row.id));
    const problems = [];
    if (!input.name.trim()) problems.push({ field: 'name', rule: 'required' as const });
    if (!known.has(input.leadDepartmentId))
      problems.push({ field: 'leadDepartmentId', rule: 'notFound' as const });
    const badCo = co.findIndex((id) => !known.has(id));
    if (badCo >= 0) problems.push({ field: `coDepartmentIds.${badCo}`, rule: 'notFound' as const });
    if (co.includes(input.leadDepartmentId)) {
      problems.push({ field: 'coDepartmentIds', rule: 'notAllowedHere' as const });
    }
    if (problems.length > 0) throw AppError.validation(...problems);
    return {
      category: input.category,
      name: input.name.trim(),
      description: input.description.trim(),
      keywords,
      lead: input.leadDepartmentId,
      co,
    };
  }

  #writeDepartments(
    manager: EntityManager,
    id: string,
    data: { lead: string; co: string[] },
  ): Promise<unknown> {
    return manager.query(
      `INSERT INTO dispatch_matter_department (matter_id, department_id, role)
       SELECT $1, department_id, CASE WHEN department_id = $2 THEN 'LEAD' ELSE 'CO' END
         FROM unnest($3::uuid[]) AS department_id`,
      [id, data.lead, [data.lead, ...data.co]],
    );
  }

  #audit(
    manager: EntityManager,
    viewer: Viewer,
    action: string,
    id: string,
    before: DispatchMatterType | null,
    after: DispatchMatterType | null,
  ): Promise<void> {
    return this.audit.recordChange(manager, viewer, action, { type: 'dispatch_matter', id }, before, after);
  }
}

function nameTaken(error: unknown): never {
  if (violatedUnique(error) !== null) throw AppError.validation({ field: 'name', rule: 'taken' });
  throw error;
}
