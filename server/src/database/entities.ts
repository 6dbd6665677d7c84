import { AuditEntry } from '../modules/audit/audit-entry.entity.js';
import { Session } from '../modules/auth/session.entity.js';
import { User } from '../modules/auth/user.entity.js';
import { Department } from '../modules/directory/department.entity.js';
import { Enterprise } from '../modules/directory/enterprise.entity.js';
import { EnterpriseClaim } from '../modules/directory/enterprise-claim.entity.js';
import { ServicePoint } from '../modules/directory/service-point.entity.js';
import { Grid } from '../modules/directory/grid.entity.js';
import { CaseFile } from '../modules/cases/case.entity.js';
import { CaseEvent } from '../modules/cases/case-event.entity.js';
import { CaseAssignment } from '../modules/cases/case-assignment.entity.js';
import { CaseAttachment } from '../modules/cases/case-attachment.entity.js';
import { TrackingSequence } from '../modules/cases/tracking-sequence.entity.js';
import { Notification } from '../modules/notifications/notification.entity.js';
import { OutboxMessage } from '../modules/notifications/outbox-message.entity.js';
import { SentMessage } from '../modules/notifications/sent-message.entity.js';
import { JobSchedule } from '../modules/jobs/job-schedule.entity.js';
import { HolidayYear } from '../modules/calendar/holiday-year.entity.js';
import { ExportFile } from '../modules/exports/export-file.entity.js';
import { DispatchMatter, DispatchMatterDepartment } from '../modules/dispatch/dispatch-matter.entity.js';
import { TimeLimit } from '../modules/dispatch/time-limit.entity.js';
import {
  AccountabilityRecord,
  AccountabilityRecordCase,
  PublicNotice,
  PublicNoticeRecord,
} from '../modules/accountability/accountability.entity.js';
import {
  CaseDayStat,
  CaseFact,
  DepartmentDayFact,
  KeywordDayStat,
  ScorecardSettings,
} from '../modules/scorecards/scorecard.entities.js';
import { AssignmentSuggestionOutcome } from '../modules/dispatch/assignment-suggestion-outcome.entity.js';
import { CaseSupervision } from '../modules/supervision/case-supervision.entity.js';
import { SupervisionItem, SupervisionScan } from '../modules/supervision/supervision-item.entity.js';

import {
  ConditionEnterpriseStat,
  ConditionMonthStat,
  ConditionReminder,
  ConditionReport,
  ConditionReportCase,
  ConditionReportRevision,
  ConditionVisit,
  ConditionVisitPhoto,
} from '../modules/conditions/condition.entities.js';
import {
  InspectionFinding,
  InspectionRecord,
  InspectionRecordPhoto,
  InspectionTask,
  InspectionTeam,
  InspectionTeamMember,
  RectificationSuggestion,
} from '../modules/inspections/inspection.entity.js';

export const ENTITIES = [
  Department,
  Grid,
  Enterprise,
  ServicePoint,
  EnterpriseClaim,
  User,
  Session,
  AuditEntry,
  HolidayYear,
  CaseFile,
  CaseEvent,
  CaseAttachment,
  CaseAssignment,
  TrackingSequence,
  Notification,
  OutboxMessage,
  SentMessage,
  JobSchedule,
  ExportFile,
  DispatchMatter,
  DispatchMatterDepartment,
  TimeLimit,
  AssignmentSuggestionOutcome,
  AccountabilityRecord,
  AccountabilityRecordCase,
  PublicNotice,
  PublicNoticeRecord,
  SupervisionItem,
  SupervisionScan,
  CaseSupervision,
  CaseFact,
  DepartmentDayFact,
  ScorecardSettings,
  CaseDayStat,
  KeywordDayStat,
  ConditionReport,
  ConditionReportRevision,
  ConditionVisit,
  ConditionVisitPhoto,
  ConditionReportCase,
  ConditionReminder,
  ConditionMonthStat,
  ConditionEnterpriseStat,
  InspectionTeam,
  InspectionTeamMember,
  InspectionTask,
  InspectionRecord,
  InspectionRecordPhoto,
  InspectionFinding,
  RectificationSuggestion,
];
