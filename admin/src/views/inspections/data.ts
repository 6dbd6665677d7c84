import type { FormItemRule, FormRules } from 'element-plus';
import {
  CASE_CATEGORIES,
  CASE_KIND_CODES,
  CASE_KINDS,
  FINDING_OUTCOMES,
  INSPECTION_FOCUSES,
  RECTIFICATION_STATES,
  shanghaiDate,
  type CaseCategory,
  type CaseKind,
  type FindingOutcome,
  type InspectionFocus,
  type RectificationState,
} from '@gridbridge/shared';
import type {
  InspectionFigureFieldsFragment,
  InspectionRecordFieldsFragment,
  InspectionRecordFindingFieldsFragment,
  InspectionTaskFieldsFragment,
  InspectionTeamFieldsFragment,
  RectificationFieldsFragment,
} from '@/gql/graphql';
import { localized } from '@/locales';
import { maxLengthRule, requiredRule } from '@/utils/form-rules';

export type InspectionTeam = InspectionTeamFieldsFragment;
export type InspectionTask = InspectionTaskFieldsFragment;
export type InspectionRecord = InspectionRecordFieldsFragment;
export type Finding = InspectionRecordFindingFieldsFragment;
export type Rectification = RectificationFieldsFragment;
export type FigureRow = InspectionFigureFieldsFragment;
export type Photo = InspectionRecord['photos'][number];

/** Tasks, suggestions and the findings behind a figure per page ("load more" after it). */
export const PAGE_SIZE = 20;
/** Records per page of a task's drawer: each brings its photos and findings (the query cost). */
export const RECORD_PAGE_SIZE = 10;
/** Choices of the enterprise pick list per page: a search narrows them, "more" goes on. */
export const ENTERPRISE_PAGE_SIZE = 20;

/** Photos on one record, as the server caps them (InspectionRecordInput.photoIds). */
export const PHOTO_MAX = 9;
/** The server's upload limit for any attachment (ATTACHMENT_MAX_BYTES), checked before sending. */
export const PHOTO_MAX_BYTES = 5 * 1024 * 1024;
/** The kinds a finding may become as a case: a complaint is not filed this way. */
export const FINDING_CASE_KINDS = CASE_KIND_CODES.filter((kind) => kind !== 'COMPLAINT');
export const caseKindLabel = (code: string) => localized(CASE_KINDS[code as CaseKind]);

export const FOCUSES = Object.keys(INSPECTION_FOCUSES) as InspectionFocus[];
export const CATEGORIES = Object.keys(CASE_CATEGORIES) as CaseCategory[];
export const focusLabel = (code: string) => localized(INSPECTION_FOCUSES[code as InspectionFocus]);
export const categoryLabel = (code: string) => localized(CASE_CATEGORIES[code as CaseCategory]);
export const outcomeLabel = (code: string) => localized(FINDING_OUTCOMES[code as FindingOutcome]);
export const rectificationStateLabel = (code: string) =>
  localized(RECTIFICATION_STATES[code as RectificationState]);
export const RECTIFICATION_STATE_CODES = Object.keys(RECTIFICATION_STATES) as RectificationState[];

/** The figures in the order the article gives them; each drills down except teams and inspectors. */
export const FIGURE_COLUMNS = [
  'dispatched',
  'inspectors',
  'found',
  'solved',
  'suggested',
  'onTime',
  'overdue',
] as const;
export type FigureColumn = (typeof FIGURE_COLUMNS)[number];
export const DRILL_FIGURE: Partial<
  Record<FigureColumn, 'FOUND' | 'SOLVED' | 'SUGGESTED' | 'ON_TIME' | 'OVERDUE'>
> = {
  found: 'FOUND',
  solved: 'SOLVED',
  suggested: 'SUGGESTED',
  onTime: 'ON_TIME',
  overdue: 'OVERDUE',
};

/** The warning tag of a suggestion, coloured like a case's deadline. */
export const WARNING_TAG: Record<string, 'success' | 'warning' | 'danger' | 'info'> = {
  NONE: 'success',
  YELLOW: 'warning',
  RED: 'danger',
  PAUSED: 'info',
};

/** Today and the first of this month, as Shanghai business dates. */
export function thisMonth(now = new Date()): { from: string; to: string } {
  const today = shanghaiDate(now);
  return { from: `${today.slice(0, 8)}01`, to: today };
}

export interface TeamForm {
  name: string;
  leaderId: string;
  memberIds: string[];
}

export const teamForm = (team?: InspectionTeam | null): TeamForm => ({
  name: team?.name ?? '',
  leaderId: team?.leader.id ?? '',
  memberIds: team?.members.map((m) => m.id) ?? [],
});

export interface TaskForm {
  teamId: string;
  title: string;
  focus: InspectionFocus | '';
  targetKind: 'grid' | 'department';
  gridId: string;
  departmentId: string;
  startsOn: string;
  endsOn: string;
}

export const taskForm = (): TaskForm => ({
  teamId: '',
  title: '',
  focus: '',
  targetKind: 'grid',
  gridId: '',
  departmentId: '',
  ...(() => {
    const { from, to } = thisMonth();
    return { startsOn: from, endsOn: to };
  })(),
});

export const toTaskInput = (form: TaskForm) => ({
  teamId: form.teamId,
  title: form.title.trim(),
  focus: form.focus as InspectionFocus,
  gridId: form.targetKind === 'grid' ? form.gridId || null : null,
  departmentId: form.targetKind === 'department' ? form.departmentId || null : null,
  startsOn: form.startsOn,
  endsOn: form.endsOn,
});

export interface FindingDraft {
  category: CaseCategory | '';
  departmentId: string;
  description: string;
}

export interface RecordForm {
  inspectedOn: string;
  place: string;
  checked: string;
  findings: FindingDraft[];
  photos: Photo[];
}

export const recordForm = (): RecordForm => ({
  inspectedOn: shanghaiDate(new Date()),
  place: '',
  checked: '',
  findings: [],
  photos: [],
});

export const emptyFinding = (): FindingDraft => ({ category: '', departmentId: '', description: '' });

export function teamRules(label: (field: keyof TeamForm) => string): FormRules<TeamForm> {
  return {
    name: [requiredRule(label('name')), maxLengthRule(label('name'), 60)],
    leaderId: [requiredRule(label('leaderId'), 'change')],
  };
}

export function taskRules(
  label: (field: 'teamId' | 'title' | 'focus' | 'startsOn' | 'endsOn') => string,
): FormRules<TaskForm> {
  return {
    teamId: [requiredRule(label('teamId'), 'change')],
    title: [requiredRule(label('title')), maxLengthRule(label('title'), 100)],
    focus: [requiredRule(label('focus'), 'change')],
    startsOn: [requiredRule(label('startsOn'), 'change')],
    endsOn: [requiredRule(label('endsOn'), 'change')],
  };
}

/** A finding goes to a department and says what was found: asked for before the record is sent. */
export function findingRules(
  label: (field: 'departmentId' | 'description') => string,
): Record<'departmentId' | 'description', FormItemRule[]> {
  return {
    departmentId: [requiredRule(label('departmentId'), 'change')],
    description: [requiredRule(label('description'))],
  };
}

export function recordRules(
  label: (field: 'inspectedOn' | 'place' | 'checked') => string,
): FormRules<RecordForm> {
  return {
    inspectedOn: [requiredRule(label('inspectedOn'), 'change')],
    place: [requiredRule(label('place')), maxLengthRule(label('place'), 200)],
    checked: [requiredRule(label('checked')), maxLengthRule(label('checked'), 2000)],
  };
}
