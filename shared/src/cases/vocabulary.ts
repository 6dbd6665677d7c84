import type { Locale } from '../locale.js';

type Labels<K extends string> = Record<K, Record<Locale, string>>;
const codesOf = <K extends string>(labels: Labels<K>) => Object.keys(labels) as K[];

/** 诉求类型 (docs/lifecycle-and-deadlines.md#cases). */
export const CASE_KINDS = {
  DIFFICULTY: { 'zh-CN': '困难问题', en: 'Difficulty' },
  SUGGESTION: { 'zh-CN': '意见建议', en: 'Suggestion' },
  COMPLAINT: { 'zh-CN': '投诉举报', en: 'Complaint' },
  CONSULTATION: { 'zh-CN': '政策咨询', en: 'Policy consultation' },
} as const satisfies Labels<string>;
export type CaseKind = keyof typeof CASE_KINDS;
export const CASE_KIND_CODES = codesOf(CASE_KINDS);

/** 诉求分类: the business area. The office will be able to configure them; these are the defaults. */
export const CASE_CATEGORIES = {
  APPROVAL: { 'zh-CN': '审批服务', en: 'Approvals' },
  LAND_PLANNING: { 'zh-CN': '用地规划', en: 'Land and planning' },
  FINANCING: { 'zh-CN': '融资信贷', en: 'Financing and credit' },
  EMPLOYMENT: { 'zh-CN': '用工招聘', en: 'Hiring and labour' },
  UTILITIES: { 'zh-CN': '水电气暖', en: 'Water, power, gas, heating' },
  TAXES_FEES: { 'zh-CN': '税费', en: 'Taxes and fees' },
  ENFORCEMENT: { 'zh-CN': '执法检查', en: 'Law enforcement and inspections' },
  POLICY_DELIVERY: { 'zh-CN': '政策兑现', en: 'Policy benefits' },
  INFRASTRUCTURE: { 'zh-CN': '基础设施', en: 'Infrastructure' },
  OTHER: { 'zh-CN': '其他', en: 'Other' },
} as const satisfies Labels<string>;
export type CaseCategory = keyof typeof CASE_CATEGORIES;
export const CASE_CATEGORY_CODES = codesOf(CASE_CATEGORIES);

/** 来源 (docs/lifecycle-and-deadlines.md#cases): how the case reached the platform. */
export const CASE_CHANNELS = {
  PORTAL: { 'zh-CN': '企业自报', en: 'Portal (enterprise)' },
  GRID_HEAD: { 'zh-CN': '网格上报', en: 'Grid head on behalf' },
  PHONE: { 'zh-CN': '电话', en: 'Phone' },
  VISIT: { 'zh-CN': '来访', en: 'Visit' },
  LETTER: { 'zh-CN': '来信', en: 'Letter' },
  INSPECTION: { 'zh-CN': '巡查发现', en: 'Inspection finding' },
} as const satisfies Labels<string>;
export type CaseChannel = keyof typeof CASE_CHANNELS;
export const CASE_CHANNEL_CODES = codesOf(CASE_CHANNELS);
/** The channels the office records when it enters a case it received off-line. */
export const OFFICE_ENTRY_CHANNELS: readonly CaseChannel[] = ['PHONE', 'VISIT', 'LETTER'];

/** 投诉类型 of a COMPLAINT: the misconduct it reports (docs/lifecycle-and-deadlines.md#cases). */
export const MISCONDUCT_TYPES = {
  INACTION: { 'zh-CN': '不作为', en: 'Inaction' },
  SLOW_ACTION: { 'zh-CN': '慢作为', en: 'Slow action' },
  WRONG_ACTION: { 'zh-CN': '乱作为', en: 'Wrong action' },
  ARBITRARY_FEES: { 'zh-CN': '乱收费', en: 'Arbitrary fees' },
  ARBITRARY_FINES: { 'zh-CN': '乱罚款', en: 'Arbitrary fines' },
  ARBITRARY_FUNDRAISING: { 'zh-CN': '乱集资', en: 'Arbitrary fund-raising' },
  ARBITRARY_LEVIES: { 'zh-CN': '乱摊派', en: 'Arbitrary levies' },
  OTHER: { 'zh-CN': '其他', en: 'Other' },
} as const satisfies Labels<string>;
export type MisconductType = keyof typeof MISCONDUCT_TYPES;
export const MISCONDUCT_TYPE_CODES = codesOf(MISCONDUCT_TYPES);

export const CASE_PRIORITIES = {
  NORMAL: { 'zh-CN': '一般', en: 'Normal' },
  URGENT: { 'zh-CN': '紧急', en: 'Urgent' },
} as const satisfies Labels<string>;
export type CasePriority = keyof typeof CASE_PRIORITIES;
export const CASE_PRIORITY_CODES = codesOf(CASE_PRIORITIES);

export const CASE_COMPLEXITIES = {
  SIMPLE: { 'zh-CN': '一般', en: 'Ordinary' },
  COMPLEX: { 'zh-CN': '复杂', en: 'Complex' },
} as const satisfies Labels<string>;
export type CaseComplexity = keyof typeof CASE_COMPLEXITIES;
export const CASE_COMPLEXITY_CODES = codesOf(CASE_COMPLEXITIES);

/** 答复结果 (docs/lifecycle-and-deadlines.md#replies-and-evaluation). */
export const REPLY_RESULTS = {
  RESOLVED: { 'zh-CN': '已解决', en: 'Resolved' },
  PARTLY_RESOLVED: { 'zh-CN': '部分解决', en: 'Partly resolved' },
  ADOPTED: { 'zh-CN': '已采纳', en: 'Adopted' },
  NOT_POSSIBLE: { 'zh-CN': '不予采纳/无法解决', en: 'Not adopted / cannot be solved' },
  EXPLAINED: { 'zh-CN': '已解释', en: 'Explained' },
} as const satisfies Labels<string>;
export type ReplyResult = keyof typeof REPLY_RESULTS;
export const REPLY_RESULT_CODES = codesOf(REPLY_RESULTS);

