import type { FormRules } from 'element-plus';
import { CASE_CATEGORIES, CASE_PRIORITIES, type CaseCategory, type CasePriority } from '@gridbridge/shared';
import type {
  DispatchMatterFieldsFragment,
  DispatchMatterInput,
  TimeLimitsFieldsFragment,
  TimeLimitsInput,
} from '@/gql/graphql';
import { localized } from '@/locales';
import { maxLengthRule, requiredRule } from '@/utils/form-rules';

export type DispatchMatter = DispatchMatterFieldsFragment;
export type TimeLimits = TimeLimitsFieldsFragment;

export const CATEGORIES = Object.keys(CASE_CATEGORIES) as CaseCategory[];
/** The server sends categories and priorities as their shared codes. */
export const categoryLabel = (code: string) => localized(CASE_CATEGORIES[code as CaseCategory]);
export const priorityLabel = (code: string) => localized(CASE_PRIORITIES[code as CasePriority]);

export interface MatterForm {
  category: CaseCategory | '';
  name: string;
  description: string;
  keywords: string[];
  leadDepartmentId: string;
  coDepartmentIds: string[];
}

export function matterForm(matter?: DispatchMatter | null, category?: CaseCategory | null): MatterForm {
  return {
    category: (matter?.category as CaseCategory | undefined) ?? category ?? '',
    name: matter?.name ?? '',
    description: matter?.description ?? '',
    keywords: [...(matter?.keywords ?? [])],
    leadDepartmentId: matter?.lead.id ?? '',
    coDepartmentIds: matter?.co.map((d) => d.id) ?? [],
  };
}

/** The server names a bad co-department by its place in the list; the form has one picker for all. */
export const MAX_CO_DEPARTMENTS = 10;
export const CO_DEPARTMENT_FIELDS = Object.fromEntries(
  Array.from({ length: MAX_CO_DEPARTMENTS }, (_, i) => [`coDepartmentIds.${i}`, 'coDepartmentIds']),
);

export function toMatterInput(form: MatterForm): DispatchMatterInput {
  return {
    category: form.category,
    name: form.name.trim(),
    description: form.description.trim(),
    keywords: [...new Set(form.keywords.map((word) => word.trim()).filter(Boolean))],
    leadDepartmentId: form.leadDepartmentId,
    // The lead is never its own co-department.
    coDepartmentIds: form.coDepartmentIds.filter((id) => id !== form.leadDepartmentId),
  };
}

export function matterRules(label: (field: keyof MatterForm) => string): FormRules<MatterForm> {
  return {
    category: [requiredRule(label('category'), 'change')],
    name: [requiredRule(label('name')), maxLengthRule(label('name'), 60)],
    description: [maxLengthRule(label('description'), 500)],
    leadDepartmentId: [requiredRule(label('leadDepartmentId'), 'change')],
  };
}

export const LIMIT_FIELDS = ['sign', 'firstContact', 'reply', 'replyComplex', 'review'] as const;
export type LimitField = (typeof LIMIT_FIELDS)[number];
export const LIMIT_RANGE = { min: 1, max: 60 } as const;

export function toLimitsInput(limits: Record<LimitField, number>): TimeLimitsInput {
  return Object.fromEntries(LIMIT_FIELDS.map((field) => [field, limits[field]])) as TimeLimitsInput;
}
