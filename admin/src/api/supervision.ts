import { openLiveSubscription, type LiveHandlers } from '@gridbridge/client';
import { graphql } from '@/gql';
import type {
  SupervisionBoardChangedSubscription,
  SuperviseCaseInput,
  SupervisionFilter,
} from '@/gql/graphql';
import { client, request } from './client';

// The supervision board 督查台 and 督办/催办 (docs/supervision.md). The case mutations answer with
// the whole case, like the loop's, so the case page shows its new timeline and actions.

const SupervisionBoardQuery = graphql(`
  query SupervisionBoard($filter: SupervisionFilter, $first: Int!, $after: String) {
    supervisionBoard(filter: $filter, first: $first, after: $after) {
      items {
        id
        kind
        step
        colour
        reason
        deadline
        raisedAt
        overdueWorkingDays
        caseId
        trackingNo
        caseTitle
        caseState
        suggestionId
        suggestion
        departmentId
        departmentName
        gridId
        gridName
      }
      nextCursor
    }
  }
`);

const SupervisionCountsQuery = graphql(`
  query SupervisionCounts($filter: SupervisionFilter) {
    supervisionCounts(filter: $filter) {
      departmentId
      departmentName
      total
      red
      yellow
      inaction
      slowAction
      wrongAction
      complaint
    }
  }
`);

graphql(`
  fragment CaseSupervisionFields on CaseSupervision {
    id
    caseId
    trackingNo
    caseTitle
    departmentId
    departmentName
    level
    note
    dueDate
    issuedAt
    issuedByName
    acknowledgedAt
    acknowledgedByName
    acknowledgeNote
  }
`);

const CaseSupervisionsQuery = graphql(`
  query CaseSupervisions($caseId: ID!) {
    caseSupervisions(caseId: $caseId) {
      ...CaseSupervisionFields
    }
  }
`);

const PendingSupervisionsQuery = graphql(`
  query PendingSupervisions($first: Int!, $after: String) {
    pendingSupervisions(first: $first, after: $after) {
      items {
        ...CaseSupervisionFields
      }
      nextCursor
    }
  }
`);

const SuperviseCaseMutation = graphql(`
  mutation SuperviseCase($id: ID!, $version: Int!, $input: SuperviseCaseInput!) {
    superviseCase(id: $id, version: $version, input: $input) {
      ...CaseFields
    }
  }
`);

const UrgeCaseMutation = graphql(`
  mutation UrgeCase($id: ID!, $version: Int!, $note: String!) {
    urgeCase(id: $id, version: $version, note: $note) {
      ...CaseFields
    }
  }
`);

const AcknowledgeSupervisionMutation = graphql(`
  mutation AcknowledgeSupervision($id: ID!, $version: Int!, $note: String) {
    acknowledgeSupervision(id: $id, version: $version, note: $note) {
      ...CaseFields
    }
  }
`);

const SupervisionBoardChangedSubscription = graphql(`
  subscription SupervisionBoardChanged {
    supervisionBoardChanged {
      raised
    }
  }
`);

export type BoardChangeHandlers = LiveHandlers<SupervisionBoardChangedSubscription>;

/**
 * The board's live feed: an event each time warnings or detections are raised, on any server
 * instance; returns the function that closes it. Component tests run in happy-dom, whose
 * WebSocket really connects, so there it opens nothing (a spec that wants events mocks this).
 */
export function openBoardChanges(handlers: BoardChangeHandlers): () => void {
  if (import.meta.env.MODE === 'test') return () => undefined;
  return openLiveSubscription(client, SupervisionBoardChangedSubscription, handlers);
}

export async function fetchSupervisionBoard(filter: SupervisionFilter, first: number, after: string | null) {
  return (await request(SupervisionBoardQuery, { filter, first, after })).supervisionBoard;
}

export async function fetchSupervisionCounts(filter: SupervisionFilter) {
  return (await request(SupervisionCountsQuery, { filter })).supervisionCounts;
}

export async function fetchCaseSupervisions(caseId: string) {
  return (await request(CaseSupervisionsQuery, { caseId })).caseSupervisions;
}

export async function fetchPendingSupervisions(first: number, after: string | null) {
  return (await request(PendingSupervisionsQuery, { first, after })).pendingSupervisions;
}

export async function superviseCase(id: string, version: number, input: SuperviseCaseInput) {
  return (await request(SuperviseCaseMutation, { id, version, input })).superviseCase;
}

export async function urgeCase(id: string, version: number, note: string) {
  return (await request(UrgeCaseMutation, { id, version, note })).urgeCase;
}

export async function acknowledgeSupervision(id: string, version: number, note: string | null) {
  return (await request(AcknowledgeSupervisionMutation, { id, version, note })).acknowledgeSupervision;
}
