import { graphql } from '@/gql';
import { request } from './client';
import { earlyRead } from './early';

/*
 * The reads that a page starts while the router waits for the session query (router/routes.ts),
 * with their documents. They ride in the first load (0.4 kB gzip) so that the request can
 * leave as soon as the router starts, instead of after the chunk of code that the pages share
 * (some 29 kB on a slow connection); api/cases.ts hands them to the pages.
 */

const MyCaseDocument = graphql(`
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
`);

const CaseDepartmentsDocument = graphql(`
  query CaseDepartments {
    caseDepartments {
      id
      name
    }
  }
`);

export const myCase = earlyRead(async (id: string) => (await request(MyCaseDocument, { id })).myCase);

export const caseDepartments = earlyRead(
  async () => (await request(CaseDepartmentsDocument)).caseDepartments,
);

/** The case page's case (fetchMyCase takes it). */
export function readMyCaseEarly(id: string): () => void {
  return myCase.start(id);
}

/** The new-case page's department list (fetchCaseDepartments takes it). */
export function readCaseDepartmentsEarly(): () => void {
  return caseDepartments.start(undefined);
}
