import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ROLES, type App } from '@gridbridge/shared';
import { Env } from '../../config/env.js';
import { AppError } from '../../common/app-error.js';
import { Clock } from '../../common/clock.js';
import type { GqlContext, Viewer } from '../../common/gql-context.js';
import { RateLimitService } from '../../common/rate-limit.service.js';
import { AuditService } from '../audit/index.js';
import type { LoginInput } from './auth.inputs.js';
import { CaptchaService, type Captcha } from './captcha.service.js';
import { hashPassword, verifyDecoy, verifyPassword } from './password.js';
import { APP_ROLES, SessionService } from './session.service.js';
import { SignInAttempts } from './sign-in-attempts.service.js';
import type { ViewerType } from './viewer.type.js';
import { arrayOf, bool, decodeRows, nullable, oneOf, text } from '../../database/rows.js';

const ROLE_LIST = arrayOf(oneOf(ROLES));

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
    private readonly attempts: SignInAttempts,
    private readonly captchas: CaptchaService,
  ) {}

  /**
   * Sign-in with user name or mobile number (docs/roles-and-scope.md#sign-in-and-sessions). A name that no account has gets the same
   * answers, in the same time, as an account: its failures count and lock alike (SignInAttempts)
   * and its password is checked against a decoy hash. A locked subject is refused even with the
   * right password; after a few failures a picture code is needed, and without a solved one the
   * password is not checked at all. Each outcome is audited.
   */
  async login(ctx: GqlContext, input: LoginInput): Promise<ViewerType> {
    const address = ctx.req.ip ?? 'unknown';
    await this.rateLimit.consume(`login:${address}`, this.env.LOGIN_RATE_LIMIT_PER_MINUTE, 60);
    const [user] = decodeRows(
      await this.db.query(
        `SELECT id, username, password_hash, roles, active
           FROM app_user WHERE lower(username) = lower($1) OR mobile = $1 LIMIT 1`,
        [input.identifier.trim()],
      ),
      { id: text, username: text, password_hash: text, roles: ROLE_LIST, active: bool },
    );
    const attempt = {
      actorId: user?.id ?? null,
      actorName: user?.username ?? null,
      details: { identifier: input.identifier, app: ctx.app },
    };
    const subject = SignInAttempts.subjectKey(user?.id, input.identifier);
    const captchaGiven = Boolean(input.captchaId || input.captchaAnswer);
    // Used up by this attempt whatever happens next.
    const captchaSolved =
      captchaGiven && (await this.captchas.solve(input.captchaId ?? '', input.captchaAnswer ?? ''));
    const gate = await this.attempts.enter(subject, address, captchaSolved);
    if (!gate.open && gate.reason === 'locked') {
      await this.audit.recordAlone({ action: 'LOGIN_REFUSED_LOCKED', ...attempt });
      throw new AppError('ACCOUNT_LOCKED', { minutes: gate.minutes });
    }
    if (!gate.open) {
      await this.audit.recordAlone({
        action: 'LOGIN_REFUSED_CAPTCHA',
        ...attempt,
        details: { ...attempt.details, captcha: captchaGiven ? 'wrong' : 'missing' },
      });
      throw new AppError(captchaGiven ? 'CAPTCHA_INVALID' : 'CAPTCHA_REQUIRED', {
        remainingAttempts: gate.remainingAttempts,
        captchaRequired: true,
      });
    }
    const passwordRight = user
      ? await verifyPassword(user.password_hash, input.password)
      : await verifyDecoy(input.password).then(() => false);
    if (!passwordRight) {
      const failure = await this.db.transaction(async (manager) => {
        const counted = await this.attempts.fail(manager, subject, address, gate.failures);
        await this.audit.record(manager, {
          action: counted.locked ? 'ACCOUNT_LOCKED' : 'LOGIN_FAILED',
          ...attempt,
        });
        return counted;
      });
      if (failure.locked) throw new AppError('ACCOUNT_LOCKED', { minutes: this.env.LOGIN_LOCK_MINUTES });
      throw new AppError('INVALID_CREDENTIALS', {
        remainingAttempts: failure.remainingAttempts,
        minutes: this.env.LOGIN_LOCK_MINUTES,
        captchaRequired: failure.captchaRequired,
      });
    }
    await this.attempts.succeed(subject);
    if (!user!.active) {
      await this.audit.recordAlone({ action: 'LOGIN_REFUSED_DISABLED', ...attempt });
      throw new AppError('ACCOUNT_DISABLED');
    }
    if (!user!.roles.some((role) => APP_ROLES[ctx.app].includes(role))) {
      await this.audit.recordAlone({ action: 'LOGIN_REFUSED_WRONG_APP', ...attempt });
      throw new AppError(ctx.app === 'PORTAL' ? 'WRONG_APP_PORTAL' : 'WRONG_APP_ADMIN');
    }
    await this.db.transaction(async (manager) => {
      const sessionId = await this.sessions.start(manager, user!.id, ctx.app, ctx.req, ctx.res);
      await this.audit.record(manager, {
        action: 'LOGIN',
        ...attempt,
        targetType: 'session',
        targetId: sessionId,
      });
    });
    return this.viewerOf(user!.id, ctx.app);
  }

  /** A new picture code for the sign-in form. */
  newCaptcha(ctx: GqlContext): Promise<Captcha> {
    return this.captchas.create(ctx.req.ip ?? 'unknown');
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
    const [user] = decodeRows(
      await this.db.query('SELECT password_hash FROM app_user WHERE id = $1', [viewer.userId]),
      { password_hash: text },
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
    const [row] = decodeRows(
      await this.db.query(
        `SELECT u.id, u.username, u.display_name, u.mobile, u.roles, u.must_change_password,
              coalesce(d.name, e.name, g.name) AS organisation
         FROM app_user u
         LEFT JOIN department d ON d.id = u.department_id
         LEFT JOIN enterprise e ON e.id = u.enterprise_id
         LEFT JOIN grid g ON g.id = u.grid_id
        WHERE u.id = $1`,
        [userId],
      ),
      {
        id: text,
        username: text,
        display_name: text,
        mobile: nullable(text),
        roles: ROLE_LIST,
        must_change_password: bool,
        organisation: nullable(text),
      },
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
