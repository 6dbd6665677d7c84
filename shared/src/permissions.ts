import { ADMIN_ROLES, type Role } from './roles.js';

const OFFICE: readonly Role[] = ['OFFICE_STAFF', 'OFFICE_LEADER'];
const DEPARTMENT: readonly Role[] = ['DEPT_STAFF', 'DEPT_LEADER'];
const REPORTER: readonly Role[] = ['ENTERPRISE', 'GRID_HEAD'];

const CASE_EXPORTERS: readonly Role[] = OFFICE;
const DIRECTORY_EXPORTERS: readonly Role[] = ['SYS_ADMIN', ...OFFICE];
const AUDIT_EXPORTERS: readonly Role[] = ['AUDITOR'];

/**
 * Every permission and the roles that hold it — the one place where role groups are defined.
 * The server's `@Allow`, the lifecycle table, the apps' routes, menus and `v-access` all name a
 * permission from here, so granting a role something new is a one-line change.
 */
export const PERMISSIONS = {
  /** Submit, follow, supplement and withdraw one's own cases (enterprises; grid heads on their behalf). */
  'case.report': REPORTER,
  /** The verdict on a reply, satisfied or not: only the enterprise itself gives it. */
  'case.evaluate': ['ENTERPRISE'],
  /** Read cases in the admin app: the office all of them, a department those assigned to it. */
  'case.read': [...OFFICE, ...DEPARTMENT],
  /** The office's work on a case: enter, triage, assign, review, supervise. */
  'case.triage': OFFICE,
  /** A department's work on an assigned case, including revealing the reporter's contact. */
  'case.handle': DEPARTMENT,
  /** What only a department's leader may do: send the reply, ask for an extension or a return. */
  'case.departmentLead': ['DEPT_LEADER'],
  /** What only the office's leader may decide: extensions and returns. */
  'case.officeLead': ['OFFICE_LEADER'],
  'case.export': CASE_EXPORTERS,
  /** The supervision board 督查台 (warnings and detections) and issuing 督办 and 催办: the office. */
  'supervision.manage': OFFICE,
  /** Seeing and acknowledging the 督办 issued to one's own department. */
  'supervision.acknowledge': DEPARTMENT,
  /** The dispatch catalogue (派单目录) and the time limits per category: the office reads them. */
  'dispatch.read': OFFICE,
  /** Keep the dispatch catalogue and change the time limits: the office's leader. */
  'dispatch.manage': ['OFFICE_LEADER'],
  /** Department scorecards 部门考核: the office sees every department, a department its own row and rank. */
  'scorecard.read': [...OFFICE, ...DEPARTMENT],
  /** Every department's scorecard row and the cases behind it, not only one's own. */
  'scorecard.all': OFFICE,
  /** Set the scorecard's weights and minimum sample, with a preview of the ranking. */
  'scorecard.manage': ['OFFICE_LEADER'],
  /** The office dashboard 数据驾驶舱. */
  'dashboard.read': OFFICE,
  /**
   * The monthly report 月报 and its workbook: every department's ranking and the accountability
   * records of the month, so the office's alone.
   */
  'report.monthly': OFFICE,
  /** The enterprise directory: list, read and edit enterprises, import them, list service points. */
  'directory.read': ['SYS_ADMIN', ...OFFICE],
  'directory.write': ['SYS_ADMIN', ...OFFICE],
  'directory.export': DIRECTORY_EXPORTERS,
  /** Verify or refuse an account's claim to act for an enterprise. */
  'directory.claims': OFFICE,
  /** The enterprise an enterprise account acts for, and its other accounts. */
  'directory.ownEnterprise': ['ENTERPRISE'],
  /** The enterprises in a grid head's grid. */
  'directory.ownGrid': ['GRID_HEAD'],
  /** Grids and departments as pick lists: every admin user needs them. */
  'organisation.read': ADMIN_ROLES,
  /** Create and change grids, departments and service points. */
  'organisation.write': ['SYS_ADMIN'],
  'users.manage': ['SYS_ADMIN'],
  'audit.read': ['AUDITOR'],
  /** Export the filtered audit log with a chain check. */
  'audit.export': AUDIT_EXPORTERS,
  'jobs.manage': ['SYS_ADMIN'],
  /** The working calendar as deadlines need it: everyone who works with deadlines. */
  'calendar.read': ['SYS_ADMIN', ...OFFICE, ...DEPARTMENT],
  /** The calendar page, where the office checks the coming holidays. */
  'calendar.view': ['SYS_ADMIN', ...OFFICE],
  /** The warning that next year's holidays are missing: for those who enter or chase them. */
  'calendar.warning': ['SYS_ADMIN', 'OFFICE_LEADER'],
  'calendar.write': ['SYS_ADMIN'],
  'messages.sent': ['SYS_ADMIN', ...OFFICE],
  /**
   * Accountability records 问责: the office reads them all, a department only those that name it
   * (scoped in SQL, docs/supervision.md#accountability).
   */
  'accountability.read': [...OFFICE, ...DEPARTMENT],
  /** The office's accountability work: candidates, figures and the notices as published or withdrawn. */
  'accountability.office': OFFICE,
  /** Record accountability and publish or withdraw public notices 通报: the office's leader. */
  'accountability.manage': ['OFFICE_LEADER'],
  /** Condition reports 运行情况: an enterprise its own, a grid head those of their grid (on the portal). */
  'condition.report': REPORTER,
  /** Grid heads' visits 走访 to the enterprises of their grid. */
  'condition.visit': ['GRID_HEAD'],
  /** The office's condition dashboard, an enterprise's condition history, the export. */
  'condition.read': OFFICE,
  'condition.export': OFFICE,
  /** Listing one's exports: everyone who may export something. */
  /** Inspection teams and tasks (巡查小组, 巡查任务): the office's leader keeps them. */
  'inspection.manage': ['OFFICE_LEADER'],
  /** Inspection work: records, findings and what becomes of each finding. */
  'inspection.work': ['INSPECTOR'],
  /** Read teams, every suggestion and the figures; verify rectifications: the office. */
  'inspection.read': OFFICE,
  /**
   * Search the enterprises a finding of a task may become a case for (scoped in SQL to the task's
   * target, docs/inspections.md#turning-a-finding-into-a-case): inspectors, who have no directory.
   */
  'inspection.enterprises': ['INSPECTOR'],
  /** Read inspection tasks and records: the office all of them, an inspector their team's. */
  'inspection.tasks': [...OFFICE, 'INSPECTOR'],
  /** The list of rectification suggestions: the office all, a department those addressed to it. */
  'rectification.read': [...OFFICE, ...DEPARTMENT],
  /** Rectification suggestions (整改建议) addressed to one's department, and reporting on them. */
  'rectification.report': DEPARTMENT,
  'exports.list': [...new Set([...CASE_EXPORTERS, ...DIRECTORY_EXPORTERS, ...AUDIT_EXPORTERS])],
} as const satisfies Record<string, readonly Role[]>;

export type PermissionName = keyof typeof PERMISSIONS;

/** The roles that hold `permission`. */
export function rolesWith(permission: PermissionName): readonly Role[] {
  return PERMISSIONS[permission];
}

/** Whether a user holding `roles` has `permission`. */
export function can(roles: readonly Role[], permission: PermissionName): boolean {
  return PERMISSIONS[permission].some((role) => roles.includes(role));
}
