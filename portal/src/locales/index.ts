import { ref, shallowReactive } from 'vue';
import { DEFAULT_LOCALE, LOCALES, ROLE_LABELS, type Locale, type Role } from '@gridbridge/shared';
import zhCN, { type MessageSchema } from './zh-CN';

const STORAGE_KEY = 'gridbridge.locale';

/** Each language is offered under its own name, so these read the same in every UI language. */
export const LOCALE_NAMES: Record<Locale, string> = { 'zh-CN': '中文', en: 'English' };

function isLocale(value: unknown): value is Locale {
  return LOCALES.includes(value as Locale);
}

function storedLocale(): Locale {
  const stored = localStorage.getItem(STORAGE_KEY);
  return isLocale(stored) ? stored : DEFAULT_LOCALE;
}

// The messages are plain strings with `{name}` placeholders, looked up by `t` below: the portal
// does not load vue-i18n, whose runtime and message compiler were a sixth of the JavaScript a
// phone ran before the first page, and which compiled every message on its first use.
const locale = ref<Locale>(storedLocale());

// Only Chinese, the default, rides in the first load; English comes in its own chunk when it is
// chosen (loadLocale), which keeps the phone's first load within its budget. For the moment
// between choosing English and its messages arriving, Chinese shows.
const messages = shallowReactive<Partial<Record<Locale, MessageSchema>>>({ [DEFAULT_LOCALE]: zhCN });

/** Fetches a language's messages once; the app awaits this for the stored language before it mounts. */
export async function loadLocale(wanted: Locale): Promise<void> {
  if (messages[wanted]) return;
  const { default: loaded } = await import('./en');
  messages[wanted] = loaded;
}

function applyLocale(wanted: Locale): void {
  locale.value = wanted;
  document.documentElement.lang = wanted;
  // The page re-renders in the new language when its messages arrive.
  void loadLocale(wanted);
}

applyLocale(locale.value);

/** Dotted paths to every message, e.g. `'signIn.title'`. */
type MessagePaths<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${K}` : MessagePaths<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

export type MessageKey = MessagePaths<MessageSchema>;

/**
 * A message in the current UI language, else in Chinese, with its `{name}` placeholders filled
 * from `named`. A misspelt key fails to compile. Reading it during render re-renders on a
 * language switch and when the language's messages arrive.
 */
export function t(key: MessageKey, named: Readonly<Record<string, unknown>> = {}): string {
  const message = lookup(messages[locale.value], key) ?? lookup(messages[DEFAULT_LOCALE], key) ?? key;
  // A placeholder without a value shows nothing.
  return message.replace(/\{(\w+)\}/g, (_, name: string) => String(named[name] ?? ''));
}

function lookup(tree: MessageSchema | undefined, key: string): string | undefined {
  let node: unknown = tree;
  for (const part of key.split('.')) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === 'string' ? node : undefined;
}

export function currentLocale(): Locale {
  return locale.value;
}

/** Switches the UI language and remembers the choice on this device. */
export function setLocale(wanted: Locale): void {
  applyLocale(wanted);
  localStorage.setItem(STORAGE_KEY, wanted);
}

/** A role's name in the current UI language (the labels live in @gridbridge/shared). */
export function roleLabel(role: Role): string {
  return ROLE_LABELS[role][currentLocale()];
}

/** The label for the current UI language from a shared label table (industries, scales, …). */
export function localized(labels: Readonly<Record<Locale, string>>): string {
  return labels[currentLocale()];
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * A formatter of the current UI language, Beijing time. Made once per language and style: making
 * one costs about a third of a millisecond, a case page shows dozens of times, and a phone's CPU
 * is several times slower than a desktop's.
 */
export function dateFormat(style: 'date' | 'dateTime'): Intl.DateTimeFormat {
  const key = `${currentLocale()} ${style}`;
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(currentLocale(), {
      dateStyle: 'medium',
      ...(style === 'dateTime' ? { timeStyle: 'short' } : {}),
      timeZone: 'Asia/Shanghai',
    });
    dateFormats.set(key, format);
  }
  return format;
}

/** A timestamp from the API as date and time in the current UI language, Beijing time. */
export function formatDateTime(value: unknown): string {
  const date = new Date(String(value));
  if (Number.isNaN(date.getTime())) return '';
  return dateFormat('dateTime').format(date);
}
