import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AppError } from '../../common/app-error.js';
import type { Viewer } from '../../common/gql-context.js';
import { decodeCursor, encodeCursor, pageSize } from '../../common/keyset.js';
import { AuditService } from '../audit/audit.service.js';
import { SessionService } from '../auth/session.service.js';
import type { UserPage, UserType } from './user.type.js';

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
  const sql = `SELECT id, username, display_name AS "displayName", mobile, roles, active,
          department_id AS "departmentId", created_at AS "createdAt"
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
  ) {}

  /** Newest first, keyset-paginated on (created_at, id). */
  async list(first: number, after?: string | null, keyword?: string | null): Promise<UserPage> {
    const limit = pageSize(first);
    const cursor = decodeCursor(after, 2);
    const { sql, params } = userPageQuery({ cursor, keyword: keyword?.trim() || null, limit: limit + 1 });
    const rows: UserType[] = await this.db.query(sql, params);
    const items = rows.slice(0, limit);
    const last = items[items.length - 1];
    return {
      items,
      nextCursor: rows.length > limit ? encodeCursor([last.createdAt.toISOString(), last.id]) : null,
    };
  }

  /** Deactivation ends the user's sessions in the same transaction, so it takes effect at once. */
  async setActive(viewer: Viewer, userId: string, active: boolean): Promise<UserType> {
    return this.db.transaction(async (manager) => {
      // TypeORM returns [rows, count] for UPDATE … RETURNING.
      const [[user]]: [UserType[], number] = await manager.query(
        `UPDATE app_user SET active = $2, updated_at = now(), version = version + 1 WHERE id = $1
         RETURNING id, username, display_name AS "displayName", mobile, roles, active,
                   department_id AS "departmentId", created_at AS "createdAt"`,
        [userId, active],
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
