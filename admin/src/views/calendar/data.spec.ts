import { beforeEach, describe, expect, it } from 'vitest';
import { CN_HOLIDAYS_2025_2026 } from '@gridbridge/shared';
import { setLocale } from '@/locales';
import {
  dayKinds,
  fieldKey,
  isDirty,
  localFieldErrors,
  makeUpRow,
  monthViews,
  otherYears,
  rangeDays,
  rangeRow,
  toHolidayYearInput,
  yearChoices,
  yearForm,
  yearSummary,
  type HolidayYearRecord,
} from './data';

const record = (year: '2025' | '2026', version = 1): HolidayYearRecord => ({
  year: Number(year),
  ...CN_HOLIDAYS_2025_2026.years[year],
  off: [...CN_HOLIDAYS_2025_2026.years[year].off],
  work: [...CN_HOLIDAYS_2025_2026.years[year].work],
  version,
  updatedAt: '2026-11-01T08:00:00Z',
});
const RECORDS = [record('2025'), record('2026')];
const labels: Record<string, string> = {
  offName: '假日名称',
  offFrom: '起始日期',
  offTo: '结束日期',
  work: '调休上班日',
};
const label = (field: string) => labels[fieldKey(field)] ?? field;

describe('working-day calendar page data', () => {
  beforeEach(() => setLocale('zh-CN'));

  it('offers the stored years and this and next year, once each, in order', () => {
    const status = { currentYear: 2026, nextYear: 2027, missingYears: [2027] };
    expect(yearChoices(RECORDS, status)).toEqual([2025, 2026, 2027]);
    expect(yearChoices([], null)).toEqual([]);
  });

  it('sends the rows in screen order, empty ones included, so server paths match the rows', () => {
    const form = yearForm(RECORDS[1]);
    form.off.push(rangeRow({ name: ' 加班 ' }));
    form.work.push(makeUpRow());
    const input = toHolidayYearInput(form);
    expect(input.off.at(-1)).toEqual({ name: '加班', from: '', to: '' });
    expect(input.work.at(-1)).toBe('');
    expect(input.off.slice(0, -1)).toEqual(CN_HOLIDAYS_2025_2026.years['2026'].off);
  });

  it('knows when the form differs from what is stored', () => {
    const form = yearForm(RECORDS[1]);
    expect(isDirty(form, RECORDS[1])).toBe(false);
    form.work.pop();
    expect(isDirty(form, RECORDS[1])).toBe(true);
    expect(isDirty(yearForm(), null)).toBe(false);
  });

  it('labels nested fields by their kind', () => {
    expect(['off.3.name', 'off.0.from', 'off.12.to', 'work.4', 'work', 'off', 'year'].map(fieldKey)).toEqual([
      'offName',
      'offFrom',
      'offTo',
      'work',
      'work',
      'off',
      'year',
    ]);
  });

  it('checks a year before sending, with the server’s own messages at the server’s paths', () => {
    const form = yearForm();
    form.off.push(rangeRow({ name: '春节', from: '2027-02-14', to: '2027-02-06' }));
    form.off.push(rangeRow({ name: '', from: '2027-04-03', to: '2027-04-05' }));
    form.work.push(makeUpRow('2027-02-22'));
    expect(localFieldErrors(2027, form, RECORDS, 2027, label)).toEqual({
      'off.0.to': '结束日期不能早于起始日期',
      'off.1.name': '假日名称不能为空',
      'work.0': '调休上班日须为周六或周日(周一至周五本就上班)',
    });
    expect(localFieldErrors(2026, yearForm(RECORDS[1]), RECORDS, 2027, label)).toEqual({});
  });

  it('marks the 2026 Spring Festival and its make-up Saturdays in the month grid', () => {
    const kinds = dayKinds(2026, yearForm(RECORDS[1]), otherYears(RECORDS, 2026));
    expect(kinds.get('2026-02-14')).toEqual({ kind: 'makeUp', name: null });
    expect(kinds.get('2026-02-17')).toEqual({ kind: 'holiday', name: '春节' });
    expect(kinds.get('2026-02-28')).toEqual({ kind: 'makeUp', name: null });
    expect(kinds.get('2026-03-07')).toEqual({ kind: 'weekend', name: null });
    expect(kinds.get('2026-03-09')).toEqual({ kind: 'workday', name: null });
    expect(kinds.size).toBe(365);

    const february = monthViews(2026, kinds, '2026-02-24')[1];
    // 2026-02-01 is a Sunday: six blanks before it in a week that starts on Monday.
    expect(february.weeks[0].slice(0, 6)).toEqual([null, null, null, null, null, null]);
    expect(february.weeks[0][6]).toMatchObject({ date: '2026-02-01', day: 1, kind: 'weekend' });
    expect(
      february.weeks
        .flat()
        .filter((cell) => cell?.today)
        .map((cell) => cell?.date),
    ).toEqual(['2026-02-24']);
    expect(february.weeks.every((week) => week.length === 7)).toBe(true);
  });

  it('counts the year: 2026 has 248 working days', () => {
    const summary = yearSummary(dayKinds(2026, yearForm(RECORDS[1])));
    // 261 weekdays − 19 of them in holidays + 6 make-up days.
    expect(summary).toEqual({ working: 248, holidays: 33, makeUp: 6 });
    // A year not entered: only weekends are off.
    expect(yearSummary(dayKinds(2027, yearForm()))).toEqual({ working: 261, holidays: 0, makeUp: 0 });
  });

  it('shows what makes sense of an unfinished form and leaves the rest out', () => {
    const form = yearForm();
    form.off.push(rangeRow({ name: '国庆节', from: '2027-10-01', to: '2027-10-07' }));
    form.off.push(rangeRow({ name: '半成品', from: '2027-05-01', to: '' }));
    form.off.push(rangeRow({ name: '倒置', from: '2027-06-10', to: '2027-06-09' }));
    const kinds = dayKinds(2027, form);
    expect(kinds.get('2027-10-04')?.kind).toBe('holiday');
    expect(kinds.get('2027-05-03')?.kind).toBe('workday');
    expect(kinds.get('2027-06-09')?.kind).toBe('workday');
    expect(rangeDays({ from: '2027-10-01', to: '2027-10-07' })).toBe(7);
    expect(rangeDays({ from: '2027-05-01', to: '' })).toBe(0);
  });
});
