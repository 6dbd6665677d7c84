import type { Locale } from '@gridbridge/shared';

/** A server timestamp as a local date and time, e.g. 2026/03/01 16:30. */
export function formatDateTime(iso: string | null | undefined, locale: Locale): string {
  if (!iso) return '';
  return new Intl.DateTimeFormat(locale, {
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
  }).format(new Date(iso));
}

const shanghaiFormat = new Map<string, Intl.DateTimeFormat>();

/** An instant as the office reads it: the date and time in Asia/Shanghai, e.g. 2026/03/01 16:30. */
export function formatShanghai(iso: string | null | undefined, locale: string, withTime = true): string {
  if (!iso) return '';
  const key = `${locale}|${withTime}`;
  let format = shanghaiFormat.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, {
      timeZone: 'Asia/Shanghai',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      ...(withTime ? { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' } : {}),
    });
    shanghaiFormat.set(key, format);
  }
  return format.format(new Date(iso));
}
