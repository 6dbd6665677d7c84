export type { BusinessDate, HolidayCalendarData, HolidayRange, HolidayYear } from './holiday-data.js';
export { CN_HOLIDAYS_2025_2026 } from './cn-holidays.js';
export {
  SHANGHAI_UTC_OFFSET_MS,
  endOfShanghaiDay,
  shanghaiDate,
  startOfShanghaiDay,
} from './shanghai-time.js';
export { WorkingCalendar, type DeadlineStatus, type DeadlineWarning } from './working-calendar.js';
export {
  FIRST_CALENDAR_YEAR,
  HOLIDAY_NAME_MAX_CHARS,
  MAX_HOLIDAY_DAYS,
  MAX_HOLIDAY_RANGES,
  MAX_MAKE_UP_DAYS,
  calendarYearsDue,
  holidayYearProblems,
  type HolidayYearCheckOptions,
  type HolidayYearProblem,
} from './holiday-year-problems.js';
