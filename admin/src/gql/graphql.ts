/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type AcceptCaseInput = {
  category: CaseCategory;
  complexity: CaseComplexity;
  note?: string | null | undefined;
  priority: CasePriority;
};

/** SIGN_OVERDUE / REPLY_OVERDUE: red now; SIGNED_LATE / REPLIED_LATE: ended past the deadline in the period; SENT_BACK_TWICE, REOPENED: repeated rework */
export type AccountabilityCandidateKind =
  | 'REOPENED'
  | 'REPLIED_LATE'
  | 'REPLY_OVERDUE'
  | 'SENT_BACK_TWICE'
  | 'SIGNED_LATE'
  | 'SIGN_OVERDUE';

export type AccountabilityRecordFilter = {
  departmentId?: string | number | null | undefined;
  /** Decided on or after (YYYY-MM-DD) */
  from?: string | null | undefined;
  subjectKind?: AccountabilitySubject | null | undefined;
  /** Decided on or before (YYYY-MM-DD) */
  to?: string | null | undefined;
  type?: AccountabilityType | null | undefined;
};

export type AccountabilityRecordInput = {
  caseIds?: Array<string | number>;
  decidedBy: string;
  /** YYYY-MM-DD, Asia/Shanghai; not after today */
  decidedOn: string;
  departmentId: string | number;
  /** Required for an official */
  officialName?: string | null | undefined;
  /** Required for an official */
  officialPost?: string | null | undefined;
  reason: string;
  subjectKind: AccountabilitySubject;
  type: AccountabilityType;
};

/** A department as a whole, or a named official of a department */
export type AccountabilitySubject =
  | 'DEPARTMENT'
  | 'OFFICIAL';

/** 通报批评, 诫勉谈话, 取消评优评先资格, 党纪处分, 政纪处分, 其他 */
export type AccountabilityType =
  | 'ADMINISTRATIVE_SANCTION'
  | 'ADMONITION'
  | 'CRITICISM'
  | 'NO_HONOURS'
  | 'OTHER'
  | 'PARTY_DISCIPLINE';

/** 交办: one lead department, any co-departments, and the office’s note */
export type AssignCaseInput = {
  coDepartmentIds?: Array<string | number>;
  leadDepartmentId: string | number;
  note?: string | null | undefined;
};

export type AssignmentRole =
  | 'CO'
  | 'LEAD';

export type AssignmentState =
  | 'ASSIGNED'
  | 'CLOSED'
  | 'IN_PROGRESS'
  | 'OPINION_GIVEN'
  | 'REPLIED'
  | 'REPLY_DRAFTED'
  | 'REPLY_SUBMITTED'
  | 'RETURNED'
  | 'RETURN_REQUESTED';

export type AuditLogFilter = {
  /** An action code, exactly (LOGIN, case.accept …) */
  action?: string | null | undefined;
  /** The start of action codes (case., directory …) */
  actionPrefix?: string | null | undefined;
  /** The acting user name, exactly (any case) */
  actor?: string | null | undefined;
  /** Entries at or after this moment */
  from?: string | null | undefined;
  targetId?: string | null | undefined;
  targetType?: string | null | undefined;
  /** Entries before this moment */
  to?: string | null | undefined;
};

export type CaseAction =
  | 'accept'
  | 'acknowledgeSupervision'
  | 'approveExtension'
  | 'approveReply'
  | 'approveReturn'
  | 'assign'
  | 'autoClose'
  | 'closeDisputed'
  | 'contact'
  | 'denyExtension'
  | 'denyReturn'
  | 'dispute'
  | 'draftReply'
  | 'evaluate'
  | 'markDuplicate'
  | 'recordProgress'
  | 'reject'
  | 'reopen'
  | 'replyDirectly'
  | 'requestExtension'
  | 'requestInfo'
  | 'requestReturn'
  | 'sendBack'
  | 'sign'
  | 'submit'
  | 'submitOpinion'
  | 'submitReply'
  | 'supervise'
  | 'supplement'
  | 'urge'
  | 'warn'
  | 'withdraw';

export type CaseCategory =
  | 'APPROVAL'
  | 'EMPLOYMENT'
  | 'ENFORCEMENT'
  | 'FINANCING'
  | 'INFRASTRUCTURE'
  | 'LAND_PLANNING'
  | 'OTHER'
  | 'POLICY_DELIVERY'
  | 'TAXES_FEES'
  | 'UTILITIES';

export type CaseChannel =
  | 'GRID_HEAD'
  | 'INSPECTION'
  | 'LETTER'
  | 'PHONE'
  | 'PORTAL'
  | 'VISIT';

export type CaseComplexity =
  | 'COMPLEX'
  | 'SIMPLE';

export type CaseFilter = {
  category?: CaseCategory | null | undefined;
  channel?: CaseChannel | null | undefined;
  deadline?: DeadlineState | null | undefined;
  /** Lead department */
  departmentId?: string | number | null | undefined;
  enterpriseId?: string | number | null | undefined;
  /** Submitted at or after */
  from?: string | null | undefined;
  /** Cases of enterprises in this grid and below */
  gridId?: string | number | null | undefined;
  /** Cases of enterprises in this industry section (the dashboard's drill-down) */
  industry?: string | null | undefined;
  /** Words of title or content, or a tracking number */
  keyword?: string | null | undefined;
  kind?: CaseKind | null | undefined;
  state?: CaseState | null | undefined;
  /** Submitted before */
  to?: string | null | undefined;
};

export type CaseKind =
  | 'COMPLAINT'
  | 'CONSULTATION'
  | 'DIFFICULTY'
  | 'SUGGESTION';

export type CasePageArgs = {
  after?: string | null | undefined;
  filter?: CaseFilter | null | undefined;
  first?: number;
  sort?: CaseSort;
};

export type CasePriority =
  | 'NORMAL'
  | 'URGENT';

/** NEWEST: latest submitted first; DEADLINE: nearest deadline first, untimed last (the inbox) */
export type CaseSort =
  | 'DEADLINE'
  | 'NEWEST';

export type CaseState =
  | 'ACCEPTED'
  | 'ASSIGNED'
  | 'CLOSED'
  | 'DISPUTED'
  | 'DUPLICATE'
  | 'IN_PROGRESS'
  | 'NEEDS_INFO'
  | 'REJECTED'
  | 'REPLIED'
  | 'REPLY_REVIEW'
  | 'RETURN_REQUESTED'
  | 'SUBMITTED'
  | 'WITHDRAWN';

export type ChangePasswordInput = {
  currentPassword: string;
  newPassword: string;
};

/** Which enterprises of the month: every dashboard figure is one of these filters */
export type ConditionEnterpriseFilter = {
  /** Enterprises of this grid and every grid below it */
  gridId?: string | number | null | undefined;
  /** A GB/T 4754 section letter */
  industry?: string | null | undefined;
  month: string;
  /** true: the month's report is in; false: it is not */
  reported?: boolean | null | undefined;
  status?: OperatingStatus | null | undefined;
  /** true: visited in the month; false: not visited */
  visited?: boolean | null | undefined;
  /** Only those whose status is worse than the month before */
  worsened?: boolean | null | undefined;
};

export type ContactMethod =
  | 'MEETING'
  | 'MESSAGE'
  | 'PHONE'
  | 'VISIT';

/** Narrows the received and closed figures and the hot topics */
export type DashboardFilterInput = {
  /** A level-1 grid */
  gridId?: string | number | null | undefined;
  /** An industry section code */
  industry?: string | null | undefined;
};

export type DeadlineState =
  | 'NONE'
  | 'PAUSED'
  | 'RED'
  | 'YELLOW';

export type DepartmentInput = {
  contactPhone?: string | null | undefined;
  kind: DepartmentKind;
  name: string;
  shortName: string;
};

export type DepartmentKind =
  | 'DISTRICT_BUREAU'
  | 'PUBLIC_UTILITY'
  | 'STREET_OFFICE';

/** A department workbench queue: to sign 待签收, in progress 办理中, awaiting the leader 待领导审核, sent back 被退回重办, co-handling 协办任务, overdue 已超期 */
export type DepartmentQueue =
  | 'AWAITING_LEADER'
  | 'CO_HANDLING'
  | 'IN_PROGRESS'
  | 'OVERDUE'
  | 'SENT_BACK'
  | 'TO_SIGN';

export type DirectReplyInput = {
  internalNote?: string | null | undefined;
  result: ReplyResult;
  /** The reply the enterprise reads */
  text: string;
};

export type DispatchMatterInput = {
  /** A CaseCategory code */
  category: string;
  coDepartmentIds?: Array<string | number>;
  description?: string;
  keywords: Array<string>;
  leadDepartmentId: string | number;
  name: string;
};

/** The lead department’s reply, for its leader and then the office to approve */
export type DraftReplyInput = {
  attachmentIds?: Array<string | number>;
  internalNote?: string | null | undefined;
  result: ReplyResult;
  /** The reply the enterprise reads */
  text: string;
};

export type EnterpriseClaimStatus =
  | 'APPROVED'
  | 'PENDING'
  | 'REJECTED';

export type EnterpriseFilter = {
  /** Any grid: the whole subtree is included */
  gridId?: string | number | null | undefined;
  industry?: Industry | null | undefined;
  /** Part of the name, or the start of the credit code */
  keyword?: string | null | undefined;
  scale?: EnterpriseScale | null | undefined;
  status?: EnterpriseStatus | null | undefined;
};

export type EnterpriseInput = {
  address: string;
  contactName: string;
  contactPhone: string;
  creditCode: string;
  gridId: string | number;
  industry: Industry;
  legalRepresentative: string;
  name: string;
  scale: EnterpriseScale;
  status?: EnterpriseStatus;
};

export type EnterprisePageArgs = {
  after?: string | null | undefined;
  filter?: EnterpriseFilter | null | undefined;
  first?: number;
  sort?: EnterpriseSort;
};

export type EnterpriseScale =
  | 'INDIVIDUAL'
  | 'LARGE'
  | 'MEDIUM'
  | 'MICRO'
  | 'SMALL';

export type EnterpriseSort =
  | 'NAME'
  | 'NEWEST';

export type EnterpriseStatus =
  | 'ACTIVE'
  | 'CLOSED';

/** What an export holds */
export type ExportKind =
  | 'AUDIT'
  | 'CASES'
  | 'CONDITIONS'
  | 'ENTERPRISES'
  | 'MONTHLY_REPORT';

/** QUEUED and RUNNING until the background job has written the file; READY or FAILED after */
export type ExportStatus =
  | 'FAILED'
  | 'QUEUED'
  | 'READY'
  | 'RUNNING';

export type ExtensionRequestInput = {
  /** Working days more */
  days: number;
  reason: string;
};

export type FigurePeriod =
  | 'MONTH'
  | 'QUARTER'
  | 'YEAR';

export type FindingCaseInput = {
  /** The enterprise the case is for */
  enterpriseId: string | number;
  /** A CaseKind code; a COMPLAINT is not filed this way */
  kind: string;
  title: string;
};

export type FindingOutcome =
  | 'CASE'
  | 'OPEN'
  | 'SOLVED'
  | 'SUGGESTION';

/** 先行联系: how and when the department reached the enterprise */
export type FirstContactInput = {
  contactedAt: string;
  method: ContactMethod;
  summary: string;
};

export type GridInput = {
  code: string;
  name: string;
  /** Empty for a level-1 grid */
  parentId?: string | number | null | undefined;
};

export type HolidayRangeInput = {
  /** YYYY-MM-DD */
  from: string;
  name: string;
  /** YYYY-MM-DD */
  to: string;
};

export type HolidayYearInput = {
  off: Array<HolidayRangeInput>;
  /** Make-up working days, YYYY-MM-DD */
  work: Array<string>;
};

/** GB/T 4754-2017 section */
export type Industry =
  | 'A'
  | 'B'
  | 'C'
  | 'D'
  | 'E'
  | 'F'
  | 'G'
  | 'H'
  | 'I'
  | 'J'
  | 'K'
  | 'L'
  | 'M'
  | 'N'
  | 'O'
  | 'P'
  | 'Q'
  | 'R'
  | 'S'
  | 'T';

export type InspectionFigure =
  | 'FOUND'
  | 'ON_TIME'
  | 'OVERDUE'
  | 'SOLVED'
  | 'SUGGESTED';

export type InspectionFindingInput = {
  /** A CaseCategory code */
  category: string;
  /** The department concerned */
  departmentId: string | number;
  description: string;
};

/** 巡查重点 */
export type InspectionFocus =
  | 'DUTIES'
  | 'MARKET_REGULATION'
  | 'PUBLIC_SERVICE'
  | 'SOCIAL_MANAGEMENT';

export type InspectionPeriodInput = {
  /** First day, YYYY-MM-DD */
  from: string;
  /** Last day, YYYY-MM-DD */
  to: string;
};

export type InspectionRecordInput = {
  checked: string;
  findings?: Array<InspectionFindingInput>;
  /** YYYY-MM-DD */
  inspectedOn: string;
  /** Uploads of uploadInspectionPhoto (images), kept for the record */
  photoIds?: Array<string | number>;
  place: string;
  taskId: string | number;
};

export type InspectionTaskInput = {
  departmentId?: string | number | null | undefined;
  /** YYYY-MM-DD */
  endsOn: string;
  focus: InspectionFocus;
  /** The grid subtree inspected; or a department */
  gridId?: string | number | null | undefined;
  /** YYYY-MM-DD */
  startsOn: string;
  teamId: string | number;
  title: string;
};

export type InspectionTeamInput = {
  leaderId: string | number;
  /** The inspectors; the leader is one of them even if not listed */
  memberIds: Array<string | number>;
  name: string;
};

export type LoginInput = {
  /** The characters in the picture; case does not matter */
  captchaAnswer?: string | null | undefined;
  /** The picture code answered (newCaptcha), once the server asks for one (CAPTCHA_REQUIRED) */
  captchaId?: string | number | null | undefined;
  /** User name or mobile number */
  identifier: string;
  password: string;
};

export type MessageChannel =
  | 'EMAIL'
  | 'SMS';

export type MisconductType =
  | 'ARBITRARY_FEES'
  | 'ARBITRARY_FINES'
  | 'ARBITRARY_FUNDRAISING'
  | 'ARBITRARY_LEVIES'
  | 'INACTION'
  | 'OTHER'
  | 'SLOW_ACTION'
  | 'WRONG_ACTION';

export type NewUserInput = {
  departmentId?: string | number | null | undefined;
  displayName: string;
  /** Where e-mail notifications go */
  email?: string | null | undefined;
  enterpriseId?: string | number | null | undefined;
  gridId?: string | number | null | undefined;
  mobile?: string | null | undefined;
  /** Initial password; the user must change it at first sign-in */
  password: string;
  roles: Array<Role>;
  username: string;
};

export type NoticeRedactionInput = {
  /** Names of the enterprises of the linked cases become 某企业 */
  enterprises: boolean;
  /** Officials’ names become surname + 某 (张三 → 张某) */
  names: boolean;
  /** Officials’ posts become 工作人员 */
  posts: boolean;
};

export type OfficeCaseInput = {
  attachmentIds?: Array<string | number>;
  category: CaseCategory;
  /** PHONE, VISIT or LETTER */
  channel: CaseChannel;
  /** Idempotency key made by the client once per case: a retry returns the same case */
  clientKey: string;
  contactConsent: boolean;
  content: string;
  /** Grid heads (网格上报) and office entry: the enterprise the case is for */
  enterpriseId?: string | number | null | undefined;
  kind: CaseKind;
  /** Required for a COMPLAINT */
  misconductType?: MisconductType | null | undefined;
  /** The department concerned; required for a COMPLAINT */
  namedDepartmentId?: string | number | null | undefined;
  title: string;
};

/** 经营状态, best first: NORMAL 正常生产, PARTIAL 部分停产, STOPPED 停产, CLOSED 歇业 */
export type OperatingStatus =
  | 'CLOSED'
  | 'NORMAL'
  | 'PARTIAL'
  | 'STOPPED';

/** 订单趋势: UP, FLAT, DOWN */
export type OrderTrend =
  | 'DOWN'
  | 'FLAT'
  | 'UP';

export type ProgressInput = {
  note: string;
  /** Whether the enterprise reads it; otherwise office and departments only */
  visibleToEnterprise: boolean;
};

export type PublicNoticeInput = {
  /** Empty in a draft: the server proposes one */
  body?: string;
  recordIds: Array<string | number>;
  redaction: NoticeRedactionInput;
  /** Empty in a draft: the server proposes one */
  title?: string;
};

export type RectificationReportInput = {
  evidence: string;
  report: string;
};

export type RectificationState =
  | 'ACCEPTED'
  | 'ISSUED'
  | 'REPORTED';

export type RectificationSuggestionInput = {
  suggestion: string;
  /** Working days from now to the deadline */
  workingDays: number;
};

/** Reopening a disputed case: the lead department works on, to a new deadline */
export type ReopenCaseInput = {
  /** Working days for the new reply; by default the case’s limit */
  days?: number | null | undefined;
  reason: string;
};

export type ReplyResult =
  | 'ADOPTED'
  | 'EXPLAINED'
  | 'NOT_POSSIBLE'
  | 'PARTLY_RESOLVED'
  | 'RESOLVED';

export type ResetPasswordInput = {
  password: string;
  userId: string | number;
};

/** The roles (docs/roles-and-scope.md#roles) */
export type Role =
  | 'AUDITOR'
  | 'DEPT_LEADER'
  | 'DEPT_STAFF'
  | 'ENTERPRISE'
  | 'GRID_HEAD'
  | 'INSPECTOR'
  | 'OFFICE_LEADER'
  | 'OFFICE_STAFF'
  | 'SYS_ADMIN';

export type ScorecardDrillInput = {
  departmentId: string | number;
  measure: ScorecardMeasure;
};

/** What a scorecard number counts: the step events behind it (SIGNED_ON_TIME, REPLIED_LATE, SOLVED…); OVERDUE is every department step that ended past its deadline */
export type ScorecardMeasure =
  | 'ASSIGNED'
  | 'CLOSED'
  | 'CONTACTED'
  | 'CONTACTED_LATE'
  | 'CONTACTED_ON_TIME'
  | 'EVALUATED'
  | 'EXTENDED'
  | 'OPINION_LATE'
  | 'OVERDUE'
  | 'REOPENED'
  | 'REPLIED'
  | 'REPLIED_LATE'
  | 'REPLIED_ON_TIME'
  | 'RETURNED'
  | 'SATISFIED'
  | 'SENT_BACK'
  | 'SIGNED'
  | 'SIGNED_LATE'
  | 'SIGNED_ON_TIME'
  | 'SOLVED';

/** A period of Shanghai days, both ends included */
export type ScorecardPeriodInput = {
  /** YYYY-MM-DD */
  from: string;
  /** YYYY-MM-DD, not before from */
  to: string;
};

/** The weights of the five rates in the score (0–100 each, not all 0) and the minimum sample */
export type ScorecardWeightsInput = {
  contactWeight: number;
  /** Departments with fewer cases assigned in the period are listed but not ranked */
  minSample: number;
  replyWeight: number;
  resolutionWeight: number;
  satisfactionWeight: number;
  signWeight: number;
};

export type ServicePointInput = {
  address: string;
  gridId: string | number;
  name: string;
  openingHours: string;
  phone: string;
  services: Array<string>;
};

export type ServicePointKind =
  | 'CENTRE'
  | 'STATION';

/** CATALOGUE_LEAD / CATALOGUE_CO: a matter of the case category whose words the case contains names the department as lead / co-department; HISTORY: similar past cases of the category were led by it */
export type SuggestionSource =
  | 'CATALOGUE_CO'
  | 'CATALOGUE_LEAD'
  | 'HISTORY';

/** 督办: a level, a note and the date by which the department must act */
export type SuperviseCaseInput = {
  dueDate: string;
  level: SupervisionLevel;
  note: string;
};

/** The supervision board’s filters; the period is when an item was raised */
export type SupervisionFilter = {
  colour?: WarningColour | null | undefined;
  departmentId?: string | number | null | undefined;
  from?: string | null | undefined;
  gridId?: string | number | null | undefined;
  kind?: SupervisionKind | null | undefined;
  to?: string | null | undefined;
};

export type SupervisionKind =
  | 'COMPLAINT'
  | 'INACTION'
  | 'SLOW_ACTION'
  | 'WARNING'
  | 'WRONG_ACTION';

export type SupervisionLevel =
  | 'KEY'
  | 'LISTED'
  | 'NORMAL';

export type TimeLimitsInput = {
  firstContact: number;
  reply: number;
  replyComplex: number;
  review: number;
  sign: number;
};

export type TimeLimitsKey = {
  /** A CaseCategory code */
  category: string;
  /** A CasePriority code */
  priority: string;
};

/** OVERDUE: most steps ended late in the month; REWORKED: most replies sent back or reopenings in the month; PRAISED: evaluated solved and satisfied in the month, never late nor reworked, quickest first */
export type TypicalCaseKind =
  | 'OVERDUE'
  | 'PRAISED'
  | 'REWORKED';

export type UploadAttachmentInput = {
  /** The file, base64-encoded */
  contentBase64: string;
  fileName: string;
};

export type UserInput = {
  departmentId?: string | number | null | undefined;
  displayName: string;
  /** Where e-mail notifications go */
  email?: string | null | undefined;
  enterpriseId?: string | number | null | undefined;
  gridId?: string | number | null | undefined;
  mobile?: string | null | undefined;
  roles: Array<Role>;
  username: string;
};

export type WarningColour =
  | 'RED'
  | 'YELLOW';

export type WarningStep =
  | 'ACCEPT'
  | 'CONTACT'
  | 'RECTIFY'
  | 'REPLY'
  | 'REVIEW'
  | 'SIGN';

export type AccountabilityRecordFieldsFragment = { id: string, subjectKind: AccountabilitySubject, officialName: string | null, officialPost: string | null, type: AccountabilityType, reason: string, decidedOn: string, decidedBy: string, publishedNotices: number, version: number, department: { id: string, name: string }, cases: Array<{ id: string, trackingNo: string, title: string, enterpriseName: string }> };

export type PublicNoticeItemFieldsFragment = { type: AccountabilityType, subjectKind: AccountabilitySubject, departmentName: string, officialName: string | null, officialPost: string | null, decidedOn: string };

export type AccountabilityRecordsQueryVariables = Exact<{
  filter?: AccountabilityRecordFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type AccountabilityRecordsQuery = { accountabilityRecords: { nextCursor: string | null, items: Array<{ id: string, subjectKind: AccountabilitySubject, officialName: string | null, officialPost: string | null, type: AccountabilityType, reason: string, decidedOn: string, decidedBy: string, publishedNotices: number, version: number, department: { id: string, name: string }, cases: Array<{ id: string, trackingNo: string, title: string, enterpriseName: string }> }> } };

export type CreateAccountabilityRecordMutationVariables = Exact<{
  input: AccountabilityRecordInput;
}>;


export type CreateAccountabilityRecordMutation = { createAccountabilityRecord: { id: string, subjectKind: AccountabilitySubject, officialName: string | null, officialPost: string | null, type: AccountabilityType, reason: string, decidedOn: string, decidedBy: string, publishedNotices: number, version: number, department: { id: string, name: string }, cases: Array<{ id: string, trackingNo: string, title: string, enterpriseName: string }> } };

export type UpdateAccountabilityRecordMutationVariables = Exact<{
  id: string | number;
  input: AccountabilityRecordInput;
  version: number;
}>;


export type UpdateAccountabilityRecordMutation = { updateAccountabilityRecord: { id: string, subjectKind: AccountabilitySubject, officialName: string | null, officialPost: string | null, type: AccountabilityType, reason: string, decidedOn: string, decidedBy: string, publishedNotices: number, version: number, department: { id: string, name: string }, cases: Array<{ id: string, trackingNo: string, title: string, enterpriseName: string }> } };

export type AccountabilityCandidatesQueryVariables = Exact<{
  from: string;
  to: string;
}>;


export type AccountabilityCandidatesQuery = { accountabilityCandidates: Array<{ kind: AccountabilityCandidateKind, at: string, count: number, department: { id: string, name: string }, case: { id: string, trackingNo: string, title: string, enterpriseName: string } }> };

export type AccountabilityFiguresQueryVariables = Exact<{
  from: string;
  to: string;
  period?: FigurePeriod | null | undefined;
}>;


export type AccountabilityFiguresQuery = { accountabilityFigures: { period: FigurePeriod, periods: Array<string>, people: number, departments: number, rows: Array<{ period: string, type: AccountabilityType, people: number, departments: number }> } };

export type PublicNoticeDraftQueryVariables = Exact<{
  input: PublicNoticeInput;
}>;


export type PublicNoticeDraftQuery = { publicNoticeDraft: { title: string, body: string, items: Array<{ type: AccountabilityType, subjectKind: AccountabilitySubject, departmentName: string, officialName: string | null, officialPost: string | null, decidedOn: string }> } };

export type AdminPublicNoticesQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type AdminPublicNoticesQuery = { adminPublicNotices: { nextCursor: string | null, items: Array<{ id: string, title: string, body: string, publishedAt: string, withdrawnAt: string | null, withdrawReason: string | null, recordIds: Array<string>, version: number, redaction: { names: boolean, posts: boolean, enterprises: boolean }, items: Array<{ type: AccountabilityType, subjectKind: AccountabilitySubject, departmentName: string, officialName: string | null, officialPost: string | null, decidedOn: string }> }> } };

export type PublishPublicNoticeMutationVariables = Exact<{
  input: PublicNoticeInput;
}>;


export type PublishPublicNoticeMutation = { publishPublicNotice: { id: string, title: string } };

export type WithdrawPublicNoticeMutationVariables = Exact<{
  id: string | number;
  version: number;
  reason: string;
}>;


export type WithdrawPublicNoticeMutation = { withdrawPublicNotice: { id: string, withdrawnAt: string | null, version: number } };

export type AuditLogQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  filter?: AuditLogFilter | null | undefined;
}>;


export type AuditLogQuery = { auditLog: { nextCursor: string | null, items: Array<{ id: string, occurredAt: string, actorName: string | null, action: string, targetType: string | null, targetId: string | null, ip: string | null, details: string | null }> } };

export type VerifyAuditChainQueryVariables = Exact<{ [key: string]: never; }>;


export type VerifyAuditChainQuery = { verifyAuditChain: { intact: boolean, checked: number, firstBrokenId: string | null } };

export type ViewerFieldsFragment = { id: string, username: string, displayName: string, mobile: string | null, roles: Array<Role>, mustChangePassword: boolean, organisationName: string | null };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { id: string, username: string, displayName: string, mobile: string | null, roles: Array<Role>, mustChangePassword: boolean, organisationName: string | null } | null };

export type LoginMutationVariables = Exact<{
  input: LoginInput;
}>;


export type LoginMutation = { login: { id: string, username: string, displayName: string, mobile: string | null, roles: Array<Role>, mustChangePassword: boolean, organisationName: string | null } };

export type NewCaptchaMutationVariables = Exact<{ [key: string]: never; }>;


export type NewCaptchaMutation = { newCaptcha: { id: string, image: string } };

export type LogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type LogoutMutation = { logout: boolean };

export type ChangePasswordMutationVariables = Exact<{
  input: ChangePasswordInput;
}>;


export type ChangePasswordMutation = { changePassword: { id: string, username: string, displayName: string, mobile: string | null, roles: Array<Role>, mustChangePassword: boolean, organisationName: string | null } };

export type HolidayYearFieldsFragment = { year: number, work: Array<string>, version: number, updatedAt: string, off: Array<{ name: string, from: string, to: string }> };

export type HolidayYearsQueryVariables = Exact<{ [key: string]: never; }>;


export type HolidayYearsQuery = { holidayYears: Array<{ year: number, work: Array<string>, version: number, updatedAt: string, off: Array<{ name: string, from: string, to: string }> }> };

export type CalendarStatusQueryVariables = Exact<{ [key: string]: never; }>;


export type CalendarStatusQuery = { calendarStatus: { currentYear: number, nextYear: number, missingYears: Array<number> } };

export type SaveHolidayYearMutationVariables = Exact<{
  year: number;
  input: HolidayYearInput;
  version?: number | null | undefined;
}>;


export type SaveHolidayYearMutation = { saveHolidayYear: { year: number, work: Array<string>, version: number, updatedAt: string, off: Array<{ name: string, from: string, to: string }> } };

export type AssignmentSuggestionsQueryVariables = Exact<{
  caseId: string | number;
}>;


export type AssignmentSuggestionsQuery = { assignmentSuggestions: { leads: Array<{ score: number, department: { id: string, name: string, shortName: string, active: boolean }, reasons: Array<{ source: SuggestionSource, matterId: string | null, matterName: string | null, words: Array<string>, caseCount: number }> }>, co: Array<{ score: number, department: { id: string, name: string, shortName: string, active: boolean }, reasons: Array<{ source: SuggestionSource, matterId: string | null, matterName: string | null, words: Array<string>, caseCount: number }> }> } };

export type DepartmentSuggestionFieldsFragment = { score: number, department: { id: string, name: string, shortName: string, active: boolean }, reasons: Array<{ source: SuggestionSource, matterId: string | null, matterName: string | null, words: Array<string>, caseCount: number }> };

export type AssignCaseMutationVariables = Exact<{
  id: string | number;
  version: number;
  input: AssignCaseInput;
}>;


