import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/index.js';
import { AssignmentSuggestionsService } from './assignment-suggestions.service.js';
import { DispatchCatalogueService } from './dispatch-catalogue.service.js';
import { TimeLimits } from './time-limits.service.js';

@Module({
  imports: [AuditModule],
  providers: [DispatchCatalogueService, AssignmentSuggestionsService, TimeLimits],
  exports: [DispatchCatalogueService, AssignmentSuggestionsService, TimeLimits],
})
export class DispatchModule {}
