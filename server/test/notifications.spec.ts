import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import type { Client } from 'graphql-ws';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import pg from 'pg';
import { DataSource } from 'typeorm';
import WebSocket from 'ws';
import { renderNotification, type Role } from '@gridbridge/shared';
import { createApp } from '../src/app.js';
import { Env, loadEnv } from '../src/config/env.js';
import { LiveNotifications } from '../src/modules/notifications/live-notifications.service.js';
import {
  RecordingSender,
  type MessageSender,
  type OutgoingMessage,
} from '../src/modules/notifications/message-sender.js';
import { NotificationsService, type Notice } from '../src/modules/notifications/notifications.service.js';
import { OutboxWorker } from '../src/modules/notifications/outbox.worker.js';
import { JobRunner } from '../src/common/job-runner.service.js';
import {
  cookieOf,
  demoAccountFor,
  errorCode,
  liveClient,
  startTestServer,
  type GqlClient,
  type TestServer,
} from './harness.js';

// What `ok` returns: results read deep, typed loosely on purpose.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Data = Record<string, any>;

const MAX_ATTEMPTS = 3;

let server: TestServer;
let enterprise: GqlClient;
let gridHead: GqlClient;
let office: GqlClient;
const userIds: Partial<Record<Role, string>> = {};

beforeAll(async () => {
  server = await startTestServer({ OUTBOX_MAX_ATTEMPTS: String(MAX_ATTEMPTS) });
  enterprise = await server.signedIn('portal', 'ENTERPRISE');
  gridHead = await server.signedIn('portal', 'GRID_HEAD');
  office = await server.signedIn('admin', 'OFFICE_STAFF');
  for (const role of ['ENTERPRISE', 'GRID_HEAD', 'OFFICE_STAFF', 'SYS_ADMIN'] as const) {
    userIds[role] = await userIdOf(role);
  }
});
afterAll(() => server.close());

async function userIdOf(role: Role): Promise<string> {
  const [row] = await server.db.query('SELECT id FROM app_user WHERE username = $1', [demoAccountFor(role)]);
  return row.id;
}

const CASE_ID = '11111111-1111-4111-8111-111111111111';

/** Waits (at most ~10 s) until `check` holds; fails the test otherwise. */
async function until(check: () => Promise<boolean>): Promise<void> {
  for (let i = 0; i < 100; i += 1) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('condition not reached within 10 s');
}
let serial = 0;

/** Writes a notice the way a case transition does: in a transaction of the caller, on `app`'s instance. */
async function notify(
  notice: Partial<Notice> & { userIds: string[] },
  app: NestFastifyApplication = server.app,
): Promise<Record<string, string>> {
  serial += 1;
  // Each notice a second after the one before, as events happen: "newest first" is then well defined.
  server.clock.advance(1000);
  const params = notice.params ?? {
    trackingNo: `YH2026${String(serial).padStart(6, '0')}`,
    title: `企业诉求${serial}`,
  };
  await app
    .get(DataSource)
    .transaction((tx) =>
      app
        .get(NotificationsService)
        .notify(tx, { event: 'CASE_ACCEPTED', caseId: CASE_ID, ...notice, params }),
    );
  return params;
}

const LIST = `query ($first: Int, $after: String) {
  notifications(first: $first, after: $after) { items { id event title body caseId createdAt read } nextCursor } }`;
const UNREAD = '{ unreadNotificationCount }';
const MARK = 'mutation ($ids: [ID!]!) { markNotificationsRead(ids: $ids) }';
const MARK_ALL = 'mutation { markAllNotificationsRead }';

