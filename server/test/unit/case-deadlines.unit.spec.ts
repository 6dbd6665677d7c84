import { describe, expect, it } from '@jest/globals';
import { CN_HOLIDAYS_2025_2026, WorkingCalendar } from '@gridbridge/shared';
import {
  acceptDeadline,
  deadlineOf,
  evaluationDeadline,
  resumedDeadline,
} from '../../src/modules/cases/case-deadlines.js';

const calendar = new WorkingCalendar(CN_HOLIDAYS_2025_2026);
/** An instant given as Shanghai wall-clock time. */
const shanghai = (local: string) => new Date(`${local}+08:00`);
const endOf = (day: string) => shanghai(`${day}T23:59:59.999`);

describe('acceptDeadline: one working day, the day of submission not counted', () => {
  it('is the end of the next day on an ordinary weekday', () => {
    expect(acceptDeadline(shanghai('2026-06-15T10:00:00'), calendar)).toEqual(endOf('2026-06-16'));
  });

  it('skips the weekend after a Friday', () => {
    expect(acceptDeadline(shanghai('2026-06-12T17:30:00'), calendar)).toEqual(endOf('2026-06-15'));
  });

  it('skips a public holiday that runs into the weekend (Dragon Boat Festival 2026)', () => {
    expect(acceptDeadline(shanghai('2026-06-18T09:00:00'), calendar)).toEqual(endOf('2026-06-22'));
  });

  it('counts a make-up working Saturday', () => {
    expect(acceptDeadline(shanghai('2026-05-08T09:00:00'), calendar)).toEqual(endOf('2026-05-09'));
  });

  it('takes the Shanghai day, not the UTC one: 07:30 Shanghai on Tuesday is still Monday in UTC', () => {
    const at = shanghai('2026-06-16T07:30:00');
    expect(at.toISOString().slice(0, 10)).toBe('2026-06-15');
    expect(acceptDeadline(at, calendar)).toEqual(endOf('2026-06-17'));
  });
});

describe('evaluationDeadline', () => {
  it('is seven calendar days later to the millisecond, holidays or not', () => {
    const repliedAt = shanghai('2026-09-30T16:00:00');
    expect(evaluationDeadline(repliedAt)).toEqual(shanghai('2026-10-07T16:00:00'));
  });
});

describe('resumedDeadline: a paused clock gives back the working days it stood still', () => {
  const deadline = endOf('2026-06-17');

  it('moves the deadline on by the whole working days of the pause', () => {
    // Paused Monday morning, resumed Thursday morning: Tuesday and Wednesday ended in between, so
    // the Wednesday deadline moves two working days on, across the holiday weekend.
    const resumed = resumedDeadline(
      deadline,
      shanghai('2026-06-15T09:00:00'),
      shanghai('2026-06-18T09:00:00'),
      calendar,
    );
    expect(resumed).toEqual(endOf('2026-06-22'));
  });

  it('leaves the deadline alone when no working day ended during the pause', () => {
    expect(
      resumedDeadline(deadline, shanghai('2026-06-15T09:00:00'), shanghai('2026-06-15T18:00:00'), calendar),
    ).toBe(deadline);
    // A pause over the holiday weekend costs nothing either.
    expect(
      resumedDeadline(deadline, shanghai('2026-06-18T20:00:00'), shanghai('2026-06-21T20:00:00'), calendar),
    ).toBe(deadline);
  });
});

describe('deadlineOf', () => {
  const now = shanghai('2026-06-15T10:00:00');

  it('is null for a case with no running deadline', () => {
    expect(deadlineOf({ stateDeadline: null, pausedAt: null }, now, calendar)).toBeNull();
  });

  it('is NONE with working days to spare, YELLOW on the day it falls due, RED once overdue', () => {
    const of = (stateDeadline: Date) => deadlineOf({ stateDeadline, pausedAt: null }, now, calendar);
    expect(of(endOf('2026-06-17'))).toEqual({ dueAt: endOf('2026-06-17'), state: 'NONE', workingDays: 3 });
    expect(of(endOf('2026-06-15'))).toEqual({ dueAt: endOf('2026-06-15'), state: 'YELLOW', workingDays: 1 });
    expect(of(endOf('2026-06-12'))).toEqual({ dueAt: endOf('2026-06-12'), state: 'RED', workingDays: 1 });
  });

  it('is NONE on a weekend for a step due on the next working day, and on a holiday too', () => {
    // Sunday 2026-06-14, due Monday: the inbox must not say 今日到期 yet.
    const sunday = shanghai('2026-06-14T10:00:00');
    expect(deadlineOf({ stateDeadline: endOf('2026-06-15'), pausedAt: null }, sunday, calendar)).toEqual({
      dueAt: endOf('2026-06-15'),
      state: 'NONE',
      workingDays: 1,
    });
    // National Day 2026-10-03, due on the first working day after the holiday (10-08).
    const holiday = shanghai('2026-10-03T10:00:00');
    expect(deadlineOf({ stateDeadline: endOf('2026-10-08'), pausedAt: null }, holiday, calendar)?.state).toBe(
      'NONE',
    );
    expect(
      deadlineOf(
        { stateDeadline: endOf('2026-10-08'), pausedAt: null },
        shanghai('2026-10-08T08:00:00'),
        calendar,
      )?.state,
    ).toBe('YELLOW');
  });

  it('is PAUSED while the clock stands, and counts from the moment it stopped', () => {
    const paused = deadlineOf(
      { stateDeadline: endOf('2026-06-12'), pausedAt: shanghai('2026-06-11T10:00:00') },
      now,
      calendar,
    );
    expect(paused).toEqual({ dueAt: endOf('2026-06-12'), state: 'PAUSED', workingDays: 2 });
  });
});
