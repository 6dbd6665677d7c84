import type { FormRules } from 'element-plus';
import {
  ACCOUNTABILITY_CANDIDATE_KINDS,
  ACCOUNTABILITY_TYPES,
  shanghaiDate,
  type AccountabilityCandidateKind,
  type AccountabilitySubject,
  type AccountabilityType,
} from '@gridbridge/shared';
import type {
  AccountabilityCandidatesQuery,
  AccountabilityRecordFieldsFragment,
  AccountabilityRecordInput,
} from '@/gql/graphql';
import { localized } from '@/locales';
import { maxLengthRule, requiredRule } from '@/utils/form-rules';

export type AccountabilityRecord = AccountabilityRecordFieldsFragment;
export type AccountabilityCandidate = AccountabilityCandidatesQuery['accountabilityCandidates'][number];

export const TYPES = Object.keys(ACCOUNTABILITY_TYPES) as AccountabilityType[];
export const typeLabel = (code: string) => localized(ACCOUNTABILITY_TYPES[code as AccountabilityType]);
export const candidateKindLabel = (code: string) =>
  localized(ACCOUNTABILITY_CANDIDATE_KINDS[code as AccountabilityCandidateKind]);

/** How far back the candidates look for late steps and rework. */
export const CANDIDATE_DAYS = 90;

export interface RecordForm {
  subjectKind: AccountabilitySubject;
  departmentId: string;
  officialName: string;
  officialPost: string;
  type: AccountabilityType | '';
  reason: string;
  caseIds: string[];
  decidedOn: string;
  decidedBy: string;
}

/** The form for a record, for a candidate (its department and case), or empty; decided today by default. */
export function recordForm(
  record: AccountabilityRecord | null | undefined,
  candidate: AccountabilityCandidate | null | undefined,
  now: Date,
): RecordForm {
  return {
    subjectKind: (record?.subjectKind as AccountabilitySubject | undefined) ?? 'DEPARTMENT',
    departmentId: record?.department.id ?? candidate?.department.id ?? '',
    officialName: record?.officialName ?? '',
    officialPost: record?.officialPost ?? '',
    type: (record?.type as AccountabilityType | undefined) ?? '',
    reason:
      record?.reason ??
      (candidate ? `${candidateKindLabel(candidate.kind)}：${candidate.case.trackingNo}` : ''),
    caseIds: record?.cases.map((c) => c.id) ?? (candidate ? [candidate.case.id] : []),
    decidedOn: record?.decidedOn ?? shanghaiDate(now),
    decidedBy: record?.decidedBy ?? '',
  };
}

export function toRecordInput(form: RecordForm): AccountabilityRecordInput {
  const official = form.subjectKind === 'OFFICIAL';
  return {
    subjectKind: form.subjectKind,
    departmentId: form.departmentId,
    officialName: official ? form.officialName.trim() : null,
    officialPost: official ? form.officialPost.trim() : null,
    type: form.type as AccountabilityType,
    reason: form.reason.trim(),
    caseIds: form.caseIds,
    decidedOn: form.decidedOn,
    decidedBy: form.decidedBy.trim(),
  };
}

export function recordRules(
  label: (field: keyof RecordForm) => string,
  official: boolean,
): FormRules<RecordForm> {
  return {
    departmentId: [requiredRule(label('departmentId'), 'change')],
    ...(official
      ? {
          officialName: [requiredRule(label('officialName')), maxLengthRule(label('officialName'), 30)],
          officialPost: [requiredRule(label('officialPost')), maxLengthRule(label('officialPost'), 60)],
        }
      : {}),
    type: [requiredRule(label('type'), 'change')],
    reason: [requiredRule(label('reason')), maxLengthRule(label('reason'), 2000)],
    decidedOn: [requiredRule(label('decidedOn'), 'change')],
    decidedBy: [requiredRule(label('decidedBy')), maxLengthRule(label('decidedBy'), 60)],
  };
}

/** The server names a bad linked case by its place in the list; the form shows them together. */
export const CASE_FIELDS = Object.fromEntries(
  Array.from({ length: 50 }, (_, i) => [`caseIds.${i}`, 'caseIds']),
);

/** Who a record holds accountable, as one line. */
export function subjectLine(
  record: Pick<AccountabilityRecord, 'subjectKind' | 'officialName' | 'officialPost'> & {
    department: { name: string };
  },
  t: (key: 'accountability.records.official', named: Record<string, unknown>) => string,
): string {
  return record.subjectKind === 'OFFICIAL'
    ? t('accountability.records.official', {
        department: record.department.name,
        post: record.officialPost ?? '',
        name: record.officialName ?? '',
      })
    : record.department.name;
}
