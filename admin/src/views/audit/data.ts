import type { Locale } from '@gridbridge/shared';
import type { AuditLogQuery } from '@/gql/graphql';

export type AuditEntry = AuditLogQuery['auditLog']['items'][number];

export const PAGE_SIZE = 50;

export function formatOccurredAt(iso: string, locale: Locale): string {
  return new Intl.DateTimeFormat(locale, {
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hour12: false,
  }).format(new Date(iso));
}

export function formatTarget(entry: AuditEntry): string {
  return [entry.targetType, entry.targetId].filter(Boolean).join(' #');
}

/** `details` is JSON written by the server; shown indented, or as it came if it is not JSON. */
export function formatDetails(details: string): string {
  try {
    return JSON.stringify(JSON.parse(details), null, 2);
  } catch {
    return details;
  }
}
