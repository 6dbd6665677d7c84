/**
 * The conditions domain's public surface (docs/conditions.md): enterprise condition reports,
 * grid heads' visits, the office's dashboard and the reminders.
 */
export { ConditionsModule } from './conditions.module.js';
export { ConditionsService } from './conditions.service.js';
export { ConditionReminders, CONDITION_REMINDERS_QUEUE } from './condition-reminders.service.js';
export { REPORT_INSERT_COLUMNS } from './conditions-rows.js';
export { CONDITION_EXPORT_FIELDS, conditionExportQuery } from './condition-export.js';
