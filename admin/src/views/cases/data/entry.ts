import type { FormRules } from 'element-plus';
import type { CaseCategory, CaseChannel, CaseKind, MisconductType, OfficeCaseInput } from '@/gql/graphql';
import { maxLengthRule, requiredRule } from '@/utils/form-rules';

// Office entry 录入诉求.

export const TITLE_MAX_LENGTH = 80;
export const CONTENT_MAX_LENGTH = 5000;

export interface EntryForm {
  enterpriseId: string;
  channel: CaseChannel | '';
  kind: CaseKind | '';
  category: CaseCategory | '';
  title: string;
  content: string;
  namedDepartmentId: string;
  misconductType: MisconductType | '';
  contactConsent: boolean;
}

export function emptyEntryForm(): EntryForm {
  return {
    enterpriseId: '',
    channel: 'PHONE',
    kind: '',
    category: '',
    title: '',
    content: '',
    namedDepartmentId: '',
    misconductType: '',
    contactConsent: true,
  };
}

/** A complaint names the department it is about and the misconduct (docs/lifecycle-and-deadlines.md). */
export function entryRules(label: (field: keyof EntryForm) => string, form: EntryForm): FormRules<EntryForm> {
  const complaint = form.kind === 'COMPLAINT';
  return {
    enterpriseId: [requiredRule(label('enterpriseId'), 'change')],
    channel: [requiredRule(label('channel'), 'change')],
    kind: [requiredRule(label('kind'), 'change')],
    category: [requiredRule(label('category'), 'change')],
    title: [requiredRule(label('title')), maxLengthRule(label('title'), TITLE_MAX_LENGTH)],
    content: [requiredRule(label('content')), maxLengthRule(label('content'), CONTENT_MAX_LENGTH)],
    namedDepartmentId: complaint ? [requiredRule(label('namedDepartmentId'), 'change')] : [],
    misconductType: complaint ? [requiredRule(label('misconductType'), 'change')] : [],
  };
}

/** The form as `enterCase` takes it; call only after the form validated. */
export function toOfficeCaseInput(
  form: EntryForm,
  attachmentIds: string[],
  clientKey: string,
): OfficeCaseInput {
  const complaint = form.kind === 'COMPLAINT';
  return {
    enterpriseId: form.enterpriseId,
    channel: form.channel as CaseChannel,
    kind: form.kind as CaseKind,
    category: form.category as CaseCategory,
    title: form.title.trim(),
    content: form.content.trim(),
    namedDepartmentId: form.namedDepartmentId || null,
    misconductType: complaint && form.misconductType ? form.misconductType : null,
    contactConsent: form.contactConsent,
    attachmentIds,
    clientKey,
  };
}

/** One idempotency key per form: a retry of the same entry returns the same case, never a second one. */
export function newClientKey(): string {
  // getRandomValues, unlike randomUUID, also works on a plain-HTTP intranet address.
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}
