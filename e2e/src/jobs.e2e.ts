import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { DESKTOP, expectAccessible, launchBrowser, newPage, screenshot, signIn } from './browser.js';

let browser: Browser;
let closeBrowser: () => Promise<void>;
beforeAll(async () => {
  ({ browser, close: closeBrowser } = await launchBrowser());
});
afterAll(() => closeBrowser());

describe('background jobs in the admin app', () => {
  it('the administrator opens 后台任务 and sees each queue with its schedule', async () => {
    const { context, page } = await newPage(browser, DESKTOP);
    const problems: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(message.text());
    });
    page.on('pageerror', (error) => problems.push(error.message));

    await signIn(page, '/admin/sign-in', 'admin');
    // Sign-in hashes the password and the page loads on demand: allow for a busy machine.
    await expect.poll(() => page.getByTestId('viewer-name').isVisible(), { timeout: 20_000 }).toBe(true);
    await page.getByTestId('menu-background-jobs').click();
    await expect.poll(() => page.getByTestId('job-queue').count(), { timeout: 20_000 }).toBe(8);

    const schedule = (queue: string) =>
      page
        .locator(`[data-testid="job-queue"][data-queue="${queue}"] [data-testid="job-schedule"]`)
        .textContent();
    expect(await schedule('deliver-message')).toContain('随业务触发');
    expect(await schedule('purge-uploads')).toContain('每小时第 17 分');
    expect(await schedule('auto-close')).toContain('每 5 分钟');
    expect(await schedule('seal-audit')).toContain('每分钟');
    const titles = (await page.locator('[data-testid="job-queue"] h2').allTextContents()).join(' ');
    for (const title of ['短信/邮件发送', '清理未提交的附件', '逾期未评价自动办结', '审计日志封链'])
      expect(titles).toContain(title);

    await expectAccessible(page);
    await screenshot(page, 'admin-background-jobs');
    expect(problems).toEqual([]);
    await context.close();
  });
});
