import { markRaw, type Component } from 'vue';
import {
  Finished,
  Grid,
  MapLocation,
  OfficeBuilding,
  School,
  Stamp,
  Tickets,
  User,
} from '@element-plus/icons-vue';
import type { PermissionName } from '@gridbridge/shared';
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
  permission: PermissionName;
}

/** The workbench cards, each for those whose work it serves. */
export const features: readonly Feature[] = [
  {
    route: 'enterprises',
    key: 'enterprises',
    icon: markRaw(OfficeBuilding),
    permission: 'directory.read',
  },
  {
    route: 'enterprise-claims',
    key: 'enterpriseClaims',
    icon: markRaw(Stamp),
    permission: 'directory.claims',
  },
  { route: 'users', key: 'users', icon: markRaw(User), permission: 'users.manage' },
  { route: 'grids', key: 'grids', icon: markRaw(Grid), permission: 'organisation.write' },
  { route: 'departments', key: 'departments', icon: markRaw(School), permission: 'organisation.write' },
  {
    route: 'service-points',
    key: 'servicePoints',
    icon: markRaw(MapLocation),
    permission: 'organisation.write',
  },
  {
    route: 'rectifications',
    key: 'rectifications',
    icon: markRaw(Finished),
    permission: 'rectification.report',
  },
  { route: 'audit-log', key: 'auditLog', icon: markRaw(Tickets), permission: 'audit.read' },
];

export type DayPart = 'morning' | 'afternoon' | 'evening';

export function dayPart(date: Date): DayPart {
  const hour = date.getHours();
  if (hour < 12) return 'morning';
  return hour < 18 ? 'afternoon' : 'evening';
}
