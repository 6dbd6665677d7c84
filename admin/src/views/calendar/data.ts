import {
  WorkingCalendar,
  holidayYearProblems,
  type HolidayYear,
  type HolidayYearProblem,
} from '@gridbridge/shared';
import type { CalendarStatusQuery, HolidayYearFieldsFragment, HolidayYearInput } from '@/gql/graphql';
import { ruleMessage } from '@/utils/form-rules';

export type HolidayYearRecord = HolidayYearFieldsFragment;
export type CalendarStatus = CalendarStatusQuery['calendarStatus'];

/** One row of the form; `key` keeps each row's inputs in place while rows come and go. */
export interface RangeRow {
  key: number;
  name: string;
  from: string;
  to: string;
}

export interface MakeUpRow {
  key: number;
  date: string;
}

export interface YearForm {
  off: RangeRow[];
  work: MakeUpRow[];
}

let nextKey = 0;
const key = () => ++nextKey;

export function rangeRow(range: Partial<Omit<RangeRow, 'key'>> = {}): RangeRow {
  return { key: key(), name: range.name ?? '', from: range.from ?? '', to: range.to ?? '' };
}

export function makeUpRow(date = ''): MakeUpRow {
  return { key: key(), date };
}

export function yearForm(record?: HolidayYearRecord | null): YearForm {
  return {
    off: record?.off.map((range) => rangeRow(range)) ?? [],
    work: record?.work.map((date) => makeUpRow(date)) ?? [],
  };
}

/**
 * The form as the API takes it. Rows keep their order, empty ones included, so that a problem the
 * server names (`off.2.to`) is the third row on the screen.
 */
export function toHolidayYearInput(form: YearForm): HolidayYearInput {
  return {
    off: form.off.map(({ name, from, to }) => ({ name: name.trim(), from: from ?? '', to: to ?? '' })),
    work: form.work.map(({ date }) => date ?? ''),
  };
}

/** Whether the form differs from what is stored (a year not yet entered is stored empty). */
export function isDirty(form: YearForm, record: HolidayYearRecord | null | undefined): boolean {
  return JSON.stringify(toHolidayYearInput(form)) !== JSON.stringify(toHolidayYearInput(yearForm(record)));
}

/**
 * The years to choose from: every stored one, and this and next year even before they are
 * entered (next year's notice comes out in November).
 */
export function yearChoices(records: readonly HolidayYearRecord[], status: CalendarStatus | null): number[] {
  const years = new Set(records.map((record) => record.year));
  if (status) {
    years.add(status.currentYear);
    years.add(status.nextYear);
  }
  return [...years].sort((a, b) => a - b);
}

/** Every stored year but `year`: a block or make-up day must not clash with theirs. */
export function otherYears(records: readonly HolidayYearRecord[], year: number): WorkingCalendar {
  const years: Record<string, HolidayYear> = {};
  for (const record of records) {
    if (record.year !== year) years[String(record.year)] = { off: record.off, work: record.work };
  }
  return new WorkingCalendar({ years });
}

/** The key under `calendar.fields` that labels a problem's field: `off.2.to` → `offTo`. */
export function fieldKey(field: string): 'year' | 'off' | 'offName' | 'offFrom' | 'offTo' | 'work' {
  switch (field.replace(/\.\d+(?=\.|$)/g, '')) {
    case 'off.name':
      return 'offName';
    case 'off.from':
      return 'offFrom';
    case 'off.to':
      return 'offTo';
    case 'off':
      return 'off';
    case 'year':
      return 'year';
    default:
      return 'work';
  }
}

/**
 * The server's own checks (shared), run before sending, as messages by field path — the same
 * shape as the server's answer, so both land beside the same inputs.
 */
export function localFieldErrors(
  year: number,
  form: YearForm,
  records: readonly HolidayYearRecord[],
  latestYear: number,
  label: (field: string) => string,
): Record<string, string> {
  const problems: HolidayYearProblem[] = holidayYearProblems(year, toHolidayYearInput(form), {
    others: otherYears(records, year),
    latestYear,
  });
  return Object.fromEntries(
    problems.map((problem) => [
      problem.field,
      ruleMessage(problem.rule, label(problem.field), problem.params),
    ]),
  );
}

/* The year at a glance: what each day is, as the form has it. */

export type DayKind = 'workday' | 'weekend' | 'holiday' | 'makeUp';

