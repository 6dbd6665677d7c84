import type { FormRules } from 'element-plus';
import { ASSIGNMENT_ROLES, ASSIGNMENT_STATES, CONTACT_METHODS } from '@gridbridge/shared';
import type {
  AssignmentRole,
  AssignmentState,
  CaseAction,
  CaseAssignmentFieldsFragment,
  ContactMethod,
  ReplyResult,
} from '@/gql/graphql';
import { localized } from '@/locales';
import { maxLengthRule, requiredRule } from '@/utils/form-rules';
import { INTERNAL_NOTE_MAX_LENGTH, NOTE_MAX_LENGTH, REPLY_MAX_LENGTH } from './triage';
import { t } from './t';
import { TRIAGE_ACTIONS, type TriageAction } from './actions';

// The case loop after acceptance: which of the case's available actions the admin app offers, and their forms.

export type CaseAssignment = CaseAssignmentFieldsFragment;

/** 交办 has its own dialog (suggestions, departments); the rest share the loop dialog. */
export const LOOP_ACTIONS = [
  'sign',
  'contact',
  'recordProgress',
  'submitOpinion',
  'draftReply',
  'submitReply',
  'approveReply',
  'sendBack',
  'approveExtension',
  'denyExtension',
  'approveReturn',
  'denyReturn',
  'reopen',
  'closeDisputed',
  'requestExtension',
  'requestReturn',
] as const satisfies readonly CaseAction[];
export type LoopAction = (typeof LOOP_ACTIONS)[number];

/** The office's 督办 and 催办, and the department's acknowledgement: the supervision dialog (views/supervision). */
export const SUPERVISION_PAGE_ACTIONS = [
  'supervise',
  'urge',
  'acknowledgeSupervision',
] as const satisfies readonly CaseAction[];
export type SupervisionPageAction = (typeof SUPERVISION_PAGE_ACTIONS)[number];

/** Every action the case page can carry out, in the order its buttons appear. */
export const PAGE_ACTIONS = [
  ...TRIAGE_ACTIONS.slice(0, -1),
  'assign',
  ...LOOP_ACTIONS,
  ...SUPERVISION_PAGE_ACTIONS,
  'reject',
] as const;
export type PageAction = (typeof PAGE_ACTIONS)[number];

/** The buttons of a case the server says the viewer may act on, in page order. */
export function pageActions(available: readonly CaseAction[]): PageAction[] {
  const allowed = new Set<string>(available);
  return PAGE_ACTIONS.filter((action) => allowed.has(action));
}

export const isTriageAction = (action: PageAction): action is TriageAction =>
  (TRIAGE_ACTIONS as readonly string[]).includes(action);
export const isLoopAction = (action: PageAction): action is LoopAction =>
  (LOOP_ACTIONS as readonly string[]).includes(action);
export const isSupervisionAction = (action: PageAction): action is SupervisionPageAction =>
  (SUPERVISION_PAGE_ACTIONS as readonly string[]).includes(action);

/** Refusals and negative decisions are drawn as such. */
export const DANGER_ACTIONS: readonly PageAction[] = ['reject', 'sendBack', 'denyExtension', 'denyReturn'];
export const PRIMARY_ACTIONS: readonly PageAction[] = [
  'accept',
  'assign',
  'sign',
  'draftReply',
  'submitReply',
  'approveReply',
  'approveExtension',
  'approveReturn',
  'reopen',
];

export const CONTACT_METHOD_CODES = Object.keys(CONTACT_METHODS) as ContactMethod[];
export const EXTENSION_MAX_DAYS = 30;

export const assignmentStateLabel = (code: AssignmentState) => localized(ASSIGNMENT_STATES[code]);
export const assignmentRoleLabel = (code: AssignmentRole) => localized(ASSIGNMENT_ROLES[code]);
/** EXTENSION or RETURN: what an assignment asks of the office leader. */
export const requestLabel = (code: string) =>
  code === 'EXTENSION' || code === 'RETURN' ? t(`caseLoop.request.${code}`) : code;
export const contactMethodLabel = (code: ContactMethod) => localized(CONTACT_METHODS[code]);

