import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { AxeBuilder } from '@axe-core/playwright';
import pg from 'pg';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { expect, inject } from 'vitest';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const ARTIFACTS = fileURLToPath(new URL('../test-results/', import.meta.url));
export const DEMO_PASSWORD = 'Demo@2026';

/** Debian's Chromium, headless, with no background traffic (docs/architecture.md#browser-tests); Playwright gives it a fresh profile. */
export async function launchBrowser(): Promise<{ browser: Browser; close(): Promise<void> }> {
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  return {
    browser,
    close: () => browser.close(),
  };
}

export const PHONE = {
  viewport: { width: 390, height: 844 },
  isMobile: true,
  hasTouch: true,
  deviceScaleFactor: 2,
};
export const DESKTOP = { viewport: { width: 1440, height: 900 } };

/** What the pages of the running test did that they must not: console errors, requests off the site. */
const strayEvents: string[] = [];

/** Empties the list of stray events and fails the test if it held any (setup.ts, after each test). */
export function expectNoStrayEvents(): void {
  const events = strayEvents.splice(0);
  expect(events, 'console errors and requests outside the product').toEqual([]);
}

/**
 * Records every console error, uncaught page error and request (HTTP or websocket) that leaves
 * the product's origin, on every page of the context: the product loads nothing from elsewhere.
 */
function watch(context: BrowserContext, baseUrl: string): void {
  const site = new URL(baseUrl).host;
  const offSite = (url: string) => {
    const { protocol, host } = new URL(url);
    if (protocol === 'data:' || protocol === 'blob:') return false;
    return host !== site;
  };
  context.on('console', (message) => {
    if (message.type() === 'error') {
      strayEvents.push(`console error on ${message.page()?.url() ?? '?'}: ${message.text()}`);
    }
  });
  context.on('weberror', (error) => strayEvents.push(`page error: ${error.error().message}`));
  context.on('request', (request) => {
    if (!offSite(request.url())) return;
    let from = 'a worker';
    try {
      from = request.frame().page().url();
    } catch {
      // A service worker's request has no frame.
    }
    strayEvents.push(`request to ${request.url()} from ${from}`);
  });
  // The console says only "the server responded with a status of 400": keep what was asked and
  // what the server answered, so that a failing story says which request and why.
  context.on('response', (response) => {
    if (response.status() < 400 || offSite(response.url())) return;
    const request = response.request();
    const asked = (request.postData() ?? '').replace(/\s+/g, ' ').slice(0, 160);
    void response.text().then(
      (body) =>
        strayEvents.push(
          `HTTP ${response.status()} for ${request.method()} ${new URL(response.url()).pathname} ${asked} → ${body.slice(0, 300)}`,
        ),
      () => undefined,
    );
  });
  context.on('page', (page) =>
    page.on('websocket', (socket) => {
      if (offSite(socket.url())) strayEvents.push(`websocket to ${socket.url()} from ${page.url()}`);
    }),
  );
}

export async function newPage(
  browser: Browser,
  device: typeof PHONE | typeof DESKTOP,
): Promise<{ context: BrowserContext; page: Page }> {
  const baseUrl = inject('baseUrl');
  const context = await browser.newContext({ ...device, baseURL: baseUrl, locale: 'zh-CN' });
  watch(context, baseUrl);
  // Once a story has moved the server's clock on (supervision.e2e.ts), the browsers of the stories
  // after it run on the server's time: the apps' date pickers and default times (a contact's time,
  // a period's end) read the browser's clock, and the server refuses times it has not reached.
  const now = await serverNow();
  if (Math.abs(now.getTime() - Date.now()) > 60_000) await context.clock.install({ time: now });
  return { context, page: await context.newPage() };
}

