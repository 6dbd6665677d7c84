import { Injectable } from '@nestjs/common';
import { isUUID } from 'class-validator';
import { DataSource } from 'typeorm';
import { CASE_CATEGORY_CODES, CASE_COMPLEXITY_CODES, CASE_PRIORITY_CODES } from '@gridbridge/shared';
import { decodeRows, oneOf } from '../../database/rows.js';
import { TimeLimits, type LimitsInForce } from '../dispatch/index.js';

/**
 * The working-day limits a case's steps run on: the office leader's settings for its category and
 * priority (docs/dispatch.md#time-limits). Read before the step's transaction, since category,
 * priority and complexity are settled at acceptance and no later step changes them. An unknown or
 * malformed id gets the defaults; the step itself then answers NOT_FOUND.
 */
@Injectable()
export class CaseLimits {
  constructor(
    private readonly db: DataSource,
    private readonly limits: TimeLimits,
  ) {}

  async of(caseId: string): Promise<LimitsInForce> {
    const [c] = isUUID(caseId)
      ? decodeRows(
          await this.db.query(`SELECT category, priority, complexity FROM case_file WHERE id = $1`, [caseId]),
          {
            category: oneOf(CASE_CATEGORY_CODES),
            priority: oneOf(CASE_PRIORITY_CODES),
            complexity: oneOf(CASE_COMPLEXITY_CODES),
          },
        )
      : [];
    return this.limits.forCase(c?.category ?? 'OTHER', c?.priority ?? 'NORMAL', c?.complexity ?? 'SIMPLE');
  }
}
