import { graphql } from '@/gql';
import type {
  AccountabilityRecordFilter,
  AccountabilityRecordInput,
  FigurePeriod,
  PublicNoticeInput,
} from '@/gql/graphql';
import { request } from './client';

graphql(`
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
`);

graphql(`
  fragment PublicNoticeItemFields on PublicNoticeItem {
    type
    subjectKind
    departmentName
    officialName
    officialPost
    decidedOn
  }
`);

const AccountabilityRecordsQuery = graphql(`
  query AccountabilityRecords($filter: AccountabilityRecordFilter, $first: Int, $after: String) {
    accountabilityRecords(filter: $filter, first: $first, after: $after) {
      items {
        ...AccountabilityRecordFields
      }
      nextCursor
    }
  }
`);

const CreateAccountabilityRecordMutation = graphql(`
  mutation CreateAccountabilityRecord($input: AccountabilityRecordInput!) {
    createAccountabilityRecord(input: $input) {
      ...AccountabilityRecordFields
    }
  }
`);

const UpdateAccountabilityRecordMutation = graphql(`
  mutation UpdateAccountabilityRecord($id: ID!, $input: AccountabilityRecordInput!, $version: Int!) {
    updateAccountabilityRecord(id: $id, input: $input, version: $version) {
      ...AccountabilityRecordFields
    }
  }
`);

const AccountabilityCandidatesQuery = graphql(`
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
`);

const AccountabilityFiguresQuery = graphql(`
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
`);

const PublicNoticeDraftQuery = graphql(`
  query PublicNoticeDraft($input: PublicNoticeInput!) {
    publicNoticeDraft(input: $input) {
      title
      body
      items {
        ...PublicNoticeItemFields
      }
    }
  }
`);

const AdminPublicNoticesQuery = graphql(`
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
`);

const PublishPublicNoticeMutation = graphql(`
  mutation PublishPublicNotice($input: PublicNoticeInput!) {
    publishPublicNotice(input: $input) {
      id
      title
    }
  }
`);

const WithdrawPublicNoticeMutation = graphql(`
  mutation WithdrawPublicNotice($id: ID!, $version: Int!, $reason: String!) {
    withdrawPublicNotice(id: $id, version: $version, reason: $reason) {
      id
      withdrawnAt
      version
    }
  }
`);

export async function fetchAccountabilityRecords(
  filter: AccountabilityRecordFilter,
  first: number,
  after: string | null,
) {
  return (await request(AccountabilityRecordsQuery, { filter, first, after })).accountabilityRecords;
}

export async function createAccountabilityRecord(input: AccountabilityRecordInput) {
  return (await request(CreateAccountabilityRecordMutation, { input })).createAccountabilityRecord;
}

export async function updateAccountabilityRecord(
  id: string,
  input: AccountabilityRecordInput,
  version: number,
) {
  return (await request(UpdateAccountabilityRecordMutation, { id, input, version }))
    .updateAccountabilityRecord;
}

export async function fetchAccountabilityCandidates(from: Date, to: Date) {
  return (await request(AccountabilityCandidatesQuery, { from: from.toISOString(), to: to.toISOString() }))
    .accountabilityCandidates;
}

export async function fetchAccountabilityFigures(from: string, to: string, period: FigurePeriod) {
  return (await request(AccountabilityFiguresQuery, { from, to, period })).accountabilityFigures;
}

export async function fetchPublicNoticeDraft(input: PublicNoticeInput) {
  return (await request(PublicNoticeDraftQuery, { input })).publicNoticeDraft;
}

export async function fetchAdminPublicNotices(first: number, after: string | null) {
  return (await request(AdminPublicNoticesQuery, { first, after })).adminPublicNotices;
}

export async function publishPublicNotice(input: PublicNoticeInput) {
  return (await request(PublishPublicNoticeMutation, { input })).publishPublicNotice;
}

export async function withdrawPublicNotice(id: string, version: number, reason: string) {
  return (await request(WithdrawPublicNoticeMutation, { id, version, reason })).withdrawPublicNotice;
}
