import { Injectable } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { DataSource } from 'typeorm';
import { AppError } from '../../common/app-error.js';
import { Clock } from '../../common/clock.js';
import { violatedUnique } from '../../common/db-errors.js';
import type { Viewer } from '../../common/gql-context.js';
import { RateLimitService } from '../../common/rate-limit.service.js';
import { AuditService } from '../audit/index.js';
import { hashPassword } from '../auth/index.js';
import { SessionService } from '../auth/index.js';
import { bool, decodeChangedRows, decodeRows, text } from '../../database/rows.js';
import type { RegisterEnterpriseAccountInput } from './directory.inputs.js';
import { CLAIM_FROM, CLAIM_ROW, ENTERPRISE_ACCOUNT_ROW } from './directory-rows.js';
import type { EnterpriseAccountType, EnterpriseClaimType } from './directory.types.js';

const CLAIM_COLUMNS = CLAIM_ROW.select;
const ACCOUNT_COLUMNS = ENTERPRISE_ACCOUNT_ROW.select;

/**
 * Enterprise accounts (docs/roles-and-scope.md#the-organisation): a staff member registers with the credit code; the account acts
 * for the enterprise only after office staff approve the claim. The first approved account of an
 * enterprise manages the others.
 */
@Injectable()
export class EnterpriseAccountsService {
  constructor(
    private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly rateLimit: RateLimitService,
    private readonly sessions: SessionService,
    private readonly clock: Clock,
  ) {}

  async register(req: FastifyRequest, input: RegisterEnterpriseAccountInput): Promise<EnterpriseClaimType> {
    await this.rateLimit.consume(`register:${req.ip ?? 'unknown'}`, 10, 3600);
    const [enterprise] = decodeRows(
      await this.db.query('SELECT id, name FROM enterprise WHERE credit_code = $1', [
        input.creditCode.trim(),
      ]),
      { id: text, name: text },
    );
    if (!enterprise) throw AppError.validation({ field: 'creditCode', rule: 'unknownEnterprise' });
    if (enterprise.name !== input.enterpriseName.trim())
      throw AppError.validation({ field: 'enterpriseName', rule: 'nameMismatch' });
    const passwordHash = await hashPassword(input.password);
    return this.db.transaction(async (manager) => {
      // The mobile number is the user name: it is what the applicant knows and can sign in with.
      const [user] = decodeRows(
        await manager
          .query(
            `INSERT INTO app_user (username, mobile, display_name, password_hash, roles, created_at, updated_at)
           VALUES ($1, $1, $2, $3, ARRAY['ENTERPRISE'], $4, $4) RETURNING id`,
            [input.mobile, input.displayName.trim(), passwordHash, this.clock.now()],
          )
          .catch((error: unknown) => {
            if (violatedUnique(error) !== null) throw AppError.validation({ field: 'mobile', rule: 'taken' });
            throw error;
          }),
        { id: text },
      );
      const [{ id }] = decodeRows(
        await manager.query(
          'INSERT INTO enterprise_claim (user_id, enterprise_id, created_at) VALUES ($1, $2, $3) RETURNING id',
          [user.id, enterprise.id, this.clock.now()],
        ),
        { id: text },
      );
      await this.audit.record(manager, {
        action: 'ENTERPRISE_ACCOUNT_REGISTERED',
        actorId: user.id,
        actorName: input.mobile,
        targetType: 'enterprise_claim',
        targetId: id,
      });
      return this.claim(id, manager);
    });
  }

  async claim(id: string, manager = this.db.manager): Promise<EnterpriseClaimType> {
    const [claim] = CLAIM_ROW.decodeAll(
      await manager.query(`SELECT ${CLAIM_COLUMNS} FROM ${CLAIM_FROM} WHERE c.id = $1`, [id]),
    );
    if (!claim) throw new AppError('NOT_FOUND');
    return claim;
  }

