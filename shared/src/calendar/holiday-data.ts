/** A business date in Asia/Shanghai, written 'YYYY-MM-DD'. */
export type BusinessDate = string;

/** One block of official days off (放假), both ends inclusive; weekends inside the block belong to it. */
export interface HolidayRange {
  readonly name: string;
  readonly from: BusinessDate;
  readonly to: BusinessDate;
}

/** One year's official arrangement, as the State Council General Office publishes it. */
export interface HolidayYear {
  readonly off: readonly HolidayRange[];
  /** Make-up working days (调休上班): weekend days that are working days. */
  readonly work: readonly BusinessDate[];
}

/**
 * The holiday calendar: every date not listed follows the plain rule (Saturday and Sunday off,
 * Monday to Friday working). Years are keyed by the year of the notice ('2026'); a block may
 * reach into the neighbouring year (New Year 2018 started on 2017-12-30).
 */
export interface HolidayCalendarData {
  readonly source?: string;
  readonly years: Readonly<Record<string, HolidayYear>>;
}
