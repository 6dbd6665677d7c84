import { describe, expect, it } from 'vitest';
import { CN_HOLIDAYS_2025_2026 } from './cn-holidays.js';
import type { HolidayYear } from './holiday-data.js';
import { calendarYearsDue, holidayYearProblems } from './holiday-year-problems.js';
import { WorkingCalendar } from './working-calendar.js';

/** A plausible 2027 arrangement (made up for the tests; the real notice is entered by the administrator). */
const Y2027: HolidayYear = {
  off: [
    { name: '元旦', from: '2027-01-01', to: '2027-01-03' },
    { name: '春节', from: '2027-02-06', to: '2027-02-14' },
    { name: '清明节', from: '2027-04-03', to: '2027-04-05' },
    { name: '劳动节', from: '2027-05-01', to: '2027-05-05' },
    { name: '端午节', from: '2027-06-09', to: '2027-06-09' },
    { name: '国庆节', from: '2027-10-01', to: '2027-10-07' },
  ],
  work: ['2027-01-31', '2027-02-20', '2027-04-25', '2027-05-08', '2027-09-26', '2027-10-09'],
};

const stored = new WorkingCalendar(CN_HOLIDAYS_2025_2026);
const check = (data: Partial<HolidayYear>, year = 2027) =>
  holidayYearProblems(year, { ...Y2027, ...data }, { others: stored, latestYear: 2027 });

