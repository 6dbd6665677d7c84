import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { expectAccessible, launchBrowser, newPage, PHONE, screenshot, signIn } from './browser.js';

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
});