export type AssignCaseMutation = { assignCase: { queryCode: string | null, content: string, misconductType: MisconductType | null, contactConsent: boolean, namedDepartmentId: string | null, namedDepartmentName: string | null, submitterName: string | null, acceptedAt: string | null, repliedAt: string | null, closedAt: string | null, replyResult: ReplyResult | null, replyText: string | null, reopenCount: number, availableActions: Array<CaseAction>, id: string, trackingNo: string, kind: CaseKind, category: CaseCategory, channel: CaseChannel, title: string, state: CaseState, priority: CasePriority, complexity: CaseComplexity, officeNote: string | null, enterpriseId: string, enterpriseName: string, gridPath: Array<string>, leadDepartmentName: string | null, submittedAt: string, version: number, duplicateOf: { id: string, trackingNo: string } | null, contact: { name: string, phone: string, masked: boolean } | null, assignments: Array<{ id: string, departmentId: string, departmentName: string, role: AssignmentRole, state: AssignmentState, assignedAt: string, signDeadline: string | null, replyDeadline: string | null, originalReplyDeadline: string | null, signedAt: string | null, firstContactedAt: string | null, repliedAt: string | null, paused: boolean, note: string | null, opinion: string | null, draftResult: ReplyResult | null, draftText: string | null, draftInternalNote: string | null, pendingRequest: string | null, requestReason: string | null, requestDays: number | null, sentBackAt: string | null, version: number }>, attachments: Array<{ id: string, fileName: string, mimeType: string, size: number, thumbnail: string | null }>, timeline: Array<{ id: string, occurredAt: string, action: CaseAction, fromState: CaseState | null, toState: CaseState, actorRole: string, actorName: string | null, publicNote: string | null, internalNote: string | null, attachments: Array<{ id: string, fileName: string, mimeType: string, size: number, thumbnail: string | null }> }>, deadline: { dueAt: string, state: DeadlineState, workingDays: number } | null } };

export type SignCaseMutationVariables = Exact<{
  id: string | number;
  version: number;
}>;


export type SignCaseMutation = { signCase: { queryCode: string | null, content: string, misconductType: MisconductType | null, contactConsent: boolean, namedDepartmentId: string | null, namedDepartmentName: string | null, submitterName: string | null, acceptedAt: string | null, repliedAt: string | null, closedAt: string | null, replyResult: ReplyResult | null, replyText: string | null, reopenCount: number, availableActions: Array<CaseAction>, id: string, trackingNo: string, kind: CaseKind, category: CaseCategory, channel: CaseChannel, title: string, state: CaseState, priority: CasePriority, complexity: CaseComplexity, officeNote: string | null, enterpriseId: string, enterpriseName: string, gridPath: Array<string>, leadDepartmentName: string | null, submittedAt: string, version: number, duplicateOf: { id: string, trackingNo: string } | null, contact: { name: string, phone: string, masked: boolean } | null, assignments: Array<{ id: string, departmentId: string, departmentName: string, role: AssignmentRole, state: AssignmentState, assignedAt: string, signDeadline: string | null, replyDeadline: string | null, originalReplyDeadline: string | null, signedAt: string | null, firstContactedAt: string | null, repliedAt: string | null, paused: boolean, note: string | null, opinion: string | null, draftResult: ReplyResult | null, draftText: string | null, draftInternalNote: string | null, pendingRequest: string | null, requestReason: string | null, requestDays: number | null, sentBackAt: string | null, version: number }>, attachments: Array<{ id: string, fileName: string, mimeType: string, size: number, thumbnail: string | null }>, timeline: Array<{ id: string, occurredAt: string, action: CaseAction, fromState: CaseState | null, toState: CaseState, actorRole: string, actorName: string | null, publicNote: string | null, internalNote: string | null, attachments: Array<{ id: string, fileName: string, mimeType: string, size: number, thumbnail: string | null }> }>, deadline: { dueAt: string, state: DeadlineState, workingDays: number } | null } };

export type RecordFirstContactMutationVariables = Exact<{
  id: string | number;
  version: number;
  input: FirstContactInput;
}>;


export type RecordFirstContactMutation = { recordFirstContact: { queryCode: string | null, content: string, misconductType: MisconductType | null, contactConsent: boolean, namedDepartmentId: string | null, namedDepartmentName: string | null, submitterName: string | null, acceptedAt: string | null, repliedAt: string | null, closedAt: string | null, replyResult: ReplyResult | null, replyText: string | null, reopenCount: number, availableActions: Array<CaseAction>, id: string, trackingNo: string, kind: CaseKind, category: CaseCategory, channel: CaseChannel, title: string, state: CaseState, priority: CasePriority, complexity: CaseComplexity, officeNote: string | null, enterpriseId: string, enterpriseName: string, gridPath: Array<string>, leadDepartmentName: string | null, submittedAt: string, version: number, duplicateOf: { id: string, trackingNo: string } | null, contact: { name: string, phone: string, masked: boolean } | null, assignments: Array<{ id: string, departmentId: string, departmentName: string, role: AssignmentRole, state: AssignmentState, assignedAt: string, signDeadline: string | null, replyDeadline: string | null, originalReplyDeadline: string | null, signedAt: string | null, firstContactedAt: string | null, repliedAt: string | null, paused: boolean, note: string | null, opinion: string | null, draftResult: ReplyResult | null, draftText: string | null, draftInternalNote: string | null, pendingRequest: string | null, requestReason: string | null, requestDays: number | null, sentBackAt: string | null, version: number }>, attachments: Array<{ id: string, fileName: string, mimeType: string, size: number, thumbnail: string | null }>, timeline: Array<{ id: string, occurredAt: string, action: CaseAction, fromState: CaseState | null, toState: CaseState, actorRole: string, actorName: string | null, publicNote: string | null, internalNote: string | null, attachments: Array<{ id: string, fileName: string, mimeType: string, size: number, thumbnail: string | null }> }>, deadline: { dueAt: string, state: DeadlineState, workingDays: number } | null } };

export type RecordCaseProgressMutationVariables = Exact<{
  id: string | number;
  version: number;
  input: ProgressInput;
}>;


export type RecordCaseProgressMutation = { recordCaseProgress: { queryCode: string | null, content: string, misconductType: MisconductType | null, contactConsent: boolean, namedDepartmentId: string | null, namedDepartmentName: string | null, submitterName: string | null, acceptedAt: string | null, repliedAt: string | null, closedAt: string | null, replyResult: ReplyResult | null, replyText: string | null, reopenCount: number, availableActions: Array<CaseAction>, id: string, trackingNo: string, kind: CaseKind, category: CaseCategory, channel: CaseChannel, title: string, state: CaseState, priority: CasePriority, complexity: CaseComplexity, officeNote: string | null, enterpriseId: string, enterpriseName: string, gridPath: Array<string>, leadDepartmentName: string | null, submittedAt: string, version: number, duplicateOf: { id: string, trackingNo: string } | null, contact: { name: string, phone: string, masked: boolean } | null, assignments: Array<{ id: string, departmentId: string, departmentName: string, role: AssignmentRole, state: AssignmentState, assignedAt: string, signDeadline: string | null, replyDeadline: string | null, originalReplyDeadline: string | null, signedAt: string | null, firstContactedAt: string | null, repliedAt: string | null, paused: boolean, note: string | null, opinion: string | null, draftResult: ReplyResult | null, draftText: string | null, draftInternalNote: string | null, pendingRequest: string | null, requestReason: string | null, requestDays: number | null, sentBackAt: string | null, version: number }>, attachments: Array<{ id: string, fileName: string, mimeType: string, size: number, thumbnail: string | null }>, timeline: Array<{ id: string, occurredAt: string, action: CaseAction, fromState: CaseState | null, toState: CaseState, actorRole: string, actorName: string | null, publicNote: string | null, internalNote: string | null, attachments: Array<{ id: string, fileName: string, mimeType: string, size: number, thumbnail: string | null }> }>, deadline: { dueAt: string, state: DeadlineState, workingDays: number } | null } };

export type SubmitCaseOpinionMutationVariables = Exact<{
  id: string | number;
  version: number;
  opinion: string;
}>;


export type SubmitCaseOpinionMutation = { submitCaseOpinion: { queryCode: string | null, content: string, misconductType: MisconductType | null, contactConsent: boolean, namedDepartmentId: string | null, namedDepartmentName: string | null, submitterName: string | null, acceptedAt: string | null, repliedAt: string | null, closedAt: string | null, replyResult: ReplyResult | null, replyText: string | null, reopenCount: number, availableActions: Array<CaseAction>, id: string, trackingNo: string, kind: CaseKind, category: CaseCategory, channel: CaseChannel, title: string, state: CaseState, priority: CasePriority, complexity: CaseComplexity, officeNote: string | null, enterpriseId: string, enterpriseName: string, gridPath: Array<string>, leadDepartmentName: string | null, submittedAt: string, version: number, duplicateOf: { id: string, trackingNo: string } | null, contact: { name: string, phone: string, masked: boolean } | null, assignments: Array<{ id: string, departmentId: string, departmentName: string, role: AssignmentRole, state: AssignmentState, assignedAt: string, signDeadline: string | null, replyDeadline: string | null, originalReplyDeadline: string | null, signedAt: string | null, firstContactedAt: string | null, repliedAt: string | null, paused: boolean, note: string | null, opinion: string | null, draftResult: ReplyResult | null, draftText: string | null, draftInternalNote: string | null, pendingRequest: string | null, requestReason: string | null, requestDays: number | null, sentBackAt: string | null, version: number }>, attachments: Array<{ id: string, fileName: string, mimeType: string, size: number, thumbnail: string | null }>, timeline: Array<{ id: string, occurredAt: string, action: CaseAction, fromState: CaseState | null, toState: CaseState, actorRole: string, actorName: string | null, publicNote: string | null, internalNote: string | null, attachments: Array<{ id: string, fileName: string, mimeType: string, size: number, thumbnail: string | null }> }>, deadline: { dueAt: string, state: DeadlineState, workingDays: number } | null } };

export type DraftCaseReplyMutationVariables = Exact<{
  id: string | number;
  version: number;
  input: DraftReplyInput;
}>;


export type DraftCaseReplyMutation = { draftCaseReply: { queryCode: string | null, content: string, misconductType: MisconductType | null, contactConsent: boolean, namedDepartmentId: string | null, namedDepartmentName: string | null, submitterName: string | null, acceptedAt: string | null, repliedAt: string | null, closedAt: string | null, replyResult: ReplyResult | null, replyText: string | null, reopenCount: number, availableActions: Array<CaseAction>, id: string, trackingNo: string, kind: CaseKind, category: CaseCategory, channel: CaseChannel, title: string, state: CaseState, priority: CasePriority, complexity: CaseComplexity, officeNote: string | null, enterpriseId: string, enterpriseName: string, gridPath: Array<string>, leadDepartmentName: string | null, submittedAt: string, version: number, duplicateOf: { id: string, trackingNo: string } | null, contact: { name: string, phone: string, masked: boolean } | null, assignments: Array<{ id: string, departmentId: string, departmentName: string, role: AssignmentRole, state: AssignmentState, assignedAt: string, signDeadline: string | null, replyDeadline: string | null, originalReplyDeadline: string | null, signedAt: string | null, firstContactedAt: string | null, repliedAt: string | null, paused: boolean, note: string | null, opinion: string | null, draftResult: ReplyResult | null, draftText: string | null, draftInternalNote: string | null, pendingRequest: string | null, requestReason: string | null, requestDays: number | null, sentBackAt: string | null, version: number }>, attachments: Array<{ id: string, fileName: string, mimeType: string, size: number, thumbnail: string | null }>, timeline: Array<{ id: string, occurredAt: string, action: CaseAction, fromState: CaseState | null, toState: CaseState, actorRole: string, actorName: string | null, publicNote: string | null, internalNote: string | null, attachments: Array<{ id: string, fileName: string, mimeType: string, size: number, thumbnail: string | null }> }>, deadline: { dueAt: string, state: DeadlineState, workingDays: number } | null } };

export type SubmitCaseReplyMutationVariables = Exact<{
  id: string | number;
  version: number;
}>;


export type SubmitCaseReplyMutation = { submitCaseReply: { queryCode: string | null, content: string, misconductType: MisconductType | null, contactConsent: boolean, namedDepartmentId: string | null, namedDepartmentName: string | null, submitterName: string | null, acceptedAt: string | null, repliedAt: string | null, closedAt: string | null, replyResult: ReplyResult | null, replyText: string | null, reopenCount: number, availableActions: Array<CaseAction>, id: string, trackingNo: string, kind: CaseKind, category: CaseCategory, channel: CaseChannel, title: string, state: CaseState, priority: CasePriority, complexity: CaseComplexity, officeNote: string | null, enterpriseId: string, enterpriseName: string, gridPath: Array<string>, leadDepartmentName: string | null, submittedAt: string, version: number, duplicateOf: { id: string, trackingNo: string } | null, contact: { name: string, phone: string, masked: boolean } | null, assignments: Array<{ id: string, departmentId: string, departmentName: string, role: AssignmentRole, state: AssignmentState, assignedAt: string, signDeadline: string | null, replyDeadline: string | null, originalReplyDeadline: string | null, signedAt: string | null, firstContactedAt: string | null, repliedAt: string | null, paused: boolean, note: string | null, opinion: string | null, draftResult: ReplyResult | null, draftText: string | null, draftInternalNote: string | null, pendingRequest: string | null, requestReason: string | null, requestDays: number | null, sentBackAt: string | null, version: number }>, attachments: Array<{ id: string, fileName: string, mimeType: string, size: number, thumbnail: string | null }>, timeline: Array<{ id: string, occurredAt: string, action: CaseAction, fromState: CaseState | null, toState: CaseState, actorRole: string, actorName: string | null, publicNote: string | null, internalNote: string | null, attachments: Array<{ id: string, fileName: string, mimeType: string, size: number, thumbnail: string | null }> }>, deadline: { dueAt: string, state: DeadlineState, workingDays: number } | null } };

export type RequestCaseExtensionMutationVariables = Exact<{
  id: string | number;
  version: number;
  input: ExtensionRequestInput;
}>;


export type RequestCaseExtensionMutation = { requestCaseExtension: { queryCode: string | null, content: string, misconductType: MisconductType | null, contactConsent: boolean, namedDepartmentId: string | null, namedDepartmentName: string | null, submitterName: string | null, acceptedAt: string | null, repliedAt: string | null, closedAt: string | null, replyResult: ReplyResult | null, replyText: string | null, reopenCount: number, availableActions: Array<CaseAction>, id: string, trackingNo: string, kind: CaseKind, category: CaseCategory, channel: CaseChannel, title: string, state: CaseState, priority: CasePriority, complexity: CaseComplexity, officeNote: string | null, enterpriseId: string, enterpriseName: string, gridPath: Array<string>, leadDepartmentName: string | null, submittedAt: string, version: number, duplicateOf: { id: string, trackingNo: string } | null, contact: { name: string, phone: string, masked: boolean } | null, assignments: Array<{ id: string, departmentId: string, departmentName: string, role: AssignmentRole, state: AssignmentState, assignedAt: string, signDeadline: string | null, replyDeadline: string | null, originalReplyDeadline: string | null, signedAt: string | null, firstContactedAt: string | null, repliedAt: string | null, paused: boolean, note: string | null, opinion: string | null, draftResult: ReplyResult | null, draftText: string | null, draftInternalNote: string | null, pendingRequest: string | null, requestReason: string | null, requestDays: number | null, sentBackAt: string | null, version: number }>, attachments: Array<{ id: string, fileName: string, mimeType: string, size: number, thumbnail: string | null }>, timeline: Array<{ id: string, occurredAt: string, action: CaseAction, fromState: CaseState | null, toState: CaseState, actorRole: string, actorName: string | null, publicNote: string | null, internalNote: string | null, attachments: Array<{ id: string, fileName: string, mimeType: string, size: number, thumbnail: string | null }> }>, deadline: { dueAt: string, state: DeadlineState, workingDays: number } | null } };

export type RequestCaseReturnMutationVariables = Exact<{
  id: string | number;
  version: number;
  reason: string;
}>;


export type RequestCaseReturnMutation = { requestCaseReturn: { queryCode: string | null, content: string, misconductType: MisconductType | null, contactConsent: boolean, namedDepartmentId: string | null, namedDepartmentName: string | null, submitterName: string | null, acceptedAt: string | null, repliedAt: string | null, closedAt: string | null, replyResult: ReplyResult | null, replyText: string | null, reopenCount: number, availableActions: Array<CaseAction>, id: string, trackingNo: string, kind: CaseKind, category: CaseCategory, channel: CaseChannel, title: string, state: CaseState, priority: CasePriority, complexity: CaseComplexity, officeNote: string | null, enterpriseId: string, enterpriseName: string, gridPath: Array<string>, leadDepartmentName: string | null, submittedAt: string, version: number, duplicateOf: { id: string, trackingNo: string } | null, contact: { name: string, phone: string, masked: boolean } | null, assignments: Array<{ id: string, departmentId: string, departmentName: string, role: AssignmentRole, state: AssignmentState, assignedAt: string, signDeadline: string | null, replyDeadline: string | null, originalReplyDeadline: string | null, signedAt: string | null, firstContactedAt: string | null, repliedAt: string | null, paused: boolean, note: string | null, opinion: string | null, draftResult: ReplyResult | null, draftText: string | null, draftInternalNote: string | null, pendingRequest: string | null, requestReason: string | null, requestDays: number | null, sentBackAt: string | null, version: number }>, attachments: Array<{ id: string, fileName: string, mimeType: string, size: number, thumbnail: string | null }>, timeline: Array<{ id: string, occurredAt: string, action: CaseAction, fromState: CaseState | null, toState: CaseState, actorRole: string, actorName: string | null, publicNote: string | null, internalNote: string | null, attachments: Array<{ id: string, fileName: string, mimeType: string, size: number, thumbnail: string | null }> }>, deadline: { dueAt: string, state: DeadlineState, workingDays: number } | null } };

export type ApproveCaseReplyMutationVariables = Exact<{
  id: string | number;
  version: number;
  note?: string | null | undefined;
}>;


export type ApproveCaseReplyMutation = { approveCaseReply: { queryCode: string | null, content: string, misconductType: MisconductType | null, contactConsent: boolean, namedDepartmentId: string | null, namedDepartmentName: string | null, submitterName: string | null, acceptedAt: string | null, repliedAt: string | null, closedAt: string | null, replyResult: ReplyResult | null, replyText: string | null, reopenCount: number, availableActions: Array<CaseAction>, id: string, trackingNo: string, kind: CaseKind, category: CaseCategory, channel: CaseChannel, title: string, state: CaseState, priority: CasePriority, complexity: CaseComplexity, officeNote: string | null, enterpriseId: string, enterpriseName: string, gridPath: Array<string>, leadDepartmentName: string | null, submittedAt: string, version: number, duplicateOf: { id: string, trackingNo: string } | null, contact: { name: string, phone: string, masked: boolean } | null, assignments: Array<{ id: string, departmentId: string, departmentName: string, role: AssignmentRole, state: AssignmentState, assignedAt: string, signDeadline: string | null, replyDeadline: string | null, originalReplyDeadline: string | null, signedAt: string | null, firstContactedAt: string | null, repliedAt: string | null, paused: boolean, note: string | null, opinion: string | null, draftResult: ReplyResult | null, draftText: string | null, draftInternalNote: string | null, pendingRequest: string | null, requestReason: string | null, requestDays: number | null, sentBackAt: string | null, version: number }>, attachments: Array<{ id: string, fileName: string, mimeType: string, size: number, thumbnail: string | null }>, timeline: Array<{ id: string, occurredAt: string, action: CaseAction, fromState: CaseState | null, toState: CaseState, actorRole: string, actorName: string | null, publicNote: string | null, internalNote: string | null, attachments: Array<{ id: string, fileName: string, mimeType: string, size: number, thumbnail: string | null }> }>, deadline: { dueAt: string, state: DeadlineState, workingDays: number } | null } };

export type SendCaseBackMutationVariables = Exact<{
  id: string | number;
  version: number;
  reason: string;
}>;


export type SendCaseBackMutation = { sendCaseBack: { queryCode: string | null, content: string, misconductType: MisconductType | null, contactConsent: boolean, namedDepartmentId: string | null, namedDepartmentName: string | null, submitterName: string | null, acceptedAt: string | null, repliedAt: string | null, closedAt: string | null, replyResult: ReplyResult | null, replyText: string | null, reopenCount: number, availableActions: Array<CaseAction>, id: string, trackingNo: string, kind: CaseKind, category: CaseCategory, channel: CaseChannel, title: string, state: CaseState, priority: CasePriority, complexity: CaseComplexity, officeNote: string | null, enterpriseId: string, enterpriseName: string, gridPath: Array<string>, leadDepartmentName: string | null, submittedAt: string, version: number, duplicateOf: { id: string, trackingNo: string } | null, contact: { name: string, phone: string, masked: boolean } | null, assignments: Array<{ id: string, departmentId: string, departmentName: string, role: AssignmentRole, state: AssignmentState, assignedAt: string, signDeadline: string | null, replyDeadline: string | null, originalReplyDeadline: string | null, signedAt: string | null, firstContactedAt: string | null, repliedAt: string | null, paused: boolean, note: string | null, opinion: string | null, draftResult: ReplyResult | null, draftText: string | null, draftInternalNote: string | null, pendingRequest: string | null, requestReason: string | null, requestDays: number | null, sentBackAt: string | null, version: number }>, attachments: Array<{ id: string, fileName: string, mimeType: string, size: number, thumbnail: string | null }>, timeline: Array<{ id: string, occurredAt: string, action: CaseAction, fromState: CaseState | null, toState: CaseState, actorRole: string, actorName: string | null, publicNote: string | null, internalNote: string | null, attachments: Array<{ id: string, fileName: string, mimeType: string, size: number, thumbnail: string | null }> }>, deadline: { dueAt: string, state: DeadlineState, workingDays: number } | null } };

export type DecideCaseExtensionMutationVariables = Exact<{
  id: string | number;
  version: number;
  approve: boolean;
  reason: string;
}>;


export type DecideCaseExtensionMutation = { decideCaseExtension: { queryCode: string | null, content: string, misconductType: MisconductType | null, contactConsent: boolean, namedDepartmentId: string | null, namedDepartmentName: string | null, submitterName: string | null, acceptedAt: string | null, repliedAt: string | null, closedAt: string | null, replyResult: ReplyResult | null, replyText: string | null, reopenCount: number, availableActions: Array<CaseAction>, id: string, trackingNo: string, kind: CaseKind, category: CaseCategory, channel: CaseChannel, title: string, state: CaseState, priority: CasePriority, complexity: CaseComplexity, officeNote: string | null, enterpriseId: string, enterpriseName: string, gridPath: Array<string>, leadDepartmentName: string | null, submittedAt: string, version: number, duplicateOf: { id: string, trackingNo: string } | null, contact: { name: string, phone: string, masked: boolean } | null, assignments: Array<{ id: string, departmentId: string, departmentName: string, role: AssignmentRole, state: AssignmentState, assignedAt: string, signDeadline: string | null, replyDeadline: string | null, originalReplyDeadline: string | null, signedAt: string | null, firstContactedAt: string | null, repliedAt: string | null, paused: boolean, note: string | null, opinion: string | null, draftResult: ReplyResult | null, draftText: string | null, draftInternalNote: string | null, pendingRequest: string | null, requestReason: string | null, requestDays: number | null, sentBackAt: string | null, version: number }>, attachments: Array<{ id: string, fileName: string, mimeType: string, size: number, thumbnail: string | null }>, timeline: Array<{ id: string, occurredAt: string, action: CaseAction, fromState: CaseState | null, toState: CaseState, actorRole: string, actorName: string | null, publicNote: string | null, internalNote: string | null, attachments: Array<{ id: string, fileName: string, mimeType: string, size: number, thumbnail: string | null }> }>, deadline: { dueAt: string, state: DeadlineState, workingDays: number } | null } };

export type DecideCaseReturnMutationVariables = Exact<{
  id: string | number;
  version: number;
  approve: boolean;
  reason: string;
}>;


export type DecideCaseReturnMutation = { decideCaseReturn: { queryCode: string | null, content: string, misconductType: MisconductType | null, contactConsent: boolean, namedDepartmentId: string | null, namedDepartmentName: string | null, submitterName: string | null, acceptedAt: string | null, repliedAt: string | null, closedAt: string | null, replyResult: ReplyResult | null, replyText: string | null, reopenCount: number, availableActions: Array<CaseAction>, id: string, trackingNo: string, kind: CaseKind, category: CaseCategory, channel: CaseChannel, title: string, state: CaseState, priority: CasePriority, complexity: CaseComplexity, officeNote: string | null, enterpriseId: string, enterpriseName: string, gridPath: Array<string>, leadDepartmentName: string | null, submittedAt: string, version: number, duplicateOf: { id: string, trackingNo: string } | null, contact: { name: string, phone: string, masked: boolean } | null, assignments: Array<{ id: string, departmentId: string, departmentName: string, role: AssignmentRole, state: AssignmentState, assignedAt: string, signDeadline: string | null, replyDeadline: string | null, originalReplyDeadline: string | null, signedAt: string | null, firstContactedAt: string | null, repliedAt: string | null, paused: boolean, note: string | null, opinion: string | null, draftResult: ReplyResult | null, draftText: string | null, draftInternalNote: string | null, pendingRequest: string | null, requestReason: string | null, requestDays: number | null, sentBackAt: string | null, version: number }>, attachments: Array<{ id: string, fileName: string, mimeType: string, size: number, thumbnail: string | null }>, timeline: Array<{ id: string, occurredAt: string, action: CaseAction, fromState: CaseState | null, toState: CaseState, actorRole: string, actorName: string | null, publicNote: string | null, internalNote: string | null, attachments: Array<{ id: string, fileName: string, mimeType: string, size: number, thumbnail: string | null }> }>, deadline: { dueAt: string, state: DeadlineState, workingDays: number } | null } };

export type ReopenCaseMutationVariables = Exact<{
  id: string | number;
  version: number;
  input: ReopenCaseInput;
}>;


export type ReopenCaseMutation = { reopenCase: { queryCode: string | null, content: string, misconductType: MisconductType | null, contactConsent: boolean, namedDepartmentId: string | null, namedDepartmentName: string | null, submitterName: string | null, acceptedAt: string | null, repliedAt: string | null, closedAt: string | null, replyResult: ReplyResult | null, replyText: string | null, reopenCount: number, availableActions: Array<CaseAction>, id: string, trackingNo: string, kind: CaseKind, category: CaseCategory, channel: CaseChannel, title: string, state: CaseState, priority: CasePriority, complexity: CaseComplexity, officeNote: string | null, enterpriseId: string, enterpriseName: string, gridPath: Array<string>, leadDepartmentName: string | null, submittedAt: string, version: number, duplicateOf: { id: string, trackingNo: string } | null, contact: { name: string, phone: string, masked: boolean } | null, assignments: Array<{ id: string, departmentId: string, departmentName: string, role: AssignmentRole, state: AssignmentState, assignedAt: string, signDeadline: string | null, replyDeadline: string | null, originalReplyDeadline: string | null, signedAt: string | null, firstContactedAt: string | null, repliedAt: string | null, paused: boolean, note: string | null, opinion: string | null, draftResult: ReplyResult | null, draftText: string | null, draftInternalNote: string | null, pendingRequest: string | null, requestReason: string | null, requestDays: number | null, sentBackAt: string | null, version: number }>, attachments: Array<{ id: string, fileName: string, mimeType: string, size: number, thumbnail: string | null }>, timeline: Array<{ id: string, occurredAt: string, action: CaseAction, fromState: CaseState | null, toState: CaseState, actorRole: string, actorName: string | null, publicNote: string | null, internalNote: string | null, attachments: Array<{ id: string, fileName: string, mimeType: string, size: number, thumbnail: string | null }> }>, deadline: { dueAt: string, state: DeadlineState, workingDays: number } | null } };

export type CloseDisputedCaseMutationVariables = Exact<{
  id: string | number;
  version: number;
  explanation: string;
}>;


export type CloseDisputedCaseMutation = { closeDisputedCase: { queryCode: string | null, content: string, misconductType: MisconductType | null, contactConsent: boolean, namedDepartmentId: string | null, namedDepartmentName: string | null, submitterName: string | null, acceptedAt: string | null, repliedAt: string | null, closedAt: string | null, replyResult: ReplyResult | null, replyText: string | null, reopenCount: number, availableActions: Array<CaseAction>, id: string, trackingNo: string, kind: CaseKind, category: CaseCategory, channel: CaseChannel, title: string, state: CaseState, priority: CasePriority, complexity: CaseComplexity, officeNote: string | null, enterpriseId: string, enterpriseName: string, gridPath: Array<string>, leadDepartmentName: string | null, submittedAt: string, version: number, duplicateOf: { id: string, trackingNo: string } | null, contact: { name: string, phone: string, masked: boolean } | null, assignments: Array<{ id: string, departmentId: string, departmentName: string, role: AssignmentRole, state: AssignmentState, assignedAt: string, signDeadline: string | null, replyDeadline: string | null, originalReplyDeadline: string | null, signedAt: string | null, firstContactedAt: string | null, repliedAt: string | null, paused: boolean, note: string | null, opinion: string | null, draftResult: ReplyResult | null, draftText: string | null, draftInternalNote: string | null, pendingRequest: string | null, requestReason: string | null, requestDays: number | null, sentBackAt: string | null, version: number }>, attachments: Array<{ id: string, fileName: string, mimeType: string, size: number, thumbnail: string | null }>, timeline: Array<{ id: string, occurredAt: string, action: CaseAction, fromState: CaseState | null, toState: CaseState, actorRole: string, actorName: string | null, publicNote: string | null, internalNote: string | null, attachments: Array<{ id: string, fileName: string, mimeType: string, size: number, thumbnail: string | null }> }>, deadline: { dueAt: string, state: DeadlineState, workingDays: number } | null } };

export type RevealCaseContactMutationVariables = Exact<{
  id: string | number;
}>;


export type RevealCaseContactMutation = { revealCaseContact: { name: string, phone: string, masked: boolean } };

export type CaseRowFieldsFragment = { id: string, trackingNo: string, kind: CaseKind, category: CaseCategory, channel: CaseChannel, title: string, state: CaseState, priority: CasePriority, complexity: CaseComplexity, officeNote: string | null, enterpriseId: string, enterpriseName: string, gridPath: Array<string>, leadDepartmentName: string | null, submittedAt: string, version: number, deadline: { dueAt: string, state: DeadlineState, workingDays: number } | null };

export type CaseAttachmentFieldsFragment = { id: string, fileName: string, mimeType: string, size: number, thumbnail: string | null };

export type CaseContactFieldsFragment = { name: string, phone: string, masked: boolean };

export type CaseAssignmentFieldsFragment = { id: string, departmentId: string, departmentName: string, role: AssignmentRole, state: AssignmentState, assignedAt: string, signDeadline: string | null, replyDeadline: string | null, originalReplyDeadline: string | null, signedAt: string | null, firstContactedAt: string | null, repliedAt: string | null, paused: boolean, note: string | null, opinion: string | null, draftResult: ReplyResult | null, draftText: string | null, draftInternalNote: string | null, pendingRequest: string | null, requestReason: string | null, requestDays: number | null, sentBackAt: string | null, version: number };

