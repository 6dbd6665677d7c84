import { markRaw, type Component } from 'vue';
import { Grid, MapLocation, OfficeBuilding, School, Stamp, Tickets, User } from '@element-plus/icons-vue';
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
  {
    route: 'enterprises',
    key: 'enterprises',
    icon: markRaw(OfficeBuilding),
    roles: ['OFFICE_STAFF', 'OFFICE_LEADER', 'SYS_ADMIN'],
  },
  {
    route: 'enterprise-claims',
    key: 'enterpriseClaims',
    icon: markRaw(Stamp),
    roles: ['OFFICE_STAFF', 'OFFICE_LEADER'],
  },
  { route: 'users', key: 'users', icon: markRaw(User), roles: ['SYS_ADMIN'] },
  { route: 'grids', key: 'grids', icon: markRaw(Grid), roles: ['SYS_ADMIN'] },
  { route: 'departments', key: 'departments', icon: markRaw(School), roles: ['SYS_ADMIN'] },
  { route: 'service-points', key: 'servicePoints', icon: markRaw(MapLocation), roles: ['SYS_ADMIN'] },
  { route: 'audit-log', key: 'auditLog', icon: markRaw(Tickets), roles: ['AUDITOR'] },
];

export type DayPart = 'morning' | 'afternoon' | 'evening';

export function dayPart(date: Date): DayPart {
  const hour = date.getHours();
  if (hour < 12) return 'morning';
  return hour < 18 ? 'afternoon' : 'evening';
}
