import { graphql } from '@/gql';
import type { EnterpriseClaimStatus, EnterpriseInput, EnterprisePageArgs } from '@/gql/graphql';
import { request } from './client';

// What the directory keeps about an enterprise; the operations below spread it.
graphql(`
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
`);

const EnterprisesQuery = graphql(`
  query Enterprises($page: EnterprisePageArgs) {
    enterprises(page: $page) {
      items {
        ...EnterpriseFields
      }
      nextCursor
    }
  }
`);

const EnterpriseQuery = graphql(`
  query Enterprise($id: ID!) {
    enterprise(id: $id) {
      ...EnterpriseFields
    }
  }
`);

const EnterpriseAccountsQuery = graphql(`
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
`);

const EnterpriseHistoryQuery = graphql(`
  query EnterpriseHistory($enterpriseId: ID!) {
    enterpriseHistory(enterpriseId: $enterpriseId) {
      id
      occurredAt
      actorName
      action
      details
    }
  }
`);

const CreateEnterpriseMutation = graphql(`
  mutation CreateEnterprise($input: EnterpriseInput!) {
    createEnterprise(input: $input) {
      ...EnterpriseFields
    }
  }
`);

const UpdateEnterpriseMutation = graphql(`
  mutation UpdateEnterprise($id: ID!, $input: EnterpriseInput!, $version: Int!) {
    updateEnterprise(id: $id, input: $input, version: $version) {
      ...EnterpriseFields
    }
  }
`);

graphql(`
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
`);

const EnterpriseClaimsQuery = graphql(`
  query EnterpriseClaims($status: EnterpriseClaimStatus) {
    enterpriseClaims(status: $status) {
      ...EnterpriseClaimFields
    }
  }
`);

const ApproveEnterpriseClaimMutation = graphql(`
  mutation ApproveEnterpriseClaim($id: ID!) {
    approveEnterpriseClaim(id: $id) {
      ...EnterpriseClaimFields
    }
  }
`);

const RejectEnterpriseClaimMutation = graphql(`
  mutation RejectEnterpriseClaim($id: ID!, $reason: String!) {
    rejectEnterpriseClaim(id: $id, reason: $reason) {
      ...EnterpriseClaimFields
    }
  }
`);

export async function fetchEnterprises(page: EnterprisePageArgs) {
  return (await request(EnterprisesQuery, { page })).enterprises;
}

export async function fetchEnterprise(id: string) {
  return (await request(EnterpriseQuery, { id })).enterprise;
}

export async function fetchEnterpriseAccounts(enterpriseId: string) {
  return (await request(EnterpriseAccountsQuery, { enterpriseId })).enterpriseAccounts;
}

export async function fetchEnterpriseHistory(enterpriseId: string) {
  return (await request(EnterpriseHistoryQuery, { enterpriseId })).enterpriseHistory;
}

export async function createEnterprise(input: EnterpriseInput) {
  return (await request(CreateEnterpriseMutation, { input })).createEnterprise;
}

export async function updateEnterprise(id: string, input: EnterpriseInput, version: number) {
  return (await request(UpdateEnterpriseMutation, { id, input, version })).updateEnterprise;
}

export async function fetchEnterpriseClaims(status: EnterpriseClaimStatus | null) {
  return (await request(EnterpriseClaimsQuery, { status })).enterpriseClaims;
}

export async function approveEnterpriseClaim(id: string) {
  return (await request(ApproveEnterpriseClaimMutation, { id })).approveEnterpriseClaim;
}

export async function rejectEnterpriseClaim(id: string, reason: string) {
  return (await request(RejectEnterpriseClaimMutation, { id, reason })).rejectEnterpriseClaim;
}

const ImportTemplateQuery = graphql(`
  query EnterpriseImportTemplate {
    enterpriseImportTemplate
  }
`);

const ImportEnterprisesMutation = graphql(`
  mutation ImportEnterprises($file: String!) {
    importEnterprises(file: $file) {
      imported
      failed {
        row
        reasons
      }
    }
  }
`);

/** The .xlsx template, base64. */
export async function fetchImportTemplate() {
  return (await request(ImportTemplateQuery)).enterpriseImportTemplate;
}

/** Imports an .xlsx file given as base64; valid rows land, invalid rows come back with reasons. */
export async function importEnterprises(file: string) {
  return (await request(ImportEnterprisesMutation, { file })).importEnterprises;
}
