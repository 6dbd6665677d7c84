import { graphql } from '@/gql';
import type { AcceptCaseInput, CasePageArgs, DirectReplyInput, OfficeCaseInput } from '@/gql/graphql';
import { ADMIN_ENDPOINT, request } from './client';

// What a list row shows: enough to triage from the inbox without opening the case.
graphql(`
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
`);

graphql(`
  fragment CaseAttachmentFields on Attachment {
    id
    fileName
    mimeType
    size
    thumbnail
  }
`);

graphql(`
  fragment CaseContactFields on CaseContact {
    name
    phone
    masked
  }
`);

// A department's task on the case, as the case page and the workbench show it.
graphql(`
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
`);

// Everything the case page shows.
graphql(`
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
`);

const CasesQuery = graphql(`
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
`);

const CaseQuery = graphql(`
  query Case($id: ID!) {
    case(id: $id) {
      ...CaseFields
    }
  }
`);

const AcceptCaseMutation = graphql(`
  mutation AcceptCase($id: ID!, $version: Int!, $input: AcceptCaseInput!) {
    acceptCase(id: $id, version: $version, input: $input) {
      ...CaseFields
    }
  }
`);

const RejectCaseMutation = graphql(`
  mutation RejectCase($id: ID!, $version: Int!, $reason: String!) {
    rejectCase(id: $id, version: $version, reason: $reason) {
      ...CaseFields
    }
  }
`);

const RequestCaseInfoMutation = graphql(`
  mutation RequestCaseInfo($id: ID!, $version: Int!, $request: String!) {
    requestCaseInfo(id: $id, version: $version, request: $request) {
      ...CaseFields
    }
  }
`);

const MarkCaseDuplicateMutation = graphql(`
  mutation MarkCaseDuplicate($id: ID!, $version: Int!, $originalTrackingNo: String!, $note: String) {
    markCaseDuplicate(id: $id, version: $version, originalTrackingNo: $originalTrackingNo, note: $note) {
      ...CaseFields
    }
  }
`);

const ReplyCaseDirectlyMutation = graphql(`
  mutation ReplyCaseDirectly($id: ID!, $version: Int!, $input: DirectReplyInput!) {
    replyCaseDirectly(id: $id, version: $version, input: $input) {
      ...CaseFields
    }
  }
`);

const EnterCaseMutation = graphql(`
  mutation EnterCase($input: OfficeCaseInput!) {
    enterCase(input: $input) {
      id
      trackingNo
    }
  }
`);

const UploadAttachmentMutation = graphql(`
  mutation UploadAttachment($input: UploadAttachmentInput!) {
    uploadAttachment(input: $input) {
      ...CaseAttachmentFields
    }
  }
`);

/** One page of cases; a first page (no `after`) also brings the whole list's total. */
export async function fetchCases(page: CasePageArgs) {
  return (await request(CasesQuery, { page, withTotal: !page.after })).cases;
}

export async function fetchCase(id: string) {
  return (await request(CaseQuery, { id })).case;
}

/** Where the admin API serves an attachment's file; the session cookie travels with the link. */
export function attachmentUrl(id: string): string {
  return `${ADMIN_ENDPOINT}/attachments/${encodeURIComponent(id)}`;
}

export async function acceptCase(id: string, version: number, input: AcceptCaseInput) {
  return (await request(AcceptCaseMutation, { id, version, input })).acceptCase;
}

export async function rejectCase(id: string, version: number, reason: string) {
  return (await request(RejectCaseMutation, { id, version, reason })).rejectCase;
}

export async function requestCaseInfo(id: string, version: number, requestText: string) {
  return (await request(RequestCaseInfoMutation, { id, version, request: requestText })).requestCaseInfo;
}

export async function markCaseDuplicate(
  id: string,
  version: number,
  originalTrackingNo: string,
  note: string | null,
) {
  return (await request(MarkCaseDuplicateMutation, { id, version, originalTrackingNo, note }))
    .markCaseDuplicate;
}

export async function replyCaseDirectly(id: string, version: number, input: DirectReplyInput) {
  return (await request(ReplyCaseDirectlyMutation, { id, version, input })).replyCaseDirectly;
}

export async function enterCase(input: OfficeCaseInput) {
  return (await request(EnterCaseMutation, { input })).enterCase;
}

/** Uploads one file (base64); the returned id goes into the case's `attachmentIds`. */
export async function uploadAttachment(fileName: string, contentBase64: string) {
  return (await request(UploadAttachmentMutation, { input: { fileName, contentBase64 } })).uploadAttachment;
}

const EnterpriseCaseCountsQuery = graphql(`
  query EnterpriseCaseCounts($enterpriseId: ID!) {
    enterpriseCaseCounts(enterpriseId: $enterpriseId) {
      state
      count
    }
  }
`);

/** One enterprise's cases in the viewer's scope, per state (the enterprise's 360° page). */
export async function fetchEnterpriseCaseCounts(enterpriseId: string) {
  return (await request(EnterpriseCaseCountsQuery, { enterpriseId })).enterpriseCaseCounts;
}
