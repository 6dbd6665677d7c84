export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A date-time string at UTC, such as 2019-12-03T09:54:33Z, compliant with the date-time format. */
  DateTime: { input: string; output: string; }
};

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

export type CaseKind =
  | 'COMPLAINT'
  | 'CONSULTATION'
  | 'DIFFICULTY'
  | 'SUGGESTION';

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

/** A difficulty of a report raised as a case (困难转诉求) */
export type ConditionDifficultyInput = {
  /** A CaseCategory code */
  category: Scalars['String']['input'];
  /** Idempotency key of the case submission */
  clientKey: Scalars['String']['input'];
  contactConsent: Scalars['Boolean']['input'];
  /** Empty: the report's difficulties */
  content?: InputMaybe<Scalars['String']['input']>;
  title: Scalars['String']['input'];
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

/** A month's condition report; money in 万元 (10,000 yuan) */
export type ConditionReportInput = {
  /** Percent, 0–100 */
  capacityUse: Scalars['Int']['input'];
  difficulties?: Scalars['String']['input'];
  employees: Scalars['Int']['input'];
  /** Grid heads: the enterprise reported for; an enterprise account reports for itself */
  enterpriseId?: InputMaybe<Scalars['ID']['input']>;
  /** 'YYYY-MM', not after the current month */
  month: Scalars['String']['input'];
  operatingStatus: OperatingStatus;
  orderTrend: OrderTrend;
  /** 当月产值, 万元 */
  outputValue: Scalars['Float']['input'];
  /** 当月营收, 万元 */
  revenue: Scalars['Float']['input'];
  /** The month's report version as last read; empty when there was none. A stale one is a CONFLICT */
  version?: InputMaybe<Scalars['Int']['input']>;
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

/** A visit 走访 by a grid head; sent again with the same clientKey, it is stored once */
export type ConditionVisitInput = {
  /** Idempotency key made by the client once per visit */
  clientKey: Scalars['String']['input'];
  enterpriseId: Scalars['ID']['input'];
  findings: Scalars['String']['input'];
  /** Uploads of uploadAttachment */
  photoIds?: Array<Scalars['ID']['input']>;
  /** The enterprise's condition report filled in during the visit (its enterpriseId is the visit's) */
  report?: InputMaybe<ConditionReportInput>;
  /** 'YYYY-MM-DD' in Shanghai, not after today */
  visitedOn: Scalars['String']['input'];
};

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

export type DeadlineState =
  | 'NONE'
  | 'PAUSED'
  | 'RED'
  | 'YELLOW';

export type DepartmentSuggestion = {
  __typename?: 'DepartmentSuggestion';
  department: DispatchDepartment;
  reasons: Array<SuggestionReason>;
  /** Higher is stronger; the order of the lists follows it */
  score: Scalars['Int']['output'];
};

/** A department as the catalogue and the suggestions name it */
export type DispatchDepartment = {
  __typename?: 'DispatchDepartment';
  active: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  shortName: Scalars['String']['output'];
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

export type EnterpriseClaimStatus =
  | 'APPROVED'
  | 'PENDING'
  | 'REJECTED';

export type EnterpriseContactInput = {
  address: Scalars['String']['input'];
  contactName: Scalars['String']['input'];
  contactPhone: Scalars['String']['input'];
};

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

/** 评价: solved? satisfied? DISSATISFIED makes it a dispute for the office */
export type EvaluateCaseInput = {
  comment?: InputMaybe<Scalars['String']['input']>;
  satisfaction: Satisfaction;
  solved: EvaluationSolved;
};

export type EvaluationSolved =
  | 'NOT_SOLVED'
  | 'PARTLY_SOLVED'
  | 'SOLVED';

export type FigurePeriod =
  | 'MONTH'
  | 'QUARTER'
  | 'YEAR';

export type FindingOutcome =
  | 'CASE'
  | 'OPEN'
  | 'SOLVED'
  | 'SUGGESTION';

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

/** 热点诉求: a word or category, with its count this period and the one before */
export type HotTopic = {
  __typename?: 'HotTopic';
  count: Scalars['Int']['output'];
  key: Scalars['String']['output'];
  previous: Scalars['Int']['output'];
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

/** 巡查重点 */
export type InspectionFocus =
  | 'DUTIES'
  | 'MARKET_REGULATION'
  | 'PUBLIC_SERVICE'
  | 'SOCIAL_MANAGEMENT';

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

export type LoginInput = {
  /** The characters in the picture; case does not matter */
  captchaAnswer?: InputMaybe<Scalars['String']['input']>;
  /** The picture code answered (newCaptcha), once the server asks for one (CAPTCHA_REQUIRED) */
  captchaId?: InputMaybe<Scalars['ID']['input']>;
  /** User name or mobile number */
  identifier: Scalars['String']['input'];
  password: Scalars['String']['input'];
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

export type Mutation = {
  __typename?: 'Mutation';
  changePassword: Viewer;
  /** 评价: solved? satisfied? DISSATISFIED turns the case into a dispute for the office */
  evaluateCase: Case;
  login: Viewer;
  logout: Scalars['Boolean']['output'];
  /** Marks all the viewer's notifications read; returns 0 */
  markAllNotificationsRead: Scalars['Int']['output'];
  /** Marks the viewer's notifications among `ids` read; returns the unread count left */
  markNotificationsRead: Scalars['Int']['output'];
  /** A new picture code (图形验证码) for sign-in: answer it in LoginInput within five minutes; it works once */
  newCaptcha: Captcha;
  /** Raises a report’s difficulty as a case (困难), linked to the report */
  raiseConditionDifficulty: Case;
  /** Idempotent per client key: a visit sent twice is stored once */
  recordConditionVisit: ConditionVisit;
  /** Registers an enterprise account; it acts for the enterprise once the office verifies it */
  registerEnterpriseAccount: EnterpriseClaim;
  /** The managing account turns another account of the enterprise on or off */
  setEnterpriseAccountActive: EnterpriseAccount;
  /** Submits a case (grid heads: on behalf of an enterprise of their grid, 网格上报). Idempotent per clientKey */
  submitCase: Case;
  /** One report per enterprise and month: a second updates it */
  submitConditionReport: ConditionReport;
  /** Answers the office’s request for more information */
  supplementCase: Case;
  updateGridEnterprise: Enterprise;
  updateMyEnterpriseContact: Enterprise;
  /** Uploads a file to attach on submission or supplement */
  uploadAttachment: Attachment;
  withdrawCase: Case;
};


export type MutationChangePasswordArgs = {
  input: ChangePasswordInput;
};


export type MutationEvaluateCaseArgs = {
  id: Scalars['ID']['input'];
  input: EvaluateCaseInput;
  version: Scalars['Int']['input'];
};


export type MutationLoginArgs = {
  input: LoginInput;
};


export type MutationMarkNotificationsReadArgs = {
  ids: Array<Scalars['ID']['input']>;
};


export type MutationRaiseConditionDifficultyArgs = {
  input: ConditionDifficultyInput;
  reportId: Scalars['ID']['input'];
};


export type MutationRecordConditionVisitArgs = {
  input: ConditionVisitInput;
};


export type MutationRegisterEnterpriseAccountArgs = {
  input: RegisterEnterpriseAccountInput;
};


export type MutationSetEnterpriseAccountActiveArgs = {
  active: Scalars['Boolean']['input'];
  userId: Scalars['ID']['input'];
};


export type MutationSubmitCaseArgs = {
  input: SubmitCaseInput;
};


export type MutationSubmitConditionReportArgs = {
  input: ConditionReportInput;
};


export type MutationSupplementCaseArgs = {
  id: Scalars['ID']['input'];
  input: SupplementCaseInput;
  version: Scalars['Int']['input'];
};


export type MutationUpdateGridEnterpriseArgs = {
  id: Scalars['ID']['input'];
  input: EnterpriseInput;
  version: Scalars['Int']['input'];
};


export type MutationUpdateMyEnterpriseContactArgs = {
  input: EnterpriseContactInput;
  version: Scalars['Int']['input'];
};


export type MutationUploadAttachmentArgs = {
  input: UploadAttachmentInput;
};


export type MutationWithdrawCaseArgs = {
  id: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
  version: Scalars['Int']['input'];
};

export type NoticeRedaction = {
  __typename?: 'NoticeRedaction';
  enterprises: Scalars['Boolean']['output'];
  names: Scalars['Boolean']['output'];
  posts: Scalars['Boolean']['output'];
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

/** A published notice 通报 on the portal */
export type PublicNotice = {
  __typename?: 'PublicNotice';
  body: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  items: Array<PublicNoticeItem>;
  publishedAt: Scalars['DateTime']['output'];
  title: Scalars['String']['output'];
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
  /** Active departments a case may name as concerned */
  caseDepartments: Array<CaseDepartment>;
  /** The grid head’s visit coverage in the month */
  conditionCoverage: ConditionCoverage;
  /** The month's report and the one before it (an enterprise account: its own enterprise) */
  conditionReportForm: ConditionReportForm;
  /** Every submission of a month’s report */
  conditionReportRevisions: Array<ConditionReportRevision>;
  /** An enterprise’s reports of the last months, oldest first */
  conditionReports: Array<ConditionReport>;
  /** Visits of the grid head’s grid: of one enterprise, or of a month */
  conditionVisits: Array<ConditionVisit>;
  /** A grid head’s enterprises with their condition in the month, by name */
  gridConditionEnterprises: ConditionEnterprisePage;
  gridEnterprise: Enterprise;
  /** Enterprises of the grid head’s grid and every grid below it */
  gridEnterprises: EnterprisePage;
  /** The signed-in user, or null */
  me: Maybe<Viewer>;
  myCase: Case;
  /** The enterprise’s cases; for a grid head, those of their grid */
  myCases: CasePage;
  myEnterprise: Enterprise;
  myEnterpriseAccounts: Array<EnterpriseAccount>;
  myEnterpriseClaim: Maybe<EnterpriseClaim>;
  /** The viewer's notifications, newest first */
  notifications: NotificationPage;
  /** One published notice; NOT_FOUND once withdrawn */
  publicNotice: PublicNotice;
  /** Published notices, newest first; withdrawn ones are gone */
  publicNotices: PublicNoticePage;
  /** Every department of a period, ranked; anyone may read it */
  publicScorecard: Scorecard;
  /** 便民服务中心/站, searchable by name, address, service or grid */
  servicePoints: Array<ServicePoint>;
  /** Anyone: the status and public steps of one case, given its tracking number and query code */
  trackCase: CaseTracking;
  unreadNotificationCount: Scalars['Int']['output'];
};


export type QueryConditionCoverageArgs = {
  month: Scalars['String']['input'];
};


export type QueryConditionReportFormArgs = {
  enterpriseId?: InputMaybe<Scalars['ID']['input']>;
  month?: InputMaybe<Scalars['String']['input']>;
};


export type QueryConditionReportRevisionsArgs = {
  reportId: Scalars['ID']['input'];
};


export type QueryConditionReportsArgs = {
  enterpriseId?: InputMaybe<Scalars['ID']['input']>;
  months?: Scalars['Int']['input'];
};


export type QueryConditionVisitsArgs = {
  enterpriseId?: InputMaybe<Scalars['ID']['input']>;
  month?: InputMaybe<Scalars['String']['input']>;
};


export type QueryGridConditionEnterprisesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter: ConditionEnterpriseFilter;
  first?: Scalars['Int']['input'];
};


export type QueryGridEnterpriseArgs = {
  id: Scalars['ID']['input'];
};


export type QueryGridEnterprisesArgs = {
  page?: InputMaybe<EnterprisePageArgs>;
};


export type QueryMyCaseArgs = {
  id: Scalars['ID']['input'];
};


export type QueryMyCasesArgs = {
  page?: InputMaybe<CasePageArgs>;
};


export type QueryNotificationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
};


export type QueryPublicNoticeArgs = {
  id: Scalars['ID']['input'];
};


export type QueryPublicNoticesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
};


export type QueryPublicScorecardArgs = {
  period: ScorecardPeriodInput;
};


export type QueryServicePointsArgs = {
  keyword?: InputMaybe<Scalars['String']['input']>;
};


export type QueryTrackCaseArgs = {
  queryCode: Scalars['String']['input'];
  trackingNo: Scalars['String']['input'];
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

export type RectificationState =
  | 'ACCEPTED'
  | 'ISSUED'
  | 'REPORTED';

export type RegisterEnterpriseAccountInput = {
  creditCode: Scalars['String']['input'];
  displayName: Scalars['String']['input'];
  enterpriseName: Scalars['String']['input'];
  mobile: Scalars['String']['input'];
  password: Scalars['String']['input'];
};

export type ReplyResult =
  | 'ADOPTED'
  | 'EXPLAINED'
  | 'NOT_POSSIBLE'
  | 'PARTLY_RESOLVED'
  | 'RESOLVED';

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

export type Satisfaction =
  | 'BASICALLY_SATISFIED'
  | 'DISSATISFIED'
  | 'SATISFIED';

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

/** A period of Shanghai days, both ends included */
export type ScorecardPeriodInput = {
  /** YYYY-MM-DD */
  from: Scalars['String']['input'];
  /** YYYY-MM-DD, not before from */
  to: Scalars['String']['input'];
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

export type ServicePointKind =
  | 'CENTRE'
  | 'STATION';

export type SubmitCaseInput = {
  attachmentIds?: Array<Scalars['ID']['input']>;
  category: CaseCategory;
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

export type Subscription = {
  __typename?: 'Subscription';
  /** Each new notification of the viewer, as it is written (graphql-ws on the API's path) */
  notificationAdded: Notification;
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

/** CATALOGUE_LEAD / CATALOGUE_CO: a matter of the case category whose words the case contains names the department as lead / co-department; HISTORY: similar past cases of the category were led by it */
export type SuggestionSource =
  | 'CATALOGUE_CO'
  | 'CATALOGUE_LEAD'
  | 'HISTORY';

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

export type SupplementCaseInput = {
  attachmentIds?: Array<Scalars['ID']['input']>;
  content: Scalars['String']['input'];
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
export type TypicalCaseKind =
  | 'OVERDUE'
  | 'PRAISED'
  | 'REWORKED';

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

export type WorkbenchItem = {
  __typename?: 'WorkbenchItem';
  assignment: CaseAssignment;
  case: Case;
  /** The task’s running deadline, in working days */
  deadline: Maybe<CaseDeadline>;
};
