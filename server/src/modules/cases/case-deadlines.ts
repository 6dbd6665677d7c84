import {
  DEFAULT_TIME_LIMITS,
  type CaseComplexity,
  type CasePriority,
  type DeadlineState,
  type WorkingCalendar,
} from '@gridbridge/shared';

const DAY_MS = 24 * 60 * 60 * 1000;

/** Where a case's running step stands (docs/lifecycle-and-deadlines.md#warnings): PAUSED while the clock stops, null when nothing is timed. */
export function deadlineOf(
  c: { stateDeadline: Date | null; pausedAt: Date | null },
  now: Date,
  calendar: WorkingCalendar,
): { dueAt: Date; state: DeadlineState; workingDays: number } | null {
  if (!c.stateDeadline) return null;
  const status = calendar.remaining(c.stateDeadline, c.pausedAt ?? now);
  return {
    dueAt: c.stateDeadline,
    state: c.pausedAt ? 'PAUSED' : status.warning,
    workingDays: status.workingDays,
  };
}

/** The office's deadline to accept or reject a case submitted at `at` (docs/lifecycle-and-deadlines.md#deadlines). */
export function acceptDeadline(at: Date, calendar: WorkingCalendar): Date {
  return calendar.addWorkingDays(at, DEFAULT_TIME_LIMITS.accept);
}

/** The enterprise evaluates within 7 calendar days of the reply, then the case closes by itself. */
export function evaluationDeadline(at: Date): Date {
  return new Date(at.getTime() + DEFAULT_TIME_LIMITS.evaluateCalendarDays * DAY_MS);
}

/**
 * A paused clock resumes: the deadline moves on by the working days the pause lasted, so the
 * party measured gets back the time it waited on someone else (docs/lifecycle-and-deadlines.md#deadlines).
 */
export function resumedDeadline(deadline: Date, pausedAt: Date, now: Date, calendar: WorkingCalendar): Date {
  const paused = calendar.workingDaysBetween(pausedAt, now);
  return paused > 0 ? calendar.addWorkingDays(deadline, paused) : deadline;
}

/** Working days a department has to reply: a complex case gets the longest, an urgent one the shortest. */
export function replyWorkingDays(priority: CasePriority, complexity: CaseComplexity): number {
  if (complexity === 'COMPLEX') return DEFAULT_TIME_LIMITS.replyComplex;
  return priority === 'URGENT' ? DEFAULT_TIME_LIMITS.replyUrgent : DEFAULT_TIME_LIMITS.replyNormal;
}

// The step functions take the limits in force for the case's category and priority (the office
// leader's settings, docs/dispatch.md#time-limits, read by CaseLimits); the defaults stand where a
// caller has none, as the demo district does.

/** The lead department's deadline to sign for a case assigned at `at`. */
export function signDeadline(
  at: Date,
  calendar: WorkingCalendar,
  days: number = DEFAULT_TIME_LIMITS.sign,
): Date {
  return calendar.addWorkingDays(at, days);
}

/** The lead's reply deadline for a case assigned at `at`. */
export function replyDeadline(
  at: Date,
  priority: CasePriority,
  complexity: CaseComplexity,
  calendar: WorkingCalendar,
  days: number = replyWorkingDays(priority, complexity),
): Date {
  return calendar.addWorkingDays(at, days);
}

/** The office's deadline to review a reply submitted at `at`. */
export function reviewDeadline(
  at: Date,
  calendar: WorkingCalendar,
  days: number = DEFAULT_TIME_LIMITS.review,
): Date {
  return calendar.addWorkingDays(at, days);
}

/**
 * A co-department's opinion is due a working day before the lead's reply would be, so the lead
 * has that day to take it in; never sooner than one working day after assignment.
 */
export function opinionDeadline(
  at: Date,
  priority: CasePriority,
  complexity: CaseComplexity,
  calendar: WorkingCalendar,
  replyDays: number = replyWorkingDays(priority, complexity),
): Date {
  return calendar.addWorkingDays(at, Math.max(1, replyDays - 1));
}

/** First contact with the enterprise is due one working day after signing. */
export function contactDeadline(
  at: Date,
  calendar: WorkingCalendar,
  days: number = DEFAULT_TIME_LIMITS.firstContact,
): Date {
  return calendar.addWorkingDays(at, days);
}

/**
 * What the timeline records about a step's deadline when the step ends
 * (docs/lifecycle-and-deadlines.md#deadlines-on-the-timeline): the deadline in force, the
 * original one where an extension moved it, and whether the step ended in time — so the
 * scorecards count events and never replay the calendar.
 */
export function deadlineFacts(
  step: string,
  deadline: Date | null,
  endedAt: Date,
  original: Date | null = null,
): Record<string, unknown> {
  if (!deadline) return {};
  return {
    deadlineStep: step,
    deadline: deadline.toISOString(),
    ...(original && original.getTime() !== deadline.getTime()
      ? { originalDeadline: original.toISOString() }
      : {}),
    deadlineMet: endedAt.getTime() <= deadline.getTime(),
  };
}
