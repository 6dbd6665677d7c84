import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AppError } from '../../common/app-error.js';
import type { Viewer } from '../../common/gql-context.js';
import { PgListener } from '../../common/pg-listener.service.js';
import { LiveNotifications, LiveQueue } from '../notifications/index.js';
import type { SupervisionBoardChangeType } from './supervision.types.js';

/** The PostgreSQL channel on which any instance announces new board items. */
export const SUPERVISION_CHANNEL = 'gb_supervision';

/**
 * Announces `raised` new board items in the caller's transaction: PostgreSQL delivers the NOTIFY
 * only if the transaction commits, so a board never reloads for items that were rolled back.
 */
export async function announceBoardChange(manager: EntityManager, raised: number): Promise<void> {
  await manager.query('SELECT pg_notify($1, $2)', [SUPERVISION_CHANNEL, String(raised)]);
}

/**
 * The supervision board's live updates (docs/supervision.md#the-supervision-board-督查台): the
 * warnings job, on whichever instance runs it, announces what it raised with NOTIFY; each
 * instance's one LISTEN connection hands the announcement to the board subscriptions it holds.
 * The event says only that the board changed — the board is filtered and paged, so the page reads
 * it again with its own filters, and an announcement lost to a dropped connection costs nothing
 * that the reload after a reconnect does not bring back.
 */
@Injectable()
export class LiveSupervisionBoard implements OnModuleInit {
  readonly #logger = new Logger('LiveSupervisionBoard');
  readonly #subscribers = new Set<LiveQueue<number>>();

  constructor(
    private readonly listener: PgListener,
    private readonly live: LiveNotifications,
  ) {}

  async onModuleInit(): Promise<void> {
    await this.listener.listen(SUPERVISION_CHANNEL, (payload) => this.#announce(payload));
  }

  /** Open board subscriptions on this instance (for tests). */
  get subscriptionCount(): number {
    return this.#subscribers.size;
  }

  #announce(payload: string): void {
    const raised = Number(payload);
    if (!Number.isInteger(raised) || raised < 1) {
      this.#logger.warn(`Ignored a malformed ${SUPERVISION_CHANNEL} payload`);
      return;
    }
    for (const queue of this.#subscribers) queue.push(raised);
  }

  /**
   * One event per burst of announcements (a scan raises items one transaction each): what arrived
   * while the previous event was being sent is summed into the next. The stream ends with
   * SESSION_EXPIRED once HTTP would no longer accept the viewer's session.
   */
  stream(viewer: Viewer): AsyncIterableIterator<SupervisionBoardChangeType> {
    const queue: LiveQueue<number> = new LiveQueue<number>(() => this.#subscribers.delete(queue));
    this.#subscribers.add(queue);
    const stream: AsyncIterableIterator<SupervisionBoardChangeType> = {
      next: async () => {
        const first = await queue.next();
        if (first.done) return { value: undefined, done: true };
        if (!(await this.live.sessionAlive(viewer.sessionId))) {
          queue.end();
          throw new AppError('SESSION_EXPIRED');
        }
        const raised = queue.drain().reduce((sum, n) => sum + n, first.value);
        return { value: { raised }, done: false };
      },
      return: async () => {
        queue.end();
        return { value: undefined, done: true };
      },
      [Symbol.asyncIterator]: () => stream,
    };
    return stream;
  }
}
