import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { App, Role } from '@gridbridge/shared';
import { Env } from '../../config/env.js';
import { AppError } from '../../common/app-error.js';
import { Clock } from '../../common/clock.js';
import type { GqlContext, Viewer } from '../../common/gql-context.js';
import { RateLimitService } from '../../common/rate-limit.service.js';
import { AuditService } from '../audit/audit.service.js';
import { hashPassword, verifyDecoy, verifyPassword } from './password.js';
import { APP_ROLES, SessionService } from './session.service.js';
import type { ViewerType } from './viewer.type.js';

interface Credentials {
  id: string;
  username: string;
  password_hash: string;
  roles: Role[];
  active: boolean;
  locked_minutes: number | null;
}

const OFFICE_NAME = '区优化办';

@Injectable()
export class AuthService {
  constructor(
    private readonly db: DataSource,
    private readonly env: Env,
    private readonly sessions: SessionService,
    private readonly audit: AuditService,
    private readonly rateLimit: RateLimitService,
    private readonly clock: Clock,
  ) {}

  /**
   * Sign-in with user name or mobile number (SPEC §8): a locked account is refused even with the
   * right password; the Nth failure locks it; each outcome is audited.
   */
  async login(ctx: GqlContext, identifier: string, password: string): Promise<ViewerType> {
    await this.rateLimit.consume(
      `login:${ctx.req.ip ?? 'unknown'}`,
      this.env.LOGIN_RATE_LIMIT_PER_MINUTE,
      60,
    );
    const [user]: Credentials[] = await this.db.query(
      `SELECT id, username, password_hash, roles, active,
              CASE WHEN locked_until > $2 THEN ceil(extract(epoch FROM locked_until - $2::timestamptz) / 60)::int END
                AS locked_minutes
         FROM app_user WHERE lower(username) = lower($1) OR mobile = $1 LIMIT 1`,
      [identifier.trim(), this.clock.now()],
    );
    const attempt = {
      actorId: user?.id ?? null,
      actorName: user?.username ?? null,
      details: { identifier, app: ctx.app },
    };
    if (!user) {
      await verifyDecoy(password);
      await this.audit.recordAlone({ action: 'LOGIN_FAILED', ...attempt });
      throw new AppError('INVALID_CREDENTIALS');
    }
    if (user.locked_minutes !== null) {
      await this.audit.recordAlone({ action: 'LOGIN_REFUSED_LOCKED', ...attempt });
      throw new AppError('ACCOUNT_LOCKED', { minutes: user.locked_minutes });
    }
    if (!(await verifyPassword(user.password_hash, password))) {
      await this.registerFailure(user, attempt);
    }
    if (!user.active) {
      await this.audit.recordAlone({ action: 'LOGIN_REFUSED_DISABLED', ...attempt });
      throw new AppError('ACCOUNT_DISABLED');
    }
    if (!user.roles.some((role) => APP_ROLES[ctx.app].includes(role))) {
      await this.audit.recordAlone({ action: 'LOGIN_REFUSED_WRONG_APP', ...attempt });
      throw new AppError(ctx.app === 'PORTAL' ? 'WRONG_APP_PORTAL' : 'WRONG_APP_ADMIN');
    }
    await this.db.transaction(async (manager) => {
      await manager.query('UPDATE app_user SET failed_login_count = 0 WHERE id = $1', [user.id]);
      const sessionId = await this.sessions.start(manager, user.id, ctx.app, ctx.req, ctx.res);
      await this.audit.record(manager, {
        action: 'LOGIN',
        ...attempt,
        targetType: 'session',
        targetId: sessionId,
      });
    });
    return this.viewerOf(user.id, ctx.app);
  }

