import type { FormRules } from 'element-plus';
import { DEPARTMENT_KINDS } from '@gridbridge/shared';
import type { DepartmentFieldsFragment, DepartmentInput, DepartmentKind } from '@/gql/graphql';
import { localized } from '@/locales';
import { maxLengthRule, requiredRule } from '@/utils/form-rules';

export type Department = DepartmentFieldsFragment;

export const KINDS = Object.keys(DEPARTMENT_KINDS) as DepartmentKind[];
export const kindLabel = (kind: DepartmentKind) => localized(DEPARTMENT_KINDS[kind]);

export interface DepartmentForm {
  name: string;
  shortName: string;
  kind: DepartmentKind | '';
  contactPhone: string;
}

export function departmentForm(department?: Department | null): DepartmentForm {
  return {
    name: department?.name ?? '',
    shortName: department?.shortName ?? '',
    kind: department?.kind ?? '',
    contactPhone: department?.contactPhone ?? '',
  };
}

export function toDepartmentInput(form: DepartmentForm): DepartmentInput {
  return {
    name: form.name.trim(),
    shortName: form.shortName.trim(),
    kind: form.kind as DepartmentKind,
    contactPhone: form.contactPhone.trim() || null,
  };
}

export function departmentRules(label: (field: keyof DepartmentForm) => string): FormRules<DepartmentForm> {
  return {
    name: [requiredRule(label('name')), maxLengthRule(label('name'), 60)],
    shortName: [requiredRule(label('shortName')), maxLengthRule(label('shortName'), 20)],
    kind: [requiredRule(label('kind'), 'change')],
    contactPhone: [maxLengthRule(label('contactPhone'), 30)],
  };
}