export interface LoopForm {
  note: string;
  reason: string;
  method: ContactMethod;
  /** ISO date-time; the picker gives one. */
  contactedAt: string;
  summary: string;
  visibleToEnterprise: boolean;
  opinion: string;
  result: ReplyResult | '';
  text: string;
  internalNote: string;
  attachmentIds: string[];
  days: number | null;
  explanation: string;
}

/** A fresh form; a draft starts from the lead department's earlier draft, sent back or not. */
export function loopForm(lead: CaseAssignment | null, now: Date): LoopForm {
  return {
    note: '',
    reason: '',
    method: 'PHONE',
    contactedAt: now.toISOString(),
    summary: '',
    visibleToEnterprise: false,
    opinion: '',
    result: lead?.draftResult ?? '',
    text: lead?.draftText ?? '',
    internalNote: lead?.draftInternalNote ?? '',
    attachmentIds: [],
    days: null,
    explanation: '',
  };
}

/** The fields each action's form shows; sign, submitReply and approveReply are confirmations. */
export function loopFields(action: LoopAction): (keyof LoopForm)[] {
  switch (action) {
    case 'sign':
    case 'submitReply':
      return [];
    case 'approveReply':
      return ['note'];
    case 'contact':
      return ['method', 'contactedAt', 'summary'];
    case 'recordProgress':
      return ['note', 'visibleToEnterprise'];
    case 'submitOpinion':
      return ['opinion'];
    case 'draftReply':
      return ['result', 'text', 'internalNote', 'attachmentIds'];
    case 'requestExtension':
      return ['days', 'reason'];
    case 'reopen':
      return ['days', 'reason'];
    case 'closeDisputed':
      return ['explanation'];
    case 'requestReturn':
    case 'sendBack':
    case 'approveExtension':
    case 'denyExtension':
    case 'approveReturn':
    case 'denyReturn':
      return ['reason'];
  }
}

export function loopRules(action: LoopAction, label: (field: keyof LoopForm) => string): FormRules<LoopForm> {
  const text = (field: keyof LoopForm, max: number) => [
    requiredRule(label(field)),
    maxLengthRule(label(field), max),
  ];
  const rules: FormRules<LoopForm> = {
    note: [maxLengthRule(label('note'), NOTE_MAX_LENGTH)],
    reason: text('reason', NOTE_MAX_LENGTH),
    method: [requiredRule(label('method'), 'change')],
    contactedAt: [requiredRule(label('contactedAt'), 'change')],
    summary: text('summary', NOTE_MAX_LENGTH),
    opinion: text('opinion', REPLY_MAX_LENGTH),
    result: [requiredRule(label('result'), 'change')],
    text: text('text', REPLY_MAX_LENGTH),
    internalNote: [maxLengthRule(label('internalNote'), INTERNAL_NOTE_MAX_LENGTH)],
    explanation: text('explanation', REPLY_MAX_LENGTH),
    days:
      action === 'requestExtension'
        ? [{ required: true, type: 'number', message: requiredMessage(label('days')), trigger: 'change' }]
        : [],
  };
  if (action === 'recordProgress') rules.note = text('note', NOTE_MAX_LENGTH);
  const shown = new Set(loopFields(action));
  return Object.fromEntries(Object.entries(rules).filter(([field]) => shown.has(field as keyof LoopForm)));
}

function requiredMessage(label: string): string {
  return requiredRule(label).message as string;
}

/** The server's argument names that differ from the form's. */
export const LOOP_SERVER_FIELDS: Record<string, keyof LoopForm> = {
  note: 'note',
  reason: 'reason',
  method: 'method',
  contactedAt: 'contactedAt',
  summary: 'summary',
  opinion: 'opinion',
  result: 'result',
  text: 'text',
  internalNote: 'internalNote',
  attachmentIds: 'attachmentIds',
  days: 'days',
  explanation: 'explanation',
};

/** The lead department's task: the one that drafts and sends the reply. */
export function leadAssignment(assignments: readonly CaseAssignment[]): CaseAssignment | null {
  return assignments.find((assignment) => assignment.role === 'LEAD') ?? null;
}
