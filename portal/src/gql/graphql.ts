/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type ChangePasswordInput = {
  currentPassword: string;
  newPassword: string;
};

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
  identifier: string;
  password: string;
};

export type RegisterEnterpriseAccountInput = {
  creditCode: string;
  displayName: string;
  enterpriseName: string;
  mobile: string;
  password: string;
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

export type ServicePointKind =
  | 'CENTRE'
  | 'STATION';

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { id: string, username: string, displayName: string, mobile: string | null, roles: Array<Role>, mustChangePassword: boolean, organisationName: string | null } | null };

export type LoginMutationVariables = Exact<{
  input: LoginInput;
}>;


export type LoginMutation = { login: { id: string, username: string, displayName: string, mobile: string | null, roles: Array<Role>, mustChangePassword: boolean, organisationName: string | null } };

export type LogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type LogoutMutation = { logout: boolean };

export type ChangePasswordMutationVariables = Exact<{
  input: ChangePasswordInput;
}>;


export type ChangePasswordMutation = { changePassword: { id: string, username: string, displayName: string, mobile: string | null, roles: Array<Role>, mustChangePassword: boolean, organisationName: string | null } };

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