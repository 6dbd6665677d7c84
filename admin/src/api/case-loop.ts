import { graphql } from '@/gql';
import type {
  AssignCaseInput,
  DraftReplyInput,
  ExtensionRequestInput,
  FirstContactInput,
  ProgressInput,
  ReopenCaseInput,
} from '@/gql/graphql';
import { request } from './client';

// The case loop after acceptance: assignment, department handling, review, leaders' decisions, disputes.
// Every mutation answers with the whole case, so the page shows its new state, actions and timeline.

const AssignmentSuggestionsQuery = graphql(`
  query AssignmentSuggestions($caseId: ID!) {
    assignmentSuggestions(caseId: $caseId) {
      leads {
        ...DepartmentSuggestionFields
      }
      co {
        ...DepartmentSuggestionFields
      }
    }
  }
`);

graphql(`
  fragment DepartmentSuggestionFields on DepartmentSuggestion {
    score
    department {
      id
      name
      shortName
      active
    }
    reasons {
      source
      matterId
      matterName
      words
      caseCount
    }
  }
`);

const AssignCaseMutation = graphql(`
  mutation AssignCase($id: ID!, $version: Int!, $input: AssignCaseInput!) {
    assignCase(id: $id, version: $version, input: $input) {
      ...CaseFields
    }
  }
`);

const SignCaseMutation = graphql(`
  mutation SignCase($id: ID!, $version: Int!) {
    signCase(id: $id, version: $version) {
      ...CaseFields
    }
  }
`);

const RecordFirstContactMutation = graphql(`
  mutation RecordFirstContact($id: ID!, $version: Int!, $input: FirstContactInput!) {
    recordFirstContact(id: $id, version: $version, input: $input) {
      ...CaseFields
    }
  }
`);

const RecordCaseProgressMutation = graphql(`
  mutation RecordCaseProgress($id: ID!, $version: Int!, $input: ProgressInput!) {
    recordCaseProgress(id: $id, version: $version, input: $input) {
      ...CaseFields
    }
  }
`);

const SubmitCaseOpinionMutation = graphql(`
  mutation SubmitCaseOpinion($id: ID!, $version: Int!, $opinion: String!) {
    submitCaseOpinion(id: $id, version: $version, opinion: $opinion) {
      ...CaseFields
    }
  }
`);

const DraftCaseReplyMutation = graphql(`
  mutation DraftCaseReply($id: ID!, $version: Int!, $input: DraftReplyInput!) {
    draftCaseReply(id: $id, version: $version, input: $input) {
      ...CaseFields
    }
  }
`);

const SubmitCaseReplyMutation = graphql(`
  mutation SubmitCaseReply($id: ID!, $version: Int!) {
    submitCaseReply(id: $id, version: $version) {
      ...CaseFields
    }
  }
`);

const RequestCaseExtensionMutation = graphql(`
  mutation RequestCaseExtension($id: ID!, $version: Int!, $input: ExtensionRequestInput!) {
    requestCaseExtension(id: $id, version: $version, input: $input) {
      ...CaseFields
    }
  }
`);

const RequestCaseReturnMutation = graphql(`
  mutation RequestCaseReturn($id: ID!, $version: Int!, $reason: String!) {
    requestCaseReturn(id: $id, version: $version, reason: $reason) {
      ...CaseFields
    }
  }
`);

const ApproveCaseReplyMutation = graphql(`
  mutation ApproveCaseReply($id: ID!, $version: Int!, $note: String) {
    approveCaseReply(id: $id, version: $version, note: $note) {
      ...CaseFields
    }
  }
`);

const SendCaseBackMutation = graphql(`
  mutation SendCaseBack($id: ID!, $version: Int!, $reason: String!) {
    sendCaseBack(id: $id, version: $version, reason: $reason) {
      ...CaseFields
    }
  }
`);

const DecideCaseExtensionMutation = graphql(`
  mutation DecideCaseExtension($id: ID!, $version: Int!, $approve: Boolean!, $reason: String!) {
    decideCaseExtension(id: $id, version: $version, approve: $approve, reason: $reason) {
      ...CaseFields
    }
  }
`);

