import { describe, expect, it } from 'vitest';
import { CN_HOLIDAYS_2025_2026 } from './cn-holidays.js';
import { endOfShanghaiDay, shanghaiDate, startOfShanghaiDay } from './shanghai-time.js';
import { WorkingCalendar } from './working-calendar.js';

const calendar = new WorkingCalendar(CN_HOLIDAYS_2025_2026);

/** An instant written in Shanghai local time. */
const at = (local: string) => new Date(`${local}+08:00`);

function datesFrom(from: string, to: string): string[] {
  const dates: string[] = [];
  for (let t = startOfShanghaiDay(from).getTime(); t <= startOfShanghaiDay(to).getTime(); t += 86_400_000) {
    dates.push(shanghaiDate(new Date(t)));
  }
  return dates;
}

const workingDaysIn = (from: string, to: string) =>
  datesFrom(from, to).filter((d) => calendar.isWorkingDay(d));

describe('Shanghai business dates', () => {
  it('turns over at midnight Shanghai, which is 16:00 UTC the day before', () => {
    expect(shanghaiDate(new Date('2026-02-13T15:59:59.999Z'))).toBe('2026-02-13');
    expect(shanghaiDate(new Date('2026-02-13T16:00:00.000Z'))).toBe('2026-02-14');
  });

  it('puts a deadline at the last millisecond of the Shanghai day', () => {
    expect(endOfShanghaiDay('2026-02-24').toISOString()).toBe('2026-02-24T15:59:59.999Z');
    expect(startOfShanghaiDay('2026-02-24').toISOString()).toBe('2026-02-23T16:00:00.000Z');
  });

  it('refuses malformed and impossible dates', () => {
    expect(() => calendar.isWorkingDay('2026-2-3')).toThrow(RangeError);
    expect(() => calendar.isWorkingDay('2026-02-30')).toThrow(RangeError);
    expect(() => calendar.isWorkingDay('2025-02-29')).toThrow(RangeError);
    expect(() => shanghaiDate(new Date('not a date'))).toThrow(RangeError);
  });
});

