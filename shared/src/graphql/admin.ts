export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string };
  String: { input: string; output: string };
  Boolean: { input: boolean; output: boolean };
  Int: { input: number; output: number };
  Float: { input: number; output: number };
  /** A date-time string at UTC, such as 2019-12-03T09:54:33Z, compliant with the date-time format. */
  DateTime: { input: string; output: string };
};

export type AcceptCaseInput = {
  category: CaseCategory;
  complexity: CaseComplexity;
  note?: InputMaybe<Scalars['String']['input']>;
  priority: CasePriority;
};

/** A department, with the case, that the detections propose for accountability */
export type AccountabilityCandidate = {
  __typename?: 'AccountabilityCandidate';
  /** The deadline missed, or the latest rework */
  at: Scalars['DateTime']['output'];
  case: AccountabilityCase;
  /** Send-backs or reopenings; 1 for the deadline kinds */
  count: Scalars['Int']['output'];
  department: AccountabilityDepartment;
  kind: AccountabilityCandidateKind;
};

/** SIGN_OVERDUE / REPLY_OVERDUE: red now; SIGNED_LATE / REPLIED_LATE: ended past the deadline in the period; SENT_BACK_TWICE, REOPENED: repeated rework */
export type AccountabilityCandidateKind =
  'REOPENED' | 'REPLIED_LATE' | 'REPLY_OVERDUE' | 'SENT_BACK_TWICE' | 'SIGNED_LATE' | 'SIGN_OVERDUE';

/** A case a record rests on, as the viewer may see it */
export type AccountabilityCase = {
  __typename?: 'AccountabilityCase';
  enterpriseName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  title: Scalars['String']['output'];
  trackingNo: Scalars['String']['output'];
};

export type AccountabilityDepartment = {
  __typename?: 'AccountabilityDepartment';
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
};

/** Records of one type decided in one period */
export type AccountabilityFigure = {
  __typename?: 'AccountabilityFigure';
  /** Departments held accountable */
  departments: Scalars['Int']['output'];
  /** Officials held accountable (人次) */
  people: Scalars['Int']['output'];
  /** 2026-05, 2026-Q2 or 2026 */
  period: Scalars['String']['output'];
  type: AccountabilityType;
};

export type AccountabilityFigures = {
  __typename?: 'AccountabilityFigures';
  departments: Scalars['Int']['output'];
  people: Scalars['Int']['output'];
  period: FigurePeriod;
  /** Every period from `from` to `to`, in order */
  periods: Array<Scalars['String']['output']>;
  /** Only the non-zero cells */
  rows: Array<AccountabilityFigure>;
};

/** An accountability record 问责 (docs/supervision.md) */
export type AccountabilityRecord = {
  __typename?: 'AccountabilityRecord';
  /** Linked cases; a department sees only those in its own case scope */
  cases: Array<AccountabilityCase>;
  createdAt: Scalars['DateTime']['output'];
  decidedBy: Scalars['String']['output'];
  /** Business date of the decision (YYYY-MM-DD, Asia/Shanghai) */
  decidedOn: Scalars['String']['output'];
  /** The department held accountable, or the official’s department */
  department: AccountabilityDepartment;
  id: Scalars['ID']['output'];
  officialName: Maybe<Scalars['String']['output']>;
  officialPost: Maybe<Scalars['String']['output']>;
  /** Notices published from it and not withdrawn */
  publishedNotices: Scalars['Int']['output'];
  reason: Scalars['String']['output'];
  subjectKind: AccountabilitySubject;
  type: AccountabilityType;
  updatedAt: Scalars['DateTime']['output'];
  version: Scalars['Int']['output'];
};

export type AccountabilityRecordFilter = {
  departmentId?: InputMaybe<Scalars['ID']['input']>;
  /** Decided on or after (YYYY-MM-DD) */
  from?: InputMaybe<Scalars['String']['input']>;
  subjectKind?: InputMaybe<AccountabilitySubject>;
  /** Decided on or before (YYYY-MM-DD) */
  to?: InputMaybe<Scalars['String']['input']>;
  type?: InputMaybe<AccountabilityType>;
};

export type AccountabilityRecordInput = {
  caseIds?: Array<Scalars['ID']['input']>;
  decidedBy: Scalars['String']['input'];
  /** YYYY-MM-DD, Asia/Shanghai; not after today */
  decidedOn: Scalars['String']['input'];
  departmentId: Scalars['ID']['input'];
  /** Required for an official */
  officialName?: InputMaybe<Scalars['String']['input']>;
  /** Required for an official */
  officialPost?: InputMaybe<Scalars['String']['input']>;
  reason: Scalars['String']['input'];
  subjectKind: AccountabilitySubject;
  type: AccountabilityType;
};

export type AccountabilityRecordPage = {
  __typename?: 'AccountabilityRecordPage';
  items: Array<AccountabilityRecord>;
  nextCursor: Maybe<Scalars['String']['output']>;
};

/** A department as a whole, or a named official of a department */
export type AccountabilitySubject = 'DEPARTMENT' | 'OFFICIAL';

/** 通报批评, 诫勉谈话, 取消评优评先资格, 党纪处分, 政纪处分, 其他 */
export type AccountabilityType =
  'ADMINISTRATIVE_SANCTION' | 'ADMONITION' | 'CRITICISM' | 'NO_HONOURS' | 'OTHER' | 'PARTY_DISCIPLINE';

/** A notice as the office manages it, withdrawn ones too */
export type AdminPublicNotice = {
  __typename?: 'AdminPublicNotice';
  body: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  items: Array<PublicNoticeItem>;
  publishedAt: Scalars['DateTime']['output'];
  recordIds: Array<Scalars['ID']['output']>;
  redaction: NoticeRedaction;
  title: Scalars['String']['output'];
  version: Scalars['Int']['output'];
  withdrawReason: Maybe<Scalars['String']['output']>;
  withdrawnAt: Maybe<Scalars['DateTime']['output']>;
};

export type AdminPublicNoticePage = {
  __typename?: 'AdminPublicNoticePage';
  items: Array<AdminPublicNotice>;
  nextCursor: Maybe<Scalars['String']['output']>;
};

/** 交办: one lead department, any co-departments, and the office’s note */
export type AssignCaseInput = {
  coDepartmentIds?: Array<Scalars['ID']['input']>;
  leadDepartmentId: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
};

export type AssignmentRole = 'CO' | 'LEAD';

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

/** Who might handle a case, and why (docs/dispatch.md#suggestions); the office decides */
export type AssignmentSuggestions = {
  __typename?: 'AssignmentSuggestions';
  /** Suggested co-departments for the first lead, strongest first */
  co: Array<DepartmentSuggestion>;
  /** Candidates for the lead department, strongest first: the first is the suggestion */
  leads: Array<DepartmentSuggestion>;
};

export type Attachment = {
  __typename?: 'Attachment';
  createdAt: Scalars['DateTime']['output'];
  fileName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** Detected from the content */
  mimeType: Scalars['String']['output'];
  size: Scalars['Int']['output'];
  /** A small WebP preview of an image, as a data: URL */
  thumbnail: Maybe<Scalars['String']['output']>;
};

export type AuditChainStatus = {
  __typename?: 'AuditChainStatus';
  checked: Scalars['Int']['output'];
  firstBrokenId: Maybe<Scalars['ID']['output']>;
  intact: Scalars['Boolean']['output'];
};

export type AuditEntry = {
  __typename?: 'AuditEntry';
  action: Scalars['String']['output'];
  actorName: Maybe<Scalars['String']['output']>;
  /** JSON */
  details: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  ip: Maybe<Scalars['String']['output']>;
  occurredAt: Scalars['DateTime']['output'];
  targetId: Maybe<Scalars['String']['output']>;
  targetType: Maybe<Scalars['String']['output']>;
};

export type AuditLogFilter = {
  /** An action code, exactly (LOGIN, case.accept …) */
  action?: InputMaybe<Scalars['String']['input']>;
  /** The start of action codes (case., directory …) */
  actionPrefix?: InputMaybe<Scalars['String']['input']>;
  /** The acting user name, exactly (any case) */
  actor?: InputMaybe<Scalars['String']['input']>;
  /** Entries at or after this moment */
  from?: InputMaybe<Scalars['DateTime']['input']>;
  targetId?: InputMaybe<Scalars['String']['input']>;
  targetType?: InputMaybe<Scalars['String']['input']>;
  /** Entries before this moment */
  to?: InputMaybe<Scalars['DateTime']['input']>;
};

export type AuditLogPage = {
  __typename?: 'AuditLogPage';
  items: Array<AuditEntry>;
  nextCursor: Maybe<Scalars['String']['output']>;
};

export type CalendarStatus = {
  __typename?: 'CalendarStatus';
  /** This year in Asia/Shanghai */
  currentYear: Scalars['Int']['output'];
  /** Years whose arrangement is due but not entered — this year, and from 1 November the next — for which only weekends are off */
  missingYears: Array<Scalars['Int']['output']>;
  nextYear: Scalars['Int']['output'];
};

/** A picture code (图形验证码) to answer with the next sign-in */
export type Captcha = {
  __typename?: 'Captcha';
  id: Scalars['ID']['output'];
  /** The picture, as a data: URL (SVG) to show in an img element */
  image: Scalars['String']['output'];
};

