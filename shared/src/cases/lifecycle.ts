import type { Locale } from '../locale.js';
import type { Role } from '../roles.js';
import { rolesWith } from '../permissions.js';
import type { CaseKind } from './vocabulary.js';

/** The states of a case (docs/lifecycle-and-deadlines.md). */
export const CASE_STATES = {
  SUBMITTED: { 'zh-CN': '待受理', en: 'Submitted' },
  NEEDS_INFO: { 'zh-CN': '待补充', en: 'Needs information' },
  ACCEPTED: { 'zh-CN': '已受理', en: 'Accepted' },
  REJECTED: { 'zh-CN': '不予受理', en: 'Rejected' },
  DUPLICATE: { 'zh-CN': '重复诉求', en: 'Duplicate' },
  WITHDRAWN: { 'zh-CN': '已撤回', en: 'Withdrawn' },
  ASSIGNED: { 'zh-CN': '待签收', en: 'Assigned' },
  IN_PROGRESS: { 'zh-CN': '办理中', en: 'In progress' },
  RETURN_REQUESTED: { 'zh-CN': '退回待审', en: 'Return requested' },
  REPLY_REVIEW: { 'zh-CN': '待审核', en: 'Reply under review' },
  REPLIED: { 'zh-CN': '待评价', en: 'Replied' },
  DISPUTED: { 'zh-CN': '不满意', en: 'Disputed' },
  CLOSED: { 'zh-CN': '已办结', en: 'Closed' },
} as const satisfies Record<string, Record<Locale, string>>;
export type CaseState = keyof typeof CASE_STATES;
export const CASE_STATE_CODES = Object.keys(CASE_STATES) as CaseState[];
export const TERMINAL_STATES: readonly CaseState[] = ['REJECTED', 'DUPLICATE', 'WITHDRAWN', 'CLOSED'];

/** Who may act: a role, or the system itself (scheduled jobs). */
export type Actor = Role | 'SYSTEM';

/**
 * How the one acting stands to the case: the department holding its lead assignment (主办) or a
 * co-handling one (协办), the office, the enterprise side that reported it, or the system. A role
 * alone never decides: the leader of a co-department holds DEPT_LEADER yet may not send the reply.
 */
export const CASE_RELATIONS = ['LEAD', 'CO', 'OFFICE', 'SUBMITTER', 'SYSTEM'] as const;
export type CaseRelation = (typeof CASE_RELATIONS)[number];

const OFFICE = rolesWith('case.triage');
const DEPT = rolesWith('case.handle');
const REPORTER = rolesWith('case.report');
const DEPT_LEAD = rolesWith('case.departmentLead');
const OFFICE_LEAD = rolesWith('case.officeLead');

/** Actions on a case (the verbs of docs/lifecycle-and-deadlines.md and of docs/supervision.md). */
export const CASE_ACTIONS = {
  submit: { 'zh-CN': '提交诉求', en: 'Submit' },
  accept: { 'zh-CN': '受理', en: 'Accept' },
  reject: { 'zh-CN': '不予受理', en: 'Reject' },
  requestInfo: { 'zh-CN': '要求补充材料', en: 'Ask for information' },
  supplement: { 'zh-CN': '补充材料', en: 'Supplement' },
  markDuplicate: { 'zh-CN': '标记为重复诉求', en: 'Mark as duplicate' },
  withdraw: { 'zh-CN': '撤回', en: 'Withdraw' },
  replyDirectly: { 'zh-CN': '直接答复', en: 'Reply directly' },
  assign: { 'zh-CN': '交办', en: 'Assign' },
  sign: { 'zh-CN': '签收', en: 'Sign for' },
  contact: { 'zh-CN': '先行联系', en: 'First contact' },
  recordProgress: { 'zh-CN': '办理进展', en: 'Record progress' },
  submitOpinion: { 'zh-CN': '协办意见', en: 'Co-handling opinion' },
  draftReply: { 'zh-CN': '拟写答复', en: 'Draft reply' },
  submitReply: { 'zh-CN': '审核并报送答复', en: 'Approve and send reply' },
  requestExtension: { 'zh-CN': '申请延期', en: 'Request extension' },
  approveExtension: { 'zh-CN': '批准延期', en: 'Approve extension' },
  denyExtension: { 'zh-CN': '驳回延期', en: 'Deny extension' },
  requestReturn: { 'zh-CN': '申请退回', en: 'Request return' },
  approveReturn: { 'zh-CN': '同意退回', en: 'Approve return' },
  denyReturn: { 'zh-CN': '驳回退回', en: 'Deny return' },
  approveReply: { 'zh-CN': '审核通过', en: 'Approve reply' },
  sendBack: { 'zh-CN': '退回重办', en: 'Send back for rework' },
  evaluate: { 'zh-CN': '评价', en: 'Evaluate' },
  dispute: { 'zh-CN': '不满意评价', en: 'Evaluate: dissatisfied' },
  autoClose: { 'zh-CN': '逾期未评价自动办结', en: 'Close unevaluated' },
  reopen: { 'zh-CN': '重新办理', en: 'Reopen' },
  closeDisputed: { 'zh-CN': '说明后办结', en: 'Close with explanation' },
  supervise: { 'zh-CN': '督办', en: 'Supervise' },
  urge: { 'zh-CN': '催办', en: 'Urge' },
  acknowledgeSupervision: { 'zh-CN': '签收督办', en: 'Acknowledge supervision' },
  warn: { 'zh-CN': '超时预警', en: 'Deadline warning' },
} as const satisfies Record<string, Record<Locale, string>>;
export type CaseAction = keyof typeof CASE_ACTIONS;