  /** Counts a failure atomically (concurrent attempts cannot skip the lock) and locks at the limit. */
  private async registerFailure(user: Credentials, attempt: object): Promise<never> {
    const locked = await this.db.transaction(async (manager) => {
      // TypeORM returns [rows, count] for UPDATE … RETURNING.
      const [[row]]: [{ locked: boolean }[], number] = await manager.query(
        `UPDATE app_user SET
           failed_login_count = CASE WHEN failed_login_count + 1 >= $2 THEN 0 ELSE failed_login_count + 1 END,
           locked_until = CASE WHEN failed_login_count + 1 >= $2 THEN $4::timestamptz + make_interval(mins => $3)
                               ELSE locked_until END
         WHERE id = $1 RETURNING coalesce(locked_until > $4, false) AS locked`,
        [user.id, this.env.LOGIN_MAX_FAILURES, this.env.LOGIN_LOCK_MINUTES, this.clock.now()],
      );
      await this.audit.record(manager, {
        action: row.locked ? 'ACCOUNT_LOCKED' : 'LOGIN_FAILED',
        ...attempt,
      });
      return row.locked;
    });
    if (locked) throw new AppError('ACCOUNT_LOCKED', { minutes: this.env.LOGIN_LOCK_MINUTES });
    throw new AppError('INVALID_CREDENTIALS');
  }

  async logout(ctx: GqlContext, viewer: Viewer): Promise<boolean> {
    await this.db.transaction(async (manager) => {
      await this.sessions.end(manager, viewer.sessionId, ctx.app, ctx.res);
      await this.audit.record(manager, {
        action: 'LOGOUT',
        actorId: viewer.userId,
        actorName: viewer.username,
        targetType: 'session',
        targetId: viewer.sessionId,
      });
    });
    return true;
  }

  async changePassword(ctx: GqlContext, viewer: Viewer, currentPassword: string, newPassword: string) {
    const [user]: { password_hash: string }[] = await this.db.query(
      'SELECT password_hash FROM app_user WHERE id = $1',
      [viewer.userId],
    );
    if (!(await verifyPassword(user.password_hash, currentPassword))) {
      throw new AppError('WRONG_CURRENT_PASSWORD', {}, [{ field: 'currentPassword', rule: 'wrongPassword' }]);
    }
    if (currentPassword === newPassword) {
      throw AppError.validation({ field: 'newPassword', rule: 'passwordReuse' });
    }
    const passwordHash = await hashPassword(newPassword);
    await this.db.transaction(async (manager) => {
      await manager.query(
        `UPDATE app_user SET password_hash = $2, must_change_password = false, updated_at = $3, version = version + 1
          WHERE id = $1`,
        [viewer.userId, passwordHash, this.clock.now()],
      );
      // Other sessions may have been opened by whoever knew the old password.
      await this.sessions.endAllOf(manager, viewer.userId, viewer.sessionId);
      await this.audit.record(manager, {
        action: 'PASSWORD_CHANGED',
        actorId: viewer.userId,
        actorName: viewer.username,
      });
    });
    return this.viewerOf(viewer.userId, ctx.app);
  }

  async viewerOf(userId: string, app: App): Promise<ViewerType> {
    const [row]: {
      id: string;
      username: string;
      display_name: string;
      mobile: string | null;
      roles: Role[];
      must_change_password: boolean;
      organisation: string | null;
    }[] = await this.db.query(
      `SELECT u.id, u.username, u.display_name, u.mobile, u.roles, u.must_change_password,
              coalesce(d.name, e.name, g.name) AS organisation
         FROM app_user u
         LEFT JOIN department d ON d.id = u.department_id
         LEFT JOIN enterprise e ON e.id = u.enterprise_id
         LEFT JOIN grid g ON g.id = u.grid_id
        WHERE u.id = $1`,
      [userId],
    );
    const roles = row.roles.filter((role) => APP_ROLES[app].includes(role));
    const inOffice = roles.includes('OFFICE_STAFF') || roles.includes('OFFICE_LEADER');
    return {
      id: row.id,
      username: row.username,
      displayName: row.display_name,
      mobile: row.mobile,
      roles,
      mustChangePassword: row.must_change_password,
      organisationName: row.organisation ?? (inOffice ? OFFICE_NAME : null),
    };
  }
}
