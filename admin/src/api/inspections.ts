import { graphql } from '@/gql';
import type {
  FindingCaseInput,
  InspectionFigure,
  InspectionPeriodInput,
  InspectionRecordInput,
  InspectionTaskInput,
  InspectionTeamInput,
  RectificationReportInput,
  RectificationState,
  RectificationSuggestionInput,
} from '@/gql/graphql';
import { request } from './client';

graphql(`
  fragment InspectionTeamFields on InspectionTeam {
    id
    name
    leader {
      id
      displayName
    }
    members {
      id
      displayName
    }
    version
  }
`);

graphql(`
  fragment InspectionTaskFields on InspectionTask {
    id
    title
    focus
    team {
      id
      name
    }
    grid {
      id
      name
    }
    department {
      id
      name
    }
    startsOn
    endsOn
    records
    version
  }
`);

graphql(`
  fragment RectificationFields on Rectification {
    id
    findingId
    findingDescription
    department {
      id
      name
    }
    suggestion
    issuedAt
    deadline
    state
    warning
    report
    evidence
    reportedAt
    returnReason
    version
  }
`);

// What a record's list shows of each finding: lists within lists count against the query cost.
// A finding's outcome answers with the same fields, so that it takes its place in the list.
graphql(`
  fragment InspectionRecordFindingFields on InspectionFinding {
    id
    category
    department {
      id
      name
    }
    description
    outcome
    solution
    caseTrackingNo
    rectification {
      id
      state
      deadline
    }
    version
  }
`);

graphql(`
  fragment InspectionRecordFields on InspectionRecord {
    id
    taskId
    inspector {
      id
      displayName
    }
    inspectedOn
    place
    checked
    photos {
      id
      fileName
      thumbnail
    }
    findings {
      ...InspectionRecordFindingFields
    }
  }
`);

graphql(`
  fragment InspectionFigureFields on InspectionFigureRow {
    teamId
    teamName
    dispatched
    inspectors
    found
    solved
    suggested
    onTime
    overdue
  }
`);

const TeamsQuery = graphql(`
  query InspectionTeams {
    inspectionTeams {
      ...InspectionTeamFields
    }
  }
`);
const InspectorsQuery = graphql(`
  query InspectionInspectors {
    inspectionInspectors {
      id
      displayName
    }
  }
`);
const CreateTeamMutation = graphql(`
  mutation CreateInspectionTeam($input: InspectionTeamInput!) {
    createInspectionTeam(input: $input) {
      ...InspectionTeamFields
    }
  }
`);
const UpdateTeamMutation = graphql(`
  mutation UpdateInspectionTeam($id: ID!, $input: InspectionTeamInput!, $version: Int!) {
    updateInspectionTeam(id: $id, input: $input, version: $version) {
      ...InspectionTeamFields
    }
  }
`);
const TasksQuery = graphql(`
  query InspectionTasks($first: Int!, $after: String) {
    inspectionTasks(first: $first, after: $after) {
      items {
        ...InspectionTaskFields
      }
      nextCursor
    }
  }
`);
const CreateTaskMutation = graphql(`
  mutation CreateInspectionTask($input: InspectionTaskInput!) {
    createInspectionTask(input: $input) {
      ...InspectionTaskFields
    }
  }
`);
const RecordsQuery = graphql(`
  query InspectionRecords($taskId: ID!, $first: Int!, $after: String) {
    inspectionRecords(taskId: $taskId, first: $first, after: $after) {
      items {
        ...InspectionRecordFields
      }
      nextCursor
    }
  }
`);
const CreateRecordMutation = graphql(`
  mutation CreateInspectionRecord($input: InspectionRecordInput!) {
    createInspectionRecord(input: $input) {
      ...InspectionRecordFields
    }
  }
`);
const UploadPhotoMutation = graphql(`
  mutation UploadInspectionPhoto($input: UploadAttachmentInput!) {
    uploadInspectionPhoto(input: $input) {
      id
      fileName
      thumbnail
    }
  }
`);
const FindingEnterprisesQuery = graphql(`
  query InspectionFindingEnterprises($findingId: ID!, $keyword: String, $first: Int!, $after: String) {
    inspectionFindingEnterprises(findingId: $findingId, keyword: $keyword, first: $first, after: $after) {
      items {
        id
        name
        creditCode
        gridName
      }
      nextCursor
    }
  }
`);
const SolveMutation = graphql(`
  mutation SolveFindingOnSpot($id: ID!, $version: Int!, $solution: String!) {
    solveFindingOnSpot(id: $id, version: $version, solution: $solution) {
      ...InspectionRecordFindingFields
    }
  }
`);
const FileCaseMutation = graphql(`
  mutation FileFindingAsCase($id: ID!, $version: Int!, $input: FindingCaseInput!) {
    fileFindingAsCase(id: $id, version: $version, input: $input) {
      ...InspectionRecordFindingFields
    }
  }
`);
const SuggestMutation = graphql(`
  mutation SuggestRectification($id: ID!, $version: Int!, $input: RectificationSuggestionInput!) {
    suggestRectification(id: $id, version: $version, input: $input) {
      ...InspectionRecordFindingFields
    }
  }
`);
const RectificationsQuery = graphql(`
  query Rectifications($state: RectificationState, $first: Int!, $after: String) {
    rectifications(state: $state, first: $first, after: $after) {
      items {
        ...RectificationFields
      }
      nextCursor
    }
  }
`);
const ReportMutation = graphql(`
  mutation ReportRectification($id: ID!, $version: Int!, $input: RectificationReportInput!) {
    reportRectification(id: $id, version: $version, input: $input) {
      ...RectificationFields
    }
  }
`);
const AcceptMutation = graphql(`
  mutation AcceptRectification($id: ID!, $version: Int!) {
    acceptRectification(id: $id, version: $version) {
      ...RectificationFields
    }
  }
`);
const SendBackMutation = graphql(`
  mutation SendBackRectification($id: ID!, $version: Int!, $reason: String!) {
    sendBackRectification(id: $id, version: $version, reason: $reason) {
      ...RectificationFields
    }
  }
`);
const FiguresQuery = graphql(`
  query InspectionFigures($period: InspectionPeriodInput!) {
    inspectionFigures(period: $period) {
      total {
        ...InspectionFigureFields
      }
      teams {
        ...InspectionFigureFields
      }
    }
  }
`);
const FigureFindingsQuery = graphql(`
  query InspectionFigureFindings(
    $period: InspectionPeriodInput!
    $figure: InspectionFigure!
    $teamId: ID
    $first: Int!
    $after: String
  ) {
    inspectionFigureFindings(
      period: $period
      figure: $figure
      teamId: $teamId
      first: $first
      after: $after
    ) {
      items {
        id
        inspectedOn
        place
        category
        department {
          id
          name
        }
        description
        outcome
      }
      nextCursor
    }
  }
`);

