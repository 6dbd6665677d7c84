import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/index.js';
import { CalendarModule } from '../calendar/index.js';
import { DispatchModule } from '../dispatch/index.js';
import { NotificationsModule } from '../notifications/index.js';
import { AttachmentsService } from './attachments.service.js';
import { CaseContacts } from './case-contact.service.js';
import { CaseEventSinks } from './case-event-sinks.js';
import { CaseEvaluation } from './case-evaluation.service.js';
import { CaseTransitions } from './case-transitions.service.js';
import { CaseHandling } from './case-handling.service.js';
import { CaseLimits } from './case-limits.js';
import { CaseNotices } from './case-notices.service.js';
import { CaseTriage } from './case-triage.service.js';
import { CaseWorkbench } from './case-workbench.service.js';
import { CasesService } from './cases.service.js';

@Module({
  imports: [AuditModule, CalendarModule, DispatchModule, NotificationsModule],
  providers: [
    CaseTransitions,
    CaseEventSinks,
    CaseNotices,
    CasesService,
    CaseTriage,
    CaseHandling,
    CaseLimits,
    CaseEvaluation,
    CaseWorkbench,
    AttachmentsService,
    CaseContacts,
  ],
  exports: [
    CaseTransitions,
    CaseEventSinks,
    CasesService,
    CaseTriage,
    CaseHandling,
    CaseEvaluation,
    CaseWorkbench,
    AttachmentsService,
    CaseContacts,
  ],
})
export class CasesModule {}
