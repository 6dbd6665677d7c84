import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createApp } from '../src/app.js';
import { ShiftedClock } from '../src/common/clock.js';
import { JobRunner } from '../src/common/job-runner.service.js';
import { loadEnv } from '../src/config/env.js';
import { startTestServer, type TestServer } from './harness.js';

/*
 * The browser tests' clock (docs/architecture.md, "A clock the browser tests move"): a server
 * started with TEST_CLOCK_START runs a clock that starts there and runs on, and answers
 * /test/clock, which moves it forward and enqueues the scheduled jobs then due.
 */

const START = '2026-06-15T10:00:00+08:00';
const DAY = 24 * 3600 * 1000;

let server: TestServer;
let shifted: NestFastifyApplication;
let url: string;

beforeAll(async () => {
  // The harness's server gives the database (with the demo district) and is a server without the
  // test clock. Its job runner stops: the jobs a move enqueues must run on the shifted server.
  server = await startTestServer();
  await server.app.get(JobRunner).beforeApplicationShutdown();
  const databaseUrl = new URL(process.env.GB_TEST_TEMPLATE_URL!);
  databaseUrl.pathname = `/${server.databaseName}`;
  const env = loadEnv({
    NODE_ENV: 'test',
    LOG_LEVEL: 'error',
    JOB_POLL_SECONDS: '0.5',
    DATABASE_URL: databaseUrl.toString(),
    TEST_CLOCK_START: START,
  });
  shifted = await createApp(env, databaseUrl.toString(), new ShiftedClock(env.TEST_CLOCK_START!));
  await shifted.listen(0, '127.0.0.1');
  url = `${(await shifted.getUrl()).replace('[::1]', '127.0.0.1')}/test/clock`;
});
afterAll(async () => {
  await shifted?.close();
  await server?.close();
});

const read = async () => new Date(((await (await fetch(url)).json()) as { now: string }).now);
const move = (body: unknown, contentType = 'application/json') =>
  fetch(url, {
    method: 'POST',
    headers: { 'content-type': contentType },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });

describe('TEST_CLOCK_START', () => {
  it('is refused in production, and must be an instant with its offset', () => {
    const key = 'k'.repeat(40);
    expect(() => loadEnv({ NODE_ENV: 'production', AUDIT_HMAC_KEY: key, TEST_CLOCK_START: START })).toThrow(
      /TEST_CLOCK_START is for browser tests/,
    );
    for (const bad of ['2026-06-15T10:00:00', '2026-06-15', 'tomorrow', '2026-02-30T10:00:00+08:00']) {
      expect(() => loadEnv({ TEST_CLOCK_START: bad })).toThrow(/TEST_CLOCK_START/);
    }
    expect(loadEnv({ TEST_CLOCK_START: START }).TEST_CLOCK_START).toBe(START);
  });

  it('starts the clock at the instant given, and lets it run on', async () => {
    const first = await read();
    expect(first.getTime()).toBeGreaterThanOrEqual(Date.parse(START));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect((await read()).getTime()).toBeGreaterThan(first.getTime());
  });

  it('does not exist on a server started without it', async () => {
    const response = await fetch(`${server.url}/test/clock`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ by: DAY }),
    });
    expect(response.status).toBe(404);
  });
});

describe('/test/clock', () => {
  it('moves the clock forward and runs the scheduled jobs due by then: the warnings job scans at once', async () => {
    const before = await read();
    const response = await move({ by: 2 * DAY });
    expect(response.status).toBe(200);
    const answer = (await response.json()) as { now: string; enqueued: string[] };
    expect(Date.parse(answer.now)).toBeGreaterThanOrEqual(before.getTime() + 2 * DAY);
    expect(answer.enqueued).toEqual(expect.arrayContaining(['supervision-scan', 'seal-audit']));
    expect((await read()).getTime()).toBeGreaterThanOrEqual(Date.parse(answer.now));
    // Two days on, demo steps due at the start have turned red: the scan ran by the new time.
    let raised = 0;
    for (let i = 0; raised === 0 && i < 100; i += 1) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      [{ raised }] = await server.db.query(
        `SELECT count(*)::int AS raised FROM supervision_item WHERE raised_at >= $1`,
        [answer.now],
      );
    }
    expect(raised).toBeGreaterThan(0);

    const to = new Date(Date.parse(answer.now) + DAY);
    const exact = (await (await move({ to: to.toISOString() })).json()) as { now: string };
    expect(Date.parse(exact.now)).toBeGreaterThanOrEqual(to.getTime());
  });

  it('never moves back, and refuses what it cannot read, naming what is wrong', async () => {
    const now = await read();
    const refusals: [unknown, number, RegExp][] = [
      [{ to: new Date(now.getTime() - DAY).toISOString() }, 400, /only moves forward/],
      [{ by: -1 }, 400, /"by"/],
      [{ by: 400 * DAY }, 400, /"by"/],
      [{ to: '2026-06-15T10:00:00' }, 400, /offset/],
      [{}, 400, /either/],
      [{ to: now.toISOString(), by: 1 }, 400, /either/],
    ];
    for (const [body, status, message] of refusals) {
      const response = await move(body);
      expect([body, response.status]).toEqual([body, status]);
      expect(((await response.json()) as { error: string }).error).toMatch(message);
    }
    // Only as JSON: a form posted from a page elsewhere is refused.
    expect((await move('by=86400000', 'application/x-www-form-urlencoded')).status).toBe(415);
    expect((await fetch(url, { method: 'PUT' })).status).toBe(405);
    expect((await read()).getTime() - now.getTime()).toBeLessThan(60_000);
  });
});

describe('ShiftedClock', () => {
  it('moves forward only', () => {
    const clock = new ShiftedClock(START);
    const later = new Date(Date.parse(START) + DAY);
    clock.moveTo(later);
    expect(clock.now().getTime()).toBeGreaterThanOrEqual(later.getTime());
    expect(() => clock.moveTo(new Date(START))).toThrow(RangeError);
  });
});
