import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { ControlledClock } from '../src/common/clock.js';
import { CaseEvaluation } from '../src/modules/cases/case-evaluation.service.js';
import { JobRunner, nextRun } from '../src/common/job-runner.service.js';
import { MESSAGE_SENDER, type MessageSender } from '../src/modules/notifications/message-sender.js';
import { NotificationsService } from '../src/modules/notifications/notifications.service.js';
import {
  errorCode,
  startOtherInstance,
  startTestServer,
  type GqlClient,
  type TestServer,
} from './harness.js';

// What `ok` returns: results read deep, typed loosely on purpose.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Data = Record<string, any>;

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

let server: TestServer;
let enterprise: GqlClient;
let office: GqlClient;
const others: NestFastifyApplication[] = [];

beforeAll(async () => {
  // Two attempts per message, so that a failing gateway fails the job within seconds.
  server = await startTestServer({ OUTBOX_MAX_ATTEMPTS: '2' });
  enterprise = await server.signedIn('portal', 'ENTERPRISE');
  office = await server.signedIn('admin', 'OFFICE_STAFF');
});

/** The administrator, signed in at the clock's present (sessions expire as the clock moves on). */
const administrator = () => server.signedIn('admin', 'SYS_ADMIN');
afterAll(async () => {
  for (const app of others) await app.close();
  await server.close();
});

/** Another server instance on the test's database (closed with the others after the file). */
async function instance(
  at: Date,
  settings: Record<string, string> = {},
): Promise<{ app: NestFastifyApplication; clock: ControlledClock }> {
  const other = await startOtherInstance(server, at, settings);
  others.push(other.app);
  return other;
}

/** Waits (at most ~15 s) until `check` holds; fails the test otherwise. */
async function until(check: () => Promise<boolean>): Promise<void> {
  for (let i = 0; i < 150; i += 1) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('condition not reached within 15 s');
}

const jobsOf = (name: string, dueAt?: Date): Promise<{ id: string; state: string }[]> =>
  server.db.query(
    `SELECT id, state FROM pgboss.job WHERE name = $1 AND ($2::text IS NULL OR data->>'dueAt' = $2)`,
    [name, dueAt?.toISOString() ?? null],
  );

const nextRunOf = async (name: string): Promise<Date> =>
  (await server.db.query('SELECT next_run_at FROM job_schedule WHERE name = $1', [name]))[0].next_run_at;

/** An upload no case took, made `age` ago by the test's clock. */
async function unboundUpload(age: number): Promise<string> {
  const [row] = await server.db.query(
    `INSERT INTO case_attachment (uploader_id, file_name, mime_type, size, content, created_at)
     SELECT id, 'draft.pdf', 'application/pdf', 4, '\\x25504446', $1 FROM app_user WHERE username = 'enterprise'
     RETURNING id`,
    [new Date(server.clock.now().getTime() - age)],
  );
  return row.id;
}

const exists = async (attachmentId: string) =>
  (await server.db.query('SELECT 1 FROM case_attachment WHERE id = $1', [attachmentId])).length > 0;

describe('enqueueing with the business transaction', () => {
  it('creates a job only when the transaction that asks for it commits', async () => {
    const jobs = server.app.get(JobRunner);
    const marker = `rolled-back-${Date.now()}`;
    await expect(
      server.db.transaction(async (manager) => {
        await jobs.enqueue(manager, 'deliver-message', { outboxId: marker });
        throw new Error('the transition failed');
      }),
    ).rejects.toThrow('the transition failed');
    const committed = `committed-${Date.now()}`;
    await server.db.transaction((manager) =>
      jobs.enqueue(manager, 'deliver-message', { outboxId: committed }),
    );
    const rows = await server.db.query(
      `SELECT data->>'outboxId' AS id FROM pgboss.job WHERE name = 'deliver-message' AND data->>'outboxId' = ANY($1)`,
      [[marker, committed]],
    );
    expect(rows).toEqual([{ id: committed }]);
  });
});