export interface DayCell {
  date: string;
  day: number;
  kind: DayKind;
  /** The holiday's name on a day off. */
  name: string | null;
  today: boolean;
}

export interface MonthView {
  month: number;
  /** Weeks from Monday to Sunday; null pads the days of other months. */
  weeks: (DayCell | null)[][];
}

export interface YearSummary {
  working: number;
  holidays: number;
  makeUp: number;
}

const DAY_MS = 86_400_000;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Days since 1970-01-01 of a valid 'YYYY-MM-DD', or null. */
function dayNumber(date: string | null | undefined): number | null {
  if (!date || !DATE.test(date)) return null;
  const ms = Date.parse(`${date}T00:00:00Z`);
  return Number.isFinite(ms) && new Date(ms).toISOString().slice(0, 10) === date ? ms / DAY_MS : null;
}

const dateOf = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);

/**
 * What every day of `year` is, according to the form as far as it makes sense: rows with a
 * missing or impossible date, or ending before they start, are left out until corrected.
 */
export function dayKinds(
  year: number,
  form: YearForm,
  others?: WorkingCalendar,
): Map<string, { kind: DayKind; name: string | null }> {
  const off = new Map<number, string>();
  for (const range of form.off) {
    const from = dayNumber(range.from);
    const to = dayNumber(range.to);
    if (from === null || to === null || to < from || to - from > 366) continue;
    for (let day = from; day <= to; day++) if (!off.has(day)) off.set(day, range.name.trim());
  }
  const work = new Set(form.work.map((row) => dayNumber(row.date)).filter((day) => day !== null));
  const kinds = new Map<string, { kind: DayKind; name: string | null }>();
  const first = dayNumber(`${year}-01-01`)!;
  const last = dayNumber(`${year}-12-31`)!;
  for (let day = first; day <= last; day++) {
    const date = dateOf(day);
    const weekend = [0, 6].includes(new Date(day * DAY_MS).getUTCDay());
    // A neighbouring year's notice may reach into this one (New Year 2018 began on 2017-12-30).
    const name = off.get(day) ?? others?.holidayName(date) ?? null;
    // A make-up day only changes a weekend day; a weekday entered by mistake stays a plain one.
    const madeUp = weekend && name === null && (work.has(day) || others?.isWorkingDay(date) === true);
    const kind: DayKind = name !== null ? 'holiday' : madeUp ? 'makeUp' : weekend ? 'weekend' : 'workday';
    kinds.set(date, { kind, name });
  }
  return kinds;
}

/** Twelve month grids of `year`, weeks starting on Monday as Chinese calendars print them. */
export function monthViews(
  year: number,
  kinds: Map<string, { kind: DayKind; name: string | null }>,
  today: string,
): MonthView[] {
  return Array.from({ length: 12 }, (_, index) => {
    const month = index + 1;
    const first = dayNumber(`${year}-${String(month).padStart(2, '0')}-01`)!;
    const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
    // Monday = 0 … Sunday = 6.
    const lead = (new Date(first * DAY_MS).getUTCDay() + 6) % 7;
    const cells: (DayCell | null)[] = Array.from({ length: lead }, () => null);
    for (let d = 0; d < days; d++) {
      const date = dateOf(first + d);
      const { kind, name } = kinds.get(date) ?? { kind: 'workday' as const, name: null };
      cells.push({ date, day: d + 1, kind, name, today: date === today });
    }
    while (cells.length % 7 !== 0) cells.push(null);
    const weeks: (DayCell | null)[][] = [];
    for (let i = 0; i < cells.length; i += 7) weeks.push(cells.slice(i, i + 7));
    return { month, weeks };
  });
}

export function yearSummary(kinds: Map<string, { kind: DayKind }>): YearSummary {
  const summary: YearSummary = { working: 0, holidays: 0, makeUp: 0 };
  for (const { kind } of kinds.values()) {
    if (kind === 'workday' || kind === 'makeUp') summary.working++;
    if (kind === 'holiday') summary.holidays++;
    if (kind === 'makeUp') summary.makeUp++;
  }
  return summary;
}

/** Days in a block, for the read-only list; 0 while its dates make no sense. */
export function rangeDays(range: { from: string; to: string }): number {
  const from = dayNumber(range.from);
  const to = dayNumber(range.to);
  return from === null || to === null || to < from ? 0 : to - from + 1;
}
