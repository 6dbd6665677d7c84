import { createI18n, useI18n as useVueI18n, type NamedValue } from 'vue-i18n';
import { DEFAULT_LOCALE, LOCALES, ROLE_LABELS, type Locale, type Role } from '@gridbridge/shared';
import zhCN from './zh-CN';
import en from './en';

export type MessageSchema = typeof zhCN;

const STORAGE_KEY = 'gridbridge.admin.locale';

function isLocale(value: unknown): value is Locale {
  return LOCALES.includes(value as Locale);
}

function storedLocale(): Locale {
  const stored = localStorage.getItem(STORAGE_KEY);
  return isLocale(stored) ? stored : DEFAULT_LOCALE;
}

export const i18n = createI18n<[MessageSchema], Locale, false>({
  legacy: false,
  locale: storedLocale(),
  fallbackLocale: DEFAULT_LOCALE,
  messages: { 'zh-CN': zhCN, en },
});

document.documentElement.lang = i18n.global.locale.value;

export function currentLocale(): Locale {
  return i18n.global.locale.value;
}

/** Switches the UI language, remembers it for the next visit and tells assistive technology. */
export function setLocale(locale: Locale): void {
  i18n.global.locale.value = locale;
  localStorage.setItem(STORAGE_KEY, locale);
  document.documentElement.lang = locale;
}

/** A role's name in the current UI language (reactive when called during render). */
export function roleLabel(role: Role): string {
  return ROLE_LABELS[role][currentLocale()];
}

/** The current-language entry of one of the shared label tables (industries, scales, grid levels …). */
export function localized(labels: Readonly<Record<Locale, string>>): string {
  return labels[currentLocale()];
}

/** Dotted paths to every message, e.g. `'nav.inbox'`. */
type MessagePaths<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${K}` : MessagePaths<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

export type MessageKey = MessagePaths<MessageSchema>;

/**
 * A message in the current UI language. Unlike vue-i18n's own `t`, which takes any string, a
 * misspelt or missing key fails the type check. Reactive when called during render.
 */
export function t(key: MessageKey, named: NamedValue = {}): string {
  return i18n.global.t(key, named);
}

/** vue-i18n's composable with the key-checked {@link t}, for components. */
export function useI18n() {
  const { locale, te } = useVueI18n();
  return { t, te, locale };
}
