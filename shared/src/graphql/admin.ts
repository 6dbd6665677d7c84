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

export type AuditLogPage = {
  __typename?: 'AuditLogPage';
  items: Array<AuditEntry>;
  nextCursor: Maybe<Scalars['String']['output']>;
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

export type LoginInput = {
  /** User name or mobile number */
  identifier: Scalars['String']['input'];
  password: Scalars['String']['input'];
};

export type Mutation = {
  __typename?: 'Mutation';
  approveEnterpriseClaim: EnterpriseClaim;
  changePassword: Viewer;
  createDepartment: Department;
  createEnterprise: Enterprise;
  createGrid: Grid;
  createServicePoint: ServicePoint;
  /** Creates a staff, grid-head or inspector account; the password must be changed at first sign-in */
  createUser: User;
  /** Imports an .xlsx file (base64): valid rows land, invalid rows are reported */
  importEnterprises: ImportReport;
  login: Viewer;
  logout: Scalars['Boolean']['output'];
  moveGrid: Grid;
  rejectEnterpriseClaim: EnterpriseClaim;
  /** Removes an empty grid; refused while it holds anything */
  removeGrid: Scalars['Boolean']['output'];
  renameGrid: Grid;
  /** Sets a new password that must be changed at next sign-in */
  resetUserPassword: User;
  setDepartmentActive: Department;
  setGridActive: Grid;
  setServicePointActive: ServicePoint;
  /** Activates or deactivates an account; deactivation ends its sessions at once */
  setUserActive: User;
  updateDepartment: Department;
  updateEnterprise: Enterprise;
  updateServicePoint: ServicePoint;
  /** Changes roles and organisation; the user’s sessions end */
  updateUser: User;
};

export type MutationApproveEnterpriseClaimArgs = {
  id: Scalars['ID']['input'];
};

export type MutationChangePasswordArgs = {
  input: ChangePasswordInput;
};

export type MutationCreateDepartmentArgs = {
  input: DepartmentInput;
};

export type MutationCreateEnterpriseArgs = {
  input: EnterpriseInput;
};

export type MutationCreateGridArgs = {
  input: GridInput;
};

export type MutationCreateServicePointArgs = {
  input: ServicePointInput;
};

export type MutationCreateUserArgs = {
  input: NewUserInput;
};

export type MutationImportEnterprisesArgs = {
  file: Scalars['String']['input'];
};

export type MutationLoginArgs = {
  input: LoginInput;
};

export type MutationMoveGridArgs = {
  id: Scalars['ID']['input'];
  parentId: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};

export type MutationRejectEnterpriseClaimArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
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

export type MutationResetUserPasswordArgs = {
  input: ResetPasswordInput;
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

export type MutationUpdateDepartmentArgs = {
  id: Scalars['ID']['input'];
  input: DepartmentInput;
  version: Scalars['Int']['input'];
};

export type MutationUpdateEnterpriseArgs = {
  id: Scalars['ID']['input'];
  input: EnterpriseInput;
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

export type NewUserInput = {
  departmentId?: InputMaybe<Scalars['ID']['input']>;
  displayName: Scalars['String']['input'];
  enterpriseId?: InputMaybe<Scalars['ID']['input']>;
  gridId?: InputMaybe<Scalars['ID']['input']>;
  mobile?: InputMaybe<Scalars['String']['input']>;
  /** Initial password; the user must change it at first sign-in */
  password: Scalars['String']['input'];
  roles: Array<Role>;
  username: Scalars['String']['input'];
};

export type Query = {
  __typename?: 'Query';
  auditLog: AuditLogPage;
  departments: Array<Department>;
  enterprise: Enterprise;
  enterpriseAccounts: Array<EnterpriseAccount>;
  /** Enterprise account registrations, newest first */
  enterpriseClaims: Array<EnterpriseClaim>;
  /** Who changed the enterprise, when, before and after */
  enterpriseHistory: Array<ChangeRecord>;
  /** The .xlsx import template, base64 */
  enterpriseImportTemplate: Scalars['String']['output'];
  enterprises: EnterprisePage;
  /** The filtered directory as .xlsx, base64 (at most 50,000 rows) */
  exportEnterprises: Scalars['String']['output'];
  /** The whole grid tree, parents before children */
  grids: Array<Grid>;
  /** The signed-in user, or null */
  me: Maybe<Viewer>;
  servicePointsAdmin: Array<ServicePoint>;
  users: UserPage;
  verifyAuditChain: AuditChainStatus;
};

export type QueryAuditLogArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
};

export type QueryDepartmentsArgs = {
  includeInactive?: Scalars['Boolean']['input'];
};

export type QueryEnterpriseArgs = {
  id: Scalars['ID']['input'];
};

export type QueryEnterpriseAccountsArgs = {
  enterpriseId: Scalars['ID']['input'];
};

export type QueryEnterpriseClaimsArgs = {
  status?: InputMaybe<EnterpriseClaimStatus>;
};

export type QueryEnterpriseHistoryArgs = {
  enterpriseId: Scalars['ID']['input'];
};

export type QueryEnterprisesArgs = {
  page?: InputMaybe<EnterprisePageArgs>;
};

export type QueryExportEnterprisesArgs = {
  filter?: InputMaybe<EnterpriseFilter>;
};

export type QueryGridsArgs = {
  includeInactive?: Scalars['Boolean']['input'];
};

export type QueryUsersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
  keyword?: InputMaybe<Scalars['String']['input']>;
};

export type ResetPasswordInput = {
  password: Scalars['String']['input'];
  userId: Scalars['ID']['input'];
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

export type ServicePointInput = {
  address: Scalars['String']['input'];
  gridId: Scalars['ID']['input'];
  name: Scalars['String']['input'];
  openingHours: Scalars['String']['input'];
  phone: Scalars['String']['input'];
  services: Array<Scalars['String']['input']>;
};

export type ServicePointKind = 'CENTRE' | 'STATION';

export type User = {
  __typename?: 'User';
  active: Scalars['Boolean']['output'];
  createdAt: Scalars['DateTime']['output'];
  departmentId: Maybe<Scalars['ID']['output']>;
  departmentName: Maybe<Scalars['String']['output']>;
  displayName: Scalars['String']['output'];
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
