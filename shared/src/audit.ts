import { CASE_ACTIONS } from './cases/lifecycle.js';
import type { Locale } from './locale.js';

/**
 * What each action code in the audit log means, as the auditor reads it. Case actions are written
 * as `case.<action>` and read through the lifecycle's own labels (CASE_ACTIONS).
 */
export const AUDIT_ACTIONS = {
  LOGIN: { 'zh-CN': '登录', en: 'Signed in' },
  LOGIN_FAILED: { 'zh-CN': '登录失败（密码错误）', en: 'Sign-in failed (wrong password)' },
  ACCOUNT_LOCKED: { 'zh-CN': '账号被锁定（多次密码错误）', en: 'Account locked (repeated wrong passwords)' },
  LOGIN_REFUSED_LOCKED: { 'zh-CN': '登录被拒（账号锁定中）', en: 'Sign-in refused (account locked)' },
  LOGIN_REFUSED_CAPTCHA: {
    'zh-CN': '登录被拒（图形验证码错误）',
    en: 'Sign-in refused (wrong picture code)',
  },
  LOGIN_REFUSED_DISABLED: { 'zh-CN': '登录被拒（账号已停用）', en: 'Sign-in refused (account disabled)' },
  LOGIN_REFUSED_WRONG_APP: {
    'zh-CN': '登录被拒（账号不属于此端）',
    en: 'Sign-in refused (account of the other app)',
  },
  LOGOUT: { 'zh-CN': '退出登录', en: 'Signed out' },
  PASSWORD_CHANGED: { 'zh-CN': '修改密码', en: 'Changed password' },
  PASSWORD_RESET: { 'zh-CN': '重置密码', en: 'Reset password' },
  USER_CREATED: { 'zh-CN': '新建用户', en: 'Created user' },
  USER_UPDATED: { 'zh-CN': '修改用户', en: 'Changed user' },
  USER_ACTIVATED: { 'zh-CN': '启用用户', en: 'Enabled user' },
  USER_DEACTIVATED: { 'zh-CN': '停用用户', en: 'Disabled user' },
  ENTERPRISE_ACCOUNT_REGISTERED: { 'zh-CN': '企业账号注册', en: 'Enterprise account registered' },
  ENTERPRISE_CLAIM_APPROVED: { 'zh-CN': '企业认领审核通过', en: 'Enterprise claim approved' },
  ENTERPRISE_CLAIM_REJECTED: { 'zh-CN': '企业认领审核驳回', en: 'Enterprise claim rejected' },
  ENTERPRISE_CREATED: { 'zh-CN': '新建企业', en: 'Created enterprise' },
  ENTERPRISE_UPDATED: { 'zh-CN': '修改企业', en: 'Changed enterprise' },
  ENTERPRISE_CONTACT_UPDATED: { 'zh-CN': '修改企业联系信息', en: 'Changed enterprise contact' },
  GRID_CREATED: { 'zh-CN': '新建网格', en: 'Created grid' },
  GRID_UPDATED: { 'zh-CN': '修改网格', en: 'Changed grid' },
  GRID_MOVED: { 'zh-CN': '调整网格上级', en: 'Moved grid' },
  GRID_ACTIVATED: { 'zh-CN': '启用网格', en: 'Enabled grid' },
  GRID_DEACTIVATED: { 'zh-CN': '停用网格', en: 'Disabled grid' },
  GRID_REMOVED: { 'zh-CN': '删除网格', en: 'Removed grid' },
  DEPARTMENT_CREATED: { 'zh-CN': '新建部门', en: 'Created department' },
  DEPARTMENT_UPDATED: { 'zh-CN': '修改部门', en: 'Changed department' },
  DEPARTMENT_ACTIVATED: { 'zh-CN': '启用部门', en: 'Enabled department' },
  DEPARTMENT_DEACTIVATED: { 'zh-CN': '停用部门', en: 'Disabled department' },
  SERVICE_POINT_CREATED: { 'zh-CN': '新建服务站点', en: 'Created service point' },
  SERVICE_POINT_UPDATED: { 'zh-CN': '修改服务站点', en: 'Changed service point' },
  SERVICE_POINT_ACTIVATED: { 'zh-CN': '启用服务站点', en: 'Enabled service point' },
  SERVICE_POINT_DEACTIVATED: { 'zh-CN': '停用服务站点', en: 'Disabled service point' },
  CALENDAR_YEAR_CREATED: { 'zh-CN': '登记年度工作日历', en: 'Entered working-day calendar' },
  CALENDAR_YEAR_UPDATED: { 'zh-CN': '修改年度工作日历', en: 'Changed working-day calendar' },
  CONDITION_REPORTED: { 'zh-CN': '填报企业运行情况', en: 'Reported enterprise condition' },
  CONDITION_VISIT_RECORDED: { 'zh-CN': '登记走访', en: 'Recorded a visit' },
  DISPATCH_MATTER_CREATED: { 'zh-CN': '新增派单事项', en: 'Added dispatch matter' },
  DISPATCH_MATTER_UPDATED: { 'zh-CN': '修改派单事项', en: 'Changed dispatch matter' },
  DISPATCH_MATTER_REMOVED: { 'zh-CN': '删除派单事项', en: 'Removed dispatch matter' },
  TIME_LIMITS_UPDATED: { 'zh-CN': '修改办理时限', en: 'Changed time limits' },
  ACCOUNTABILITY_RECORDED: { 'zh-CN': '新建问责记录', en: 'Recorded accountability' },
  ACCOUNTABILITY_UPDATED: { 'zh-CN': '修改问责记录', en: 'Changed accountability record' },
  NOTICE_PUBLISHED: { 'zh-CN': '发布问责通报', en: 'Published notice' },
  NOTICE_WITHDRAWN: { 'zh-CN': '撤回问责通报', en: 'Withdrew notice' },
  SCORECARD_WEIGHTS_UPDATED: { 'zh-CN': '修改考核权重', en: 'Changed scorecard weights' },
  INSPECTION_TEAM_CREATED: { 'zh-CN': '新建巡查小组', en: 'Created inspection team' },
  INSPECTION_TEAM_UPDATED: { 'zh-CN': '修改巡查小组', en: 'Changed inspection team' },
  INSPECTION_TASK_CREATED: { 'zh-CN': '新建巡查任务', en: 'Created inspection task' },
  INSPECTION_TASK_UPDATED: { 'zh-CN': '修改巡查任务', en: 'Changed inspection task' },
  INSPECTION_RECORD_CREATED: { 'zh-CN': '登记巡查记录', en: 'Recorded inspection' },
  INSPECTION_FINDING_SOLVED: { 'zh-CN': '巡查问题现场解决', en: 'Finding solved on the spot' },
  INSPECTION_FINDING_FILED: { 'zh-CN': '巡查问题转为诉求', en: 'Finding turned into a case' },
  INSPECTION_FINDING_SUGGESTED: { 'zh-CN': '下发整改建议', en: 'Issued rectification suggestion' },
  RECTIFICATION_REPORTED: { 'zh-CN': '报送整改情况', en: 'Reported rectification' },
  RECTIFICATION_ACCEPTED: { 'zh-CN': '整改核实通过', en: 'Accepted rectification' },
  RECTIFICATION_SENT_BACK: { 'zh-CN': '整改退回', en: 'Sent rectification back' },
  'case.revealContact': { 'zh-CN': '诉求：查看联系方式', en: 'Case: revealed contact' },
  'job.retry': { 'zh-CN': '重试后台任务', en: 'Retried background job' },
  'export.request': { 'zh-CN': '申请导出', en: 'Requested export' },
  'export.download': { 'zh-CN': '下载导出文件', en: 'Downloaded export' },
} as const satisfies Record<string, Record<Locale, string>>;

const has = <T extends object>(table: T, key: string): key is Extract<keyof T, string> =>
  Object.prototype.hasOwnProperty.call(table, key);

const CASE_PREFIX = 'case.';
const CASE_WORD = { 'zh-CN': '诉求：', en: 'Case: ' } as const;

/** The readable name of an action code, or null when the code is unknown. */
export function auditActionLabel(code: string, locale: Locale): string | null {
  if (has(AUDIT_ACTIONS, code)) return AUDIT_ACTIONS[code][locale];
  if (code.startsWith(CASE_PREFIX)) {
    const action = code.slice(CASE_PREFIX.length);
    if (has(CASE_ACTIONS, action)) return CASE_WORD[locale] + CASE_ACTIONS[action][locale];
  }
  return null;
}

/** Every action code with a label: the auditor's choice of actions (case actions included). */
export function auditActionCodes(): string[] {
  return [...Object.keys(AUDIT_ACTIONS), ...Object.keys(CASE_ACTIONS).map((action) => CASE_PREFIX + action)];
}
