import type { Locale } from '../locale.js';

const codesOf = <T extends object>(table: T) => Object.keys(table) as (keyof T)[];

/**
 * The timed steps that raise warnings (docs/supervision.md#warnings): a case's, and a
 * department's rectification of an inspection's suggestion (docs/inspections.md#rectification).
 */
export const WARNING_STEPS = {
  ACCEPT: { 'zh-CN': '受理', en: 'Acceptance' },
  SIGN: { 'zh-CN': '签收', en: 'Signing' },
  CONTACT: { 'zh-CN': '先行联系', en: 'First contact' },
  REPLY: { 'zh-CN': '答复', en: 'Reply' },
  REVIEW: { 'zh-CN': '审核', en: 'Review' },
  RECTIFY: { 'zh-CN': '整改', en: 'Rectification' },
} as const satisfies Record<string, Record<Locale, string>>;
export type WarningStep = keyof typeof WARNING_STEPS;
export const WARNING_STEP_CODES = codesOf(WARNING_STEPS);

/** The colours a warning reaches: YELLOW on the working day a step falls due, RED once overdue. */
export const WARNING_COLOURS = {
  YELLOW: { 'zh-CN': '黄牌', en: 'Yellow' },
  RED: { 'zh-CN': '红牌', en: 'Red' },
} as const satisfies Record<string, Record<Locale, string>>;
export type WarningColour = keyof typeof WARNING_COLOURS;
export const WARNING_COLOUR_CODES = codesOf(WARNING_COLOURS);

/**
 * What the supervision board lists (电子监察): a warning, or one of the detections — inaction
 * (an assignment unsigned past its limit), slow action (a reply or opinion past its limit),
 * possible wrong action (a reply sent back twice, a reopened case), and complaints with their
 * misconduct type. Each item has the most specific kind: a red signing warning is INACTION.
 */
export const SUPERVISION_KINDS = {
  WARNING: { 'zh-CN': '超时预警', en: 'Deadline warning' },
  INACTION: { 'zh-CN': '不作为', en: 'Inaction' },
  SLOW_ACTION: { 'zh-CN': '慢作为', en: 'Slow action' },
  WRONG_ACTION: { 'zh-CN': '疑似乱作为', en: 'Possible wrong action' },
  COMPLAINT: { 'zh-CN': '投诉举报', en: 'Complaint' },
} as const satisfies Record<string, Record<Locale, string>>;
export type SupervisionKind = keyof typeof SUPERVISION_KINDS;
export const SUPERVISION_KIND_CODES = codesOf(SUPERVISION_KINDS);

/** Why an item counts as possible wrong action. */
export const WRONG_ACTION_REASONS = {
  SENT_BACK_TWICE: { 'zh-CN': '答复两次被退回重办', en: 'Reply sent back twice' },
  REOPENED: { 'zh-CN': '不满意后重新办理', en: 'Reopened after a dispute' },
} as const satisfies Record<string, Record<Locale, string>>;
export type WrongActionReason = keyof typeof WRONG_ACTION_REASONS;

/** 督办 levels: how high the office escalates. */
export const SUPERVISION_LEVELS = {
  NORMAL: { 'zh-CN': '一般督办', en: 'Ordinary' },
  KEY: { 'zh-CN': '重点督办', en: 'Key' },
  LISTED: { 'zh-CN': '挂牌督办', en: 'Listed' },
} as const satisfies Record<string, Record<Locale, string>>;
export type SupervisionLevel = keyof typeof SUPERVISION_LEVELS;
export const SUPERVISION_LEVEL_CODES = codesOf(SUPERVISION_LEVELS);

/** The kind a deadline warning is listed as: a red signing is inaction, a red reply slow action. */
export function warningKind(step: WarningStep, colour: WarningColour): SupervisionKind {
  if (colour === 'RED' && step === 'SIGN') return 'INACTION';
  if (colour === 'RED' && step === 'REPLY') return 'SLOW_ACTION';
  return 'WARNING';
}