export type Case = {
  __typename?: 'Case';
  acceptedAt: Maybe<Scalars['DateTime']['output']>;
  /** The departments handling the case, the lead first; drafts, opinions, requests and notes only for office and departments */
  assignments: Array<CaseAssignment>;
  attachments: Array<Attachment>;
  /** What the viewer may do now: the lifecycle table’s actions for the state, kind, the viewer’s roles and relation (lead, co-department, office, submitter), and the state of the viewer’s own assignment */
  availableActions: Array<CaseAction>;
  category: CaseCategory;
  channel: CaseChannel;
  closedAt: Maybe<Scalars['DateTime']['output']>;
  complexity: CaseComplexity;
  /** The enterprise’s contact person; a department sees the phone masked, and only when the submitter agreed to be contacted and the case is no complaint */
  contact: Maybe<CaseContact>;
  contactConsent: Scalars['Boolean']['output'];
  content: Scalars['String']['output'];
  /** The running step’s deadline with its warning colour: office and departments only (null on the portal) */
  deadline: Maybe<CaseDeadline>;
  /** The original of a duplicate */
  duplicateOf: Maybe<CaseLink>;
  enterpriseId: Scalars['ID']['output'];
  enterpriseName: Scalars['String']['output'];
  evaluatedAt: Maybe<Scalars['DateTime']['output']>;
  evaluationComment: Maybe<Scalars['String']['output']>;
  evaluationSatisfaction: Maybe<Satisfaction>;
  evaluationSolved: Maybe<EvaluationSolved>;
  /** Grid names from the level-1 grid down to the enterprise’s cell */
  gridPath: Array<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  kind: CaseKind;
  leadDepartmentId: Maybe<Scalars['ID']['output']>;
  leadDepartmentName: Maybe<Scalars['String']['output']>;
  misconductType: Maybe<MisconductType>;
  namedDepartmentId: Maybe<Scalars['ID']['output']>;
  namedDepartmentName: Maybe<Scalars['String']['output']>;
  /** The office’s request for information or its reason to reject */
  officeNote: Maybe<Scalars['String']['output']>;
  priority: CasePriority;
  /** When the next step is promised (the running step’s deadline, without colour); null while the clock is paused or nothing is timed */
  promisedBy: Maybe<Scalars['DateTime']['output']>;
  /** For anonymous tracking: shown to the enterprise, the grid head who reported the case and the office */
  queryCode: Maybe<Scalars['String']['output']>;
  reopenCount: Scalars['Int']['output'];
  repliedAt: Maybe<Scalars['DateTime']['output']>;
  replyResult: Maybe<ReplyResult>;
  replyText: Maybe<Scalars['String']['output']>;
  state: CaseState;
  submittedAt: Scalars['DateTime']['output'];
  /** Who submitted; never shown to a department for a complaint (whistle-blower protection) */
  submitterName: Maybe<Scalars['String']['output']>;
  /** Oldest first. The enterprise and grid heads see the steps that changed or said something, without internal notes or staff names; a department never sees the names that tell who raised a complaint */
  timeline: Array<CaseEvent>;
  title: Scalars['String']['output'];
  trackingNo: Scalars['String']['output'];
  version: Scalars['Int']['output'];
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

export type CaseAssignment = {
  __typename?: 'CaseAssignment';
  assignedAt: Scalars['DateTime']['output'];
  departmentId: Scalars['ID']['output'];
  /** The name of the department holding the assignment */
  departmentName: Scalars['String']['output'];
  draftInternalNote: Maybe<Scalars['String']['output']>;
  /** The drafted reply; office and departments only */
  draftResult: Maybe<ReplyResult>;
  draftText: Maybe<Scalars['String']['output']>;
  firstContactedAt: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  /** The office’s note; office and departments only */
  note: Maybe<Scalars['String']['output']>;
  /** A co-department’s opinion; office and departments only */
  opinion: Maybe<Scalars['String']['output']>;
  /** Before an extension moved it; office and departments only */
  originalReplyDeadline: Maybe<Scalars['DateTime']['output']>;
  /** Whether its clock stops (a request waits for the office leader) */
  paused: Scalars['Boolean']['output'];
  /** EXTENSION or RETURN, waiting for the office leader */
  pendingRequest: Maybe<Scalars['String']['output']>;
  repliedAt: Maybe<Scalars['DateTime']['output']>;
  /** The reply (lead) or opinion (co) deadline in force */
  replyDeadline: Maybe<Scalars['DateTime']['output']>;
  requestDays: Maybe<Scalars['Int']['output']>;
  requestReason: Maybe<Scalars['String']['output']>;
  role: AssignmentRole;
  sentBackAt: Maybe<Scalars['DateTime']['output']>;
  /** Office and departments only */
  signDeadline: Maybe<Scalars['DateTime']['output']>;
  signedAt: Maybe<Scalars['DateTime']['output']>;
  state: AssignmentState;
  version: Scalars['Int']['output'];
};

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

export type CaseChannel = 'GRID_HEAD' | 'INSPECTION' | 'LETTER' | 'PHONE' | 'PORTAL' | 'VISIT';

export type CaseComplexity = 'COMPLEX' | 'SIMPLE';

/** The enterprise’s contact person for a case */
export type CaseContact = {
  __typename?: 'CaseContact';
  /** Whether the phone is masked */
  masked: Scalars['Boolean']['output'];
  name: Scalars['String']['output'];
  /** Masked (138****1234) for a department until it reveals it, which is audited */
  phone: Scalars['String']['output'];
};

export type CaseDeadline = {
  __typename?: 'CaseDeadline';
  /** End of the running step (23:59:59 Asia/Shanghai) */
  dueAt: Scalars['DateTime']['output'];
  state: DeadlineState;
  /** Working days left, or working days overdue when RED */
  workingDays: Scalars['Int']['output'];
};

export type CaseDepartment = {
  __typename?: 'CaseDepartment';
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
};

/** One step on a case’s timeline */
export type CaseEvent = {
  __typename?: 'CaseEvent';
  action: CaseAction;
  /** Hidden from the enterprise for staff */
  actorName: Maybe<Scalars['String']['output']>;
  /** A role, or SYSTEM for scheduled jobs */
  actorRole: Scalars['String']['output'];
  attachments: Array<Attachment>;
  fromState: Maybe<CaseState>;
  id: Scalars['ID']['output'];
  /** Office and departments only */
  internalNote: Maybe<Scalars['String']['output']>;
  occurredAt: Scalars['DateTime']['output'];
  /** What the enterprise reads */
  publicNote: Maybe<Scalars['String']['output']>;
  toState: CaseState;
};

export type CaseFilter = {
  category?: InputMaybe<CaseCategory>;
  channel?: InputMaybe<CaseChannel>;
  deadline?: InputMaybe<DeadlineState>;
  /** Lead department */
  departmentId?: InputMaybe<Scalars['ID']['input']>;
  enterpriseId?: InputMaybe<Scalars['ID']['input']>;
  /** Submitted at or after */
  from?: InputMaybe<Scalars['DateTime']['input']>;
  /** Cases of enterprises in this grid and below */
  gridId?: InputMaybe<Scalars['ID']['input']>;
  /** Cases of enterprises in this industry section (the dashboard's drill-down) */
  industry?: InputMaybe<Scalars['String']['input']>;
  /** Words of title or content, or a tracking number */
  keyword?: InputMaybe<Scalars['String']['input']>;
  kind?: InputMaybe<CaseKind>;
  state?: InputMaybe<CaseState>;
  /** Submitted before */
  to?: InputMaybe<Scalars['DateTime']['input']>;
};

export type CaseKind = 'COMPLAINT' | 'CONSULTATION' | 'DIFFICULTY' | 'SUGGESTION';

export type CaseLink = {
  __typename?: 'CaseLink';
  id: Scalars['ID']['output'];
  trackingNo: Scalars['String']['output'];
};

export type CasePage = {
  __typename?: 'CasePage';
  items: Array<Case>;
  nextCursor: Maybe<Scalars['String']['output']>;
  /** Cases in the whole filtered list (all pages), at most 10000; see totalCountCapped */
  totalCount: Scalars['Int']['output'];
  /** Whether the list holds more than totalCount (10000) cases */
  totalCountCapped: Scalars['Boolean']['output'];
};

export type CasePageArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<CaseFilter>;
  first?: Scalars['Int']['input'];
  sort?: CaseSort;
};

export type CasePriority = 'NORMAL' | 'URGENT';

/** NEWEST: latest submitted first; DEADLINE: nearest deadline first, untimed last (the inbox) */
export type CaseSort = 'DEADLINE' | 'NEWEST';

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

/** How many cases are in one state */
export type CaseStateCount = {
  __typename?: 'CaseStateCount';
  count: Scalars['Int']['output'];
  state: CaseState;
};

/** 督办 on a case, and whether its department acknowledged it */
export type CaseSupervision = {
  __typename?: 'CaseSupervision';
  acknowledgeNote: Maybe<Scalars['String']['output']>;
  acknowledgedAt: Maybe<Scalars['DateTime']['output']>;
  acknowledgedByName: Maybe<Scalars['String']['output']>;
  caseId: Scalars['ID']['output'];
  caseTitle: Scalars['String']['output'];
  departmentId: Scalars['ID']['output'];
  departmentName: Scalars['String']['output'];
  dueDate: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  issuedAt: Scalars['DateTime']['output'];
  issuedByName: Scalars['String']['output'];
  level: SupervisionLevel;
  note: Scalars['String']['output'];
  trackingNo: Scalars['String']['output'];
};

export type CaseSupervisionPage = {
  __typename?: 'CaseSupervisionPage';
  items: Array<CaseSupervision>;
  nextCursor: Maybe<Scalars['String']['output']>;
};

/** What anyone with the tracking number and query code sees: nothing personal */
export type CaseTracking = {
  __typename?: 'CaseTracking';
  category: CaseCategory;
  kind: CaseKind;
  state: CaseState;
  submittedAt: Scalars['DateTime']['output'];
  timeline: Array<CaseTrackingStep>;
  trackingNo: Scalars['String']['output'];
};

export type CaseTrackingStep = {
  __typename?: 'CaseTrackingStep';
  action: CaseAction;
  occurredAt: Scalars['DateTime']['output'];
  toState: CaseState;
};

export type ChangePasswordInput = {
  currentPassword: Scalars['String']['input'];
  newPassword: Scalars['String']['input'];
};

export type ChangeRecord = {
  __typename?: 'ChangeRecord';
  action: Scalars['String']['output'];
  actorName: Maybe<Scalars['String']['output']>;
  /** JSON: { before, after } */
  details: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  occurredAt: Scalars['DateTime']['output'];
};

/** A case raised from a report */
export type ConditionCaseLink = {
  __typename?: 'ConditionCaseLink';
  id: Scalars['ID']['output'];
  state: Scalars['String']['output'];
  title: Scalars['String']['output'];
  trackingNo: Scalars['String']['output'];
};

/** Enterprises of one group and status (status empty: not reported) */
export type ConditionCount = {
  __typename?: 'ConditionCount';
  count: Scalars['Int']['output'];
  /** A grid id or an industry section */
  key: Scalars['String']['output'];
  label: Scalars['String']['output'];
  status: Maybe<OperatingStatus>;
};

/** Visits and reports of a grid in a month */
export type ConditionCoverage = {
  __typename?: 'ConditionCoverage';
  enterprises: Scalars['Int']['output'];
  gridId: Maybe<Scalars['ID']['output']>;
  gridName: Scalars['String']['output'];
  /** Enterprises whose month's report is in */
  reported: Scalars['Int']['output'];
  /** Enterprises visited at least once in the month */
  visited: Scalars['Int']['output'];
  /** Visits in the month */
  visits: Scalars['Int']['output'];
};

/** The office's condition dashboard for a month */
export type ConditionDashboard = {
  __typename?: 'ConditionDashboard';
  /** By level-1 grid (街道/镇) */
  byGrid: Array<ConditionCount>;
  byIndustry: Array<ConditionCount>;
  /** By level-1 grid */
  coverage: Array<ConditionCoverage>;
  dueDate: Scalars['String']['output'];
  employees: Scalars['Int']['output'];
  enterprises: Scalars['Int']['output'];
  /** Not reported after the due day (0 before it) */
  missing: Scalars['Int']['output'];
  month: Scalars['String']['output'];
  outputValue: Scalars['Float']['output'];
  /** Whether the month's due day has passed (by the server's clock) */
  pastDue: Scalars['Boolean']['output'];
  reported: Scalars['Int']['output'];
  revenue: Scalars['Float']['output'];
  /** The twelve months up to the month */
  trend: Array<ConditionTrendPoint>;
  /** Status worse than the month before */
  worsened: Scalars['Int']['output'];
};

/** An enterprise with its condition for a month */
export type ConditionEnterprise = {
  __typename?: 'ConditionEnterprise';
  address: Scalars['String']['output'];
  gridName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  industry: Scalars['String']['output'];
  latestMonth: Maybe<Scalars['String']['output']>;
  /** The status of the latest report of any month */
  latestStatus: Maybe<OperatingStatus>;
  name: Scalars['String']['output'];
  /** The status of the month before */
  previousStatus: Maybe<OperatingStatus>;
  /** Whether the month's report is in */
  reported: Scalars['Boolean']['output'];
  /** The month's status; empty when not reported */
  status: Maybe<OperatingStatus>;
  /** The last visit in the month */
  visitedOn: Maybe<Scalars['String']['output']>;
};

/** Which enterprises of the month: every dashboard figure is one of these filters */
export type ConditionEnterpriseFilter = {
  /** Enterprises of this grid and every grid below it */
  gridId?: InputMaybe<Scalars['ID']['input']>;
  /** A GB/T 4754 section letter */
  industry?: InputMaybe<Scalars['String']['input']>;
  month: Scalars['String']['input'];
  /** true: the month's report is in; false: it is not */
  reported?: InputMaybe<Scalars['Boolean']['input']>;
  status?: InputMaybe<OperatingStatus>;
  /** true: visited in the month; false: not visited */
  visited?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only those whose status is worse than the month before */
  worsened?: InputMaybe<Scalars['Boolean']['input']>;
};

export type ConditionEnterprisePage = {
  __typename?: 'ConditionEnterprisePage';
  items: Array<ConditionEnterprise>;
  nextCursor: Maybe<Scalars['String']['output']>;
};

export type ConditionPhoto = {
  __typename?: 'ConditionPhoto';
  fileName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** A small WebP preview, as a data: URL */
  thumbnail: Maybe<Scalars['String']['output']>;
};

/** An enterprise's condition report for one month (docs/conditions.md) */
export type ConditionReport = {
  __typename?: 'ConditionReport';
  capacityUse: Scalars['Int']['output'];
  cases: Array<ConditionCaseLink>;
  difficulties: Scalars['String']['output'];
  employees: Scalars['Int']['output'];
  enterpriseId: Scalars['ID']['output'];
  enterpriseName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  month: Scalars['String']['output'];
  operatingStatus: OperatingStatus;
  orderTrend: OrderTrend;
  /** 万元 */
  outputValue: Scalars['Float']['output'];
  /** 万元 */
  revenue: Scalars['Float']['output'];
  /** How many times the month was submitted */
  revisions: Scalars['Int']['output'];
  submittedAt: Scalars['DateTime']['output'];
  submittedByName: Scalars['String']['output'];
  version: Scalars['Int']['output'];
  /** The visit during which a grid head filled it in */
  visitId: Maybe<Scalars['ID']['output']>;
};

/** What the form needs: this month's report and the last one before it */
export type ConditionReportForm = {
  __typename?: 'ConditionReportForm';
  /** 'YYYY-MM-DD': the day the month's report is due */
  dueDate: Scalars['String']['output'];
  enterpriseId: Scalars['ID']['output'];
  enterpriseName: Scalars['String']['output'];
  month: Scalars['String']['output'];
  /** The latest report of an earlier month: the form starts from its values */
  previous: Maybe<ConditionReport>;
  report: Maybe<ConditionReport>;
};

