import { graphql } from '@/gql';
import type {
  CaseFilter,
  CaseDepartmentsQuery,
  EvaluateCaseInput,
  MyCaseQuery,
  MyCasesQuery,
  SubmitCaseInput,
  SupplementCaseInput,
  TrackCaseQuery,
  UploadAttachmentMutation,
} from '@/gql/graphql';
import { PORTAL_ENDPOINT, request } from './client';
import { caseDepartments, myCase } from './first-reads';

/** One case of the viewer's list (诉求列表): enough for a card, nothing more. */
export type CaseSummary = MyCasesQuery['myCases']['items'][number];
export type CaseSummaryPage = MyCasesQuery['myCases'];
/** A case as the enterprise or grid head sees it: the public timeline, never internal notes. */
export type CaseDetail = MyCaseQuery['myCase'];
export type CaseStep = CaseDetail['timeline'][number];
export type UploadedAttachment = UploadAttachmentMutation['uploadAttachment'];
export type CaseTracking = TrackCaseQuery['trackCase'];
export type CaseDepartment = CaseDepartmentsQuery['caseDepartments'][number];

const MyCasesDocument = graphql(`
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
`);

const SubmitCaseDocument = graphql(`
  mutation SubmitCase($input: SubmitCaseInput!) {
    submitCase(input: $input) {
      id
      trackingNo
      queryCode
    }
  }
`);

const UploadAttachmentDocument = graphql(`
  mutation UploadAttachment($input: UploadAttachmentInput!) {
    uploadAttachment(input: $input) {
      id
      fileName
      mimeType
      size
      thumbnail
    }
  }
`);

const SupplementCaseDocument = graphql(`
  mutation SupplementCase($id: ID!, $version: Int!, $input: SupplementCaseInput!) {
    supplementCase(id: $id, version: $version, input: $input) {
      id
      version
    }
  }
`);

const WithdrawCaseDocument = graphql(`
  mutation WithdrawCase($id: ID!, $version: Int!, $reason: String) {
    withdrawCase(id: $id, version: $version, reason: $reason) {
      id
      version
    }
  }
`);

const EvaluateCaseDocument = graphql(`
  mutation EvaluateCase($id: ID!, $version: Int!, $input: EvaluateCaseInput!) {
    evaluateCase(id: $id, version: $version, input: $input) {
      id
      version
    }
  }
`);

const TrackCaseDocument = graphql(`
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
`);

/**
 * One page of the viewer's cases (an enterprise's own; a grid head's grid), newest first. The
 * total is counted only for a first page (`after` null): the later pages of the infinite scroll
 * keep the total the first one gave.
 */
export async function fetchMyCases(
  filter: CaseFilter,
  after: string | null,
  first = 20,
): Promise<CaseSummaryPage> {
  return (await request(MyCasesDocument, { page: { filter, after, first }, withTotal: after === null }))
    .myCases;
}

/** The case; the one read early (router/routes.ts) if it is this one. */
export function fetchMyCase(id: string): Promise<CaseDetail> {
  return myCase.read(id);
}

/** Submits a case; the same `clientKey` always returns the one case it made (a retry is safe). */
export async function submitCase(
  input: SubmitCaseInput,
): Promise<{ id: string; trackingNo: string; queryCode?: string | null }> {
  return (await request(SubmitCaseDocument, { input })).submitCase;
}

/** Uploads one file, base64-encoded; the server decides its type from its bytes. */
export async function uploadAttachment(fileName: string, contentBase64: string): Promise<UploadedAttachment> {
  return (await request(UploadAttachmentDocument, { input: { fileName, contentBase64 } })).uploadAttachment;
}

/**
 * Where the portal API serves an attachment's file (the session cookie travels with it): an
 * image to show, anything else to download.
 */
export function attachmentUrl(id: string): string {
  return `${PORTAL_ENDPOINT}/attachments/${encodeURIComponent(id)}`;
}

/** 补充材料: answers the office's request for information. `version` guards against a stale page. */
export async function supplementCase(id: string, version: number, input: SupplementCaseInput): Promise<void> {
  await request(SupplementCaseDocument, { id, version, input });
}

/** 撤回: takes the case back before it is replied to. */
export async function withdrawCase(id: string, version: number, reason: string | null): Promise<void> {
  await request(WithdrawCaseDocument, { id, version, reason });
}

/** 评价: solved? satisfied? 不满意 (DISSATISFIED) makes the case a dispute for the office. */
export async function evaluateCase(id: string, version: number, input: EvaluateCaseInput): Promise<void> {
  await request(EvaluateCaseDocument, { id, version, input });
}

/** Anyone: status and public steps of a case, given its tracking number and query code. */
export async function trackCase(trackingNo: string, queryCode: string): Promise<CaseTracking> {
  return (await request(TrackCaseDocument, { trackingNo, queryCode })).trackCase;
}

/**
 * The departments a case may name as concerned (涉及部门); the list read early (router/routes.ts)
 * the first time.
 */
export function fetchCaseDepartments(): Promise<CaseDepartment[]> {
  return caseDepartments.read(undefined);
}
