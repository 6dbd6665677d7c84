import type { FormItemRule, FormRules } from 'element-plus';
import type { LocationQuery, LocationQueryRaw } from 'vue-router';
import {
  ATTACHMENT_MIME_TYPES,
  CASE_ACTIONS,
  CASE_CATEGORIES,
  CASE_CHANNELS,
  CASE_COMPLEXITIES,
  CASE_KINDS,
  CASE_PRIORITIES,
  CASE_STATES,
  DEADLINE_STATES,
  MISCONDUCT_TYPES,
  OFFICE_ENTRY_CHANNELS,
  REPLY_RESULTS,
  ROLE_LABELS,
  TRACKING_NUMBER_PATTERN,
  availableActions,
  startOfShanghaiDay,
  type Role,
} from '@gridbridge/shared';
import type {
  CaseAction,
  CaseAttachmentFieldsFragment,
  CaseCategory,
  CaseChannel,
  CaseComplexity,
  CaseFieldsFragment,
  CaseFilter,
  CaseKind,
  CasePageArgs,
  CasePriority,
  CaseRowFieldsFragment,
  CaseState,
  DeadlineState,
  MisconductType,
  OfficeCaseInput,
  ReplyResult,
} from '@/gql/graphql';
import { i18n, localized } from '@/locales';
import { maxLengthRule, requiredRule, ruleMessage } from '@/utils/form-rules';

export type CaseRow = CaseRowFieldsFragment;
export type CaseDetail = CaseFieldsFragment;
export type CaseEvent = CaseDetail['timeline'][number];
export type CaseAttachment = CaseAttachmentFieldsFragment;
export type CaseDeadline = NonNullable<CaseRow['deadline']>;

export const PAGE_SIZE = 20;

const t = (key: string, params: Record<string, unknown> = {}) => i18n.global.t(key, params);

// ---------------------------------------------------------------------------------------------
// Labels: the shared tables in the current language.

export const stateLabel = (code: CaseState) => localized(CASE_STATES[code]);
export const kindLabel = (code: CaseKind) => localized(CASE_KINDS[code]);
export const categoryLabel = (code: CaseCategory) => localized(CASE_CATEGORIES[code]);
export const channelLabel = (code: CaseChannel) => localized(CASE_CHANNELS[code]);
export const priorityLabel = (code: CasePriority) => localized(CASE_PRIORITIES[code]);
export const complexityLabel = (code: CaseComplexity) => localized(CASE_COMPLEXITIES[code]);
export const misconductLabel = (code: MisconductType) => localized(MISCONDUCT_TYPES[code]);
export const replyResultLabel = (code: ReplyResult) => localized(REPLY_RESULTS[code]);
export const deadlineStateLabel = (code: DeadlineState) => localized(DEADLINE_STATES[code]);
export const actionLabel = (code: CaseAction) => localized(CASE_ACTIONS[code]);

/** A timeline actor: a role's name, or the system for scheduled jobs. */
export function actorRoleLabel(actorRole: string): string {
  return actorRole in ROLE_LABELS ? localized(ROLE_LABELS[actorRole as Role]) : t('cases.system');
}

const codes = <K extends string>(labels: Record<K, unknown>) => Object.keys(labels) as K[];
export const STATES = codes(CASE_STATES) as CaseState[];
export const KINDS = codes(CASE_KINDS) as CaseKind[];
export const CATEGORIES = codes(CASE_CATEGORIES) as CaseCategory[];
export const CHANNELS = codes(CASE_CHANNELS) as CaseChannel[];
export const ENTRY_CHANNELS = OFFICE_ENTRY_CHANNELS as readonly CaseChannel[];
export const PRIORITIES = codes(CASE_PRIORITIES) as CasePriority[];
export const COMPLEXITIES = codes(CASE_COMPLEXITIES) as CaseComplexity[];
export const MISCONDUCT = codes(MISCONDUCT_TYPES) as MisconductType[];
export const REPLY_RESULT_CODES = codes(REPLY_RESULTS) as ReplyResult[];
export const DEADLINES = codes(DEADLINE_STATES) as DeadlineState[];