/** One submission of a month, as it was sent */
export type ConditionReportRevision = {
  __typename?: 'ConditionReportRevision';
  capacityUse: Scalars['Int']['output'];
  difficulties: Scalars['String']['output'];
  employees: Scalars['Int']['output'];
  operatingStatus: OperatingStatus;
  orderTrend: OrderTrend;
  outputValue: Scalars['Float']['output'];
  revenue: Scalars['Float']['output'];
  revision: Scalars['Int']['output'];
  submittedAt: Scalars['DateTime']['output'];
  submittedByName: Scalars['String']['output'];
};

export type ConditionTrendPoint = {
  __typename?: 'ConditionTrendPoint';
  employees: Scalars['Int']['output'];
  month: Scalars['String']['output'];
  outputValue: Scalars['Float']['output'];
  reports: Scalars['Int']['output'];
  revenue: Scalars['Float']['output'];
};

/** A grid head’s visit 走访 */
export type ConditionVisit = {
  __typename?: 'ConditionVisit';
  createdAt: Scalars['DateTime']['output'];
  enterpriseId: Scalars['ID']['output'];
  enterpriseName: Scalars['String']['output'];
  findings: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  photos: Array<ConditionPhoto>;
  /** The report filled in during the visit */
  reportId: Maybe<Scalars['ID']['output']>;
  visitedOn: Scalars['String']['output'];
  visitorName: Scalars['String']['output'];
};

export type ContactMethod = 'MEETING' | 'MESSAGE' | 'PHONE' | 'VISIT';

/** 数据驾驶舱: the office figures of a period against the one before */
export type Dashboard = {
  __typename?: 'Dashboard';
  byCategory: Array<DashboardCount>;
  /** Most overdue first */
  byDepartment: Array<DashboardDepartment>;
  byGrid: Array<DashboardCount>;
  byKind: Array<DashboardCount>;
  closed: Scalars['Int']['output'];
  from: Scalars['String']['output'];
  /** Received per category, most first */
  hotCategories: Array<HotTopic>;
  /** The most frequent words of the cases received, most first */
  hotKeywords: Array<HotTopic>;
  /** Cases running now (not in a final state) */
  open: Scalars['Int']['output'];
  /** Running cases past their deadline now */
  overdue: Scalars['Int']['output'];
  /** The ten most overdue running cases */
  overdueCases: Array<DashboardCase>;
  previousClosed: Scalars['Int']['output'];
  previousFrom: Scalars['String']['output'];
  previousRates: DashboardRates;
  previousReceived: Scalars['Int']['output'];
  previousTo: Scalars['String']['output'];
  rates: DashboardRates;
  received: Scalars['Int']['output'];
  series: Array<DashboardPoint>;
  to: Scalars['String']['output'];
};

/** A case running past its deadline now */
export type DashboardCase = {
  __typename?: 'DashboardCase';
  departmentName: Maybe<Scalars['String']['output']>;
  dueAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  state: Scalars['String']['output'];
  title: Scalars['String']['output'];
  trackingNo: Scalars['String']['output'];
};

/** Cases received and closed under one key, this period and the one before */
export type DashboardCount = {
  __typename?: 'DashboardCount';
  closed: Scalars['Int']['output'];
  /** A kind or category code, or a grid id */
  key: Scalars['String']['output'];
  /** The grid's name; the code otherwise */
  name: Scalars['String']['output'];
  previousClosed: Scalars['Int']['output'];
  previousReceived: Scalars['Int']['output'];
  received: Scalars['Int']['output'];
};

export type DashboardDepartment = {
  __typename?: 'DashboardDepartment';
  /** Cases assigned as lead in the period */
  assigned: Scalars['Int']['output'];
  /** Its cases closed in the period */
  closed: Scalars['Int']['output'];
  departmentId: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  /** Its steps that ended late in the period */
  overdue: Scalars['Int']['output'];
  /** Its lead tasks past their deadline now */
  overdueNow: Scalars['Int']['output'];
};

/** Narrows the received and closed figures and the hot topics */
export type DashboardFilterInput = {
  /** A level-1 grid */
  gridId?: InputMaybe<Scalars['ID']['input']>;
  /** An industry section code */
  industry?: InputMaybe<Scalars['String']['input']>;
};

/** One day (periods up to 62 days) or month of the period */
export type DashboardPoint = {
  __typename?: 'DashboardPoint';
  /** The first day of the bucket, YYYY-MM-DD */
  bucket: Scalars['String']['output'];
  closed: Scalars['Int']['output'];
  received: Scalars['Int']['output'];
  repliedOnTime: ScorecardRate;
  resolution: ScorecardRate;
  satisfaction: ScorecardRate;
};

export type DashboardRates = {
  __typename?: 'DashboardRates';
  /** 按时办结率 */
  repliedOnTime: ScorecardRate;
  /** 解决率 */
  resolution: ScorecardRate;
  /** 满意率 */
  satisfaction: ScorecardRate;
};

export type DeadlineState = 'NONE' | 'PAUSED' | 'RED' | 'YELLOW';

export type Department = {
  __typename?: 'Department';
  active: Scalars['Boolean']['output'];
  contactPhone: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  kind: DepartmentKind;
  name: Scalars['String']['output'];
  shortName: Scalars['String']['output'];
  version: Scalars['Int']['output'];
};

export type DepartmentInput = {
  contactPhone?: InputMaybe<Scalars['String']['input']>;
  kind: DepartmentKind;
  name: Scalars['String']['input'];
  shortName: Scalars['String']['input'];
};

export type DepartmentKind = 'DISTRICT_BUREAU' | 'PUBLIC_UTILITY' | 'STREET_OFFICE';

/** A department workbench queue: to sign 待签收, in progress 办理中, awaiting the leader 待领导审核, sent back 被退回重办, co-handling 协办任务, overdue 已超期 */
export type DepartmentQueue =
  'AWAITING_LEADER' | 'CO_HANDLING' | 'IN_PROGRESS' | 'OVERDUE' | 'SENT_BACK' | 'TO_SIGN';

export type DepartmentSuggestion = {
  __typename?: 'DepartmentSuggestion';
  department: DispatchDepartment;
  reasons: Array<SuggestionReason>;
  /** Higher is stronger; the order of the lists follows it */
  score: Scalars['Int']['output'];
};

/** How many tasks each queue holds */
export type DepartmentWorkbenchCounts = {
  __typename?: 'DepartmentWorkbenchCounts';
  AWAITING_LEADER: Scalars['Int']['output'];
  CO_HANDLING: Scalars['Int']['output'];
  IN_PROGRESS: Scalars['Int']['output'];
  OVERDUE: Scalars['Int']['output'];
  SENT_BACK: Scalars['Int']['output'];
  TO_SIGN: Scalars['Int']['output'];
};

export type DirectReplyInput = {
  internalNote?: InputMaybe<Scalars['String']['input']>;
  result: ReplyResult;
  /** The reply the enterprise reads */
  text: Scalars['String']['input'];
};

/** A department as the catalogue and the suggestions name it */
export type DispatchDepartment = {
  __typename?: 'DispatchDepartment';
  active: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  shortName: Scalars['String']['output'];
};

/** A matter (事项) of the dispatch catalogue (派单目录) */
export type DispatchMatter = {
  __typename?: 'DispatchMatter';
  /** A CaseCategory code */
  category: Scalars['String']['output'];
  /** Co-handling departments (协办), by name */
  co: Array<DispatchDepartment>;
  description: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** Words that, in a case title or content, point to this matter */
  keywords: Array<Scalars['String']['output']>;
  /** The department that leads (主办) */
  lead: DispatchDepartment;
  name: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
  version: Scalars['Int']['output'];
};

export type DispatchMatterInput = {
  /** A CaseCategory code */
  category: Scalars['String']['input'];
  coDepartmentIds?: Array<Scalars['ID']['input']>;
  description?: Scalars['String']['input'];
  keywords: Array<Scalars['String']['input']>;
  leadDepartmentId: Scalars['ID']['input'];
  name: Scalars['String']['input'];
};

/** The lead department’s reply, for its leader and then the office to approve */
export type DraftReplyInput = {
  attachmentIds?: Array<Scalars['ID']['input']>;
  internalNote?: InputMaybe<Scalars['String']['input']>;
  result: ReplyResult;
  /** The reply the enterprise reads */
  text: Scalars['String']['input'];
};

export type Enterprise = {
  __typename?: 'Enterprise';
  address: Scalars['String']['output'];
  contactName: Scalars['String']['output'];
  contactPhone: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  creditCode: Scalars['String']['output'];
  gridId: Scalars['ID']['output'];
  /** Grid names from the level-1 grid down to the enterprise’s cell */
  gridPath: Array<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  industry: Industry;
  legalRepresentative: Scalars['String']['output'];
  name: Scalars['String']['output'];
  scale: EnterpriseScale;
  status: EnterpriseStatus;
  updatedAt: Scalars['DateTime']['output'];
  version: Scalars['Int']['output'];
};

export type EnterpriseAccount = {
  __typename?: 'EnterpriseAccount';
  active: Scalars['Boolean']['output'];
  displayName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  manager: Scalars['Boolean']['output'];
  mobile: Maybe<Scalars['String']['output']>;
  username: Scalars['String']['output'];
};

export type EnterpriseClaim = {
  __typename?: 'EnterpriseClaim';
  applicantMobile: Scalars['String']['output'];
  applicantName: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  creditCode: Scalars['String']['output'];
  decidedAt: Maybe<Scalars['DateTime']['output']>;
  enterpriseId: Scalars['ID']['output'];
  enterpriseName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  rejectionReason: Maybe<Scalars['String']['output']>;
  status: EnterpriseClaimStatus;
};

export type EnterpriseClaimStatus = 'APPROVED' | 'PENDING' | 'REJECTED';

export type EnterpriseFilter = {
  /** Any grid: the whole subtree is included */
  gridId?: InputMaybe<Scalars['ID']['input']>;
  industry?: InputMaybe<Industry>;
  /** Part of the name, or the start of the credit code */
  keyword?: InputMaybe<Scalars['String']['input']>;
  scale?: InputMaybe<EnterpriseScale>;
  status?: InputMaybe<EnterpriseStatus>;
};

export type EnterpriseInput = {
  address: Scalars['String']['input'];
  contactName: Scalars['String']['input'];
  contactPhone: Scalars['String']['input'];
  creditCode: Scalars['String']['input'];
  gridId: Scalars['ID']['input'];
  industry: Industry;
  legalRepresentative: Scalars['String']['input'];
  name: Scalars['String']['input'];
  scale: EnterpriseScale;
  status?: EnterpriseStatus;
};

export type EnterprisePage = {
  __typename?: 'EnterprisePage';
  items: Array<Enterprise>;
  nextCursor: Maybe<Scalars['String']['output']>;
};

export type EnterprisePageArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<EnterpriseFilter>;
  first?: Scalars['Int']['input'];
  sort?: EnterpriseSort;
};

export type EnterpriseScale = 'INDIVIDUAL' | 'LARGE' | 'MEDIUM' | 'MICRO' | 'SMALL';

export type EnterpriseSort = 'NAME' | 'NEWEST';

export type EnterpriseStatus = 'ACTIVE' | 'CLOSED';

export type EvaluationSolved = 'NOT_SOLVED' | 'PARTLY_SOLVED' | 'SOLVED';

/** An .xlsx export written in the background for the user who asked */
export type ExportFile = {
  __typename?: 'ExportFile';
  createdAt: Scalars['DateTime']['output'];
  /** Where the owner downloads the file with a plain GET (READY only) */
  downloadUrl: Maybe<Scalars['String']['output']>;
  /** Why it FAILED, in the reader’s language */
  error: Maybe<Scalars['String']['output']>;
  /** When the file is deleted */
  expiresAt: Scalars['DateTime']['output'];
  fileName: Scalars['String']['output'];
  finishedAt: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  kind: ExportKind;
  /** Rows written (READY only) */
  rows: Maybe<Scalars['Int']['output']>;
  status: ExportStatus;
};

/** What an export holds */
export type ExportKind = 'AUDIT' | 'CASES' | 'CONDITIONS' | 'ENTERPRISES' | 'MONTHLY_REPORT';

/** QUEUED and RUNNING until the background job has written the file; READY or FAILED after */
export type ExportStatus = 'FAILED' | 'QUEUED' | 'READY' | 'RUNNING';

export type ExtensionRequestInput = {
  /** Working days more */
  days: Scalars['Int']['input'];
  reason: Scalars['String']['input'];
};

export type FigurePeriod = 'MONTH' | 'QUARTER' | 'YEAR';

export type FindingCaseInput = {
  /** The enterprise the case is for */
  enterpriseId: Scalars['ID']['input'];
  /** A CaseKind code; a COMPLAINT is not filed this way */
  kind: Scalars['String']['input'];
  title: Scalars['String']['input'];
};

export type FindingOutcome = 'CASE' | 'OPEN' | 'SOLVED' | 'SUGGESTION';

