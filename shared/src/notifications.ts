import type { Locale } from './locale.js';

interface Template {
  title: string;
  body: string;
}

/**
 * The events that notify someone, with their text in each language. `{name}` placeholders take
 * the notification's parameters; the same templates make the in-app message, the SMS (body) and
 * the e-mail (title as subject).
 */
export const NOTIFICATION_TEMPLATES = {
  CASE_SUBMITTED: {
    'zh-CN': { title: '新诉求待受理', body: '诉求 {trackingNo}「{title}」已提交，请在时限内受理。' },
    en: {
      title: 'New case to accept',
      body: 'Case {trackingNo} "{title}" was submitted; please accept or reject it in time.',
    },
  },
  CASE_RECEIVED: {
    'zh-CN': {
      title: '诉求已提交',
      body: '您的诉求「{title}」已提交，编号 {trackingNo}，查询码 {queryCode}。',
    },
    en: {
      title: 'Case submitted',
      body: 'Your case "{title}" was submitted as {trackingNo}; query code {queryCode}.',
    },
  },
  CASE_ACCEPTED: {
    'zh-CN': { title: '诉求已受理', body: '您的诉求 {trackingNo}「{title}」已受理。' },
    en: { title: 'Case accepted', body: 'Your case {trackingNo} "{title}" has been accepted.' },
  },
  CASE_REJECTED: {
    'zh-CN': { title: '诉求不予受理', body: '您的诉求 {trackingNo}「{title}」不予受理：{note}' },
    en: { title: 'Case not accepted', body: 'Your case {trackingNo} "{title}" was not accepted: {note}' },
  },
  CASE_INFO_REQUESTED: {
    'zh-CN': { title: '请补充材料', body: '您的诉求 {trackingNo}「{title}」需要补充材料：{note}' },
    en: {
      title: 'More information needed',
      body: 'Your case {trackingNo} "{title}" needs more information: {note}',
    },
  },
  CASE_SUPPLEMENTED: {
    'zh-CN': { title: '诉求已补充材料', body: '诉求 {trackingNo}「{title}」已补充材料，请继续受理。' },
    en: {
      title: 'Case supplemented',
      body: 'Case {trackingNo} "{title}" was supplemented; please continue.',
    },
  },
  CASE_DUPLICATE: {
    'zh-CN': {
      title: '诉求已合并办理',
      body: '您的诉求 {trackingNo} 与诉求 {originalTrackingNo} 重复，将随该诉求一并办理。',
    },
    en: {
      title: 'Duplicate case',
      body: 'Your case {trackingNo} duplicates case {originalTrackingNo} and is handled with it.',
    },
  },
  CASE_WITHDRAWN: {
    'zh-CN': { title: '诉求已撤回', body: '诉求 {trackingNo}「{title}」已由提交人撤回。' },
    en: { title: 'Case withdrawn', body: 'Case {trackingNo} "{title}" was withdrawn by its submitter.' },
  },
  CASE_REPLIED: {
    'zh-CN': { title: '诉求已答复', body: '您的诉求 {trackingNo}「{title}」已答复，请查看并评价。' },
    en: {
      title: 'Case replied',
      body: 'Your case {trackingNo} "{title}" has a reply; please read and evaluate it.',
    },
  },
  CASE_AUTO_CLOSED: {
    'zh-CN': {
      title: '诉求已自动办结',
      body: '您的诉求 {trackingNo}「{title}」答复后 7 日内未评价，已自动办结。',
    },
    en: {
      title: 'Case closed',
      body: 'Your case {trackingNo} "{title}" was not evaluated within 7 days of its reply and has been closed.',
    },
  },
  CASE_ASSIGNED: {
    'zh-CN': { title: '新交办诉求待签收', body: '诉求 {trackingNo}「{title}」已交办贵单位，请及时签收。' },
    en: {
      title: 'Case assigned to sign',
      body: 'Case {trackingNo} "{title}" was assigned to your department; please sign for it.',
    },
  },
  CASE_IN_HAND: {
    'zh-CN': { title: '诉求已交办', body: '您的诉求 {trackingNo}「{title}」已交由{department}办理。' },
    en: {
      title: 'Case assigned',
      body: 'Your case {trackingNo} "{title}" is being handled by {department}.',
    },
  },
  CASE_OPINION_GIVEN: {
    'zh-CN': { title: '协办意见已反馈', body: '{department}已就诉求 {trackingNo}「{title}」反馈协办意见。' },
    en: {
      title: 'Co-handling opinion received',
      body: '{department} gave its opinion on case {trackingNo} "{title}".',
    },
  },
  CASE_REPLY_DRAFTED: {
    'zh-CN': { title: '答复待审核签发', body: '诉求 {trackingNo}「{title}」的答复已拟好，请审核后报送。' },
    en: {
      title: 'Reply to approve',
      body: 'The reply to case {trackingNo} "{title}" is drafted; please approve and send it.',
    },
  },
  CASE_REPLY_SUBMITTED: {
    'zh-CN': { title: '答复待审核', body: '诉求 {trackingNo}「{title}」的部门答复已报送，请审核。' },
    en: {
      title: 'Reply to review',
      body: 'The department sent its reply to case {trackingNo} "{title}"; please review it.',
    },
  },
  CASE_SENT_BACK: {
    'zh-CN': { title: '答复被退回重办', body: '诉求 {trackingNo}「{title}」的答复被退回重办：{note}' },
    en: {
      title: 'Reply sent back',
      body: 'The reply to case {trackingNo} "{title}" was sent back for rework: {note}',
    },
  },
  CASE_DISPUTED: {
    'zh-CN': { title: '企业评价不满意', body: '诉求 {trackingNo}「{title}」的答复被评价为不满意，请处理。' },
    en: {
      title: 'Dissatisfied evaluation',
      body: 'The enterprise is dissatisfied with the reply to case {trackingNo} "{title}"; please act on it.',
    },
  },
  CASE_REOPENED: {
    'zh-CN': { title: '诉求重新办理', body: '诉求 {trackingNo}「{title}」已重新办理：{note}' },
    en: { title: 'Case reopened', body: 'Case {trackingNo} "{title}" was reopened: {note}' },
  },
  CASE_RESUMED: {
    'zh-CN': {
      title: '诉求重新办理',
      body: '您对诉求 {trackingNo}「{title}」的不满意评价已收到，承办部门将重新办理并再次答复。',
    },
    en: {
      title: 'Case handled again',
      body: 'Following your dissatisfied evaluation, case {trackingNo} "{title}" is being handled again; a new reply will follow.',
    },
  },
  CASE_EVALUATED: {
    'zh-CN': {
      title: '企业评价满意，诉求已办结',
      body: '诉求 {trackingNo}「{title}」获企业满意评价，已办结。',
    },
    en: {
      title: 'Satisfied evaluation: case closed',
      body: 'The enterprise is satisfied with the reply to case {trackingNo} "{title}"; the case is closed.',
    },
  },
  CASE_CLOSED: {
    'zh-CN': { title: '诉求已办结', body: '您的诉求 {trackingNo}「{title}」已办结：{note}' },
    en: { title: 'Case closed', body: 'Your case {trackingNo} "{title}" has been closed: {note}' },
  },
  CASE_EXTENSION_REQUESTED: {
    'zh-CN': {
      title: '延期申请待审批',
      body: '诉求 {trackingNo}「{title}」申请延期 {days} 个工作日：{note}',
    },
    en: {
      title: 'Extension to decide',
      body: 'Case {trackingNo} "{title}" asks for {days} more working days: {note}',
    },
  },
  CASE_RETURN_REQUESTED: {
    'zh-CN': { title: '退回申请待审批', body: '诉求 {trackingNo}「{title}」申请退回：{note}' },
    en: {
      title: 'Return to decide',
      body: 'The department asks to return case {trackingNo} "{title}": {note}',
    },
  },
  CASE_EXTENSION_APPROVED: {
    'zh-CN': { title: '延期申请已批准', body: '诉求 {trackingNo}「{title}」的延期申请已批准：{note}' },
    en: {
      title: 'Extension approved',
      body: 'The extension of case {trackingNo} "{title}" was approved: {note}',
    },
  },
  CASE_EXTENSION_DENIED: {
    'zh-CN': { title: '延期申请未批准', body: '诉求 {trackingNo}「{title}」的延期申请未批准：{note}' },
    en: {
      title: 'Extension denied',
      body: 'The extension of case {trackingNo} "{title}" was denied: {note}',
    },
  },
  CASE_RETURN_APPROVED: {
    'zh-CN': { title: '退回申请已同意', body: '诉求 {trackingNo}「{title}」的退回申请已同意：{note}' },
    en: { title: 'Return approved', body: 'The return of case {trackingNo} "{title}" was approved: {note}' },
  },
  CASE_RETURN_DENIED: {
    'zh-CN': {
      title: '退回申请未同意',
      body: '诉求 {trackingNo}「{title}」的退回申请未同意，请继续办理：{note}',
    },
    en: {
      title: 'Return denied',
      body: 'The return of case {trackingNo} "{title}" was denied; please carry on: {note}',
    },
  },
  CASE_RETURNED: {
    'zh-CN': {
      title: '诉求已退回待重新交办',
      body: '诉求 {trackingNo}「{title}」已退回，请重新交办：{note}',
    },
    en: {
      title: 'Case returned',
      body: 'Case {trackingNo} "{title}" was returned; please assign it again: {note}',
    },
  },
  ACCOUNTABILITY_RECORDED: {
    'zh-CN': {
      title: '问责决定',
      body: '{date} 对{subject}作出问责决定：{type}。事由：{reason}',
    },
    en: {
      title: 'Accountability decision',
      body: 'On {date}, {subject} was held accountable: {type}. Reason: {reason}',
    },
  },
  CASE_WARNING_YELLOW: {
    'zh-CN': {
      title: '黄牌预警：今日到期',
      body: '诉求 {trackingNo}「{title}」的{step}环节今日到期，请及时办理。',
    },
    en: {
      title: 'Yellow warning: due today',
      body: 'The {stepEn} step of case {trackingNo} "{title}" is due today.',
    },
  },
  CASE_WARNING_RED: {
    'zh-CN': {
      title: '红牌预警：已超期',
      body: '诉求 {trackingNo}「{title}」的{step}环节已超过办理时限，请立即办理。',
    },
    en: {
      title: 'Red warning: overdue',
      body: 'The {stepEn} step of case {trackingNo} "{title}" is overdue.',
    },
  },
  RECTIFICATION_WARNING_YELLOW: {
    'zh-CN': {
      title: '黄牌预警：整改今日到期',
      body: '{department}的整改建议「{suggestion}」今日到期，请及时整改并报送整改情况。',
    },
    en: {
      title: 'Yellow warning: rectification due today',
      body: 'The rectification suggestion "{suggestion}" to {department} is due today.',
    },
  },
  RECTIFICATION_WARNING_RED: {
    'zh-CN': {
      title: '红牌预警：整改已逾期',
      body: '{department}的整改建议「{suggestion}」已超过整改期限，请立即整改并报送整改情况。',
    },
    en: {
      title: 'Red warning: rectification overdue',
      body: 'The rectification suggestion "{suggestion}" to {department} is overdue.',
    },
  },
  CASE_SUPERVISED: {
    'zh-CN': {
      title: '督办通知',
      body: '诉求 {trackingNo}「{title}」被{level}，请于 {deadline} 前办理并签收督办：{note}',
    },
    en: {
      title: 'Supervision notice',
      body: 'Case {trackingNo} "{title}" is under supervision ({levelEn}); act by {deadline} and acknowledge: {note}',
    },
  },
  CASE_URGED: {
    'zh-CN': { title: '催办通知', body: '诉求 {trackingNo}「{title}」被催办，请尽快办理：{note}' },
    en: { title: 'Urged', body: 'Case {trackingNo} "{title}" was urged; please act soon: {note}' },
  },
  CASE_SUPERVISION_ACKNOWLEDGED: {
    'zh-CN': { title: '督办已签收', body: '{department}已签收诉求 {trackingNo}「{title}」的督办：{note}' },
    en: {
      title: 'Supervision acknowledged',
      body: '{department} acknowledged the supervision of case {trackingNo} "{title}": {note}',
    },
  },
  CONDITION_REPORT_DUE: {
    'zh-CN': {
      title: '请填报本月运行情况',
      body: '{enterpriseName}尚未填报 {month} 的企业运行情况，今天（{dueDate}）截止，请及时填报。',
    },
    en: {
      title: "This month's condition report is due",
      body: '{enterpriseName} has not reported its condition for {month}; it is due today ({dueDate}).',
    },
  },
  CONDITION_REPORTS_MISSING: {
    'zh-CN': {
      title: '网格内企业运行情况未填报',
      body: '您的网格有 {count} 家企业尚未填报 {month} 的运行情况：{names}',
    },
    en: {
      title: 'Condition reports missing in your grid',
      body: '{count} enterprises in your grid have not reported their condition for {month}: {names}',
    },
  },
} as const satisfies Record<string, Record<Locale, Template>>;
export type NotificationEvent = keyof typeof NOTIFICATION_TEMPLATES;
export const NOTIFICATION_EVENT_CODES = Object.keys(NOTIFICATION_TEMPLATES) as NotificationEvent[];

/** The title and body of an event's notification in one language; a missing parameter stays visible as {name}. */
export function renderNotification(
  event: NotificationEvent,
  params: Readonly<Record<string, string>>,
  locale: Locale,
): Template {
  const fill = (text: string) => text.replace(/\{(\w+)\}/g, (whole, name: string) => params[name] ?? whole);
  const template = NOTIFICATION_TEMPLATES[event][locale];
  return { title: fill(template.title), body: fill(template.body) };
}