type TagType = 'primary' | 'success' | 'info' | 'warning' | 'danger';

/** Waiting on the office is orange, running is blue, done is green, refused or ended grey or red. */
export const STATE_TAG_TYPES: Record<CaseState, TagType> = {
  SUBMITTED: 'warning',
  NEEDS_INFO: 'info',
  ACCEPTED: 'primary',
  ASSIGNED: 'primary',
  IN_PROGRESS: 'primary',
  RETURN_REQUESTED: 'warning',
  REPLY_REVIEW: 'warning',
  REPLIED: 'success',
  DISPUTED: 'danger',
  CLOSED: 'success',
  REJECTED: 'danger',
  DUPLICATE: 'info',
  WITHDRAWN: 'info',
};

// ---------------------------------------------------------------------------------------------
// Deadlines (SPEC §3.2, §4): how the time left reads and which colour warns.

export interface DeadlineDisplay {
  type: TagType;
  /** Short text for tags: 剩 2 个工作日, 今日到期, 超期 3 个工作日, 计时暂停. */
  text: string;
}

/**
 * The running step's deadline as a tag. `workingDays` counts today when it is a working day, so
 * 1 means "ends tonight"; when RED it counts the working days overdue.
 */
export function deadlineDisplay(deadline: CaseDeadline | null | undefined): DeadlineDisplay | null {
  if (!deadline) return null;
  switch (deadline.state) {
    case 'PAUSED':
      return { type: 'info', text: t('cases.deadline.paused') };
    case 'RED':
      return {
        type: 'danger',
        text:
          deadline.workingDays > 0
            ? t('cases.deadline.overdueDays', { n: deadline.workingDays })
            : t('cases.deadline.overdue'),
      };
    case 'YELLOW':
      return {
        type: 'warning',
        text:
          deadline.workingDays <= 1
            ? t('cases.deadline.dueToday')
            : t('cases.deadline.daysLeft', { n: deadline.workingDays }),
      };
    default:
      return { type: 'success', text: t('cases.deadline.daysLeft', { n: deadline.workingDays }) };
  }
}

/** Case pages show instants in Asia/Shanghai, whatever the browser’s zone. */
export { formatShanghai } from '@/utils/format';

// ---------------------------------------------------------------------------------------------
// Actions: the lifecycle table decides which exist; only those with a mutation today are offered.

/** The office's triage, in the order the buttons appear (the irreversible refusal last). */
export const TRIAGE_ACTIONS = ['accept', 'requestInfo', 'markDuplicate', 'replyDirectly', 'reject'] as const;
export type TriageAction = (typeof TRIAGE_ACTIONS)[number];

/**
 * The buttons a viewer holding `roles` sees on a case: the lifecycle table's actions for its state
 * and kind that the admin API can carry out now (assignment, signing … come with their mutations).
 */
export function caseActions(state: CaseState, roles: readonly Role[], kind: CaseKind): TriageAction[] {
  const allowed = new Set<string>(availableActions(state, roles, kind));
  return TRIAGE_ACTIONS.filter((action) => allowed.has(action));
}

/** The errors that mean the case moved on under the user: reload it and say so. */
export const STALE_CODES = ['CONFLICT', 'INVALID_TRANSITION'] as const;

// ---------------------------------------------------------------------------------------------
// The list's filters ⇄ the API's variables ⇄ the URL (so that "back" from a case restores them).

/** Two business dates (YYYY-MM-DD, Asia/Shanghai), both included. */
export type Period = [string, string];

export interface CaseFilters {
  keyword: string;
  state: CaseState | '';
  kind: CaseKind | '';
  category: CaseCategory | '';
  channel: CaseChannel | '';
  gridId: string;
  departmentId: string;
  deadline: DeadlineState | '';
  period: Period | null;
}

export function emptyFilters(): CaseFilters {
  return {
    keyword: '',
    state: '',
    kind: '',
    category: '',
    channel: '',
    gridId: '',
    departmentId: '',
    deadline: '',
    period: null,
  };
}

