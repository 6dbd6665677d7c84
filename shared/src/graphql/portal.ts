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

export type ChangePasswordInput = {
  currentPassword: Scalars['String']['input'];
  newPassword: Scalars['String']['input'];
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

export type EnterpriseScale = 'INDIVIDUAL' | 'LARGE' | 'MEDIUM' | 'MICRO' | 'SMALL';

export type EnterpriseSort = 'NAME' | 'NEWEST';

export type EnterpriseStatus = 'ACTIVE' | 'CLOSED';

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

export type LoginInput = {
  /** User name or mobile number */
  identifier: Scalars['String']['input'];
  password: Scalars['String']['input'];
};

export type Mutation = {
  __typename?: 'Mutation';
  changePassword: Viewer;
  login: Viewer;
  logout: Scalars['Boolean']['output'];
  /** Registers an enterprise account; it acts for the enterprise once the office verifies it */
  registerEnterpriseAccount: EnterpriseClaim;
  /** The managing account turns another account of the enterprise on or off */
  setEnterpriseAccountActive: EnterpriseAccount;
  updateGridEnterprise: Enterprise;
  updateMyEnterpriseContact: Enterprise;
};

export type MutationChangePasswordArgs = {
  input: ChangePasswordInput;
};

export type MutationLoginArgs = {
  input: LoginInput;
};

export type MutationRegisterEnterpriseAccountArgs = {
  input: RegisterEnterpriseAccountInput;
};

export type MutationSetEnterpriseAccountActiveArgs = {
  active: Scalars['Boolean']['input'];
  userId: Scalars['ID']['input'];
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

export type Query = {
  __typename?: 'Query';
  gridEnterprise: Enterprise;
  /** Enterprises of the grid head’s grid and every grid below it */
  gridEnterprises: EnterprisePage;
  /** The signed-in user, or null */
  me: Maybe<Viewer>;
  myEnterprise: Enterprise;
  myEnterpriseAccounts: Array<EnterpriseAccount>;
  myEnterpriseClaim: Maybe<EnterpriseClaim>;
  /** 便民服务中心/站, searchable by name, address, service or grid */
  servicePoints: Array<ServicePoint>;
};

export type QueryGridEnterpriseArgs = {
  id: Scalars['ID']['input'];
};

export type QueryGridEnterprisesArgs = {
  page?: InputMaybe<EnterprisePageArgs>;
};

export type QueryServicePointsArgs = {
  keyword?: InputMaybe<Scalars['String']['input']>;
};

export type RegisterEnterpriseAccountInput = {
  creditCode: Scalars['String']['input'];
  displayName: Scalars['String']['input'];
  enterpriseName: Scalars['String']['input'];
  mobile: Scalars['String']['input'];
  password: Scalars['String']['input'];
};

/** The roles of SPEC §1 */
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

export type ServicePointKind = 'CENTRE' | 'STATION';

export type User = {
  __typename?: 'User';
  active: Scalars['Boolean']['output'];
  createdAt: Scalars['DateTime']['output'];
  departmentId: Maybe<Scalars['ID']['output']>;
  displayName: Scalars['String']['output'];
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
