import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { decodeRows, int, text } from '../../database/rows.js';
import { DataSource } from 'typeorm';
import { AppError } from '../../common/app-error.js';
import { Clock } from '../../common/clock.js';
import { JobRunner } from '../../common/job-runner.service.js';
import { CaseTransitions } from './case-transitions.service.js';
import type { Viewer } from '../../common/gql-context.js';
import { deadlineFacts } from './case-deadlines.js';
import type { EvaluateCaseInput } from './case-loop.inputs.js';
import { CaseNotices } from './case-notices.service.js';
import { closeAssignments } from './case-triage.service.js';
import type { CaseType } from './cases.types.js';

/** The scheduled job that closes replies left unevaluated. */
export const AUTO_CLOSE_QUEUE = 'auto-close';
/** Replies one auto-close run closes at most: every five minutes, 6,000 an hour. */
const AUTO_CLOSE_BATCH = 500;

/**
 * The evaluation stage (docs/lifecycle-and-deadlines.md#replies-and-evaluation): the enterprise's
 * evaluation, and the job for replies left unevaluated. A reply waits for the enterprise's evaluation until
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
    private readonly notices: CaseNotices,
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
   * 评价: solved? satisfied? and a comment. Satisfied or basically satisfied closes the case;
   * dissatisfied makes it a dispute (不满意) for the office to reopen or close with an explanation.
   */
  async evaluate(viewer: Viewer, id: string, version: number, input: EvaluateCaseInput): Promise<CaseType> {
    const dispute = input.satisfaction === 'DISSATISFIED';
    const comment = input.comment?.trim() || null;
    return this.transitions.run({
      caseId: id,
      version,
      action: dispute ? 'dispute' : 'evaluate',
      viewer,
      publicNote: comment,
      details: ({ current, now }) => ({
        solved: input.solved,
        satisfaction: input.satisfaction,
        ...deadlineFacts('evaluate', current.stateDeadline, now),
      }),
      changes: (_current, now) => ({
        evaluation_solved: input.solved,
        evaluation_satisfaction: input.satisfaction,
        evaluation_comment: comment,
        evaluated_at: now,
        state_deadline: null,
        ...(dispute ? {} : { closed_at: now }),
      }),
      alongside: async (manager, _current, _eventId, step) => {
        if (!dispute) await closeAssignments(manager, step);
      },
      // Either way the office hears of it: a dispute is its work, a satisfied close ends its tracking.
      notices: async (manager, updated) => [
        await this.notices.toOffice(manager, updated, dispute ? 'CASE_DISPUTED' : 'CASE_EVALUATED'),
      ],
    });
  }

  /**
   * Closes every reply whose evaluation deadline has passed by the server's clock, each through
   * the lifecycle table as SYSTEM (timeline event, audit entry, notice). A case the enterprise
   * evaluates at the same moment wins or loses on its version; either way it is closed once.
   * Answers how many this run closed. A run takes at most AUTO_CLOSE_BATCH cases, so that a
   * backlog (after an outage of days) is worked off over the next runs, each well within the
   * job's expiry, instead of one run that never ends.
   */
  async autoCloseDue(): Promise<number> {
    const due = decodeRows(
      await this.db.query(
        `SELECT id, version FROM case_file WHERE state = 'REPLIED' AND state_deadline <= $1
          ORDER BY state_deadline, id LIMIT ${AUTO_CLOSE_BATCH}`,
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
          alongside: (manager, _current, _eventId, step) => closeAssignments(manager, step),
          notices: async (manager, updated) => [
            await this.notices.toEnterprise(manager, updated, 'CASE_AUTO_CLOSED'),
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
