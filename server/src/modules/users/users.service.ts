import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AppError } from '../../common/app-error.js';
import { Clock } from '../../common/clock.js';
import type { Viewer } from '../../common/gql-context.js';
import { decodeCursor, encodeCursor, pageSize } from '../../common/keyset.js';
import { AuditService } from '../audit/index.js';
import { SessionService } from '../auth/index.js';
import { violatedUnique } from '../../common/db-errors.js';
import { hashPassword } from '../auth/index.js';
import { SignInAttempts } from '../auth/index.js';
import type { NewUserInput, UserInput } from './users.inputs.js';
import type { UserPage, UserType } from './user.type.js';
import { USER_ROW } from './user-rows.js';

const USER_COLUMNS = USER_ROW.select;

/** Each role's organisation must be named: a department handler without a department could see nothing. */
function organisationProblems(input: UserInput) {
  const needs = [
    {
      field: 'departmentId',
      needed: input.roles.some((r) => r === 'DEPT_STAFF' || r === 'DEPT_LEADER'),
      value: input.departmentId,
    },
    { field: 'gridId', needed: input.roles.includes('GRID_HEAD'), value: input.gridId },
    { field: 'enterpriseId', needed: input.roles.includes('ENTERPRISE'), value: input.enterpriseId },
  ];
  return needs
    .filter((n) => n.needed && !n.value)
    .map((n) => ({ field: n.field, rule: 'required' as const }));
}

// The generated name of app_user's unique constraint on mobile (Foundation migration).
const MOBILE_UNIQUE = 'UQ_098fc4e5f7f5e53b58eaefd3adc';

function accountTaken(error: unknown): never {
  const constraint = violatedUnique(error);
  if (constraint !== null)
    throw AppError.validation({ field: constraint === MOBILE_UNIQUE ? 'mobile' : 'username', rule: 'taken' });
  throw error;
}

/**
 * The SQL of one page of the user list, built with only the conditions in use so that PostgreSQL
 * walks the (created_at, id) index instead of scanning. The benchmark's bare baseline runs it too.
 */
