import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { decodeRows, int, text } from '../../database/rows.js';
import { DataSource } from 'typeorm';
import { AppError } from '../../common/app-error.js';
import { Clock } from '../../common/clock.js';
import { JobRunner } from '../../common/job-runner.service.js';
import { CaseTransitions } from './case-transitions.service.js';
import { CasesService } from './cases.service.js';

/** The scheduled job that closes replies left unevaluated. */
export const AUTO_CLOSE_QUEUE = 'auto-close';

/**
 * The evaluation stage (docs/lifecycle.md): a reply waits for the enterprise's evaluation until
 * its deadline (7 calendar days, `state_deadline` of a REPLIED case); then the system closes it.
 */
@Injectable()
export class CaseEvaluation implements OnModuleInit {
  readonly #logger = new Logger('CaseEvaluation');

  constructor(
    private readonly db: DataSource,
    private readonly clock: Clock,
    private readonly jobs: JobRunner,
    private readonly transitions: CaseTransitions,
    private readonly cases: CasesService,
  ) {}

  onModuleInit(): void {
    this.jobs.register({
      name: AUTO_CLOSE_QUEUE,
      cron: '*/5 * * * *',
      retryLimit: 3,
      expireInSeconds: 900,
      run: async () => {
        await this.autoCloseDue();
      },
    });
  }

  /**
   * Closes every reply whose evaluation deadline has passed by the server's clock, each through
   * the lifecycle table as SYSTEM (timeline event, audit entry, notice). A case the enterprise
   * evaluates at the same moment wins or loses on its version; either way it is closed once.
   * Answers how many this run closed.
   */
  async autoCloseDue(): Promise<number> {
    const due = decodeRows(
      await this.db.query(
        `SELECT id, version FROM case_file WHERE state = 'REPLIED' AND state_deadline <= $1
          ORDER BY state_deadline, id`,
        [this.clock.now()],
      ),
      { id: text, version: int },
    );
    let closed = 0;
    for (const c of due) {
      try {
        await this.transitions.run({
          caseId: c.id,
          version: c.version,
          action: 'autoClose',
          viewer: null,
          changes: (_current, now) => ({ closed_at: now, state_deadline: null }),
          notices: async (manager, updated) => [
            await this.cases.enterpriseNotice(manager, updated, 'CASE_AUTO_CLOSED'),
          ],
        });
        closed += 1;
      } catch (error) {
        // Evaluated, disputed or withdrawn meanwhile: nothing left to close.
        if (error instanceof AppError && ['CONFLICT', 'INVALID_TRANSITION'].includes(error.code)) continue;
        throw error;
      }
    }
    if (closed > 0) this.#logger.log(`Closed ${closed} unevaluated replies`);
    return closed;
  }
}
