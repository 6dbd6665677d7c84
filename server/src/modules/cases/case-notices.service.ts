import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { rolesWith, type Role } from '@gridbridge/shared';
import { decodeRows, text } from '../../database/rows.js';
import { NotificationsService, type Notice } from '../notifications/index.js';
import type { CaseType } from './cases.types.js';

/** Who is told about a step on a case: the enterprise side, the office, its leaders, departments. */
@Injectable()
export class CaseNotices {
  constructor(private readonly notifications: NotificationsService) {}

  /** The enterprise's active accounts, and the grid head who submitted on its behalf. */
  async enterpriseAudience(
    manager: EntityManager,
    enterpriseId: string,
    submitterId: string,
  ): Promise<string[]> {
    const rows = decodeRows(
      await manager.query(
        `SELECT id FROM app_user WHERE active AND (
           (enterprise_id = $1 AND 'ENTERPRISE' = ANY(roles)) OR (id = $2 AND 'GRID_HEAD' = ANY(roles)))`,
        [enterpriseId, submitterId],
      ),
      { id: text },
    );
    return rows.map((r) => r.id);
  }

  /** The notice to a case's enterprise (and the grid head who reported it), by SMS as well. */
  async toEnterprise(
    manager: EntityManager,
    c: CaseType,
    event: Notice['event'],
    extra: Record<string, string> = {},
  ): Promise<Notice> {
    return {
      event,
      userIds: await this.enterpriseAudience(manager, c.enterpriseId, c.submitterId),
      params: { trackingNo: c.trackingNo, title: c.title, ...extra },
      sms: true,
    };
  }

  /** Office staff are told in the app and, where they gave an address, by e-mail. */
  async toOffice(
    manager: EntityManager,
    c: CaseType,
    event: Notice['event'],
    extra: Record<string, string> = {},
    roles: readonly Role[] = rolesWith('case.triage'),
  ): Promise<Notice> {
    return {
      event,
      userIds: await this.notifications.usersWithRoles(manager, roles),
      params: { trackingNo: c.trackingNo, title: c.title, ...extra },
      email: true,
    };
  }

  /** The office leaders, who decide extensions and returns. */
  toOfficeLeaders(
    manager: EntityManager,
    c: CaseType,
    event: Notice['event'],
    extra: Record<string, string>,
  ) {
    return this.toOffice(manager, c, event, extra, rolesWith('case.officeLead'));
  }

  /** The active users of `departmentIds` holding one of `roles` (by default staff and leaders). */
  async toDepartments(
    manager: EntityManager,
    c: CaseType,
    departmentIds: readonly string[],
    event: Notice['event'],
    extra: Record<string, string> = {},
    roles: readonly Role[] = rolesWith('case.handle'),
  ): Promise<Notice> {
    const rows = decodeRows(
      await manager.query(
        `SELECT id FROM app_user WHERE active AND department_id = ANY($1::uuid[]) AND roles && $2::text[]`,
        [departmentIds, roles],
      ),
      { id: text },
    );
    return {
      event,
      userIds: rows.map((r) => r.id),
      params: { trackingNo: c.trackingNo, title: c.title, ...extra },
    };
  }
}
