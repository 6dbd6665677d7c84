/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
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

export type AssignmentRole =
  | 'CO'
  | 'LEAD';

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

export type CaseFilter = {
  category?: CaseCategory | null | undefined;
  channel?: CaseChannel | null | undefined;
  deadline?: DeadlineState | null | undefined;
  /** Lead department */
  departmentId?: string | number | null | undefined;
  enterpriseId?: string | number | null | undefined;
  /** Submitted at or after */
  from?: unknown;
  /** Cases of enterprises in this grid and below */
  gridId?: string | number | null | undefined;
  /** Cases of enterprises in this industry section (the dashboard's drill-down) */
  industry?: string | null | undefined;
  /** Words of title or content, or a tracking number */
  keyword?: string | null | undefined;
  kind?: CaseKind | null | undefined;
  state?: CaseState | null | undefined;
  /** Submitted before */
  to?: unknown;
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

/** A difficulty of a report raised as a case (困难转诉求) */
export type ConditionDifficultyInput = {
  /** A CaseCategory code */
  category: string;
  /** Idempotency key of the case submission */
  clientKey: string;
  contactConsent: boolean;
  /** Empty: the report's difficulties */
  content?: string | null | undefined;
  title: string;
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

/** A month's condition report; money in 万元 (10,000 yuan) */
export type ConditionReportInput = {
  /** Percent, 0–100 */
  capacityUse: number;
  difficulties?: string;
  employees: number;
  /** Grid heads: the enterprise reported for; an enterprise account reports for itself */
  enterpriseId?: string | number | null | undefined;
  /** 'YYYY-MM', not after the current month */
  month: string;
  operatingStatus: OperatingStatus;
  orderTrend: OrderTrend;
  /** 当月产值, 万元 */
  outputValue: number;
  /** 当月营收, 万元 */
  revenue: number;
  /** The month's report version as last read; empty when there was none. A stale one is a CONFLICT */
  version?: number | null | undefined;
};

/** A visit 走访 by a grid head; sent again with the same clientKey, it is stored once */
export type ConditionVisitInput = {
  /** Idempotency key made by the client once per visit */
  clientKey: string;
  enterpriseId: string | number;
  findings: string;
  /** Uploads of uploadAttachment */
  photoIds?: Array<string | number>;
  /** The enterprise's condition report filled in during the visit (its enterpriseId is the visit's) */
  report?: ConditionReportInput | null | undefined;
  /** 'YYYY-MM-DD' in Shanghai, not after today */
  visitedOn: string;
};

export type DeadlineState =
  | 'NONE'
  | 'PAUSED'
  | 'RED'
  | 'YELLOW';

export type EnterpriseClaimStatus =
  | 'APPROVED'
  | 'PENDING'
  | 'REJECTED';

export type EnterpriseContactInput = {
  address: string;
  contactName: string;
  contactPhone: string;
};

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

/** 评价: solved? satisfied? DISSATISFIED makes it a dispute for the office */
export type EvaluateCaseInput = {
  comment?: string | null | undefined;
  satisfaction: Satisfaction;
  solved: EvaluationSolved;
};

export type EvaluationSolved =
  | 'NOT_SOLVED'
  | 'PARTLY_SOLVED'
  | 'SOLVED';

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

export type LoginInput = {
  /** The characters in the picture; case does not matter */
  captchaAnswer?: string | null | undefined;
  /** The picture code answered (newCaptcha), once the server asks for one (CAPTCHA_REQUIRED) */
  captchaId?: string | number | null | undefined;
  /** User name or mobile number */
  identifier: string;
  password: string;
};

export type MisconductType =
  | 'ARBITRARY_FEES'
  | 'ARBITRARY_FINES'
  | 'ARBITRARY_FUNDRAISING'
  | 'ARBITRARY_LEVIES'
  | 'INACTION'
  | 'OTHER'
  | 'SLOW_ACTION'
  | 'WRONG_ACTION';

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

export type RegisterEnterpriseAccountInput = {
  creditCode: string;
  displayName: string;
  enterpriseName: string;
  mobile: string;
  password: string;
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

/** A period of Shanghai days, both ends included */
export type ScorecardPeriodInput = {
  /** YYYY-MM-DD */
  from: string;
  /** YYYY-MM-DD, not before from */
  to: string;
};

export type ServicePointKind =
  | 'CENTRE'
  | 'STATION';

export type SubmitCaseInput = {
  attachmentIds?: Array<string | number>;
  category: CaseCategory;
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

export type SupplementCaseInput = {
  attachmentIds?: Array<string | number>;
  content: string;
};

export type UploadAttachmentInput = {
  /** The file, base64-encoded */
  contentBase64: string;
  fileName: string;
};

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

export type MyCasesQueryVariables = Exact<{
  page?: CasePageArgs | null | undefined;
  withTotal: boolean;
}>;


export type MyCasesQuery = { myCases: { nextCursor: string | null, totalCount?: number, totalCountCapped?: boolean, items: Array<{ id: string, trackingNo: string, kind: CaseKind, category: CaseCategory, channel: CaseChannel, title: string, state: CaseState, submittedAt: unknown, enterpriseName: string }> } };

export type SubmitCaseMutationVariables = Exact<{
  input: SubmitCaseInput;
}>;


export type SubmitCaseMutation = { submitCase: { id: string, trackingNo: string, queryCode: string | null } };

export type UploadAttachmentMutationVariables = Exact<{
  input: UploadAttachmentInput;
}>;


export type UploadAttachmentMutation = { uploadAttachment: { id: string, fileName: string, mimeType: string, size: number, thumbnail: string | null } };

export type SupplementCaseMutationVariables = Exact<{
  id: string | number;
  version: number;
  input: SupplementCaseInput;
}>;


export type SupplementCaseMutation = { supplementCase: { id: string, version: number } };

export type WithdrawCaseMutationVariables = Exact<{
  id: string | number;
  version: number;
  reason?: string | null | undefined;
}>;


export type WithdrawCaseMutation = { withdrawCase: { id: string, version: number } };

export type EvaluateCaseMutationVariables = Exact<{
  id: string | number;
  version: number;
  input: EvaluateCaseInput;
}>;


export type EvaluateCaseMutation = { evaluateCase: { id: string, version: number } };

export type TrackCaseQueryVariables = Exact<{
  trackingNo: string;
  queryCode: string;
}>;


export type TrackCaseQuery = { trackCase: { trackingNo: string, kind: CaseKind, category: CaseCategory, state: CaseState, submittedAt: unknown, timeline: Array<{ occurredAt: unknown, action: CaseAction, toState: CaseState }> } };

export type ConditionReportFieldsFragment = { id: string, month: string, operatingStatus: OperatingStatus, employees: number, outputValue: number, revenue: number, capacityUse: number, orderTrend: OrderTrend, difficulties: string, submittedAt: unknown, submittedByName: string, revisions: number, version: number, cases: Array<{ id: string, trackingNo: string, title: string, state: string }> };

export type ConditionReportFormQueryVariables = Exact<{
  enterpriseId?: string | number | null | undefined;
  month?: string | null | undefined;
}>;


export type ConditionReportFormQuery = { conditionReportForm: { enterpriseId: string, enterpriseName: string, month: string, dueDate: string, report: { id: string, month: string, operatingStatus: OperatingStatus, employees: number, outputValue: number, revenue: number, capacityUse: number, orderTrend: OrderTrend, difficulties: string, submittedAt: unknown, submittedByName: string, revisions: number, version: number, cases: Array<{ id: string, trackingNo: string, title: string, state: string }> } | null, previous: { id: string, month: string, operatingStatus: OperatingStatus, employees: number, outputValue: number, revenue: number, capacityUse: number, orderTrend: OrderTrend, difficulties: string, submittedAt: unknown, submittedByName: string, revisions: number, version: number, cases: Array<{ id: string, trackingNo: string, title: string, state: string }> } | null } };

export type SubmitConditionReportMutationVariables = Exact<{
  input: ConditionReportInput;
}>;


export type SubmitConditionReportMutation = { submitConditionReport: { id: string, month: string, operatingStatus: OperatingStatus, employees: number, outputValue: number, revenue: number, capacityUse: number, orderTrend: OrderTrend, difficulties: string, submittedAt: unknown, submittedByName: string, revisions: number, version: number, cases: Array<{ id: string, trackingNo: string, title: string, state: string }> } };

export type RaiseConditionDifficultyMutationVariables = Exact<{
  reportId: string | number;
  input: ConditionDifficultyInput;
}>;


export type RaiseConditionDifficultyMutation = { raiseConditionDifficulty: { id: string, trackingNo: string } };

export type GridConditionEnterprisesQueryVariables = Exact<{
  filter: ConditionEnterpriseFilter;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type GridConditionEnterprisesQuery = { gridConditionEnterprises: { nextCursor: string | null, items: Array<{ id: string, name: string, address: string, gridName: string, status: OperatingStatus | null, latestStatus: OperatingStatus | null, latestMonth: string | null, reported: boolean, visitedOn: string | null }> } };

export type ConditionCoverageQueryVariables = Exact<{
  month: string;
}>;


export type ConditionCoverageQuery = { conditionCoverage: { enterprises: number, visited: number, visits: number, reported: number } };

export type RecordConditionVisitMutationVariables = Exact<{
  input: ConditionVisitInput;
}>;


export type RecordConditionVisitMutation = { recordConditionVisit: { id: string, enterpriseId: string, enterpriseName: string, visitedOn: string, findings: string, reportId: string | null, photos: Array<{ id: string, fileName: string, thumbnail: string | null }> } };

export type RegisterEnterpriseAccountMutationVariables = Exact<{
  input: RegisterEnterpriseAccountInput;
}>;


export type RegisterEnterpriseAccountMutation = { registerEnterpriseAccount: { id: string, status: EnterpriseClaimStatus, enterpriseName: string, creditCode: string, applicantName: string, applicantMobile: string, createdAt: unknown } };

export type MyEnterpriseClaimQueryVariables = Exact<{ [key: string]: never; }>;


export type MyEnterpriseClaimQuery = { myEnterpriseClaim: { id: string, status: EnterpriseClaimStatus, enterpriseName: string, creditCode: string, rejectionReason: string | null, createdAt: unknown, decidedAt: unknown } | null };

export type MyEnterpriseQueryVariables = Exact<{ [key: string]: never; }>;


export type MyEnterpriseQuery = { myEnterprise: { id: string, name: string, creditCode: string, legalRepresentative: string, industry: Industry, scale: EnterpriseScale, status: EnterpriseStatus, address: string, gridPath: Array<string>, contactName: string, contactPhone: string, updatedAt: unknown, version: number } };

export type UpdateMyEnterpriseContactMutationVariables = Exact<{
  input: EnterpriseContactInput;
  version: number;
}>;


export type UpdateMyEnterpriseContactMutation = { updateMyEnterpriseContact: { id: string, name: string, creditCode: string, legalRepresentative: string, industry: Industry, scale: EnterpriseScale, status: EnterpriseStatus, address: string, gridPath: Array<string>, contactName: string, contactPhone: string, updatedAt: unknown, version: number } };

export type MyEnterpriseAccountsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyEnterpriseAccountsQuery = { myEnterpriseAccounts: Array<{ id: string, username: string, displayName: string, mobile: string | null, manager: boolean, active: boolean }> };

export type SetEnterpriseAccountActiveMutationVariables = Exact<{
  userId: string | number;
  active: boolean;
}>;


export type SetEnterpriseAccountActiveMutation = { setEnterpriseAccountActive: { id: string, username: string, displayName: string, mobile: string | null, manager: boolean, active: boolean } };

export type MyCaseQueryVariables = Exact<{
  id: string | number;
}>;


export type MyCaseQuery = { myCase: { id: string, trackingNo: string, queryCode: string | null, kind: CaseKind, category: CaseCategory, channel: CaseChannel, title: string, content: string, state: CaseState, version: number, submittedAt: unknown, acceptedAt: unknown, repliedAt: unknown, closedAt: unknown, enterpriseId: string, enterpriseName: string, submitterName: string | null, namedDepartmentName: string | null, misconductType: MisconductType | null, contactConsent: boolean, officeNote: string | null, replyResult: ReplyResult | null, replyText: string | null, leadDepartmentName: string | null, availableActions: Array<CaseAction>, evaluatedAt: unknown, evaluationSolved: EvaluationSolved | null, evaluationSatisfaction: Satisfaction | null, evaluationComment: string | null, promisedBy: unknown, assignments: Array<{ id: string, departmentId: string, departmentName: string, role: AssignmentRole }>, duplicateOf: { id: string, trackingNo: string } | null, attachments: Array<{ id: string, fileName: string, mimeType: string, size: number, thumbnail: string | null }>, timeline: Array<{ id: string, action: CaseAction, toState: CaseState, occurredAt: unknown, publicNote: string | null, actorRole: string, actorName: string | null, attachments: Array<{ id: string, fileName: string, mimeType: string, size: number, thumbnail: string | null }> }> } };

export type CaseDepartmentsQueryVariables = Exact<{ [key: string]: never; }>;


export type CaseDepartmentsQuery = { caseDepartments: Array<{ id: string, name: string }> };

export type GridEnterprisesQueryVariables = Exact<{
  page?: EnterprisePageArgs | null | undefined;
}>;


export type GridEnterprisesQuery = { gridEnterprises: { nextCursor: string | null, items: Array<{ id: string, name: string, creditCode: string, industry: Industry, scale: EnterpriseScale, status: EnterpriseStatus, gridPath: Array<string>, contactName: string }> } };

export type GridEnterpriseQueryVariables = Exact<{
  id: string | number;
}>;


export type GridEnterpriseQuery = { gridEnterprise: { id: string, name: string, creditCode: string, legalRepresentative: string, industry: Industry, scale: EnterpriseScale, status: EnterpriseStatus, address: string, gridId: string, gridPath: Array<string>, contactName: string, contactPhone: string, createdAt: unknown, updatedAt: unknown, version: number } };

export type UpdateGridEnterpriseMutationVariables = Exact<{
  id: string | number;
  input: EnterpriseInput;
  version: number;
}>;


export type UpdateGridEnterpriseMutation = { updateGridEnterprise: { id: string, name: string, creditCode: string, legalRepresentative: string, industry: Industry, scale: EnterpriseScale, status: EnterpriseStatus, address: string, gridId: string, gridPath: Array<string>, contactName: string, contactPhone: string, createdAt: unknown, updatedAt: unknown, version: number } };

export type PublicNoticesQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type PublicNoticesQuery = { publicNotices: { nextCursor: string | null, items: Array<{ id: string, title: string, publishedAt: unknown, items: Array<{ type: AccountabilityType }> }> } };

export type PublicNoticeQueryVariables = Exact<{
  id: string | number;
}>;


export type PublicNoticeQuery = { publicNotice: { id: string, title: string, body: string, publishedAt: unknown, items: Array<{ type: AccountabilityType, subjectKind: AccountabilitySubject, departmentName: string, officialName: string | null, officialPost: string | null, decidedOn: string }> } };

export type PublicScorecardQueryVariables = Exact<{
  period: ScorecardPeriodInput;
}>;


export type PublicScorecardQuery = { publicScorecard: { from: string, to: string, rankedCount: number, weights: { minSample: number }, rows: Array<{ departmentId: string, departmentName: string, current: { assigned: number, score: number | null, ranked: boolean, rank: number | null, signedOnTime: { numerator: number, denominator: number, rate: number | null }, repliedOnTime: { numerator: number, denominator: number, rate: number | null }, resolution: { numerator: number, denominator: number, rate: number | null }, satisfaction: { numerator: number, denominator: number, rate: number | null } }, previous: { rank: number | null } }> } };

export type ServicePointsQueryVariables = Exact<{
  keyword?: string | null | undefined;
}>;


export type ServicePointsQuery = { servicePoints: Array<{ id: string, kind: ServicePointKind, name: string, address: string, phone: string, openingHours: string, services: Array<string>, gridPath: Array<string> }> };

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
export const ConditionReportFieldsFragmentDoc = new TypedDocumentString(`
    fragment ConditionReportFields on ConditionReport {
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
  revisions
  version
  cases {
    id
    trackingNo
    title
    state
  }
}
    `, {"fragmentName":"ConditionReportFields"}) as unknown as TypedDocumentString<ConditionReportFieldsFragment, unknown>;
export const MeDocument = new TypedDocumentString(`
    query Me {
  me {
    id
    username
    displayName
    mobile
    roles
    mustChangePassword
    organisationName
  }
}
    `) as unknown as TypedDocumentString<MeQuery, MeQueryVariables>;
export const LoginDocument = new TypedDocumentString(`
    mutation Login($input: LoginInput!) {
  login(input: $input) {
    id
    username
    displayName
    mobile
    roles
    mustChangePassword
    organisationName
  }
}
    `) as unknown as TypedDocumentString<LoginMutation, LoginMutationVariables>;
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
    id
    username
    displayName
    mobile
    roles
    mustChangePassword
    organisationName
  }
}
    `) as unknown as TypedDocumentString<ChangePasswordMutation, ChangePasswordMutationVariables>;
export const MyCasesDocument = new TypedDocumentString(`
    query MyCases($page: CasePageArgs, $withTotal: Boolean!) {
  myCases(page: $page) {
    items {
      id
      trackingNo
      kind
      category
      channel
      title
      state
      submittedAt
      enterpriseName
    }
    nextCursor
    totalCount @include(if: $withTotal)
    totalCountCapped @include(if: $withTotal)
  }
}
    `) as unknown as TypedDocumentString<MyCasesQuery, MyCasesQueryVariables>;
export const SubmitCaseDocument = new TypedDocumentString(`
    mutation SubmitCase($input: SubmitCaseInput!) {
  submitCase(input: $input) {
    id
    trackingNo
    queryCode
  }
}
    `) as unknown as TypedDocumentString<SubmitCaseMutation, SubmitCaseMutationVariables>;
export const UploadAttachmentDocument = new TypedDocumentString(`
    mutation UploadAttachment($input: UploadAttachmentInput!) {
  uploadAttachment(input: $input) {
    id
    fileName
    mimeType
    size
    thumbnail
  }
}
    `) as unknown as TypedDocumentString<UploadAttachmentMutation, UploadAttachmentMutationVariables>;
export const SupplementCaseDocument = new TypedDocumentString(`
    mutation SupplementCase($id: ID!, $version: Int!, $input: SupplementCaseInput!) {
  supplementCase(id: $id, version: $version, input: $input) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<SupplementCaseMutation, SupplementCaseMutationVariables>;
export const WithdrawCaseDocument = new TypedDocumentString(`
    mutation WithdrawCase($id: ID!, $version: Int!, $reason: String) {
  withdrawCase(id: $id, version: $version, reason: $reason) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<WithdrawCaseMutation, WithdrawCaseMutationVariables>;
export const EvaluateCaseDocument = new TypedDocumentString(`
    mutation EvaluateCase($id: ID!, $version: Int!, $input: EvaluateCaseInput!) {
  evaluateCase(id: $id, version: $version, input: $input) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<EvaluateCaseMutation, EvaluateCaseMutationVariables>;
export const TrackCaseDocument = new TypedDocumentString(`
    query TrackCase($trackingNo: String!, $queryCode: String!) {
  trackCase(trackingNo: $trackingNo, queryCode: $queryCode) {
    trackingNo
    kind
    category
    state
    submittedAt
    timeline {
      occurredAt
      action
      toState
    }
  }
}
    `) as unknown as TypedDocumentString<TrackCaseQuery, TrackCaseQueryVariables>;
export const ConditionReportFormDocument = new TypedDocumentString(`
    query ConditionReportForm($enterpriseId: ID, $month: String) {
  conditionReportForm(enterpriseId: $enterpriseId, month: $month) {
    enterpriseId
    enterpriseName
    month
    dueDate
    report {
      ...ConditionReportFields
    }
    previous {
      ...ConditionReportFields
    }
  }
}
    fragment ConditionReportFields on ConditionReport {
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
  revisions
  version
  cases {
    id
    trackingNo
    title
    state
  }
}`) as unknown as TypedDocumentString<ConditionReportFormQuery, ConditionReportFormQueryVariables>;
export const SubmitConditionReportDocument = new TypedDocumentString(`
    mutation SubmitConditionReport($input: ConditionReportInput!) {
  submitConditionReport(input: $input) {
    ...ConditionReportFields
  }
}
    fragment ConditionReportFields on ConditionReport {
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
  revisions
  version
  cases {
    id
    trackingNo
    title
    state
  }
}`) as unknown as TypedDocumentString<SubmitConditionReportMutation, SubmitConditionReportMutationVariables>;
export const RaiseConditionDifficultyDocument = new TypedDocumentString(`
    mutation RaiseConditionDifficulty($reportId: ID!, $input: ConditionDifficultyInput!) {
  raiseConditionDifficulty(reportId: $reportId, input: $input) {
    id
    trackingNo
  }
}
    `) as unknown as TypedDocumentString<RaiseConditionDifficultyMutation, RaiseConditionDifficultyMutationVariables>;
export const GridConditionEnterprisesDocument = new TypedDocumentString(`
    query GridConditionEnterprises($filter: ConditionEnterpriseFilter!, $first: Int, $after: String) {
  gridConditionEnterprises(filter: $filter, first: $first, after: $after) {
    items {
      id
      name
      address
      gridName
      status
      latestStatus
      latestMonth
      reported
      visitedOn
    }
    nextCursor
  }
}
    `) as unknown as TypedDocumentString<GridConditionEnterprisesQuery, GridConditionEnterprisesQueryVariables>;
export const ConditionCoverageDocument = new TypedDocumentString(`
    query ConditionCoverage($month: String!) {
  conditionCoverage(month: $month) {
    enterprises
    visited
    visits
    reported
  }
}
    `) as unknown as TypedDocumentString<ConditionCoverageQuery, ConditionCoverageQueryVariables>;
export const RecordConditionVisitDocument = new TypedDocumentString(`
    mutation RecordConditionVisit($input: ConditionVisitInput!) {
  recordConditionVisit(input: $input) {
    id
    enterpriseId
    enterpriseName
    visitedOn
    findings
    reportId
    photos {
      id
      fileName
      thumbnail
    }
  }
}
    `) as unknown as TypedDocumentString<RecordConditionVisitMutation, RecordConditionVisitMutationVariables>;
export const RegisterEnterpriseAccountDocument = new TypedDocumentString(`
    mutation RegisterEnterpriseAccount($input: RegisterEnterpriseAccountInput!) {
  registerEnterpriseAccount(input: $input) {
    id
    status
    enterpriseName
    creditCode
    applicantName
    applicantMobile
    createdAt
  }
}
    `) as unknown as TypedDocumentString<RegisterEnterpriseAccountMutation, RegisterEnterpriseAccountMutationVariables>;
export const MyEnterpriseClaimDocument = new TypedDocumentString(`
    query MyEnterpriseClaim {
  myEnterpriseClaim {
    id
    status
    enterpriseName
    creditCode
    rejectionReason
    createdAt
    decidedAt
  }
}
    `) as unknown as TypedDocumentString<MyEnterpriseClaimQuery, MyEnterpriseClaimQueryVariables>;
export const MyEnterpriseDocument = new TypedDocumentString(`
    query MyEnterprise {
  myEnterprise {
    id
    name
    creditCode
    legalRepresentative
    industry
    scale
    status
    address
    gridPath
    contactName
    contactPhone
    updatedAt
    version
  }
}
    `) as unknown as TypedDocumentString<MyEnterpriseQuery, MyEnterpriseQueryVariables>;
export const UpdateMyEnterpriseContactDocument = new TypedDocumentString(`
    mutation UpdateMyEnterpriseContact($input: EnterpriseContactInput!, $version: Int!) {
  updateMyEnterpriseContact(input: $input, version: $version) {
    id
    name
    creditCode
    legalRepresentative
    industry
    scale
    status
    address
    gridPath
    contactName
    contactPhone
    updatedAt
    version
  }
}
    `) as unknown as TypedDocumentString<UpdateMyEnterpriseContactMutation, UpdateMyEnterpriseContactMutationVariables>;
export const MyEnterpriseAccountsDocument = new TypedDocumentString(`
    query MyEnterpriseAccounts {
  myEnterpriseAccounts {
    id
    username
    displayName
    mobile
    manager
    active
  }
}
    `) as unknown as TypedDocumentString<MyEnterpriseAccountsQuery, MyEnterpriseAccountsQueryVariables>;
export const SetEnterpriseAccountActiveDocument = new TypedDocumentString(`
    mutation SetEnterpriseAccountActive($userId: ID!, $active: Boolean!) {
  setEnterpriseAccountActive(userId: $userId, active: $active) {
    id
    username
    displayName
    mobile
    manager
    active
  }
}
    `) as unknown as TypedDocumentString<SetEnterpriseAccountActiveMutation, SetEnterpriseAccountActiveMutationVariables>;
export const MyCaseDocument = new TypedDocumentString(`
    query MyCase($id: ID!) {
  myCase(id: $id) {
    id
    trackingNo
    queryCode
    kind
    category
    channel
    title
    content
    state
    version
    submittedAt
    acceptedAt
    repliedAt
    closedAt
    enterpriseId
    enterpriseName
    submitterName
    namedDepartmentName
    misconductType
    contactConsent
    officeNote
    replyResult
    replyText
    leadDepartmentName
    assignments {
      id
      departmentId
      departmentName
      role
    }
    availableActions
    evaluatedAt
    evaluationSolved
    evaluationSatisfaction
    evaluationComment
    duplicateOf {
      id
      trackingNo
    }
    promisedBy
    attachments {
      id
      fileName
      mimeType
      size
      thumbnail
    }
    timeline {
      id
      action
      toState
      occurredAt
      publicNote
      actorRole
      actorName
      attachments {
        id
        fileName
        mimeType
        size
        thumbnail
      }
    }
  }
}
    `) as unknown as TypedDocumentString<MyCaseQuery, MyCaseQueryVariables>;
export const CaseDepartmentsDocument = new TypedDocumentString(`
    query CaseDepartments {
  caseDepartments {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<CaseDepartmentsQuery, CaseDepartmentsQueryVariables>;
export const GridEnterprisesDocument = new TypedDocumentString(`
    query GridEnterprises($page: EnterprisePageArgs) {
  gridEnterprises(page: $page) {
    items {
      id
      name
      creditCode
      industry
      scale
      status
      gridPath
      contactName
    }
    nextCursor
  }
}
    `) as unknown as TypedDocumentString<GridEnterprisesQuery, GridEnterprisesQueryVariables>;
export const GridEnterpriseDocument = new TypedDocumentString(`
    query GridEnterprise($id: ID!) {
  gridEnterprise(id: $id) {
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
}
    `) as unknown as TypedDocumentString<GridEnterpriseQuery, GridEnterpriseQueryVariables>;
export const UpdateGridEnterpriseDocument = new TypedDocumentString(`
    mutation UpdateGridEnterprise($id: ID!, $input: EnterpriseInput!, $version: Int!) {
  updateGridEnterprise(id: $id, input: $input, version: $version) {
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
}
    `) as unknown as TypedDocumentString<UpdateGridEnterpriseMutation, UpdateGridEnterpriseMutationVariables>;
export const PublicNoticesDocument = new TypedDocumentString(`
    query PublicNotices($first: Int, $after: String) {
  publicNotices(first: $first, after: $after) {
    items {
      id
      title
      publishedAt
      items {
        type
      }
    }
    nextCursor
  }
}
    `) as unknown as TypedDocumentString<PublicNoticesQuery, PublicNoticesQueryVariables>;
export const PublicNoticeDocument = new TypedDocumentString(`
    query PublicNotice($id: ID!) {
  publicNotice(id: $id) {
    id
    title
    body
    publishedAt
    items {
      type
      subjectKind
      departmentName
      officialName
      officialPost
      decidedOn
    }
  }
}
    `) as unknown as TypedDocumentString<PublicNoticeQuery, PublicNoticeQueryVariables>;
export const PublicScorecardDocument = new TypedDocumentString(`
    query PublicScorecard($period: ScorecardPeriodInput!) {
  publicScorecard(period: $period) {
    from
    to
    rankedCount
    weights {
      minSample
    }
    rows {
      departmentId
      departmentName
      current {
        assigned
        signedOnTime {
          numerator
          denominator
          rate
        }
        repliedOnTime {
          numerator
          denominator
          rate
        }
        resolution {
          numerator
          denominator
          rate
        }
        satisfaction {
          numerator
          denominator
          rate
        }
        score
        ranked
        rank
      }
      previous {
        rank
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PublicScorecardQuery, PublicScorecardQueryVariables>;
export const ServicePointsDocument = new TypedDocumentString(`
    query ServicePoints($keyword: String) {
  servicePoints(keyword: $keyword) {
    id
    kind
    name
    address
    phone
    openingHours
    services
    gridPath
  }
}
    `) as unknown as TypedDocumentString<ServicePointsQuery, ServicePointsQueryVariables>;