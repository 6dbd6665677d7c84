/** The calendar domain's public surface: other domains import from here, never a file inside. */
export { CalendarModule } from './calendar.module.js';
export { CalendarService } from './calendar.service.js';
export { HOLIDAY_YEAR_ROW } from './holiday-year-rows.js';