describe('writing notifications', () => {
  it('writes one in-app row per active recipient, outbox rows for those with a number or address, in the caller’s transaction', async () => {
    const users: { id: string; mobile: string | null; email: string | null }[] = await server.db.query(
      'SELECT id, mobile, email FROM app_user WHERE id = ANY($1::uuid[])',
      [[userIds.ENTERPRISE, userIds.GRID_HEAD]],
    );
    const [inactive] = await server.db.query(
      `INSERT INTO app_user (username, display_name, password_hash, roles, mobile, active)
       VALUES ('gone-notify', '停用账号', 'x', '{INSPECTOR}', '13700000001', false) RETURNING id`,
    );
    await notify({
      event: 'CASE_REJECTED',
      userIds: [userIds.ENTERPRISE!, userIds.ENTERPRISE!, userIds.GRID_HEAD!, inactive.id],
      params: { trackingNo: 'YH2026000001', title: '占道', note: '不属于受理范围' },
      sms: true,
      email: true,
    });
    const rows = await server.db.query(
      `SELECT user_id, event, params, case_id, read_at FROM notification WHERE params->>'note' = '不属于受理范围'`,
    );
    expect(rows.map((r: Data) => r.user_id).sort()).toEqual([userIds.ENTERPRISE, userIds.GRID_HEAD].sort());
    expect(rows.every((r: Data) => r.event === 'CASE_REJECTED' && r.case_id === CASE_ID && !r.read_at)).toBe(
      true,
    );
    const outbox = await server.db.query(
      `SELECT channel, recipient, locale, status, attempts FROM outbox_message
        WHERE params->>'note' = '不属于受理范围' ORDER BY channel, recipient`,
    );
    const expected = users
      .flatMap((u) => [
        ...(u.mobile ? [{ channel: 'SMS', recipient: u.mobile }] : []),
        ...(u.email ? [{ channel: 'EMAIL', recipient: u.email }] : []),
      ])
      .map((m) => ({ ...m, locale: 'zh-CN' }))
      .sort((a, b) => (a.channel + a.recipient).localeCompare(b.channel + b.recipient));
    expect(expected.length).toBeGreaterThan(0);
    expect(outbox.map(({ channel, recipient, locale }: Data) => ({ channel, recipient, locale }))).toEqual(
      expected,
    );
    // Each message got its delivery job in the same transaction, and the running job runner
    // sends it without anyone asking.
    const [{ jobs }] = await server.db.query(
      `SELECT count(*)::int AS jobs FROM pgboss.job j JOIN outbox_message o ON o.id::text = j.data->>'outboxId'
        WHERE j.name = 'deliver-message' AND o.params->>'note' = '不属于受理范围'`,
    );
    expect(jobs).toBe(expected.length);
    await until(async () => {
      const [{ sent }] = await server.db.query(
        `SELECT count(*)::int AS sent FROM sent_message s JOIN outbox_message o ON o.id = s.outbox_id
          WHERE o.params->>'note' = '不属于受理范围' AND o.status = 'SENT' AND o.attempts = 1`,
      );
      return sent === expected.length;
    });
  });

  it('leaves nothing behind when the event’s transaction rolls back', async () => {
    await expect(
      server.db.transaction(async (tx) => {
        await server.app.get(NotificationsService).notify(tx, {
          event: 'CASE_ACCEPTED',
          userIds: [userIds.ENTERPRISE!],
          params: { trackingNo: 'YH2026999999', title: '回滚的诉求' },
          sms: true,
        });
        throw new Error('the transition failed');
      }),
    ).rejects.toThrow('the transition failed');
    const [{ count }] = await server.db.query(
      `SELECT (SELECT count(*) FROM notification WHERE params->>'title' = '回滚的诉求')
            + (SELECT count(*) FROM outbox_message WHERE params->>'title' = '回滚的诉求')
            + (SELECT count(*) FROM pgboss.job j WHERE j.name = 'deliver-message'
                 AND NOT EXISTS (SELECT 1 FROM outbox_message o WHERE o.id::text = j.data->>'outboxId')) AS count`,
    );
    expect(Number(count)).toBe(0);
  });
});