export const fetchInspectionTeams = async () => (await request(TeamsQuery)).inspectionTeams;
export const fetchInspectors = async () => (await request(InspectorsQuery)).inspectionInspectors;
export const createInspectionTeam = async (input: InspectionTeamInput) =>
  (await request(CreateTeamMutation, { input })).createInspectionTeam;
export const updateInspectionTeam = async (id: string, input: InspectionTeamInput, version: number) =>
  (await request(UpdateTeamMutation, { id, input, version })).updateInspectionTeam;
export const fetchInspectionTasks = async (first: number, after: string | null = null) =>
  (await request(TasksQuery, { first, after })).inspectionTasks;
export const createInspectionTask = async (input: InspectionTaskInput) =>
  (await request(CreateTaskMutation, { input })).createInspectionTask;
export const fetchInspectionRecords = async (taskId: string, first: number, after: string | null = null) =>
  (await request(RecordsQuery, { taskId, first, after })).inspectionRecords;
export const createInspectionRecord = async (input: InspectionRecordInput) =>
  (await request(CreateRecordMutation, { input })).createInspectionRecord;
export const uploadInspectionPhoto = async (fileName: string, contentBase64: string) =>
  (await request(UploadPhotoMutation, { input: { fileName, contentBase64 } })).uploadInspectionPhoto;
export const fetchFindingEnterprises = async (
  findingId: string,
  keyword: string | null,
  first: number,
  after: string | null = null,
) =>
  (await request(FindingEnterprisesQuery, { findingId, keyword, first, after })).inspectionFindingEnterprises;
export const solveFindingOnSpot = async (id: string, version: number, solution: string) =>
  (await request(SolveMutation, { id, version, solution })).solveFindingOnSpot;
export const fileFindingAsCase = async (id: string, version: number, input: FindingCaseInput) =>
  (await request(FileCaseMutation, { id, version, input })).fileFindingAsCase;
export const suggestRectification = async (
  id: string,
  version: number,
  input: RectificationSuggestionInput,
) => (await request(SuggestMutation, { id, version, input })).suggestRectification;
export const fetchRectifications = async (
  state: RectificationState | null,
  first: number,
  after: string | null = null,
) => (await request(RectificationsQuery, { state, first, after })).rectifications;
export const reportRectification = async (id: string, version: number, input: RectificationReportInput) =>
  (await request(ReportMutation, { id, version, input })).reportRectification;
export const acceptRectification = async (id: string, version: number) =>
  (await request(AcceptMutation, { id, version })).acceptRectification;
export const sendBackRectification = async (id: string, version: number, reason: string) =>
  (await request(SendBackMutation, { id, version, reason })).sendBackRectification;
export const fetchInspectionFigures = async (period: InspectionPeriodInput) =>
  (await request(FiguresQuery, { period })).inspectionFigures;
export const fetchFigureFindings = async (
  period: InspectionPeriodInput,
  figure: InspectionFigure,
  teamId: string | null,
  first: number,
  after: string | null = null,
) => (await request(FigureFindingsQuery, { period, figure, teamId, first, after })).inspectionFigureFindings;