export interface Transition {
  action: CaseAction;
  /** null: the action creates the case. */
  from: CaseState | null;
  roles: readonly Actor[];
  /** Who, by their relation to the case, may take the step. */
  relation: CaseRelation;
  to: CaseState;
  /** When set, only cases of these kinds. */
  kinds?: readonly CaseKind[];
}

const RUNNING_BEFORE_REPLY: CaseState[] = [
  'SUBMITTED',
  'NEEDS_INFO',
  'ACCEPTED',
  'ASSIGNED',
  'IN_PROGRESS',
  'RETURN_REQUESTED',
  'REPLY_REVIEW',
];
const SUPERVISABLE: CaseState[] = ['ASSIGNED', 'IN_PROGRESS', 'RETURN_REQUESTED', 'REPLY_REVIEW', 'DISPUTED'];

/** States with a timed step that raises warnings: acceptance, signing, contact and reply, review. */
const WARNABLE: CaseState[] = ['SUBMITTED', 'ASSIGNED', 'IN_PROGRESS', 'REPLY_REVIEW'];

/** States in which a co-department works on its own task, in parallel with the lead department. */
const CO_HANDLING: CaseState[] = ['ASSIGNED', 'IN_PROGRESS', 'REPLY_REVIEW'];

const row = (
  action: CaseAction,
  from: CaseState | null | CaseState[],
  roles: readonly Actor[],
  relation: CaseRelation,
  to: CaseState | 'SAME',
  kinds?: readonly CaseKind[],
): Transition[] =>
  (Array.isArray(from) ? from : [from]).map((state) => ({
    action,
    from: state,
    roles,
    relation,
    to: to === 'SAME' ? (state as CaseState) : to,
    ...(kinds ? { kinds } : {}),
  }));

/**
 * The whole lifecycle (docs/lifecycle-and-deadlines.md) as one table: the server refuses every transition that is
 * not a row here, and both apps show only the buttons a row allows.
 *
 * Choices the product description leaves open (docs/lifecycle-and-deadlines.md):
 * - A duplicate ends in its own terminal state DUPLICATE, linked to the original case, so that it
 *   counts neither as a rejection nor as a closure.
 * - The office may reply directly to a consultation from its inbox, and to any accepted case.
 * - Denying a return keeps the department on the case: it continues IN_PROGRESS.
 * - Extensions, first contact, progress, co-handling opinions and reply drafts do not change the
 *   state; they are rows from a state to itself so that one table still decides them.
 * - Each row names the relation that may act, besides the roles: a department's work is LEAD or
 *   CO, so a co-department (even its leader) never drafts or sends the case's reply. A
 *   co-department signs, notes progress and gives its opinion while the lead works
 *   (ASSIGNED, IN_PROGRESS, REPLY_REVIEW); its own task's state lives on its assignment.
 * - Withdrawal is possible until the reply reaches the enterprise (REPLIED).
 */
