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