describe('which days are working days', () => {
  it('follows the 2026 Spring Festival arrangement: off 02-15..02-23, Saturdays 02-14 and 02-28 worked', () => {
    expect(workingDaysIn('2026-02-09', '2026-03-01')).toEqual([
      '2026-02-09',
      '2026-02-10',
      '2026-02-11',
      '2026-02-12',
      '2026-02-13',
      '2026-02-14', // Saturday, make-up day
      '2026-02-24',
      '2026-02-25',
      '2026-02-26',
      '2026-02-27',
      '2026-02-28', // Saturday, make-up day
    ]);
    expect(calendar.holidayName('2026-02-17')).toBe('春节');
    expect(calendar.holidayName('2026-02-14')).toBeNull();
  });

  it('follows the 2025 Spring Festival arrangement: off 01-28..02-04, Sunday 01-26 and Saturday 02-08 worked', () => {
    expect(workingDaysIn('2025-01-25', '2025-02-09')).toEqual([
      '2025-01-26', // Sunday, make-up day
      '2025-01-27',
      '2025-02-05',
      '2025-02-06',
      '2025-02-07',
      '2025-02-08', // Saturday, make-up day
    ]);
    expect(calendar.holidayName('2025-02-01')).toBe('春节');
    expect(calendar.addWorkingDays(at('2025-01-27T16:00:00'), 1)).toEqual(endOfShanghaiDay('2025-02-05'));
  });

  it('follows the 2025 National Day arrangement: off 10-01..10-08, Sunday 09-28 and Saturday 10-11 worked', () => {
    expect(workingDaysIn('2025-09-27', '2025-10-12')).toEqual([
      '2025-09-28', // Sunday, make-up day
      '2025-09-29',
      '2025-09-30',
      '2025-10-09',
      '2025-10-10',
      '2025-10-11', // Saturday, make-up day
    ]);
    expect(calendar.holidayName('2025-10-06')).toBe('国庆节、中秋节');
  });

  it('follows the 2026 National Day arrangement: off 10-01..10-07, Saturday 10-10 worked', () => {
    expect(workingDaysIn('2026-09-26', '2026-10-11')).toEqual([
      '2026-09-28',
      '2026-09-29',
      '2026-09-30',
      '2026-10-08',
      '2026-10-09',
      '2026-10-10',
    ]);
    expect(calendar.isWorkingDay('2026-09-20')).toBe(true); // Sunday before Mid-Autumn, worked
    expect(calendar.holidayName('2026-09-26')).toBe('中秋节');
  });

  it('treats a plain weekend as off and the weekdays around it as working', () => {
    expect(workingDaysIn('2026-03-06', '2026-03-09')).toEqual(['2026-03-06', '2026-03-09']);
    expect(calendar.holidayName('2026-03-07')).toBeNull();
  });

  it('falls back to weekends only for a year the data do not hold, and says so', () => {
    expect(calendar.hasYear(2026)).toBe(true);
    expect(calendar.hasYear(2027)).toBe(false);
    expect(calendar.years).toEqual([2025, 2026]);
    expect(calendar.isWorkingDay('2027-01-01')).toBe(true); // New Year's Day, not yet entered
    expect(calendar.isWorkingDay('2027-01-02')).toBe(false); // Saturday
    expect(workingDaysIn('2027-02-01', '2027-02-14')).toHaveLength(10);
  });

  it('with no data at all only weekends are off', () => {
    const plain = new WorkingCalendar({ years: {} });
    expect(plain.isWorkingDay('2026-02-17')).toBe(true);
    expect(plain.isWorkingDay('2026-02-14')).toBe(false);
    expect(plain.hasYear(2026)).toBe(false);
  });

  it('refuses data that contradict themselves', () => {
    const clash = {
      years: { '2026': { off: [{ name: 'x', from: '2026-02-15', to: '2026-02-16' }], work: ['2026-02-16'] } },
    };
    expect(() => new WorkingCalendar(clash)).toThrow(/both a make-up working day/);
    const backwards = {
      years: { '2026': { off: [{ name: 'x', from: '2026-02-16', to: '2026-02-15' }], work: [] } },
    };
    expect(() => new WorkingCalendar(backwards)).toThrow(/before it starts/);
    expect(() => new WorkingCalendar({ years: { '26': { off: [], work: [] } } })).toThrow(/four digits/);
  });
});

