/**
 * The accountability domain's public surface: records 问责, public notices 通报 and their figures
 * (docs/supervision.md#accountability). Nothing else uses it yet.
 */
export { AccountabilityModule } from './accountability.module.js';
export { composeNotice, redactNoticeText, type NoticeSource, type Redaction } from './notice-text.js';