export function userPageQuery(options: {
  cursor: (string | number)[] | null;
  keyword: string | null;
  limit: number;
}) {
  const params: unknown[] = [];
  const where: string[] = [];
  if (options.cursor) {
    params.push(options.cursor[0], options.cursor[1]);
    where.push(`(created_at, id) < ($${params.length - 1}::timestamptz, $${params.length}::uuid)`);
  }
  if (options.keyword) {
    params.push(`%${options.keyword.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
    where.push(`(username ILIKE $${params.length} OR display_name ILIKE $${params.length})`);
  }
  params.push(options.limit);
  const sql = `SELECT ${USER_COLUMNS}
     FROM app_user ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
    ORDER BY created_at DESC, id DESC
    LIMIT $${params.length}`;
  return { sql, params };
}

@Injectable()
export class UsersService {
  constructor(
    private readonly db: DataSource,
    private readonly sessions: SessionService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly attempts: SignInAttempts,
  ) {}

  /** Newest first, keyset-paginated on (created_at, id). */
  async list(first: number, after?: string | null, keyword?: string | null): Promise<UserPage> {
    const limit = pageSize(first);
    const cursor = decodeCursor(after, ['timestamp', 'uuid']);
    const { sql, params } = userPageQuery({ cursor, keyword: keyword?.trim() || null, limit: limit + 1 });
    const rows = USER_ROW.decodeAll(await this.db.query(sql, params));
    const items = rows.slice(0, limit);
    const last = items[items.length - 1];
    return {
      items,
      nextCursor: rows.length > limit ? encodeCursor([last.createdAt.toISOString(), last.id]) : null,
    };
  }

  /** Accounts created by the administrator must change their password at first sign-in (docs/roles-and-scope.md#sign-in-and-sessions). */
  async create(viewer: Viewer, input: NewUserInput): Promise<UserType> {
    const problems = organisationProblems(input);
    if (problems.length) throw AppError.validation(...problems);
    const passwordHash = await hashPassword(input.password);
    return this.db.transaction(async (manager) => {
      const [user] = USER_ROW.decodeAll(
        await manager
          .query(
            `INSERT INTO app_user (username, display_name, mobile, password_hash, roles, department_id, grid_id, enterprise_id,
             email, must_change_password, created_at, updated_at)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, true, $10, $10) RETURNING ${USER_COLUMNS}`,
            [
              input.username.trim(),
              input.displayName.trim(),
              input.mobile || null,
              passwordHash,
              input.roles,
              input.departmentId || null,
              input.gridId || null,
              input.enterpriseId || null,
              input.email?.trim() || null,
              this.clock.now(),
            ],
          )
          .catch(accountTaken),
      );
      await this.audit.recordChange(
        manager,
        viewer,
        'USER_CREATED',
        { type: 'user', id: user.id },
        null,
        user,
      );
      return user;
    });
  }

  async update(viewer: Viewer, id: string, input: UserInput): Promise<UserType> {
    const problems = organisationProblems(input);
    if (problems.length) throw AppError.validation(...problems);
    return this.db.transaction(async (manager) => {
      const [before] = USER_ROW.decodeAll(
        await manager.query(`SELECT ${USER_COLUMNS} FROM app_user WHERE id = $1`, [id]),
      );
      if (!before) throw new AppError('NOT_FOUND');
      const [after] = USER_ROW.decodeChanged(
        await manager
          .query(
            `UPDATE app_user SET username = $2, display_name = $3, mobile = $4, roles = $5, department_id = $6, grid_id = $7,
                  enterprise_id = $8, email = $9, updated_at = $10, version = version + 1
            WHERE id = $1 RETURNING ${USER_COLUMNS}`,
            [
              id,
              input.username.trim(),
              input.displayName.trim(),
              input.mobile || null,
              input.roles,
              input.departmentId || null,
              input.gridId || null,
              input.enterpriseId || null,
              input.email?.trim() || null,
              this.clock.now(),
            ],
          )
          .catch(accountTaken),
      );
      // New roles or organisation: sessions opened under the old ones end.
      await this.sessions.endAllOf(manager, id);
      await this.audit.recordChange(manager, viewer, 'USER_UPDATED', { type: 'user', id }, before, after);
      return after;
    });
  }

  /** Sets a new password the user must change at next sign-in; their sessions end and a lock lifts. */
  async resetPassword(viewer: Viewer, id: string, password: string): Promise<UserType> {
    const passwordHash = await hashPassword(password);
    return this.db.transaction(async (manager) => {
      const [user] = USER_ROW.decodeChanged(
        await manager.query(
          `UPDATE app_user SET password_hash = $2, must_change_password = true,
                  updated_at = $3, version = version + 1
            WHERE id = $1 RETURNING ${USER_COLUMNS}`,
          [id, passwordHash, this.clock.now()],
        ),
      );
      if (!user) throw new AppError('NOT_FOUND');
      await this.attempts.clearAccount(manager, id);
      await this.sessions.endAllOf(manager, id);
      await this.audit.record(manager, {
        action: 'PASSWORD_RESET',
        actorId: viewer.userId,
        actorName: viewer.username,
        targetType: 'user',
        targetId: id,
      });
      return user;
    });
  }

  /** Deactivation ends the user's sessions in the same transaction, so it takes effect at once. */
  async setActive(viewer: Viewer, userId: string, active: boolean): Promise<UserType> {
    return this.db.transaction(async (manager) => {
      const [user] = USER_ROW.decodeChanged(
        await manager.query(
          `UPDATE app_user SET active = $2, updated_at = $3, version = version + 1 WHERE id = $1
           RETURNING ${USER_COLUMNS}`,
          [userId, active, this.clock.now()],
        ),
      );
      if (!user) throw new AppError('NOT_FOUND');
      if (!active) await this.sessions.endAllOf(manager, userId);
      await this.audit.record(manager, {
        action: active ? 'USER_ACTIVATED' : 'USER_DEACTIVATED',
        actorId: viewer.userId,
        actorName: viewer.username,
        targetType: 'user',
        targetId: userId,
      });
      return user;
    });
  }
}