export type CaseFieldsFragment = { queryCode: string | null, content: string, misconductType: MisconductType | null, contactConsent: boolean, namedDepartmentId: string | null, namedDepartmentName: string | null, submitterName: string | null, acceptedAt: string | null, repliedAt: string | null, closedAt: string | null, replyResult: ReplyResult | null, replyText: string | null, reopenCount: number, availableActions: Array<CaseAction>, id: string, trackingNo: string, kind: CaseKind, category: CaseCategory, channel: CaseChannel, title: string, state: CaseState, priority: CasePriority, complexity: CaseComplexity, officeNote: string | null, enterpriseId: string, enterpriseName: string, gridPath: Array<string>, leadDepartmentName: string | null, submittedAt: string, version: number, duplicateOf: { id: string, trackingNo: string } | null, contact: { name: string, phone: string, masked: boolean } | null, assignments: Array<{ id: string, departmentId: string, departmentName: string, role: AssignmentRole, state: AssignmentState, assignedAt: string, signDeadline: string | null, replyDeadline: string | null, originalReplyDeadline: string | null, signedAt: string | null, firstContactedAt: string | null, repliedAt: string | null, paused: boolean, note: string | null, opinion: string | null, draftResult: ReplyResult | null, draftText: string | null, draftInternalNote: string | null, pendingRequest: string | null, requestReason: string | null, requestDays: number | null, sentBackAt: string | null, version: number }>, attachments: Array<{ id: string, fileName: string, mimeType: string, size: number, thumbnail: string | null }>, timeline: Array<{ id: string, occurredAt: string, action: CaseAction, fromState: CaseState | null, toState: CaseState, actorRole: string, actorName: string | null, publicNote: string | null, internalNote: string | null, attachments: Array<{ id: string, fileName: string, mimeType: string, size: number, thumbnail: string | null }> }>, deadline: { dueAt: string, state: DeadlineState, workingDays: number } | null };

export type CasesQueryVariables = Exact<{
  page?: CasePageArgs | null | undefined;
  withTotal: boolean;
}>;


export type CasesQuery = { cases: { nextCursor: string | null, totalCount?: number, totalCountCapped?: boolean, items: Array<{ id: string, trackingNo: string, kind: CaseKind, category: CaseCategory, channel: CaseChannel, title: string, state: CaseState, priority: CasePriority, complexity: CaseComplexity, officeNote: string | null, enterpriseId: string, enterpriseName: string, gridPath: Array<string>, leadDepartmentName: string | null, submittedAt: string, version: number, deadline: { dueAt: string, state: DeadlineState, workingDays: number } | null }> } };

export type CaseQueryVariables = Exact<{
  id: string | number;
}>;


export type CaseQuery = { case: { queryCode: string | null, content: string, misconductType: MisconductType | null, contactConsent: boolean, namedDepartmentId: string | null, namedDepartmentName: string | null, submitterName: string | null, acceptedAt: string | null, repliedAt: string | null, closedAt: string | null, replyResult: ReplyResult | null, replyText: string | null, reopenCount: number, availableActions: Array<CaseAction>, id: string, trackingNo: string, kind: CaseKind, category: CaseCategory, channel: CaseChannel, title: string, state: CaseState, priority: CasePriority, complexity: CaseComplexity, officeNote: string | null, enterpriseId: string, enterpriseName: string, gridPath: Array<string>, leadDepartmentName: string | null, submittedAt: string, version: number, duplicateOf: { id: string, trackingNo: string } | null, contact: { name: string, phone: string, masked: boolean } | null, assignments: Array<{ id: string, departmentId: string, departmentName: string, role: AssignmentRole, state: AssignmentState, assignedAt: string, signDeadline: string | null, replyDeadline: string | null, originalReplyDeadline: string | null, signedAt: string | null, firstContactedAt: string | null, repliedAt: string | null, paused: boolean, note: string | null, opinion: string | null, draftResult: ReplyResult | null, draftText: string | null, draftInternalNote: string | null, pendingRequest: string | null, requestReason: string | null, requestDays: number | null, sentBackAt: string | null, version: number }>, attachments: Array<{ id: string, fileName: string, mimeType: string, size: number, thumbnail: string | null }>, timeline: Array<{ id: string, occurredAt: string, action: CaseAction, fromState: CaseState | null, toState: CaseState, actorRole: string, actorName: string | null, publicNote: string | null, internalNote: string | null, attachments: Array<{ id: string, fileName: string, mimeType: string, size: number, thumbnail: string | null }> }>, deadline: { dueAt: string, state: DeadlineState, workingDays: number } | null } };

export type AcceptCaseMutationVariables = Exact<{
  id: string | number;
  version: number;
  input: AcceptCaseInput;
}>;


export type AcceptCaseMutation = { acceptCase: { queryCode: string | null, content: string, misconductType: MisconductType | null, contactConsent: boolean, namedDepartmentId: string | null, namedDepartmentName: string | null, submitterName: string | null, acceptedAt: string | null, repliedAt: string | null, closedAt: string | null, replyResult: ReplyResult | null, replyText: string | null, reopenCount: number, availableActions: Array<CaseAction>, id: string, trackingNo: string, kind: CaseKind, category: CaseCategory, channel: CaseChannel, title: string, state: CaseState, priority: CasePriority, complexity: CaseComplexity, officeNote: string | null, enterpriseId: string, enterpriseName: string, gridPath: Array<string>, leadDepartmentName: string | null, submittedAt: string, version: number, duplicateOf: { id: string, trackingNo: string } | null, contact: { name: string, phone: string, masked: boolean } | null, assignments: Array<{ id: string, departmentId: string, departmentName: string, role: AssignmentRole, state: AssignmentState, assignedAt: string, signDeadline: string | null, replyDeadline: string | null, originalReplyDeadline: string | null, signedAt: string | null, firstContactedAt: string | null, repliedAt: string | null, paused: boolean, note: string | null, opinion: string | null, draftResult: ReplyResult | null, draftText: string | null, draftInternalNote: string | null, pendingRequest: string | null, requestReason: string | null, requestDays: number | null, sentBackAt: string | null, version: number }>, attachments: Array<{ id: string, fileName: string, mimeType: string, size: number, thumbnail: string | null }>, timeline: Array<{ id: string, occurredAt: string, action: CaseAction, fromState: CaseState | null, toState: CaseState, actorRole: string, actorName: string | null, publicNote: string | null, internalNote: string | null, attachments: Array<{ id: string, fileName: string, mimeType: string, size: number, thumbnail: string | null }> }>, deadline: { dueAt: string, state: DeadlineState, workingDays: number } | null } };

export type RejectCaseMutationVariables = Exact<{
  id: string | number;
  version: number;
  reason: string;
}>;


export type RejectCaseMutation = { rejectCase: { queryCode: string | null, content: string, misconductType: MisconductType | null, contactConsent: boolean, namedDepartmentId: string | null, namedDepartmentName: string | null, submitterName: string | null, acceptedAt: string | null, repliedAt: string | null, closedAt: string | null, replyResult: ReplyResult | null, replyText: string | null, reopenCount: number, availableActions: Array<CaseAction>, id: string, trackingNo: string, kind: CaseKind, category: CaseCategory, channel: CaseChannel, title: string, state: CaseState, priority: CasePriority, complexity: CaseComplexity, officeNote: string | null, enterpriseId: string, enterpriseName: string, gridPath: Array<string>, leadDepartmentName: string | null, submittedAt: string, version: number, duplicateOf: { id: string, trackingNo: string } | null, contact: { name: string, phone: string, masked: boolean } | null, assignments: Array<{ id: string, departmentId: string, departmentName: string, role: AssignmentRole, state: AssignmentState, assignedAt: string, signDeadline: string | null, replyDeadline: string | null, originalReplyDeadline: string | null, signedAt: string | null, firstContactedAt: string | null, repliedAt: string | null, paused: boolean, note: string | null, opinion: string | null, draftResult: ReplyResult | null, draftText: string | null, draftInternalNote: string | null, pendingRequest: string | null, requestReason: string | null, requestDays: number | null, sentBackAt: string | null, version: number }>, attachments: Array<{ id: string, fileName: string, mimeType: string, size: number, thumbnail: string | null }>, timeline: Array<{ id: string, occurredAt: string, action: CaseAction, fromState: CaseState | null, toState: CaseState, actorRole: string, actorName: string | null, publicNote: string | null, internalNote: string | null, attachments: Array<{ id: string, fileName: string, mimeType: string, size: number, thumbnail: string | null }> }>, deadline: { dueAt: string, state: DeadlineState, workingDays: number } | null } };

export type RequestCaseInfoMutationVariables = Exact<{
  id: string | number;
  version: number;
  request: string;
}>;


export type RequestCaseInfoMutation = { requestCaseInfo: { queryCode: string | null, content: string, misconductType: MisconductType | null, contactConsent: boolean, namedDepartmentId: string | null, namedDepartmentName: string | null, submitterName: string | null, acceptedAt: string | null, repliedAt: string | null, closedAt: string | null, replyResult: ReplyResult | null, replyText: string | null, reopenCount: number, availableActions: Array<CaseAction>, id: string, trackingNo: string, kind: CaseKind, category: CaseCategory, channel: CaseChannel, title: string, state: CaseState, priority: CasePriority, complexity: CaseComplexity, officeNote: string | null, enterpriseId: string, enterpriseName: string, gridPath: Array<string>, leadDepartmentName: string | null, submittedAt: string, version: number, duplicateOf: { id: string, trackingNo: string } | null, contact: { name: string, phone: string, masked: boolean } | null, assignments: Array<{ id: string, departmentId: string, departmentName: string, role: AssignmentRole, state: AssignmentState, assignedAt: string, signDeadline: string | null, replyDeadline: string | null, originalReplyDeadline: string | null, signedAt: string | null, firstContactedAt: string | null, repliedAt: string | null, paused: boolean, note: string | null, opinion: string | null, draftResult: ReplyResult | null, draftText: string | null, draftInternalNote: string | null, pendingRequest: string | null, requestReason: string | null, requestDays: number | null, sentBackAt: string | null, version: number }>, attachments: Array<{ id: string, fileName: string, mimeType: string, size: number, thumbnail: string | null }>, timeline: Array<{ id: string, occurredAt: string, action: CaseAction, fromState: CaseState | null, toState: CaseState, actorRole: string, actorName: string | null, publicNote: string | null, internalNote: string | null, attachments: Array<{ id: string, fileName: string, mimeType: string, size: number, thumbnail: string | null }> }>, deadline: { dueAt: string, state: DeadlineState, workingDays: number } | null } };

export type MarkCaseDuplicateMutationVariables = Exact<{
  id: string | number;
  version: number;
  originalTrackingNo: string;
  note?: string | null | undefined;
}>;


export type MarkCaseDuplicateMutation = { markCaseDuplicate: { queryCode: string | null, content: string, misconductType: MisconductType | null, contactConsent: boolean, namedDepartmentId: string | null, namedDepartmentName: string | null, submitterName: string | null, acceptedAt: string | null, repliedAt: string | null, closedAt: string | null, replyResult: ReplyResult | null, replyText: string | null, reopenCount: number, availableActions: Array<CaseAction>, id: string, trackingNo: string, kind: CaseKind, category: CaseCategory, channel: CaseChannel, title: string, state: CaseState, priority: CasePriority, complexity: CaseComplexity, officeNote: string | null, enterpriseId: string, enterpriseName: string, gridPath: Array<string>, leadDepartmentName: string | null, submittedAt: string, version: number, duplicateOf: { id: string, trackingNo: string } | null, contact: { name: string, phone: string, masked: boolean } | null, assignments: Array<{ id: string, departmentId: string, departmentName: string, role: AssignmentRole, state: AssignmentState, assignedAt: string, signDeadline: string | null, replyDeadline: string | null, originalReplyDeadline: string | null, signedAt: string | null, firstContactedAt: string | null, repliedAt: string | null, paused: boolean, note: string | null, opinion: string | null, draftResult: ReplyResult | null, draftText: string | null, draftInternalNote: string | null, pendingRequest: string | null, requestReason: string | null, requestDays: number | null, sentBackAt: string | null, version: number }>, attachments: Array<{ id: string, fileName: string, mimeType: string, size: number, thumbnail: string | null }>, timeline: Array<{ id: string, occurredAt: string, action: CaseAction, fromState: CaseState | null, toState: CaseState, actorRole: string, actorName: string | null, publicNote: string | null, internalNote: string | null, attachments: Array<{ id: string, fileName: string, mimeType: string, size: number, thumbnail: string | null }> }>, deadline: { dueAt: string, state: DeadlineState, workingDays: number } | null } };

export type ReplyCaseDirectlyMutationVariables = Exact<{
  id: string | number;
  version: number;
  input: DirectReplyInput;
}>;


export type ReplyCaseDirectlyMutation = { replyCaseDirectly: { queryCode: string | null, content: string, misconductType: MisconductType | null, contactConsent: boolean, namedDepartmentId: string | null, namedDepartmentName: string | null, submitterName: string | null, acceptedAt: string | null, repliedAt: string | null, closedAt: string | null, replyResult: ReplyResult | null, replyText: string | null, reopenCount: number, availableActions: Array<CaseAction>, id: string, trackingNo: string, kind: CaseKind, category: CaseCategory, channel: CaseChannel, title: string, state: CaseState, priority: CasePriority, complexity: CaseComplexity, officeNote: string | null, enterpriseId: string, enterpriseName: string, gridPath: Array<string>, leadDepartmentName: string | null, submittedAt: string, version: number, duplicateOf: { id: string, trackingNo: string } | null, contact: { name: string, phone: string, masked: boolean } | null, assignments: Array<{ id: string, departmentId: string, departmentName: string, role: AssignmentRole, state: AssignmentState, assignedAt: string, signDeadline: string | null, replyDeadline: string | null, originalReplyDeadline: string | null, signedAt: string | null, firstContactedAt: string | null, repliedAt: string | null, paused: boolean, note: string | null, opinion: string | null, draftResult: ReplyResult | null, draftText: string | null, draftInternalNote: string | null, pendingRequest: string | null, requestReason: string | null, requestDays: number | null, sentBackAt: string | null, version: number }>, attachments: Array<{ id: string, fileName: string, mimeType: string, size: number, thumbnail: string | null }>, timeline: Array<{ id: string, occurredAt: string, action: CaseAction, fromState: CaseState | null, toState: CaseState, actorRole: string, actorName: string | null, publicNote: string | null, internalNote: string | null, attachments: Array<{ id: string, fileName: string, mimeType: string, size: number, thumbnail: string | null }> }>, deadline: { dueAt: string, state: DeadlineState, workingDays: number } | null } };

export type EnterCaseMutationVariables = Exact<{
  input: OfficeCaseInput;
}>;


export type EnterCaseMutation = { enterCase: { id: string, trackingNo: string } };

export type UploadAttachmentMutationVariables = Exact<{
  input: UploadAttachmentInput;
}>;


export type UploadAttachmentMutation = { uploadAttachment: { id: string, fileName: string, mimeType: string, size: number, thumbnail: string | null } };

export type EnterpriseCaseCountsQueryVariables = Exact<{
  enterpriseId: string | number;
}>;


export type EnterpriseCaseCountsQuery = { enterpriseCaseCounts: Array<{ state: CaseState, count: number }> };

export type ConditionDashboardQueryVariables = Exact<{
  month: string;
  gridId?: string | number | null | undefined;
}>;


export type ConditionDashboardQuery = { conditionDashboard: { month: string, dueDate: string, pastDue: boolean, enterprises: number, reported: number, missing: number, worsened: number, employees: number, outputValue: number, revenue: number, byGrid: Array<{ key: string, label: string, status: OperatingStatus | null, count: number }>, byIndustry: Array<{ key: string, label: string, status: OperatingStatus | null, count: number }>, trend: Array<{ month: string, reports: number, employees: number, outputValue: number, revenue: number }>, coverage: Array<{ gridId: string | null, gridName: string, enterprises: number, visited: number, visits: number, reported: number }> } };