describe('the notification centre', () => {
  beforeAll(async () => {
    await server.db.query('DELETE FROM notification');
  });

  it('lists the viewer’s own notifications newest first, rendered in the request’s language, page by page', async () => {
    const written: Record<string, string>[] = [];
    for (let i = 0; i < 5; i += 1) written.push(await notify({ userIds: [userIds.ENTERPRISE!] }));
    await notify({ userIds: [userIds.GRID_HEAD!] });

    const seen: Data[] = [];
    let after: string | null = null;
    do {
      const page: Data = (await enterprise.ok(LIST, { first: 2, after })).notifications;
      expect(page.items.length).toBeLessThanOrEqual(2);
      seen.push(...page.items);
      after = page.nextCursor;
    } while (after);
    expect(seen.map((n) => n.body)).toEqual(
      written.reverse().map((params) => renderNotification('CASE_ACCEPTED', params, 'zh-CN').body),
    );
    expect(seen.every((n) => n.title === '诉求已受理' && n.caseId === CASE_ID && n.read === false)).toBe(
      true,
    );
    expect(new Set(seen.map((n) => n.id)).size).toBe(5);

    const inEnglish = server.portal('en');
    await inEnglish.login(demoAccountFor('ENTERPRISE'));
    const [latest] = (await inEnglish.ok(LIST, { first: 1 })).notifications.items;
    expect(latest.title).toBe('Case accepted');
    expect(latest.body).toBe(renderNotification('CASE_ACCEPTED', written[0], 'en').body);
  });

  it('counts unread notifications and marks them read, one by one or all at once', async () => {
    expect((await enterprise.ok(UNREAD)).unreadNotificationCount).toBe(5);
    const items: Data[] = (await enterprise.ok(LIST, { first: 5 })).notifications.items;
    expect((await enterprise.ok(MARK, { ids: [items[0].id, items[1].id] })).markNotificationsRead).toBe(3);
    // Marking again changes nothing.
    expect((await enterprise.ok(MARK, { ids: [items[0].id] })).markNotificationsRead).toBe(3);
    const after: Data[] = (await enterprise.ok(LIST, { first: 5 })).notifications.items;
    expect(after.map((n) => n.read)).toEqual([true, true, false, false, false]);
    expect((await enterprise.ok(MARK_ALL)).markAllNotificationsRead).toBe(0);
    expect((await enterprise.ok(UNREAD)).unreadNotificationCount).toBe(0);
  });

  it('never shows or marks another user’s notifications', async () => {
    const mine: Data[] = (await gridHead.ok(LIST, { first: 20 })).notifications.items;
    expect(mine).toHaveLength(1);
    expect((await gridHead.ok(UNREAD)).unreadNotificationCount).toBe(1);
    const [theirs] = await server.db.query(
      'SELECT id FROM notification WHERE user_id = $1 ORDER BY created_at DESC LIMIT 1',
      [userIds.GRID_HEAD],
    );
    // The enterprise names the grid head's notification: nothing happens to it.
    expect((await enterprise.ok(MARK, { ids: [theirs.id] })).markNotificationsRead).toBe(0);
    expect((await gridHead.ok(UNREAD)).unreadNotificationCount).toBe(1);
    const enterpriseIds = new Set(
      (await enterprise.ok(LIST, { first: 20 })).notifications.items.map((n: Data) => n.id),
    );
    expect(enterpriseIds.has(theirs.id)).toBe(false);
  });

  it('works the same on the admin API', async () => {
    await notify({ event: 'CASE_SUBMITTED', userIds: [userIds.OFFICE_STAFF!] });
    const [item] = (await office.ok(LIST, { first: 1 })).notifications.items;
    expect(item).toMatchObject({ event: 'CASE_SUBMITTED', title: '新诉求待受理', read: false });
    expect((await office.ok(UNREAD)).unreadNotificationCount).toBe(1);
    expect((await office.ok(MARK, { ids: [item.id] })).markNotificationsRead).toBe(0);
  });

  it('refuses malformed ids and cursors with a validation error, not a server error', async () => {
    expect(errorCode(await enterprise.request(MARK, { ids: ['not-a-uuid'] }))).toBe('VALIDATION');
    const tooMany = Array.from({ length: 101 }, () => CASE_ID);
    expect(errorCode(await enterprise.request(MARK, { ids: tooMany }))).toBe('VALIDATION');
    expect(errorCode(await enterprise.request(LIST, { first: 2, after: 'garbage' }))).toBe('VALIDATION');
    const forged = Buffer.from(JSON.stringify(['yesterday', 'x'])).toString('base64url');
    expect(errorCode(await enterprise.request(LIST, { first: 2, after: forged }))).toBe('VALIDATION');
  });
});

const SUBSCRIPTION = 'subscription { notificationAdded { id event title body caseId read } }';

