import {
  CASE_CATEGORY_CODES,
  CASE_KIND_CODES,
  MISCONDUCT_TYPE_CODES,
  type CaseCategory,
  type CaseKind,
  type MisconductType,
} from '@gridbridge/shared';
import type { SubmitCaseInput } from '@/gql/graphql';

/*
 * The draft of a case being written (issue 4: "drafts survive a reload"). It lives in
 * localStorage, one per signed-in user, with the files already uploaded and the idempotency key:
 * the key is made once per draft, so a retry after a lost answer returns the case the first
 * attempt made instead of a second one. The draft goes once the server has confirmed the case.
 */

/** A file already on the server, waiting to be attached on submission. */
export interface DraftAttachment {
  id: string;
  fileName: string;
  mimeType: string;
  size: number;
  /** data: URL of the server's WebP preview, images only. */
  thumbnail: string | null;
}

export interface CaseDraft {
  /** Idempotency key for submitCase: 8–64 of [A-Za-z0-9_-]. */
  clientKey: string;
  kind: CaseKind | '';
  category: CaseCategory | '';
  title: string;
  content: string;
  /** '' when no department is named. */
  namedDepartmentId: string;
  misconductType: MisconductType | '';
  contactConsent: boolean;
  /** Grid heads (网格上报): the enterprise the case is for, and its name to show. */
  enterpriseId: string;
  enterpriseName: string;
  attachments: DraftAttachment[];
}

const STORAGE_PREFIX = 'gridbridge.caseDraft.';
const CLIENT_KEY_PATTERN = /^[A-Za-z0-9_-]{8,64}$/;
const KEY_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

export function draftStorageKey(userId: string): string {
  return `${STORAGE_PREFIX}${userId}`;
}

/**
 * A fresh idempotency key: 24 random characters (144 bits). `crypto.getRandomValues` works on
 * plain http too, unlike `crypto.randomUUID`, which a LAN deployment without TLS would lack.
 */
export function newClientKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(24));
  return Array.from(bytes, (byte) => KEY_ALPHABET[byte % KEY_ALPHABET.length]).join('');
}

export function emptyDraft(): CaseDraft {
  return {
    clientKey: newClientKey(),
    kind: '',
    category: '',
    title: '',
    content: '',
    namedDepartmentId: '',
    misconductType: '',
    contactConsent: false,
    enterpriseId: '',
    enterpriseName: '',
    attachments: [],
  };
}

/** Whether the user has entered anything yet (an untouched draft is not worth restoring). */
export function isBlankDraft(draft: CaseDraft): boolean {
  return (
    !draft.kind &&
    !draft.category &&
    !draft.title.trim() &&
    !draft.content.trim() &&
    !draft.namedDepartmentId &&
    !draft.misconductType &&
    draft.attachments.length === 0
  );
}

const text = (value: unknown): string => (typeof value === 'string' ? value : '');
const oneOf = <T extends string>(value: unknown, allowed: readonly T[]): T | '' =>
  allowed.includes(value as T) ? (value as T) : '';

function attachmentOf(value: unknown): DraftAttachment | null {
  if (typeof value !== 'object' || value === null) return null;
  const a = value as Record<string, unknown>;
  if (typeof a.id !== 'string' || !a.id) return null;
  return {
    id: a.id,
    fileName: text(a.fileName),
    mimeType: text(a.mimeType),
    size: typeof a.size === 'number' ? a.size : 0,
    thumbnail: typeof a.thumbnail === 'string' && a.thumbnail.startsWith('data:image/') ? a.thumbnail : null,
  };
}

/**
 * The stored draft of this user, or null. Whatever was stored is read defensively: another
 * version of the app, or a hand-edited value, must not break the form.
 */
export function loadDraft(userId: string): CaseDraft | null {
  let raw: string | null;
  try {
    raw = localStorage.getItem(draftStorageKey(userId));
  } catch {
    return null;
  }
  if (!raw) return null;
  let stored: Record<string, unknown>;
  try {
    const parsed: unknown = JSON.parse(raw);
    if (typeof parsed !== 'object' || parsed === null) return null;
    stored = parsed as Record<string, unknown>;
  } catch {
    return null;
  }
  const clientKey = text(stored.clientKey);
  return {
    clientKey: CLIENT_KEY_PATTERN.test(clientKey) ? clientKey : newClientKey(),
    kind: oneOf(stored.kind, CASE_KIND_CODES),
    category: oneOf(stored.category, CASE_CATEGORY_CODES),
    title: text(stored.title),
    content: text(stored.content),
    namedDepartmentId: text(stored.namedDepartmentId),
    misconductType: oneOf(stored.misconductType, MISCONDUCT_TYPE_CODES),
    contactConsent: stored.contactConsent === true,
    enterpriseId: text(stored.enterpriseId),
    enterpriseName: text(stored.enterpriseName),
    attachments: (Array.isArray(stored.attachments) ? stored.attachments : [])
      .map(attachmentOf)
      .filter((a): a is DraftAttachment => a !== null),
  };
}

/** Keeps the draft on this device; false when the browser refuses (private mode, storage full). */
export function saveDraft(userId: string, draft: CaseDraft): boolean {
  try {
    localStorage.setItem(draftStorageKey(userId), JSON.stringify(draft));
    return true;
  } catch {
    return false;
  }
}

export function clearDraft(userId: string): void {
  try {
    localStorage.removeItem(draftStorageKey(userId));
  } catch {
    // Nothing stored that could be removed.
  }
}

/**
 * What submitCase receives; `onBehalf` for a grid head's report (网格上报), which names the
 * enterprise. A misconduct type belongs to complaints only, so a type chosen before the user
 * switched the kind is not sent along with a difficulty.
 */
export function submitInputOf(draft: CaseDraft, onBehalf: boolean): SubmitCaseInput {
  const complaint = draft.kind === 'COMPLAINT';
  return {
    clientKey: draft.clientKey,
    kind: draft.kind as CaseKind,
    category: draft.category as CaseCategory,
    title: draft.title.trim(),
    content: draft.content.trim(),
    namedDepartmentId: draft.namedDepartmentId || null,
    misconductType: complaint && draft.misconductType ? draft.misconductType : null,
    contactConsent: draft.contactConsent,
    attachmentIds: draft.attachments.map((a) => a.id),
    enterpriseId: onBehalf ? draft.enterpriseId || null : null,
  };
}
