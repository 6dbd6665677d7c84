import {
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
  type Role,
} from '@gridbridge/shared';
import type {
  CaseAction,
  CaseCategory,
  CaseChannel,
  CaseComplexity,
  CaseKind,
  CasePriority,
  CaseState,
  DeadlineState,
  MisconductType,
  ReplyResult,
} from '@/gql/graphql';
import { localized } from '@/locales';
import { t } from './t';

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

export type TagType = 'primary' | 'success' | 'info' | 'warning' | 'danger';

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