describe('holidayYearProblems', () => {
  it('accepts a plausible year and the official 2025 and 2026 notices', () => {
    expect(check({})).toEqual([]);
    const { '2025': y2025, '2026': y2026 } = CN_HOLIDAYS_2025_2026.years;
    expect(holidayYearProblems(2025, y2025)).toEqual([]);
    expect(
      holidayYearProblems(2026, y2026, { others: new WorkingCalendar({ years: { '2025': y2025 } }) }),
    ).toEqual([]);
  });

  it('accepts a block reaching into the year before, as New Year 2018 did, and a make-up day there', () => {
    const y2018: HolidayYear = {
      off: [{ name: '元旦', from: '2017-12-30', to: '2018-01-01' }],
      work: ['2017-12-31'],
    };
    // 2017-12-31 cannot be both: the block check catches it before the calendar would.
    expect(holidayYearProblems(2018, y2018)).toEqual([
      { field: 'work.0', rule: 'inHoliday', params: { name: '元旦' } },
    ]);
    expect(holidayYearProblems(2012, { off: [], work: ['2011-12-31'] })).toEqual([]);
    expect(holidayYearProblems(2018, { ...y2018, work: [] })).toEqual([]);
  });

  it('names the field of every problem, one problem per field', () => {
    const problems = check({
      off: [
        { name: ' ', from: '2027-01-01', to: '2027-01-03' },
        { name: '春节', from: '2027-02-30', to: '2027-02-14' },
        { name: '清明节', from: '2027-04-05', to: '2027-04-03' },
        { name: '劳动节', from: '2027-05-01', to: '2027-05-31' },
        { name: '国庆节', from: '2027-10-01', to: '2027-10-07' },
        { name: '中秋节', from: '2027-10-06', to: '2027-10-08' },
        { name: '跨年', from: '2026-12-30', to: '2026-12-31' },
        { name: '明年', from: '2028-03-01', to: '2028-03-02' },
        { name: 'x'.repeat(31), from: '2027-06-09', to: '2027-06-09' },
      ],
      work: ['2027-09-26', '2027-9-27', '2027-09-26', '2027-09-29', '2027-10-02', '2026-10-10'],
    });
    expect(problems).toEqual([
      { field: 'off.0.name', rule: 'required' },
      { field: 'off.1.from', rule: 'invalid' },
      { field: 'off.2.to', rule: 'endsBeforeStart' },
      { field: 'off.3.to', rule: 'holidayTooLong', params: { max: 15 } },
      { field: 'off.5.from', rule: 'overlaps', params: { other: '国庆节' } },
      { field: 'off.6.from', rule: 'outsideYear', params: { year: 2027 } },
      { field: 'off.7.from', rule: 'outsideYear', params: { year: 2027 } },
      { field: 'off.7.to', rule: 'outsideYear', params: { year: 2027 } },
      { field: 'off.8.name', rule: 'tooLong', params: { max: 30 } },
      { field: 'work.1', rule: 'invalid' },
      { field: 'work.2', rule: 'duplicate' },
      { field: 'work.3', rule: 'notWeekend' },
      { field: 'work.4', rule: 'inHoliday', params: { name: '国庆节' } },
      { field: 'work.5', rule: 'outsideYear', params: { year: 2027 } },
    ]);
  });

  it('refuses a block or make-up day that clashes with another stored year', () => {
    // 2026-12-31 is in the window of 2027 but 2026's data do not hold it: fine.
    expect(check({ off: [{ name: '元旦', from: '2026-12-31', to: '2027-01-03' }], work: [] })).toEqual([]);
    // 2028's notice starts New Year on Thursday 2027-12-30 and works Sunday 2027-12-26.
    const y2028 = new WorkingCalendar({
      years: {
        '2028': { off: [{ name: '元旦', from: '2027-12-30', to: '2028-01-01' }], work: ['2027-12-26'] },
      },
    });
    expect(
      holidayYearProblems(
        2027,
        { off: [{ name: '年末', from: '2027-12-25', to: '2027-12-27' }], work: ['2028-01-01'] },
        { others: y2028 },
      ),
    ).toEqual([
      { field: 'off.0.from', rule: 'containsMakeUpDay', params: { date: '2027-12-26' } },
      { field: 'work.0', rule: 'inHoliday', params: { name: '元旦' } },
    ]);
    expect(
      holidayYearProblems(
        2027,
        { off: [{ name: '新年', from: '2027-12-31', to: '2028-01-01' }], work: [] },
        {
          others: y2028,
        },
      ),
    ).toEqual([{ field: 'off.0.from', rule: 'overlaps', params: { other: '元旦' } }]);
  });

  it('limits the year and the number of entries', () => {
    expect(check({}, 2028)).toEqual([{ field: 'year', rule: 'between', params: { min: 2000, max: 2027 } }]);
    expect(check({}, 1999)).toEqual([{ field: 'year', rule: 'between', params: { min: 2000, max: 2027 } }]);
    const many = Array.from({ length: 21 }, (_, i) => ({
      name: `假${i}`,
      from: `2027-03-${String(i + 1).padStart(2, '0')}`,
      to: `2027-03-${String(i + 1).padStart(2, '0')}`,
    }));
    expect(check({ off: many, work: [] })).toEqual([{ field: 'off', rule: 'tooMany', params: { max: 20 } }]);
  });

  it('leaves data it accepts acceptable to the WorkingCalendar constructor', () => {
    expect(
      () => new WorkingCalendar({ years: { ...CN_HOLIDAYS_2025_2026.years, '2027': Y2027 } }),
    ).not.toThrow();
  });
});

describe('calendarYearsDue', () => {
  const at = (local: string) => new Date(`${local}+08:00`);
  it('asks for this year, and from 1 November Shanghai time for the next one too', () => {
    expect(calendarYearsDue(at('2026-01-01T00:00:00'))).toEqual([2026]);
    expect(calendarYearsDue(at('2026-10-31T23:59:59.999'))).toEqual([2026]);
    expect(calendarYearsDue(at('2026-11-01T00:00:00'))).toEqual([2026, 2027]);
    expect(calendarYearsDue(at('2026-12-31T23:59:59.999'))).toEqual([2026, 2027]);
    // 16:00 UTC on 31 December is already the new year in Shanghai.
    expect(calendarYearsDue(new Date('2026-12-31T16:00:00Z'))).toEqual([2027]);
  });
});