describe('auto-close of an unevaluated reply (7 days)', () => {
  it('closes the reply exactly when 7 days have passed, as SYSTEM, with a timeline event and a notice', async () => {
    const submitted = (
      await enterprise.ok(
        `mutation ($input: SubmitCaseInput!) { submitCase(input: $input) { id version } }`,
        {
          input: {
            kind: 'CONSULTATION',
            category: 'POLICY_DELIVERY',
            title: '稳岗补贴申请条件咨询',
            content: '请问我公司今年能否申请稳岗补贴，需要哪些材料？',
            contactConsent: true,
            attachmentIds: [],
            clientKey: `auto-close-${Date.now()}`,
          },
        },
      )
    ).submitCase;
    const repliedAt = server.clock.now();
    const replied = (
      await office.ok(
        `mutation ($id: ID!, $version: Int!, $input: DirectReplyInput!) {
          replyCaseDirectly(id: $id, version: $version, input: $input) { state deadline { dueAt } } }`,
        {
          id: submitted.id,
          version: submitted.version,
          input: { result: 'EXPLAINED', text: '可以申请，材料清单见区人社局通知。' },
        },
      )
    ).replyCaseDirectly;
    expect(replied.state).toBe('REPLIED');
    expect(Date.parse(replied.deadline.dueAt)).toBe(repliedAt.getTime() + 7 * DAY);
    const state = async () =>
      (await server.db.query('SELECT state FROM case_file WHERE id = $1', [submitted.id]))[0].state;

    const evaluation = server.app.get(CaseEvaluation);
    server.clock.advance(7 * DAY - 1);
    await evaluation.autoCloseDue();
    expect(await state()).toBe('REPLIED');

    // At 7 days the scheduled job (run here by the tick of the job runner) closes it.
    server.clock.advance(1);
    const due = await server.app.get(JobRunner).enqueueDue();
    expect(due.map((run) => run.name)).toContain('auto-close');
    await until(async () => (await state()) === 'CLOSED');

    const [event] = await server.db.query(
      `SELECT action, from_state, to_state, actor_role, actor_id, occurred_at FROM case_event
        WHERE case_id = $1 ORDER BY id DESC LIMIT 1`,
      [submitted.id],
    );
    expect(event).toMatchObject({
      action: 'autoClose',
      from_state: 'REPLIED',
      to_state: 'CLOSED',
      actor_role: 'SYSTEM',
      actor_id: null,
    });
    expect(event.occurred_at).toEqual(server.clock.now());
    // A week later the enterprise signs in again and finds the notice.
    enterprise = await server.signedIn('portal', 'ENTERPRISE');
    const notices = (
      await enterprise.ok('{ notifications(first: 5) { items { event caseId title } } }')
    ).notifications.items.filter((n: Data) => n.caseId === submitted.id);
    expect(notices[0]).toMatchObject({ event: 'CASE_AUTO_CLOSED', title: '诉求已自动办结' });
    const [audit] = await server.db.query(
      `SELECT actor_name FROM audit_log WHERE action = 'case.autoClose' AND target_id = $1`,
      [submitted.id],
    );
    expect(audit).toEqual({ actor_name: 'SYSTEM' });
    // A second run finds nothing more to close for this case.
    await evaluation.autoCloseDue();
    expect(
      (
        await server.db.query(
          `SELECT count(*)::int AS n FROM case_event WHERE case_id = $1 AND action = 'autoClose'`,
          [submitted.id],
        )
      )[0].n,
    ).toBe(1);
  });
});

describe('failures', () => {
  it('retries a failing job with back-off, then shows it failed, and the administrator retries it (audited)', async () => {
    const sender = server.app.get<typeof MESSAGE_SENDER, MessageSender>(MESSAGE_SENDER);
    const [user] = await server.db.query(`SELECT id FROM app_user WHERE username = 'enterprise'`);
    const title = `网关故障测试 ${Date.now()}`;
    // The SMS gateway times out on this message (others, from earlier tests, go through).
    const send = sender.send.bind(sender);
    const failing = jest.spyOn(sender, 'send').mockImplementation(async (message, tx, at) => {
      if (message.body.includes(title)) throw new Error('SMS gateway timed out');
      await send(message, tx, at);
    });
    await server.db.transaction((manager) =>
      server.app.get(NotificationsService).notify(manager, {
        event: 'CASE_ACCEPTED',
        userIds: [user.id],
        params: { trackingNo: 'YH2026000001', title },
        sms: true,
      }),
    );
    const [outbox] = await server.db.query(`SELECT id FROM outbox_message WHERE params->>'title' = $1`, [
      title,
    ]);
    const job = async () =>
      (
        await server.db.query(
          `SELECT id, state, retry_count FROM pgboss.job WHERE name = 'deliver-message' AND data->>'outboxId' = $1`,
          [outbox.id],
        )
      )[0];
    await until(async () => (await job()).state === 'failed');
    // Other messages go out meanwhile too; this one was tried twice.
    expect(failing.mock.calls.filter(([message]) => message.outboxId === outbox.id)).toHaveLength(2);
    expect((await job()).retry_count).toBe(1);
    const [row] = await server.db.query(
      'SELECT status, attempts, last_error FROM outbox_message WHERE id = $1',
      [outbox.id],
    );
    expect(row).toEqual({ status: 'FAILED', attempts: 2, last_error: 'SMS gateway timed out' });

    const admin = await administrator();
    const QUEUES = '{ backgroundJobs { name failed failures { id queue error attempts } } }';
    const delivery = (await admin.ok(QUEUES)).backgroundJobs.find((q: Data) => q.name === 'deliver-message');
    expect(delivery.failed).toBeGreaterThanOrEqual(1);
    const jobId = (await job()).id;
    const failure = delivery.failures.find((f: Data) => f.id === jobId);
    expect(failure).toEqual({
      id: jobId,
      queue: 'deliver-message',
      error: 'SMS gateway timed out',
      attempts: 2,
    });

    // The gateway is back; the administrator retries the job.
    failing.mockRestore();
    const RETRY = 'mutation ($queue: String!, $id: ID!) { retryJob(queue: $queue, id: $id) { name } }';
    await admin.ok(RETRY, { queue: 'deliver-message', id: failure.id });
    await until(async () => (await job()).state === 'completed');
    expect(
      (
        await server.db.query('SELECT count(*)::int AS n FROM sent_message WHERE outbox_id = $1', [outbox.id])
      )[0].n,
    ).toBe(1);
    const [audit] = await server.db.query(
      `SELECT actor_name, details FROM audit_log WHERE action = 'job.retry' AND target_id = $1`,
      [failure.id],
    );
    expect(audit.actor_name).toBe('admin');
    expect(JSON.parse(audit.details)).toEqual({ queue: 'deliver-message' });
    // Only a failed job can be retried; an unknown queue names its field.
    expect(errorCode(await admin.request(RETRY, { queue: 'deliver-message', id: failure.id }))).toBe(
      'NOT_FOUND',
    );
    const unknown = await admin.request(RETRY, { queue: 'no-such-queue', id: failure.id });
    expect(unknown.errors?.[0]?.extensions).toMatchObject({
      code: 'VALIDATION',
      fields: [{ field: 'queue' }],
    });
  });
});

