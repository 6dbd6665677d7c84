import type { Locale } from './locale.js';

type Labels<K extends string> = Record<K, Record<Locale, string>>;
const codesOf = <K extends string>(labels: Labels<K>) => Object.keys(labels) as K[];

/** The kinds of accountability 问责 the district decides (docs/supervision.md#accountability). */
export const ACCOUNTABILITY_TYPES = {
  CRITICISM: { 'zh-CN': '通报批评', en: 'Public criticism' },
  ADMONITION: { 'zh-CN': '诫勉谈话', en: 'Admonishing talk' },
  NO_HONOURS: { 'zh-CN': '取消评优评先资格', en: 'Barred from awards' },
  PARTY_DISCIPLINE: { 'zh-CN': '党纪处分', en: 'Party discipline' },
  ADMINISTRATIVE_SANCTION: { 'zh-CN': '政纪处分', en: 'Administrative sanction' },
  OTHER: { 'zh-CN': '其他', en: 'Other' },
} as const satisfies Labels<string>;
export type AccountabilityType = keyof typeof ACCOUNTABILITY_TYPES;
export const ACCOUNTABILITY_TYPE_CODES = codesOf(ACCOUNTABILITY_TYPES);

/** Who is held accountable: a department as a whole, or a named official of a department. */
export const ACCOUNTABILITY_SUBJECTS = {
  DEPARTMENT: { 'zh-CN': '部门', en: 'Department' },
  OFFICIAL: { 'zh-CN': '个人', en: 'Official' },
} as const satisfies Labels<string>;
export type AccountabilitySubject = keyof typeof ACCOUNTABILITY_SUBJECTS;
export const ACCOUNTABILITY_SUBJECT_CODES = codesOf(ACCOUNTABILITY_SUBJECTS);

/** Why a department or case is proposed for accountability (the candidates of the admin app). */
export const ACCOUNTABILITY_CANDIDATE_KINDS = {
  SIGN_OVERDUE: { 'zh-CN': '超期未签收（不作为）', en: 'Unsigned past its limit (inaction)' },
  REPLY_OVERDUE: { 'zh-CN': '超期未答复（慢作为）', en: 'Unreplied past its limit (slow action)' },
  SIGNED_LATE: { 'zh-CN': '逾期签收', en: 'Signed late' },
  REPLIED_LATE: { 'zh-CN': '逾期答复', en: 'Replied late' },
  SENT_BACK_TWICE: { 'zh-CN': '答复两次被退回重办', en: 'Reply sent back twice' },
  REOPENED: { 'zh-CN': '诉求被重新办理', en: 'Case reopened' },
} as const satisfies Labels<string>;
export type AccountabilityCandidateKind = keyof typeof ACCOUNTABILITY_CANDIDATE_KINDS;
export const ACCOUNTABILITY_CANDIDATE_KIND_CODES = codesOf(ACCOUNTABILITY_CANDIDATE_KINDS);

/** The periods the accountability figures are counted by. */
export const FIGURE_PERIODS = ['MONTH', 'QUARTER', 'YEAR'] as const;
export type FigurePeriod = (typeof FIGURE_PERIODS)[number];

/**
 * An official's name as a public notice shows it when the name is redacted: the surname and 某
 * (张三 → 张某). Two-character compound surnames (欧阳, 司马 …) keep both characters.
 */
const COMPOUND_SURNAMES = [
  '欧阳',
  '司马',
  '上官',
  '诸葛',
  '东方',
  '皇甫',
  '尉迟',
  '公孙',
  '慕容',
  '令狐',
  '夏侯',
  '长孙',
];
export function redactedName(name: string): string {
  const trimmed = name.trim();
  if (!trimmed) return trimmed;
  const surname = COMPOUND_SURNAMES.find((s) => trimmed.startsWith(s) && trimmed.length > s.length);
  return `${surname ?? [...trimmed][0]}某`;
}