/** 是否解决: the enterprise's verdict on whether the reply solved its problem. */
export const EVALUATION_SOLVED = {
  SOLVED: { 'zh-CN': '已解决', en: 'Solved' },
  PARTLY_SOLVED: { 'zh-CN': '部分解决', en: 'Partly solved' },
  NOT_SOLVED: { 'zh-CN': '未解决', en: 'Not solved' },
} as const satisfies Labels<string>;
export type EvaluationSolved = keyof typeof EVALUATION_SOLVED;
export const EVALUATION_SOLVED_CODES = codesOf(EVALUATION_SOLVED);

/** 满意度: DISSATISFIED makes the evaluation a dispute for the office. */
export const SATISFACTIONS = {
  SATISFIED: { 'zh-CN': '满意', en: 'Satisfied' },
  BASICALLY_SATISFIED: { 'zh-CN': '基本满意', en: 'Basically satisfied' },
  DISSATISFIED: { 'zh-CN': '不满意', en: 'Dissatisfied' },
} as const satisfies Labels<string>;
export type Satisfaction = keyof typeof SATISFACTIONS;
export const SATISFACTION_CODES = codesOf(SATISFACTIONS);

/** 先行联系方式: how a department first reached the enterprise. */
export const CONTACT_METHODS = {
  PHONE: { 'zh-CN': '电话', en: 'Phone' },
  VISIT: { 'zh-CN': '上门走访', en: 'Visit' },
  MEETING: { 'zh-CN': '约见座谈', en: 'Meeting' },
  MESSAGE: { 'zh-CN': '短信/微信', en: 'Message' },
} as const satisfies Labels<string>;
export type ContactMethod = keyof typeof CONTACT_METHODS;
export const CONTACT_METHOD_CODES = codesOf(CONTACT_METHODS);

/**
 * The state of one department's assignment (交办任务), beside the case's own state
 * (docs/lifecycle-and-deadlines.md#assignments). The lead's moves with the case; a co-department's
 * ends with its opinion.
 */
export const ASSIGNMENT_STATES = {
  ASSIGNED: { 'zh-CN': '待签收', en: 'To sign' },
  IN_PROGRESS: { 'zh-CN': '办理中', en: 'In progress' },
  REPLY_DRAFTED: { 'zh-CN': '待领导审核', en: 'Awaiting the department leader' },
  REPLY_SUBMITTED: { 'zh-CN': '答复待审核', en: 'Reply with the office' },
  OPINION_GIVEN: { 'zh-CN': '已反馈意见', en: 'Opinion given' },
  RETURN_REQUESTED: { 'zh-CN': '退回待审', en: 'Return requested' },
  REPLIED: { 'zh-CN': '已答复', en: 'Replied' },
  RETURNED: { 'zh-CN': '已退回', en: 'Returned' },
  CLOSED: { 'zh-CN': '已办结', en: 'Closed' },
} as const satisfies Labels<string>;
export type AssignmentState = keyof typeof ASSIGNMENT_STATES;
export const ASSIGNMENT_STATE_CODES = codesOf(ASSIGNMENT_STATES);

export const ASSIGNMENT_ROLES = {
  LEAD: { 'zh-CN': '主办', en: 'Lead' },
  CO: { 'zh-CN': '协办', en: 'Co-handling' },
} as const satisfies Labels<string>;
export type AssignmentRole = keyof typeof ASSIGNMENT_ROLES;
export const ASSIGNMENT_ROLE_CODES = codesOf(ASSIGNMENT_ROLES);

/** Where a case's current step stands against its deadline (docs/lifecycle-and-deadlines.md#warnings); PAUSED while the clock stops. */
export const DEADLINE_STATES = {
  NONE: { 'zh-CN': '正常', en: 'On time' },
  YELLOW: { 'zh-CN': '黄牌预警', en: 'Yellow warning' },
  RED: { 'zh-CN': '红牌超期', en: 'Red: overdue' },
  PAUSED: { 'zh-CN': '计时暂停', en: 'Clock paused' },
} as const satisfies Labels<string>;
export type DeadlineState = keyof typeof DEADLINE_STATES;
export const DEADLINE_STATE_CODES = codesOf(DEADLINE_STATES);

/** Default time limits (docs/lifecycle-and-deadlines.md#deadlines), in working days unless named otherwise. */
export const DEFAULT_TIME_LIMITS = {
  accept: 1,
  sign: 1,
  firstContact: 1,
  replyNormal: 5,
  replyUrgent: 2,
  replyComplex: 15,
  review: 1,
  evaluateCalendarDays: 7,
} as const;

/**
 * Attachment rules shared by the apps (to check before uploading) and the server (which decides).
 * Word 97–2003 and Excel 97–2003 (.doc, .xls) are not among them: their OLE container cannot be
 * told from an installer or a macro carrier by its bytes.
 */
export const ATTACHMENT_MIME_TYPES = [
  'image/jpeg',
  'image/png',
  'image/webp',
  'image/gif',
  'application/pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
] as const;
export type AttachmentMimeType = (typeof ATTACHMENT_MIME_TYPES)[number];

/** Tracking number: YH + year + 6-digit sequence (docs/lifecycle-and-deadlines.md#cases), e.g. YH2026000123. */
export const TRACKING_NUMBER_PATTERN = /^YH\d{4}\d{6}$/;
export function trackingNumber(year: number, sequence: number): string {
  return `YH${year}${String(sequence).padStart(6, '0')}`;
}
