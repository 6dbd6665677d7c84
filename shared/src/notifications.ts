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