export const LIFECYCLE: readonly Transition[] = [
  ...row('submit', null, REPORTER, 'SUBMITTER', 'SUBMITTED'),
  ...row('submit', null, OFFICE, 'OFFICE', 'SUBMITTED'),
  // An inspector turns a finding into a case (channel INSPECTION, docs/inspections.md#findings).
  ...row('submit', null, ['INSPECTOR'], 'SUBMITTER', 'SUBMITTED'),
  ...row('accept', 'SUBMITTED', OFFICE, 'OFFICE', 'ACCEPTED'),
  ...row('reject', 'SUBMITTED', OFFICE, 'OFFICE', 'REJECTED'),
  ...row('requestInfo', 'SUBMITTED', OFFICE, 'OFFICE', 'NEEDS_INFO'),
  ...row('supplement', 'NEEDS_INFO', REPORTER, 'SUBMITTER', 'SUBMITTED'),
  ...row('markDuplicate', 'SUBMITTED', OFFICE, 'OFFICE', 'DUPLICATE'),
  ...row('withdraw', RUNNING_BEFORE_REPLY, REPORTER, 'SUBMITTER', 'WITHDRAWN'),
  ...row('replyDirectly', 'SUBMITTED', OFFICE, 'OFFICE', 'REPLIED', ['CONSULTATION']),
  ...row('replyDirectly', 'ACCEPTED', OFFICE, 'OFFICE', 'REPLIED'),
  ...row('assign', 'ACCEPTED', OFFICE, 'OFFICE', 'ASSIGNED'),
  ...row('sign', 'ASSIGNED', DEPT, 'LEAD', 'IN_PROGRESS'),
  ...row('sign', CO_HANDLING, DEPT, 'CO', 'SAME'),
  ...row('contact', 'IN_PROGRESS', DEPT, 'LEAD', 'SAME'),
  ...row('recordProgress', 'IN_PROGRESS', DEPT, 'LEAD', 'SAME'),
  ...row('recordProgress', CO_HANDLING, DEPT, 'CO', 'SAME'),
  ...row('submitOpinion', CO_HANDLING, DEPT, 'CO', 'SAME'),
  ...row('draftReply', 'IN_PROGRESS', DEPT, 'LEAD', 'SAME'),
  ...row('submitReply', 'IN_PROGRESS', DEPT_LEAD, 'LEAD', 'REPLY_REVIEW'),
  ...row('requestExtension', 'IN_PROGRESS', DEPT_LEAD, 'LEAD', 'SAME'),
  ...row('approveExtension', 'IN_PROGRESS', OFFICE_LEAD, 'OFFICE', 'SAME'),
  ...row('denyExtension', 'IN_PROGRESS', OFFICE_LEAD, 'OFFICE', 'SAME'),
  ...row('requestReturn', ['ASSIGNED', 'IN_PROGRESS'], DEPT_LEAD, 'LEAD', 'RETURN_REQUESTED'),
  ...row('approveReturn', 'RETURN_REQUESTED', OFFICE_LEAD, 'OFFICE', 'ACCEPTED'),
  ...row('denyReturn', 'RETURN_REQUESTED', OFFICE_LEAD, 'OFFICE', 'IN_PROGRESS'),
  ...row('approveReply', 'REPLY_REVIEW', OFFICE, 'OFFICE', 'REPLIED'),
  ...row('sendBack', 'REPLY_REVIEW', OFFICE, 'OFFICE', 'IN_PROGRESS'),
  ...row('evaluate', 'REPLIED', rolesWith('case.evaluate'), 'SUBMITTER', 'CLOSED'),
  ...row('dispute', 'REPLIED', rolesWith('case.evaluate'), 'SUBMITTER', 'DISPUTED'),
  ...row('autoClose', 'REPLIED', ['SYSTEM'], 'SYSTEM', 'CLOSED'),
  ...row('reopen', 'DISPUTED', OFFICE, 'OFFICE', 'IN_PROGRESS'),
  ...row('closeDisputed', 'DISPUTED', OFFICE, 'OFFICE', 'CLOSED'),
  ...row('supervise', SUPERVISABLE, OFFICE, 'OFFICE', 'SAME'),
  ...row('urge', SUPERVISABLE, OFFICE, 'OFFICE', 'SAME'),
  // 督办 goes to the lead department, which acknowledges it (the server offers it only while one waits).
  ...row('acknowledgeSupervision', SUPERVISABLE, DEPT, 'LEAD', 'SAME'),
  // A step turning yellow or red: the warnings job records it on the timeline as the system.
  ...row('warn', WARNABLE, ['SYSTEM'], 'SYSTEM', 'SAME'),
];

const allows = (
  t: Transition,
  actors: readonly Actor[],
  relations: readonly CaseRelation[],
  kind: CaseKind,
): boolean =>
  t.roles.some((role) => actors.includes(role)) &&
  relations.includes(t.relation) &&
  (!t.kinds || t.kinds.includes(kind));

/**
 * The row that allows `action` on a case in `from` for one of `actors` standing to the case in
 * one of `relations`, or null.
 */
export function findTransition(
  action: CaseAction,
  from: CaseState | null,
  actors: readonly Actor[],
  kind: CaseKind,
  relations: readonly CaseRelation[],
): Transition | null {
  return (
    LIFECYCLE.find((t) => t.action === action && t.from === from && allows(t, actors, relations, kind)) ??
    null
  );
}

/** The actions `actors`, standing to the case in `relations`, may take on it in `state` — what the apps show as buttons. */
export function availableActions(
  state: CaseState,
  actors: readonly Actor[],
  kind: CaseKind,
  relations: readonly CaseRelation[],
): CaseAction[] {
  const actions = LIFECYCLE.filter((t) => t.from === state && allows(t, actors, relations, kind)).map(
    (t) => t.action,
  );
  return [...new Set(actions)];
}

/**
 * States in which the case waits on someone other than the party its clock measures — the
 * enterprise's supplement, the office leader's decision on a return — so the clock stops
 * (docs/lifecycle-and-deadlines.md#paused-clock). A pending extension request pauses the clock
 * without a state of its own (`paused_at` on the case and the lead assignment).
 */
export const PAUSED_STATES: readonly CaseState[] = ['NEEDS_INFO', 'RETURN_REQUESTED'];
