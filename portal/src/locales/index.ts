import { createI18n, type NamedValue } from 'vue-i18n';
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

// Only Chinese, the default, rides in the first load; English comes in its own chunk when it is
// chosen (loadLocale), which keeps the phone's first load within its budget.
export const i18n = createI18n<[MessageSchema], Locale, false>({
  legacy: false,
  locale: storedLocale(),
  fallbackLocale: DEFAULT_LOCALE,
  // For the moment between choosing English and its messages arriving, Chinese shows silently.
  fallbackWarn: false,
  missingWarn: false,
  messages: { 'zh-CN': zhCN } as Record<Locale, MessageSchema>,
});

const loaded = new Set<Locale>([DEFAULT_LOCALE]);

/** Fetches a language's messages once; the app awaits this for the stored language before it mounts. */
export async function loadLocale(locale: Locale): Promise<void> {
  if (loaded.has(locale)) return;
  const { default: messages } = await import('./en');
  i18n.global.setLocaleMessage(locale, messages);
  loaded.add(locale);
}

function applyLocale(locale: Locale): void {
  i18n.global.locale.value = locale;
  document.documentElement.lang = locale;
  // The page re-renders in the new language when its messages arrive.
  void loadLocale(locale);
}

applyLocale(i18n.global.locale.value);

/** Dotted paths to every message, e.g. `'signIn.title'`. */
type MessagePaths<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${K}` : MessagePaths<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

export type MessageKey = MessagePaths<MessageSchema>;

/**
 * A message in the current UI language. Unlike vue-i18n's own `t`, which takes any string,
 * a misspelt key fails to compile. Reading it during render re-renders on a language switch.
 */
export function t(key: MessageKey, named: NamedValue = {}): string {
  return i18n.global.t(key, named);
}

export function currentLocale(): Locale {
  return i18n.global.locale.value;
}

/** Switches the UI language and remembers the choice on this device. */
export function setLocale(locale: Locale): void {
  applyLocale(locale);
  localStorage.setItem(STORAGE_KEY, locale);
}

/** A role's name in the current UI language (the labels live in @gridbridge/shared). */
export function roleLabel(role: Role): string {
  return ROLE_LABELS[role][currentLocale()];
}

/** The label for the current UI language from a shared label table (industries, scales, …). */
export function localized(labels: Readonly<Record<Locale, string>>): string {
  return labels[currentLocale()];
}

/** A timestamp from the API as date and time in the current UI language, Beijing time. */
export function formatDateTime(value: unknown): string {
  const date = new Date(String(value));
  if (Number.isNaN(date.getTime())) return '';
  return new Intl.DateTimeFormat(currentLocale(), {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: 'Asia/Shanghai',
  }).format(date);
}