/** 先行联系: how and when the department reached the enterprise */
export type FirstContactInput = {
  contactedAt: Scalars['DateTime']['input'];
  method: ContactMethod;
  summary: Scalars['String']['input'];
};

export type Grid = {
  __typename?: 'Grid';
  active: Scalars['Boolean']['output'];
  code: Scalars['String']['output'];
  /** Enterprises in this grid and all grids below it */
  enterpriseCount: Scalars['Int']['output'];
  heads: Array<GridHead>;
  id: Scalars['ID']['output'];
  level: Scalars['Int']['output'];
  name: Scalars['String']['output'];
  parentId: Maybe<Scalars['ID']['output']>;
  /** Ids from the root to this grid, itself included */
  path: Array<Scalars['ID']['output']>;
  version: Scalars['Int']['output'];
};

export type GridHead = {
  __typename?: 'GridHead';
  displayName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  mobile: Maybe<Scalars['String']['output']>;
};

export type GridInput = {
  code: Scalars['String']['input'];
  name: Scalars['String']['input'];
  /** Empty for a level-1 grid */
  parentId?: InputMaybe<Scalars['ID']['input']>;
};

/** A block of official days off (放假), both ends inclusive */
export type HolidayRange = {
  __typename?: 'HolidayRange';
  /** First day off, YYYY-MM-DD */
  from: Scalars['String']['output'];
  /** The holiday, as the notice names it: 春节 */
  name: Scalars['String']['output'];
  /** Last day off, YYYY-MM-DD */
  to: Scalars['String']['output'];
};

export type HolidayRangeInput = {
  /** YYYY-MM-DD */
  from: Scalars['String']['input'];
  name: Scalars['String']['input'];
  /** YYYY-MM-DD */
  to: Scalars['String']['input'];
};

/** One year of the official holiday arrangement (docs/lifecycle-and-deadlines.md#deadlines) */
export type HolidayYear = {
  __typename?: 'HolidayYear';
  off: Array<HolidayRange>;
  updatedAt: Scalars['DateTime']['output'];
  version: Scalars['Int']['output'];
  /** Make-up working days (调休上班), YYYY-MM-DD */
  work: Array<Scalars['String']['output']>;
  year: Scalars['Int']['output'];
};

export type HolidayYearInput = {
  off: Array<HolidayRangeInput>;
  /** Make-up working days, YYYY-MM-DD */
  work: Array<Scalars['String']['input']>;
};

/** 热点诉求: a word or category, with its count this period and the one before */
export type HotTopic = {
  __typename?: 'HotTopic';
  count: Scalars['Int']['output'];
  key: Scalars['String']['output'];
  previous: Scalars['Int']['output'];
};

export type ImportReport = {
  __typename?: 'ImportReport';
  failed: Array<ImportRowError>;
  imported: Scalars['Int']['output'];
};

export type ImportRowError = {
  __typename?: 'ImportRowError';
  reasons: Array<Scalars['String']['output']>;
  /** Row number in the sheet (the header is row 1) */
  row: Scalars['Int']['output'];
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

/** An enterprise a finding may become a case for (the pick list of inspectors) */
export type InspectionEnterprise = {
  __typename?: 'InspectionEnterprise';
  creditCode: Scalars['String']['output'];
  /** The grid it belongs to */
  gridName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
};

export type InspectionFigure = 'FOUND' | 'ON_TIME' | 'OVERDUE' | 'SOLVED' | 'SUGGESTED';

/** The figures of one team, or of all (teamId null) */
export type InspectionFigureRow = {
  __typename?: 'InspectionFigureRow';
  /** Teams with a task in the period */
  dispatched: Scalars['Int']['output'];
  found: Scalars['Int']['output'];
  /** Inspectors who recorded an inspection in the period */
  inspectors: Scalars['Int']['output'];
  onTime: Scalars['Int']['output'];
  overdue: Scalars['Int']['output'];
  solved: Scalars['Int']['output'];
  suggested: Scalars['Int']['output'];
  teamId: Maybe<Scalars['ID']['output']>;
  teamName: Maybe<Scalars['String']['output']>;
};

export type InspectionFigures = {
  __typename?: 'InspectionFigures';
  /** Every team, by name */
  teams: Array<InspectionFigureRow>;
  total: InspectionFigureRow;
};

/** 发现问题 */
export type InspectionFinding = {
  __typename?: 'InspectionFinding';
  caseId: Maybe<Scalars['ID']['output']>;
  caseTrackingNo: Maybe<Scalars['String']['output']>;
  /** A CaseCategory code */
  category: Scalars['String']['output'];
  /** The department concerned */
  department: InspectionPlace;
  description: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  inspectedOn: Scalars['String']['output'];
  outcome: FindingOutcome;
  place: Scalars['String']['output'];
  recordId: Scalars['ID']['output'];
  rectification: Maybe<Rectification>;
  solution: Maybe<Scalars['String']['output']>;
  taskId: Scalars['ID']['output'];
  version: Scalars['Int']['output'];
};

export type InspectionFindingInput = {
  /** A CaseCategory code */
  category: Scalars['String']['input'];
  /** The department concerned */
  departmentId: Scalars['ID']['input'];
  description: Scalars['String']['input'];
};

/** 巡查重点 */
export type InspectionFocus = 'DUTIES' | 'MARKET_REGULATION' | 'PUBLIC_SERVICE' | 'SOCIAL_MANAGEMENT';

export type InspectionPeriodInput = {
  /** First day, YYYY-MM-DD */
  from: Scalars['String']['input'];
  /** Last day, YYYY-MM-DD */
  to: Scalars['String']['input'];
};

/** An inspector or a team leader */
export type InspectionPerson = {
  __typename?: 'InspectionPerson';
  displayName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
};

/** A photo of an inspection record */
export type InspectionPhoto = {
  __typename?: 'InspectionPhoto';
  fileName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** A small WebP preview, as a data: URL */
  thumbnail: Maybe<Scalars['String']['output']>;
};

/** A grid or a department as inspections name it */
export type InspectionPlace = {
  __typename?: 'InspectionPlace';
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
};

/** A day of inspection: where, what was checked, what was found */
export type InspectionRecord = {
  __typename?: 'InspectionRecord';
  checked: Scalars['String']['output'];
  findings: Array<InspectionFinding>;
  id: Scalars['ID']['output'];
  inspectedOn: Scalars['String']['output'];
  inspector: InspectionPerson;
  photos: Array<InspectionPhoto>;
  place: Scalars['String']['output'];
  taskId: Scalars['ID']['output'];
};

export type InspectionRecordInput = {
  checked: Scalars['String']['input'];
  findings?: Array<InspectionFindingInput>;
  /** YYYY-MM-DD */
  inspectedOn: Scalars['String']['input'];
  /** Uploads of uploadInspectionPhoto (images), kept for the record */
  photoIds?: Array<Scalars['ID']['input']>;
  place: Scalars['String']['input'];
  taskId: Scalars['ID']['input'];
};

/** 巡查任务 */
export type InspectionTask = {
  __typename?: 'InspectionTask';
  /** A department as the target */
  department: Maybe<InspectionPlace>;
  /** Last day (Shanghai), YYYY-MM-DD */
  endsOn: Scalars['String']['output'];
  focus: InspectionFocus;
  /** A grid subtree as the target */
  grid: Maybe<InspectionPlace>;
  id: Scalars['ID']['output'];
  records: Scalars['Int']['output'];
  /** First day (Shanghai), YYYY-MM-DD */
  startsOn: Scalars['String']['output'];
  /** The team (id and name) */
  team: InspectionPlace;
  title: Scalars['String']['output'];
  version: Scalars['Int']['output'];
};

export type InspectionTaskInput = {
  departmentId?: InputMaybe<Scalars['ID']['input']>;
  /** YYYY-MM-DD */
  endsOn: Scalars['String']['input'];
  focus: InspectionFocus;
  /** The grid subtree inspected; or a department */
  gridId?: InputMaybe<Scalars['ID']['input']>;
  /** YYYY-MM-DD */
  startsOn: Scalars['String']['input'];
  teamId: Scalars['ID']['input'];
  title: Scalars['String']['input'];
};

/** 巡查小组 */
export type InspectionTeam = {
  __typename?: 'InspectionTeam';
  id: Scalars['ID']['output'];
  leader: InspectionPerson;
  /** Every inspector, the leader among them */
  members: Array<InspectionPerson>;
  name: Scalars['String']['output'];
  version: Scalars['Int']['output'];
};

export type InspectionTeamInput = {
  leaderId: Scalars['ID']['input'];
  /** The inspectors; the leader is one of them even if not listed */
  memberIds: Array<Scalars['ID']['input']>;
  name: Scalars['String']['input'];
};

/** A background job that failed its last attempt */
export type JobFailure = {
  __typename?: 'JobFailure';
  /** Attempts made */
  attempts: Scalars['Int']['output'];
  /** The error of its last attempt */
  error: Scalars['String']['output'];
  failedAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  /** The queue it belongs to */
  queue: Scalars['String']['output'];
};

/** One queue of background work and how it stands */
export type JobQueue = {
  __typename?: 'JobQueue';
  active: Scalars['Int']['output'];
  /** Jobs that failed for good in the last 7 days */
  failed: Scalars['Int']['output'];
  /** The latest failures, newest first (at most 20) */
  failures: Array<JobFailure>;
  /** When a run of this queue last finished */
  lastRunAt: Maybe<Scalars['DateTime']['output']>;
  /** Queue name, e.g. deliver-message */
  name: Scalars['String']['output'];
  /** When the schedule next falls due */
  nextRunAt: Maybe<Scalars['DateTime']['output']>;
  /** Jobs waiting to run, including retries waiting for their back-off */
  queued: Scalars['Int']['output'];
  /** Cron expression in Asia/Shanghai for scheduled jobs; null for jobs enqueued by events */
  schedule: Maybe<Scalars['String']['output']>;
};

export type LoginInput = {
  /** The characters in the picture; case does not matter */
  captchaAnswer?: InputMaybe<Scalars['String']['input']>;
  /** The picture code answered (newCaptcha), once the server asks for one (CAPTCHA_REQUIRED) */
  captchaId?: InputMaybe<Scalars['ID']['input']>;
  /** User name or mobile number */
  identifier: Scalars['String']['input'];
  password: Scalars['String']['input'];
};

export type MessageChannel = 'EMAIL' | 'SMS';

export type MisconductType =
  | 'ARBITRARY_FEES'
  | 'ARBITRARY_FINES'
  | 'ARBITRARY_FUNDRAISING'
  | 'ARBITRARY_LEVIES'
  | 'INACTION'
  | 'OTHER'
  | 'SLOW_ACTION'
  | 'WRONG_ACTION';

/** 月报: the figures, ranking, typical cases, notices and accountability of one Shanghai month */
export type MonthlyReport = {
  __typename?: 'MonthlyReport';
  accountability: AccountabilityFigures;
  /** The month against the one before; open and overdue as they stand when the report is made */
  figures: Dashboard;
  generatedAt: Scalars['DateTime']['output'];
  /** YYYY-MM */
  month: Scalars['String']['output'];
  /** Notices published in the month and not withdrawn */
  notices: Array<PublicNotice>;
  /** Every department, ranked ones first (红黑榜) */
  ranking: Scorecard;
  /** Records decided in the month, newest first */
  records: Array<AccountabilityRecord>;
  /** Up to five of each kind */
  typicalCases: Array<TypicalCase>;
};

export type Mutation = {
  __typename?: 'Mutation';
  acceptCase: Case;
  /** The office accepts the reported rectification */
  acceptRectification: Rectification;
  /** The department acknowledges the 督办 issued to it */
  acknowledgeSupervision: Case;
  addInspectionFinding: InspectionFinding;
  /** The office approves the reply: it goes to the enterprise */
  approveCaseReply: Case;
  approveEnterpriseClaim: EnterpriseClaim;
  /** 交办: a lead department, any co-departments and a note */
  assignCase: Case;
  changePassword: Viewer;
  /** Closes a disputed case with an explanation the enterprise reads */
  closeDisputedCase: Case;
  /** The department concerned is notified */
  createAccountabilityRecord: AccountabilityRecord;
  createDepartment: Department;
  createDispatchMatter: DispatchMatter;
  createEnterprise: Enterprise;
  createGrid: Grid;
  createInspectionRecord: InspectionRecord;
  createInspectionTask: InspectionTask;
  createInspectionTeam: InspectionTeam;
  createServicePoint: ServicePoint;
  /** Creates a staff, grid-head or inspector account; the password must be changed at first sign-in */
  createUser: User;
  /** The office leader approves (moves the deadline) or denies an extension */
  decideCaseExtension: Case;
  /** The office leader approves a return (back to ACCEPTED for a new assignment) or denies it */
  decideCaseReturn: Case;
  /** 拟写答复: the lead department’s reply, for its leader to approve */
  draftCaseReply: Case;
  /** Enters a case the office received by phone, visit or letter */
  enterCase: Case;
  /** Turned into a case, channel 巡查发现 */
  fileFindingAsCase: InspectionFinding;
  /** Imports an .xlsx file (base64): valid rows land, invalid rows are reported */
  importEnterprises: ImportReport;
  login: Viewer;
  logout: Scalars['Boolean']['output'];
  /** Marks all the viewer's notifications read; returns 0 */
  markAllNotificationsRead: Scalars['Int']['output'];
  /** Closes the case as a duplicate of another, linked; the enterprise is told */
  markCaseDuplicate: Case;
  /** Marks the viewer's notifications among `ids` read; returns the unread count left */
  markNotificationsRead: Scalars['Int']['output'];
  moveGrid: Grid;
  /** A new picture code (图形验证码) for sign-in: answer it in LoginInput within five minutes; it works once */
  newCaptcha: Captcha;
  /** Publishes to the portal, with the chosen details redacted */
  publishPublicNotice: AdminPublicNotice;
  /** 办理进展: a note, for the enterprise or internal */
  recordCaseProgress: Case;
  /** 先行联系: the lead department’s first contact with the enterprise */
  recordFirstContact: Case;
  /** Refuses the case with a reason the enterprise reads (不予受理) */
  rejectCase: Case;
  rejectEnterpriseClaim: EnterpriseClaim;
  /** version as last read; a stale one is a CONFLICT */
  removeDispatchMatter: Scalars['Boolean']['output'];
  /** Removes an empty grid; refused while it holds anything */
  removeGrid: Scalars['Boolean']['output'];
  renameGrid: Grid;
  /** Reopens a disputed case: a new deadline, the reopen count + 1 */
  reopenCase: Case;
  /** The office replies itself (consultations, or any accepted case) */
  replyCaseDirectly: Case;
  /** The department reports its rectification (整改情况) */
  reportRectification: Rectification;
  /** Starts an export of the filtered audit log with a chain check (at most 100,000 rows); EXPORT_RUNNING while another export of yours runs */
  requestAuditExport: ExportFile;
  /** Starts an export of the filtered case list (at most 50,000 rows); EXPORT_RUNNING while another export of yours runs */
  requestCaseExport: ExportFile;
  /** 申请延期: asked once; the clock stops until the office leader decides */
  requestCaseExtension: Case;
  /** Asks the enterprise for more information; the clock pauses */
  requestCaseInfo: Case;
  /** 申请退回: not the department’s duty; the clock stops */
  requestCaseReturn: Case;
  /** Starts an export of the month's condition data (docs/conditions.md); EXPORT_RUNNING while another export of yours runs */
  requestConditionExport: ExportFile;
  /** Starts an export of the filtered enterprise directory (at most 50,000 rows); EXPORT_RUNNING while another export of yours runs */
  requestEnterpriseExport: ExportFile;
  /** Starts the workbook of a month's report 月报 (docs/supervision.md); EXPORT_RUNNING while another export of yours runs */
  requestMonthlyReportExport: ExportFile;
  /** Back to the defaults; version as last read */
  resetTimeLimits: TimeLimits;
  /** Sets a new password that must be changed at next sign-in */
  resetUserPassword: User;
  /** Runs a failed job once more (audited); answers its queue */
  retryJob: JobQueue;
  /** Shows a department the unmasked contact phone of a case it handles, where it may see it masked; audited */
  revealCaseContact: CaseContact;
  /** Enters a year (version null or 0) or replaces it (version as last read; a stale one is a CONFLICT). Every server instance reloads the calendar. */
  saveHolidayYear: HolidayYear;
  /** version 0 while on the defaults, else as last read */
  saveScorecardWeights: ScorecardWeights;
  /** version 0 while on the defaults, else as last read */
  saveTimeLimits: TimeLimits;
  /** The office sends the report back with a reason */
  sendBackRectification: Rectification;
  /** 退回重办: the reply goes back with a reason; the clock goes on */
  sendCaseBack: Case;
  setDepartmentActive: Department;
  setGridActive: Grid;
  setServicePointActive: ServicePoint;
  /** Activates or deactivates an account; deactivation ends its sessions at once */
  setUserActive: User;
  /** 签收: the viewer’s department signs for its assignment */
  signCase: Case;
  /** Solved on the spot, saying how */
  solveFindingOnSpot: InspectionFinding;
  /** 协办意见: a co-department’s opinion for the lead department */
  submitCaseOpinion: Case;
  /** The lead department’s leader approves the draft and sends it to the office */
  submitCaseReply: Case;
  /** Turned into a rectification suggestion (整改建议) to the department concerned */
  suggestRectification: InspectionFinding;
  /** 督办: a level, a note and a deadline, to the lead department */
  superviseCase: Case;
  /** version as last read; a stale one is a CONFLICT */
  updateAccountabilityRecord: AccountabilityRecord;
  updateDepartment: Department;
  /** version as last read; a stale one is a CONFLICT */
  updateDispatchMatter: DispatchMatter;
  updateEnterprise: Enterprise;
  updateInspectionTask: InspectionTask;
  updateInspectionTeam: InspectionTeam;
  updateServicePoint: ServicePoint;
  /** Changes roles and organisation; the user’s sessions end */
  updateUser: User;
  uploadAttachment: Attachment;
  /** A photo for an inspection record (pictures only); createInspectionRecord keeps it */
  uploadInspectionPhoto: Attachment;
  /** 催办: a note to the lead department */
  urgeCase: Case;
  /** Takes the notice off the portal; it stays here and in the audit log. version as last read */
  withdrawPublicNotice: AdminPublicNotice;
};

export type MutationAcceptCaseArgs = {
  id: Scalars['ID']['input'];
  input: AcceptCaseInput;
  version: Scalars['Int']['input'];
};

export type MutationAcceptRectificationArgs = {
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};

export type MutationAcknowledgeSupervisionArgs = {
  id: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  version: Scalars['Int']['input'];
};

export type MutationAddInspectionFindingArgs = {
  input: InspectionFindingInput;
  recordId: Scalars['ID']['input'];
};

export type MutationApproveCaseReplyArgs = {
  id: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  version: Scalars['Int']['input'];
};

export type MutationApproveEnterpriseClaimArgs = {
  id: Scalars['ID']['input'];
};

export type MutationAssignCaseArgs = {
  id: Scalars['ID']['input'];
  input: AssignCaseInput;
  version: Scalars['Int']['input'];
};

export type MutationChangePasswordArgs = {
  input: ChangePasswordInput;
};

export type MutationCloseDisputedCaseArgs = {
  explanation: Scalars['String']['input'];
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};

export type MutationCreateAccountabilityRecordArgs = {
  input: AccountabilityRecordInput;
};

export type MutationCreateDepartmentArgs = {
  input: DepartmentInput;
};

export type MutationCreateDispatchMatterArgs = {
  input: DispatchMatterInput;
};

export type MutationCreateEnterpriseArgs = {
  input: EnterpriseInput;
};

export type MutationCreateGridArgs = {
  input: GridInput;
};

export type MutationCreateInspectionRecordArgs = {
  input: InspectionRecordInput;
};

export type MutationCreateInspectionTaskArgs = {
  input: InspectionTaskInput;
};

export type MutationCreateInspectionTeamArgs = {
  input: InspectionTeamInput;
};

export type MutationCreateServicePointArgs = {
  input: ServicePointInput;
};

export type MutationCreateUserArgs = {
  input: NewUserInput;
};

export type MutationDecideCaseExtensionArgs = {
  approve: Scalars['Boolean']['input'];
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
  version: Scalars['Int']['input'];
};

export type MutationDecideCaseReturnArgs = {
  approve: Scalars['Boolean']['input'];
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
  version: Scalars['Int']['input'];
};

export type MutationDraftCaseReplyArgs = {
  id: Scalars['ID']['input'];
  input: DraftReplyInput;
  version: Scalars['Int']['input'];
};

export type MutationEnterCaseArgs = {
  input: OfficeCaseInput;
};

export type MutationFileFindingAsCaseArgs = {
  id: Scalars['ID']['input'];
  input: FindingCaseInput;
  version: Scalars['Int']['input'];
};

export type MutationImportEnterprisesArgs = {
  file: Scalars['String']['input'];
};

export type MutationLoginArgs = {
  input: LoginInput;
};

export type MutationMarkCaseDuplicateArgs = {
  id: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  originalTrackingNo: Scalars['String']['input'];
  version: Scalars['Int']['input'];
};

export type MutationMarkNotificationsReadArgs = {
  ids: Array<Scalars['ID']['input']>;
};

export type MutationMoveGridArgs = {
  id: Scalars['ID']['input'];
  parentId: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};

export type MutationPublishPublicNoticeArgs = {
  input: PublicNoticeInput;
};

export type MutationRecordCaseProgressArgs = {
  id: Scalars['ID']['input'];
  input: ProgressInput;
  version: Scalars['Int']['input'];
};

export type MutationRecordFirstContactArgs = {
  id: Scalars['ID']['input'];
  input: FirstContactInput;
  version: Scalars['Int']['input'];
};

export type MutationRejectCaseArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
  version: Scalars['Int']['input'];
};

export type MutationRejectEnterpriseClaimArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};

export type MutationRemoveDispatchMatterArgs = {
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};

export type MutationRemoveGridArgs = {
  id: Scalars['ID']['input'];
};

export type MutationRenameGridArgs = {
  code: Scalars['String']['input'];
  id: Scalars['ID']['input'];
  name: Scalars['String']['input'];
  version: Scalars['Int']['input'];
};

export type MutationReopenCaseArgs = {
  id: Scalars['ID']['input'];
  input: ReopenCaseInput;
  version: Scalars['Int']['input'];
};

export type MutationReplyCaseDirectlyArgs = {
  id: Scalars['ID']['input'];
  input: DirectReplyInput;
  version: Scalars['Int']['input'];
};

export type MutationReportRectificationArgs = {
  id: Scalars['ID']['input'];
  input: RectificationReportInput;
  version: Scalars['Int']['input'];
};

export type MutationRequestAuditExportArgs = {
  filter?: InputMaybe<AuditLogFilter>;
};

export type MutationRequestCaseExportArgs = {
  filter?: InputMaybe<CaseFilter>;
};

export type MutationRequestCaseExtensionArgs = {
  id: Scalars['ID']['input'];
  input: ExtensionRequestInput;
  version: Scalars['Int']['input'];
};

export type MutationRequestCaseInfoArgs = {
  id: Scalars['ID']['input'];
  request: Scalars['String']['input'];
  version: Scalars['Int']['input'];
};

export type MutationRequestCaseReturnArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
  version: Scalars['Int']['input'];
};

export type MutationRequestConditionExportArgs = {
  month: Scalars['String']['input'];
};

export type MutationRequestEnterpriseExportArgs = {
  filter?: InputMaybe<EnterpriseFilter>;
};

export type MutationRequestMonthlyReportExportArgs = {
  month: Scalars['String']['input'];
};

export type MutationResetTimeLimitsArgs = {
  key: TimeLimitsKey;
  version: Scalars['Int']['input'];
};

export type MutationResetUserPasswordArgs = {
  input: ResetPasswordInput;
};

export type MutationRetryJobArgs = {
  id: Scalars['ID']['input'];
  queue: Scalars['String']['input'];
};

export type MutationRevealCaseContactArgs = {
  id: Scalars['ID']['input'];
};

export type MutationSaveHolidayYearArgs = {
  input: HolidayYearInput;
  version?: InputMaybe<Scalars['Int']['input']>;
  year: Scalars['Int']['input'];
};

export type MutationSaveScorecardWeightsArgs = {
  version: Scalars['Int']['input'];
  weights: ScorecardWeightsInput;
};

export type MutationSaveTimeLimitsArgs = {
  input: TimeLimitsInput;
  key: TimeLimitsKey;
  version: Scalars['Int']['input'];
};

export type MutationSendBackRectificationArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
  version: Scalars['Int']['input'];
};

export type MutationSendCaseBackArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
  version: Scalars['Int']['input'];
};

export type MutationSetDepartmentActiveArgs = {
  active: Scalars['Boolean']['input'];
  id: Scalars['ID']['input'];
};

export type MutationSetGridActiveArgs = {
  active: Scalars['Boolean']['input'];
  id: Scalars['ID']['input'];
};

export type MutationSetServicePointActiveArgs = {
  active: Scalars['Boolean']['input'];
  id: Scalars['ID']['input'];
};

export type MutationSetUserActiveArgs = {
  active: Scalars['Boolean']['input'];
  userId: Scalars['ID']['input'];
};

