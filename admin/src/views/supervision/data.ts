import type { FormRules } from 'element-plus';
import {
  MISCONDUCT_TYPES,
  SUPERVISION_KINDS,
  SUPERVISION_LEVELS,
  WARNING_COLOURS,
  WARNING_STEPS,
  WRONG_ACTION_REASONS,
} from '@gridbridge/shared';
import type {
  CaseSupervisionFieldsFragment,
  SupervisionBoardQuery,
  SupervisionCountsQuery,
  SupervisionFilter,
  SupervisionKind,
  SupervisionLevel,
  WarningColour,
  WarningStep,
} from '@/gql/graphql';
import { localized } from '@/locales';
import { maxLengthRule, requiredRule } from '@/utils/form-rules';

// The supervision board 督查台 and the 督办/催办 dialogs (docs/supervision.md).

export type SupervisionItem = SupervisionBoardQuery['supervisionBoard']['items'][number];
export type DepartmentCount = SupervisionCountsQuery['supervisionCounts'][number];
export type CaseSupervision = CaseSupervisionFieldsFragment;

export const KIND_CODES = Object.keys(SUPERVISION_KINDS) as SupervisionKind[];
export const COLOUR_CODES = Object.keys(WARNING_COLOURS) as WarningColour[];
export const LEVEL_CODES = Object.keys(SUPERVISION_LEVELS) as SupervisionLevel[];

export const kindLabel = (code: SupervisionKind) => localized(SUPERVISION_KINDS[code]);
export const colourLabel = (code: WarningColour) => localized(WARNING_COLOURS[code]);
export const stepLabel = (code: WarningStep) => localized(WARNING_STEPS[code]);
export const levelLabel = (code: SupervisionLevel) => localized(SUPERVISION_LEVELS[code]);

/** A wrong action's reason or a complaint's misconduct type, in words; an unknown code as it is. */
export function reasonLabel(reason: string | null | undefined): string {
  if (!reason) return '';
  if (Object.hasOwn(WRONG_ACTION_REASONS, reason)) {
    return localized(WRONG_ACTION_REASONS[reason as keyof typeof WRONG_ACTION_REASONS]);
  }
  if (Object.hasOwn(MISCONDUCT_TYPES, reason)) {
    return localized(MISCONDUCT_TYPES[reason as keyof typeof MISCONDUCT_TYPES]);
  }
  return reason;
}

/** Red is danger, yellow a warning; detections without a colour are plain. */
export const COLOUR_TAG_TYPES = { RED: 'danger', YELLOW: 'warning' } as const satisfies Record<
  WarningColour,
  string
>;
export const KIND_TAG_TYPES = {
  WARNING: 'info',
  INACTION: 'danger',
  SLOW_ACTION: 'danger',
  WRONG_ACTION: 'warning',
  COMPLAINT: 'warning',
} as const satisfies Record<SupervisionKind, string>;

/** The board's filter bar; '' means any. The period is a pair of Shanghai dates (YYYY-MM-DD). */
export interface BoardFilters {
  departmentId: string;
  gridId: string;
  kind: SupervisionKind | '';
  colour: WarningColour | '';
  period: [string, string] | null;
}

export const emptyFilters = (): BoardFilters => ({
  departmentId: '',
  gridId: '',
  kind: '',
  colour: '',
  period: null,
});

/** The day after a Shanghai date, as a date. */
function nextDay(date: string): string {
  const day = new Date(`${date}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + 1);
  return day.toISOString().slice(0, 10);
}

/** The filters as the API takes them: the period from the first day's start to the last day's end, in Shanghai. */
export function boardFilter(filters: BoardFilters): SupervisionFilter {
  return {
    departmentId: filters.departmentId || null,
    gridId: filters.gridId || null,
    kind: filters.kind || null,
    colour: filters.colour || null,
    from: filters.period ? `${filters.period[0]}T00:00:00+08:00` : null,
    to: filters.period ? `${nextDay(filters.period[1])}T00:00:00+08:00` : null,
  };
}

export const isFiltered = (filters: BoardFilters) =>
  !!(filters.departmentId || filters.gridId || filters.kind || filters.colour || filters.period);

export const NOTE_MAX_LENGTH = 1000;

export type SupervisionAction = 'supervise' | 'urge' | 'acknowledgeSupervision';
export const SUPERVISION_ACTIONS = ['supervise', 'urge', 'acknowledgeSupervision'] as const;

export interface SupervisionForm {
  level: SupervisionLevel;
  note: string;
  /** A Shanghai date (YYYY-MM-DD): the department must act by its end. */
  dueDate: string;
}

export const supervisionForm = (): SupervisionForm => ({ level: 'NORMAL', note: '', dueDate: '' });

/** The fields each dialog shows: a 督办 has all three; 催办 a note; an acknowledgement an optional note. */
export function supervisionFields(action: SupervisionAction): (keyof SupervisionForm)[] {
  if (action === 'supervise') return ['level', 'note', 'dueDate'];
  return ['note'];
}

export function supervisionRules(
  action: SupervisionAction,
  label: (field: keyof SupervisionForm) => string,
): FormRules<SupervisionForm> {
  const note =
    action === 'acknowledgeSupervision'
      ? [maxLengthRule(label('note'), NOTE_MAX_LENGTH)]
      : [requiredRule(label('note')), maxLengthRule(label('note'), NOTE_MAX_LENGTH)];
  if (action !== 'supervise') return { note };
  return {
    level: [requiredRule(label('level'), 'change')],
    note,
    dueDate: [requiredRule(label('dueDate'), 'change')],
  };
}

/** The end of a Shanghai date, as the deadline the server stores. */
export const endOfShanghaiDate = (date: string) => `${date}T23:59:59.999+08:00`;

/** Whether the viewer's department still has to acknowledge one of these (a department sees only its own). */
export const hasPending = (supervisions: readonly CaseSupervision[]) =>
  supervisions.some((s) => s.acknowledgedAt === null);