describe('addWorkingDays: the end of the n-th working day after the day of start', () => {
  it('skips the whole Spring Festival and counts the make-up Saturday', () => {
    // Friday 2026-02-13 10:00: next working day is the make-up Saturday 02-14, then 02-24.
    expect(calendar.addWorkingDays(at('2026-02-13T10:00:00'), 1)).toEqual(endOfShanghaiDay('2026-02-14'));
    expect(calendar.addWorkingDays(at('2026-02-13T10:00:00'), 2)).toEqual(endOfShanghaiDay('2026-02-24'));
    expect(calendar.addWorkingDays(at('2026-02-13T10:00:00'), 5)).toEqual(endOfShanghaiDay('2026-02-27'));
    expect(calendar.addWorkingDays(at('2026-02-13T10:00:00'), 6)).toEqual(endOfShanghaiDay('2026-02-28'));
    // Submitted during the holiday: the first working day after it is 02-24.
    expect(calendar.addWorkingDays(at('2026-02-17T09:00:00'), 1)).toEqual(endOfShanghaiDay('2026-02-24'));
  });

  it('depends on the Shanghai day of start, not the UTC day', () => {
    // 15:59:59Z is still Friday 02-13 in Shanghai; 16:00:00Z is already Saturday 02-14.
    expect(calendar.addWorkingDays(new Date('2026-02-13T15:59:59Z'), 1)).toEqual(
      endOfShanghaiDay('2026-02-14'),
    );
    expect(calendar.addWorkingDays(new Date('2026-02-13T16:00:00Z'), 1)).toEqual(
      endOfShanghaiDay('2026-02-24'),
    );
  });

  it('spans National Day 2025 with both make-up days', () => {
    // Saturday 2025-09-27 → Sunday 09-28 (make-up), 09-29, 09-30, then 10-09, 10-10, 10-11 (make-up).
    expect(calendar.addWorkingDays(at('2025-09-27T12:00:00'), 1)).toEqual(endOfShanghaiDay('2025-09-28'));
    expect(calendar.addWorkingDays(at('2025-09-30T12:00:00'), 1)).toEqual(endOfShanghaiDay('2025-10-09'));
    expect(calendar.addWorkingDays(at('2025-09-30T12:00:00'), 3)).toEqual(endOfShanghaiDay('2025-10-11'));
    expect(calendar.addWorkingDays(at('2025-09-30T12:00:00'), 4)).toEqual(endOfShanghaiDay('2025-10-13'));
  });

  it('gives the default limits on a plain week: a Friday submission is due on Monday', () => {
    expect(calendar.addWorkingDays(at('2026-03-06T17:30:00'), 1)).toEqual(endOfShanghaiDay('2026-03-09'));
    expect(calendar.addWorkingDays(at('2026-03-09T09:00:00'), 5)).toEqual(endOfShanghaiDay('2026-03-16'));
    expect(calendar.addWorkingDays(at('2026-03-09T09:00:00'), 15)).toEqual(endOfShanghaiDay('2026-03-30'));
  });

  it('counts only weekends in a year the data do not hold', () => {
    expect(calendar.addWorkingDays(at('2026-12-31T10:00:00'), 1)).toEqual(endOfShanghaiDay('2027-01-01'));
    expect(calendar.addWorkingDays(at('2027-10-01T10:00:00'), 1)).toEqual(endOfShanghaiDay('2027-10-04'));
  });

  it('refuses counts that are not whole numbers of at least one', () => {
    for (const n of [0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(() => calendar.addWorkingDays(at('2026-03-09T09:00:00'), n)).toThrow(RangeError);
    }
  });
});

describe('workingDaysBetween: whole working days elapsed after the day of from', () => {
  it('counts a working day once its last millisecond has passed', () => {
    const start = at('2026-02-13T10:00:00');
    expect(calendar.workingDaysBetween(start, at('2026-02-14T23:59:59.998'))).toBe(0);
    expect(calendar.workingDaysBetween(start, at('2026-02-14T23:59:59.999'))).toBe(1);
    expect(calendar.workingDaysBetween(start, at('2026-02-23T23:00:00'))).toBe(1);
    expect(calendar.workingDaysBetween(start, at('2026-02-25T08:00:00'))).toBe(2);
  });

  it('is 0 when to is not after from', () => {
    expect(calendar.workingDaysBetween(at('2026-03-09T09:00:00'), at('2026-03-02T09:00:00'))).toBe(0);
    expect(calendar.workingDaysBetween(at('2026-03-09T09:00:00'), at('2026-03-09T09:00:00'))).toBe(0);
  });

  it('inverts addWorkingDays for every start in 2025–2026 and every n up to 20', () => {
    const timesOfDay = ['00:00:00.000', '09:30:00', '23:59:59.999'];
    let checked = 0;
    for (const date of datesFrom('2025-01-01', '2026-12-31')) {
      for (const time of timesOfDay) {
        const start = at(`${date}T${time}`);
        for (let n = 1; n <= 20; n++) {
          const deadline = calendar.addWorkingDays(start, n);
          if (calendar.workingDaysBetween(start, deadline) !== n) {
            throw new Error(`workingDaysBetween(${start.toISOString()}, ${deadline.toISOString()}) !== ${n}`);
          }
          if (calendar.workingDaysBetween(start, new Date(deadline.getTime() - 1)) !== n - 1) {
            throw new Error(`one millisecond before the deadline of ${n} from ${start.toISOString()}`);
          }
          if (!calendar.isWorkingDay(shanghaiDate(deadline))) {
            throw new Error(`deadline ${deadline.toISOString()} is not on a working day`);
          }
          checked++;
        }
      }
    }
    expect(checked).toBe(730 * 3 * 20);
  });

  it('brackets any instant between consecutive deadlines', () => {
    const start = at('2025-09-26T15:00:00');
    for (const date of datesFrom('2025-09-26', '2026-03-31')) {
      for (const time of ['00:00:00', '12:00:00', '23:59:59.999']) {
        const to = at(`${date}T${time}`);
        const k = calendar.workingDaysBetween(start, to);
        const next = calendar.addWorkingDays(start, k + 1).getTime();
        if (
          !(next > to.getTime()) ||
          (k >= 1 && calendar.addWorkingDays(start, k).getTime() > to.getTime())
        ) {
          throw new Error(`bracketing fails at ${to.toISOString()} (k = ${k})`);
        }
      }
    }
  });
});

describe('remaining: where a step stands against its deadline (docs/lifecycle-and-deadlines.md#warnings)', () => {
  // A five-day reply assigned on Monday 2026-03-09 is due at the end of Monday 2026-03-16.
  const deadline = calendar.addWorkingDays(at('2026-03-09T09:00:00'), 5);

  it('is NONE while more than one working day remains', () => {
    expect(calendar.remaining(deadline, at('2026-03-09T09:00:00'))).toEqual({
      overdue: false,
      workingDays: 6,
      milliseconds: deadline.getTime() - at('2026-03-09T09:00:00').getTime(),
      warning: 'NONE',
    });
    // Friday: the rest of Friday and Monday remain.
    expect(calendar.remaining(deadline, at('2026-03-13T23:59:59.999'))).toMatchObject({
      workingDays: 2,
      warning: 'NONE',
    });
  });

  it('stays NONE over the weekend before the deadline day: nobody works it down on Saturday or Sunday', () => {
    expect(calendar.remaining(deadline, at('2026-03-14T00:00:00'))).toMatchObject({
      overdue: false,
      workingDays: 1,
      warning: 'NONE',
    });
    // Sunday evening, the deadline is Monday's end: not 今日到期 yet.
    expect(calendar.remaining(deadline, at('2026-03-15T23:59:59.999'))).toMatchObject({
      workingDays: 1,
      warning: 'NONE',
    });
  });

  it('turns YELLOW on the working day on which the step falls due', () => {
    expect(calendar.remaining(deadline, at('2026-03-16T00:00:00'))).toMatchObject({
      overdue: false,
      workingDays: 1,
      warning: 'YELLOW',
    });
    expect(calendar.remaining(deadline, at('2026-03-16T23:59:59.999'))).toMatchObject({
      overdue: false,
      workingDays: 1,
      milliseconds: 0,
      warning: 'YELLOW',
    });
  });

  it('stays NONE through a public holiday before the deadline day and turns YELLOW on it', () => {
    // Accepted on the make-up Saturday 2026-02-14, a one-day step is due at the end of 02-24.
    const due = calendar.addWorkingDays(at('2026-02-14T10:00:00'), 1);
    expect(due).toEqual(endOfShanghaiDay('2026-02-24'));
    expect(calendar.remaining(due, at('2026-02-14T10:00:00')).warning).toBe('NONE');
    expect(calendar.remaining(due, at('2026-02-23T16:00:00'))).toMatchObject({
      workingDays: 1,
      warning: 'NONE',
    });
    expect(calendar.remaining(due, at('2026-02-24T08:00:00')).warning).toBe('YELLOW');
  });

  it('turns RED the moment the deadline has passed and counts the working days begun since', () => {
    expect(calendar.remaining(deadline, new Date(deadline.getTime() + 1))).toEqual({
      overdue: true,
      workingDays: 1,
      milliseconds: 1,
      warning: 'RED',
    });
    expect(calendar.remaining(deadline, at('2026-03-18T10:00:00'))).toMatchObject({
      workingDays: 2,
      warning: 'RED',
    });
  });

  it('does not count the Spring Festival against an overdue step', () => {
    // Due at the end of the make-up Saturday 2026-02-14; the holiday adds no overdue days.
    const due = endOfShanghaiDay('2026-02-14');
    expect(calendar.remaining(due, at('2026-02-20T10:00:00'))).toMatchObject({
      overdue: true,
      workingDays: 0,
    });
    expect(calendar.remaining(due, at('2026-02-24T08:00:00'))).toMatchObject({
      overdue: true,
      workingDays: 1,
    });
  });

  it('keeps a one-day step NONE on the day it starts and YELLOW from the next midnight', () => {
    const submitted = at('2026-02-12T10:00:00');
    const acceptBy = calendar.addWorkingDays(submitted, 1); // end of Friday 02-13
    expect(calendar.remaining(acceptBy, submitted).warning).toBe('NONE');
    expect(calendar.remaining(acceptBy, at('2026-02-13T00:00:00')).warning).toBe('YELLOW');
  });
});

describe('yellowCutoff: where YELLOW ends, for a range filter in SQL', () => {
  /** The definition the cutoff must agree with: what `remaining` says. */
  const isYellow = (deadline: Date, now: Date) => calendar.remaining(deadline, now).warning === 'YELLOW';
  const inRange = (deadline: Date, now: Date) =>
    now.getTime() <= deadline.getTime() && deadline.getTime() < calendar.yellowCutoff(now).getTime();

  it('is 00:00 of the next working day on a working day', () => {
    // Friday 2026-02-13: the next working day is the make-up Saturday 02-14.
    expect(calendar.yellowCutoff(at('2026-02-13T10:00:00'))).toEqual(startOfShanghaiDay('2026-02-14'));
    // The make-up Saturday itself: the next working day is after the whole Spring Festival.
    expect(calendar.yellowCutoff(at('2026-02-14T09:00:00'))).toEqual(startOfShanghaiDay('2026-02-24'));
    // The last working day before National Day 2025: 09-30, then 10-09.
    expect(calendar.yellowCutoff(at('2025-09-30T23:59:59.999'))).toEqual(startOfShanghaiDay('2025-10-09'));
    // A plain Friday: Monday.
    expect(calendar.yellowCutoff(at('2026-03-06T00:00:00'))).toEqual(startOfShanghaiDay('2026-03-09'));
  });

  it('is now itself on a non-working day, so nothing is YELLOW then', () => {
    // During the Spring Festival.
    const holiday = at('2026-02-17T09:00:00');
    expect(calendar.yellowCutoff(holiday)).toEqual(holiday);
    // A plain Sunday.
    const sunday = at('2026-03-08T20:00:00');
    expect(calendar.yellowCutoff(sunday)).toEqual(sunday);
  });

  it('makes a deadline in the holiday after the last working day YELLOW, like remaining', () => {
    const now = at('2025-09-30T10:00:00');
    const inHoliday = endOfShanghaiDay('2025-10-05');
    expect(calendar.remaining(inHoliday, now).warning).toBe('YELLOW');
    expect(inRange(inHoliday, now)).toBe(true);
    expect(inRange(endOfShanghaiDay('2025-10-09'), now)).toBe(false);
  });

  it('agrees with remaining for every now and deadline around 2025–2026, holiday weeks included', () => {
    const times = ['00:00:00.000', '08:30:00', '23:59:59.999'];
    let checked = 0;
    let yellow = 0;
    for (const date of datesFrom('2024-12-20', '2027-01-10')) {
      for (const time of times) {
        const now = at(`${date}T${time}`);
        const cutoff = calendar.yellowCutoff(now).getTime();
        // Deadlines of every kind near now: ends and starts of the next days, and both sides of
        // the cutoff and of now itself.
        const deadlines = [now.getTime() - 1, now.getTime(), cutoff - 1, cutoff, cutoff + 1];
        for (let k = -1; k <= 20; k++) {
          const day = startOfShanghaiDay(date).getTime() + k * 86_400_000;
          deadlines.push(day, day + 12 * 3_600_000, day + 86_400_000 - 1);
        }
        for (const ms of deadlines) {
          const deadline = new Date(ms);
          if (isYellow(deadline, now) !== inRange(deadline, now)) {
            throw new Error(`disagree at now ${now.toISOString()}, deadline ${deadline.toISOString()}`);
          }
          if (isYellow(deadline, now)) yellow++;
          checked++;
        }
      }
    }
    expect(checked).toBe(752 * 3 * (5 + 22 * 3));
    expect(yellow).toBeGreaterThan(checked / 20);
  });

  it('counts only weekends in a year the data do not hold', () => {
    // Friday 2027-01-01 is New Year's Day, but 2027 has not been entered: it is a working day.
    expect(calendar.yellowCutoff(at('2026-12-31T10:00:00'))).toEqual(startOfShanghaiDay('2027-01-01'));
    expect(calendar.yellowCutoff(at('2027-01-01T10:00:00'))).toEqual(startOfShanghaiDay('2027-01-04'));
    const saturday = at('2027-01-02T10:00:00');
    expect(calendar.yellowCutoff(saturday)).toEqual(saturday);
  });
});