export type MutationSignCaseArgs = {
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};

export type MutationSolveFindingOnSpotArgs = {
  id: Scalars['ID']['input'];
  solution: Scalars['String']['input'];
  version: Scalars['Int']['input'];
};

export type MutationSubmitCaseOpinionArgs = {
  id: Scalars['ID']['input'];
  opinion: Scalars['String']['input'];
  version: Scalars['Int']['input'];
};

export type MutationSubmitCaseReplyArgs = {
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};

export type MutationSuggestRectificationArgs = {
  id: Scalars['ID']['input'];
  input: RectificationSuggestionInput;
  version: Scalars['Int']['input'];
};

export type MutationSuperviseCaseArgs = {
  id: Scalars['ID']['input'];
  input: SuperviseCaseInput;
  version: Scalars['Int']['input'];
};

export type MutationUpdateAccountabilityRecordArgs = {
  id: Scalars['ID']['input'];
  input: AccountabilityRecordInput;
  version: Scalars['Int']['input'];
};

export type MutationUpdateDepartmentArgs = {
  id: Scalars['ID']['input'];
  input: DepartmentInput;
  version: Scalars['Int']['input'];
};

export type MutationUpdateDispatchMatterArgs = {
  id: Scalars['ID']['input'];
  input: DispatchMatterInput;
  version: Scalars['Int']['input'];
};

export type MutationUpdateEnterpriseArgs = {
  id: Scalars['ID']['input'];
  input: EnterpriseInput;
  version: Scalars['Int']['input'];
};

export type MutationUpdateInspectionTaskArgs = {
  id: Scalars['ID']['input'];
  input: InspectionTaskInput;
  version: Scalars['Int']['input'];
};

export type MutationUpdateInspectionTeamArgs = {
  id: Scalars['ID']['input'];
  input: InspectionTeamInput;
  version: Scalars['Int']['input'];
};

export type MutationUpdateServicePointArgs = {
  id: Scalars['ID']['input'];
  input: ServicePointInput;
  version: Scalars['Int']['input'];
};

export type MutationUpdateUserArgs = {
  id: Scalars['ID']['input'];
  input: UserInput;
};

export type MutationUploadAttachmentArgs = {
  input: UploadAttachmentInput;
};

export type MutationUploadInspectionPhotoArgs = {
  input: UploadAttachmentInput;
};

export type MutationUrgeCaseArgs = {
  id: Scalars['ID']['input'];
  note: Scalars['String']['input'];
  version: Scalars['Int']['input'];
};

export type MutationWithdrawPublicNoticeArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
  version: Scalars['Int']['input'];
};

export type NewUserInput = {
  departmentId?: InputMaybe<Scalars['ID']['input']>;
  displayName: Scalars['String']['input'];
  /** Where e-mail notifications go */
  email?: InputMaybe<Scalars['String']['input']>;
  enterpriseId?: InputMaybe<Scalars['ID']['input']>;
  gridId?: InputMaybe<Scalars['ID']['input']>;
  mobile?: InputMaybe<Scalars['String']['input']>;
  /** Initial password; the user must change it at first sign-in */
  password: Scalars['String']['input'];
  roles: Array<Role>;
  username: Scalars['String']['input'];
};

export type NoticeRedaction = {
  __typename?: 'NoticeRedaction';
  enterprises: Scalars['Boolean']['output'];
  names: Scalars['Boolean']['output'];
  posts: Scalars['Boolean']['output'];
};

export type NoticeRedactionInput = {
  /** Names of the enterprises of the linked cases become 某企业 */
  enterprises: Scalars['Boolean']['input'];
  /** Officials’ names become surname + 某 (张三 → 张某) */
  names: Scalars['Boolean']['input'];
  /** Officials’ posts become 工作人员 */
  posts: Scalars['Boolean']['input'];
};

/** 消息: an in-app notification, in the language of the request */
export type Notification = {
  __typename?: 'Notification';
  body: Scalars['String']['output'];
  /** The case it is about, if any */
  caseId: Maybe<Scalars['ID']['output']>;
  createdAt: Scalars['DateTime']['output'];
  event: NotificationEvent;
  id: Scalars['ID']['output'];
  read: Scalars['Boolean']['output'];
  title: Scalars['String']['output'];
};

export type NotificationEvent =
  | 'ACCOUNTABILITY_RECORDED'
  | 'CASE_ACCEPTED'
  | 'CASE_ASSIGNED'
  | 'CASE_AUTO_CLOSED'
  | 'CASE_CLOSED'
  | 'CASE_DISPUTED'
  | 'CASE_DUPLICATE'
  | 'CASE_EVALUATED'
  | 'CASE_EXTENSION_APPROVED'
  | 'CASE_EXTENSION_DENIED'
  | 'CASE_EXTENSION_REQUESTED'
  | 'CASE_INFO_REQUESTED'
  | 'CASE_IN_HAND'
  | 'CASE_OPINION_GIVEN'
  | 'CASE_RECEIVED'
  | 'CASE_REJECTED'
  | 'CASE_REOPENED'
  | 'CASE_REPLIED'
  | 'CASE_REPLY_DRAFTED'
  | 'CASE_REPLY_SUBMITTED'
  | 'CASE_RESUMED'
  | 'CASE_RETURNED'
  | 'CASE_RETURN_APPROVED'
  | 'CASE_RETURN_DENIED'
  | 'CASE_RETURN_REQUESTED'
  | 'CASE_SENT_BACK'
  | 'CASE_SUBMITTED'
  | 'CASE_SUPERVISED'
  | 'CASE_SUPERVISION_ACKNOWLEDGED'
  | 'CASE_SUPPLEMENTED'
  | 'CASE_URGED'
  | 'CASE_WARNING_RED'
  | 'CASE_WARNING_YELLOW'
  | 'CASE_WITHDRAWN'
  | 'CONDITION_REPORTS_MISSING'
  | 'CONDITION_REPORT_DUE'
  | 'RECTIFICATION_WARNING_RED'
  | 'RECTIFICATION_WARNING_YELLOW';

export type NotificationPage = {
  __typename?: 'NotificationPage';
  items: Array<Notification>;
  nextCursor: Maybe<Scalars['String']['output']>;
};

export type OfficeCaseInput = {
  attachmentIds?: Array<Scalars['ID']['input']>;
  category: CaseCategory;
  /** PHONE, VISIT or LETTER */
  channel: CaseChannel;
  /** Idempotency key made by the client once per case: a retry returns the same case */
  clientKey: Scalars['String']['input'];
  contactConsent: Scalars['Boolean']['input'];
  content: Scalars['String']['input'];
  /** Grid heads (网格上报) and office entry: the enterprise the case is for */
  enterpriseId?: InputMaybe<Scalars['ID']['input']>;
  kind: CaseKind;
  /** Required for a COMPLAINT */
  misconductType?: InputMaybe<MisconductType>;
  /** The department concerned; required for a COMPLAINT */
  namedDepartmentId?: InputMaybe<Scalars['ID']['input']>;
  title: Scalars['String']['input'];
};

export type OfficeWorkbenchCounts = {
  __typename?: 'OfficeWorkbenchCounts';
  disputes: Scalars['Int']['output'];
  extensionRequests: Scalars['Int']['output'];
  overdue: Scalars['Int']['output'];
  returnRequests: Scalars['Int']['output'];
  toAccept: Scalars['Int']['output'];
  toAssign: Scalars['Int']['output'];
  toReview: Scalars['Int']['output'];
};

/** 经营状态, best first: NORMAL 正常生产, PARTIAL 部分停产, STOPPED 停产, CLOSED 歇业 */
export type OperatingStatus = 'CLOSED' | 'NORMAL' | 'PARTIAL' | 'STOPPED';

/** 订单趋势: UP, FLAT, DOWN */
export type OrderTrend = 'DOWN' | 'FLAT' | 'UP';

export type ProgressInput = {
  note: Scalars['String']['input'];
  /** Whether the enterprise reads it; otherwise office and departments only */
  visibleToEnterprise: Scalars['Boolean']['input'];
};

/** A published notice 通报 on the portal */
export type PublicNotice = {
  __typename?: 'PublicNotice';
  body: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  items: Array<PublicNoticeItem>;
  publishedAt: Scalars['DateTime']['output'];
  title: Scalars['String']['output'];
};

/** A notice’s text as it would be published */
export type PublicNoticeDraft = {
  __typename?: 'PublicNoticeDraft';
  body: Scalars['String']['output'];
  items: Array<PublicNoticeItem>;
  title: Scalars['String']['output'];
};

export type PublicNoticeInput = {
  /** Empty in a draft: the server proposes one */
  body?: Scalars['String']['input'];
  recordIds: Array<Scalars['ID']['input']>;
  redaction: NoticeRedactionInput;
  /** Empty in a draft: the server proposes one */
  title?: Scalars['String']['input'];
};

/** One record as a notice shows it, redacted as chosen */
export type PublicNoticeItem = {
  __typename?: 'PublicNoticeItem';
  decidedOn: Scalars['String']['output'];
  departmentName: Scalars['String']['output'];
  /** Redacted to 张某 when names are redacted */
  officialName: Maybe<Scalars['String']['output']>;
  /** Null when posts are redacted */
  officialPost: Maybe<Scalars['String']['output']>;
  subjectKind: AccountabilitySubject;
  type: AccountabilityType;
};

export type PublicNoticePage = {
  __typename?: 'PublicNoticePage';
  items: Array<PublicNotice>;
  nextCursor: Maybe<Scalars['String']['output']>;
};

export type Query = {
  __typename?: 'Query';
  /** Red warnings now, late steps and repeated rework in [from, to): the most overdue first, at most 200 */
  accountabilityCandidates: Array<AccountabilityCandidate>;
  /** Officials (人次) and departments held accountable, by type and period of decision, from and to inclusive */
  accountabilityFigures: AccountabilityFigures;
  accountabilityRecord: AccountabilityRecord;
  /** Newest decision first; the office sees every record, a department those naming it */
  accountabilityRecords: AccountabilityRecordPage;
  /** Every notice, withdrawn ones too, newest first */
  adminPublicNotices: AdminPublicNoticePage;
  /** Of the assignments made in [from, to), how many took the first suggested lead department */
  assignmentSuggestionShare: SuggestionShare;
  /** Lead and co-departments the catalogue and similar past cases point to, with the reasons */
  assignmentSuggestions: AssignmentSuggestions;
  auditLog: AuditLogPage;
  /** Every background job queue: schedule, runs, counts and failures */
  backgroundJobs: Array<JobQueue>;
  /** Which due years are missing from the calendar */
  calendarStatus: CalendarStatus;
  case: Case;
  /** A case’s 督办: the office sees all, a department those issued to it */
  caseSupervisions: Array<CaseSupervision>;
  /** Cases in the viewer’s scope, newest first, filtered and searched */
  cases: CasePage;
  conditionDashboard: ConditionDashboard;
  /** The enterprises behind a dashboard figure, by name */
  conditionEnterprises: ConditionEnterprisePage;
  /** The office dashboard 数据驾驶舱 of a period */
  dashboard: Dashboard;
  /** One queue of the viewer’s department workbench, nearest deadline first (keyset pages) */
  departmentWorkbench: WorkbenchPage;
  /** How many tasks each queue of the viewer’s department holds */
  departmentWorkbenchCounts: DepartmentWorkbenchCounts;
  departments: Array<Department>;
  /** The catalogue, by category (vocabulary order), then name */
  dispatchMatters: Array<DispatchMatter>;
  enterprise: Enterprise;
  enterpriseAccounts: Array<EnterpriseAccount>;
  /** One enterprise’s cases in the viewer’s scope, counted per state (states without cases left out) */
  enterpriseCaseCounts: Array<CaseStateCount>;
  /** Enterprise account registrations, newest first */
  enterpriseClaims: Array<EnterpriseClaim>;
  /** An enterprise’s reports of the last months, oldest first */
  enterpriseConditionReports: Array<ConditionReport>;
  enterpriseConditionRevisions: Array<ConditionReportRevision>;
  /** Visits to an enterprise, newest first */
  enterpriseConditionVisits: Array<ConditionVisit>;
  /** Who changed the enterprise, when, before and after */
  enterpriseHistory: Array<ChangeRecord>;
  /** The .xlsx import template, base64 */
  enterpriseImportTemplate: Scalars['String']['output'];
  enterprises: EnterprisePage;
  /** The whole grid tree, parents before children */
  grids: Array<Grid>;
  /** Every entered year of the holiday arrangement, ascending */
  holidayYears: Array<HolidayYear>;
  /** The findings behind one figure: the drill-down */
  inspectionFigureFindings: Array<InspectionFinding>;
  /** The figures of a period, per team and in total */
  inspectionFigures: InspectionFigures;
  /** Enterprises a finding may become a case for: the task's grid subtree, or the district for a department task */
  inspectionFindingEnterprises: Array<InspectionEnterprise>;
  /** Active users with the INSPECTOR role */
  inspectionInspectors: Array<InspectionPerson>;
  /** A task's records with their findings, newest first */
  inspectionRecords: Array<InspectionRecord>;
  /** The office every task, an inspector their team's; newest first */
  inspectionTasks: Array<InspectionTask>;
  /** Every team, by name */
  inspectionTeams: Array<InspectionTeam>;
  /** The signed-in user, or null */
  me: Maybe<Viewer>;
  /** The monthly report of a Shanghai month; VALIDATION naming 'month' for a bad or future month */
  monthlyReport: MonthlyReport;
  /** Your exports that have not expired yet, newest first */
  myExports: Array<ExportFile>;
  /** The viewer's notifications, newest first */
  notifications: NotificationPage;
  /** What waits on the office, each a count */
  officeWorkbenchCounts: OfficeWorkbenchCounts;
  /** The 督办 the viewer’s department has not acknowledged yet, oldest first */
  pendingSupervisions: CaseSupervisionPage;
  /** What the portal would show: the proposed text where title or body is empty, redacted as chosen */
  publicNoticeDraft: PublicNoticeDraft;
  /** The office every suggestion, a department those addressed to it; by deadline */
  rectifications: Array<Rectification>;
  /** The scorecard of a period against the one before; a department sees its own row and rank */
  scorecard: Scorecard;
  /** The cases behind one number of a scorecard */
  scorecardCases: ScorecardCasePage;
  /** The ranking of a period under the weights in force and under proposed ones */
  scorecardPreview: Array<ScorecardPreviewRow>;
  scorecardWeights: ScorecardWeights;
  /** SMS and e-mail the recording sender kept, newest first */
  sentMessages: SentMessagePage;
  servicePointsAdmin: Array<ServicePoint>;
  /** Warnings and detections, most overdue first (keyset pages), filtered */
  supervisionBoard: SupervisionPage;
  /** The board’s items per department under the same filters (the department filter aside) */
  supervisionCounts: Array<SupervisionDepartmentCount>;
  /** Every category and priority, with the defaults where unchanged */
  timeLimits: Array<TimeLimits>;
  unreadNotificationCount: Scalars['Int']['output'];
  users: UserPage;
  verifyAuditChain: AuditChainStatus;
};

