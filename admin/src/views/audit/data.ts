import { auditActionCodes, auditActionLabel, type Locale } from '@gridbridge/shared';
import type { AuditLogFilter, AuditLogQuery } from '@/gql/graphql';

export type AuditEntry = AuditLogQuery['auditLog']['items'][number];

export const PAGE_SIZE = 50;

/** A session id tells the auditor nothing whole; its start is enough to tell sessions apart. */
const SECRETISH = /session/i;
function shorten(value: string): string {
  return value.length > 8 ? `${value.slice(0, 8)}…` : value;
}

/** An entry's time as the office reads it: Asia/Shanghai, to the second, whatever the browser's zone. */
export function formatOccurredAt(iso: string, locale: Locale): string {
  return new Intl.DateTimeFormat(locale, {
    timeZone: 'Asia/Shanghai',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  }).format(new Date(iso));
}

/** The readable name of an action; an unknown code shows as itself. */
export function actionLabel(code: string, locale: Locale): string {
  return auditActionLabel(code, locale) ?? code;
}

/** The auditor's choice of actions: every labelled code, in the order of the table. */
export function actionOptions(locale: Locale): { value: string; label: string }[] {
  return auditActionCodes().map((code) => ({ value: code, label: actionLabel(code, locale) }));
}

/** The target as type #id; a session's id (a long random key that tells the auditor nothing) shortened. */
export function formatTarget(entry: Pick<AuditEntry, 'targetType' | 'targetId'>): string {
  const id =
    entry.targetId && SECRETISH.test(entry.targetType ?? '') ? shorten(entry.targetId) : entry.targetId;
  return [entry.targetType, id].filter(Boolean).join(' #');
}

/** What the filter bar holds; dates are Shanghai calendar days (YYYY-MM-DD). */
export interface FilterForm {
  actor: string;
  action: string;
  targetType: string;
  targetId: string;
  period: [string, string] | null;
}

export const emptyFilter = (): FilterForm => ({
  actor: '',
  action: '',
  targetType: '',
  targetId: '',
  period: null,
});

function nextDay(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

/** The query's filter: empty parts left out; a period of days runs from the first day's Shanghai midnight to the one after the last day. */
export function toQueryFilter(form: FilterForm): AuditLogFilter | null {
  const filter: AuditLogFilter = {};
  if (form.actor.trim()) filter.actor = form.actor.trim();
  if (form.action) filter.action = form.action;
  if (form.targetType.trim()) filter.targetType = form.targetType.trim();
  if (form.targetId.trim()) filter.targetId = form.targetId.trim();
  if (form.period) {
    filter.from = `${form.period[0]}T00:00:00+08:00`;
    filter.to = `${nextDay(form.period[1])}T00:00:00+08:00`;
  }
  return Object.keys(filter).length ? filter : null;
}

function show(value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

export interface DetailLine {
  key: string;
  /** Set for a change: the value before; absent for a plain detail. */
  before?: string;
  value: string;
}

/**
 * `details` as lines to read: for a change (before/after) the fields that differ, old → new; for
 * anything else each field and its value. Session ids are shortened. Not JSON: shown as it came.
 */
export function detailLines(details: string | null | undefined): DetailLine[] {
  if (!details) return [];
  let parsed: unknown;
  try {
    parsed = JSON.parse(details);
  } catch {
    return [{ key: '', value: details }];
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
    return [{ key: '', value: show(parsed) }];
  const record = parsed as Record<string, unknown>;
  const valueOf = (key: string, value: unknown) =>
    SECRETISH.test(key) && typeof value === 'string' ? shorten(value) : show(value);
  if ('before' in record && 'after' in record) {
    const before = (record.before ?? {}) as Record<string, unknown>;
    const after = (record.after ?? {}) as Record<string, unknown>;
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
    return keys
      .filter((key) => JSON.stringify(before[key]) !== JSON.stringify(after[key]))
      .map((key) => ({ key, before: valueOf(key, before[key]), value: valueOf(key, after[key]) }));
  }
  return Object.entries(record).map(([key, value]) => ({ key, value: valueOf(key, value) }));
}
