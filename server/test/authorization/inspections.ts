import { NO_SUCH, OFFICE, type MatrixPart } from './expectation.js';

/*
 * Inputs of a valid shape (the input guard checks shapes before the permission guard) that the
 * services refuse, so nothing is written: unknown ids (NOT_FOUND or a field naming them) and
 * versions no row has.
 */
const TEAM = { name: ' ', leaderId: NO_SUCH, memberIds: [] };
const TASK = {
  teamId: NO_SUCH,
  title: ' ',
  focus: 'DUTIES',
  gridId: NO_SUCH,
  departmentId: null,
  startsOn: '2026-06-01',
  endsOn: '2026-06-30',
};
const FINDING = { category: 'OTHER', departmentId: NO_SUCH, description: 'x' };
const PERIOD = { from: '2026-06-01', to: '2026-06-30' };
const DEPARTMENT = ['DEPT_STAFF', 'DEPT_LEADER'] as const;

/** Who may call the operations of inspections and rectification (docs/inspections.md). */
export const INSPECTIONS_MATRIX: MatrixPart = {
  portal: {},
  admin: {
    'Query.inspectionTeams': { allow: OFFICE },
    'Query.inspectionInspectors': { allow: ['OFFICE_LEADER'] },
    'Mutation.createInspectionTeam': { allow: ['OFFICE_LEADER'], variables: { input: TEAM } },
    'Mutation.updateInspectionTeam': {
      allow: ['OFFICE_LEADER'],
      variables: { id: NO_SUCH, input: TEAM, version: 1 },
    },
    'Query.inspectionTasks': { allow: [...OFFICE, 'INSPECTOR'] },
    'Mutation.createInspectionTask': { allow: ['OFFICE_LEADER'], variables: { input: TASK } },
    'Mutation.updateInspectionTask': {
      allow: ['OFFICE_LEADER'],
      variables: { id: NO_SUCH, input: TASK, version: 1 },
    },
    'Query.inspectionRecords': { allow: [...OFFICE, 'INSPECTOR'], variables: { taskId: NO_SUCH } },
    'Mutation.createInspectionRecord': {
      allow: ['INSPECTOR'],
      variables: {
        input: { taskId: NO_SUCH, inspectedOn: '2026-06-15', place: 'x', checked: 'x', findings: [FINDING] },
      },
    },
    // Three zero bytes: no known file type, refused before anything is stored.
    'Mutation.uploadInspectionPhoto': {
      allow: ['INSPECTOR'],
      variables: { input: { fileName: 'a.png', contentBase64: 'AAAA' } },
    },
    'Query.inspectionFindingEnterprises': {
      allow: ['INSPECTOR'],
      variables: { findingId: NO_SUCH, keyword: null },
    },
    'Mutation.addInspectionFinding': {
      allow: ['INSPECTOR'],
      variables: { recordId: NO_SUCH, input: FINDING },
    },
    'Mutation.solveFindingOnSpot': {
      allow: ['INSPECTOR'],
      variables: { id: NO_SUCH, version: 1, solution: 'x' },
    },
    'Mutation.fileFindingAsCase': {
      allow: ['INSPECTOR'],
      variables: {
        id: NO_SUCH,
        version: 1,
        input: { enterpriseId: NO_SUCH, kind: 'DIFFICULTY', title: 'x' },
      },
    },
    'Mutation.suggestRectification': {
      allow: ['INSPECTOR'],
      variables: { id: NO_SUCH, version: 1, input: { suggestion: 'x', workingDays: 5 } },
    },
    'Query.rectifications': { allow: [...OFFICE, ...DEPARTMENT] },
    'Mutation.reportRectification': {
      allow: [...DEPARTMENT],
      variables: { id: NO_SUCH, version: 1, input: { report: 'x', evidence: 'x' } },
    },
    'Mutation.acceptRectification': { allow: OFFICE, variables: { id: NO_SUCH, version: 1 } },
    'Mutation.sendBackRectification': { allow: OFFICE, variables: { id: NO_SUCH, version: 1, reason: 'x' } },
    'Query.inspectionFigures': { allow: OFFICE, variables: { period: PERIOD } },
    'Query.inspectionFigureFindings': {
      allow: OFFICE,
      variables: { period: PERIOD, figure: 'FOUND', teamId: null },
    },
  },
};
