import type { FormItemRule, FormRules } from 'element-plus';
import {
  ENTERPRISE_SCALES,
  ENTERPRISE_STATUSES,
  INDUSTRY_SECTIONS,
  creditCodeProblem,
  type CreditCodeProblem,
} from '@gridbridge/shared';
import type {
  EnterpriseFieldsFragment,
  EnterpriseFilter,
  EnterpriseInput,
  EnterprisePageArgs,
  EnterpriseScale,
  EnterpriseSort,
  EnterpriseStatus,
  Industry,
} from '@/gql/graphql';
import { i18n, localized } from '@/locales';
import { maxLengthRule, mobileRule, requiredRule } from '@/utils/form-rules';

export type Enterprise = EnterpriseFieldsFragment;

export const PAGE_SIZE = 20;

export const industryLabel = (code: Industry) => `${code} ${localized(INDUSTRY_SECTIONS[code])}`;
export const scaleLabel = (code: EnterpriseScale) => localized(ENTERPRISE_SCALES[code]);
export const statusLabel = (code: EnterpriseStatus) => localized(ENTERPRISE_STATUSES[code]);

export const INDUSTRIES = Object.keys(INDUSTRY_SECTIONS) as Industry[];
export const SCALES = Object.keys(ENTERPRISE_SCALES) as EnterpriseScale[];
export const STATUSES = Object.keys(ENTERPRISE_STATUSES) as EnterpriseStatus[];

/** What the filter bar holds; empty strings mean "any". */
export interface EnterpriseFilters {
  gridId: string;
  industry: Industry | '';
  scale: EnterpriseScale | '';
  status: EnterpriseStatus | '';
  keyword: string;
}

export function emptyFilters(): EnterpriseFilters {
  return { gridId: '', industry: '', scale: '', status: '', keyword: '' };
}

/** The `enterprises(page:)` argument for the filter bar: only the conditions in use, so each meets its index. */
export function toPageArgs(
  filters: EnterpriseFilters,
  sort: EnterpriseSort,
  after: string | null = null,
): EnterprisePageArgs {
  const filter: EnterpriseFilter = {};
  if (filters.gridId) filter.gridId = filters.gridId;
  if (filters.industry) filter.industry = filters.industry;
  if (filters.scale) filter.scale = filters.scale;
  if (filters.status) filter.status = filters.status;
  const keyword = filters.keyword.trim();
  if (keyword) filter.keyword = keyword;
  return { filter: Object.keys(filter).length > 0 ? filter : null, sort, first: PAGE_SIZE, after };
}

export function hasFilters(filters: EnterpriseFilters): boolean {
  return toPageArgs(filters, 'NEWEST').filter !== null;
}

/** The create/edit form: every input field as the user types it. */
export interface EnterpriseForm {
  name: string;
  creditCode: string;
  legalRepresentative: string;
  industry: Industry | '';
  scale: EnterpriseScale | '';
  status: EnterpriseStatus;
  address: string;
  gridId: string;
  contactName: string;
  contactPhone: string;
}

export function enterpriseForm(enterprise?: Enterprise | null): EnterpriseForm {
  return {
    name: enterprise?.name ?? '',
    creditCode: enterprise?.creditCode ?? '',
    legalRepresentative: enterprise?.legalRepresentative ?? '',
    industry: enterprise?.industry ?? '',
    scale: enterprise?.scale ?? '',
    status: enterprise?.status ?? 'ACTIVE',
    address: enterprise?.address ?? '',
    gridId: enterprise?.gridId ?? '',
    contactName: enterprise?.contactName ?? '',
    contactPhone: enterprise?.contactPhone ?? '',
  };
}

/** The form as the API takes it; call only after the form validated (industry and scale are set). */
export function toEnterpriseInput(form: EnterpriseForm): EnterpriseInput {
  return {
    name: form.name.trim(),
    creditCode: form.creditCode.trim(),
    legalRepresentative: form.legalRepresentative.trim(),
    industry: form.industry as Industry,
    scale: form.scale as EnterpriseScale,
    status: form.status,
    address: form.address.trim(),
    gridId: form.gridId,
    contactName: form.contactName.trim(),
    contactPhone: form.contactPhone.trim(),
  };
}

/** Why a typed credit code is refused before it reaches the server, or null (empty is the required rule's job). */
export function creditCodeMessage(value: string): string | null {
  if (!value.trim()) return null;
  const problem: CreditCodeProblem | null = creditCodeProblem(value);
  return problem ? i18n.global.t(`enterprise.creditCodeProblems.${problem}`) : null;
}

export const creditCodeRule: FormItemRule = {
  trigger: 'blur',
  validator: (_rule, value: string | null | undefined, callback) => {
    const message = creditCodeMessage(value ?? '');
    callback(message ? new Error(message) : undefined);
  },
};

type FieldLabel = (field: keyof EnterpriseForm) => string;

/** The create/edit form's rules; `label` names each field as the form shows it. */
export function enterpriseRules(label: FieldLabel): FormRules<EnterpriseForm> {
  return {
    name: [requiredRule(label('name')), maxLengthRule(label('name'), 100)],
    creditCode: [requiredRule(label('creditCode')), creditCodeRule],
    legalRepresentative: [
      requiredRule(label('legalRepresentative')),
      maxLengthRule(label('legalRepresentative'), 30),
    ],
    industry: [requiredRule(label('industry'), 'change')],
    scale: [requiredRule(label('scale'), 'change')],
    status: [requiredRule(label('status'), 'change')],
    address: [requiredRule(label('address')), maxLengthRule(label('address'), 200)],
    gridId: [requiredRule(label('gridId'), 'change')],
    contactName: [requiredRule(label('contactName')), maxLengthRule(label('contactName'), 30)],
    contactPhone: [requiredRule(label('contactPhone')), mobileRule(label('contactPhone'))],
  };
}

/** The enterprise fields the change history shows, in the form's order. */
export const HISTORY_FIELDS = [
  'name',
  'creditCode',
  'legalRepresentative',
  'industry',
  'scale',
  'status',
  'address',
  'gridId',
  'contactName',
  'contactPhone',
] as const satisfies readonly (keyof EnterpriseForm)[];

export type HistoryField = (typeof HISTORY_FIELDS)[number];

export interface FieldChange {
  field: HistoryField;
  before: string | null;
  after: string | null;
}

type Snapshot = Partial<Record<HistoryField, unknown>> | null;

/**
 * The fields a change record's `{ before, after }` differ in, values as readers know them
 * (industry names, grid paths…). A creation lists every field it set.
 */
export function historyChanges(
  details: string | null,
  display: (field: HistoryField, value: string) => string,
) {
  let parsed: { before?: Snapshot; after?: Snapshot };
  try {
    parsed = details ? (JSON.parse(details) as typeof parsed) : {};
  } catch {
    return [];
  }
  const before = parsed.before ?? null;
  const after = parsed.after ?? null;
  const shown = (snapshot: Snapshot, field: HistoryField) => {
    const value = snapshot?.[field];
    return value === null || value === undefined || value === '' ? null : display(field, String(value));
  };
  const changes: FieldChange[] = [];
  for (const field of HISTORY_FIELDS) {
    if (before?.[field] === after?.[field]) continue;
    const change = { field, before: shown(before, field), after: shown(after, field) };
    if (change.before !== change.after) changes.push(change);
  }
  return changes;
}
