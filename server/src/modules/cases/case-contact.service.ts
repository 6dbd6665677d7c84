import { Injectable } from '@nestjs/common';
import { decodeRows, text } from '../../database/rows.js';
import { DataSource } from 'typeorm';
import { AppError } from '../../common/app-error.js';
import type { Viewer } from '../../common/gql-context.js';
import { AuditService } from '../audit/index.js';
import { CaseFieldPolicy } from './case-field-policy.js';
import { caseInScope } from './case-query.js';
import type { CaseContactType } from './cases.types.js';

/**
 * A department sees a case's contact phone masked; revealing it is a deliberate step, written
 * to the audit log in the same transaction that reads the phone.
 */
@Injectable()
export class CaseContacts {
  constructor(
    private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  /**
   * The unmasked contact of a case the viewer sees masked; NOT_FOUND outside their scope,
   * FORBIDDEN where the policy hides the contact altogether (a complaint, or no consent).
   */
  reveal(viewer: Viewer, id: string): Promise<CaseContactType> {
    return this.db.transaction(async (manager) => {
      const c = await caseInScope(manager, viewer, id);
      if (new CaseFieldPolicy(viewer, c).visible.contact !== 'MASKED') throw new AppError('FORBIDDEN');
      const [contact] = decodeRows(
        await manager.query(
          'SELECT contact_name AS name, contact_phone AS phone FROM enterprise WHERE id = $1',
          [c.enterpriseId],
        ),
        { name: text, phone: text },
      );
      await this.audit.record(manager, {
        action: 'case.revealContact',
        actorId: viewer.userId,
        actorName: viewer.displayName,
        targetType: 'case',
        targetId: c.id,
        details: { trackingNo: c.trackingNo },
      });
      return { ...contact, masked: false };
    });
  }
}
