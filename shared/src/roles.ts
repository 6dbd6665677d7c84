/** The roles (docs/roles-and-scope.md#roles). A user may hold several. */
export const ROLES = [
  'ENTERPRISE',
  'GRID_HEAD',
  'OFFICE_STAFF',
  'OFFICE_LEADER',
  'DEPT_STAFF',
  'DEPT_LEADER',
  'INSPECTOR',
  'SYS_ADMIN',
  'AUDITOR',
] as const;

export type Role = (typeof ROLES)[number];

/** The two client applications, each with its own GraphQL API. */
export type App = 'PORTAL' | 'ADMIN';

/** Enterprises and grid heads work on the portal; everybody else on the admin app. */
export const PORTAL_ROLES: readonly Role[] = ['ENTERPRISE', 'GRID_HEAD'];
export const ADMIN_ROLES: readonly Role[] = ROLES.filter((role) => !PORTAL_ROLES.includes(role));

export const ROLE_LABELS: Record<Role, { 'zh-CN': string; en: string }> = {
  ENTERPRISE: { 'zh-CN': '企业用户', en: 'Enterprise user' },
  GRID_HEAD: { 'zh-CN': '网格长', en: 'Grid head' },
  OFFICE_STAFF: { 'zh-CN': '优化办工作人员', en: 'Office staff' },
  OFFICE_LEADER: { 'zh-CN': '优化办负责人', en: 'Office leader' },
  DEPT_STAFF: { 'zh-CN': '部门承办人', en: 'Department handler' },
  DEPT_LEADER: { 'zh-CN': '部门负责人', en: 'Department leader' },
  INSPECTOR: { 'zh-CN': '巡查员', en: 'Inspector' },
  SYS_ADMIN: { 'zh-CN': '系统管理员', en: 'System administrator' },
  AUDITOR: { 'zh-CN': '审计员', en: 'Auditor' },
};