const DAY_MS = 24 * 60 * 60 * 1000;
const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

/** A period of business dates as instants: from 00:00 Shanghai on the first day to 00:00 after the last. */
export function periodBounds(period: Period): { from: string; to: string } {
  const [first, last] = period[0] <= period[1] ? period : [period[1], period[0]];
  return {
    from: startOfShanghaiDay(first).toISOString(),
    to: new Date(startOfShanghaiDay(last).getTime() + DAY_MS).toISOString(),
  };
}

/** The `filter` for the filter bar: only the conditions in use, or null. */
export function toCaseFilter(filters: CaseFilters): CaseFilter | null {
  const filter: CaseFilter = {};
  const keyword = filters.keyword.trim();
  if (keyword) filter.keyword = keyword;
  if (filters.state) filter.state = filters.state;
  if (filters.kind) filter.kind = filters.kind;
  if (filters.category) filter.category = filters.category;
  if (filters.channel) filter.channel = filters.channel;
  if (filters.gridId) filter.gridId = filters.gridId;
  if (filters.departmentId) filter.departmentId = filters.departmentId;
  if (filters.deadline) filter.deadline = filters.deadline;
  if (filters.period) Object.assign(filter, periodBounds(filters.period));
  return Object.keys(filter).length > 0 ? filter : null;
}

export function toPageArgs(filters: CaseFilters, after: string | null = null): CasePageArgs {
  return { filter: toCaseFilter(filters), first: PAGE_SIZE, after };
}

export function hasFilters(filters: CaseFilters): boolean {
  return toCaseFilter(filters) !== null;
}

const oneOf = <K extends string>(allowed: readonly K[], value: unknown): K | '' =>
  typeof value === 'string' && (allowed as readonly string[]).includes(value) ? (value as K) : '';
const text = (value: unknown) => (typeof value === 'string' ? value : '');

/** Filters from the URL; anything unknown or malformed is left out. */
export function filtersFromQuery(query: LocationQuery): CaseFilters {
  const from = text(query.from);
  const to = text(query.to);
  return {
    keyword: text(query.q).slice(0, 100),
    state: oneOf(STATES, query.state),
    kind: oneOf(KINDS, query.kind),
    category: oneOf(CATEGORIES, query.category),
    channel: oneOf(CHANNELS, query.channel),
    gridId: text(query.grid),
    departmentId: text(query.department),
    deadline: oneOf(DEADLINES, query.deadline),
    period: DATE_PATTERN.test(from) && DATE_PATTERN.test(to) ? [from, to] : null,
  };
}

/** The filters in use as a URL query (short keys, nothing for "any"). */
export function filtersToQuery(filters: CaseFilters): LocationQueryRaw {
  const query: Record<string, string> = {};
  const keyword = filters.keyword.trim();
  if (keyword) query.q = keyword;
  if (filters.state) query.state = filters.state;
  if (filters.kind) query.kind = filters.kind;
  if (filters.category) query.category = filters.category;
  if (filters.channel) query.channel = filters.channel;
  if (filters.gridId) query.grid = filters.gridId;
  if (filters.departmentId) query.department = filters.departmentId;
  if (filters.deadline) query.deadline = filters.deadline;
  if (filters.period) [query.from, query.to] = filters.period;
  return query;
}

// ---------------------------------------------------------------------------------------------
// Triage forms.

export const NOTE_MAX_LENGTH = 1000;
export const REPLY_MAX_LENGTH = 5000;
export const INTERNAL_NOTE_MAX_LENGTH = 2000;

export interface TriageForm {
  category: CaseCategory;
  priority: CasePriority;
  complexity: CaseComplexity;
  /** accept: internal note; reject: the reason; requestInfo: what is needed; markDuplicate: note. */
  note: string;
  originalTrackingNo: string;
  result: ReplyResult | '';
  replyText: string;
  internalNote: string;
}

