import { createHash, randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { IncomingHttpHeaders } from 'node:http';
import { serialize } from 'cookie';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { DataSource, type EntityManager } from 'typeorm';
import { ADMIN_ROLES, PORTAL_ROLES, ROLES, type App, type Role } from '@gridbridge/shared';
import { Env } from '../../config/env.js';
import { Clock } from '../../common/clock.js';
import type { Viewer } from '../../common/gql-context.js';
import { arrayOf, bool, decodeRows, nullable, oneOf, text, timestamp } from '../../database/rows.js';

const COOKIE: Record<App, { name: string; path: string }> = {
  PORTAL: { name: 'gb_portal_session', path: '/graphql/portal' },
  ADMIN: { name: 'gb_admin_session', path: '/graphql/admin' },
};

export const APP_ROLES: Record<App, readonly Role[]> = { PORTAL: PORTAL_ROLES, ADMIN: ADMIN_ROLES };

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

/** What a session lookup reads of a request: its cookies (an HTTP request or a websocket's upgrade). */
export interface CookieCarrier {
  headers: IncomingHttpHeaders;
}

function readCookie(req: CookieCarrier, name: string): string | null {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return decodeURIComponent(value.join('='));
  }
  return null;
}

/**
 * Resolves a session token in one statement. `last_seen_at` is written at most once a minute,
 * so ordinary reads do not turn into writes. The benchmark's bare baseline runs it too.
 * Parameters: token hash, app, idle minutes, absolute hours, now (the server's clock).
 */
export const SESSION_SQL = `WITH found AS (
         SELECT s.id AS session_id, s.last_seen_at, u.id AS user_id, u.username, u.display_name, u.roles,
                u.must_change_password, u.department_id, u.grid_id, u.enterprise_id
           FROM user_session s JOIN app_user u ON u.id = s.user_id
          WHERE s.token_hash = $1 AND s.app = $2 AND s.revoked_at IS NULL AND u.active
            AND s.last_seen_at > $5::timestamptz - make_interval(mins => $3)
            AND s.created_at > $5::timestamptz - make_interval(hours => $4)
       ), touched AS (
         UPDATE user_session SET last_seen_at = $5
          WHERE id IN (SELECT session_id FROM found WHERE last_seen_at < $5::timestamptz - interval '1 minute')
       )
       SELECT * FROM found`;

const SESSION_FIELDS = {
  session_id: text,
  last_seen_at: timestamp,
  user_id: text,
  username: text,
  display_name: text,
  roles: arrayOf(oneOf(ROLES)),
  must_change_password: bool,
  department_id: nullable(text),
  grid_id: nullable(text),
  enterprise_id: nullable(text),
};

/**
 * Server-side sessions: a random token in an httpOnly cookie scoped to one API's path, its
 * hash in `user_session`. Idle and absolute limits are checked in SQL on every request.
 */
@Injectable()
export class SessionService {
  constructor(
    private readonly db: DataSource,
    private readonly env: Env,
    private readonly clock: Clock,
  ) {}

  /** The viewer of a request, from its session cookie for this API. */
  async resolve(req: CookieCarrier, app: App): Promise<{ viewer: Viewer | null; expired: boolean }> {
    const token = readCookie(req, COOKIE[app].name);
    if (!token) return { viewer: null, expired: false };
    const rows = decodeRows(
      await this.db.query(SESSION_SQL, [
        hashToken(token),
        app,
        this.env.SESSION_IDLE_MINUTES,
        this.env.SESSION_ABSOLUTE_HOURS,
        this.clock.now(),
      ]),
      SESSION_FIELDS,
    );
    const row = rows[0];
    if (!row) return { viewer: null, expired: true };
    return {
      expired: false,
      viewer: {
        sessionId: row.session_id,
        userId: row.user_id,
        username: row.username,
        displayName: row.display_name,
        roles: row.roles.filter((role) => APP_ROLES[app].includes(role)),
        mustChangePassword: row.must_change_password,
        departmentId: row.department_id,
        gridId: row.grid_id,
        enterpriseId: row.enterprise_id,
      },
    };
  }

  async start(
    manager: EntityManager,
    userId: string,
    app: App,
    req: FastifyRequest,
    res: FastifyReply,
  ): Promise<string> {
    const token = randomBytes(32).toString('base64url');
    const [{ id }] = decodeRows(
      await manager.query(
        `INSERT INTO user_session (token_hash, user_id, app, created_at, last_seen_at, ip)
         VALUES ($1, $2, $3, $4, $4, $5) RETURNING id`,
        [hashToken(token), userId, app, this.clock.now(), req.ip ?? null],
      ),
      { id: text },
    );
    const maxAge = this.env.SESSION_ABSOLUTE_HOURS * 3600;
    res.header(
      'set-cookie',
      serialize(COOKIE[app].name, token, {
        httpOnly: true,
        sameSite: 'strict',
        secure: this.env.cookieSecure,
        path: COOKIE[app].path,
        maxAge,
        expires: new Date(this.clock.now().getTime() + maxAge * 1000),
      }),
    );
    return id;
  }

  async end(manager: EntityManager, sessionId: string, app: App, res: FastifyReply): Promise<void> {
    await manager.query('UPDATE user_session SET revoked_at = $2 WHERE id = $1', [
      sessionId,
      this.clock.now(),
    ]);
    res.header(
      'set-cookie',
      serialize(COOKIE[app].name, '', { path: COOKIE[app].path, expires: new Date(0) }),
    );
  }

  /** Ends every session of a user (deactivation, password change elsewhere), except `keep`. */
  async endAllOf(manager: EntityManager, userId: string, keep?: string): Promise<void> {
    await manager.query(
      `UPDATE user_session SET revoked_at = $3
        WHERE user_id = $1 AND revoked_at IS NULL AND ($2::uuid IS NULL OR id <> $2::uuid)`,
      [userId, keep ?? null, this.clock.now()],
    );
  }
}
