import type { JobQueue } from '@/api/jobs';
import { i18n } from '@/locales';

const t = (key: string, params: Record<string, unknown> = {}) => i18n.global.t(key, params);

/** The queues the page knows by name (their message keys); any other queue is shown by its name. */
const KNOWN_QUEUES = {
  'deliver-message': 'deliverMessage',
  'purge-uploads': 'purgeUploads',
  'auto-close': 'autoClose',
  'seal-audit': 'sealAudit',
  'export-file': 'exportFile',
  'purge-exports': 'purgeExports',
  'supervision-scan': 'supervisionScan',
  'condition-reminders': 'conditionReminders',
} as const;

function knownQueue(name: string): (typeof KNOWN_QUEUES)[keyof typeof KNOWN_QUEUES] | null {
  return Object.hasOwn(KNOWN_QUEUES, name) ? KNOWN_QUEUES[name as keyof typeof KNOWN_QUEUES] : null;
}

/** A queue's name for people, e.g. 短信/邮件发送 for deliver-message; an unknown queue keeps its own. */
export function queueTitle(name: string): string {
  const key = knownQueue(name);
  return key ? t(`jobs.queues.${key}.title`) : name;
}

/** What a queue does, or null for a queue the page does not know yet. */
export function queueDescription(name: string): string | null {
  const key = knownQueue(name);
  return key ? t(`jobs.queues.${key}.description`) : null;
}

const NUMBER = /^\d+$/;

/** A cron field that is one number within [0, max]. */
function single(field: string, max: number): number | null {
  if (!NUMBER.test(field)) return null;
  const value = Number(field);
  return value <= max ? value : null;
}

const pad = (value: number) => String(value).padStart(2, '0');

/**
 * A schedule in words: the five-field cron expressions the server uses (Asia/Shanghai) —
 * every minute, every n minutes, hourly at a minute, daily at a time. Anything else is shown as
 * its cron text; a queue without a schedule runs when the work arises.
 */
export function scheduleText(cron: string | null): string {
  if (cron === null) return t('jobs.schedules.onDemand');
  const fields = cron.trim().split(/\s+/);
  if (fields.length !== 5) return cron;
  const [minute, hour, dayOfMonth, month, dayOfWeek] = fields;
  if (dayOfMonth !== '*' || month !== '*' || dayOfWeek !== '*') return cron;

  if (hour === '*') {
    if (minute === '*' || minute === '*/1') return t('jobs.schedules.everyMinute');
    const step = /^\*\/(\d+)$/.exec(minute);
    if (step) {
      const n = Number(step[1]);
      return n >= 1 && n < 60 ? t('jobs.schedules.everyMinutes', { n }) : cron;
    }
    const at = single(minute, 59);
    if (at === 0) return t('jobs.schedules.hourlyOnTheHour');
    if (at !== null) return t('jobs.schedules.hourlyAt', { minute: at, mm: pad(at) });
    return cron;
  }

  const [h, m] = [single(hour, 23), single(minute, 59)];
  if (h !== null && m !== null) return t('jobs.schedules.dailyAt', { time: `${pad(h)}:${pad(m)}` });
  return cron;
}

/** The list after a retry: the queue as the server answered it, the others as they were. */
export function withQueue(queues: readonly JobQueue[], updated: JobQueue): JobQueue[] {
  return queues.map((queue) => (queue.name === updated.name ? updated : queue));
}
