/** The cases domain's public surface: other domains import from here, never a file inside. */
export { CasesModule } from './cases.module.js';
export { CaseEventSinks, type CaseEventSink } from './case-event-sinks.js';
export {
  acceptDeadline,
  contactDeadline,
  deadlineFacts,
  deadlineOf,
  evaluationDeadline,
  opinionDeadline,
  replyDeadline,
  replyWorkingDays,
  resumedDeadline,
  reviewDeadline,
  signDeadline,
} from './case-deadlines.js';
export { searchTokens } from './case-search.js';
export { queryCodeFrom } from './query-code.js';
export { CASE_EXPORT_ROW, caseExportQuery, type CaseExportRow } from './case-query.js';
export { sqlParams } from './case-scope.js';
export { CaseFilter } from './cases.inputs.js';
export { CaseTransitions, invalidTransition, type StepContext } from './case-transitions.service.js';
export { CaseType } from './cases.types.js';
export { CasesService } from './cases.service.js';
export { AttachmentsService } from './attachments.service.js';
export type { SubmitCaseInput } from './cases.inputs.js';
export { UploadAttachmentInput } from './cases.inputs.js';
export { AttachmentType } from './cases.types.js';