export type QueryAccountabilityCandidatesArgs = {
  departmentId?: InputMaybe<Scalars['ID']['input']>;
  from: Scalars['DateTime']['input'];
  to: Scalars['DateTime']['input'];
};

export type QueryAccountabilityFiguresArgs = {
  from: Scalars['String']['input'];
  period?: FigurePeriod;
  to: Scalars['String']['input'];
};

export type QueryAccountabilityRecordArgs = {
  id: Scalars['ID']['input'];
};

export type QueryAccountabilityRecordsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: AccountabilityRecordFilter;
  first?: Scalars['Int']['input'];
};

export type QueryAdminPublicNoticesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
};

export type QueryAssignmentSuggestionShareArgs = {
  from: Scalars['DateTime']['input'];
  to: Scalars['DateTime']['input'];
};

export type QueryAssignmentSuggestionsArgs = {
  caseId: Scalars['ID']['input'];
};

export type QueryAuditLogArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AuditLogFilter>;
  first?: Scalars['Int']['input'];
};

export type QueryCaseArgs = {
  id: Scalars['ID']['input'];
};

export type QueryCaseSupervisionsArgs = {
  caseId: Scalars['ID']['input'];
};

export type QueryCasesArgs = {
  page?: InputMaybe<CasePageArgs>;
};

export type QueryConditionDashboardArgs = {
  gridId?: InputMaybe<Scalars['ID']['input']>;
  month: Scalars['String']['input'];
};

export type QueryConditionEnterprisesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter: ConditionEnterpriseFilter;
  first?: Scalars['Int']['input'];
};

export type QueryDashboardArgs = {
  filter?: InputMaybe<DashboardFilterInput>;
  period: ScorecardPeriodInput;
};

export type QueryDepartmentWorkbenchArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
  queue: DepartmentQueue;
};

export type QueryDepartmentsArgs = {
  includeInactive?: Scalars['Boolean']['input'];
};

export type QueryDispatchMattersArgs = {
  category?: InputMaybe<Scalars['String']['input']>;
};

export type QueryEnterpriseArgs = {
  id: Scalars['ID']['input'];
};

export type QueryEnterpriseAccountsArgs = {
  enterpriseId: Scalars['ID']['input'];
};

export type QueryEnterpriseCaseCountsArgs = {
  enterpriseId: Scalars['ID']['input'];
};

export type QueryEnterpriseClaimsArgs = {
  status?: InputMaybe<EnterpriseClaimStatus>;
};

export type QueryEnterpriseConditionReportsArgs = {
  enterpriseId: Scalars['ID']['input'];
  months?: Scalars['Int']['input'];
};

export type QueryEnterpriseConditionRevisionsArgs = {
  reportId: Scalars['ID']['input'];
};

export type QueryEnterpriseConditionVisitsArgs = {
  enterpriseId: Scalars['ID']['input'];
};

export type QueryEnterpriseHistoryArgs = {
  enterpriseId: Scalars['ID']['input'];
};

export type QueryEnterprisesArgs = {
  page?: InputMaybe<EnterprisePageArgs>;
};

export type QueryGridsArgs = {
  includeInactive?: Scalars['Boolean']['input'];
};

export type QueryInspectionFigureFindingsArgs = {
  figure: InspectionFigure;
  period: InspectionPeriodInput;
  teamId?: InputMaybe<Scalars['ID']['input']>;
};

export type QueryInspectionFiguresArgs = {
  period: InspectionPeriodInput;
};

export type QueryInspectionFindingEnterprisesArgs = {
  findingId: Scalars['ID']['input'];
  keyword?: InputMaybe<Scalars['String']['input']>;
};

export type QueryInspectionRecordsArgs = {
  taskId: Scalars['ID']['input'];
};

export type QueryMonthlyReportArgs = {
  month: Scalars['String']['input'];
};

export type QueryNotificationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
};

export type QueryPendingSupervisionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
};

export type QueryPublicNoticeDraftArgs = {
  input: PublicNoticeInput;
};

export type QueryRectificationsArgs = {
  state?: InputMaybe<RectificationState>;
};

export type QueryScorecardArgs = {
  period: ScorecardPeriodInput;
};

export type QueryScorecardCasesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  drill: ScorecardDrillInput;
  first?: Scalars['Int']['input'];
  period: ScorecardPeriodInput;
};

export type QueryScorecardPreviewArgs = {
  period: ScorecardPeriodInput;
  weights: ScorecardWeightsInput;
};

export type QuerySentMessagesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  channel?: InputMaybe<MessageChannel>;
  first?: Scalars['Int']['input'];
};

export type QuerySupervisionBoardArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: SupervisionFilter;
  first?: Scalars['Int']['input'];
};

export type QuerySupervisionCountsArgs = {
  filter?: SupervisionFilter;
};

export type QueryUsersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
  keyword?: InputMaybe<Scalars['String']['input']>;
};

/** 整改建议 and its 整改情况 */
export type Rectification = {
  __typename?: 'Rectification';
  deadline: Scalars['DateTime']['output'];
  department: InspectionPlace;
  evidence: Maybe<Scalars['String']['output']>;
  /** The finding the suggestion answers */
  findingDescription: Scalars['String']['output'];
  findingId: Scalars['ID']['output'];
  id: Scalars['ID']['output'];
  issuedAt: Scalars['DateTime']['output'];
  report: Maybe<Scalars['String']['output']>;
  reportedAt: Maybe<Scalars['DateTime']['output']>;
  /** Why the office sent the last report back */
  returnReason: Maybe<Scalars['String']['output']>;
  state: RectificationState;
  suggestion: Scalars['String']['output'];
  verifiedAt: Maybe<Scalars['DateTime']['output']>;
  version: Scalars['Int']['output'];
  /** A DeadlineState code while awaiting rectification (docs/lifecycle-and-deadlines.md#warnings) */
  warning: Maybe<Scalars['String']['output']>;
};

export type RectificationReportInput = {
  evidence: Scalars['String']['input'];
  report: Scalars['String']['input'];
};

export type RectificationState = 'ACCEPTED' | 'ISSUED' | 'REPORTED';

export type RectificationSuggestionInput = {
  suggestion: Scalars['String']['input'];
  /** Working days from now to the deadline */
  workingDays: Scalars['Int']['input'];
};

/** Reopening a disputed case: the lead department works on, to a new deadline */
export type ReopenCaseInput = {
  /** Working days for the new reply; by default the case’s limit */
  days?: InputMaybe<Scalars['Int']['input']>;
  reason: Scalars['String']['input'];
};

export type ReplyResult = 'ADOPTED' | 'EXPLAINED' | 'NOT_POSSIBLE' | 'PARTLY_RESOLVED' | 'RESOLVED';