export type ConditionEnterprisesQueryVariables = Exact<{
  filter: ConditionEnterpriseFilter;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ConditionEnterprisesQuery = { conditionEnterprises: { nextCursor: string | null, items: Array<{ id: string, name: string, gridName: string, industry: string, status: OperatingStatus | null, previousStatus: OperatingStatus | null, latestStatus: OperatingStatus | null, latestMonth: string | null, reported: boolean, visitedOn: string | null }> } };

export type EnterpriseConditionReportsQueryVariables = Exact<{
  enterpriseId: string | number;
  months?: number | null | undefined;
}>;


export type EnterpriseConditionReportsQuery = { enterpriseConditionReports: Array<{ id: string, month: string, operatingStatus: OperatingStatus, employees: number, outputValue: number, revenue: number, capacityUse: number, orderTrend: OrderTrend, difficulties: string, submittedAt: string, submittedByName: string, visitId: string | null, revisions: number, cases: Array<{ id: string, trackingNo: string, title: string, state: string }> }> };

export type EnterpriseConditionVisitsQueryVariables = Exact<{
  enterpriseId: string | number;
}>;


export type EnterpriseConditionVisitsQuery = { enterpriseConditionVisits: Array<{ id: string, visitedOn: string, findings: string, visitorName: string, reportId: string | null, photos: Array<{ id: string, fileName: string, thumbnail: string | null }> }> };

export type DepartmentFieldsFragment = { id: string, name: string, shortName: string, kind: DepartmentKind, contactPhone: string | null, active: boolean, version: number };

export type DepartmentsQueryVariables = Exact<{
  includeInactive: boolean;
}>;


export type DepartmentsQuery = { departments: Array<{ id: string, name: string, shortName: string, kind: DepartmentKind, contactPhone: string | null, active: boolean, version: number }> };

export type CreateDepartmentMutationVariables = Exact<{
  input: DepartmentInput;
}>;


export type CreateDepartmentMutation = { createDepartment: { id: string, name: string, shortName: string, kind: DepartmentKind, contactPhone: string | null, active: boolean, version: number } };

export type UpdateDepartmentMutationVariables = Exact<{
  id: string | number;
  input: DepartmentInput;
  version: number;
}>;


export type UpdateDepartmentMutation = { updateDepartment: { id: string, name: string, shortName: string, kind: DepartmentKind, contactPhone: string | null, active: boolean, version: number } };

export type SetDepartmentActiveMutationVariables = Exact<{
  id: string | number;
  active: boolean;
}>;


export type SetDepartmentActiveMutation = { setDepartmentActive: { id: string, name: string, shortName: string, kind: DepartmentKind, contactPhone: string | null, active: boolean, version: number } };

export type DispatchMatterFieldsFragment = { id: string, category: string, name: string, description: string, keywords: Array<string>, version: number, updatedAt: string, lead: { id: string, name: string, shortName: string, active: boolean }, co: Array<{ id: string, name: string, shortName: string, active: boolean }> };

export type TimeLimitsFieldsFragment = { category: string, priority: string, sign: number, firstContact: number, reply: number, replyComplex: number, review: number, custom: boolean, version: number };

export type DispatchMattersQueryVariables = Exact<{
  category?: string | null | undefined;
}>;


export type DispatchMattersQuery = { dispatchMatters: Array<{ id: string, category: string, name: string, description: string, keywords: Array<string>, version: number, updatedAt: string, lead: { id: string, name: string, shortName: string, active: boolean }, co: Array<{ id: string, name: string, shortName: string, active: boolean }> }> };

export type CreateDispatchMatterMutationVariables = Exact<{
  input: DispatchMatterInput;
}>;


export type CreateDispatchMatterMutation = { createDispatchMatter: { id: string, category: string, name: string, description: string, keywords: Array<string>, version: number, updatedAt: string, lead: { id: string, name: string, shortName: string, active: boolean }, co: Array<{ id: string, name: string, shortName: string, active: boolean }> } };

export type UpdateDispatchMatterMutationVariables = Exact<{
  id: string | number;
  input: DispatchMatterInput;
  version: number;
}>;


export type UpdateDispatchMatterMutation = { updateDispatchMatter: { id: string, category: string, name: string, description: string, keywords: Array<string>, version: number, updatedAt: string, lead: { id: string, name: string, shortName: string, active: boolean }, co: Array<{ id: string, name: string, shortName: string, active: boolean }> } };

export type RemoveDispatchMatterMutationVariables = Exact<{
  id: string | number;
  version: number;
}>;


export type RemoveDispatchMatterMutation = { removeDispatchMatter: boolean };

export type SuggestionShareQueryVariables = Exact<{
  from: string;
  to: string;
}>;


export type SuggestionShareQuery = { assignmentSuggestionShare: { assignments: number, suggested: number, tookFirst: number, share: number | null } };

export type TimeLimitsQueryVariables = Exact<{ [key: string]: never; }>;


export type TimeLimitsQuery = { timeLimits: Array<{ category: string, priority: string, sign: number, firstContact: number, reply: number, replyComplex: number, review: number, custom: boolean, version: number }> };

export type SaveTimeLimitsMutationVariables = Exact<{
  key: TimeLimitsKey;
  input: TimeLimitsInput;
  version: number;
}>;


export type SaveTimeLimitsMutation = { saveTimeLimits: { category: string, priority: string, sign: number, firstContact: number, reply: number, replyComplex: number, review: number, custom: boolean, version: number } };

export type ResetTimeLimitsMutationVariables = Exact<{
  key: TimeLimitsKey;
  version: number;
}>;


export type ResetTimeLimitsMutation = { resetTimeLimits: { category: string, priority: string, sign: number, firstContact: number, reply: number, replyComplex: number, review: number, custom: boolean, version: number } };

export type EnterpriseFieldsFragment = { id: string, name: string, creditCode: string, legalRepresentative: string, industry: Industry, scale: EnterpriseScale, status: EnterpriseStatus, address: string, gridId: string, gridPath: Array<string>, contactName: string, contactPhone: string, createdAt: string, updatedAt: string, version: number };

export type EnterprisesQueryVariables = Exact<{
  page?: EnterprisePageArgs | null | undefined;
}>;


export type EnterprisesQuery = { enterprises: { nextCursor: string | null, items: Array<{ id: string, name: string, creditCode: string, legalRepresentative: string, industry: Industry, scale: EnterpriseScale, status: EnterpriseStatus, address: string, gridId: string, gridPath: Array<string>, contactName: string, contactPhone: string, createdAt: string, updatedAt: string, version: number }> } };

export type EnterpriseQueryVariables = Exact<{
  id: string | number;
}>;


export type EnterpriseQuery = { enterprise: { id: string, name: string, creditCode: string, legalRepresentative: string, industry: Industry, scale: EnterpriseScale, status: EnterpriseStatus, address: string, gridId: string, gridPath: Array<string>, contactName: string, contactPhone: string, createdAt: string, updatedAt: string, version: number } };

export type EnterpriseAccountsQueryVariables = Exact<{
  enterpriseId: string | number;
}>;


export type EnterpriseAccountsQuery = { enterpriseAccounts: Array<{ id: string, displayName: string, username: string, mobile: string | null, manager: boolean, active: boolean }> };

export type EnterpriseHistoryQueryVariables = Exact<{
  enterpriseId: string | number;
}>;


export type EnterpriseHistoryQuery = { enterpriseHistory: Array<{ id: string, occurredAt: string, actorName: string | null, action: string, details: string | null }> };

export type CreateEnterpriseMutationVariables = Exact<{
  input: EnterpriseInput;
}>;


export type CreateEnterpriseMutation = { createEnterprise: { id: string, name: string, creditCode: string, legalRepresentative: string, industry: Industry, scale: EnterpriseScale, status: EnterpriseStatus, address: string, gridId: string, gridPath: Array<string>, contactName: string, contactPhone: string, createdAt: string, updatedAt: string, version: number } };

export type UpdateEnterpriseMutationVariables = Exact<{
  id: string | number;
  input: EnterpriseInput;
  version: number;
}>;


export type UpdateEnterpriseMutation = { updateEnterprise: { id: string, name: string, creditCode: string, legalRepresentative: string, industry: Industry, scale: EnterpriseScale, status: EnterpriseStatus, address: string, gridId: string, gridPath: Array<string>, contactName: string, contactPhone: string, createdAt: string, updatedAt: string, version: number } };

export type EnterpriseClaimFieldsFragment = { id: string, status: EnterpriseClaimStatus, enterpriseId: string, enterpriseName: string, creditCode: string, applicantName: string, applicantMobile: string, createdAt: string, decidedAt: string | null, rejectionReason: string | null };

export type EnterpriseClaimsQueryVariables = Exact<{
  status?: EnterpriseClaimStatus | null | undefined;
}>;


export type EnterpriseClaimsQuery = { enterpriseClaims: Array<{ id: string, status: EnterpriseClaimStatus, enterpriseId: string, enterpriseName: string, creditCode: string, applicantName: string, applicantMobile: string, createdAt: string, decidedAt: string | null, rejectionReason: string | null }> };

export type ApproveEnterpriseClaimMutationVariables = Exact<{
  id: string | number;
}>;


export type ApproveEnterpriseClaimMutation = { approveEnterpriseClaim: { id: string, status: EnterpriseClaimStatus, enterpriseId: string, enterpriseName: string, creditCode: string, applicantName: string, applicantMobile: string, createdAt: string, decidedAt: string | null, rejectionReason: string | null } };

export type RejectEnterpriseClaimMutationVariables = Exact<{
  id: string | number;
  reason: string;
}>;


export type RejectEnterpriseClaimMutation = { rejectEnterpriseClaim: { id: string, status: EnterpriseClaimStatus, enterpriseId: string, enterpriseName: string, creditCode: string, applicantName: string, applicantMobile: string, createdAt: string, decidedAt: string | null, rejectionReason: string | null } };

export type EnterpriseImportTemplateQueryVariables = Exact<{ [key: string]: never; }>;


export type EnterpriseImportTemplateQuery = { enterpriseImportTemplate: string };

export type ImportEnterprisesMutationVariables = Exact<{
  file: string;
}>;


export type ImportEnterprisesMutation = { importEnterprises: { imported: number, failed: Array<{ row: number, reasons: Array<string> }> } };

export type ExportFileFieldsFragment = { id: string, kind: ExportKind, status: ExportStatus, fileName: string, rows: number | null, createdAt: string, finishedAt: string | null, error: string | null, downloadUrl: string | null };

export type RequestCaseExportMutationVariables = Exact<{
  filter?: CaseFilter | null | undefined;
}>;


export type RequestCaseExportMutation = { requestCaseExport: { id: string, kind: ExportKind, status: ExportStatus, fileName: string, rows: number | null, createdAt: string, finishedAt: string | null, error: string | null, downloadUrl: string | null } };

export type RequestEnterpriseExportMutationVariables = Exact<{
  filter?: EnterpriseFilter | null | undefined;
}>;


export type RequestEnterpriseExportMutation = { requestEnterpriseExport: { id: string, kind: ExportKind, status: ExportStatus, fileName: string, rows: number | null, createdAt: string, finishedAt: string | null, error: string | null, downloadUrl: string | null } };

export type RequestAuditExportMutationVariables = Exact<{
  filter?: AuditLogFilter | null | undefined;
}>;


export type RequestAuditExportMutation = { requestAuditExport: { id: string, kind: ExportKind, status: ExportStatus, fileName: string, rows: number | null, createdAt: string, finishedAt: string | null, error: string | null, downloadUrl: string | null } };

export type RequestConditionExportMutationVariables = Exact<{
  month: string;
}>;


export type RequestConditionExportMutation = { requestConditionExport: { id: string, kind: ExportKind, status: ExportStatus, fileName: string, rows: number | null, createdAt: string, finishedAt: string | null, error: string | null, downloadUrl: string | null } };

export type RequestMonthlyReportExportMutationVariables = Exact<{
  month: string;
}>;


export type RequestMonthlyReportExportMutation = { requestMonthlyReportExport: { id: string, kind: ExportKind, status: ExportStatus, fileName: string, rows: number | null, createdAt: string, finishedAt: string | null, error: string | null, downloadUrl: string | null } };

export type MyExportsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyExportsQuery = { myExports: Array<{ id: string, kind: ExportKind, status: ExportStatus, fileName: string, rows: number | null, createdAt: string, finishedAt: string | null, error: string | null, downloadUrl: string | null }> };

export type GridOptionsQueryVariables = Exact<{
  includeInactive: boolean;
}>;


export type GridOptionsQuery = { grids: Array<{ id: string, name: string, code: string, level: number, parentId: string | null, active: boolean }> };

export type GridFieldsFragment = { id: string, name: string, code: string, level: number, parentId: string | null, path: Array<string>, active: boolean, enterpriseCount: number, version: number, heads: Array<{ id: string, displayName: string, mobile: string | null }> };

export type GridsQueryVariables = Exact<{ [key: string]: never; }>;


export type GridsQuery = { grids: Array<{ id: string, name: string, code: string, level: number, parentId: string | null, path: Array<string>, active: boolean, enterpriseCount: number, version: number, heads: Array<{ id: string, displayName: string, mobile: string | null }> }> };

export type CreateGridMutationVariables = Exact<{
  input: GridInput;
}>;


export type CreateGridMutation = { createGrid: { id: string, name: string, code: string, level: number, parentId: string | null, path: Array<string>, active: boolean, enterpriseCount: number, version: number, heads: Array<{ id: string, displayName: string, mobile: string | null }> } };

export type RenameGridMutationVariables = Exact<{
  id: string | number;
  name: string;
  code: string;
  version: number;
}>;


export type RenameGridMutation = { renameGrid: { id: string, name: string, code: string, level: number, parentId: string | null, path: Array<string>, active: boolean, enterpriseCount: number, version: number, heads: Array<{ id: string, displayName: string, mobile: string | null }> } };

export type MoveGridMutationVariables = Exact<{
  id: string | number;
  parentId: string | number;
  version: number;
}>;


export type MoveGridMutation = { moveGrid: { id: string, name: string, code: string, level: number, parentId: string | null, path: Array<string>, active: boolean, enterpriseCount: number, version: number, heads: Array<{ id: string, displayName: string, mobile: string | null }> } };

export type SetGridActiveMutationVariables = Exact<{
  id: string | number;
  active: boolean;
}>;


export type SetGridActiveMutation = { setGridActive: { id: string, name: string, code: string, level: number, parentId: string | null, path: Array<string>, active: boolean, enterpriseCount: number, version: number, heads: Array<{ id: string, displayName: string, mobile: string | null }> } };

export type RemoveGridMutationVariables = Exact<{
  id: string | number;
}>;


export type RemoveGridMutation = { removeGrid: boolean };

export type InspectionTeamFieldsFragment = { id: string, name: string, version: number, leader: { id: string, displayName: string }, members: Array<{ id: string, displayName: string }> };

export type InspectionTaskFieldsFragment = { id: string, title: string, focus: InspectionFocus, startsOn: string, endsOn: string, records: number, version: number, team: { id: string, name: string }, grid: { id: string, name: string } | null, department: { id: string, name: string } | null };

export type RectificationFieldsFragment = { id: string, findingId: string, findingDescription: string, suggestion: string, issuedAt: string, deadline: string, state: RectificationState, warning: string | null, report: string | null, evidence: string | null, reportedAt: string | null, returnReason: string | null, version: number, department: { id: string, name: string } };

export type InspectionRecordFindingFieldsFragment = { id: string, category: string, description: string, outcome: FindingOutcome, solution: string | null, caseTrackingNo: string | null, version: number, department: { id: string, name: string }, rectification: { id: string, state: RectificationState, deadline: string } | null };

export type InspectionRecordFieldsFragment = { id: string, taskId: string, inspectedOn: string, place: string, checked: string, inspector: { id: string, displayName: string }, photos: Array<{ id: string, fileName: string, thumbnail: string | null }>, findings: Array<{ id: string, category: string, description: string, outcome: FindingOutcome, solution: string | null, caseTrackingNo: string | null, version: number, department: { id: string, name: string }, rectification: { id: string, state: RectificationState, deadline: string } | null }> };

export type InspectionFigureFieldsFragment = { teamId: string | null, teamName: string | null, dispatched: number, inspectors: number, found: number, solved: number, suggested: number, onTime: number, overdue: number };

export type InspectionTeamsQueryVariables = Exact<{ [key: string]: never; }>;


export type InspectionTeamsQuery = { inspectionTeams: Array<{ id: string, name: string, version: number, leader: { id: string, displayName: string }, members: Array<{ id: string, displayName: string }> }> };

export type InspectionInspectorsQueryVariables = Exact<{ [key: string]: never; }>;


export type InspectionInspectorsQuery = { inspectionInspectors: Array<{ id: string, displayName: string }> };

export type CreateInspectionTeamMutationVariables = Exact<{
  input: InspectionTeamInput;
}>;


export type CreateInspectionTeamMutation = { createInspectionTeam: { id: string, name: string, version: number, leader: { id: string, displayName: string }, members: Array<{ id: string, displayName: string }> } };

export type UpdateInspectionTeamMutationVariables = Exact<{
  id: string | number;
  input: InspectionTeamInput;
  version: number;
}>;


export type UpdateInspectionTeamMutation = { updateInspectionTeam: { id: string, name: string, version: number, leader: { id: string, displayName: string }, members: Array<{ id: string, displayName: string }> } };

export type InspectionTasksQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type InspectionTasksQuery = { inspectionTasks: { nextCursor: string | null, items: Array<{ id: string, title: string, focus: InspectionFocus, startsOn: string, endsOn: string, records: number, version: number, team: { id: string, name: string }, grid: { id: string, name: string } | null, department: { id: string, name: string } | null }> } };

export type CreateInspectionTaskMutationVariables = Exact<{
  input: InspectionTaskInput;
}>;


export type CreateInspectionTaskMutation = { createInspectionTask: { id: string, title: string, focus: InspectionFocus, startsOn: string, endsOn: string, records: number, version: number, team: { id: string, name: string }, grid: { id: string, name: string } | null, department: { id: string, name: string } | null } };

export type InspectionRecordsQueryVariables = Exact<{
  taskId: string | number;
  first: number;
  after?: string | null | undefined;
}>;


export type InspectionRecordsQuery = { inspectionRecords: { nextCursor: string | null, items: Array<{ id: string, taskId: string, inspectedOn: string, place: string, checked: string, inspector: { id: string, displayName: string }, photos: Array<{ id: string, fileName: string, thumbnail: string | null }>, findings: Array<{ id: string, category: string, description: string, outcome: FindingOutcome, solution: string | null, caseTrackingNo: string | null, version: number, department: { id: string, name: string }, rectification: { id: string, state: RectificationState, deadline: string } | null }> }> } };

export type CreateInspectionRecordMutationVariables = Exact<{
  input: InspectionRecordInput;
}>;


export type CreateInspectionRecordMutation = { createInspectionRecord: { id: string, taskId: string, inspectedOn: string, place: string, checked: string, inspector: { id: string, displayName: string }, photos: Array<{ id: string, fileName: string, thumbnail: string | null }>, findings: Array<{ id: string, category: string, description: string, outcome: FindingOutcome, solution: string | null, caseTrackingNo: string | null, version: number, department: { id: string, name: string }, rectification: { id: string, state: RectificationState, deadline: string } | null }> } };

export type UploadInspectionPhotoMutationVariables = Exact<{
  input: UploadAttachmentInput;
}>;


export type UploadInspectionPhotoMutation = { uploadInspectionPhoto: { id: string, fileName: string, thumbnail: string | null } };

export type InspectionFindingEnterprisesQueryVariables = Exact<{
  findingId: string | number;
  keyword?: string | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;


export type InspectionFindingEnterprisesQuery = { inspectionFindingEnterprises: { nextCursor: string | null, items: Array<{ id: string, name: string, creditCode: string, gridName: string }> } };

export type SolveFindingOnSpotMutationVariables = Exact<{
  id: string | number;
  version: number;
  solution: string;
}>;


export type SolveFindingOnSpotMutation = { solveFindingOnSpot: { id: string, category: string, description: string, outcome: FindingOutcome, solution: string | null, caseTrackingNo: string | null, version: number, department: { id: string, name: string }, rectification: { id: string, state: RectificationState, deadline: string } | null } };

export type FileFindingAsCaseMutationVariables = Exact<{
  id: string | number;
  version: number;
  input: FindingCaseInput;
}>;


export type FileFindingAsCaseMutation = { fileFindingAsCase: { id: string, category: string, description: string, outcome: FindingOutcome, solution: string | null, caseTrackingNo: string | null, version: number, department: { id: string, name: string }, rectification: { id: string, state: RectificationState, deadline: string } | null } };

export type SuggestRectificationMutationVariables = Exact<{
  id: string | number;
  version: number;
  input: RectificationSuggestionInput;
}>;


export type SuggestRectificationMutation = { suggestRectification: { id: string, category: string, description: string, outcome: FindingOutcome, solution: string | null, caseTrackingNo: string | null, version: number, department: { id: string, name: string }, rectification: { id: string, state: RectificationState, deadline: string } | null } };

export type RectificationsQueryVariables = Exact<{
  state?: RectificationState | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;


export type RectificationsQuery = { rectifications: { nextCursor: string | null, items: Array<{ id: string, findingId: string, findingDescription: string, suggestion: string, issuedAt: string, deadline: string, state: RectificationState, warning: string | null, report: string | null, evidence: string | null, reportedAt: string | null, returnReason: string | null, version: number, department: { id: string, name: string } }> } };

export type ReportRectificationMutationVariables = Exact<{
  id: string | number;
  version: number;
  input: RectificationReportInput;
}>;


export type ReportRectificationMutation = { reportRectification: { id: string, findingId: string, findingDescription: string, suggestion: string, issuedAt: string, deadline: string, state: RectificationState, warning: string | null, report: string | null, evidence: string | null, reportedAt: string | null, returnReason: string | null, version: number, department: { id: string, name: string } } };

export type AcceptRectificationMutationVariables = Exact<{
  id: string | number;
  version: number;
}>;


export type AcceptRectificationMutation = { acceptRectification: { id: string, findingId: string, findingDescription: string, suggestion: string, issuedAt: string, deadline: string, state: RectificationState, warning: string | null, report: string | null, evidence: string | null, reportedAt: string | null, returnReason: string | null, version: number, department: { id: string, name: string } } };

export type SendBackRectificationMutationVariables = Exact<{
  id: string | number;
  version: number;
  reason: string;
}>;


export type SendBackRectificationMutation = { sendBackRectification: { id: string, findingId: string, findingDescription: string, suggestion: string, issuedAt: string, deadline: string, state: RectificationState, warning: string | null, report: string | null, evidence: string | null, reportedAt: string | null, returnReason: string | null, version: number, department: { id: string, name: string } } };

export type InspectionFiguresQueryVariables = Exact<{
  period: InspectionPeriodInput;
}>;


export type InspectionFiguresQuery = { inspectionFigures: { total: { teamId: string | null, teamName: string | null, dispatched: number, inspectors: number, found: number, solved: number, suggested: number, onTime: number, overdue: number }, teams: Array<{ teamId: string | null, teamName: string | null, dispatched: number, inspectors: number, found: number, solved: number, suggested: number, onTime: number, overdue: number }> } };

export type InspectionFigureFindingsQueryVariables = Exact<{
  period: InspectionPeriodInput;
  figure: InspectionFigure;
  teamId?: string | number | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;


export type InspectionFigureFindingsQuery = { inspectionFigureFindings: { nextCursor: string | null, items: Array<{ id: string, inspectedOn: string, place: string, category: string, description: string, outcome: FindingOutcome, department: { id: string, name: string } }> } };

export type JobQueueFieldsFragment = { name: string, schedule: string | null, lastRunAt: string | null, nextRunAt: string | null, queued: number, active: number, failed: number, failures: Array<{ id: string, queue: string, error: string, attempts: number, failedAt: string }> };

export type BackgroundJobsQueryVariables = Exact<{ [key: string]: never; }>;


export type BackgroundJobsQuery = { backgroundJobs: Array<{ name: string, schedule: string | null, lastRunAt: string | null, nextRunAt: string | null, queued: number, active: number, failed: number, failures: Array<{ id: string, queue: string, error: string, attempts: number, failedAt: string }> }> };

export type RetryJobMutationVariables = Exact<{
  queue: string;
  id: string | number;
}>;


export type RetryJobMutation = { retryJob: { name: string, schedule: string | null, lastRunAt: string | null, nextRunAt: string | null, queued: number, active: number, failed: number, failures: Array<{ id: string, queue: string, error: string, attempts: number, failedAt: string }> } };

export type SentMessagesQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  channel?: MessageChannel | null | undefined;
}>;


export type SentMessagesQuery = { sentMessages: { nextCursor: string | null, items: Array<{ id: string, channel: MessageChannel, recipient: string, subject: string | null, body: string, sentAt: string }> } };

export type MonthlyReportQueryVariables = Exact<{
  month: string;
}>;


export type MonthlyReportQuery = { monthlyReport: { month: string, generatedAt: string, figures: { from: string, to: string, received: number, closed: number, previousReceived: number, previousClosed: number, open: number, overdue: number, rates: { repliedOnTime: { numerator: number, denominator: number, rate: number | null }, resolution: { numerator: number, denominator: number, rate: number | null }, satisfaction: { numerator: number, denominator: number, rate: number | null } }, previousRates: { repliedOnTime: { numerator: number, denominator: number, rate: number | null }, resolution: { numerator: number, denominator: number, rate: number | null }, satisfaction: { numerator: number, denominator: number, rate: number | null } }, byCategory: Array<{ key: string, received: number, closed: number, previousReceived: number }>, byGrid: Array<{ key: string, name: string, received: number, closed: number, previousReceived: number }>, hotKeywords: Array<{ key: string, count: number, previous: number }> }, ranking: { rankedCount: number, weights: { minSample: number }, rows: Array<{ departmentId: string, departmentName: string, current: { assigned: number, closed: number, returned: number, extended: number, reopened: number, sentBack: number, overdue: number, overdueSuggestions: number, score: number | null, ranked: boolean, rank: number | null, signedOnTime: { numerator: number, denominator: number, rate: number | null }, contactedOnTime: { numerator: number, denominator: number, rate: number | null }, repliedOnTime: { numerator: number, denominator: number, rate: number | null }, resolution: { numerator: number, denominator: number, rate: number | null }, satisfaction: { numerator: number, denominator: number, rate: number | null } }, previous: { rank: number | null, score: number | null } }> }, typicalCases: Array<{ kind: TypicalCaseKind, id: string, trackingNo: string, title: string, category: string, enterpriseName: string, departmentName: string | null, state: string, count: number }>, notices: Array<{ id: string, title: string, body: string, publishedAt: string }>, accountability: { people: number, departments: number, rows: Array<{ type: AccountabilityType, people: number, departments: number }> }, records: Array<{ id: string, subjectKind: AccountabilitySubject, officialName: string | null, officialPost: string | null, type: AccountabilityType, reason: string, decidedOn: string, decidedBy: string, department: { id: string, name: string } }> } };

export type ScorecardRateFieldsFragment = { numerator: number, denominator: number, rate: number | null };

export type ScorecardFiguresFieldsFragment = { assigned: number, closed: number, returned: number, extended: number, reopened: number, sentBack: number, overdue: number, overdueSuggestions: number, score: number | null, ranked: boolean, rank: number | null, signedOnTime: { numerator: number, denominator: number, rate: number | null }, contactedOnTime: { numerator: number, denominator: number, rate: number | null }, repliedOnTime: { numerator: number, denominator: number, rate: number | null }, resolution: { numerator: number, denominator: number, rate: number | null }, satisfaction: { numerator: number, denominator: number, rate: number | null } };

export type ScorecardWeightsFieldsFragment = { signWeight: number, contactWeight: number, replyWeight: number, resolutionWeight: number, satisfactionWeight: number, minSample: number, version: number };

export type ScorecardQueryVariables = Exact<{
  period: ScorecardPeriodInput;
}>;


export type ScorecardQuery = { scorecard: { from: string, to: string, previousFrom: string, previousTo: string, rankedCount: number, weights: { signWeight: number, contactWeight: number, replyWeight: number, resolutionWeight: number, satisfactionWeight: number, minSample: number, version: number }, rows: Array<{ departmentId: string, departmentName: string, current: { assigned: number, closed: number, returned: number, extended: number, reopened: number, sentBack: number, overdue: number, overdueSuggestions: number, score: number | null, ranked: boolean, rank: number | null, signedOnTime: { numerator: number, denominator: number, rate: number | null }, contactedOnTime: { numerator: number, denominator: number, rate: number | null }, repliedOnTime: { numerator: number, denominator: number, rate: number | null }, resolution: { numerator: number, denominator: number, rate: number | null }, satisfaction: { numerator: number, denominator: number, rate: number | null } }, previous: { assigned: number, closed: number, returned: number, extended: number, reopened: number, sentBack: number, overdue: number, overdueSuggestions: number, score: number | null, ranked: boolean, rank: number | null, signedOnTime: { numerator: number, denominator: number, rate: number | null }, contactedOnTime: { numerator: number, denominator: number, rate: number | null }, repliedOnTime: { numerator: number, denominator: number, rate: number | null }, resolution: { numerator: number, denominator: number, rate: number | null }, satisfaction: { numerator: number, denominator: number, rate: number | null } } }> } };

export type ScorecardCasesQueryVariables = Exact<{
  period: ScorecardPeriodInput;
  drill: ScorecardDrillInput;
  after?: string | null | undefined;
}>;


export type ScorecardCasesQuery = { scorecardCases: { nextCursor: string | null, items: Array<{ caseId: string, trackingNo: string, title: string, state: string, day: string }> } };

export type ScorecardPreviewQueryVariables = Exact<{
  period: ScorecardPeriodInput;
  weights: ScorecardWeightsInput;
}>;


export type ScorecardPreviewQuery = { scorecardPreview: Array<{ departmentId: string, departmentName: string, score: number | null, rank: number | null, previewScore: number | null, previewRank: number | null }> };

export type SaveScorecardWeightsMutationVariables = Exact<{
  weights: ScorecardWeightsInput;
  version: number;
}>;


export type SaveScorecardWeightsMutation = { saveScorecardWeights: { signWeight: number, contactWeight: number, replyWeight: number, resolutionWeight: number, satisfactionWeight: number, minSample: number, version: number } };

export type DashboardCountFieldsFragment = { key: string, name: string, received: number, closed: number, previousReceived: number, previousClosed: number };

export type DashboardRatesFieldsFragment = { repliedOnTime: { numerator: number, denominator: number, rate: number | null }, resolution: { numerator: number, denominator: number, rate: number | null }, satisfaction: { numerator: number, denominator: number, rate: number | null } };

export type DashboardQueryVariables = Exact<{
  period: ScorecardPeriodInput;
  filter?: DashboardFilterInput | null | undefined;
}>;


export type DashboardQuery = { dashboard: { from: string, to: string, previousFrom: string, previousTo: string, received: number, closed: number, previousReceived: number, previousClosed: number, open: number, overdue: number, rates: { repliedOnTime: { numerator: number, denominator: number, rate: number | null }, resolution: { numerator: number, denominator: number, rate: number | null }, satisfaction: { numerator: number, denominator: number, rate: number | null } }, previousRates: { repliedOnTime: { numerator: number, denominator: number, rate: number | null }, resolution: { numerator: number, denominator: number, rate: number | null }, satisfaction: { numerator: number, denominator: number, rate: number | null } }, series: Array<{ bucket: string, received: number, closed: number, repliedOnTime: { numerator: number, denominator: number, rate: number | null }, resolution: { numerator: number, denominator: number, rate: number | null }, satisfaction: { numerator: number, denominator: number, rate: number | null } }>, byKind: Array<{ key: string, name: string, received: number, closed: number, previousReceived: number, previousClosed: number }>, byCategory: Array<{ key: string, name: string, received: number, closed: number, previousReceived: number, previousClosed: number }>, byGrid: Array<{ key: string, name: string, received: number, closed: number, previousReceived: number, previousClosed: number }>, byDepartment: Array<{ departmentId: string, name: string, assigned: number, closed: number, overdue: number, overdueNow: number }>, overdueCases: Array<{ id: string, trackingNo: string, title: string, state: string, departmentName: string | null, dueAt: string }>, hotKeywords: Array<{ key: string, count: number, previous: number }>, hotCategories: Array<{ key: string, count: number, previous: number }> } };

export type ServicePointFieldsFragment = { id: string, kind: ServicePointKind, name: string, gridId: string, gridPath: Array<string>, address: string, phone: string, openingHours: string, services: Array<string>, active: boolean, version: number };

export type ServicePointsAdminQueryVariables = Exact<{ [key: string]: never; }>;


export type ServicePointsAdminQuery = { servicePointsAdmin: Array<{ id: string, kind: ServicePointKind, name: string, gridId: string, gridPath: Array<string>, address: string, phone: string, openingHours: string, services: Array<string>, active: boolean, version: number }> };

export type CreateServicePointMutationVariables = Exact<{
  input: ServicePointInput;
}>;


export type CreateServicePointMutation = { createServicePoint: { id: string, kind: ServicePointKind, name: string, gridId: string, gridPath: Array<string>, address: string, phone: string, openingHours: string, services: Array<string>, active: boolean, version: number } };

export type UpdateServicePointMutationVariables = Exact<{
  id: string | number;
  input: ServicePointInput;
  version: number;
}>;


export type UpdateServicePointMutation = { updateServicePoint: { id: string, kind: ServicePointKind, name: string, gridId: string, gridPath: Array<string>, address: string, phone: string, openingHours: string, services: Array<string>, active: boolean, version: number } };

export type SetServicePointActiveMutationVariables = Exact<{
  id: string | number;
  active: boolean;
}>;


export type SetServicePointActiveMutation = { setServicePointActive: { id: string, kind: ServicePointKind, name: string, gridId: string, gridPath: Array<string>, address: string, phone: string, openingHours: string, services: Array<string>, active: boolean, version: number } };

export type SupervisionBoardQueryVariables = Exact<{
  filter?: SupervisionFilter | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;


export type SupervisionBoardQuery = { supervisionBoard: { nextCursor: string | null, items: Array<{ id: string, kind: SupervisionKind, step: WarningStep | null, colour: WarningColour | null, reason: string | null, deadline: string | null, raisedAt: string, overdueWorkingDays: number | null, caseId: string | null, trackingNo: string | null, caseTitle: string | null, caseState: string | null, suggestionId: string | null, suggestion: string | null, departmentId: string | null, departmentName: string | null, gridId: string | null, gridName: string | null }> } };

export type SupervisionCountsQueryVariables = Exact<{
  filter?: SupervisionFilter | null | undefined;
}>;


export type SupervisionCountsQuery = { supervisionCounts: Array<{ departmentId: string | null, departmentName: string | null, total: number, red: number, yellow: number, inaction: number, slowAction: number, wrongAction: number, complaint: number }> };

export type CaseSupervisionFieldsFragment = { id: string, caseId: string, trackingNo: string, caseTitle: string, departmentId: string, departmentName: string, level: SupervisionLevel, note: string, dueDate: string, issuedAt: string, issuedByName: string, acknowledgedAt: string | null, acknowledgedByName: string | null, acknowledgeNote: string | null };

export type CaseSupervisionsQueryVariables = Exact<{
  caseId: string | number;
}>;


export type CaseSupervisionsQuery = { caseSupervisions: Array<{ id: string, caseId: string, trackingNo: string, caseTitle: string, departmentId: string, departmentName: string, level: SupervisionLevel, note: string, dueDate: string, issuedAt: string, issuedByName: string, acknowledgedAt: string | null, acknowledgedByName: string | null, acknowledgeNote: string | null }> };

export type PendingSupervisionsQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type PendingSupervisionsQuery = { pendingSupervisions: { nextCursor: string | null, items: Array<{ id: string, caseId: string, trackingNo: string, caseTitle: string, departmentId: string, departmentName: string, level: SupervisionLevel, note: string, dueDate: string, issuedAt: string, issuedByName: string, acknowledgedAt: string | null, acknowledgedByName: string | null, acknowledgeNote: string | null }> } };

export type SuperviseCaseMutationVariables = Exact<{
  id: string | number;
  version: number;
  input: SuperviseCaseInput;
}>;


export type SuperviseCaseMutation = { superviseCase: { queryCode: string | null, content: string, misconductType: MisconductType | null, contactConsent: boolean, namedDepartmentId: string | null, namedDepartmentName: string | null, submitterName: string | null, acceptedAt: string | null, repliedAt: string | null, closedAt: string | null, replyResult: ReplyResult | null, replyText: string | null, reopenCount: number, availableActions: Array<CaseAction>, id: string, trackingNo: string, kind: CaseKind, category: CaseCategory, channel: CaseChannel, title: string, state: CaseState, priority: CasePriority, complexity: CaseComplexity, officeNote: string | null, enterpriseId: string, enterpriseName: string, gridPath: Array<string>, leadDepartmentName: string | null, submittedAt: string, version: number, duplicateOf: { id: string, trackingNo: string } | null, contact: { name: string, phone: string, masked: boolean } | null, assignments: Array<{ id: string, departmentId: string, departmentName: string, role: AssignmentRole, state: AssignmentState, assignedAt: string, signDeadline: string | null, replyDeadline: string | null, originalReplyDeadline: string | null, signedAt: string | null, firstContactedAt: string | null, repliedAt: string | null, paused: boolean, note: string | null, opinion: string | null, draftResult: ReplyResult | null, draftText: string | null, draftInternalNote: string | null, pendingRequest: string | null, requestReason: string | null, requestDays: number | null, sentBackAt: string | null, version: number }>, attachments: Array<{ id: string, fileName: string, mimeType: string, size: number, thumbnail: string | null }>, timeline: Array<{ id: string, occurredAt: string, action: CaseAction, fromState: CaseState | null, toState: CaseState, actorRole: string, actorName: string | null, publicNote: string | null, internalNote: string | null, attachments: Array<{ id: string, fileName: string, mimeType: string, size: number, thumbnail: string | null }> }>, deadline: { dueAt: string, state: DeadlineState, workingDays: number } | null } };

export type UrgeCaseMutationVariables = Exact<{
  id: string | number;
  version: number;
  note: string;
}>;


export type UrgeCaseMutation = { urgeCase: { queryCode: string | null, content: string, misconductType: MisconductType | null, contactConsent: boolean, namedDepartmentId: string | null, namedDepartmentName: string | null, submitterName: string | null, acceptedAt: string | null, repliedAt: string | null, closedAt: string | null, replyResult: ReplyResult | null, replyText: string | null, reopenCount: number, availableActions: Array<CaseAction>, id: string, trackingNo: string, kind: CaseKind, category: CaseCategory, channel: CaseChannel, title: string, state: CaseState, priority: CasePriority, complexity: CaseComplexity, officeNote: string | null, enterpriseId: string, enterpriseName: string, gridPath: Array<string>, leadDepartmentName: string | null, submittedAt: string, version: number, duplicateOf: { id: string, trackingNo: string } | null, contact: { name: string, phone: string, masked: boolean } | null, assignments: Array<{ id: string, departmentId: string, departmentName: string, role: AssignmentRole, state: AssignmentState, assignedAt: string, signDeadline: string | null, replyDeadline: string | null, originalReplyDeadline: string | null, signedAt: string | null, firstContactedAt: string | null, repliedAt: string | null, paused: boolean, note: string | null, opinion: string | null, draftResult: ReplyResult | null, draftText: string | null, draftInternalNote: string | null, pendingRequest: string | null, requestReason: string | null, requestDays: number | null, sentBackAt: string | null, version: number }>, attachments: Array<{ id: string, fileName: string, mimeType: string, size: number, thumbnail: string | null }>, timeline: Array<{ id: string, occurredAt: string, action: CaseAction, fromState: CaseState | null, toState: CaseState, actorRole: string, actorName: string | null, publicNote: string | null, internalNote: string | null, attachments: Array<{ id: string, fileName: string, mimeType: string, size: number, thumbnail: string | null }> }>, deadline: { dueAt: string, state: DeadlineState, workingDays: number } | null } };

export type AcknowledgeSupervisionMutationVariables = Exact<{
  id: string | number;
  version: number;
  note?: string | null | undefined;
}>;


export type AcknowledgeSupervisionMutation = { acknowledgeSupervision: { queryCode: string | null, content: string, misconductType: MisconductType | null, contactConsent: boolean, namedDepartmentId: string | null, namedDepartmentName: string | null, submitterName: string | null, acceptedAt: string | null, repliedAt: string | null, closedAt: string | null, replyResult: ReplyResult | null, replyText: string | null, reopenCount: number, availableActions: Array<CaseAction>, id: string, trackingNo: string, kind: CaseKind, category: CaseCategory, channel: CaseChannel, title: string, state: CaseState, priority: CasePriority, complexity: CaseComplexity, officeNote: string | null, enterpriseId: string, enterpriseName: string, gridPath: Array<string>, leadDepartmentName: string | null, submittedAt: string, version: number, duplicateOf: { id: string, trackingNo: string } | null, contact: { name: string, phone: string, masked: boolean } | null, assignments: Array<{ id: string, departmentId: string, departmentName: string, role: AssignmentRole, state: AssignmentState, assignedAt: string, signDeadline: string | null, replyDeadline: string | null, originalReplyDeadline: string | null, signedAt: string | null, firstContactedAt: string | null, repliedAt: string | null, paused: boolean, note: string | null, opinion: string | null, draftResult: ReplyResult | null, draftText: string | null, draftInternalNote: string | null, pendingRequest: string | null, requestReason: string | null, requestDays: number | null, sentBackAt: string | null, version: number }>, attachments: Array<{ id: string, fileName: string, mimeType: string, size: number, thumbnail: string | null }>, timeline: Array<{ id: string, occurredAt: string, action: CaseAction, fromState: CaseState | null, toState: CaseState, actorRole: string, actorName: string | null, publicNote: string | null, internalNote: string | null, attachments: Array<{ id: string, fileName: string, mimeType: string, size: number, thumbnail: string | null }> }>, deadline: { dueAt: string, state: DeadlineState, workingDays: number } | null } };

export type SupervisionBoardChangedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type SupervisionBoardChangedSubscription = { supervisionBoardChanged: { raised: number } };

export type UserFieldsFragment = { id: string, username: string, displayName: string, mobile: string | null, email: string | null, roles: Array<Role>, active: boolean, departmentId: string | null, departmentName: string | null, gridId: string | null, enterpriseId: string | null, createdAt: string };

export type UsersQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  keyword?: string | null | undefined;
}>;


export type UsersQuery = { users: { nextCursor: string | null, items: Array<{ id: string, username: string, displayName: string, mobile: string | null, email: string | null, roles: Array<Role>, active: boolean, departmentId: string | null, departmentName: string | null, gridId: string | null, enterpriseId: string | null, createdAt: string }> } };

export type CreateUserMutationVariables = Exact<{
  input: NewUserInput;
}>;


export type CreateUserMutation = { createUser: { id: string, username: string, displayName: string, mobile: string | null, email: string | null, roles: Array<Role>, active: boolean, departmentId: string | null, departmentName: string | null, gridId: string | null, enterpriseId: string | null, createdAt: string } };

export type UpdateUserMutationVariables = Exact<{
  id: string | number;
  input: UserInput;
}>;


export type UpdateUserMutation = { updateUser: { id: string, username: string, displayName: string, mobile: string | null, email: string | null, roles: Array<Role>, active: boolean, departmentId: string | null, departmentName: string | null, gridId: string | null, enterpriseId: string | null, createdAt: string } };

export type ResetUserPasswordMutationVariables = Exact<{
  input: ResetPasswordInput;
}>;


export type ResetUserPasswordMutation = { resetUserPassword: { id: string, username: string, displayName: string, mobile: string | null, email: string | null, roles: Array<Role>, active: boolean, departmentId: string | null, departmentName: string | null, gridId: string | null, enterpriseId: string | null, createdAt: string } };

export type SetUserActiveMutationVariables = Exact<{
  userId: string | number;
  active: boolean;
}>;


export type SetUserActiveMutation = { setUserActive: { id: string, username: string, displayName: string, mobile: string | null, email: string | null, roles: Array<Role>, active: boolean, departmentId: string | null, departmentName: string | null, gridId: string | null, enterpriseId: string | null, createdAt: string } };

export type OfficeWorkbenchCountsQueryVariables = Exact<{ [key: string]: never; }>;


export type OfficeWorkbenchCountsQuery = { officeWorkbenchCounts: { toAccept: number, toAssign: number, toReview: number, disputes: number, extensionRequests: number, returnRequests: number, overdue: number } };

export type DepartmentWorkbenchCountsQueryVariables = Exact<{ [key: string]: never; }>;


export type DepartmentWorkbenchCountsQuery = { departmentWorkbenchCounts: { TO_SIGN: number, IN_PROGRESS: number, AWAITING_LEADER: number, SENT_BACK: number, CO_HANDLING: number, OVERDUE: number } };

export type DepartmentWorkbenchQueryVariables = Exact<{
  queue: DepartmentQueue;
  first: number;
  after?: string | null | undefined;
}>;


export type DepartmentWorkbenchQuery = { departmentWorkbench: { nextCursor: string | null, items: Array<{ case: { id: string, trackingNo: string, title: string, kind: CaseKind, enterpriseName: string }, assignment: { id: string, role: AssignmentRole, state: AssignmentState, paused: boolean }, deadline: { dueAt: string, state: DeadlineState, workingDays: number } | null }> } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const AccountabilityRecordFieldsFragmentDoc = new TypedDocumentString(`
    fragment AccountabilityRecordFields on AccountabilityRecord {
  id
  subjectKind
  department {
    id
    name
  }
  officialName
  officialPost
  type
  reason
  cases {
    id
    trackingNo
    title
    enterpriseName
  }
  decidedOn
  decidedBy
  publishedNotices
  version
}
    `, {"fragmentName":"AccountabilityRecordFields"}) as unknown as TypedDocumentString<AccountabilityRecordFieldsFragment, unknown>;
export const PublicNoticeItemFieldsFragmentDoc = new TypedDocumentString(`
    fragment PublicNoticeItemFields on PublicNoticeItem {
  type
  subjectKind
  departmentName
  officialName
  officialPost
  decidedOn
}
    `, {"fragmentName":"PublicNoticeItemFields"}) as unknown as TypedDocumentString<PublicNoticeItemFieldsFragment, unknown>;
export const ViewerFieldsFragmentDoc = new TypedDocumentString(`
    fragment ViewerFields on Viewer {
  id
  username
  displayName
  mobile
  roles
  mustChangePassword
  organisationName
}
    `, {"fragmentName":"ViewerFields"}) as unknown as TypedDocumentString<ViewerFieldsFragment, unknown>;
export const HolidayYearFieldsFragmentDoc = new TypedDocumentString(`
    fragment HolidayYearFields on HolidayYear {
  year
  off {
    name
    from
    to
  }
  work
  version
  updatedAt
}
    `, {"fragmentName":"HolidayYearFields"}) as unknown as TypedDocumentString<HolidayYearFieldsFragment, unknown>;
export const DepartmentSuggestionFieldsFragmentDoc = new TypedDocumentString(`
    fragment DepartmentSuggestionFields on DepartmentSuggestion {
  score
  department {
    id
    name
    shortName
    active
  }
  reasons {
    source
    matterId
    matterName
    words
    caseCount
  }
}
    `, {"fragmentName":"DepartmentSuggestionFields"}) as unknown as TypedDocumentString<DepartmentSuggestionFieldsFragment, unknown>;
export const CaseRowFieldsFragmentDoc = new TypedDocumentString(`
    fragment CaseRowFields on Case {
  id
  trackingNo
  kind
  category
  channel
  title
  state
  priority
  complexity
  officeNote
  enterpriseId
  enterpriseName
  gridPath
  leadDepartmentName
  submittedAt
  deadline {
    dueAt
    state
    workingDays
  }
  version
}
    `, {"fragmentName":"CaseRowFields"}) as unknown as TypedDocumentString<CaseRowFieldsFragment, unknown>;
export const CaseContactFieldsFragmentDoc = new TypedDocumentString(`
    fragment CaseContactFields on CaseContact {
  name
  phone
  masked
}
    `, {"fragmentName":"CaseContactFields"}) as unknown as TypedDocumentString<CaseContactFieldsFragment, unknown>;
export const CaseAssignmentFieldsFragmentDoc = new TypedDocumentString(`
    fragment CaseAssignmentFields on CaseAssignment {
  id
  departmentId
  departmentName
  role
  state
  assignedAt
  signDeadline
  replyDeadline
  originalReplyDeadline
  signedAt
  firstContactedAt
  repliedAt
  paused
  note
  opinion
  draftResult
  draftText
  draftInternalNote
  pendingRequest
  requestReason
  requestDays
  sentBackAt
  version
}
    `, {"fragmentName":"CaseAssignmentFields"}) as unknown as TypedDocumentString<CaseAssignmentFieldsFragment, unknown>;
export const CaseAttachmentFieldsFragmentDoc = new TypedDocumentString(`
    fragment CaseAttachmentFields on Attachment {
  id
  fileName
  mimeType
  size
  thumbnail
}
    `, {"fragmentName":"CaseAttachmentFields"}) as unknown as TypedDocumentString<CaseAttachmentFieldsFragment, unknown>;
export const CaseFieldsFragmentDoc = new TypedDocumentString(`
    fragment CaseFields on Case {
  ...CaseRowFields
  queryCode
  content
  misconductType
  contactConsent
  namedDepartmentId
  namedDepartmentName
  submitterName
  acceptedAt
  repliedAt
  closedAt
  duplicateOf {
    id
    trackingNo
  }
  replyResult
  replyText
  reopenCount
  availableActions
  contact {
    ...CaseContactFields
  }
  assignments {
    ...CaseAssignmentFields
  }
  attachments {
    ...CaseAttachmentFields
  }
  timeline {
    id
    occurredAt
    action
    fromState
    toState
    actorRole
    actorName
    publicNote
    internalNote
    attachments {
      ...CaseAttachmentFields
    }
  }
}
    fragment CaseRowFields on Case {
  id
  trackingNo
  kind
  category
  channel
  title
  state
  priority
  complexity
  officeNote
  enterpriseId
  enterpriseName
  gridPath
  leadDepartmentName
  submittedAt
  deadline {
    dueAt
    state
    workingDays
  }
  version
}
fragment CaseAttachmentFields on Attachment {
  id
  fileName
  mimeType
  size
  thumbnail
}
fragment CaseContactFields on CaseContact {
  name
  phone
  masked
}
fragment CaseAssignmentFields on CaseAssignment {
  id
  departmentId
  departmentName
  role
  state
  assignedAt
  signDeadline
  replyDeadline
  originalReplyDeadline
  signedAt
  firstContactedAt
  repliedAt
  paused
  note
  opinion
  draftResult
  draftText
  draftInternalNote
  pendingRequest
  requestReason
  requestDays
  sentBackAt
  version
}`, {"fragmentName":"CaseFields"}) as unknown as TypedDocumentString<CaseFieldsFragment, unknown>;
export const DepartmentFieldsFragmentDoc = new TypedDocumentString(`
    fragment DepartmentFields on Department {
  id
  name
  shortName
  kind
  contactPhone
  active
  version
}
    `, {"fragmentName":"DepartmentFields"}) as unknown as TypedDocumentString<DepartmentFieldsFragment, unknown>;
export const DispatchMatterFieldsFragmentDoc = new TypedDocumentString(`
    fragment DispatchMatterFields on DispatchMatter {
  id
  category
  name
  description
  keywords
  lead {
    id
    name
    shortName
    active
  }
  co {
    id
    name
    shortName
    active
  }
  version
  updatedAt
}
    `, {"fragmentName":"DispatchMatterFields"}) as unknown as TypedDocumentString<DispatchMatterFieldsFragment, unknown>;
export const TimeLimitsFieldsFragmentDoc = new TypedDocumentString(`
    fragment TimeLimitsFields on TimeLimits {
  category
  priority
  sign
  firstContact
  reply
  replyComplex
  review
  custom
  version
}
    `, {"fragmentName":"TimeLimitsFields"}) as unknown as TypedDocumentString<TimeLimitsFieldsFragment, unknown>;
export const EnterpriseFieldsFragmentDoc = new TypedDocumentString(`
    fragment EnterpriseFields on Enterprise {
  id
  name
  creditCode
  legalRepresentative
  industry
  scale
  status
  address
  gridId
  gridPath
  contactName
  contactPhone
  createdAt
  updatedAt
  version
}
    `, {"fragmentName":"EnterpriseFields"}) as unknown as TypedDocumentString<EnterpriseFieldsFragment, unknown>;
export const EnterpriseClaimFieldsFragmentDoc = new TypedDocumentString(`
    fragment EnterpriseClaimFields on EnterpriseClaim {
  id
  status
  enterpriseId
  enterpriseName
  creditCode
  applicantName
  applicantMobile
  createdAt
  decidedAt
  rejectionReason
}
    `, {"fragmentName":"EnterpriseClaimFields"}) as unknown as TypedDocumentString<EnterpriseClaimFieldsFragment, unknown>;
export const ExportFileFieldsFragmentDoc = new TypedDocumentString(`
    fragment ExportFileFields on ExportFile {
  id
  kind
  status
  fileName
  rows
  createdAt
  finishedAt
  error
  downloadUrl
}
    `, {"fragmentName":"ExportFileFields"}) as unknown as TypedDocumentString<ExportFileFieldsFragment, unknown>;
export const GridFieldsFragmentDoc = new TypedDocumentString(`
    fragment GridFields on Grid {
  id
  name
  code
  level
  parentId
  path
  active
  enterpriseCount
  heads {
    id
    displayName
    mobile
  }
  version
}
    `, {"fragmentName":"GridFields"}) as unknown as TypedDocumentString<GridFieldsFragment, unknown>;
export const InspectionTeamFieldsFragmentDoc = new TypedDocumentString(`
    fragment InspectionTeamFields on InspectionTeam {
  id
  name
  leader {
    id
    displayName
  }
  members {
    id
    displayName
  }
  version
}
    `, {"fragmentName":"InspectionTeamFields"}) as unknown as TypedDocumentString<InspectionTeamFieldsFragment, unknown>;
export const InspectionTaskFieldsFragmentDoc = new TypedDocumentString(`
    fragment InspectionTaskFields on InspectionTask {
  id
  title
  focus
  team {
    id
    name
  }
  grid {
    id
    name
  }
  department {
    id
    name
  }
  startsOn
  endsOn
  records
  version
}
    `, {"fragmentName":"InspectionTaskFields"}) as unknown as TypedDocumentString<InspectionTaskFieldsFragment, unknown>;
export const RectificationFieldsFragmentDoc = new TypedDocumentString(`
    fragment RectificationFields on Rectification {
  id
  findingId
  findingDescription
  department {
    id
    name
  }
  suggestion
  issuedAt
  deadline
  state
  warning
  report
  evidence
  reportedAt
  returnReason
  version
}
    `, {"fragmentName":"RectificationFields"}) as unknown as TypedDocumentString<RectificationFieldsFragment, unknown>;
export const InspectionRecordFindingFieldsFragmentDoc = new TypedDocumentString(`
    fragment InspectionRecordFindingFields on InspectionFinding {
  id
  category
  department {
    id
    name
  }
  description
  outcome
  solution
  caseTrackingNo
  rectification {
    id
    state
    deadline
  }
  version
}
    `, {"fragmentName":"InspectionRecordFindingFields"}) as unknown as TypedDocumentString<InspectionRecordFindingFieldsFragment, unknown>;
export const InspectionRecordFieldsFragmentDoc = new TypedDocumentString(`
    fragment InspectionRecordFields on InspectionRecord {
  id
  taskId
  inspector {
    id
    displayName
  }
  inspectedOn
  place
  checked
  photos {
    id
    fileName
    thumbnail
  }
  findings {
    ...InspectionRecordFindingFields
  }
}
    fragment InspectionRecordFindingFields on InspectionFinding {
  id
  category
  department {
    id
    name
  }
  description
  outcome
  solution
  caseTrackingNo
  rectification {
    id
    state
    deadline
  }
  version
}`, {"fragmentName":"InspectionRecordFields"}) as unknown as TypedDocumentString<InspectionRecordFieldsFragment, unknown>;
export const InspectionFigureFieldsFragmentDoc = new TypedDocumentString(`
    fragment InspectionFigureFields on InspectionFigureRow {
  teamId
  teamName
  dispatched
  inspectors
  found
  solved
  suggested
  onTime
  overdue
}
    `, {"fragmentName":"InspectionFigureFields"}) as unknown as TypedDocumentString<InspectionFigureFieldsFragment, unknown>;
export const JobQueueFieldsFragmentDoc = new TypedDocumentString(`
    fragment JobQueueFields on JobQueue {
  name
  schedule
  lastRunAt
  nextRunAt
  queued
  active
  failed
  failures {
    id
    queue
    error
    attempts
    failedAt
  }
}
    `, {"fragmentName":"JobQueueFields"}) as unknown as TypedDocumentString<JobQueueFieldsFragment, unknown>;
export const ScorecardRateFieldsFragmentDoc = new TypedDocumentString(`
    fragment ScorecardRateFields on ScorecardRate {
  numerator
  denominator
  rate
}
    `, {"fragmentName":"ScorecardRateFields"}) as unknown as TypedDocumentString<ScorecardRateFieldsFragment, unknown>;
export const ScorecardFiguresFieldsFragmentDoc = new TypedDocumentString(`
    fragment ScorecardFiguresFields on ScorecardFigures {
  assigned
  signedOnTime {
    ...ScorecardRateFields
  }
  contactedOnTime {
    ...ScorecardRateFields
  }
  repliedOnTime {
    ...ScorecardRateFields
  }
  resolution {
    ...ScorecardRateFields
  }
  satisfaction {
    ...ScorecardRateFields
  }
  closed
  returned
  extended
  reopened
  sentBack
  overdue
  overdueSuggestions
  score
  ranked
  rank
}
    fragment ScorecardRateFields on ScorecardRate {
  numerator
  denominator
  rate
}`, {"fragmentName":"ScorecardFiguresFields"}) as unknown as TypedDocumentString<ScorecardFiguresFieldsFragment, unknown>;
export const ScorecardWeightsFieldsFragmentDoc = new TypedDocumentString(`
    fragment ScorecardWeightsFields on ScorecardWeights {
  signWeight
  contactWeight
  replyWeight
  resolutionWeight
  satisfactionWeight
  minSample
  version
}
    `, {"fragmentName":"ScorecardWeightsFields"}) as unknown as TypedDocumentString<ScorecardWeightsFieldsFragment, unknown>;
export const DashboardCountFieldsFragmentDoc = new TypedDocumentString(`
    fragment DashboardCountFields on DashboardCount {
  key
  name
  received
  closed
  previousReceived
  previousClosed
}
    `, {"fragmentName":"DashboardCountFields"}) as unknown as TypedDocumentString<DashboardCountFieldsFragment, unknown>;
export const DashboardRatesFieldsFragmentDoc = new TypedDocumentString(`
    fragment DashboardRatesFields on DashboardRates {
  repliedOnTime {
    ...ScorecardRateFields
  }
  resolution {
    ...ScorecardRateFields
  }
  satisfaction {
    ...ScorecardRateFields
  }
}
    fragment ScorecardRateFields on ScorecardRate {
  numerator
  denominator
  rate
}`, {"fragmentName":"DashboardRatesFields"}) as unknown as TypedDocumentString<DashboardRatesFieldsFragment, unknown>;
export const ServicePointFieldsFragmentDoc = new TypedDocumentString(`
    fragment ServicePointFields on ServicePoint {
  id
  kind
  name
  gridId
  gridPath
  address
  phone
  openingHours
  services
  active
  version
}
    `, {"fragmentName":"ServicePointFields"}) as unknown as TypedDocumentString<ServicePointFieldsFragment, unknown>;
export const CaseSupervisionFieldsFragmentDoc = new TypedDocumentString(`
    fragment CaseSupervisionFields on CaseSupervision {
  id
  caseId
  trackingNo
  caseTitle
  departmentId
  departmentName
  level
  note
  dueDate
  issuedAt
  issuedByName
  acknowledgedAt
  acknowledgedByName
  acknowledgeNote
}
    `, {"fragmentName":"CaseSupervisionFields"}) as unknown as TypedDocumentString<CaseSupervisionFieldsFragment, unknown>;
export const UserFieldsFragmentDoc = new TypedDocumentString(`
    fragment UserFields on User {
  id
  username
  displayName
  mobile
  email
  roles
  active
  departmentId
  departmentName
  gridId
  enterpriseId
  createdAt
}
    `, {"fragmentName":"UserFields"}) as unknown as TypedDocumentString<UserFieldsFragment, unknown>;
export const AccountabilityRecordsDocument = new TypedDocumentString(`
    query AccountabilityRecords($filter: AccountabilityRecordFilter, $first: Int, $after: String) {
  accountabilityRecords(filter: $filter, first: $first, after: $after) {
    items {
      ...AccountabilityRecordFields
    }
    nextCursor
  }
}
    fragment AccountabilityRecordFields on AccountabilityRecord {
  id
  subjectKind
  department {
    id
    name
  }
  officialName
  officialPost
  type
  reason
  cases {
    id
    trackingNo
    title
    enterpriseName
  }
  decidedOn
  decidedBy
  publishedNotices
  version
}`) as unknown as TypedDocumentString<AccountabilityRecordsQuery, AccountabilityRecordsQueryVariables>;
export const CreateAccountabilityRecordDocument = new TypedDocumentString(`
    mutation CreateAccountabilityRecord($input: AccountabilityRecordInput!) {
  createAccountabilityRecord(input: $input) {
    ...AccountabilityRecordFields
  }
}
    fragment AccountabilityRecordFields on AccountabilityRecord {
  id
  subjectKind
  department {
    id
    name
  }
  officialName
  officialPost
  type
  reason
  cases {
    id
    trackingNo
    title
    enterpriseName
  }
  decidedOn
  decidedBy
  publishedNotices
  version
}`) as unknown as TypedDocumentString<CreateAccountabilityRecordMutation, CreateAccountabilityRecordMutationVariables>;
export const UpdateAccountabilityRecordDocument = new TypedDocumentString(`
    mutation UpdateAccountabilityRecord($id: ID!, $input: AccountabilityRecordInput!, $version: Int!) {
  updateAccountabilityRecord(id: $id, input: $input, version: $version) {
    ...AccountabilityRecordFields
  }
}
    fragment AccountabilityRecordFields on AccountabilityRecord {
  id
  subjectKind
  department {
    id
    name
  }
  officialName
  officialPost
  type
  reason
  cases {
    id
    trackingNo
    title
    enterpriseName
  }
  decidedOn
  decidedBy
  publishedNotices
  version
}`) as unknown as TypedDocumentString<UpdateAccountabilityRecordMutation, UpdateAccountabilityRecordMutationVariables>;
export const AccountabilityCandidatesDocument = new TypedDocumentString(`
    query AccountabilityCandidates($from: DateTime!, $to: DateTime!) {
  accountabilityCandidates(from: $from, to: $to) {
    kind
    department {
      id
      name
    }
    case {
      id
      trackingNo
      title
      enterpriseName
    }
    at
    count
  }
}
    `) as unknown as TypedDocumentString<AccountabilityCandidatesQuery, AccountabilityCandidatesQueryVariables>;
export const AccountabilityFiguresDocument = new TypedDocumentString(`
    query AccountabilityFigures($from: String!, $to: String!, $period: FigurePeriod) {
  accountabilityFigures(from: $from, to: $to, period: $period) {
    period
    periods
    people
    departments
    rows {
      period
      type
      people
      departments
    }
  }
}
    `) as unknown as TypedDocumentString<AccountabilityFiguresQuery, AccountabilityFiguresQueryVariables>;
export const PublicNoticeDraftDocument = new TypedDocumentString(`
    query PublicNoticeDraft($input: PublicNoticeInput!) {
  publicNoticeDraft(input: $input) {
    title
    body
    items {
      ...PublicNoticeItemFields
    }
  }
}
    fragment PublicNoticeItemFields on PublicNoticeItem {
  type
  subjectKind
  departmentName
  officialName
  officialPost
  decidedOn
}`) as unknown as TypedDocumentString<PublicNoticeDraftQuery, PublicNoticeDraftQueryVariables>;
export const AdminPublicNoticesDocument = new TypedDocumentString(`
    query AdminPublicNotices($first: Int, $after: String) {
  adminPublicNotices(first: $first, after: $after) {
    items {
      id
      title
      body
      publishedAt
      withdrawnAt
      withdrawReason
      recordIds
      version
      redaction {
        names
        posts
        enterprises
      }
      items {
        ...PublicNoticeItemFields
      }
    }
    nextCursor
  }
}
    fragment PublicNoticeItemFields on PublicNoticeItem {
  type
  subjectKind
  departmentName
  officialName
  officialPost
  decidedOn
}`) as unknown as TypedDocumentString<AdminPublicNoticesQuery, AdminPublicNoticesQueryVariables>;
export const PublishPublicNoticeDocument = new TypedDocumentString(`
    mutation PublishPublicNotice($input: PublicNoticeInput!) {
  publishPublicNotice(input: $input) {
    id
    title
  }
}
    `) as unknown as TypedDocumentString<PublishPublicNoticeMutation, PublishPublicNoticeMutationVariables>;
export const WithdrawPublicNoticeDocument = new TypedDocumentString(`
    mutation WithdrawPublicNotice($id: ID!, $version: Int!, $reason: String!) {
  withdrawPublicNotice(id: $id, version: $version, reason: $reason) {
    id
    withdrawnAt
    version
  }
}
    `) as unknown as TypedDocumentString<WithdrawPublicNoticeMutation, WithdrawPublicNoticeMutationVariables>;
export const AuditLogDocument = new TypedDocumentString(`
    query AuditLog($first: Int!, $after: String, $filter: AuditLogFilter) {
  auditLog(first: $first, after: $after, filter: $filter) {
    items {
      id
      occurredAt
      actorName
      action
      targetType
      targetId
      ip
      details
    }
    nextCursor
  }
}
    `) as unknown as TypedDocumentString<AuditLogQuery, AuditLogQueryVariables>;
export const VerifyAuditChainDocument = new TypedDocumentString(`
    query VerifyAuditChain {
  verifyAuditChain {
    intact
    checked
    firstBrokenId
  }
}
    `) as unknown as TypedDocumentString<VerifyAuditChainQuery, VerifyAuditChainQueryVariables>;
export const MeDocument = new TypedDocumentString(`
    query Me {
  me {
    ...ViewerFields
  }
}
    fragment ViewerFields on Viewer {
  id
  username
  displayName
  mobile
  roles
  mustChangePassword
  organisationName
}`) as unknown as TypedDocumentString<MeQuery, MeQueryVariables>;
export const LoginDocument = new TypedDocumentString(`
    mutation Login($input: LoginInput!) {
  login(input: $input) {
    ...ViewerFields
  }
}
    fragment ViewerFields on Viewer {
  id
  username
  displayName
  mobile
  roles
  mustChangePassword
  organisationName
}`) as unknown as TypedDocumentString<LoginMutation, LoginMutationVariables>;
export const NewCaptchaDocument = new TypedDocumentString(`
    mutation NewCaptcha {
  newCaptcha {
    id
    image
  }
}
    `) as unknown as TypedDocumentString<NewCaptchaMutation, NewCaptchaMutationVariables>;
export const LogoutDocument = new TypedDocumentString(`
    mutation Logout {
  logout
}
    `) as unknown as TypedDocumentString<LogoutMutation, LogoutMutationVariables>;
export const ChangePasswordDocument = new TypedDocumentString(`
    mutation ChangePassword($input: ChangePasswordInput!) {
  changePassword(input: $input) {
    ...ViewerFields
  }
}
    fragment ViewerFields on Viewer {
  id
  username
  displayName
  mobile
  roles
  mustChangePassword
  organisationName
}`) as unknown as TypedDocumentString<ChangePasswordMutation, ChangePasswordMutationVariables>;
export const HolidayYearsDocument = new TypedDocumentString(`
    query HolidayYears {
  holidayYears {
    ...HolidayYearFields
  }
}
    fragment HolidayYearFields on HolidayYear {
  year
  off {
    name
    from
    to
  }
  work
  version
  updatedAt
}`) as unknown as TypedDocumentString<HolidayYearsQuery, HolidayYearsQueryVariables>;
export const CalendarStatusDocument = new TypedDocumentString(`
    query CalendarStatus {
  calendarStatus {
    currentYear
    nextYear
    missingYears
  }
}
    `) as unknown as TypedDocumentString<CalendarStatusQuery, CalendarStatusQueryVariables>;
export const SaveHolidayYearDocument = new TypedDocumentString(`
    mutation SaveHolidayYear($year: Int!, $input: HolidayYearInput!, $version: Int) {
  saveHolidayYear(year: $year, input: $input, version: $version) {
    ...HolidayYearFields
  }
}
    fragment HolidayYearFields on HolidayYear {
  year
  off {
    name
    from
    to
  }
  work
  version
  updatedAt
}`) as unknown as TypedDocumentString<SaveHolidayYearMutation, SaveHolidayYearMutationVariables>;
export const AssignmentSuggestionsDocument = new TypedDocumentString(`
    query AssignmentSuggestions($caseId: ID!) {
  assignmentSuggestions(caseId: $caseId) {
    leads {
      ...DepartmentSuggestionFields
    }
    co {
      ...DepartmentSuggestionFields
    }
  }
}
    fragment DepartmentSuggestionFields on DepartmentSuggestion {
  score
  department {
    id
    name
    shortName
    active
  }
  reasons {
    source
    matterId
    matterName
    words
    caseCount
  }
}`) as unknown as TypedDocumentString<AssignmentSuggestionsQuery, AssignmentSuggestionsQueryVariables>;
export const AssignCaseDocument = new TypedDocumentString(`
    mutation AssignCase($id: ID!, $version: Int!, $input: AssignCaseInput!) {
  assignCase(id: $id, version: $version, input: $input) {
    ...CaseFields
  }
}
    fragment CaseRowFields on Case {
  id
  trackingNo
  kind
  category
  channel
  title
  state
  priority
  complexity
  officeNote
  enterpriseId
  enterpriseName
  gridPath
  leadDepartmentName
  submittedAt
  deadline {
    dueAt
    state
    workingDays
  }
  version
}
fragment CaseAttachmentFields on Attachment {
  id
  fileName
  mimeType
  size
  thumbnail
}
fragment CaseContactFields on CaseContact {
  name
  phone
  masked
}
fragment CaseAssignmentFields on CaseAssignment {
  id
  departmentId
  departmentName
  role
  state
  assignedAt
  signDeadline
  replyDeadline
  originalReplyDeadline
  signedAt
  firstContactedAt
  repliedAt
  paused
  note
  opinion
  draftResult
  draftText
  draftInternalNote
  pendingRequest
  requestReason
  requestDays
  sentBackAt
  version
}
fragment CaseFields on Case {
  ...CaseRowFields
  queryCode
  content
  misconductType
  contactConsent
  namedDepartmentId
  namedDepartmentName
  submitterName
  acceptedAt
  repliedAt
  closedAt
  duplicateOf {
    id
    trackingNo
  }
  replyResult
  replyText
  reopenCount
  availableActions
  contact {
    ...CaseContactFields
  }
  assignments {
    ...CaseAssignmentFields
  }
  attachments {
    ...CaseAttachmentFields
  }
  timeline {
    id
    occurredAt
    action
    fromState
    toState
    actorRole
    actorName
    publicNote
    internalNote
    attachments {
      ...CaseAttachmentFields
    }
  }
}`) as unknown as TypedDocumentString<AssignCaseMutation, AssignCaseMutationVariables>;
export const SignCaseDocument = new TypedDocumentString(`
    mutation SignCase($id: ID!, $version: Int!) {
  signCase(id: $id, version: $version) {
    ...CaseFields
  }
}
    fragment CaseRowFields on Case {
  id
  trackingNo
  kind
  category
  channel
  title
  state
  priority
  complexity
  officeNote
  enterpriseId
  enterpriseName
  gridPath
  leadDepartmentName
  submittedAt
  deadline {
    dueAt
    state
    workingDays
  }
  version
}
fragment CaseAttachmentFields on Attachment {
  id
  fileName
  mimeType
  size
  thumbnail
}
fragment CaseContactFields on CaseContact {
  name
  phone
  masked
}
fragment CaseAssignmentFields on CaseAssignment {
  id
  departmentId
  departmentName
  role
  state
  assignedAt
  signDeadline
  replyDeadline
  originalReplyDeadline
  signedAt
  firstContactedAt
  repliedAt
  paused
  note
  opinion
  draftResult
  draftText
  draftInternalNote
  pendingRequest
  requestReason
  requestDays
  sentBackAt
  version
}
fragment CaseFields on Case {
  ...CaseRowFields
  queryCode
  content
  misconductType
  contactConsent
  namedDepartmentId
  namedDepartmentName
  submitterName
  acceptedAt
  repliedAt
  closedAt
  duplicateOf {
    id
    trackingNo
  }
  replyResult
  replyText
  reopenCount
  availableActions
  contact {
    ...CaseContactFields
  }
  assignments {
    ...CaseAssignmentFields
  }
  attachments {
    ...CaseAttachmentFields
  }
  timeline {
    id
    occurredAt
    action
    fromState
    toState
    actorRole
    actorName
    publicNote
    internalNote
    attachments {
      ...CaseAttachmentFields
    }
  }
}`) as unknown as TypedDocumentString<SignCaseMutation, SignCaseMutationVariables>;
export const RecordFirstContactDocument = new TypedDocumentString(`
    mutation RecordFirstContact($id: ID!, $version: Int!, $input: FirstContactInput!) {
  recordFirstContact(id: $id, version: $version, input: $input) {
    ...CaseFields
  }
}
    fragment CaseRowFields on Case {
  id
  trackingNo
  kind
  category
  channel
  title
  state
  priority
  complexity
  officeNote
  enterpriseId
  enterpriseName
  gridPath
  leadDepartmentName
  submittedAt
  deadline {
    dueAt
    state
    workingDays
  }
  version
}
fragment CaseAttachmentFields on Attachment {
  id
  fileName
  mimeType
  size
  thumbnail
}
fragment CaseContactFields on CaseContact {
  name
  phone
  masked
}
fragment CaseAssignmentFields on CaseAssignment {
  id
  departmentId
  departmentName
  role
  state
  assignedAt
  signDeadline
  replyDeadline
  originalReplyDeadline
  signedAt
  firstContactedAt
  repliedAt
  paused
  note
  opinion
  draftResult
  draftText
  draftInternalNote
  pendingRequest
  requestReason
  requestDays
  sentBackAt
  version
}
fragment CaseFields on Case {
  ...CaseRowFields
  queryCode
  content
  misconductType
  contactConsent
  namedDepartmentId
  namedDepartmentName
  submitterName
  acceptedAt
  repliedAt
  closedAt
  duplicateOf {
    id
    trackingNo
  }
  replyResult
  replyText
  reopenCount
  availableActions
  contact {
    ...CaseContactFields
  }
  assignments {
    ...CaseAssignmentFields
  }
  attachments {
    ...CaseAttachmentFields
  }
  timeline {
    id
    occurredAt
    action
    fromState
    toState
    actorRole
    actorName
    publicNote
    internalNote
    attachments {
      ...CaseAttachmentFields
    }
  }
}`) as unknown as TypedDocumentString<RecordFirstContactMutation, RecordFirstContactMutationVariables>;
export const RecordCaseProgressDocument = new TypedDocumentString(`
    mutation RecordCaseProgress($id: ID!, $version: Int!, $input: ProgressInput!) {
  recordCaseProgress(id: $id, version: $version, input: $input) {
    ...CaseFields
  }
}
    fragment CaseRowFields on Case {
  id
  trackingNo
  kind
  category
  channel
  title
  state
  priority
  complexity
  officeNote
  enterpriseId
  enterpriseName
  gridPath
  leadDepartmentName
  submittedAt
  deadline {
    dueAt
    state
    workingDays
  }
  version
}
fragment CaseAttachmentFields on Attachment {
  id
  fileName
  mimeType
  size
  thumbnail
}
fragment CaseContactFields on CaseContact {
  name
  phone
  masked
}
fragment CaseAssignmentFields on CaseAssignment {
  id
  departmentId
  departmentName
  role
  state
  assignedAt
  signDeadline
  replyDeadline
  originalReplyDeadline
  signedAt
  firstContactedAt
  repliedAt
  paused
  note
  opinion
  draftResult
  draftText
  draftInternalNote
  pendingRequest
  requestReason
  requestDays
  sentBackAt
  version
}
fragment CaseFields on Case {
  ...CaseRowFields
  queryCode
  content
  misconductType
  contactConsent
  namedDepartmentId
  namedDepartmentName
  submitterName
  acceptedAt
  repliedAt
  closedAt
  duplicateOf {
    id
    trackingNo
  }
  replyResult
  replyText
  reopenCount
  availableActions
  contact {
    ...CaseContactFields
  }
  assignments {
    ...CaseAssignmentFields
  }
  attachments {
    ...CaseAttachmentFields
  }
  timeline {
    id
    occurredAt
    action
    fromState
    toState
    actorRole
    actorName
    publicNote
    internalNote
    attachments {
      ...CaseAttachmentFields
    }
  }
}`) as unknown as TypedDocumentString<RecordCaseProgressMutation, RecordCaseProgressMutationVariables>;
export const SubmitCaseOpinionDocument = new TypedDocumentString(`
    mutation SubmitCaseOpinion($id: ID!, $version: Int!, $opinion: String!) {
  submitCaseOpinion(id: $id, version: $version, opinion: $opinion) {
    ...CaseFields
  }
}
    fragment CaseRowFields on Case {
  id
  trackingNo
  kind
  category
  channel
  title
  state
  priority
  complexity
  officeNote
  enterpriseId
  enterpriseName
  gridPath
  leadDepartmentName
  submittedAt
  deadline {
    dueAt
    state
    workingDays
  }
  version
}
fragment CaseAttachmentFields on Attachment {
  id
  fileName
  mimeType
  size
  thumbnail
}
fragment CaseContactFields on CaseContact {
  name
  phone
  masked
}
fragment CaseAssignmentFields on CaseAssignment {
  id
  departmentId
  departmentName
  role
  state
  assignedAt
  signDeadline
  replyDeadline
  originalReplyDeadline
  signedAt
  firstContactedAt
  repliedAt
  paused
  note
  opinion
  draftResult
  draftText
  draftInternalNote
  pendingRequest
  requestReason
  requestDays
  sentBackAt
  version
}
fragment CaseFields on Case {
  ...CaseRowFields
  queryCode
  content
  misconductType
  contactConsent
  namedDepartmentId
  namedDepartmentName
  submitterName
  acceptedAt
  repliedAt
  closedAt
  duplicateOf {
    id
    trackingNo
  }
  replyResult
  replyText
  reopenCount
  availableActions
  contact {
    ...CaseContactFields
  }
  assignments {
    ...CaseAssignmentFields
  }
  attachments {
    ...CaseAttachmentFields
  }
  timeline {
    id
    occurredAt
    action
    fromState
    toState
    actorRole
    actorName
    publicNote
    internalNote
    attachments {
      ...CaseAttachmentFields
    }
  }
}`) as unknown as TypedDocumentString<SubmitCaseOpinionMutation, SubmitCaseOpinionMutationVariables>;
export const DraftCaseReplyDocument = new TypedDocumentString(`
    mutation DraftCaseReply($id: ID!, $version: Int!, $input: DraftReplyInput!) {
  draftCaseReply(id: $id, version: $version, input: $input) {
    ...CaseFields
  }
}
    fragment CaseRowFields on Case {
  id
  trackingNo
  kind
  category
  channel
  title
  state
  priority
  complexity
  officeNote
  enterpriseId
  enterpriseName
  gridPath
  leadDepartmentName
  submittedAt
  deadline {
    dueAt
    state
    workingDays
  }
  version
}
fragment CaseAttachmentFields on Attachment {
  id
  fileName
  mimeType
  size
  thumbnail
}
fragment CaseContactFields on CaseContact {
  name
  phone
  masked
}
fragment CaseAssignmentFields on CaseAssignment {
  id
  departmentId
  departmentName
  role
  state
  assignedAt
  signDeadline
  replyDeadline
  originalReplyDeadline
  signedAt
  firstContactedAt
  repliedAt
  paused
  note
  opinion
  draftResult
  draftText
  draftInternalNote
  pendingRequest
  requestReason
  requestDays
  sentBackAt
  version
}
fragment CaseFields on Case {
  ...CaseRowFields
  queryCode
  content
  misconductType
  contactConsent
  namedDepartmentId
  namedDepartmentName
  submitterName
  acceptedAt
  repliedAt
  closedAt
  duplicateOf {
    id
    trackingNo
  }
  replyResult
  replyText
  reopenCount
  availableActions
  contact {
    ...CaseContactFields
  }
  assignments {
    ...CaseAssignmentFields
  }
  attachments {
    ...CaseAttachmentFields
  }
  timeline {
    id
    occurredAt
    action
    fromState
    toState
    actorRole
    actorName
    publicNote
    internalNote
    attachments {
      ...CaseAttachmentFields
    }
  }
}`) as unknown as TypedDocumentString<DraftCaseReplyMutation, DraftCaseReplyMutationVariables>;
export const SubmitCaseReplyDocument = new TypedDocumentString(`
    mutation SubmitCaseReply($id: ID!, $version: Int!) {
  submitCaseReply(id: $id, version: $version) {
    ...CaseFields
  }
}
    fragment CaseRowFields on Case {
  id
  trackingNo
  kind
  category
  channel
  title
  state
  priority
  complexity
  officeNote
  enterpriseId
  enterpriseName
  gridPath
  leadDepartmentName
  submittedAt
  deadline {
    dueAt
    state
    workingDays
  }
  version
}
fragment CaseAttachmentFields on Attachment {
  id
  fileName
  mimeType
  size
  thumbnail
}
fragment CaseContactFields on CaseContact {
  name
  phone
  masked
}
fragment CaseAssignmentFields on CaseAssignment {
  id
  departmentId
  departmentName
  role
  state
  assignedAt
  signDeadline
  replyDeadline
  originalReplyDeadline
  signedAt
  firstContactedAt
  repliedAt
  paused
  note
  opinion
  draftResult
  draftText
  draftInternalNote
  pendingRequest
  requestReason
  requestDays
  sentBackAt
  version
}
fragment CaseFields on Case {
  ...CaseRowFields
  queryCode
  content
  misconductType
  contactConsent
  namedDepartmentId
  namedDepartmentName
  submitterName
  acceptedAt
  repliedAt
  closedAt
  duplicateOf {
    id
    trackingNo
  }
  replyResult
  replyText
  reopenCount
  availableActions
  contact {
    ...CaseContactFields
  }
  assignments {
    ...CaseAssignmentFields
  }
  attachments {
    ...CaseAttachmentFields
  }
  timeline {
    id
    occurredAt
    action
    fromState
    toState
    actorRole
    actorName
    publicNote
    internalNote
    attachments {
      ...CaseAttachmentFields
    }
  }
}`) as unknown as TypedDocumentString<SubmitCaseReplyMutation, SubmitCaseReplyMutationVariables>;
export const RequestCaseExtensionDocument = new TypedDocumentString(`
    mutation RequestCaseExtension($id: ID!, $version: Int!, $input: ExtensionRequestInput!) {
  requestCaseExtension(id: $id, version: $version, input: $input) {
    ...CaseFields
  }
}
    fragment CaseRowFields on Case {
  id
  trackingNo
  kind
  category
  channel
  title
  state
  priority
  complexity
  officeNote
  enterpriseId
  enterpriseName
  gridPath
  leadDepartmentName
  submittedAt
  deadline {
    dueAt
    state
    workingDays
  }
  version
}
fragment CaseAttachmentFields on Attachment {
  id
  fileName
  mimeType
  size
  thumbnail
}
fragment CaseContactFields on CaseContact {
  name
  phone
  masked
}
fragment CaseAssignmentFields on CaseAssignment {
  id
  departmentId
  departmentName
  role
  state
  assignedAt
  signDeadline
  replyDeadline
  originalReplyDeadline
  signedAt
  firstContactedAt
  repliedAt
  paused
  note
  opinion
  draftResult
  draftText
  draftInternalNote
  pendingRequest
  requestReason
  requestDays
  sentBackAt
  version
}
fragment CaseFields on Case {
  ...CaseRowFields
  queryCode
  content
  misconductType
  contactConsent
  namedDepartmentId
  namedDepartmentName
  submitterName
  acceptedAt
  repliedAt
  closedAt
  duplicateOf {
    id
    trackingNo
  }
  replyResult
  replyText
  reopenCount
  availableActions
  contact {
    ...CaseContactFields
  }
  assignments {
    ...CaseAssignmentFields
  }
  attachments {
    ...CaseAttachmentFields
  }
  timeline {
    id
    occurredAt
    action
    fromState
    toState
    actorRole
    actorName
    publicNote
    internalNote
    attachments {
      ...CaseAttachmentFields
    }
  }
}`) as unknown as TypedDocumentString<RequestCaseExtensionMutation, RequestCaseExtensionMutationVariables>;
export const RequestCaseReturnDocument = new TypedDocumentString(`
    mutation RequestCaseReturn($id: ID!, $version: Int!, $reason: String!) {
  requestCaseReturn(id: $id, version: $version, reason: $reason) {
    ...CaseFields
  }
}
    fragment CaseRowFields on Case {
  id
  trackingNo
  kind
  category
  channel
  title
  state
  priority
  complexity
  officeNote
  enterpriseId
  enterpriseName
  gridPath
  leadDepartmentName
  submittedAt
  deadline {
    dueAt
    state
    workingDays
  }
  version
}
fragment CaseAttachmentFields on Attachment {
  id
  fileName
  mimeType
  size
  thumbnail
}
fragment CaseContactFields on CaseContact {
  name
  phone
  masked
}
fragment CaseAssignmentFields on CaseAssignment {
  id
  departmentId
  departmentName
  role
  state
  assignedAt
  signDeadline
  replyDeadline
  originalReplyDeadline
  signedAt
  firstContactedAt
  repliedAt
  paused
  note
  opinion
  draftResult
  draftText
  draftInternalNote
  pendingRequest
  requestReason
  requestDays
  sentBackAt
  version
}
fragment CaseFields on Case {
  ...CaseRowFields
  queryCode
  content
  misconductType
  contactConsent
  namedDepartmentId
  namedDepartmentName
  submitterName
  acceptedAt
  repliedAt
  closedAt
  duplicateOf {
    id
    trackingNo
  }
  replyResult
  replyText
  reopenCount
  availableActions
  contact {
    ...CaseContactFields
  }
  assignments {
    ...CaseAssignmentFields
  }
  attachments {
    ...CaseAttachmentFields
  }
  timeline {
    id
    occurredAt
    action
    fromState
    toState
    actorRole
    actorName
    publicNote
    internalNote
    attachments {
      ...CaseAttachmentFields
    }
  }
}`) as unknown as TypedDocumentString<RequestCaseReturnMutation, RequestCaseReturnMutationVariables>;
export const ApproveCaseReplyDocument = new TypedDocumentString(`
    mutation ApproveCaseReply($id: ID!, $version: Int!, $note: String) {
  approveCaseReply(id: $id, version: $version, note: $note) {
    ...CaseFields
  }
}
    fragment CaseRowFields on Case {
  id
  trackingNo
  kind
  category
  channel
  title
  state
  priority
  complexity
  officeNote
  enterpriseId
  enterpriseName
  gridPath
  leadDepartmentName
  submittedAt
  deadline {
    dueAt
    state
    workingDays
  }
  version
}
fragment CaseAttachmentFields on Attachment {
  id
  fileName
  mimeType
  size
  thumbnail
}
fragment CaseContactFields on CaseContact {
  name
  phone
  masked
}
fragment CaseAssignmentFields on CaseAssignment {
  id
  departmentId
  departmentName
  role
  state
  assignedAt
  signDeadline
  replyDeadline
  originalReplyDeadline
  signedAt
  firstContactedAt
  repliedAt
  paused
  note
  opinion
  draftResult
  draftText
  draftInternalNote
  pendingRequest
  requestReason
  requestDays
  sentBackAt
  version
}
fragment CaseFields on Case {
  ...CaseRowFields
  queryCode
  content
  misconductType
  contactConsent
  namedDepartmentId
  namedDepartmentName
  submitterName
  acceptedAt
  repliedAt
  closedAt
  duplicateOf {
    id
    trackingNo
  }
  replyResult
  replyText
  reopenCount
  availableActions
  contact {
    ...CaseContactFields
  }
  assignments {
    ...CaseAssignmentFields
  }
  attachments {
    ...CaseAttachmentFields
  }
  timeline {
    id
    occurredAt
    action
    fromState
    toState
    actorRole
    actorName
    publicNote
    internalNote
    attachments {
      ...CaseAttachmentFields
    }
  }
}`) as unknown as TypedDocumentString<ApproveCaseReplyMutation, ApproveCaseReplyMutationVariables>;
export const SendCaseBackDocument = new TypedDocumentString(`
    mutation SendCaseBack($id: ID!, $version: Int!, $reason: String!) {
  sendCaseBack(id: $id, version: $version, reason: $reason) {
    ...CaseFields
  }
}
    fragment CaseRowFields on Case {
  id
  trackingNo
  kind
  category
  channel
  title
  state
  priority
  complexity
  officeNote
  enterpriseId
  enterpriseName
  gridPath
  leadDepartmentName
  submittedAt
  deadline {
    dueAt
    state
    workingDays
  }
  version
}
fragment CaseAttachmentFields on Attachment {
  id
  fileName
  mimeType
  size
  thumbnail
}
fragment CaseContactFields on CaseContact {
  name
  phone
  masked
}
fragment CaseAssignmentFields on CaseAssignment {
  id
  departmentId
  departmentName
  role
  state
  assignedAt
  signDeadline
  replyDeadline
  originalReplyDeadline
  signedAt
  firstContactedAt
  repliedAt
  paused
  note
  opinion
  draftResult
  draftText
  draftInternalNote
  pendingRequest
  requestReason
  requestDays
  sentBackAt
  version
}
fragment CaseFields on Case {
  ...CaseRowFields
  queryCode
  content
  misconductType
  contactConsent
  namedDepartmentId
  namedDepartmentName
  submitterName
  acceptedAt
  repliedAt
  closedAt
  duplicateOf {
    id
    trackingNo
  }
  replyResult
  replyText
  reopenCount
  availableActions
  contact {
    ...CaseContactFields
  }
  assignments {
    ...CaseAssignmentFields
  }
  attachments {
    ...CaseAttachmentFields
  }
  timeline {
    id
    occurredAt
    action
    fromState
    toState
    actorRole
    actorName
    publicNote
    internalNote
    attachments {
      ...CaseAttachmentFields
    }
  }
}`) as unknown as TypedDocumentString<SendCaseBackMutation, SendCaseBackMutationVariables>;
export const DecideCaseExtensionDocument = new TypedDocumentString(`
    mutation DecideCaseExtension($id: ID!, $version: Int!, $approve: Boolean!, $reason: String!) {
  decideCaseExtension(
    id: $id
    version: $version
    approve: $approve
    reason: $reason
  ) {
    ...CaseFields
  }
}
    fragment CaseRowFields on Case {
  id
  trackingNo
  kind
  category
  channel
  title
  state
  priority
  complexity
  officeNote
  enterpriseId
  enterpriseName
  gridPath
  leadDepartmentName
  submittedAt
  deadline {
    dueAt
    state
    workingDays
  }
  version
}
fragment CaseAttachmentFields on Attachment {
  id
  fileName
  mimeType
  size
  thumbnail
}
fragment CaseContactFields on CaseContact {
  name
  phone
  masked
}
fragment CaseAssignmentFields on CaseAssignment {
  id
  departmentId
  departmentName
  role
  state
  assignedAt
  signDeadline
  replyDeadline
  originalReplyDeadline
  signedAt
  firstContactedAt
  repliedAt
  paused
  note
  opinion
  draftResult
  draftText
  draftInternalNote
  pendingRequest
  requestReason
  requestDays
  sentBackAt
  version
}
fragment CaseFields on Case {
  ...CaseRowFields
  queryCode
  content
  misconductType
  contactConsent
  namedDepartmentId
  namedDepartmentName
  submitterName
  acceptedAt
  repliedAt
  closedAt
  duplicateOf {
    id
    trackingNo
  }
  replyResult
  replyText
  reopenCount
  availableActions
  contact {
    ...CaseContactFields
  }
  assignments {
    ...CaseAssignmentFields
  }
  attachments {
    ...CaseAttachmentFields
  }
  timeline {
    id
    occurredAt
    action
    fromState
    toState
    actorRole
    actorName
    publicNote
    internalNote
    attachments {
      ...CaseAttachmentFields
    }
  }
}`) as unknown as TypedDocumentString<DecideCaseExtensionMutation, DecideCaseExtensionMutationVariables>;
export const DecideCaseReturnDocument = new TypedDocumentString(`
    mutation DecideCaseReturn($id: ID!, $version: Int!, $approve: Boolean!, $reason: String!) {
  decideCaseReturn(id: $id, version: $version, approve: $approve, reason: $reason) {
    ...CaseFields
  }
}
    fragment CaseRowFields on Case {
  id
  trackingNo
  kind
  category
  channel
  title
  state
  priority
  complexity
  officeNote
  enterpriseId
  enterpriseName
  gridPath
  leadDepartmentName
  submittedAt
  deadline {
    dueAt
    state
    workingDays
  }
  version
}
fragment CaseAttachmentFields on Attachment {
  id
  fileName
  mimeType
  size
  thumbnail
}
fragment CaseContactFields on CaseContact {
  name
  phone
  masked
}
fragment CaseAssignmentFields on CaseAssignment {
  id
  departmentId
  departmentName
  role
  state
  assignedAt
  signDeadline
  replyDeadline
  originalReplyDeadline
  signedAt
  firstContactedAt
  repliedAt
  paused
  note
  opinion
  draftResult
  draftText
  draftInternalNote
  pendingRequest
  requestReason
  requestDays
  sentBackAt
  version
}
fragment CaseFields on Case {
  ...CaseRowFields
  queryCode
  content
  misconductType
  contactConsent
  namedDepartmentId
  namedDepartmentName
  submitterName
  acceptedAt
  repliedAt
  closedAt
  duplicateOf {
    id
    trackingNo
  }
  replyResult
  replyText
  reopenCount
  availableActions
  contact {
    ...CaseContactFields
  }
  assignments {
    ...CaseAssignmentFields
  }
  attachments {
    ...CaseAttachmentFields
  }
  timeline {
    id
    occurredAt
    action
    fromState
    toState
    actorRole
    actorName
    publicNote
    internalNote
    attachments {
      ...CaseAttachmentFields
    }
  }
}`) as unknown as TypedDocumentString<DecideCaseReturnMutation, DecideCaseReturnMutationVariables>;
export const ReopenCaseDocument = new TypedDocumentString(`
    mutation ReopenCase($id: ID!, $version: Int!, $input: ReopenCaseInput!) {
  reopenCase(id: $id, version: $version, input: $input) {
    ...CaseFields
  }
}
    fragment CaseRowFields on Case {
  id
  trackingNo
  kind
  category
  channel
  title
  state
  priority
  complexity
  officeNote
  enterpriseId
  enterpriseName
  gridPath
  leadDepartmentName
  submittedAt
  deadline {
    dueAt
    state
    workingDays
  }
  version
}
fragment CaseAttachmentFields on Attachment {
  id
  fileName
  mimeType
  size
  thumbnail
}
fragment CaseContactFields on CaseContact {
  name
  phone
  masked
}
fragment CaseAssignmentFields on CaseAssignment {
  id
  departmentId
  departmentName
  role
  state
  assignedAt
  signDeadline
  replyDeadline
  originalReplyDeadline
  signedAt
  firstContactedAt
  repliedAt
  paused
  note
  opinion
  draftResult
  draftText
  draftInternalNote
  pendingRequest
  requestReason
  requestDays
  sentBackAt
  version
}
fragment CaseFields on Case {
  ...CaseRowFields
  queryCode
  content
  misconductType
  contactConsent
  namedDepartmentId
  namedDepartmentName
  submitterName
  acceptedAt
  repliedAt
  closedAt
  duplicateOf {
    id
    trackingNo
  }
  replyResult
  replyText
  reopenCount
  availableActions
  contact {
    ...CaseContactFields
  }
  assignments {
    ...CaseAssignmentFields
  }
  attachments {
    ...CaseAttachmentFields
  }
  timeline {
    id
    occurredAt
    action
    fromState
    toState
    actorRole
    actorName
    publicNote
    internalNote
    attachments {
      ...CaseAttachmentFields
    }
  }
}`) as unknown as TypedDocumentString<ReopenCaseMutation, ReopenCaseMutationVariables>;
export const CloseDisputedCaseDocument = new TypedDocumentString(`
    mutation CloseDisputedCase($id: ID!, $version: Int!, $explanation: String!) {
  closeDisputedCase(id: $id, version: $version, explanation: $explanation) {
    ...CaseFields
  }
}
    fragment CaseRowFields on Case {
  id
  trackingNo
  kind
  category
  channel
  title
  state
  priority
  complexity
  officeNote
  enterpriseId
  enterpriseName
  gridPath
  leadDepartmentName
  submittedAt
  deadline {
    dueAt
    state
    workingDays
  }
  version
}
fragment CaseAttachmentFields on Attachment {
  id
  fileName
  mimeType
  size
  thumbnail
}
fragment CaseContactFields on CaseContact {
  name
  phone
  masked
}
fragment CaseAssignmentFields on CaseAssignment {
  id
  departmentId
  departmentName
  role
  state
  assignedAt
  signDeadline
  replyDeadline
  originalReplyDeadline
  signedAt
  firstContactedAt
  repliedAt
  paused
  note
  opinion
  draftResult
  draftText
  draftInternalNote
  pendingRequest
  requestReason
  requestDays
  sentBackAt
  version
}
fragment CaseFields on Case {
  ...CaseRowFields
  queryCode
  content
  misconductType
  contactConsent
  namedDepartmentId
  namedDepartmentName
  submitterName
  acceptedAt
  repliedAt
  closedAt
  duplicateOf {
    id
    trackingNo
  }
  replyResult
  replyText
  reopenCount
  availableActions
  contact {
    ...CaseContactFields
  }
  assignments {
    ...CaseAssignmentFields
  }
  attachments {
    ...CaseAttachmentFields
  }
  timeline {
    id
    occurredAt
    action
    fromState
    toState
    actorRole
    actorName
    publicNote
    internalNote
    attachments {
      ...CaseAttachmentFields
    }
  }
}`) as unknown as TypedDocumentString<CloseDisputedCaseMutation, CloseDisputedCaseMutationVariables>;
export const RevealCaseContactDocument = new TypedDocumentString(`
    mutation RevealCaseContact($id: ID!) {
  revealCaseContact(id: $id) {
    ...CaseContactFields
  }
}
    fragment CaseContactFields on CaseContact {
  name
  phone
  masked
}`) as unknown as TypedDocumentString<RevealCaseContactMutation, RevealCaseContactMutationVariables>;
export const CasesDocument = new TypedDocumentString(`
    query Cases($page: CasePageArgs, $withTotal: Boolean!) {
  cases(page: $page) {
    items {
      ...CaseRowFields
    }
    nextCursor
    totalCount @include(if: $withTotal)
    totalCountCapped @include(if: $withTotal)
  }
}
    fragment CaseRowFields on Case {
  id
  trackingNo
  kind
  category
  channel
  title
  state
  priority
  complexity
  officeNote
  enterpriseId
  enterpriseName
  gridPath
  leadDepartmentName
  submittedAt
  deadline {
    dueAt
    state
    workingDays
  }
  version
}`) as unknown as TypedDocumentString<CasesQuery, CasesQueryVariables>;
export const CaseDocument = new TypedDocumentString(`
    query Case($id: ID!) {
  case(id: $id) {
    ...CaseFields
  }
}
    fragment CaseRowFields on Case {
  id
  trackingNo
  kind
  category
  channel
  title
  state
  priority
  complexity
  officeNote
  enterpriseId
  enterpriseName
  gridPath
  leadDepartmentName
  submittedAt
  deadline {
    dueAt
    state
    workingDays
  }
  version
}
fragment CaseAttachmentFields on Attachment {
  id
  fileName
  mimeType
  size
  thumbnail
}
fragment CaseContactFields on CaseContact {
  name
  phone
  masked
}
fragment CaseAssignmentFields on CaseAssignment {
  id
  departmentId
  departmentName
  role
  state
  assignedAt
  signDeadline
  replyDeadline
  originalReplyDeadline
  signedAt
  firstContactedAt
  repliedAt
  paused
  note
  opinion
  draftResult
  draftText
  draftInternalNote
  pendingRequest
  requestReason
  requestDays
  sentBackAt
  version
}
fragment CaseFields on Case {
  ...CaseRowFields
  queryCode
  content
  misconductType
  contactConsent
  namedDepartmentId
  namedDepartmentName
  submitterName
  acceptedAt
  repliedAt
  closedAt
  duplicateOf {
    id
    trackingNo
  }
  replyResult
  replyText
  reopenCount
  availableActions
  contact {
    ...CaseContactFields
  }
  assignments {
    ...CaseAssignmentFields
  }
  attachments {
    ...CaseAttachmentFields
  }
  timeline {
    id
    occurredAt
    action
    fromState
    toState
    actorRole
    actorName
    publicNote
    internalNote
    attachments {
      ...CaseAttachmentFields
    }
  }
}`) as unknown as TypedDocumentString<CaseQuery, CaseQueryVariables>;
export const AcceptCaseDocument = new TypedDocumentString(`
    mutation AcceptCase($id: ID!, $version: Int!, $input: AcceptCaseInput!) {
  acceptCase(id: $id, version: $version, input: $input) {
    ...CaseFields
  }
}
    fragment CaseRowFields on Case {
  id
  trackingNo
  kind
  category
  channel
  title
  state
  priority
  complexity
  officeNote
  enterpriseId
  enterpriseName
  gridPath
  leadDepartmentName
  submittedAt
  deadline {
    dueAt
    state
    workingDays
  }
  version
}
fragment CaseAttachmentFields on Attachment {
  id
  fileName
  mimeType
  size
  thumbnail
}
fragment CaseContactFields on CaseContact {
  name
  phone
  masked
}
fragment CaseAssignmentFields on CaseAssignment {
  id
  departmentId
  departmentName
  role
  state
  assignedAt
  signDeadline
  replyDeadline
  originalReplyDeadline
  signedAt
  firstContactedAt
  repliedAt
  paused
  note
  opinion
  draftResult
  draftText
  draftInternalNote
  pendingRequest
  requestReason
  requestDays
  sentBackAt
  version
}
fragment CaseFields on Case {
  ...CaseRowFields
  queryCode
  content
  misconductType
  contactConsent
  namedDepartmentId
  namedDepartmentName
  submitterName
  acceptedAt
  repliedAt
  closedAt
  duplicateOf {
    id
    trackingNo
  }
  replyResult
  replyText
  reopenCount
  availableActions
  contact {
    ...CaseContactFields
  }
  assignments {
    ...CaseAssignmentFields
  }
  attachments {
    ...CaseAttachmentFields
  }
  timeline {
    id
    occurredAt
    action
    fromState
    toState
    actorRole
    actorName
    publicNote
    internalNote
    attachments {
      ...CaseAttachmentFields
    }
  }
}`) as unknown as TypedDocumentString<AcceptCaseMutation, AcceptCaseMutationVariables>;
export const RejectCaseDocument = new TypedDocumentString(`
    mutation RejectCase($id: ID!, $version: Int!, $reason: String!) {
  rejectCase(id: $id, version: $version, reason: $reason) {
    ...CaseFields
  }
}
    fragment CaseRowFields on Case {
  id
  trackingNo
  kind
  category
  channel
  title
  state
  priority
  complexity
  officeNote
  enterpriseId
  enterpriseName
  gridPath
  leadDepartmentName
  submittedAt
  deadline {
    dueAt
    state
    workingDays
  }
  version
}
fragment CaseAttachmentFields on Attachment {
  id
  fileName
  mimeType
  size
  thumbnail
}
fragment CaseContactFields on CaseContact {
  name
  phone
  masked
}
fragment CaseAssignmentFields on CaseAssignment {
  id
  departmentId
  departmentName
  role
  state
  assignedAt
  signDeadline
  replyDeadline
  originalReplyDeadline
  signedAt
  firstContactedAt
  repliedAt
  paused
  note
  opinion
  draftResult
  draftText
  draftInternalNote
  pendingRequest
  requestReason
  requestDays
  sentBackAt
  version
}
fragment CaseFields on Case {
  ...CaseRowFields
  queryCode
  content
  misconductType
  contactConsent
  namedDepartmentId
  namedDepartmentName
  submitterName
  acceptedAt
  repliedAt
  closedAt
  duplicateOf {
    id
    trackingNo
  }
  replyResult
  replyText
  reopenCount
  availableActions
  contact {
    ...CaseContactFields
  }
  assignments {
    ...CaseAssignmentFields
  }
  attachments {
    ...CaseAttachmentFields
  }
  timeline {
    id
    occurredAt
    action
    fromState
    toState
    actorRole
    actorName
    publicNote
    internalNote
    attachments {
      ...CaseAttachmentFields
    }
  }
}`) as unknown as TypedDocumentString<RejectCaseMutation, RejectCaseMutationVariables>;
export const RequestCaseInfoDocument = new TypedDocumentString(`
    mutation RequestCaseInfo($id: ID!, $version: Int!, $request: String!) {
  requestCaseInfo(id: $id, version: $version, request: $request) {
    ...CaseFields
  }
}
    fragment CaseRowFields on Case {
  id
  trackingNo
  kind
  category
  channel
  title
  state
  priority
  complexity
  officeNote
  enterpriseId
  enterpriseName
  gridPath
  leadDepartmentName
  submittedAt
  deadline {
    dueAt
    state
    workingDays
  }
  version
}
fragment CaseAttachmentFields on Attachment {
  id
  fileName
  mimeType
  size
  thumbnail
}
fragment CaseContactFields on CaseContact {
  name
  phone
  masked
}
fragment CaseAssignmentFields on CaseAssignment {
  id
  departmentId
  departmentName
  role
  state
  assignedAt
  signDeadline
  replyDeadline
  originalReplyDeadline
  signedAt
  firstContactedAt
  repliedAt
  paused
  note
  opinion
  draftResult
  draftText
  draftInternalNote
  pendingRequest
  requestReason
  requestDays
  sentBackAt
  version
}
fragment CaseFields on Case {
  ...CaseRowFields
  queryCode
  content
  misconductType
  contactConsent
  namedDepartmentId
  namedDepartmentName
  submitterName
  acceptedAt
  repliedAt
  closedAt
  duplicateOf {
    id
    trackingNo
  }
  replyResult
  replyText
  reopenCount
  availableActions
  contact {
    ...CaseContactFields
  }
  assignments {
    ...CaseAssignmentFields
  }
  attachments {
    ...CaseAttachmentFields
  }
  timeline {
    id
    occurredAt
    action
    fromState
    toState
    actorRole
    actorName
    publicNote
    internalNote
    attachments {
      ...CaseAttachmentFields
    }
  }
}`) as unknown as TypedDocumentString<RequestCaseInfoMutation, RequestCaseInfoMutationVariables>;
export const MarkCaseDuplicateDocument = new TypedDocumentString(`
    mutation MarkCaseDuplicate($id: ID!, $version: Int!, $originalTrackingNo: String!, $note: String) {
  markCaseDuplicate(
    id: $id
    version: $version
    originalTrackingNo: $originalTrackingNo
    note: $note
  ) {
    ...CaseFields
  }
}
    fragment CaseRowFields on Case {
  id
  trackingNo
  kind
  category
  channel
  title
  state
  priority
  complexity
  officeNote
  enterpriseId
  enterpriseName
  gridPath
  leadDepartmentName
  submittedAt
  deadline {
    dueAt
    state
    workingDays
  }
  version
}
fragment CaseAttachmentFields on Attachment {
  id
  fileName
  mimeType
  size
  thumbnail
}
fragment CaseContactFields on CaseContact {
  name
  phone
  masked
}
fragment CaseAssignmentFields on CaseAssignment {
  id
  departmentId
  departmentName
  role
  state
  assignedAt
  signDeadline
  replyDeadline
  originalReplyDeadline
  signedAt
  firstContactedAt
  repliedAt
  paused
  note
  opinion
  draftResult
  draftText
  draftInternalNote
  pendingRequest
  requestReason
  requestDays
  sentBackAt
  version
}
fragment CaseFields on Case {
  ...CaseRowFields
  queryCode
  content
  misconductType
  contactConsent
  namedDepartmentId
  namedDepartmentName
  submitterName
  acceptedAt
  repliedAt
  closedAt
  duplicateOf {
    id
    trackingNo
  }
  replyResult
  replyText
  reopenCount
  availableActions
  contact {
    ...CaseContactFields
  }
  assignments {
    ...CaseAssignmentFields
  }
  attachments {
    ...CaseAttachmentFields
  }
  timeline {
    id
    occurredAt
    action
    fromState
    toState
    actorRole
    actorName
    publicNote
    internalNote
    attachments {
      ...CaseAttachmentFields
    }
  }
}`) as unknown as TypedDocumentString<MarkCaseDuplicateMutation, MarkCaseDuplicateMutationVariables>;
export const ReplyCaseDirectlyDocument = new TypedDocumentString(`
    mutation ReplyCaseDirectly($id: ID!, $version: Int!, $input: DirectReplyInput!) {
  replyCaseDirectly(id: $id, version: $version, input: $input) {
    ...CaseFields
  }
}
    fragment CaseRowFields on Case {
  id
  trackingNo
  kind
  category
  channel
  title
  state
  priority
  complexity
  officeNote
  enterpriseId
  enterpriseName
  gridPath
  leadDepartmentName
  submittedAt
  deadline {
    dueAt
    state
    workingDays
  }
  version
}
fragment CaseAttachmentFields on Attachment {
  id
  fileName
  mimeType
  size
  thumbnail
}
fragment CaseContactFields on CaseContact {
  name
  phone
  masked
}
fragment CaseAssignmentFields on CaseAssignment {
  id
  departmentId
  departmentName
  role
  state
  assignedAt
  signDeadline
  replyDeadline
  originalReplyDeadline
  signedAt
  firstContactedAt
  repliedAt
  paused
  note
  opinion
  draftResult
  draftText
  draftInternalNote
  pendingRequest
  requestReason
  requestDays
  sentBackAt
  version
}
fragment CaseFields on Case {
  ...CaseRowFields
  queryCode
  content
  misconductType
  contactConsent
  namedDepartmentId
  namedDepartmentName
  submitterName
  acceptedAt
  repliedAt
  closedAt
  duplicateOf {
    id
    trackingNo
  }
  replyResult
  replyText
  reopenCount
  availableActions
  contact {
    ...CaseContactFields
  }
  assignments {
    ...CaseAssignmentFields
  }
  attachments {
    ...CaseAttachmentFields
  }
  timeline {
    id
    occurredAt
    action
    fromState
    toState
    actorRole
    actorName
    publicNote
    internalNote
    attachments {
      ...CaseAttachmentFields
    }
  }
}`) as unknown as TypedDocumentString<ReplyCaseDirectlyMutation, ReplyCaseDirectlyMutationVariables>;
export const EnterCaseDocument = new TypedDocumentString(`
    mutation EnterCase($input: OfficeCaseInput!) {
  enterCase(input: $input) {
    id
    trackingNo
  }
}
    `) as unknown as TypedDocumentString<EnterCaseMutation, EnterCaseMutationVariables>;
export const UploadAttachmentDocument = new TypedDocumentString(`
    mutation UploadAttachment($input: UploadAttachmentInput!) {
  uploadAttachment(input: $input) {
    ...CaseAttachmentFields
  }
}
    fragment CaseAttachmentFields on Attachment {
  id
  fileName
  mimeType
  size
  thumbnail
}`) as unknown as TypedDocumentString<UploadAttachmentMutation, UploadAttachmentMutationVariables>;
export const EnterpriseCaseCountsDocument = new TypedDocumentString(`
    query EnterpriseCaseCounts($enterpriseId: ID!) {
  enterpriseCaseCounts(enterpriseId: $enterpriseId) {
    state
    count
  }
}
    `) as unknown as TypedDocumentString<EnterpriseCaseCountsQuery, EnterpriseCaseCountsQueryVariables>;
export const ConditionDashboardDocument = new TypedDocumentString(`
    query ConditionDashboard($month: String!, $gridId: ID) {
  conditionDashboard(month: $month, gridId: $gridId) {
    month
    dueDate
    pastDue
    enterprises
    reported
    missing
    worsened
    employees
    outputValue
    revenue
    byGrid {
      key
      label
      status
      count
    }
    byIndustry {
      key
      label
      status
      count
    }
    trend {
      month
      reports
      employees
      outputValue
      revenue
    }
    coverage {
      gridId
      gridName
      enterprises
      visited
      visits
      reported
    }
  }
}
    `) as unknown as TypedDocumentString<ConditionDashboardQuery, ConditionDashboardQueryVariables>;
export const ConditionEnterprisesDocument = new TypedDocumentString(`
    query ConditionEnterprises($filter: ConditionEnterpriseFilter!, $first: Int, $after: String) {
  conditionEnterprises(filter: $filter, first: $first, after: $after) {
    items {
      id
      name
      gridName
      industry
      status
      previousStatus
      latestStatus
      latestMonth
      reported
      visitedOn
    }
    nextCursor
  }
}
    `) as unknown as TypedDocumentString<ConditionEnterprisesQuery, ConditionEnterprisesQueryVariables>;
export const EnterpriseConditionReportsDocument = new TypedDocumentString(`
    query EnterpriseConditionReports($enterpriseId: ID!, $months: Int) {
  enterpriseConditionReports(enterpriseId: $enterpriseId, months: $months) {
    id
    month
    operatingStatus
    employees
    outputValue
    revenue
    capacityUse
    orderTrend
    difficulties
    submittedAt
    submittedByName
    visitId
    revisions
    cases {
      id
      trackingNo
      title
      state
    }
  }
}
    `) as unknown as TypedDocumentString<EnterpriseConditionReportsQuery, EnterpriseConditionReportsQueryVariables>;
export const EnterpriseConditionVisitsDocument = new TypedDocumentString(`
    query EnterpriseConditionVisits($enterpriseId: ID!) {
  enterpriseConditionVisits(enterpriseId: $enterpriseId) {
    id
    visitedOn
    findings
    visitorName
    reportId
    photos {
      id
      fileName
      thumbnail
    }
  }
}
    `) as unknown as TypedDocumentString<EnterpriseConditionVisitsQuery, EnterpriseConditionVisitsQueryVariables>;
export const DepartmentsDocument = new TypedDocumentString(`
    query Departments($includeInactive: Boolean!) {
  departments(includeInactive: $includeInactive) {
    ...DepartmentFields
  }
}
    fragment DepartmentFields on Department {
  id
  name
  shortName
  kind
  contactPhone
  active
  version
}`) as unknown as TypedDocumentString<DepartmentsQuery, DepartmentsQueryVariables>;
export const CreateDepartmentDocument = new TypedDocumentString(`
    mutation CreateDepartment($input: DepartmentInput!) {
  createDepartment(input: $input) {
    ...DepartmentFields
  }
}
    fragment DepartmentFields on Department {
  id
  name
  shortName
  kind
  contactPhone
  active
  version
}`) as unknown as TypedDocumentString<CreateDepartmentMutation, CreateDepartmentMutationVariables>;
export const UpdateDepartmentDocument = new TypedDocumentString(`
    mutation UpdateDepartment($id: ID!, $input: DepartmentInput!, $version: Int!) {
  updateDepartment(id: $id, input: $input, version: $version) {
    ...DepartmentFields
  }
}
    fragment DepartmentFields on Department {
  id
  name
  shortName
  kind
  contactPhone
  active
  version
}`) as unknown as TypedDocumentString<UpdateDepartmentMutation, UpdateDepartmentMutationVariables>;
export const SetDepartmentActiveDocument = new TypedDocumentString(`
    mutation SetDepartmentActive($id: ID!, $active: Boolean!) {
  setDepartmentActive(id: $id, active: $active) {
    ...DepartmentFields
  }
}
    fragment DepartmentFields on Department {
  id
  name
  shortName
  kind
  contactPhone
  active
  version
}`) as unknown as TypedDocumentString<SetDepartmentActiveMutation, SetDepartmentActiveMutationVariables>;
export const DispatchMattersDocument = new TypedDocumentString(`
    query DispatchMatters($category: String) {
  dispatchMatters(category: $category) {
    ...DispatchMatterFields
  }
}
    fragment DispatchMatterFields on DispatchMatter {
  id
  category
  name
  description
  keywords
  lead {
    id
    name
    shortName
    active
  }
  co {
    id
    name
    shortName
    active
  }
  version
  updatedAt
}`) as unknown as TypedDocumentString<DispatchMattersQuery, DispatchMattersQueryVariables>;
export const CreateDispatchMatterDocument = new TypedDocumentString(`
    mutation CreateDispatchMatter($input: DispatchMatterInput!) {
  createDispatchMatter(input: $input) {
    ...DispatchMatterFields
  }
}
    fragment DispatchMatterFields on DispatchMatter {
  id
  category
  name
  description
  keywords
  lead {
    id
    name
    shortName
    active
  }
  co {
    id
    name
    shortName
    active
  }
  version
  updatedAt
}`) as unknown as TypedDocumentString<CreateDispatchMatterMutation, CreateDispatchMatterMutationVariables>;
export const UpdateDispatchMatterDocument = new TypedDocumentString(`
    mutation UpdateDispatchMatter($id: ID!, $input: DispatchMatterInput!, $version: Int!) {
  updateDispatchMatter(id: $id, input: $input, version: $version) {
    ...DispatchMatterFields
  }
}
    fragment DispatchMatterFields on DispatchMatter {
  id
  category
  name
  description
  keywords
  lead {
    id
    name
    shortName
    active
  }
  co {
    id
    name
    shortName
    active
  }
  version
  updatedAt
}`) as unknown as TypedDocumentString<UpdateDispatchMatterMutation, UpdateDispatchMatterMutationVariables>;
export const RemoveDispatchMatterDocument = new TypedDocumentString(`
    mutation RemoveDispatchMatter($id: ID!, $version: Int!) {
  removeDispatchMatter(id: $id, version: $version)
}
    `) as unknown as TypedDocumentString<RemoveDispatchMatterMutation, RemoveDispatchMatterMutationVariables>;
export const SuggestionShareDocument = new TypedDocumentString(`
    query SuggestionShare($from: DateTime!, $to: DateTime!) {
  assignmentSuggestionShare(from: $from, to: $to) {
    assignments
    suggested
    tookFirst
    share
  }
}
    `) as unknown as TypedDocumentString<SuggestionShareQuery, SuggestionShareQueryVariables>;
export const TimeLimitsDocument = new TypedDocumentString(`
    query TimeLimits {
  timeLimits {
    ...TimeLimitsFields
  }
}
    fragment TimeLimitsFields on TimeLimits {
  category
  priority
  sign
  firstContact
  reply
  replyComplex
  review
  custom
  version
}`) as unknown as TypedDocumentString<TimeLimitsQuery, TimeLimitsQueryVariables>;
export const SaveTimeLimitsDocument = new TypedDocumentString(`
    mutation SaveTimeLimits($key: TimeLimitsKey!, $input: TimeLimitsInput!, $version: Int!) {
  saveTimeLimits(key: $key, input: $input, version: $version) {
    ...TimeLimitsFields
  }
}
    fragment TimeLimitsFields on TimeLimits {
  category
  priority
  sign
  firstContact
  reply
  replyComplex
  review
  custom
  version
}`) as unknown as TypedDocumentString<SaveTimeLimitsMutation, SaveTimeLimitsMutationVariables>;
export const ResetTimeLimitsDocument = new TypedDocumentString(`
    mutation ResetTimeLimits($key: TimeLimitsKey!, $version: Int!) {
  resetTimeLimits(key: $key, version: $version) {
    ...TimeLimitsFields
  }
}
    fragment TimeLimitsFields on TimeLimits {
  category
  priority
  sign
  firstContact
  reply
  replyComplex
  review
  custom
  version
}`) as unknown as TypedDocumentString<ResetTimeLimitsMutation, ResetTimeLimitsMutationVariables>;
export const EnterprisesDocument = new TypedDocumentString(`
    query Enterprises($page: EnterprisePageArgs) {
  enterprises(page: $page) {
    items {
      ...EnterpriseFields
    }
    nextCursor
  }
}
    fragment EnterpriseFields on Enterprise {
  id
  name
  creditCode
  legalRepresentative
  industry
  scale
  status
  address
  gridId
  gridPath
  contactName
  contactPhone
  createdAt
  updatedAt
  version
}`) as unknown as TypedDocumentString<EnterprisesQuery, EnterprisesQueryVariables>;
export const EnterpriseDocument = new TypedDocumentString(`
    query Enterprise($id: ID!) {
  enterprise(id: $id) {
    ...EnterpriseFields
  }
}
    fragment EnterpriseFields on Enterprise {
  id
  name
  creditCode
  legalRepresentative
  industry
  scale
  status
  address
  gridId
  gridPath
  contactName
  contactPhone
  createdAt
  updatedAt
  version
}`) as unknown as TypedDocumentString<EnterpriseQuery, EnterpriseQueryVariables>;
export const EnterpriseAccountsDocument = new TypedDocumentString(`
    query EnterpriseAccounts($enterpriseId: ID!) {
  enterpriseAccounts(enterpriseId: $enterpriseId) {
    id
    displayName
    username
    mobile
    manager
    active
  }
}
    `) as unknown as TypedDocumentString<EnterpriseAccountsQuery, EnterpriseAccountsQueryVariables>;
export const EnterpriseHistoryDocument = new TypedDocumentString(`
    query EnterpriseHistory($enterpriseId: ID!) {
  enterpriseHistory(enterpriseId: $enterpriseId) {
    id
    occurredAt
    actorName
    action
    details
  }
}
    `) as unknown as TypedDocumentString<EnterpriseHistoryQuery, EnterpriseHistoryQueryVariables>;
export const CreateEnterpriseDocument = new TypedDocumentString(`
    mutation CreateEnterprise($input: EnterpriseInput!) {
  createEnterprise(input: $input) {
    ...EnterpriseFields
  }
}
    fragment EnterpriseFields on Enterprise {
  id
  name
  creditCode
  legalRepresentative
  industry
  scale
  status
  address
  gridId
  gridPath
  contactName
  contactPhone
  createdAt
  updatedAt
  version
}`) as unknown as TypedDocumentString<CreateEnterpriseMutation, CreateEnterpriseMutationVariables>;
export const UpdateEnterpriseDocument = new TypedDocumentString(`
    mutation UpdateEnterprise($id: ID!, $input: EnterpriseInput!, $version: Int!) {
  updateEnterprise(id: $id, input: $input, version: $version) {
    ...EnterpriseFields
  }
}
    fragment EnterpriseFields on Enterprise {
  id
  name
  creditCode
  legalRepresentative
  industry
  scale
  status
  address
  gridId
  gridPath
  contactName
  contactPhone
  createdAt
  updatedAt
  version
}`) as unknown as TypedDocumentString<UpdateEnterpriseMutation, UpdateEnterpriseMutationVariables>;
export const EnterpriseClaimsDocument = new TypedDocumentString(`
    query EnterpriseClaims($status: EnterpriseClaimStatus) {
  enterpriseClaims(status: $status) {
    ...EnterpriseClaimFields
  }
}
    fragment EnterpriseClaimFields on EnterpriseClaim {
  id
  status
  enterpriseId
  enterpriseName
  creditCode
  applicantName
  applicantMobile
  createdAt
  decidedAt
  rejectionReason
}`) as unknown as TypedDocumentString<EnterpriseClaimsQuery, EnterpriseClaimsQueryVariables>;
export const ApproveEnterpriseClaimDocument = new TypedDocumentString(`
    mutation ApproveEnterpriseClaim($id: ID!) {
  approveEnterpriseClaim(id: $id) {
    ...EnterpriseClaimFields
  }
}
    fragment EnterpriseClaimFields on EnterpriseClaim {
  id
  status
  enterpriseId
  enterpriseName
  creditCode
  applicantName
  applicantMobile
  createdAt
  decidedAt
  rejectionReason
}`) as unknown as TypedDocumentString<ApproveEnterpriseClaimMutation, ApproveEnterpriseClaimMutationVariables>;
export const RejectEnterpriseClaimDocument = new TypedDocumentString(`
    mutation RejectEnterpriseClaim($id: ID!, $reason: String!) {
  rejectEnterpriseClaim(id: $id, reason: $reason) {
    ...EnterpriseClaimFields
  }
}
    fragment EnterpriseClaimFields on EnterpriseClaim {
  id
  status
  enterpriseId
  enterpriseName
  creditCode
  applicantName
  applicantMobile
  createdAt
  decidedAt
  rejectionReason
}`) as unknown as TypedDocumentString<RejectEnterpriseClaimMutation, RejectEnterpriseClaimMutationVariables>;
export const EnterpriseImportTemplateDocument = new TypedDocumentString(`
    query EnterpriseImportTemplate {
  enterpriseImportTemplate
}
    `) as unknown as TypedDocumentString<EnterpriseImportTemplateQuery, EnterpriseImportTemplateQueryVariables>;
export const ImportEnterprisesDocument = new TypedDocumentString(`
    mutation ImportEnterprises($file: String!) {
  importEnterprises(file: $file) {
    imported
    failed {
      row
      reasons
    }
  }
}
    `) as unknown as TypedDocumentString<ImportEnterprisesMutation, ImportEnterprisesMutationVariables>;
export const RequestCaseExportDocument = new TypedDocumentString(`
    mutation RequestCaseExport($filter: CaseFilter) {
  requestCaseExport(filter: $filter) {
    ...ExportFileFields
  }
}
    fragment ExportFileFields on ExportFile {
  id
  kind
  status
  fileName
  rows
  createdAt
  finishedAt
  error
  downloadUrl
}`) as unknown as TypedDocumentString<RequestCaseExportMutation, RequestCaseExportMutationVariables>;
export const RequestEnterpriseExportDocument = new TypedDocumentString(`
    mutation RequestEnterpriseExport($filter: EnterpriseFilter) {
  requestEnterpriseExport(filter: $filter) {
    ...ExportFileFields
  }
}
    fragment ExportFileFields on ExportFile {
  id
  kind
  status
  fileName
  rows
  createdAt
  finishedAt
  error
  downloadUrl
}`) as unknown as TypedDocumentString<RequestEnterpriseExportMutation, RequestEnterpriseExportMutationVariables>;
export const RequestAuditExportDocument = new TypedDocumentString(`
    mutation RequestAuditExport($filter: AuditLogFilter) {
  requestAuditExport(filter: $filter) {
    ...ExportFileFields
  }
}
    fragment ExportFileFields on ExportFile {
  id
  kind
  status
  fileName
  rows
  createdAt
  finishedAt
  error
  downloadUrl
}`) as unknown as TypedDocumentString<RequestAuditExportMutation, RequestAuditExportMutationVariables>;
export const RequestConditionExportDocument = new TypedDocumentString(`
    mutation RequestConditionExport($month: String!) {
  requestConditionExport(month: $month) {
    ...ExportFileFields
  }
}
    fragment ExportFileFields on ExportFile {
  id
  kind
  status
  fileName
  rows
  createdAt
  finishedAt
  error
  downloadUrl
}`) as unknown as TypedDocumentString<RequestConditionExportMutation, RequestConditionExportMutationVariables>;
export const RequestMonthlyReportExportDocument = new TypedDocumentString(`
    mutation RequestMonthlyReportExport($month: String!) {
  requestMonthlyReportExport(month: $month) {
    ...ExportFileFields
  }
}
    fragment ExportFileFields on ExportFile {
  id
  kind
  status
  fileName
  rows
  createdAt
  finishedAt
  error
  downloadUrl
}`) as unknown as TypedDocumentString<RequestMonthlyReportExportMutation, RequestMonthlyReportExportMutationVariables>;
export const MyExportsDocument = new TypedDocumentString(`
    query MyExports {
  myExports {
    ...ExportFileFields
  }
}
    fragment ExportFileFields on ExportFile {
  id
  kind
  status
  fileName
  rows
  createdAt
  finishedAt
  error
  downloadUrl
}`) as unknown as TypedDocumentString<MyExportsQuery, MyExportsQueryVariables>;
export const GridOptionsDocument = new TypedDocumentString(`
    query GridOptions($includeInactive: Boolean!) {
  grids(includeInactive: $includeInactive) {
    id
    name
    code
    level
    parentId
    active
  }
}
    `) as unknown as TypedDocumentString<GridOptionsQuery, GridOptionsQueryVariables>;
export const GridsDocument = new TypedDocumentString(`
    query Grids {
  grids(includeInactive: true) {
    ...GridFields
  }
}
    fragment GridFields on Grid {
  id
  name
  code
  level
  parentId
  path
  active
  enterpriseCount
  heads {
    id
    displayName
    mobile
  }
  version
}`) as unknown as TypedDocumentString<GridsQuery, GridsQueryVariables>;
export const CreateGridDocument = new TypedDocumentString(`
    mutation CreateGrid($input: GridInput!) {
  createGrid(input: $input) {
    ...GridFields
  }
}
    fragment GridFields on Grid {
  id
  name
  code
  level
  parentId
  path
  active
  enterpriseCount
  heads {
    id
    displayName
    mobile
  }
  version
}`) as unknown as TypedDocumentString<CreateGridMutation, CreateGridMutationVariables>;
export const RenameGridDocument = new TypedDocumentString(`
    mutation RenameGrid($id: ID!, $name: String!, $code: String!, $version: Int!) {
  renameGrid(id: $id, name: $name, code: $code, version: $version) {
    ...GridFields
  }
}
    fragment GridFields on Grid {
  id
  name
  code
  level
  parentId
  path
  active
  enterpriseCount
  heads {
    id
    displayName
    mobile
  }
  version
}`) as unknown as TypedDocumentString<RenameGridMutation, RenameGridMutationVariables>;
export const MoveGridDocument = new TypedDocumentString(`
    mutation MoveGrid($id: ID!, $parentId: ID!, $version: Int!) {
  moveGrid(id: $id, parentId: $parentId, version: $version) {
    ...GridFields
  }
}
    fragment GridFields on Grid {
  id
  name
  code
  level
  parentId
  path
  active
  enterpriseCount
  heads {
    id
    displayName
    mobile
  }
  version
}`) as unknown as TypedDocumentString<MoveGridMutation, MoveGridMutationVariables>;
export const SetGridActiveDocument = new TypedDocumentString(`
    mutation SetGridActive($id: ID!, $active: Boolean!) {
  setGridActive(id: $id, active: $active) {
    ...GridFields
  }
}
    fragment GridFields on Grid {
  id
  name
  code
  level
  parentId
  path
  active
  enterpriseCount
  heads {
    id
    displayName
    mobile
  }
  version
}`) as unknown as TypedDocumentString<SetGridActiveMutation, SetGridActiveMutationVariables>;
export const RemoveGridDocument = new TypedDocumentString(`
    mutation RemoveGrid($id: ID!) {
  removeGrid(id: $id)
}
    `) as unknown as TypedDocumentString<RemoveGridMutation, RemoveGridMutationVariables>;
export const InspectionTeamsDocument = new TypedDocumentString(`
    query InspectionTeams {
  inspectionTeams {
    ...InspectionTeamFields
  }
}
    fragment InspectionTeamFields on InspectionTeam {
  id
  name
  leader {
    id
    displayName
  }
  members {
    id
    displayName
  }
  version
}`) as unknown as TypedDocumentString<InspectionTeamsQuery, InspectionTeamsQueryVariables>;
export const InspectionInspectorsDocument = new TypedDocumentString(`
    query InspectionInspectors {
  inspectionInspectors {
    id
    displayName
  }
}
    `) as unknown as TypedDocumentString<InspectionInspectorsQuery, InspectionInspectorsQueryVariables>;
export const CreateInspectionTeamDocument = new TypedDocumentString(`
    mutation CreateInspectionTeam($input: InspectionTeamInput!) {
  createInspectionTeam(input: $input) {
    ...InspectionTeamFields
  }
}
    fragment InspectionTeamFields on InspectionTeam {
  id
  name
  leader {
    id
    displayName
  }
  members {
    id
    displayName
  }
  version
}`) as unknown as TypedDocumentString<CreateInspectionTeamMutation, CreateInspectionTeamMutationVariables>;
export const UpdateInspectionTeamDocument = new TypedDocumentString(`
    mutation UpdateInspectionTeam($id: ID!, $input: InspectionTeamInput!, $version: Int!) {
  updateInspectionTeam(id: $id, input: $input, version: $version) {
    ...InspectionTeamFields
  }
}
    fragment InspectionTeamFields on InspectionTeam {
  id
  name
  leader {
    id
    displayName
  }
  members {
    id
    displayName
  }
  version
}`) as unknown as TypedDocumentString<UpdateInspectionTeamMutation, UpdateInspectionTeamMutationVariables>;
export const InspectionTasksDocument = new TypedDocumentString(`
    query InspectionTasks($first: Int!, $after: String) {
  inspectionTasks(first: $first, after: $after) {
    items {
      ...InspectionTaskFields
    }
    nextCursor
  }
}
    fragment InspectionTaskFields on InspectionTask {
  id
  title
  focus
  team {
    id
    name
  }
  grid {
    id
    name
  }
  department {
    id
    name
  }
  startsOn
  endsOn
  records
  version
}`) as unknown as TypedDocumentString<InspectionTasksQuery, InspectionTasksQueryVariables>;
export const CreateInspectionTaskDocument = new TypedDocumentString(`
    mutation CreateInspectionTask($input: InspectionTaskInput!) {
  createInspectionTask(input: $input) {
    ...InspectionTaskFields
  }
}
    fragment InspectionTaskFields on InspectionTask {
  id
  title
  focus
  team {
    id
    name
  }
  grid {
    id
    name
  }
  department {
    id
    name
  }
  startsOn
  endsOn
  records
  version
}`) as unknown as TypedDocumentString<CreateInspectionTaskMutation, CreateInspectionTaskMutationVariables>;
export const InspectionRecordsDocument = new TypedDocumentString(`
    query InspectionRecords($taskId: ID!, $first: Int!, $after: String) {
  inspectionRecords(taskId: $taskId, first: $first, after: $after) {
    items {
      ...InspectionRecordFields
    }
    nextCursor
  }
}
    fragment InspectionRecordFindingFields on InspectionFinding {
  id
  category
  department {
    id
    name
  }
  description
  outcome
  solution
  caseTrackingNo
  rectification {
    id
    state
    deadline
  }
  version
}
fragment InspectionRecordFields on InspectionRecord {
  id
  taskId
  inspector {
    id
    displayName
  }
  inspectedOn
  place
  checked
  photos {
    id
    fileName
    thumbnail
  }
  findings {
    ...InspectionRecordFindingFields
  }
}`) as unknown as TypedDocumentString<InspectionRecordsQuery, InspectionRecordsQueryVariables>;
export const CreateInspectionRecordDocument = new TypedDocumentString(`
    mutation CreateInspectionRecord($input: InspectionRecordInput!) {
  createInspectionRecord(input: $input) {
    ...InspectionRecordFields
  }
}
    fragment InspectionRecordFindingFields on InspectionFinding {
  id
  category
  department {
    id
    name
  }
  description
  outcome
  solution
  caseTrackingNo
  rectification {
    id
    state
    deadline
  }
  version
}
fragment InspectionRecordFields on InspectionRecord {
  id
  taskId
  inspector {
    id
    displayName
  }
  inspectedOn
  place
  checked
  photos {
    id
    fileName
    thumbnail
  }
  findings {
    ...InspectionRecordFindingFields
  }
}`) as unknown as TypedDocumentString<CreateInspectionRecordMutation, CreateInspectionRecordMutationVariables>;
export const UploadInspectionPhotoDocument = new TypedDocumentString(`
    mutation UploadInspectionPhoto($input: UploadAttachmentInput!) {
  uploadInspectionPhoto(input: $input) {
    id
    fileName
    thumbnail
  }
}
    `) as unknown as TypedDocumentString<UploadInspectionPhotoMutation, UploadInspectionPhotoMutationVariables>;
export const InspectionFindingEnterprisesDocument = new TypedDocumentString(`
    query InspectionFindingEnterprises($findingId: ID!, $keyword: String, $first: Int!, $after: String) {
  inspectionFindingEnterprises(
    findingId: $findingId
    keyword: $keyword
    first: $first
    after: $after
  ) {
    items {
      id
      name
      creditCode
      gridName
    }
    nextCursor
  }
}
    `) as unknown as TypedDocumentString<InspectionFindingEnterprisesQuery, InspectionFindingEnterprisesQueryVariables>;
export const SolveFindingOnSpotDocument = new TypedDocumentString(`
    mutation SolveFindingOnSpot($id: ID!, $version: Int!, $solution: String!) {
  solveFindingOnSpot(id: $id, version: $version, solution: $solution) {
    ...InspectionRecordFindingFields
  }
}
    fragment InspectionRecordFindingFields on InspectionFinding {
  id
  category
  department {
    id
    name
  }
  description
  outcome
  solution
  caseTrackingNo
  rectification {
    id
    state
    deadline
  }
  version
}`) as unknown as TypedDocumentString<SolveFindingOnSpotMutation, SolveFindingOnSpotMutationVariables>;
export const FileFindingAsCaseDocument = new TypedDocumentString(`
    mutation FileFindingAsCase($id: ID!, $version: Int!, $input: FindingCaseInput!) {
  fileFindingAsCase(id: $id, version: $version, input: $input) {
    ...InspectionRecordFindingFields
  }
}
    fragment InspectionRecordFindingFields on InspectionFinding {
  id
  category
  department {
    id
    name
  }
  description
  outcome
  solution
  caseTrackingNo
  rectification {
    id
    state
    deadline
  }
  version
}`) as unknown as TypedDocumentString<FileFindingAsCaseMutation, FileFindingAsCaseMutationVariables>;
export const SuggestRectificationDocument = new TypedDocumentString(`
    mutation SuggestRectification($id: ID!, $version: Int!, $input: RectificationSuggestionInput!) {
  suggestRectification(id: $id, version: $version, input: $input) {
    ...InspectionRecordFindingFields
  }
}
    fragment InspectionRecordFindingFields on InspectionFinding {
  id
  category
  department {
    id
    name
  }
  description
  outcome
  solution
  caseTrackingNo
  rectification {
    id
    state
    deadline
  }
  version
}`) as unknown as TypedDocumentString<SuggestRectificationMutation, SuggestRectificationMutationVariables>;
export const RectificationsDocument = new TypedDocumentString(`
    query Rectifications($state: RectificationState, $first: Int!, $after: String) {
  rectifications(state: $state, first: $first, after: $after) {
    items {
      ...RectificationFields
    }
    nextCursor
  }
}
    fragment RectificationFields on Rectification {
  id
  findingId
  findingDescription
  department {
    id
    name
  }
  suggestion
  issuedAt
  deadline
  state
  warning
  report
  evidence
  reportedAt
  returnReason
  version
}`) as unknown as TypedDocumentString<RectificationsQuery, RectificationsQueryVariables>;
export const ReportRectificationDocument = new TypedDocumentString(`
    mutation ReportRectification($id: ID!, $version: Int!, $input: RectificationReportInput!) {
  reportRectification(id: $id, version: $version, input: $input) {
    ...RectificationFields
  }
}
    fragment RectificationFields on Rectification {
  id
  findingId
  findingDescription
  department {
    id
    name
  }
  suggestion
  issuedAt
  deadline
  state
  warning
  report
  evidence
  reportedAt
  returnReason
  version
}`) as unknown as TypedDocumentString<ReportRectificationMutation, ReportRectificationMutationVariables>;
export const AcceptRectificationDocument = new TypedDocumentString(`
    mutation AcceptRectification($id: ID!, $version: Int!) {
  acceptRectification(id: $id, version: $version) {
    ...RectificationFields
  }
}
    fragment RectificationFields on Rectification {
  id
  findingId
  findingDescription
  department {
    id
    name
  }
  suggestion
  issuedAt
  deadline
  state
  warning
  report
  evidence
  reportedAt
  returnReason
  version
}`) as unknown as TypedDocumentString<AcceptRectificationMutation, AcceptRectificationMutationVariables>;
export const SendBackRectificationDocument = new TypedDocumentString(`
    mutation SendBackRectification($id: ID!, $version: Int!, $reason: String!) {
  sendBackRectification(id: $id, version: $version, reason: $reason) {
    ...RectificationFields
  }
}
    fragment RectificationFields on Rectification {
  id
  findingId
  findingDescription
  department {
    id
    name
  }
  suggestion
  issuedAt
  deadline
  state
  warning
  report
  evidence
  reportedAt
  returnReason
  version
}`) as unknown as TypedDocumentString<SendBackRectificationMutation, SendBackRectificationMutationVariables>;
export const InspectionFiguresDocument = new TypedDocumentString(`
    query InspectionFigures($period: InspectionPeriodInput!) {
  inspectionFigures(period: $period) {
    total {
      ...InspectionFigureFields
    }
    teams {
      ...InspectionFigureFields
    }
  }
}
    fragment InspectionFigureFields on InspectionFigureRow {
  teamId
  teamName
  dispatched
  inspectors
  found
  solved
  suggested
  onTime
  overdue
}`) as unknown as TypedDocumentString<InspectionFiguresQuery, InspectionFiguresQueryVariables>;
export const InspectionFigureFindingsDocument = new TypedDocumentString(`
    query InspectionFigureFindings($period: InspectionPeriodInput!, $figure: InspectionFigure!, $teamId: ID, $first: Int!, $after: String) {
  inspectionFigureFindings(
    period: $period
    figure: $figure
    teamId: $teamId
    first: $first
    after: $after
  ) {
    items {
      id
      inspectedOn
      place
      category
      department {
        id
        name
      }
      description
      outcome
    }
    nextCursor
  }
}
    `) as unknown as TypedDocumentString<InspectionFigureFindingsQuery, InspectionFigureFindingsQueryVariables>;
export const BackgroundJobsDocument = new TypedDocumentString(`
    query BackgroundJobs {
  backgroundJobs {
    ...JobQueueFields
  }
}
    fragment JobQueueFields on JobQueue {
  name
  schedule
  lastRunAt
  nextRunAt
  queued
  active
  failed
  failures {
    id
    queue
    error
    attempts
    failedAt
  }
}`) as unknown as TypedDocumentString<BackgroundJobsQuery, BackgroundJobsQueryVariables>;
export const RetryJobDocument = new TypedDocumentString(`
    mutation RetryJob($queue: String!, $id: ID!) {
  retryJob(queue: $queue, id: $id) {
    ...JobQueueFields
  }
}
    fragment JobQueueFields on JobQueue {
  name
  schedule
  lastRunAt
  nextRunAt
  queued
  active
  failed
  failures {
    id
    queue
    error
    attempts
    failedAt
  }
}`) as unknown as TypedDocumentString<RetryJobMutation, RetryJobMutationVariables>;
export const SentMessagesDocument = new TypedDocumentString(`
    query SentMessages($first: Int!, $after: String, $channel: MessageChannel) {
  sentMessages(first: $first, after: $after, channel: $channel) {
    items {
      id
      channel
      recipient
      subject
      body
      sentAt
    }
    nextCursor
  }
}
    `) as unknown as TypedDocumentString<SentMessagesQuery, SentMessagesQueryVariables>;
export const MonthlyReportDocument = new TypedDocumentString(`
    query MonthlyReport($month: String!) {
  monthlyReport(month: $month) {
    month
    generatedAt
    figures {
      from
      to
      received
      closed
      previousReceived
      previousClosed
      open
      overdue
      rates {
        repliedOnTime {
          ...ScorecardRateFields
        }
        resolution {
          ...ScorecardRateFields
        }
        satisfaction {
          ...ScorecardRateFields
        }
      }
      previousRates {
        repliedOnTime {
          ...ScorecardRateFields
        }
        resolution {
          ...ScorecardRateFields
        }
        satisfaction {
          ...ScorecardRateFields
        }
      }
      byCategory {
        key
        received
        closed
        previousReceived
      }
      byGrid {
        key
        name
        received
        closed
        previousReceived
      }
      hotKeywords {
        key
        count
        previous
      }
    }
    ranking {
      rankedCount
      weights {
        minSample
      }
      rows {
        departmentId
        departmentName
        current {
          ...ScorecardFiguresFields
        }
        previous {
          rank
          score
        }
      }
    }
    typicalCases {
      kind
      id
      trackingNo
      title
      category
      enterpriseName
      departmentName
      state
      count
    }
    notices {
      id
      title
      body
      publishedAt
    }
    accountability {
      people
      departments
      rows {
        type
        people
        departments
      }
    }
    records {
      id
      subjectKind
      department {
        id
        name
      }
      officialName
      officialPost
      type
      reason
      decidedOn
      decidedBy
    }
  }
}
    fragment ScorecardRateFields on ScorecardRate {
  numerator
  denominator
  rate
}
fragment ScorecardFiguresFields on ScorecardFigures {
  assigned
  signedOnTime {
    ...ScorecardRateFields
  }
  contactedOnTime {
    ...ScorecardRateFields
  }
  repliedOnTime {
    ...ScorecardRateFields
  }
  resolution {
    ...ScorecardRateFields
  }
  satisfaction {
    ...ScorecardRateFields
  }
  closed
  returned
  extended
  reopened
  sentBack
  overdue
  overdueSuggestions
  score
  ranked
  rank
}`) as unknown as TypedDocumentString<MonthlyReportQuery, MonthlyReportQueryVariables>;
export const ScorecardDocument = new TypedDocumentString(`
    query Scorecard($period: ScorecardPeriodInput!) {
  scorecard(period: $period) {
    from
    to
    previousFrom
    previousTo
    rankedCount
    weights {
      ...ScorecardWeightsFields
    }
    rows {
      departmentId
      departmentName
      current {
        ...ScorecardFiguresFields
      }
      previous {
        ...ScorecardFiguresFields
      }
    }
  }
}
    fragment ScorecardRateFields on ScorecardRate {
  numerator
  denominator
  rate
}
fragment ScorecardFiguresFields on ScorecardFigures {
  assigned
  signedOnTime {
    ...ScorecardRateFields
  }
  contactedOnTime {
    ...ScorecardRateFields
  }
  repliedOnTime {
    ...ScorecardRateFields
  }
  resolution {
    ...ScorecardRateFields
  }
  satisfaction {
    ...ScorecardRateFields
  }
  closed
  returned
  extended
  reopened
  sentBack
  overdue
  overdueSuggestions
  score
  ranked
  rank
}
fragment ScorecardWeightsFields on ScorecardWeights {
  signWeight
  contactWeight
  replyWeight
  resolutionWeight
  satisfactionWeight
  minSample
  version
}`) as unknown as TypedDocumentString<ScorecardQuery, ScorecardQueryVariables>;
export const ScorecardCasesDocument = new TypedDocumentString(`
    query ScorecardCases($period: ScorecardPeriodInput!, $drill: ScorecardDrillInput!, $after: String) {
  scorecardCases(period: $period, drill: $drill, first: 20, after: $after) {
    items {
      caseId
      trackingNo
      title
      state
      day
    }
    nextCursor
  }
}
    `) as unknown as TypedDocumentString<ScorecardCasesQuery, ScorecardCasesQueryVariables>;
export const ScorecardPreviewDocument = new TypedDocumentString(`
    query ScorecardPreview($period: ScorecardPeriodInput!, $weights: ScorecardWeightsInput!) {
  scorecardPreview(period: $period, weights: $weights) {
    departmentId
    departmentName
    score
    rank
    previewScore
    previewRank
  }
}
    `) as unknown as TypedDocumentString<ScorecardPreviewQuery, ScorecardPreviewQueryVariables>;
export const SaveScorecardWeightsDocument = new TypedDocumentString(`
    mutation SaveScorecardWeights($weights: ScorecardWeightsInput!, $version: Int!) {
  saveScorecardWeights(weights: $weights, version: $version) {
    ...ScorecardWeightsFields
  }
}
    fragment ScorecardWeightsFields on ScorecardWeights {
  signWeight
  contactWeight
  replyWeight
  resolutionWeight
  satisfactionWeight
  minSample
  version
}`) as unknown as TypedDocumentString<SaveScorecardWeightsMutation, SaveScorecardWeightsMutationVariables>;
export const DashboardDocument = new TypedDocumentString(`
    query Dashboard($period: ScorecardPeriodInput!, $filter: DashboardFilterInput) {
  dashboard(period: $period, filter: $filter) {
    from
    to
    previousFrom
    previousTo
    received
    closed
    previousReceived
    previousClosed
    open
    overdue
    rates {
      ...DashboardRatesFields
    }
    previousRates {
      ...DashboardRatesFields
    }
    series {
      bucket
      received
      closed
      repliedOnTime {
        ...ScorecardRateFields
      }
      resolution {
        ...ScorecardRateFields
      }
      satisfaction {
        ...ScorecardRateFields
      }
    }
    byKind {
      ...DashboardCountFields
    }
    byCategory {
      ...DashboardCountFields
    }
    byGrid {
      ...DashboardCountFields
    }
    byDepartment {
      departmentId
      name
      assigned
      closed
      overdue
      overdueNow
    }
    overdueCases {
      id
      trackingNo
      title
      state
      departmentName
      dueAt
    }
    hotKeywords {
      key
      count
      previous
    }
    hotCategories {
      key
      count
      previous
    }
  }
}
    fragment ScorecardRateFields on ScorecardRate {
  numerator
  denominator
  rate
}
fragment DashboardCountFields on DashboardCount {
  key
  name
  received
  closed
  previousReceived
  previousClosed
}
fragment DashboardRatesFields on DashboardRates {
  repliedOnTime {
    ...ScorecardRateFields
  }
  resolution {
    ...ScorecardRateFields
  }
  satisfaction {
    ...ScorecardRateFields
  }
}`) as unknown as TypedDocumentString<DashboardQuery, DashboardQueryVariables>;
export const ServicePointsAdminDocument = new TypedDocumentString(`
    query ServicePointsAdmin {
  servicePointsAdmin {
    ...ServicePointFields
  }
}
    fragment ServicePointFields on ServicePoint {
  id
  kind
  name
  gridId
  gridPath
  address
  phone
  openingHours
  services
  active
  version
}`) as unknown as TypedDocumentString<ServicePointsAdminQuery, ServicePointsAdminQueryVariables>;
export const CreateServicePointDocument = new TypedDocumentString(`
    mutation CreateServicePoint($input: ServicePointInput!) {
  createServicePoint(input: $input) {
    ...ServicePointFields
  }
}
    fragment ServicePointFields on ServicePoint {
  id
  kind
  name
  gridId
  gridPath
  address
  phone
  openingHours
  services
  active
  version
}`) as unknown as TypedDocumentString<CreateServicePointMutation, CreateServicePointMutationVariables>;
export const UpdateServicePointDocument = new TypedDocumentString(`
    mutation UpdateServicePoint($id: ID!, $input: ServicePointInput!, $version: Int!) {
  updateServicePoint(id: $id, input: $input, version: $version) {
    ...ServicePointFields
  }
}
    fragment ServicePointFields on ServicePoint {
  id
  kind
  name
  gridId
  gridPath
  address
  phone
  openingHours
  services
  active
  version
}`) as unknown as TypedDocumentString<UpdateServicePointMutation, UpdateServicePointMutationVariables>;
export const SetServicePointActiveDocument = new TypedDocumentString(`
    mutation SetServicePointActive($id: ID!, $active: Boolean!) {
  setServicePointActive(id: $id, active: $active) {
    ...ServicePointFields
  }
}
    fragment ServicePointFields on ServicePoint {
  id
  kind
  name
  gridId
  gridPath
  address
  phone
  openingHours
  services
  active
  version
}`) as unknown as TypedDocumentString<SetServicePointActiveMutation, SetServicePointActiveMutationVariables>;
export const SupervisionBoardDocument = new TypedDocumentString(`
    query SupervisionBoard($filter: SupervisionFilter, $first: Int!, $after: String) {
  supervisionBoard(filter: $filter, first: $first, after: $after) {
    items {
      id
      kind
      step
      colour
      reason
      deadline
      raisedAt
      overdueWorkingDays
      caseId
      trackingNo
      caseTitle
      caseState
      suggestionId
      suggestion
      departmentId
      departmentName
      gridId
      gridName
    }
    nextCursor
  }
}
    `) as unknown as TypedDocumentString<SupervisionBoardQuery, SupervisionBoardQueryVariables>;
export const SupervisionCountsDocument = new TypedDocumentString(`
    query SupervisionCounts($filter: SupervisionFilter) {
  supervisionCounts(filter: $filter) {
    departmentId
    departmentName
    total
    red
    yellow
    inaction
    slowAction
    wrongAction
    complaint
  }
}
    `) as unknown as TypedDocumentString<SupervisionCountsQuery, SupervisionCountsQueryVariables>;
export const CaseSupervisionsDocument = new TypedDocumentString(`
    query CaseSupervisions($caseId: ID!) {
  caseSupervisions(caseId: $caseId) {
    ...CaseSupervisionFields
  }
}
    fragment CaseSupervisionFields on CaseSupervision {
  id
  caseId
  trackingNo
  caseTitle
  departmentId
  departmentName
  level
  note
  dueDate
  issuedAt
  issuedByName
  acknowledgedAt
  acknowledgedByName
  acknowledgeNote
}`) as unknown as TypedDocumentString<CaseSupervisionsQuery, CaseSupervisionsQueryVariables>;
export const PendingSupervisionsDocument = new TypedDocumentString(`
    query PendingSupervisions($first: Int!, $after: String) {
  pendingSupervisions(first: $first, after: $after) {
    items {
      ...CaseSupervisionFields
    }
    nextCursor
  }
}
    fragment CaseSupervisionFields on CaseSupervision {
  id
  caseId
  trackingNo
  caseTitle
  departmentId
  departmentName
  level
  note
  dueDate
  issuedAt
  issuedByName
  acknowledgedAt
  acknowledgedByName
  acknowledgeNote
}`) as unknown as TypedDocumentString<PendingSupervisionsQuery, PendingSupervisionsQueryVariables>;
export const SuperviseCaseDocument = new TypedDocumentString(`
    mutation SuperviseCase($id: ID!, $version: Int!, $input: SuperviseCaseInput!) {
  superviseCase(id: $id, version: $version, input: $input) {
    ...CaseFields
  }
}
    fragment CaseRowFields on Case {
  id
  trackingNo
  kind
  category
  channel
  title
  state
  priority
  complexity
  officeNote
  enterpriseId
  enterpriseName
  gridPath
  leadDepartmentName
  submittedAt
  deadline {
    dueAt
    state
    workingDays
  }
  version
}
fragment CaseAttachmentFields on Attachment {
  id
  fileName
  mimeType
  size
  thumbnail
}
fragment CaseContactFields on CaseContact {
  name
  phone
  masked
}
fragment CaseAssignmentFields on CaseAssignment {
  id
  departmentId
  departmentName
  role
  state
  assignedAt
  signDeadline
  replyDeadline
  originalReplyDeadline
  signedAt
  firstContactedAt
  repliedAt
  paused
  note
  opinion
  draftResult
  draftText
  draftInternalNote
  pendingRequest
  requestReason
  requestDays
  sentBackAt
  version
}
fragment CaseFields on Case {
  ...CaseRowFields
  queryCode
  content
  misconductType
  contactConsent
  namedDepartmentId
  namedDepartmentName
  submitterName
  acceptedAt
  repliedAt
  closedAt
  duplicateOf {
    id
    trackingNo
  }
  replyResult
  replyText
  reopenCount
  availableActions
  contact {
    ...CaseContactFields
  }
  assignments {
    ...CaseAssignmentFields
  }
  attachments {
    ...CaseAttachmentFields
  }
  timeline {
    id
    occurredAt
    action
    fromState
    toState
    actorRole
    actorName
    publicNote
    internalNote
    attachments {
      ...CaseAttachmentFields
    }
  }
}`) as unknown as TypedDocumentString<SuperviseCaseMutation, SuperviseCaseMutationVariables>;
export const UrgeCaseDocument = new TypedDocumentString(`
    mutation UrgeCase($id: ID!, $version: Int!, $note: String!) {
  urgeCase(id: $id, version: $version, note: $note) {
    ...CaseFields
  }
}
    fragment CaseRowFields on Case {
  id
  trackingNo
  kind
  category
  channel
  title
  state
  priority
  complexity
  officeNote
  enterpriseId
  enterpriseName
  gridPath
  leadDepartmentName
  submittedAt
  deadline {
    dueAt
    state
    workingDays
  }
  version
}
fragment CaseAttachmentFields on Attachment {
  id
  fileName
  mimeType
  size
  thumbnail
}
fragment CaseContactFields on CaseContact {
  name
  phone
  masked
}
fragment CaseAssignmentFields on CaseAssignment {
  id
  departmentId
  departmentName
  role
  state
  assignedAt
  signDeadline
  replyDeadline
  originalReplyDeadline
  signedAt
  firstContactedAt
  repliedAt
  paused
  note
  opinion
  draftResult
  draftText
  draftInternalNote
  pendingRequest
  requestReason
  requestDays
  sentBackAt
  version
}
fragment CaseFields on Case {
  ...CaseRowFields
  queryCode
  content
  misconductType
  contactConsent
  namedDepartmentId
  namedDepartmentName
  submitterName
  acceptedAt
  repliedAt
  closedAt
  duplicateOf {
    id
    trackingNo
  }
  replyResult
  replyText
  reopenCount
  availableActions
  contact {
    ...CaseContactFields
  }
  assignments {
    ...CaseAssignmentFields
  }
  attachments {
    ...CaseAttachmentFields
  }
  timeline {
    id
    occurredAt
    action
    fromState
    toState
    actorRole
    actorName
    publicNote
    internalNote
    attachments {
      ...CaseAttachmentFields
    }
  }
}`) as unknown as TypedDocumentString<UrgeCaseMutation, UrgeCaseMutationVariables>;
export const AcknowledgeSupervisionDocument = new TypedDocumentString(`
    mutation AcknowledgeSupervision($id: ID!, $version: Int!, $note: String) {
  acknowledgeSupervision(id: $id, version: $version, note: $note) {
    ...CaseFields
  }
}
    fragment CaseRowFields on Case {
  id
  trackingNo
  kind
  category
  channel
  title
  state
  priority
  complexity
  officeNote
  enterpriseId
  enterpriseName
  gridPath
  leadDepartmentName
  submittedAt
  deadline {
    dueAt
    state
    workingDays
  }
  version
}
fragment CaseAttachmentFields on Attachment {
  id
  fileName
  mimeType
  size
  thumbnail
}
fragment CaseContactFields on CaseContact {
  name
  phone
  masked
}
fragment CaseAssignmentFields on CaseAssignment {
  id
  departmentId
  departmentName
  role
  state
  assignedAt
  signDeadline
  replyDeadline
  originalReplyDeadline
  signedAt
  firstContactedAt
  repliedAt
  paused
  note
  opinion
  draftResult
  draftText
  draftInternalNote
  pendingRequest
  requestReason
  requestDays
  sentBackAt
  version
}
fragment CaseFields on Case {
  ...CaseRowFields
  queryCode
  content
  misconductType
  contactConsent
  namedDepartmentId
  namedDepartmentName
  submitterName
  acceptedAt
  repliedAt
  closedAt
  duplicateOf {
    id
    trackingNo
  }
  replyResult
  replyText
  reopenCount
  availableActions
  contact {
    ...CaseContactFields
  }
  assignments {
    ...CaseAssignmentFields
  }
  attachments {
    ...CaseAttachmentFields
  }
  timeline {
    id
    occurredAt
    action
    fromState
    toState
    actorRole
    actorName
    publicNote
    internalNote
    attachments {
      ...CaseAttachmentFields
    }
  }
}`) as unknown as TypedDocumentString<AcknowledgeSupervisionMutation, AcknowledgeSupervisionMutationVariables>;
export const SupervisionBoardChangedDocument = new TypedDocumentString(`
    subscription SupervisionBoardChanged {
  supervisionBoardChanged {
    raised
  }
}
    `) as unknown as TypedDocumentString<SupervisionBoardChangedSubscription, SupervisionBoardChangedSubscriptionVariables>;
export const UsersDocument = new TypedDocumentString(`
    query Users($first: Int!, $after: String, $keyword: String) {
  users(first: $first, after: $after, keyword: $keyword) {
    items {
      ...UserFields
    }
    nextCursor
  }
}
    fragment UserFields on User {
  id
  username
  displayName
  mobile
  email
  roles
  active
  departmentId
  departmentName
  gridId
  enterpriseId
  createdAt
}`) as unknown as TypedDocumentString<UsersQuery, UsersQueryVariables>;
export const CreateUserDocument = new TypedDocumentString(`
    mutation CreateUser($input: NewUserInput!) {
  createUser(input: $input) {
    ...UserFields
  }
}
    fragment UserFields on User {
  id
  username
  displayName
  mobile
  email
  roles
  active
  departmentId
  departmentName
  gridId
  enterpriseId
  createdAt
}`) as unknown as TypedDocumentString<CreateUserMutation, CreateUserMutationVariables>;
export const UpdateUserDocument = new TypedDocumentString(`
    mutation UpdateUser($id: ID!, $input: UserInput!) {
  updateUser(id: $id, input: $input) {
    ...UserFields
  }
}
    fragment UserFields on User {
  id
  username
  displayName
  mobile
  email
  roles
  active
  departmentId
  departmentName
  gridId
  enterpriseId
  createdAt
}`) as unknown as TypedDocumentString<UpdateUserMutation, UpdateUserMutationVariables>;
export const ResetUserPasswordDocument = new TypedDocumentString(`
    mutation ResetUserPassword($input: ResetPasswordInput!) {
  resetUserPassword(input: $input) {
    ...UserFields
  }
}
    fragment UserFields on User {
  id
  username
  displayName
  mobile
  email
  roles
  active
  departmentId
  departmentName
  gridId
  enterpriseId
  createdAt
}`) as unknown as TypedDocumentString<ResetUserPasswordMutation, ResetUserPasswordMutationVariables>;
export const SetUserActiveDocument = new TypedDocumentString(`
    mutation SetUserActive($userId: ID!, $active: Boolean!) {
  setUserActive(userId: $userId, active: $active) {
    ...UserFields
  }
}
    fragment UserFields on User {
  id
  username
  displayName
  mobile
  email
  roles
  active
  departmentId
  departmentName
  gridId
  enterpriseId
  createdAt
}`) as unknown as TypedDocumentString<SetUserActiveMutation, SetUserActiveMutationVariables>;
export const OfficeWorkbenchCountsDocument = new TypedDocumentString(`
    query OfficeWorkbenchCounts {
  officeWorkbenchCounts {
    toAccept
    toAssign
    toReview
    disputes
    extensionRequests
    returnRequests
    overdue
  }
}
    `) as unknown as TypedDocumentString<OfficeWorkbenchCountsQuery, OfficeWorkbenchCountsQueryVariables>;
export const DepartmentWorkbenchCountsDocument = new TypedDocumentString(`
    query DepartmentWorkbenchCounts {
  departmentWorkbenchCounts {
    TO_SIGN
    IN_PROGRESS
    AWAITING_LEADER
    SENT_BACK
    CO_HANDLING
    OVERDUE
  }
}
    `) as unknown as TypedDocumentString<DepartmentWorkbenchCountsQuery, DepartmentWorkbenchCountsQueryVariables>;
export const DepartmentWorkbenchDocument = new TypedDocumentString(`
    query DepartmentWorkbench($queue: DepartmentQueue!, $first: Int!, $after: String) {
  departmentWorkbench(queue: $queue, first: $first, after: $after) {
    items {
      case {
        id
        trackingNo
        title
        kind
        enterpriseName
      }
      assignment {
        id
        role
        state
        paused
      }
      deadline {
        dueAt
        state
        workingDays
      }
    }
    nextCursor
  }
}
    `) as unknown as TypedDocumentString<DepartmentWorkbenchQuery, DepartmentWorkbenchQueryVariables>;