import type { Locale } from './locale.js';

/**
 * Every error a client may see carries one of these codes in `extensions.code`.
 * The messages are the translated text; `{name}` placeholders are filled from the error's params.
 */
export const ERROR_MESSAGES = {
  UNAUTHENTICATED: { 'zh-CN': '请先登录', en: 'Please sign in first' },
  SESSION_EXPIRED: {
    'zh-CN': '登录已过期，请重新登录',
    en: 'Your session has expired; please sign in again',
  },
  FORBIDDEN: { 'zh-CN': '您没有执行此操作的权限', en: 'You are not allowed to do this' },
  PASSWORD_CHANGE_REQUIRED: {
    'zh-CN': '首次登录请先修改密码',
    en: 'Please change your password before you continue',
  },
  INVALID_CREDENTIALS: { 'zh-CN': '用户名或密码错误', en: 'Wrong user name or password' },
  ACCOUNT_LOCKED: {
    'zh-CN': '密码错误次数过多，账号已锁定，请 {minutes} 分钟后再试',
    en: 'Too many failed attempts; the account is locked, try again in {minutes} minutes',
  },
  ACCOUNT_DISABLED: { 'zh-CN': '账号已停用', en: 'This account has been deactivated' },
  WRONG_APP_PORTAL: {
    'zh-CN': '工作人员请在管理端登录',
    en: 'Staff accounts sign in on the admin app',
  },
  WRONG_APP_ADMIN: {
    'zh-CN': '企业用户和网格长请在门户登录',
    en: 'Enterprise users and grid heads sign in on the portal',
  },
  WRONG_CURRENT_PASSWORD: { 'zh-CN': '当前密码不正确', en: 'The current password is wrong' },
  RATE_LIMITED: {
    'zh-CN': '操作过于频繁，请 {seconds} 秒后再试',
    en: 'Too many requests; try again in {seconds} seconds',
  },
  VALIDATION: { 'zh-CN': '输入有误：{details}', en: 'Invalid input: {details}' },
  NOT_FOUND: { 'zh-CN': '未找到该记录', en: 'Not found' },
  CONFLICT: {
    'zh-CN': '数据已被他人修改，请刷新后重试',
    en: 'Someone else changed this record; reload and try again',
  },
  BAD_REQUEST: { 'zh-CN': '请求无效', en: 'Bad request' },
  INTERNAL: {
    'zh-CN': '服务器内部错误，请稍后再试（请求编号 {requestId}）',
    en: 'Internal server error; please try again later (request id {requestId})',
  },
} as const satisfies Record<string, Record<Locale, string>>;

export type ErrorCode = keyof typeof ERROR_MESSAGES;

/** Messages for a single invalid field, named by `extensions.fields[].field`. */
export const VALIDATION_MESSAGES = {
  required: { 'zh-CN': '{field}不能为空', en: '{field} is required' },
  tooShort: { 'zh-CN': '{field}至少 {min} 个字符', en: '{field} needs at least {min} characters' },
  tooLong: { 'zh-CN': '{field}最多 {max} 个字符', en: '{field} may have at most {max} characters' },
  invalid: { 'zh-CN': '{field}格式不正确', en: '{field} is not valid' },
  passwordClasses: {
    'zh-CN': '{field}须包含大写字母、小写字母、数字、符号中的至少三类',
    en: '{field} must mix at least three of: upper case, lower case, digits, symbols',
  },
  wrongPassword: { 'zh-CN': '{field}不正确', en: '{field} is wrong' },
  passwordReuse: {
    'zh-CN': '新密码不能与当前密码相同',
    en: 'The new password must differ from the current one',
  },
} as const satisfies Record<string, Record<Locale, string>>;

export type ValidationRule = keyof typeof VALIDATION_MESSAGES;

/** Field names as users read them. */
export const FIELD_LABELS: Record<string, Record<Locale, string>> = {
  identifier: { 'zh-CN': '用户名或手机号', en: 'User name or mobile' },
  password: { 'zh-CN': '密码', en: 'Password' },
  currentPassword: { 'zh-CN': '当前密码', en: 'Current password' },
  newPassword: { 'zh-CN': '新密码', en: 'New password' },
  first: { 'zh-CN': '每页条数', en: 'Page size' },
  after: { 'zh-CN': '分页游标', en: 'Page cursor' },
  keyword: { 'zh-CN': '关键词', en: 'Keyword' },
};

export function formatMessage(template: string, params: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) =>
    key in params ? String(params[key]) : whole,
  );
}

export function fieldLabel(field: string, locale: Locale): string {
  return FIELD_LABELS[field]?.[locale] ?? field;
}

export function validationMessage(
  rule: ValidationRule,
  field: string,
  locale: Locale,
  params: Record<string, string | number> = {},
): string {
  return formatMessage(VALIDATION_MESSAGES[rule][locale], { ...params, field: fieldLabel(field, locale) });
}
