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
  INVALID_CREDENTIALS: {
    'zh-CN': '用户名或密码错误，还可尝试 {remainingAttempts} 次，之后账号将锁定 {minutes} 分钟',
    en: 'Wrong user name or password; {remainingAttempts} attempts left before a {minutes}-minute lock',
  },
  CAPTCHA_REQUIRED: {
    'zh-CN': '请输入图形验证码后再登录（还可尝试 {remainingAttempts} 次）',
    en: 'Please type the characters shown in the picture ({remainingAttempts} attempts left)',
  },
  CAPTCHA_INVALID: {
    'zh-CN': '图形验证码错误或已失效，请输入新的验证码（还可尝试 {remainingAttempts} 次）',
    en: 'The picture code was wrong or has expired; please type the new one ({remainingAttempts} attempts left)',
  },
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
  INVALID_TRANSITION: {
    'zh-CN': '该诉求当前状态为「{state}」，不能执行「{action}」',
    en: 'The case is "{state}"; "{action}" is not possible now',
  },
  EXPORT_RUNNING: {
    'zh-CN': '您已有一个导出正在进行，请等它完成后再导出',
    en: 'You already have an export in progress; wait for it to finish before starting another',
  },
  EXPORT_TOO_LARGE: {
    'zh-CN': '导出结果超过 {max} 行，请缩小筛选范围后重试',
    en: 'The export has more than {max} rows; narrow the filters and try again',
  },
  EXPORT_FAILED: { 'zh-CN': '导出失败，请稍后重试', en: 'The export failed; please try again later' },
  BAD_REQUEST: { 'zh-CN': '请求无效', en: 'Bad request' },
  QUERY_TOO_COSTLY: {
    'zh-CN': '查询过大（估算成本 {cost}，上限 {max}），请减少每页条数或查询的字段',
    en: 'The query is too large (estimated cost {cost}, limit {max}); ask for smaller pages or fewer fields',
  },
  QUERY_TOO_LARGE: {
    'zh-CN': '请求过大：一次查询最多 {max} 个词法单元',
    en: 'The query is too large: at most {max} tokens',
  },
  PERSISTED_QUERY_NOT_SUPPORTED: {
    'zh-CN': '不支持持久化查询，请发送完整的查询语句',
    en: 'Persisted queries are not supported; send the full query',
  },
  INTERNAL: {
    'zh-CN': '服务器内部错误，请稍后再试（请求编号 {requestId}）',
    en: 'Internal server error; please try again later (request id {requestId})',
  },
} as const satisfies Record<string, Record<Locale, string>>;

export type ErrorCode = keyof typeof ERROR_MESSAGES;
