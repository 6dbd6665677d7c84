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
} as const satisfies Record<string, Record<Locale, string>>;
export type CaseAction = keyof typeof CASE_ACTIONS;

export interface Transition {
  action: CaseAction;
  /** null: the action creates the case. */
  from: CaseState | null;
  roles: readonly Actor[];
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

const row = (
  action: CaseAction,
  from: CaseState | null | CaseState[],
  roles: readonly Actor[],
  to: CaseState | 'SAME',
  kinds?: readonly CaseKind[],
): Transition[] =>
  (Array.isArray(from) ? from : [from]).map((state) => ({
    action,
    from: state,
    roles,
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
 *   state; they are rows from IN_PROGRESS to IN_PROGRESS so that one table still decides them.
 * - Withdrawal is possible until the reply reaches the enterprise (REPLIED).
 */
export const LIFECYCLE: readonly Transition[] = [
  ...row('submit', null, [...REPORTER, ...OFFICE], 'SUBMITTED'),
  ...row('accept', 'SUBMITTED', OFFICE, 'ACCEPTED'),
  ...row('reject', 'SUBMITTED', OFFICE, 'REJECTED'),
  ...row('requestInfo', 'SUBMITTED', OFFICE, 'NEEDS_INFO'),
  ...row('supplement', 'NEEDS_INFO', REPORTER, 'SUBMITTED'),
  ...row('markDuplicate', 'SUBMITTED', OFFICE, 'DUPLICATE'),
  ...row('withdraw', RUNNING_BEFORE_REPLY, REPORTER, 'WITHDRAWN'),
  ...row('replyDirectly', 'SUBMITTED', OFFICE, 'REPLIED', ['CONSULTATION']),
  ...row('replyDirectly', 'ACCEPTED', OFFICE, 'REPLIED'),
  ...row('assign', 'ACCEPTED', OFFICE, 'ASSIGNED'),
  ...row('sign', 'ASSIGNED', DEPT, 'IN_PROGRESS'),
  ...row('contact', 'IN_PROGRESS', DEPT, 'SAME'),
  ...row('recordProgress', 'IN_PROGRESS', DEPT, 'SAME'),
  ...row('submitOpinion', 'IN_PROGRESS', DEPT, 'SAME'),
  ...row('draftReply', 'IN_PROGRESS', DEPT, 'SAME'),
  ...row('submitReply', 'IN_PROGRESS', DEPT_LEAD, 'REPLY_REVIEW'),
  ...row('requestExtension', 'IN_PROGRESS', DEPT_LEAD, 'SAME'),
  ...row('approveExtension', 'IN_PROGRESS', OFFICE_LEAD, 'SAME'),
  ...row('denyExtension', 'IN_PROGRESS', OFFICE_LEAD, 'SAME'),
  ...row('requestReturn', ['ASSIGNED', 'IN_PROGRESS'], DEPT_LEAD, 'RETURN_REQUESTED'),
  ...row('approveReturn', 'RETURN_REQUESTED', OFFICE_LEAD, 'ACCEPTED'),
  ...row('denyReturn', 'RETURN_REQUESTED', OFFICE_LEAD, 'IN_PROGRESS'),
  ...row('approveReply', 'REPLY_REVIEW', OFFICE, 'REPLIED'),
  ...row('sendBack', 'REPLY_REVIEW', OFFICE, 'IN_PROGRESS'),
  ...row('evaluate', 'REPLIED', rolesWith('case.evaluate'), 'CLOSED'),
  ...row('dispute', 'REPLIED', rolesWith('case.evaluate'), 'DISPUTED'),
  ...row('autoClose', 'REPLIED', ['SYSTEM'], 'CLOSED'),
  ...row('reopen', 'DISPUTED', OFFICE, 'IN_PROGRESS'),
  ...row('closeDisputed', 'DISPUTED', OFFICE, 'CLOSED'),
  ...row('supervise', SUPERVISABLE, OFFICE, 'SAME'),
  ...row('urge', SUPERVISABLE, OFFICE, 'SAME'),
];

/** The row that allows `action` on a case in `from` for one of `actors`, or null. */
export function findTransition(
  action: CaseAction,
  from: CaseState | null,
  actors: readonly Actor[],
  kind: CaseKind,
): Transition | null {
  return (
    LIFECYCLE.find(
      (t) =>
        t.action === action &&
        t.from === from &&
        t.roles.some((role) => actors.includes(role)) &&
        (!t.kinds || t.kinds.includes(kind)),
    ) ?? null
  );
}

/** The actions `actors` may take on a case in `state` — what the apps show as buttons. */
export function availableActions(state: CaseState, actors: readonly Actor[], kind: CaseKind): CaseAction[] {
  const actions = LIFECYCLE.filter(
    (t) =>
      t.from === state && t.roles.some((r) => actors.includes(r)) && (!t.kinds || t.kinds.includes(kind)),
  ).map((t) => t.action);
  return [...new Set(actions)];
}

/** States in which the case waits on the enterprise, so the office's and departments' clocks stop (docs/lifecycle-and-deadlines.md#deadlines). */
export const PAUSED_STATES: readonly CaseState[] = ['NEEDS_INFO', 'RETURN_REQUESTED'];
