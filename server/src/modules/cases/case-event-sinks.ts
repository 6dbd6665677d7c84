import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { CaseAction } from '@gridbridge/shared';

/** Work another domain does on each timeline event, inside the transaction that wrote it. */
export type CaseEventSink = (manager: EntityManager, eventId: string, action: CaseAction) => Promise<void>;

/**
 * Where other domains hook into `CaseTransitions.run` without the cases domain importing them:
 * the scorecards register the counting of each event here, so their facts commit or roll back
 * with the step itself.
 */
@Injectable()
export class CaseEventSinks {
  private readonly sinks: CaseEventSink[] = [];

  register(sink: CaseEventSink): void {
    this.sinks.push(sink);
  }

  async run(manager: EntityManager, eventId: string, action: CaseAction): Promise<void> {
    for (const sink of this.sinks) await sink(manager, eventId, action);
  }
}
