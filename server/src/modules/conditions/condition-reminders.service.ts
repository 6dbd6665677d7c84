import { Injectable, type OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { CONDITION_DUE_DAY, dueDateOf, monthOf, shanghaiDate } from '@gridbridge/shared';
import { Clock } from '../../common/clock.js';
import { JobRunner } from '../../common/job-runner.service.js';
import { decodeRows, int, text, textArray } from '../../database/rows.js';
import { NotificationsService } from '../notifications/index.js';

/** The scheduled job that reminds enterprises and grid heads of missing reports. */
export const CONDITION_REMINDERS_QUEUE = 'condition-reminders';
/** Daily at 09:00 Shanghai; it acts from the due day on, so a run missed on the day is caught up. */
export const CONDITION_REMINDERS_CRON = '0 9 * * *';
/** A grid head's list names at most this many enterprises, then says how many more. */
const LISTED_NAMES = 10;

export interface ReminderRun {
  month: string;
  enterprises: number;
  gridHeads: number;
}

/**
 * Reminders of the month's condition report (docs/conditions.md#reminders). From the due day
 * on, each enterprise without the month's report is reminded (its accounts, in the app and by
 * SMS) and each grid head gets the list of missing reports of their grid. A `condition_reminder`
 * row per month and recipient, inserted with the notices in one transaction, makes every
 * reminder happen once, whichever instance runs the job and however often it runs.
 */
@Injectable()
export class ConditionReminders implements OnModuleInit {
  constructor(
    private readonly db: DataSource,
    private readonly clock: Clock,
    private readonly jobs: JobRunner,
    private readonly notifications: NotificationsService,
  ) {}

  onModuleInit(): void {
    this.jobs.register({
      name: CONDITION_REMINDERS_QUEUE,
      cron: CONDITION_REMINDERS_CRON,
      retryLimit: 3,
      expireInSeconds: 600,
      run: async () => {
        await this.remind();
      },
    });
  }

  async remind(): Promise<ReminderRun> {
    const now = this.clock.now();
    const month = monthOf(now);
    const day = Number(shanghaiDate(now).slice(8, 10));
    if (day < CONDITION_DUE_DAY) return { month, enterprises: 0, gridHeads: 0 };
    const dueDate = dueDateOf(month);
    return this.db.transaction(async (manager) => {
      const enterprises = decodeRows(
        await manager.query(
          `WITH missing AS (
             SELECT e.id, e.name FROM enterprise e
              WHERE e.status = 'ACTIVE'
                AND NOT EXISTS (SELECT 1 FROM condition_report r WHERE r.enterprise_id = e.id AND r.month = $1)
           ), claimed AS (
             INSERT INTO condition_reminder (month, recipient_id, sent_at)
             SELECT $1, id, $2 FROM missing ON CONFLICT DO NOTHING RETURNING recipient_id
           )
           SELECT m.id, m.name,
                  coalesce((SELECT array_agg(u.id::text) FROM app_user u
                             WHERE u.active AND u.enterprise_id = m.id AND 'ENTERPRISE' = ANY(u.roles)), '{}') AS users
             FROM missing m JOIN claimed c ON c.recipient_id = m.id ORDER BY m.name`,
          [month, now],
        ),
        { id: text, name: text, users: textArray },
      );
      for (const enterprise of enterprises) {
        await this.notifications.notify(manager, {
          event: 'CONDITION_REPORT_DUE',
          userIds: enterprise.users,
          params: { enterpriseName: enterprise.name, month, dueDate },
          sms: true,
        });
      }
      const gridHeads = decodeRows(
        await manager.query(
          `WITH lists AS (
             SELECT u.id, count(*)::int AS count,
                    (array_agg(e.name ORDER BY e.name))[1:${LISTED_NAMES}] AS names
               FROM app_user u
               JOIN enterprise e ON e.grid_path @> ARRAY[u.grid_id] AND e.status = 'ACTIVE'
              WHERE u.active AND 'GRID_HEAD' = ANY(u.roles) AND u.grid_id IS NOT NULL
                AND NOT EXISTS (SELECT 1 FROM condition_report r WHERE r.enterprise_id = e.id AND r.month = $1)
              GROUP BY u.id
           ), claimed AS (
             INSERT INTO condition_reminder (month, recipient_id, sent_at)
             SELECT $1, id, $2 FROM lists ON CONFLICT DO NOTHING RETURNING recipient_id
           )
           SELECT l.id, l.count, array_to_string(l.names, '、') AS names
             FROM lists l JOIN claimed c ON c.recipient_id = l.id`,
          [month, now],
        ),
        { id: text, count: int, names: text },
      );
      for (const head of gridHeads) {
        await this.notifications.notify(manager, {
          event: 'CONDITION_REPORTS_MISSING',
          userIds: [head.id],
          params: {
            month,
            count: String(head.count),
            names: head.count > LISTED_NAMES ? `${head.names}…` : head.names,
          },
        });
      }
      return { month, enterprises: enterprises.length, gridHeads: gridHeads.length };
    });
  }
}
