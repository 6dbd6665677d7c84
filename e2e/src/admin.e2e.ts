import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import {
  answerCaptchas,
  DEMO_PASSWORD,
  DESKTOP,
  expectAccessible,
  fill,
  graphql,
  launchBrowser,
  newPage,
  screenshot,
  signIn,
} from './browser.js';

let browser: Browser;
let closeBrowser: () => Promise<void>;
beforeAll(async () => {
  ({ browser, close: closeBrowser } = await launchBrowser());
});
afterAll(() => closeBrowser());

/** The account the lockout test locks. */
const LOCKED = 'lockout-check';

const STAFF = [
  ['office', '张专员'],
  ['officelead', '赵主任'],
  ['dept', '刘承办'],
  ['deptlead', '陈局长'],
  ['inspector', '周巡查'],
  ['admin', '系统管理员'],
  ['auditor', '审计员'],
] as const;

describe('admin app on a desktop', () => {
  it('shows an accessible sign-in page', async () => {
    const { context, page } = await newPage(browser, DESKTOP);
    await page.goto('/admin/');
    await expect.poll(() => page.getByTestId('login-submit').isVisible()).toBe(true);
    await expectAccessible(page);
    await screenshot(page, 'admin-sign-in');
    await context.close();
  });

  it.each(STAFF)('signs %s in to their first page and out again', async (username, name) => {
    const { context, page } = await newPage(browser, DESKTOP);
    await signIn(page, '/admin/sign-in', username);
    await expect.poll(() => page.getByTestId('user-menu').textContent()).toContain(name);
    if (username === 'officelead') {
      // The office leader's view opens on the dashboard 数据驾驶舱, the others' on their workbench.
      await expect.poll(() => new URL(page.url()).pathname).toBe('/admin/dashboard');
      // Signed out only once the dashboard has its figures, as the others once their workbench
      // shows: under load the menu opened while the charts were still being drawn once let the
      // sign-out click go nowhere.
      await expect.poll(() => page.getByTestId('kpi-overdue').textContent()).toMatch(/\d/);
    } else {
      await expect.poll(() => page.getByTestId('viewer-name').textContent()).toContain(name);
    }
    if (username === 'office') {
      await expectAccessible(page);
      await screenshot(page, 'admin-workbench');
    }
    await page.getByTestId('user-menu').click();
    await page.getByTestId('logout').click();
    await expect.poll(() => page.getByTestId('login-submit').isVisible()).toBe(true);
    await context.close();
  });

  it('lets the auditor read the audit log and check its chain', async () => {
    const { context, page } = await newPage(browser, DESKTOP);
    await signIn(page, '/admin/sign-in', 'auditor');
    await expect.poll(() => page.getByTestId('viewer-name').isVisible()).toBe(true);
    await page.goto('/admin/audit-log');
    // Readable names, not codes: the auditor's own sign-in reads 登录 (Signed in).
    await expect.poll(() => page.getByTestId('audit-table').textContent()).toMatch(/登录|Signed in/);
    await page.getByTestId('verify-chain').click();
    await expect.poll(() => page.getByTestId('chain-status').textContent()).toMatch(/完整|intact/i);
    await expect
      .poll(() => page.getByTestId('chain-checked-at').textContent())
      .toMatch(/北京时间|Beijing time/);
    await expectAccessible(page);
    await screenshot(page, 'admin-audit-log');
    await context.close();
  });

  it('sends enterprise users to the portal', async () => {
    const { context, page } = await newPage(browser, DESKTOP);
    await signIn(page, '/admin/sign-in', 'enterprise');
    await expect.poll(() => page.getByText('企业用户和网格长请在门户登录').first().isVisible()).toBe(true);
    await context.close();
  });

  it('switches the language to English', async () => {
    const { context, page } = await newPage(browser, DESKTOP);
    await page.goto('/admin/sign-in');
    await page.getByTestId('locale-switch').click();
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('en');
    await context.close();
  });

  it('asks for a picture code after three wrong passwords, tells the attempts left, and locks after five', async () => {
    // An account of its own: a lock lasts 15 minutes, and the inspections story signs the
    // inspector in, whichever of the two runs first.
    const desk = await newPage(browser, DESKTOP);
    await signIn(desk.page, '/admin/sign-in', 'admin');
    await expect.poll(() => desk.page.getByTestId('user-menu').isVisible()).toBe(true);
    await graphql(
      desk.context,
      'admin',
      'mutation ($input: NewUserInput!) { createUser(input: $input) { id } }',
      {
        input: { username: LOCKED, displayName: '锁定测试员', password: DEMO_PASSWORD, roles: ['INSPECTOR'] },
      },
    );
    await desk.context.close();

    const { context, page } = await newPage(browser, DESKTOP);
    const alert = page.locator('.el-alert--error');
    for (const left of [4, 3, 2]) {
      await signIn(page, '/admin/sign-in', LOCKED, 'Wrong#Pass1');
      await expect.poll(() => alert.textContent()).toContain(`还可尝试 ${left} 次`);
    }
    const picture = page.getByTestId('login-captcha-refresh').locator('img');
    await expect.poll(() => picture.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
    await expectAccessible(page);
    await screenshot(page, 'admin-sign-in-captcha');
    // The fourth and the fifth wrong password, each with a solved picture code.
    for (const expected of ['还可尝试 1 次', '账号已锁定']) {
      await fill(page, 'login-captcha', await answerCaptchas());
      await page.getByTestId('login-submit').click();
      await expect.poll(() => alert.textContent()).toContain(expected);
    }
    await signIn(page, '/admin/sign-in', LOCKED);
    await expect.poll(() => alert.textContent()).toContain('账号已锁定');
    await screenshot(page, 'admin-locked');
    await context.close();
  });
});
