/**
 * The accountability domain's public surface: records 问责, public notices 通报 and their figures
 * (docs/supervision.md#accountability). The monthly report reads its figures, records and notices.
 */
export { AccountabilityModule } from './accountability.module.js';
export { composeNotice, redactNoticeText, type NoticeSource, type Redaction } from './notice-text.js';
export { AccountabilityService } from './accountability.service.js';
export { NoticesService } from './notices.service.js';
export {
  AccountabilityFiguresType,
  AccountabilityRecordType,
  PublicNoticeType,
} from './accountability.types.js';
