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
  CLAIM_PENDING: {
    'zh-CN': '企业账号尚待优化办审核，审核通过后即可使用',
    en: 'Your enterprise account is waiting for the office to verify it',
  },
  GRID_NOT_EMPTY: {
    'zh-CN': '该网格下仍有下级网格、企业、服务网点或网格长，不能删除',
    en: 'This grid still holds sub-grids, enterprises, service points or grid heads and cannot be removed',
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
  taken: { 'zh-CN': '{field}已被使用', en: '{field} is already in use' },
  creditCode: {
    'zh-CN': '{field}不符合 GB 32100-2015 规则（校验位错误或含非法字符）',
    en: '{field} is not a valid GB 32100-2015 code (wrong check character or characters)',
  },
  unknownEnterprise: {
    'zh-CN': '{field}不在本区企业名录中，请联系所在网格长或优化办',
    en: '{field} is not in the district directory; contact your grid head or the office',
  },
  nameMismatch: { 'zh-CN': '{field}与名录中的企业名称不一致', en: '{field} does not match the directory' },
  notFound: { 'zh-CN': '{field}不存在', en: '{field} does not exist' },
  gridLevel: { 'zh-CN': '{field}层级不正确', en: '{field} is at the wrong level' },
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
  name: { 'zh-CN': '名称', en: 'Name' },
  code: { 'zh-CN': '编码', en: 'Code' },
  parentId: { 'zh-CN': '上级网格', en: 'Parent grid' },
  gridId: { 'zh-CN': '所属网格', en: 'Grid' },
  shortName: { 'zh-CN': '简称', en: 'Short name' },
  kind: { 'zh-CN': '类型', en: 'Kind' },
  contactPhone: { 'zh-CN': '联系电话', en: 'Contact phone' },
  contactName: { 'zh-CN': '联系人', en: 'Contact person' },
  creditCode: { 'zh-CN': '统一社会信用代码', en: 'Unified social credit code' },
  enterpriseName: { 'zh-CN': '企业名称', en: 'Enterprise name' },
  legalRepresentative: { 'zh-CN': '法定代表人', en: 'Legal representative' },
  address: { 'zh-CN': '地址', en: 'Address' },
  displayName: { 'zh-CN': '姓名', en: 'Name' },
  username: { 'zh-CN': '用户名', en: 'User name' },
  mobile: { 'zh-CN': '手机号', en: 'Mobile number' },
  roles: { 'zh-CN': '角色', en: 'Roles' },
  departmentId: { 'zh-CN': '所属部门', en: 'Department' },
  enterpriseId: { 'zh-CN': '所属企业', en: 'Enterprise' },
  phone: { 'zh-CN': '电话', en: 'Phone' },
  openingHours: { 'zh-CN': '办公时间', en: 'Opening hours' },
  services: { 'zh-CN': '服务事项', en: 'Services' },
  reason: { 'zh-CN': '原因', en: 'Reason' },
  file: { 'zh-CN': '文件', en: 'File' },
  gridCode: { 'zh-CN': '所属网格编码', en: 'Grid code' },
  filter: { 'zh-CN': '导出范围（条）', en: 'Export (rows)' },
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
