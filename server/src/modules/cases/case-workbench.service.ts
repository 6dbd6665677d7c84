import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { WorkingCalendar } from '@gridbridge/shared';
import { Clock } from '../../common/clock.js';
import type { Viewer } from '../../common/gql-context.js';
import { decodeCursor, encodeCursor, pageSize } from '../../common/keyset.js';
import { decodeRows, int } from '../../database/rows.js';
import { CalendarService } from '../calendar/index.js';
import { ACTIVE_ASSIGNMENT, ASSIGNMENT_ROW, type AssignmentRow } from './case-assignments.js';
import { deadlineOf } from './case-deadlines.js';
import type { CaseAssignmentType, DepartmentQueue } from './case-loop.types.js';
import { CASE_COLUMNS, CASE_FROM, CASE_ROW } from './case-query.js';
import { sqlParams } from './case-scope.js';
import type { CaseType } from './cases.types.js';

/**
 * The running deadline of a task: signing while it waits to be signed, then its reply or opinion.
 * The workbench indexes hold this very expression (migration AssignmentDueOrder): keep them equal.
 */
const DUE = `CASE WHEN a.state = 'ASSIGNED' THEN a.sign_deadline ELSE a.reply_deadline END`;

/** The tasks still running on the department's side. */
const RUNNING = `a.state IN ('ASSIGNED', 'IN_PROGRESS', 'REPLY_DRAFTED')`;

/**
 * Each queue of the department workbench as a condition on its assignments `a`, read in `DUE`
 * order: `case_assignment_queue_idx` (department_id, state, DUE, id) serves the queues of one
 * state, `case_assignment_due_idx` (department_id, DUE, id, running and not paused) the overdue one.
 */
const QUEUES: Record<DepartmentQueue, (now: () => string) => string> = {
  TO_SIGN: () => `a.state = 'ASSIGNED'`,
  IN_PROGRESS: () => `a.state = 'IN_PROGRESS' AND a.role = 'LEAD' AND a.sent_back_at IS NULL`,
  AWAITING_LEADER: () => `a.state = 'REPLY_DRAFTED'`,
  SENT_BACK: () => `a.state = 'IN_PROGRESS' AND a.role = 'LEAD' AND a.sent_back_at IS NOT NULL`,
  CO_HANDLING: () => `a.state = 'IN_PROGRESS' AND a.role = 'CO'`,
  // `now` adds its parameter only where a queue uses it: an unused one has no type to infer.
  OVERDUE: (now) => `${RUNNING} AND a.paused_at IS NULL AND ${DUE} < ${now()}::timestamptz`,
};

/**
 * One page of a department's queue, nearest deadline first, as SQL and parameters: the service and
 * the bench's bare baseline run this very statement.
 */
export function departmentQueueQuery(
  departmentId: string,
  queue: DepartmentQueue,
  now: Date,
  cursor: readonly string[] | null,
  limit: number,
): { sql: string; params: unknown[] } {
  const { params, add } = sqlParams();
  const department = `${add(departmentId)}::uuid`;
  const where = [`a.department_id = ${department}`, QUEUES[queue](() => add(now)), notNamed(department)];
  if (cursor) where.push(`(${DUE}, a.id) > (${add(cursor[0])}::timestamptz, ${add(cursor[1])}::uuid)`);
  return {
    sql: `SELECT ${ASSIGNMENT_ROW.select} FROM case_assignment a WHERE ${where.join(' AND ')}
           ORDER BY ${DUE}, a.id LIMIT ${add(limit)}`,
    params,
  };
}

export interface WorkbenchItem {
  case: CaseType;
  assignment: CaseAssignmentType;
  deadline: ReturnType<typeof deadlineOf>;
}

/**
 * The workbenches (docs/lifecycle-and-deadlines.md#workbenches): a department's queues of its
 * own tasks, nearest deadline first, each row with the working days left; the office's counts of
 * what waits on it. Never a complaint naming the department, as everywhere (case-scope.ts).
 */
@Injectable()
export class CaseWorkbench {
  constructor(
    private readonly db: DataSource,
    private readonly calendar: CalendarService,
    private readonly clock: Clock,
  ) {}

  async departmentQueue(
    viewer: Viewer,
    queue: DepartmentQueue,
    first: number,
    after: string | null,
  ): Promise<{ items: WorkbenchItem[]; nextCursor: string | null }> {
    const limit = pageSize(first);
    const cursor = decodeCursor(after, ['timestamp', 'uuid']);
    if (!viewer.departmentId) return { items: [], nextCursor: null };
    const now = this.clock.now();
    const { sql, params } = departmentQueueQuery(viewer.departmentId, queue, now, cursor, limit + 1);
    const rows = ASSIGNMENT_ROW.decodeAll(await this.db.query(sql, params));
    const page = rows.slice(0, limit);
    const cases = new Map(
      CASE_ROW.decodeAll(
        await this.db.query(`SELECT ${CASE_COLUMNS} FROM ${CASE_FROM} WHERE c.id = ANY($1::uuid[])`, [
          page.map((a) => a.caseId),
        ]),
      ).map((c) => [c.id, c]),
    );
    const calendar = await this.calendar.current();
    const items = page.map((a) => ({
      case: cases.get(a.caseId) as CaseType,
      assignment: assignmentView(a),
      deadline: taskDeadline(a, now, calendar),
    }));
    const last = page[page.length - 1];
    const lastDue = last ? (last.state === 'ASSIGNED' ? last.signDeadline : last.replyDeadline) : null;
    return {
      items,
      nextCursor: rows.length > limit && lastDue ? encodeCursor([lastDue.toISOString(), last.id]) : null,
    };
  }

