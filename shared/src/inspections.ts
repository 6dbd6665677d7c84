import type { Locale } from './locale.js';

type Labels<K extends string> = Record<K, Record<Locale, string>>;
const codesOf = <K extends string>(labels: Labels<K>) => Object.keys(labels) as K[];

/** The four focuses of an inspection task (巡查重点), docs/inspections.md#tasks. */
export const INSPECTION_FOCUSES = {
  DUTIES: { 'zh-CN': '履行职责情况', en: 'Performance of duties' },
  PUBLIC_SERVICE: { 'zh-CN': '提供公共服务情况', en: 'Public services' },
  SOCIAL_MANAGEMENT: { 'zh-CN': '社会管理情况', en: 'Social management' },
  MARKET_REGULATION: { 'zh-CN': '市场监管情况', en: 'Market regulation' },
} as const satisfies Labels<string>;
export type InspectionFocus = keyof typeof INSPECTION_FOCUSES;
export const INSPECTION_FOCUS_CODES = codesOf(INSPECTION_FOCUSES);

/** What became of a finding (发现问题): still open, or one of its three outcomes. */
export const FINDING_OUTCOMES = {
  OPEN: { 'zh-CN': '待处理', en: 'Open' },
  SOLVED: { 'zh-CN': '现场解决', en: 'Solved on the spot' },
  CASE: { 'zh-CN': '转为诉求', en: 'Turned into a case' },
  SUGGESTION: { 'zh-CN': '整改建议', en: 'Rectification suggestion' },
} as const satisfies Labels<string>;
export type FindingOutcome = keyof typeof FINDING_OUTCOMES;
export const FINDING_OUTCOME_CODES = codesOf(FINDING_OUTCOMES);

/** Where a rectification suggestion (整改建议) stands. */
export const RECTIFICATION_STATES = {
  ISSUED: { 'zh-CN': '待整改', en: 'Awaiting rectification' },
  REPORTED: { 'zh-CN': '待核实', en: 'Reported, awaiting verification' },
  ACCEPTED: { 'zh-CN': '已整改', en: 'Rectified' },
} as const satisfies Labels<string>;
export type RectificationState = keyof typeof RECTIFICATION_STATES;
export const RECTIFICATION_STATE_CODES = codesOf(RECTIFICATION_STATES);

/** The figures of inspection work (docs/inspections.md#figures); each drills down to its records. */
export const INSPECTION_FIGURES = {
  FOUND: { 'zh-CN': '发现问题', en: 'Problems found' },
  SOLVED: { 'zh-CN': '解决问题', en: 'Problems solved' },
  SUGGESTED: { 'zh-CN': '整改建议', en: 'Suggestions issued' },
  ON_TIME: { 'zh-CN': '按期整改', en: 'Rectified on time' },
  OVERDUE: { 'zh-CN': '逾期', en: 'Overdue' },
} as const satisfies Labels<string>;
export type InspectionFigure = keyof typeof INSPECTION_FIGURES;
export const INSPECTION_FIGURE_CODES = codesOf(INSPECTION_FIGURES);