export type ResetPasswordInput = {
  password: Scalars['String']['input'];
  userId: Scalars['ID']['input'];
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

export type Satisfaction = 'BASICALLY_SATISFIED' | 'DISSATISFIED' | 'SATISFIED';

/** 部门考核: the departments of a period, ranked ones first by rank */
export type Scorecard = {
  __typename?: 'Scorecard';
  from: Scalars['String']['output'];
  previousFrom: Scalars['String']['output'];
  previousTo: Scalars['String']['output'];
  /** How many departments are ranked */
  rankedCount: Scalars['Int']['output'];
  /** A department sees only its own row */
  rows: Array<ScorecardRow>;
  to: Scalars['String']['output'];
  weights: ScorecardWeights;
};

/** A case behind a scorecard number: the step event that counted */
export type ScorecardCase = {
  __typename?: 'ScorecardCase';
  caseId: Scalars['ID']['output'];
  /** The Shanghai day the step was counted on */
  day: Scalars['String']['output'];
  occurredAt: Scalars['DateTime']['output'];
  state: Scalars['String']['output'];
  title: Scalars['String']['output'];
  trackingNo: Scalars['String']['output'];
};

export type ScorecardCasePage = {
  __typename?: 'ScorecardCasePage';
  items: Array<ScorecardCase>;
  nextCursor: Maybe<Scalars['String']['output']>;
};

export type ScorecardDrillInput = {
  departmentId: Scalars['ID']['input'];
  measure: ScorecardMeasure;
};

/** One department's figures for one period */
export type ScorecardFigures = {
  __typename?: 'ScorecardFigures';
  /** Cases assigned to it as lead department */
  assigned: Scalars['Int']['output'];
  /** Cases closed (evaluated, closed after a dispute or automatically): not the solved ones */
  closed: Scalars['Int']['output'];
  /** 响应率: first contacts on time over first contacts */
  contactedOnTime: ScorecardRate;
  /** Extensions approved */
  extended: Scalars['Int']['output'];
  /** Department steps (signing, first contact, opinion, reply) that ended late */
  overdue: Scalars['Int']['output'];
  /** Rectification suggestions (整改建议) to it that went overdue, counted by the day of their deadline */
  overdueSuggestions: Scalars['Int']['output'];
  rank: Maybe<Scalars['Int']['output']>;
  /** Whether it reached the minimum sample and is ranked */
  ranked: Scalars['Boolean']['output'];
  /** Disputes reopened */
  reopened: Scalars['Int']['output'];
  /** 按时办结率: replies sent on time over replies sent */
  repliedOnTime: ScorecardRate;
  /** 解决率: solved + partly solved over evaluations */
  resolution: ScorecardRate;
  /** Returns approved */
  returned: Scalars['Int']['output'];
  /** 满意率: satisfied + basically satisfied over evaluations */
  satisfaction: ScorecardRate;
  /** Weighted score 0–100 over the rates that have a denominator */
  score: Maybe<Scalars['Float']['output']>;
  /** Replies sent back by the office (重办) */
  sentBack: Scalars['Int']['output'];
  /** 签收及时率: signings on time over signings */
  signedOnTime: ScorecardRate;
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
  from: Scalars['String']['input'];
  /** YYYY-MM-DD, not before from */
  to: Scalars['String']['input'];
};

export type ScorecardPreviewRow = {
  __typename?: 'ScorecardPreviewRow';
  departmentId: Scalars['ID']['output'];
  departmentName: Scalars['String']['output'];
  previewRank: Maybe<Scalars['Int']['output']>;
  previewScore: Maybe<Scalars['Float']['output']>;
  rank: Maybe<Scalars['Int']['output']>;
  score: Maybe<Scalars['Float']['output']>;
};

/** A rate with what it is made of; rate is null when nothing was counted */
export type ScorecardRate = {
  __typename?: 'ScorecardRate';
  denominator: Scalars['Int']['output'];
  numerator: Scalars['Int']['output'];
  /** numerator / denominator, 0–1 */
  rate: Maybe<Scalars['Float']['output']>;
};

export type ScorecardRow = {
  __typename?: 'ScorecardRow';
  current: ScorecardFigures;
  departmentId: Scalars['ID']['output'];
  departmentName: Scalars['String']['output'];
  /** The period of the same length just before */
  previous: ScorecardFigures;
};

export type ScorecardWeights = {
  __typename?: 'ScorecardWeights';
  contactWeight: Scalars['Int']['output'];
  minSample: Scalars['Int']['output'];
  replyWeight: Scalars['Int']['output'];
  resolutionWeight: Scalars['Int']['output'];
  satisfactionWeight: Scalars['Int']['output'];
  signWeight: Scalars['Int']['output'];
  /** 0 while on the defaults */
  version: Scalars['Int']['output'];
};

/** The weights of the five rates in the score (0–100 each, not all 0) and the minimum sample */
export type ScorecardWeightsInput = {
  contactWeight: Scalars['Int']['input'];
  /** Departments with fewer cases assigned in the period are listed but not ranked */
  minSample: Scalars['Int']['input'];
  replyWeight: Scalars['Int']['input'];
  resolutionWeight: Scalars['Int']['input'];
  satisfactionWeight: Scalars['Int']['input'];
  signWeight: Scalars['Int']['input'];
};

/** An SMS or e-mail as the recording sender kept it */
export type SentMessage = {
  __typename?: 'SentMessage';
  body: Scalars['String']['output'];
  channel: MessageChannel;
  id: Scalars['ID']['output'];
  recipient: Scalars['String']['output'];
  sentAt: Scalars['DateTime']['output'];
  /** E-mail only */
  subject: Maybe<Scalars['String']['output']>;
};

export type SentMessagePage = {
  __typename?: 'SentMessagePage';
  items: Array<SentMessage>;
  nextCursor: Maybe<Scalars['String']['output']>;
};

export type ServicePoint = {
  __typename?: 'ServicePoint';
  active: Scalars['Boolean']['output'];
  address: Scalars['String']['output'];
  gridId: Scalars['ID']['output'];
  /** Grid names from the level-1 grid down to the one served */
  gridPath: Array<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  kind: ServicePointKind;
  name: Scalars['String']['output'];
  openingHours: Scalars['String']['output'];
  phone: Scalars['String']['output'];
  services: Array<Scalars['String']['output']>;
  version: Scalars['Int']['output'];
};

export type ServicePointInput = {
  address: Scalars['String']['input'];
  gridId: Scalars['ID']['input'];
  name: Scalars['String']['input'];
  openingHours: Scalars['String']['input'];
  phone: Scalars['String']['input'];
  services: Array<Scalars['String']['input']>;
};

export type ServicePointKind = 'CENTRE' | 'STATION';

export type Subscription = {
  __typename?: 'Subscription';
  /** Each new notification of the viewer, as it is written (graphql-ws on the API's path) */
  notificationAdded: Notification;
  /** Each time warnings or detections are raised, on any instance (graphql-ws on the API’s path): read the board again */
  supervisionBoardChanged: SupervisionBoardChange;
};

export type SuggestionReason = {
  __typename?: 'SuggestionReason';
  /** HISTORY: how many similar past cases the department led */
  caseCount: Scalars['Int']['output'];
  /** The catalogue matter (catalogue reasons) */
  matterId: Maybe<Scalars['ID']['output']>;
  matterName: Maybe<Scalars['String']['output']>;
  source: SuggestionSource;
  /** The matter keywords found in the case, or the words the similar past cases share with it */
  words: Array<Scalars['String']['output']>;
};

/** How often an assignment took the first suggested lead department */
export type SuggestionShare = {
  __typename?: 'SuggestionShare';
  /** Assignments in the period */
  assignments: Scalars['Int']['output'];
  /** tookFirst / suggested; null when nothing was suggested */
  share: Maybe<Scalars['Float']['output']>;
  /** Of them, those for which a lead department was suggested */
  suggested: Scalars['Int']['output'];
  /** Of those, the ones that took the first suggestion */
  tookFirst: Scalars['Int']['output'];
};

/** CATALOGUE_LEAD / CATALOGUE_CO: a matter of the case category whose words the case contains names the department as lead / co-department; HISTORY: similar past cases of the category were led by it */
export type SuggestionSource = 'CATALOGUE_CO' | 'CATALOGUE_LEAD' | 'HISTORY';

/** 督办: a level, a note and the date by which the department must act */
export type SuperviseCaseInput = {
  dueDate: Scalars['DateTime']['input'];
  level: SupervisionLevel;
  note: Scalars['String']['input'];
};

/** The supervision board changed: warnings or detections were raised (read the board again) */
export type SupervisionBoardChange = {
  __typename?: 'SupervisionBoardChange';
  /** Items raised since the previous event of this subscription */
  raised: Scalars['Int']['output'];
};

/** The board’s items of one department (null: the office’s own steps) */
export type SupervisionDepartmentCount = {
  __typename?: 'SupervisionDepartmentCount';
  complaint: Scalars['Int']['output'];
  departmentId: Maybe<Scalars['ID']['output']>;
  departmentName: Maybe<Scalars['String']['output']>;
  inaction: Scalars['Int']['output'];
  red: Scalars['Int']['output'];
  slowAction: Scalars['Int']['output'];
  total: Scalars['Int']['output'];
  wrongAction: Scalars['Int']['output'];
  yellow: Scalars['Int']['output'];
};

/** The supervision board’s filters; the period is when an item was raised */
export type SupervisionFilter = {
  colour?: InputMaybe<WarningColour>;
  departmentId?: InputMaybe<Scalars['ID']['input']>;
  from?: InputMaybe<Scalars['DateTime']['input']>;
  gridId?: InputMaybe<Scalars['ID']['input']>;
  kind?: InputMaybe<SupervisionKind>;
  to?: InputMaybe<Scalars['DateTime']['input']>;
};

/** One line of the supervision board 督查台: a warning or a detection on a case, or the warning of a rectification suggestion */
export type SupervisionItem = {
  __typename?: 'SupervisionItem';
  /** The case; null for a rectification suggestion */
  caseId: Maybe<Scalars['ID']['output']>;
  /** The case’s state now */
  caseState: Maybe<Scalars['String']['output']>;
  caseTitle: Maybe<Scalars['String']['output']>;
  colour: Maybe<WarningColour>;
  deadline: Maybe<Scalars['DateTime']['output']>;
  departmentId: Maybe<Scalars['ID']['output']>;
  departmentName: Maybe<Scalars['String']['output']>;
  /** The case’s grid; for a suggestion the grid its task inspected, if any */
  gridId: Maybe<Scalars['ID']['output']>;
  gridName: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  kind: SupervisionKind;
  /** Whole working days between the deadline and now (0 on the day it falls due) */
  overdueWorkingDays: Maybe<Scalars['Int']['output']>;
  raisedAt: Scalars['DateTime']['output'];
  /** A wrong action’s reason (SENT_BACK_TWICE, REOPENED) or a complaint’s misconduct type */
  reason: Maybe<Scalars['String']['output']>;
  step: Maybe<WarningStep>;
  /** What the suggestion asks of the department */
  suggestion: Maybe<Scalars['String']['output']>;
  /** The rectification suggestion (step RECTIFY) whose deadline it is; null for a case */
  suggestionId: Maybe<Scalars['ID']['output']>;
  trackingNo: Maybe<Scalars['String']['output']>;
};

export type SupervisionKind = 'COMPLAINT' | 'INACTION' | 'SLOW_ACTION' | 'WARNING' | 'WRONG_ACTION';

export type SupervisionLevel = 'KEY' | 'LISTED' | 'NORMAL';

export type SupervisionPage = {
  __typename?: 'SupervisionPage';
  items: Array<SupervisionItem>;
  nextCursor: Maybe<Scalars['String']['output']>;
};

/** Working-day limits for one category and priority (docs/dispatch.md#time-limits) */
export type TimeLimits = {
  __typename?: 'TimeLimits';
  /** A CaseCategory code */
  category: Scalars['String']['output'];
  /** False while the pair runs on the defaults */
  custom: Scalars['Boolean']['output'];
  /** Department first contacts the enterprise, after signing */
  firstContact: Scalars['Int']['output'];
  /** A CasePriority code */
  priority: Scalars['String']['output'];
  /** Department replies, after assignment */
  reply: Scalars['Int']['output'];
  /** Department replies to a case the office marked complex */
  replyComplex: Scalars['Int']['output'];
  /** Office reviews a reply */
  review: Scalars['Int']['output'];
  /** Department signs, after assignment */
  sign: Scalars['Int']['output'];
  /** 0 while on the defaults */
  version: Scalars['Int']['output'];
};

export type TimeLimitsInput = {
  firstContact: Scalars['Int']['input'];
  reply: Scalars['Int']['input'];
  replyComplex: Scalars['Int']['input'];
  review: Scalars['Int']['input'];
  sign: Scalars['Int']['input'];
};

export type TimeLimitsKey = {
  /** A CaseCategory code */
  category: Scalars['String']['input'];
  /** A CasePriority code */
  priority: Scalars['String']['input'];
};

/** A typical case 典型案例 of the monthly report */
export type TypicalCase = {
  __typename?: 'TypicalCase';
  category: Scalars['String']['output'];
  /** OVERDUE: late steps; REWORKED: replies sent back and reopenings; PRAISED: whole days from submission to the evaluation */
  count: Scalars['Int']['output'];
  departmentName: Maybe<Scalars['String']['output']>;
  enterpriseName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  kind: TypicalCaseKind;
  state: Scalars['String']['output'];
  title: Scalars['String']['output'];
  trackingNo: Scalars['String']['output'];
};

/** OVERDUE: most steps ended late in the month; REWORKED: most replies sent back or reopenings in the month; PRAISED: evaluated solved and satisfied in the month, never late nor reworked, quickest first */
export type TypicalCaseKind = 'OVERDUE' | 'PRAISED' | 'REWORKED';

export type UploadAttachmentInput = {
  /** The file, base64-encoded */
  contentBase64: Scalars['String']['input'];
  fileName: Scalars['String']['input'];
};

export type User = {
  __typename?: 'User';
  active: Scalars['Boolean']['output'];
  createdAt: Scalars['DateTime']['output'];
  departmentId: Maybe<Scalars['ID']['output']>;
  departmentName: Maybe<Scalars['String']['output']>;
  displayName: Scalars['String']['output'];
  /** Where e-mail notifications go */
  email: Maybe<Scalars['String']['output']>;
  enterpriseId: Maybe<Scalars['ID']['output']>;
  gridId: Maybe<Scalars['ID']['output']>;
  id: Scalars['ID']['output'];
  mobile: Maybe<Scalars['String']['output']>;
  roles: Array<Role>;
  username: Scalars['String']['output'];
};

export type UserInput = {
  departmentId?: InputMaybe<Scalars['ID']['input']>;
  displayName: Scalars['String']['input'];
  /** Where e-mail notifications go */
  email?: InputMaybe<Scalars['String']['input']>;
  enterpriseId?: InputMaybe<Scalars['ID']['input']>;
  gridId?: InputMaybe<Scalars['ID']['input']>;
  mobile?: InputMaybe<Scalars['String']['input']>;
  roles: Array<Role>;
  username: Scalars['String']['input'];
};

export type UserPage = {
  __typename?: 'UserPage';
  items: Array<User>;
  /** Pass as `after` to get the next page; null on the last page */
  nextCursor: Maybe<Scalars['String']['output']>;
};

export type Viewer = {
  __typename?: 'Viewer';
  displayName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  mobile: Maybe<Scalars['String']['output']>;
  mustChangePassword: Scalars['Boolean']['output'];
  /** Department, enterprise, grid or office the user belongs to */
  organisationName: Maybe<Scalars['String']['output']>;
  roles: Array<Role>;
  username: Scalars['String']['output'];
};

export type WarningColour = 'RED' | 'YELLOW';

export type WarningStep = 'ACCEPT' | 'CONTACT' | 'RECTIFY' | 'REPLY' | 'REVIEW' | 'SIGN';

export type WorkbenchItem = {
  __typename?: 'WorkbenchItem';
  assignment: CaseAssignment;
  case: Case;
  /** The task’s running deadline, in working days */
  deadline: Maybe<CaseDeadline>;
};

export type WorkbenchPage = {
  __typename?: 'WorkbenchPage';
  items: Array<WorkbenchItem>;
  nextCursor: Maybe<Scalars['String']['output']>;
};
