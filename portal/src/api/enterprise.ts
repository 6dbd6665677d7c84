import { graphql } from '@/gql';
import type {
  EnterpriseContactInput,
  MyEnterpriseAccountsQuery,
  MyEnterpriseClaimQuery,
  MyEnterpriseQuery,
  RegisterEnterpriseAccountInput,
  RegisterEnterpriseAccountMutation,
} from '@/gql/graphql';
import { request } from './client';

/** The registration of an account for an enterprise, and the office's decision on it. */
export type EnterpriseClaim = NonNullable<MyEnterpriseClaimQuery['myEnterpriseClaim']>;
export type RegisteredClaim = RegisterEnterpriseAccountMutation['registerEnterpriseAccount'];
/** The signed-in enterprise user's own enterprise. */
export type OwnEnterprise = MyEnterpriseQuery['myEnterprise'];
export type EnterpriseAccount = MyEnterpriseAccountsQuery['myEnterpriseAccounts'][number];

const RegisterEnterpriseAccountDocument = graphql(`
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
`);

const MyEnterpriseClaimDocument = graphql(`
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
`);

const MyEnterpriseDocument = graphql(`
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
`);

const UpdateMyEnterpriseContactDocument = graphql(`
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
`);

const MyEnterpriseAccountsDocument = graphql(`
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
`);

const SetEnterpriseAccountActiveDocument = graphql(`
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
`);

/** Registers an account for an enterprise of the directory; it waits for the office to verify it. */
export async function registerEnterpriseAccount(
  input: RegisterEnterpriseAccountInput,
): Promise<RegisteredClaim> {
  return (await request(RegisterEnterpriseAccountDocument, { input })).registerEnterpriseAccount;
}

/** The viewer's latest claim, or null for an account the office set up itself. */
export async function fetchMyEnterpriseClaim(): Promise<EnterpriseClaim | null> {
  return (await request(MyEnterpriseClaimDocument)).myEnterpriseClaim ?? null;
}

/** Fails with CLAIM_PENDING while the office has not verified the account. */
export async function fetchMyEnterprise(): Promise<OwnEnterprise> {
  return (await request(MyEnterpriseDocument)).myEnterprise;
}

export async function updateMyEnterpriseContact(
  input: EnterpriseContactInput,
  version: number,
): Promise<OwnEnterprise> {
  return (await request(UpdateMyEnterpriseContactDocument, { input, version })).updateMyEnterpriseContact;
}

export async function fetchMyEnterpriseAccounts(): Promise<EnterpriseAccount[]> {
  return (await request(MyEnterpriseAccountsDocument)).myEnterpriseAccounts;
}

/** Only the managing account may do this, and never to itself. */
export async function setEnterpriseAccountActive(
  userId: string,
  active: boolean,
): Promise<EnterpriseAccount> {
  return (await request(SetEnterpriseAccountActiveDocument, { userId, active })).setEnterpriseAccountActive;
}
