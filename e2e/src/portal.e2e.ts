import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import {
  answerCaptchas,
  DEMO_PASSWORD,
  expectAccessible,
  fill,
  launchBrowser,
  newPage,
  PHONE,
  screenshot,
  signIn,
} from './browser.js';

let browser: Browser;
let closeBrowser: () => Promise<void>;
beforeAll(async () => {
  ({ browser, close: closeBrowser } = await launchBrowser());
});
afterAll(() => closeBrowser());

describe('portal on a phone', () => {
  it('shows the public home in Chinese, accessible, and switches to English', async () => {
    const { context, page } = await newPage(browser, PHONE);
    await page.goto('/');
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('zh-CN');
    await expect.poll(() => page.getByText('网格连心桥').first().isVisible()).toBe(true);
    await expectAccessible(page);
    await screenshot(page, 'portal-home-anonymous');
    await page.getByTestId('locale-switch').click();
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('en');
    await context.close();
  });

  it('gets its files precompressed and long-cached, and its service worker keeps them for offline use', async () => {
    const { context, page } = await newPage(browser, PHONE);
    const assets: { path: string; encoding?: string; cache?: string }[] = [];
    page.on('response', (response) => {
      const { pathname } = new URL(response.url());
      if (!/^\/assets\/.+\.(?:js|css)$/.test(pathname) || response.fromServiceWorker()) return;
      const headers = response.headers();
      assets.push({ path: pathname, encoding: headers['content-encoding'], cache: headers['cache-control'] });
    });
    const home = await page.goto('/');
    expect(home?.headers()['cache-control']).toBe('no-cache');
    expect(home?.headers()['content-encoding']).toBe('br');
    await expect.poll(() => page.getByText('网格连心桥').first().isVisible()).toBe(true);
    // The first load is three files: the entry, the framework and one stylesheet (docs/performance.md).
    expect(assets.length).toBeGreaterThanOrEqual(3);
    for (const asset of assets) {
      expect(asset).toEqual({ ...asset, encoding: 'br', cache: 'public, max-age=31536000, immutable' });
    }

    // Once the worker runs, a visit puts the page and its files in its cache, decoded.
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    await page.reload();
    await expect.poll(() => page.getByText('网格连心桥').first().isVisible()).toBe(true);
    const cached = async () =>
      page.evaluate(async () => {
        const cache = await caches.open('gridbridge-portal-v2');
        const keys = (await cache.keys()).map((request) => new URL(request.url).pathname);
        const shell = await (await cache.match('/'))?.text();
        return { keys, shell: shell?.includes('<div id="app"></div>') };
      });
    await expect.poll(async () => (await cached()).shell).toBe(true);
    await expect
      .poll(async () => (await cached()).keys.filter((key) => key.startsWith('/assets/')).length)
      .toBeGreaterThan(3);
    await context.close();
  });

  it.each([
    ['enterprise', '王经理'],
    ['13800000002', '李网格'],
  ])('signs %s in and out', async (identifier, name) => {
    const { context, page } = await newPage(browser, PHONE);
    await signIn(page, '/sign-in', identifier);
    await expect.poll(() => page.getByTestId('viewer-name').textContent()).toContain(name);
    await expectAccessible(page);
    await screenshot(page, `portal-home-${identifier}`);
    await page.goto('/mine');
    await page.getByTestId('logout').click();
    await expect.poll(() => page.getByTestId('viewer-name').count()).toBe(0);
    await context.close();
  });

  it('sends staff to the admin app', async () => {
    const { context, page } = await newPage(browser, PHONE);
    await signIn(page, '/sign-in', 'office');
    await expect
      .poll(() => page.getByTestId('login-error').textContent())
      .toContain('工作人员请在管理端登录');
    await expect.poll(() => page.locator('a[href="/admin/"]').count()).toBeGreaterThan(0);
    await context.close();
  });

  it('asks for a picture code after three wrong passwords and says how many attempts are left', async () => {
    const { context, page } = await newPage(browser, PHONE);
    for (const left of [4, 3, 2]) {
      await signIn(page, '/sign-in', 'enterprise2', 'Wrong#Pass1');
      await expect.poll(() => page.getByTestId('login-error').textContent()).toContain(`还可尝试 ${left} 次`);
    }
    const picture = page.getByTestId('login-captcha-refresh').locator('img');
    await expect.poll(() => picture.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
    await expectAccessible(page);
    await screenshot(page, 'portal-sign-in-captcha');
    // A tap on the picture draws another.
    const first = await picture.getAttribute('src');
    await page.getByTestId('login-captcha-refresh').click();
    await expect.poll(() => picture.getAttribute('src')).not.toBe(first);
    // Without the picture's characters even the right password is refused; with them it works.
    await fill(page, 'login-password', DEMO_PASSWORD);
    await page.getByTestId('login-submit').click();
    await expect.poll(() => page.getByText('请输入图形验证码', { exact: true }).isVisible()).toBe(true);
    await fill(page, 'login-captcha', await answerCaptchas());
    await page.getByTestId('login-submit').click();
    await expect.poll(() => page.getByTestId('viewer-name').textContent()).toContain('孙会计');
    await context.close();
  });
});
