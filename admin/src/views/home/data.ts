import { markRaw, type Component } from 'vue';
import { Tickets } from '@element-plus/icons-vue';
import type { Role } from '@gridbridge/shared';
import type { MessageSchema } from '@/locales';

type WorkbenchMessages = MessageSchema['workbench'];

/** Keys under `workbench` that hold a card's `title` and `description`. */
type FeatureKey = {
  [K in keyof WorkbenchMessages]: WorkbenchMessages[K] extends { title: string; description: string }
    ? K
    : never;
}[keyof WorkbenchMessages];

export interface Feature {
  route: string;
  key: FeatureKey;
  icon: Component;
  roles: readonly Role[];
}

/** The workbench cards, each for the roles whose work it serves. */
export const features: readonly Feature[] = [
  { route: 'audit-log', key: 'auditLog', icon: markRaw(Tickets), roles: ['AUDITOR'] },
];

export type DayPart = 'morning' | 'afternoon' | 'evening';

export function dayPart(date: Date): DayPart {
  const hour = date.getHours();
  if (hour < 12) return 'morning';
  return hour < 18 ? 'afternoon' : 'evening';
}