export async function screenshot(page: Page, name: string): Promise<void> {
  await mkdir(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`), fullPage: true });
}

/** Fails on any serious or critical accessibility violation, listing them. */
export async function expectAccessible(page: Page): Promise<void> {
  // Scan the settled page, not a loading overlay on its way out.
  await expect.poll(() => page.locator('.el-loading-mask:visible, .van-loading:visible').count()).toBe(0);
  // Nor a dialog or tag mid-fade: axe measures contrast through a half-transparent overlay and
  // reports text that is fine once the transition ends. Endless animations (spinners) never end.
  // A Vue <Transition> holds its `-enter-from` class for a frame before the CSS transition starts,
  // so an element can be transparent with no animation running yet: wait for its classes to go.
  await page.waitForFunction(
    () =>
      document.querySelector('[class*="-enter-active"], [class*="-leave-active"]') === null &&
      document
        .getAnimations()
        .every((a) => a.playState !== 'running' || a.effect?.getTiming().iterations === Infinity),
  );
  await expectIconsDrawn(page);
  const results = await new AxeBuilder({ page }).analyze();
  const severe = results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) =>
        `${violation.id}: ${violation.help} (${violation.nodes.map((n) => n.target.join(' ')).join(', ')})`,
    );
  expect(severe).toEqual([]);
}

/**
 * Fails if an icon on the page draws nothing. The portal's build cuts Vant's icon font down to the
 * icons its code names (portal/vant-icon-font.ts); an icon it missed would still get the font,
 * whose glyph for it is then the empty "missing" glyph. So each icon's character is drawn with the
 * served font on a canvas and must leave some ink.
 */
async function expectIconsDrawn(page: Page): Promise<void> {
  const blank = await page.evaluate(async () => {
    const canvas = document.createElement('canvas');
    canvas.width = canvas.height = 40;
    const context = canvas.getContext('2d', { willReadFrequently: true });
    if (!context) return ['(no canvas)'];
    const names: string[] = [];
    for (const icon of Array.from(document.querySelectorAll<HTMLElement>('[class*="van-icon-"]'))) {
      const name = /\bvan-icon-([a-z0-9-]+)/.exec(icon.className)?.[1];
      const { content, fontFamily } = getComputedStyle(icon, '::before');
      if (!name || !content.startsWith('"')) continue;
      const character = JSON.parse(content) as string;
      await document.fonts.load(`32px ${fontFamily}`, character);
      context.clearRect(0, 0, 40, 40);
      context.font = `32px ${fontFamily}`;
      context.fillText(character, 4, 34);
      const pixels = context.getImageData(0, 0, 40, 40).data;
      if (!pixels.some((value, index) => index % 4 === 3 && value > 0)) names.push(name);
    }
    return names;
  });
  expect(blank, 'icons that draw nothing with the served icon font').toEqual([]);
}

/** Fills an input found by its test id, on the input itself (portal) or on its wrapper (Element Plus). */
export async function fill(page: Page, testId: string, value: string): Promise<void> {
  await page
    .getByTestId(testId)
    .locator('input')
    .or(page.locator(`input[data-testid="${testId}"]`))
    .first()
    .fill(value);
}

export async function signIn(
  page: Page,
  path: '/sign-in' | '/admin/sign-in',
  identifier: string,
  password = DEMO_PASSWORD,
) {
  await page.goto(path);
  await fill(page, 'login-identifier', identifier);
  await fill(page, 'login-password', password);
  await page.getByTestId('login-submit').click();
}

/**
 * Gives every picture code (图形验证码) the server holds the answer this returns. A test cannot read
 * the picture, so it stores the hash of a known answer as the server would (captcha.service.ts).
 */
export async function answerCaptchas(): Promise<string> {
  const answer = 'E2E4';
  const db = new pg.Client({ connectionString: inject('databaseUrl') });
  await db.connect();
  try {
    await db.query(
      `UPDATE captcha SET answer_hash = encode(sha256(convert_to(id::text || ':' || $1, 'UTF8')), 'hex')`,
      [answer],
    );
  } finally {
    await db.end();
  }
  return answer;
}

/**
 * Sends one GraphQL operation as the user signed in to `context` (the session cookie of its pages)
 * and answers its data, failing on any error. For steps a story drives through the API rather than
 * a screen; the other actors still see the result live in their browsers.
 */
export async function graphql<T = Record<string, unknown>>(
  context: BrowserContext,
  api: 'admin' | 'portal',
  query: string,
  variables: Record<string, unknown> = {},
): Promise<T> {
  const response = await context.request.post(`/graphql/${api}`, {
    data: { query, variables },
    headers: { 'accept-language': 'zh-CN' },
  });
  const body = (await response.json()) as { data?: T; errors?: { message: string }[] };
  expect(body.errors ?? [], `${query.trim().split('\n')[0]} answered errors`).toEqual([]);
  return body.data as T;
}

/** The product server's clock now (`GET /test/clock`, docs/architecture.md#a-clock-the-browser-tests-move). */
export async function serverNow(): Promise<Date> {
  const response = await fetch(`${inject('baseUrl')}/test/clock`);
  expect(response.status, 'GET /test/clock').toBe(200);
  return new Date(((await response.json()) as { now: string }).now);
}

/**
 * Moves the product server's clock forward to `to` (`POST /test/clock`), which also enqueues the
 * scheduled jobs due by then (the warnings job among them), and sets the clock of every browser
 * context given to the server's: the apps' date pickers and period presets read the browser's.
 * Answers the server's new now.
 */
export async function moveServerClock(to: Date, contexts: BrowserContext[] = []): Promise<Date> {
  const response = await fetch(`${inject('baseUrl')}/test/clock`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ to: to.toISOString() }),
  });
  const body = (await response.json()) as { now?: string; error?: string };
  expect(body.error, 'POST /test/clock').toBeUndefined();
  const now = new Date(body.now!);
  for (const context of contexts) await context.clock.setSystemTime(now);
  return now;
}

/**
 * A browser context whose clock runs from the server's now instead of the machine's (Playwright's
 * clock, installed before any page loads; time flows on by itself), for a story that moves the
 * server's clock with {@link moveServerClock}.
 */
export async function newPageOnServerTime(
  browser: Browser,
  device: typeof PHONE | typeof DESKTOP,
): Promise<{ context: BrowserContext; page: Page }> {
  const baseUrl = inject('baseUrl');
  const context = await browser.newContext({ ...device, baseURL: baseUrl, locale: 'zh-CN' });
  watch(context, baseUrl);
  await context.clock.install({ time: await serverNow() });
  return { context, page: await context.newPage() };
}
