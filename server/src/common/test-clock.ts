import { Logger } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyReply } from 'fastify';
import { ShiftedClock, type Clock } from './clock.js';
import { JobRunner } from './job-runner.service.js';

/** Where a browser test reads and moves the server's clock. */
export const TEST_CLOCK_PATH = '/test/clock';

/** A move of more than a year is a mistake in the test, not a scenario. */
const MAX_MOVE_MS = 366 * 24 * 3600 * 1000;
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;
const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

function refuse(res: FastifyReply, status: number, message: string) {
  return res.code(status).send({ error: message });
}

/** The instant a POST asks for: `{ "to": "<ISO instant>" }` or `{ "by": <milliseconds> }`. */
function target(body: unknown, now: Date): Date | string {
  const { to, by } = (body ?? {}) as { to?: unknown; by?: unknown };
  if ((to === undefined) === (by === undefined))
    return 'give either "to" (an instant) or "by" (milliseconds)';
  if (to !== undefined) {
    if (typeof to !== 'string' || !INSTANT.test(to) || Number.isNaN(Date.parse(to))) {
      return '"to" must be a date and time with its offset, e.g. 2026-06-15T10:00:00+08:00';
    }
    const at = new Date(to);
    if (at.getTime() < now.getTime())
      return `"to" is before the clock's now (${now.toISOString()}): it only moves forward`;
    if (at.getTime() - now.getTime() > MAX_MOVE_MS) return '"to" is more than a year ahead';
    return at;
  }
  if (typeof by !== 'number' || !Number.isInteger(by) || by < 0 || by > MAX_MOVE_MS) {
    return '"by" must be a whole number of milliseconds from 0 to a year';
  }
  return new Date(now.getTime() + by);
}

/**
 * The browser tests' handle on time (docs/architecture.md, "A clock the browser tests move"),
 * registered only when `TEST_CLOCK_START` is set — which `loadEnv` refuses in production:
 *
 * - `GET /test/clock` answers `{ now }`;
 * - `POST /test/clock` with `{ "to": instant }` or `{ "by": milliseconds }` moves the clock
 *   forward, then enqueues every scheduled job that is due by the new time (`JobRunner.enqueueDue`,
 *   what the minute's tick would do up to a minute later), so the warnings job scans at once.
 *
 * Why a plain HTTP route and not a GraphQL mutation: the API schemas stay the same in every
 * configuration (they are committed and checked, and a test-only operation would be in
 * introspection, the permission table and the authorization matrix), and no role of the product
 * gets a power over time that a stolen session could use. The route answers only connections from
 * the machine itself (the socket's address, not a forwarded header), and a move only as JSON: a
 * web page elsewhere cannot send a JSON POST across origins without a CORS preflight, which
 * nothing here answers.
 */
export function registerTestClock(app: NestFastifyApplication, clock: Clock): void {
  if (!(clock instanceof ShiftedClock)) throw new Error('TEST_CLOCK_START needs the shifted clock');
  const logger = new Logger('TestClock');
  logger.warn(
    `TEST_CLOCK_START: the clock starts at ${clock.now().toISOString()} and ${TEST_CLOCK_PATH} moves it (browser tests only)`,
  );
  // Any method, so that a wrong one is told which are served (405) rather than not found.
  app
    .getHttpAdapter()
    .getInstance()
    .route({
      method: ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE'],
      url: TEST_CLOCK_PATH,
      handler: async (req, res) => {
        if (!LOOPBACK.has(req.socket.remoteAddress ?? '')) {
          return refuse(res, 403, 'the test clock answers only this machine');
        }
        res.header('cache-control', 'no-store');
        if (req.method === 'GET' || req.method === 'HEAD') return { now: clock.now().toISOString() };
        if (req.method !== 'POST') {
          res.header('allow', 'GET, POST');
          return refuse(res, 405, 'GET reads the clock, POST moves it');
        }
        // Fastify itself refuses a body it cannot parse (415); a JSON body is the only one it reads.
        if (!/^application\/json\b/.test(req.headers['content-type'] ?? '')) {
          return refuse(res, 415, 'send the move as application/json');
        }
        const at = target(req.body, clock.now());
        if (typeof at === 'string') return refuse(res, 400, at);
        clock.moveTo(at);
        logger.log(`moved to ${at.toISOString()}`);
        const due = await app.get(JobRunner).enqueueDue();
        return { now: clock.now().toISOString(), enqueued: due.map((run) => run.name) };
      },
    });
}