  /** How many tasks each queue of the viewer's department holds: one statement. */
  async departmentCounts(viewer: Viewer): Promise<Record<DepartmentQueue, number>> {
    const { params, add } = sqlParams();
    const department = `${add(viewer.departmentId)}::uuid`;
    const now = add(this.clock.now());
    const counts = (Object.keys(QUEUES) as DepartmentQueue[]).map(
      (queue) => `count(*) FILTER (WHERE ${QUEUES[queue](() => now)})::int AS "${queue}"`,
    );
    const [row] = decodeRows(
      await this.db.query(
        `SELECT ${counts.join(', ')} FROM case_assignment a
          WHERE a.department_id = ${department} AND ${RUNNING} AND ${notNamed(department)}`,
        params,
      ),
      {
        TO_SIGN: int,
        IN_PROGRESS: int,
        AWAITING_LEADER: int,
        SENT_BACK: int,
        CO_HANDLING: int,
        OVERDUE: int,
      },
    );
    return row;
  }

  /**
   * What waits on the office: each count from `case_file_state_deadline_idx` (state,
   * state_deadline, id) or, for the office leader's requests, `case_assignment_pending_idx`.
   */
  async officeCounts() {
    const now = this.clock.now();
    const [row] = decodeRows(
      await this.db.query(
        `SELECT
           (SELECT count(*) FROM case_file WHERE state = 'SUBMITTED')::int AS "toAccept",
           (SELECT count(*) FROM case_file WHERE state = 'ACCEPTED')::int AS "toAssign",
           (SELECT count(*) FROM case_file WHERE state = 'REPLY_REVIEW')::int AS "toReview",
           (SELECT count(*) FROM case_file WHERE state = 'DISPUTED')::int AS "disputes",
           (SELECT count(*) FROM case_assignment a
             WHERE a.pending_request = 'EXTENSION' AND ${ACTIVE_ASSIGNMENT})::int AS "extensionRequests",
           (SELECT count(*) FROM case_assignment a
             WHERE a.pending_request = 'RETURN' AND ${ACTIVE_ASSIGNMENT})::int AS "returnRequests",
           (SELECT count(*) FROM case_file
             WHERE state IN ('SUBMITTED', 'ASSIGNED', 'IN_PROGRESS', 'REPLY_REVIEW')
               AND state_deadline < $1 AND paused_at IS NULL)::int AS "overdue"`,
        [now],
      ),
      {
        toAccept: int,
        toAssign: int,
        toReview: int,
        disputes: int,
        extensionRequests: int,
        returnRequests: int,
        overdue: int,
      },
    );
    return row;
  }
}

/** Never a complaint that names the department (docs/roles-and-scope.md#scope-which-cases). */
function notNamed(department: string): string {
  return `a.case_id IN (SELECT c.id FROM case_file c WHERE c.id = a.case_id
    AND (c.kind <> 'COMPLAINT' OR c.named_department_id IS DISTINCT FROM ${department}))`;
}

function taskDeadline(a: AssignmentRow, now: Date, calendar: WorkingCalendar) {
  return deadlineOf(
    { stateDeadline: a.state === 'ASSIGNED' ? a.signDeadline : a.replyDeadline, pausedAt: a.pausedAt },
    now,
    calendar,
  );
}

/** A department's own task, as it sees it in full. */
export function assignmentView(a: AssignmentRow): CaseAssignmentType {
  return {
    id: a.id,
    departmentId: a.departmentId,
    role: a.role,
    state: a.state,
    assignedAt: a.assignedAt,
    signDeadline: a.signDeadline,
    replyDeadline: a.replyDeadline,
    originalReplyDeadline: a.originalReplyDeadline,
    signedAt: a.signedAt,
    firstContactedAt: a.firstContactedAt,
    repliedAt: a.repliedAt,
    paused: a.pausedAt !== null,
    note: a.note,
    opinion: a.opinion,
    draftResult: a.draftResult,
    draftText: a.draftText,
    draftInternalNote: a.draftInternalNote,
    pendingRequest: a.pendingRequest,
    requestReason: a.requestReason,
    requestDays: a.requestDays,
    sentBackAt: a.sentBackAt,
    version: a.version,
  };
}
