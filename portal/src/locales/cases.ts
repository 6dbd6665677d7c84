import {
  CASE_ACTIONS,
  CASE_CATEGORIES,
  CASE_CHANNELS,
  CASE_KINDS,
  CASE_STATES,
  EVALUATION_SOLVED,
  MISCONDUCT_TYPES,
  REPLY_RESULTS,
  ROLES,
  SATISFACTIONS,
  type CaseAction,
  type CaseCategory,
  type CaseChannel,
  type CaseKind,
  type CaseState,
  type EvaluationSolved,
  type MisconductType,
  type ReplyResult,
  type Role,
  type Satisfaction,
} from '@gridbridge/shared';
import { dateFormat, localized, roleLabel, t } from '.';
import type { Option } from './directory';

/*
 * Names of the case vocabulary (kinds, categories, states, …) in the current UI language. The
 * labels live in @gridbridge/shared so that the portal, the admin app and notifications agree.
 */

function optionsOf<T extends string>(labels: Readonly<Record<T, Readonly<Record<'zh-CN' | 'en', string>>>>) {
  return (Object.keys(labels) as T[]).map((value) => ({ value, label: localized(labels[value]) }));
}

export const caseStateLabel = (code: CaseState): string => localized(CASE_STATES[code]);
export const caseActionLabel = (code: CaseAction): string => localized(CASE_ACTIONS[code]);
export const caseKindLabel = (code: CaseKind): string => localized(CASE_KINDS[code]);
export const caseCategoryLabel = (code: CaseCategory): string => localized(CASE_CATEGORIES[code]);
export const caseChannelLabel = (code: CaseChannel): string => localized(CASE_CHANNELS[code]);
export const misconductLabel = (code: MisconductType): string => localized(MISCONDUCT_TYPES[code]);
export const replyResultLabel = (code: ReplyResult): string => localized(REPLY_RESULTS[code]);
export const evaluationSolvedLabel = (code: EvaluationSolved): string => localized(EVALUATION_SOLVED[code]);
export const satisfactionLabel = (code: Satisfaction): string => localized(SATISFACTIONS[code]);

export const caseKindOptions = (): Option<CaseKind>[] => optionsOf(CASE_KINDS);
export const caseCategoryOptions = (): Option<CaseCategory>[] => optionsOf(CASE_CATEGORIES);
export const caseStateOptions = (): Option<CaseState>[] => optionsOf(CASE_STATES);
export const misconductOptions = (): Option<MisconductType>[] => optionsOf(MISCONDUCT_TYPES);

/** Who took a step on the timeline, as a role (staff names stay hidden from the portal). */
export function actorLabel(actorRole: string): string {
  if ((ROLES as readonly string[]).includes(actorRole)) return roleLabel(actorRole as Role);
  return t('cases.detail.actor.SYSTEM');
}

export type Tone = 'primary' | 'success' | 'warning' | 'danger' | 'teal' | 'neutral';

/**
 * The colour of a state's badge: the enterprise's turn stands out (warning), work under way is
 * blue or teal, a good end is green, and cases that ended without an answer are grey.
 */
const STATE_TONES: Record<CaseState, Tone> = {
  SUBMITTED: 'primary',
  NEEDS_INFO: 'warning',
  ACCEPTED: 'primary',
  ASSIGNED: 'teal',
  IN_PROGRESS: 'teal',
  RETURN_REQUESTED: 'teal',
  REPLY_REVIEW: 'teal',
  REPLIED: 'success',
  DISPUTED: 'danger',
  CLOSED: 'success',
  REJECTED: 'neutral',
  DUPLICATE: 'neutral',
  WITHDRAWN: 'neutral',
};

export const caseStateTone = (state: CaseState): Tone => STATE_TONES[state];

/** A day (no time) in the current UI language, Beijing time: the date a case was submitted. */
export function formatDate(value: unknown): string {
  const date = new Date(String(value));
  if (Number.isNaN(date.getTime())) return '';
  return dateFormat('date').format(date);
}

/** A file size people can read: 820 KB, 3.4 MB. */
export function formatFileSize(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