const DecideCaseReturnMutation = graphql(`
  mutation DecideCaseReturn($id: ID!, $version: Int!, $approve: Boolean!, $reason: String!) {
    decideCaseReturn(id: $id, version: $version, approve: $approve, reason: $reason) {
      ...CaseFields
    }
  }
`);

const ReopenCaseMutation = graphql(`
  mutation ReopenCase($id: ID!, $version: Int!, $input: ReopenCaseInput!) {
    reopenCase(id: $id, version: $version, input: $input) {
      ...CaseFields
    }
  }
`);

const CloseDisputedCaseMutation = graphql(`
  mutation CloseDisputedCase($id: ID!, $version: Int!, $explanation: String!) {
    closeDisputedCase(id: $id, version: $version, explanation: $explanation) {
      ...CaseFields
    }
  }
`);

const RevealCaseContactMutation = graphql(`
  mutation RevealCaseContact($id: ID!) {
    revealCaseContact(id: $id) {
      ...CaseContactFields
    }
  }
`);

export async function fetchAssignmentSuggestions(caseId: string) {
  return (await request(AssignmentSuggestionsQuery, { caseId })).assignmentSuggestions;
}

export async function assignCase(id: string, version: number, input: AssignCaseInput) {
  return (await request(AssignCaseMutation, { id, version, input })).assignCase;
}

export async function signCase(id: string, version: number) {
  return (await request(SignCaseMutation, { id, version })).signCase;
}

export async function recordFirstContact(id: string, version: number, input: FirstContactInput) {
  return (await request(RecordFirstContactMutation, { id, version, input })).recordFirstContact;
}

export async function recordCaseProgress(id: string, version: number, input: ProgressInput) {
  return (await request(RecordCaseProgressMutation, { id, version, input })).recordCaseProgress;
}

export async function submitCaseOpinion(id: string, version: number, opinion: string) {
  return (await request(SubmitCaseOpinionMutation, { id, version, opinion })).submitCaseOpinion;
}

export async function draftCaseReply(id: string, version: number, input: DraftReplyInput) {
  return (await request(DraftCaseReplyMutation, { id, version, input })).draftCaseReply;
}

export async function submitCaseReply(id: string, version: number) {
  return (await request(SubmitCaseReplyMutation, { id, version })).submitCaseReply;
}

export async function requestCaseExtension(id: string, version: number, input: ExtensionRequestInput) {
  return (await request(RequestCaseExtensionMutation, { id, version, input })).requestCaseExtension;
}

export async function requestCaseReturn(id: string, version: number, reason: string) {
  return (await request(RequestCaseReturnMutation, { id, version, reason })).requestCaseReturn;
}

export async function approveCaseReply(id: string, version: number, note: string | null) {
  return (await request(ApproveCaseReplyMutation, { id, version, note })).approveCaseReply;
}

export async function sendCaseBack(id: string, version: number, reason: string) {
  return (await request(SendCaseBackMutation, { id, version, reason })).sendCaseBack;
}

export async function decideCaseExtension(id: string, version: number, approve: boolean, reason: string) {
  return (await request(DecideCaseExtensionMutation, { id, version, approve, reason })).decideCaseExtension;
}

export async function decideCaseReturn(id: string, version: number, approve: boolean, reason: string) {
  return (await request(DecideCaseReturnMutation, { id, version, approve, reason })).decideCaseReturn;
}

export async function reopenCase(id: string, version: number, input: ReopenCaseInput) {
  return (await request(ReopenCaseMutation, { id, version, input })).reopenCase;
}

export async function closeDisputedCase(id: string, version: number, explanation: string) {
  return (await request(CloseDisputedCaseMutation, { id, version, explanation })).closeDisputedCase;
}

/** Shows the enterprise's full phone to a department; the server records who looked, and when. */
export async function revealCaseContact(id: string) {
  return (await request(RevealCaseContactMutation, { id })).revealCaseContact;
}