  async myClaim(viewer: Viewer): Promise<EnterpriseClaimType | null> {
    const [claim] = CLAIM_ROW.decodeAll(
      await this.db.query(
        `SELECT ${CLAIM_COLUMNS} FROM ${CLAIM_FROM} WHERE c.user_id = $1 ORDER BY c.created_at DESC LIMIT 1`,
        [viewer.userId],
      ),
    );
    return claim ?? null;
  }

  async claims(status: string | null): Promise<EnterpriseClaimType[]> {
    return CLAIM_ROW.decodeAll(
      await this.db.query(
        `SELECT ${CLAIM_COLUMNS} FROM ${CLAIM_FROM} WHERE $1::text IS NULL OR c.status = $1 ORDER BY c.created_at DESC LIMIT 500`,
        [status],
      ),
    );
  }

  async decide(
    viewer: Viewer,
    id: string,
    approve: boolean,
    reason: string | null,
  ): Promise<EnterpriseClaimType> {
    if (!approve && !reason?.trim()) throw AppError.validation({ field: 'reason', rule: 'required' });
    return this.db.transaction(async (manager) => {
      const [claim] = decodeChangedRows(
        await manager.query(
          `UPDATE enterprise_claim SET status = $2, rejection_reason = $3, decided_by = $4, decided_at = $5
            WHERE id = $1 AND status = 'PENDING' RETURNING user_id, enterprise_id`,
          [
            id,
            approve ? 'APPROVED' : 'REJECTED',
            approve ? null : reason!.trim(),
            viewer.userId,
            this.clock.now(),
          ],
        ),
        { user_id: text, enterprise_id: text },
      );
      // Already decided by someone else (or never existed): one decision wins.
      if (!claim) throw new AppError('CONFLICT');
      if (approve) {
        await manager.query(
          `UPDATE app_user SET enterprise_id = $2, updated_at = $3, version = version + 1,
                  enterprise_manager = NOT EXISTS (SELECT 1 FROM app_user WHERE enterprise_id = $2 AND enterprise_manager)
            WHERE id = $1`,
          [claim.user_id, claim.enterprise_id, this.clock.now()],
        );
      }
      await this.audit.record(manager, {
        action: approve ? 'ENTERPRISE_CLAIM_APPROVED' : 'ENTERPRISE_CLAIM_REJECTED',
        actorId: viewer.userId,
        actorName: viewer.username,
        targetType: 'enterprise_claim',
        targetId: id,
        details: reason ? { reason } : null,
      });
      return this.claim(id, manager);
    });
  }

  async accountsOf(enterpriseId: string): Promise<EnterpriseAccountType[]> {
    return ENTERPRISE_ACCOUNT_ROW.decodeAll(
      await this.db.query(
        `SELECT ${ACCOUNT_COLUMNS} FROM app_user WHERE enterprise_id = $1 ORDER BY enterprise_manager DESC, created_at`,
        [enterpriseId],
      ),
    );
  }

  /** The managing account switches the enterprise's other accounts on and off. */
  async setAccountActive(viewer: Viewer, userId: string, active: boolean): Promise<EnterpriseAccountType> {
    return this.db.transaction(async (manager) => {
      const [me] = decodeRows(
        await manager.query('SELECT enterprise_manager FROM app_user WHERE id = $1', [viewer.userId]),
        { enterprise_manager: bool },
      );
      if (!me?.enterprise_manager || userId === viewer.userId) throw new AppError('FORBIDDEN');
      const [account] = ENTERPRISE_ACCOUNT_ROW.decodeChanged(
        await manager.query(
          `UPDATE app_user SET active = $3, updated_at = $4, version = version + 1
            WHERE id = $1 AND enterprise_id = $2 RETURNING ${ACCOUNT_COLUMNS}`,
          [userId, viewer.enterpriseId, active, this.clock.now()],
        ),
      );
      if (!account) throw new AppError('NOT_FOUND');
      if (!active) await this.sessions.endAllOf(manager, userId);
      await this.audit.record(manager, {
        action: active ? 'USER_ACTIVATED' : 'USER_DEACTIVATED',
        actorId: viewer.userId,
        actorName: viewer.username,
        targetType: 'user',
        targetId: userId,
      });
      return account;
    });
  }
}