describe('scheduled jobs across instances and restarts', () => {
  it('runs each scheduled run once when two instances tick at the same moment', async () => {
    const upload = await unboundUpload(8 * DAY);
    const dueAt = await nextRunOf('purge-uploads');
    server.clock.set(new Date(dueAt.getTime() + 1000));
    const second = await instance(server.clock.now());
    const runners = [server.app.get(JobRunner), second.app.get(JobRunner)];
    const ticks = await Promise.all(runners.flatMap((runner) => [runner.enqueueDue(), runner.enqueueDue()]));
    expect(ticks.flat().filter((run) => run.name === 'purge-uploads').length).toBeLessThanOrEqual(1);
    await until(async () => (await jobsOf('purge-uploads', dueAt)).some((job) => job.state === 'completed'));
    expect(await jobsOf('purge-uploads', dueAt)).toHaveLength(1);
    expect(await exists(upload)).toBe(false);
    expect((await nextRunOf('purge-uploads')).getTime()).toBe(
      nextRun('17 * * * *', server.clock.now()).getTime(),
    );
  });

  it('checks the schedules on its own every JOB_SCHEDULE_TICK_SECONDS, without a start-up or a test', async () => {
    const dueAt = await nextRunOf('purge-uploads');
    // Started before the run is due, so its start-up check finds nothing: only its tick can.
    const ticking = await instance(new Date(dueAt.getTime() - 1000), { JOB_SCHEDULE_TICK_SECONDS: '1' });
    expect(await jobsOf('purge-uploads', dueAt)).toHaveLength(0);
    ticking.clock.set(new Date(dueAt.getTime() + 1000));
    await until(async () => (await jobsOf('purge-uploads', dueAt)).some((job) => job.state === 'completed'));
    expect(await jobsOf('purge-uploads', dueAt)).toHaveLength(1);
  });

  it('lists each queue with its schedule, runs and counts for the administrator', async () => {
    const queues: Data[] = (
      await (
        await administrator()
      ).ok(`{ backgroundJobs { name schedule lastRunAt nextRunAt queued active failed
        failures { id error attempts failedAt } } }`)
    ).backgroundJobs;
    expect(queues.map((queue) => queue.name).sort()).toEqual([
      'auto-close',
      'condition-reminders',
      'deliver-message',
      'export-file',
      'purge-exports',
      'purge-uploads',
      'seal-audit',
      'supervision-scan',
    ]);
    const purge = queues.find((queue) => queue.name === 'purge-uploads')!;
    expect(purge).toMatchObject({ schedule: '17 * * * *', queued: 0, active: 0, failed: 0, failures: [] });
    expect(Date.parse(purge.nextRunAt)).toBe((await nextRunOf('purge-uploads')).getTime());
    expect(purge.lastRunAt).not.toBeNull();
    expect(queues.find((queue) => queue.name === 'deliver-message')).toMatchObject({
      schedule: null,
      nextRunAt: null,
    });
  });

  it('runs a job that fell due while every instance was down once, when one comes back', async () => {
    // Every instance stops: the other one, and this one's job runner.
    for (const app of others.splice(0)) await app.close();
    await server.app.get(JobRunner).beforeApplicationShutdown();
    const upload = await unboundUpload(8 * DAY);
    const dueAt = await nextRunOf('purge-uploads');
    // Three hourly runs fall due while nothing runs.
    const back = new Date(dueAt.getTime() + 3 * HOUR + 60_000);
    const third = await instance(back);
    expect(await jobsOf('purge-uploads', dueAt)).toHaveLength(1);
    await until(async () => (await jobsOf('purge-uploads', dueAt))[0].state === 'completed');
    expect(await exists(upload)).toBe(false);
    // Caught up with one run, not three, and the next is scheduled after the moment it came back.
    const runs = await server.db.query(
      `SELECT count(*)::int AS n FROM pgboss.job WHERE name = 'purge-uploads' AND (data->>'dueAt')::timestamptz >= $1`,
      [dueAt],
    );
    expect(runs[0].n).toBe(1);
    expect((await nextRunOf('purge-uploads')).getTime()).toBe(
      nextRun('17 * * * *', third.clock.now()).getTime(),
    );
  });
});
