import type { CaseDeadline } from './types';
import type { TagType } from './labels';
import { t } from './t';

// Deadlines (docs/lifecycle-and-deadlines.md): how the time left reads and which colour warns.

export interface DeadlineDisplay {
  type: TagType;
  /** Short text for tags: 剩 2 个工作日, 今日到期, 超期 3 个工作日, 计时暂停. */
  text: string;
}

/**
 * The running step's deadline as a tag. `workingDays` counts today when it is a working day (on a
 * Sunday, a step due Monday has 1 left and is not 今日到期); when RED it counts the working days
 * overdue.
 */
export function deadlineDisplay(deadline: CaseDeadline | null | undefined): DeadlineDisplay | null {
  if (!deadline) return null;
  switch (deadline.state) {
    case 'PAUSED':
      return { type: 'info', text: t('cases.deadline.paused') };
    case 'RED':
      return {
        type: 'danger',
        text:
          deadline.workingDays > 0
            ? t('cases.deadline.overdueDays', { n: deadline.workingDays })
            : t('cases.deadline.overdue'),
      };
    case 'YELLOW':
      // The server says YELLOW only on the working day the step falls due, never on a weekend
      // before it, so the colour alone decides 今日到期.
      return { type: 'warning', text: t('cases.deadline.dueToday') };
    default:
      return { type: 'success', text: t('cases.deadline.daysLeft', { n: deadline.workingDays }) };
  }
}

/** Case pages show instants in Asia/Shanghai, whatever the browser’s zone. */
export { formatShanghai } from '@/utils/format';
