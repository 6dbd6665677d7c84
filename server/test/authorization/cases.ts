import { NO_SUCH, OFFICE, type Actor, type MatrixPart } from './expectation.js';

const REPORTERS: Actor[] = ['ENTERPRISE', 'GRID_HEAD'];
const DEPARTMENT: Actor[] = ['DEPT_STAFF', 'DEPT_LEADER'];
const CASE_READERS: Actor[] = [...OFFICE, ...DEPARTMENT];
/** Fails validation for everyone let through, so the matrix never creates a case. */
const BAD_CASE = {
  kind: 'DIFFICULTY',
  category: 'OTHER',
  title: '',
  content: '',
  contactConsent: true,
  attachmentIds: [],
  clientKey: 'x',
};

/** Who may call the operations of cases. */
export const CASE_MATRIX: MatrixPart = {
  portal: {
    'Mutation.submitCase': { allow: REPORTERS, variables: { input: BAD_CASE } },
    'Mutation.uploadAttachment': {
      allow: REPORTERS,
      variables: { input: { fileName: 'a.exe', contentBase64: 'TVqQAAMAAAAEAAAA' } },
    },
    'Query.myCases': { allow: REPORTERS },
    'Query.myCase': { allow: REPORTERS, variables: { id: NO_SUCH } },
    'Mutation.supplementCase': {
      allow: REPORTERS,
      variables: { id: NO_SUCH, version: 1, input: { content: 'x', attachmentIds: [] } },
    },
    'Mutation.withdrawCase': { allow: REPORTERS, variables: { id: NO_SUCH, version: 1 } },
    'Query.trackCase': { allow: 'everyone', variables: { trackingNo: 'YH2026999999', queryCode: 'WRONG' } },
    'Query.caseDepartments': { allow: 'signed-in' },
    'Mutation.evaluateCase': {
      allow: ['ENTERPRISE'],
      variables: { id: NO_SUCH, version: 1, input: { solved: 'SOLVED', satisfaction: 'SATISFIED' } },
    },
  },
  admin: {
    'Query.cases': { allow: CASE_READERS },
    'Query.case': { allow: CASE_READERS, variables: { id: NO_SUCH } },
    'Query.enterpriseCaseCounts': { allow: CASE_READERS, variables: { enterpriseId: NO_SUCH } },
    'Mutation.revealCaseContact': { allow: ['DEPT_STAFF', 'DEPT_LEADER'], variables: { id: NO_SUCH } },
    'Mutation.uploadAttachment': {
      allow: OFFICE,
      variables: { input: { fileName: 'a.exe', contentBase64: 'TVqQAAMAAAAEAAAA' } },
    },
    'Mutation.enterCase': { allow: OFFICE, variables: { input: { ...BAD_CASE, channel: 'PHONE' } } },
    'Mutation.acceptCase': {
      allow: OFFICE,
      variables: {
        id: NO_SUCH,
        version: 1,
        input: { category: 'OTHER', priority: 'NORMAL', complexity: 'SIMPLE' },
      },
    },
    'Mutation.rejectCase': { allow: OFFICE, variables: { id: NO_SUCH, version: 1, reason: 'x' } },
    'Mutation.requestCaseInfo': { allow: OFFICE, variables: { id: NO_SUCH, version: 1, request: 'x' } },
    'Mutation.markCaseDuplicate': {
      allow: OFFICE,
      variables: { id: NO_SUCH, version: 1, originalTrackingNo: 'YH2026999999' },
    },
    'Mutation.replyCaseDirectly': {
      allow: OFFICE,
      variables: { id: NO_SUCH, version: 1, input: { result: 'EXPLAINED', text: 'x' } },
    },
    'Mutation.assignCase': {
      allow: OFFICE,
      variables: { id: NO_SUCH, version: 1, input: { leadDepartmentId: NO_SUCH, coDepartmentIds: [] } },
    },
    'Mutation.approveCaseReply': { allow: OFFICE, variables: { id: NO_SUCH, version: 1 } },
    'Mutation.sendCaseBack': { allow: OFFICE, variables: { id: NO_SUCH, version: 1, reason: 'x' } },
    'Mutation.reopenCase': { allow: OFFICE, variables: { id: NO_SUCH, version: 1, input: { reason: 'x' } } },
    'Mutation.closeDisputedCase': { allow: OFFICE, variables: { id: NO_SUCH, version: 1, explanation: 'x' } },
    'Mutation.decideCaseExtension': {
      allow: ['OFFICE_LEADER'],
      variables: { id: NO_SUCH, version: 1, approve: true, reason: 'x' },
    },
    'Mutation.decideCaseReturn': {
      allow: ['OFFICE_LEADER'],
      variables: { id: NO_SUCH, version: 1, approve: false, reason: 'x' },
    },
    'Query.departmentWorkbench': { allow: DEPARTMENT, variables: { queue: 'TO_SIGN' } },
    'Query.departmentWorkbenchCounts': { allow: DEPARTMENT },
    'Query.officeWorkbenchCounts': { allow: OFFICE },
    'Mutation.signCase': { allow: DEPARTMENT, variables: { id: NO_SUCH, version: 1 } },
    'Mutation.recordFirstContact': {
      allow: DEPARTMENT,
      variables: {
        id: NO_SUCH,
        version: 1,
        input: { method: 'PHONE', contactedAt: '2026-06-15T02:00:00.000Z', summary: 'x' },
      },
    },
    'Mutation.recordCaseProgress': {
      allow: DEPARTMENT,
      variables: { id: NO_SUCH, version: 1, input: { note: 'x', visibleToEnterprise: false } },
    },
    'Mutation.submitCaseOpinion': { allow: DEPARTMENT, variables: { id: NO_SUCH, version: 1, opinion: 'x' } },
    'Mutation.draftCaseReply': {
      allow: DEPARTMENT,
      variables: { id: NO_SUCH, version: 1, input: { result: 'RESOLVED', text: 'x', attachmentIds: [] } },
    },
    'Mutation.submitCaseReply': { allow: ['DEPT_LEADER'], variables: { id: NO_SUCH, version: 1 } },
    'Mutation.requestCaseExtension': {
      allow: ['DEPT_LEADER'],
      variables: { id: NO_SUCH, version: 1, input: { days: 3, reason: 'x' } },
    },
    'Mutation.requestCaseReturn': {
      allow: ['DEPT_LEADER'],
      variables: { id: NO_SUCH, version: 1, reason: 'x' },
    },
  },
};