/** Waits until `app` holds exactly `count` live subscriptions (ends reach the server asynchronously). */
async function settled(app: NestFastifyApplication, count: number): Promise<number> {
  const live = app.get(LiveNotifications);
  for (let i = 0; live.subscriptionCount !== count && i < 300; i += 1) {
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  return live.subscriptionCount;
}

/**
 * Subscribes and waits until the server holds the subscription, so nothing published after is
 * missed. Each test ends its subscriptions, so the server holds none before.
 */
async function subscribe(client: Client, app: NestFastifyApplication, query = SUBSCRIPTION) {
  expect(await settled(app, 0)).toBe(0);
  const iterator = client.iterate<Data>({ query })[Symbol.asyncIterator]();
  const first = iterator.next();
  expect(await settled(app, 1)).toBe(1);
  return { first, iterator };
}

function within<T>(promise: Promise<T>, ms = 5000): Promise<T> {
  return Promise.race([
    promise,
    new Promise<T>((_, reject) => setTimeout(() => reject(new Error(`nothing within ${ms} ms`)), ms).unref()),
  ]);
}

describe('live notifications over graphql-ws', () => {
  const clients: Client[] = [];
  afterAll(async () => {
    for (const client of clients) await client.dispose();
  });

  it('pushes the viewer’s new notification, written in another request, and nobody else’s', async () => {
    const { client } = liveClient(server.url, 'portal', cookieOf(enterprise));
    clients.push(client);
    const { first, iterator } = await subscribe(client, server.app);

    await notify({ userIds: [userIds.GRID_HEAD!] });
    await expect(
      server.db.transaction(async (tx) => {
        await server.app.get(NotificationsService).notify(tx, {
          event: 'CASE_ACCEPTED',
          userIds: [userIds.ENTERPRISE!],
          params: { trackingNo: 'YH2026000000', title: '回滚' },
        });
        throw new Error('rolled back');
      }),
    ).rejects.toThrow();
    const params = { trackingNo: 'YH2026000123', title: '用电报装', note: '请补充营业执照' };
    await notify({ event: 'CASE_INFO_REQUESTED', userIds: [userIds.ENTERPRISE!], params });

    const { value } = await within(first);
    expect(value.errors).toBeUndefined();
    expect(value.data.notificationAdded).toMatchObject({
      event: 'CASE_INFO_REQUESTED',
      title: '请补充材料',
      caseId: CASE_ID,
      read: false,
    });
    expect(value.data.notificationAdded.body).toBe(
      renderNotification('CASE_INFO_REQUESTED', params, 'zh-CN').body,
    );
    await iterator.return?.();
  });

  it('renders in the language the connection asked for', async () => {
    const { client } = liveClient(server.url, 'admin', cookieOf(office), 'en');
    clients.push(client);
    const { first, iterator } = await subscribe(client, server.app);
    await notify({ event: 'CASE_SUBMITTED', userIds: [userIds.OFFICE_STAFF!] });
    const { value } = await within(first);
    expect(value.data.notificationAdded.title).toBe('New case to accept');
    await iterator.return?.();
  });

  it('frees the subscription on the server when the client unsubscribes', async () => {
    const { client } = liveClient(server.url, 'portal', cookieOf(gridHead));
    clients.push(client);
    const { iterator } = await subscribe(client, server.app);
    await iterator.return?.();
    expect(await settled(server.app, 0)).toBe(0);
  });

  it('refuses a connection without a session, and one whose session has ended', async () => {
    for (const cookie of [null, 'gb_portal_session=forged-token']) {
      const { client, closes } = liveClient(server.url, 'portal', cookie);
      const outcome = await new Promise<unknown>((resolve) => {
        client.subscribe(
          { query: SUBSCRIPTION },
          { next: resolve, error: resolve, complete: () => resolve(null) },
        );
      });
      expect(outcome).toMatchObject({ code: 4403 });
      expect(closes[0]?.code).toBe(4403);
      await client.dispose();
    }
    // A cookie of the other API is not a session here.
    const { client } = liveClient(server.url, 'admin', cookieOf(enterprise));
    const outcome = await new Promise<unknown>((resolve) => {
      client.subscribe(
        { query: SUBSCRIPTION },
        { next: resolve, error: resolve, complete: () => resolve(null) },
      );
    });
    expect(outcome).toMatchObject({ code: 4403 });
    await client.dispose();
  });

  it('ends a live stream with SESSION_EXPIRED once its session is signed out', async () => {
    const viewer = await server.signedIn('portal', 'ENTERPRISE');
    const { client } = liveClient(server.url, 'portal', cookieOf(viewer));
    clients.push(client);
    const { first } = await subscribe(client, server.app);
    await viewer.ok('mutation { logout }');
    await notify({ userIds: [userIds.ENTERPRISE!] });
    const outcome = await within(
      first.then(
        (r) => r,
        (error: unknown) => error,
      ),
    );
    expect(JSON.stringify(outcome)).toContain('SESSION_EXPIRED');
  });

  it('serves only subscriptions over the websocket, and applies the document limits', async () => {
    const { client } = liveClient(server.url, 'portal', cookieOf(enterprise));
    clients.push(client);
    const errorOf = (query: string) =>
      new Promise<Data[]>((resolve) => {
        client.subscribe(
          { query },
          { next: () => undefined, error: (e) => resolve(e as Data[]), complete: () => resolve([]) },
        );
      });
    const [query] = await errorOf(UNREAD);
    expect(query.extensions.code).toBe('BAD_REQUEST');
    const deep = `subscription { notificationAdded { ${'id '.repeat(2100)} } }`;
    const [tokens] = await errorOf(deep);
    expect(tokens.extensions.code).toBe('BAD_REQUEST');
    const aliases = Array.from({ length: 20 }, (_, i) => `a${i}: id`).join(' ');
    const [aliased] = await errorOf(`subscription { notificationAdded { ${aliases} } }`);
    expect(aliased.extensions.code).toBe('BAD_REQUEST');
  });

  it('answers a subscription sent over HTTP with a client error, not a server error', async () => {
    const response = await enterprise.request(SUBSCRIPTION);
    expect(response.status).toBeLessThan(500);
    expect(errorCode(response)).toBe('BAD_REQUEST');
  });

  it('answers a websocket upgrade on another path with 404 instead of leaving it hanging', async () => {
    const status = await new Promise<number | string>((resolve) => {
      const socket = new WebSocket(`${server.url.replace(/^http/, 'ws')}/elsewhere`);
      socket.on('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0));
      socket.on('error', (error) => resolve(error.message));
    });
    expect(status).toBe(404);
  });
});

describe('several instances on one database', () => {
  let second: NestFastifyApplication;
  beforeAll(async () => {
    const url = new URL(process.env.GB_TEST_TEMPLATE_URL!);
    url.pathname = `/${server.databaseName}`;
    const env = loadEnv({
      NODE_ENV: 'test',
      LOG_LEVEL: 'error',
      JOB_POLL_SECONDS: '0.5',
      JOB_SCHEDULE_TICK_SECONDS: '0',
      DATABASE_URL: url.toString(),
    });
    second = await createApp(env, url.toString(), server.clock);
    await second.listen(0, '127.0.0.1');
    await server.db.query('DELETE FROM outbox_message');
  });
  afterAll(() => second.close());

  it('delivers a notification written on one instance to a subscription held by another', async () => {
    const { client } = liveClient(server.url, 'portal', cookieOf(enterprise));
    const { first } = await subscribe(client, server.app);
    const { title } = await notify({ userIds: [userIds.ENTERPRISE!] }, second);
    const { value } = await within(first);
    expect(value.data.notificationAdded.body).toContain(title);
    await client.dispose();
  });

  it('sends the outbox on the job runner of either instance, without anyone asking', async () => {
    const { title } = await notify({ userIds: [userIds.ENTERPRISE!], sms: true }, second);
    let sent: Data[] = [];
    for (let i = 0; sent.length === 0 && i < 100; i += 1) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      sent = await server.db.query(
        `SELECT s.channel, s.body FROM sent_message s JOIN outbox_message o ON o.id = s.outbox_id
          WHERE o.params->>'title' = $1`,
        [title],
      );
    }
    expect(sent).toHaveLength(1);
    expect(sent[0].channel).toBe('SMS');
    expect(sent[0].body).toContain(title);
  });
});

/** The recording sender, counting calls and optionally slow or failing (a gateway that times out). */
class TestSender implements MessageSender {
  calls: OutgoingMessage[] = [];
  readonly #inner = new RecordingSender();
  constructor(private readonly behaviour: { delayMs?: number; failTimes?: number } = {}) {}
  async send(message: OutgoingMessage, tx: Parameters<MessageSender['send']>[1], at: Date) {
    this.calls.push(message);
    if (this.behaviour.delayMs) await new Promise((resolve) => setTimeout(resolve, this.behaviour.delayMs));
    if ((this.behaviour.failTimes ?? 0) > 0) {
      this.behaviour.failTimes! -= 1;
      throw new Error('SMS gateway timed out');
    }
    await this.#inner.send(message, tx, at);
  }
}

/** Outbox rows written directly, without delivery jobs: these tests deliver them themselves. */
async function enqueue(count: number, channel: 'SMS' | 'EMAIL' = 'SMS'): Promise<string[]> {
  const rows: { id: string }[] = await server.db.query(
    `INSERT INTO outbox_message (channel, recipient, event, params, locale)
     SELECT $1, '1380000' || lpad(i::text, 4, '0'), 'CASE_ACCEPTED',
            jsonb_build_object('trackingNo', 'YH2026' || lpad(i::text, 6, '0'), 'title', '诉求' || i), 'zh-CN'
       FROM generate_series(1, $2) AS i RETURNING id`,
    [channel, count],
  );
  return rows.map((r) => r.id);
}

/** A delivery worker as another instance would have it, with its own sender. */
const worker = (sender: MessageSender) =>
  new OutboxWorker(server.db, server.app.get(Env), server.clock, server.app.get(JobRunner), sender);
const outboxRow = async (id: string) =>
  (
    await server.db.query(`SELECT status, attempts, last_error, sent_at FROM outbox_message WHERE id = $1`, [
      id,
    ])
  )[0];
const sentCount = async (id: string) =>
  Number((await server.db.query('SELECT count(*) FROM sent_message WHERE outbox_id = $1', [id]))[0].count);

describe('SMS and e-mail delivery', () => {
  beforeEach(async () => {
    await server.db.query('DELETE FROM outbox_message');
    await server.db.query('DELETE FROM sent_message');
  });

  it('renders each message from its template: an SMS is the body, an e-mail has the title as subject', async () => {
    const [sms] = await enqueue(1, 'SMS');
    const [email] = await enqueue(1, 'EMAIL');
    const delivery = worker(new RecordingSender());
    expect(await delivery.deliver(sms)).toBe('SENT');
    expect(await delivery.deliver(email)).toBe('SENT');
    const expected = renderNotification(
      'CASE_ACCEPTED',
      { trackingNo: 'YH2026000001', title: '诉求1' },
      'zh-CN',
    );
    const [s] = await server.db.query(
      'SELECT subject, body, sent_at FROM sent_message WHERE outbox_id = $1',
      [sms],
    );
    const [e] = await server.db.query('SELECT subject, body FROM sent_message WHERE outbox_id = $1', [email]);
    expect(s).toEqual({ subject: null, body: expected.body, sent_at: server.clock.now() });
    expect(e).toEqual({ subject: expected.title, body: expected.body });
    expect(await outboxRow(sms)).toMatchObject({ status: 'SENT', attempts: 1, last_error: null });
  });

  it('sends every message exactly once when two instances run its job at the same time', async () => {
    const ids = await enqueue(12);
    const senders = [new TestSender({ delayMs: 15 }), new TestSender({ delayMs: 15 })];
    // A job run twice (expired on one instance, picked up on another) races itself.
    const outcomes = await Promise.all(
      senders.map((sender) => Promise.all(ids.map((id) => worker(sender).deliver(id)))),
    );
    expect(outcomes.flat().filter((o) => o === 'SENT')).toHaveLength(12);
    expect(outcomes.flat().filter((o) => o === 'ALREADY_SENT')).toHaveLength(12);
    const handed = senders.flatMap((s) => s.calls.map((c) => c.outboxId)).sort();
    expect(handed).toEqual([...ids].sort());
    const rows = await server.db.query(`SELECT status, attempts FROM outbox_message`);
    expect(rows.every((r: Data) => r.status === 'SENT' && r.attempts === 1)).toBe(true);
    expect(Number((await server.db.query('SELECT count(*) FROM sent_message'))[0].count)).toBe(12);
  });

  it('delivers exactly once after an instance dies holding a message mid-send', async () => {
    const [id] = await enqueue(1);
    // Another instance locked the message and has recorded it, but dies before committing.
    const url = new URL(process.env.GB_TEST_TEMPLATE_URL!);
    url.pathname = `/${server.databaseName}`;
    const doomed = new pg.Client({ connectionString: url.toString() });
    doomed.on('error', () => undefined);
    await doomed.connect();
    const [{ pid }] = (await doomed.query('SELECT pg_backend_pid() AS pid')).rows;
    await doomed.query('BEGIN');
    await doomed.query(`SELECT id FROM outbox_message WHERE id = $1 FOR UPDATE`, [id]);
    await doomed.query(
      `INSERT INTO sent_message (outbox_id, channel, recipient, body, sent_at) VALUES ($1, 'SMS', 'x', 'x', now())`,
      [id],
    );

    // Its job, run again here (pg-boss expired it), waits for the row instead of sending it too.
    const sender = new TestSender();
    const retried = worker(sender).deliver(id);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(sender.calls).toHaveLength(0);

    await server.db.query('SELECT pg_terminate_backend($1)', [pid]);
    await doomed.end().catch(() => undefined);
    expect(await retried).toBe('SENT');
    expect(await worker(sender).deliver(id)).toBe('ALREADY_SENT');
    expect(sender.calls).toHaveLength(1);
    expect(await sentCount(id)).toBe(1);
    expect(await outboxRow(id)).toMatchObject({ status: 'SENT', attempts: 1 });
  });

  it('records a sender failure and fails the job, so that it is tried again; then sends exactly once', async () => {
    const [id] = await enqueue(1);
    const sender = new TestSender({ failTimes: 1 });
    await expect(worker(sender).deliver(id)).rejects.toThrow('SMS gateway timed out');
    expect(await outboxRow(id)).toMatchObject({
      status: 'PENDING',
      attempts: 1,
      last_error: 'SMS gateway timed out',
    });
    expect(await sentCount(id)).toBe(0);
    expect(await worker(sender).deliver(id)).toBe('SENT');
    expect(await outboxRow(id)).toMatchObject({ status: 'SENT', attempts: 2, last_error: null });
    expect(await sentCount(id)).toBe(1);
    expect(sender.calls).toHaveLength(2);
  });

  it('gives a message up as FAILED after OUTBOX_MAX_ATTEMPTS', async () => {
    const [id] = await enqueue(1);
    const sender = new TestSender({ failTimes: 100 });
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt += 1) {
      await expect(worker(sender).deliver(id)).rejects.toThrow('SMS gateway timed out');
      expect(await outboxRow(id)).toMatchObject({
        attempts: attempt,
        status: attempt < MAX_ATTEMPTS ? 'PENDING' : 'FAILED',
      });
    }
    expect(await sentCount(id)).toBe(0);
  });

  it('shows the office what was sent, newest first, filtered by channel and page by page', async () => {
    const ids = [...(await enqueue(3, 'SMS')), ...(await enqueue(2, 'EMAIL'))];
    for (const id of ids) {
      server.clock.advance(1000);
      await worker(new RecordingSender()).deliver(id);
    }
    const SENT = `query ($first: Int, $after: String, $channel: MessageChannel) {
      sentMessages(first: $first, after: $after, channel: $channel) { items { id channel recipient subject body sentAt } nextCursor } }`;
    const seen: Data[] = [];
    let after: string | null = null;
    do {
      const page: Data = (await office.ok(SENT, { first: 2, after, channel: 'SMS' })).sentMessages;
      seen.push(...page.items);
      after = page.nextCursor;
    } while (after);
    expect(seen).toHaveLength(3);
    expect(seen.every((m) => m.channel === 'SMS' && m.subject === null && m.body.includes('已受理'))).toBe(
      true,
    );
    const emails = (await office.ok(SENT, { first: 10, channel: 'EMAIL' })).sentMessages.items;
    expect(emails).toHaveLength(2);
    expect(emails[0].subject).toBe('诉求已受理');
    const all = (await office.ok(SENT, { first: 10 })).sentMessages.items;
    expect(all).toHaveLength(5);
    const times = all.map((m: Data) => Date.parse(m.sentAt));
    expect(times).toEqual([...times].sort((a, b) => b - a));
    const inspector = await server.signedIn('admin', 'INSPECTOR');
    expect(errorCode(await inspector.request(SENT, { first: 1 }))).toBe('FORBIDDEN');
  });
});