/** A fresh form for a case; acceptance starts from what the submitter chose. */
export function triageForm(
  subject: Pick<CaseRow, 'category' | 'priority' | 'complexity'> | null,
): TriageForm {
  return {
    category: subject?.category ?? 'OTHER',
    priority: subject?.priority ?? 'NORMAL',
    complexity: subject?.complexity ?? 'SIMPLE',
    note: '',
    originalTrackingNo: '',
    result: '',
    replyText: '',
    internalNote: '',
  };
}

/** A tracking number as staff type it: spaces dropped, letters upper-cased. */
export function normalizeTrackingNo(value: string): string {
  return value.replace(/\s+/g, '').toUpperCase();
}

function trackingNoRule(label: string, self: string | null): FormItemRule {
  return {
    trigger: 'blur',
    validator: (_rule, value: string | undefined, callback) => {
      const typed = normalizeTrackingNo(value ?? '');
      if (!typed) return callback();
      if (!TRACKING_NUMBER_PATTERN.test(typed)) return callback(new Error(ruleMessage('invalid', label)));
      if (typed === self) return callback(new Error(t('cases.triage.duplicateOfItself')));
      callback();
    },
  };
}

/** Each action's rules; `label` names a field as the dialog shows it. */
export function triageRules(
  action: TriageAction,
  label: (field: keyof TriageForm) => string,
  self: string | null = null,
): FormRules<TriageForm> {
  switch (action) {
    case 'accept':
      return {
        category: [requiredRule(label('category'), 'change')],
        priority: [requiredRule(label('priority'), 'change')],
        complexity: [requiredRule(label('complexity'), 'change')],
        note: [maxLengthRule(label('note'), NOTE_MAX_LENGTH)],
      };
    case 'reject':
    case 'requestInfo':
      return { note: [requiredRule(label('note')), maxLengthRule(label('note'), NOTE_MAX_LENGTH)] };
    case 'markDuplicate':
      return {
        originalTrackingNo: [
          requiredRule(label('originalTrackingNo')),
          trackingNoRule(label('originalTrackingNo'), self),
        ],
        note: [maxLengthRule(label('note'), NOTE_MAX_LENGTH)],
      };
    case 'replyDirectly':
      return {
        result: [requiredRule(label('result'), 'change')],
        replyText: [requiredRule(label('replyText')), maxLengthRule(label('replyText'), REPLY_MAX_LENGTH)],
        internalNote: [maxLengthRule(label('internalNote'), INTERNAL_NOTE_MAX_LENGTH)],
      };
  }
}

/** Empty optional text goes to the API as null, not as an empty note on the timeline. */
export function optional(value: string): string | null {
  const trimmed = value.trim();
  return trimmed ? trimmed : null;
}

/** The server names a few fields differently from the dialog: its errors land on the dialog's fields. */
export const TRIAGE_SERVER_FIELDS: Record<string, keyof TriageForm> = {
  reason: 'note',
  request: 'note',
  note: 'note',
  originalTrackingNo: 'originalTrackingNo',
  category: 'category',
  priority: 'priority',
  complexity: 'complexity',
  result: 'result',
  text: 'replyText',
  internalNote: 'internalNote',
};

// ---------------------------------------------------------------------------------------------
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

/** A complaint names the department it is about and the misconduct (SPEC §3). */
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

// ---------------------------------------------------------------------------------------------
// Attachments.

/** As on the portal: the server checks content and size again and decides. */
export const ATTACHMENT_MAX_BYTES = 5 * 1024 * 1024;
export const ATTACHMENT_MAX_COUNT = 9;
export const ATTACHMENT_ACCEPT = [...ATTACHMENT_MIME_TYPES, '.docx', '.xlsx', '.pdf'].join(',');

export function isImage(mimeType: string): boolean {
  return mimeType.startsWith('image/');
}

/** 1.2 MB, 340 KB, 12 B. */
export function formatSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} B`;
}

export function base64ToBlob(base64: string, mimeType: string): Blob {
  return new Blob([Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))], { type: mimeType });
}
