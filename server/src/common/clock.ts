import { Injectable } from '@nestjs/common';

/**
 * The one source of "now" for every server path: transitions, deadlines and their colours,
 * sessions, lockouts, rate limits, scheduled work and the demo layout (docs/architecture.md,
 * "One clock"). Production uses the system clock; tests inject a `ControlledClock` and move it.
 * SQL never calls `now()` for business time: services pass `clock.now()` as a parameter, so the
 * database and the process agree on the moment.
 */
@Injectable()
export abstract class Clock {
  abstract now(): Date;
}

export class SystemClock extends Clock {
  now(): Date {
    return new Date();
  }
}

/** A clock that stands still until a test sets or advances it. */
export class ControlledClock extends Clock {
  #at: number;

  constructor(at: Date | string) {
    super();
    this.#at = new Date(at).getTime();
  }

  now(): Date {
    return new Date(this.#at);
  }

  set(at: Date | string): void {
    this.#at = new Date(at).getTime();
  }

  advance(milliseconds: number): void {
    this.#at += milliseconds;
  }
}

/**
 * The clock of a server started with `TEST_CLOCK_START` (browser tests only; refused in
 * production): it starts at the given instant and runs on at the system clock's pace, so that
 * sessions, rate limits and the minute's schedules behave as they do on a real server, and a test
 * moves it forward (`common/test-clock.ts`) to make deadlines pass. It never runs back: sessions,
 * schedules and keyset cursors are written on the assumption that time only goes forward, and a
 * browser story cannot reset the rest of the product the way a server test resets its database.
 */
export class ShiftedClock extends Clock {
  /** Milliseconds between this clock and the system clock. */
  #offset: number;

  constructor(start: Date | string) {
    super();
    this.#offset = new Date(start).getTime() - Date.now();
  }

  now(): Date {
    return new Date(Date.now() + this.#offset);
  }

  /** Moves the clock forward to `at`; a moment already past is refused. */
  moveTo(at: Date): void {
    const by = at.getTime() - this.now().getTime();
    if (!(by >= 0)) throw new RangeError('the clock only moves forward');
    this.#offset += by;
  }
}
