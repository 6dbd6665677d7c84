import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import pg from 'pg';
import { DESKTOP, expectAccessible, launchBrowser, newPage, PHONE, screenshot, signIn } from './browser.js';

let browser: Browser;
let closeBrowser: () => Promise<void>;
let db: pg.Client;
beforeAll(async () => {
  ({ browser, close: closeBrowser } = await launchBrowser());
  db = new pg.Client({ connectionString: inject('databaseUrl') });
  await db.connect();
});
afterAll(async () => {
  await db.end();
  await closeBrowser();
});

const field = (page: Page, testId: string) =>
  page.locator(`input[data-testid="${testId}"], [data-testid="${testId}"] input`).first();

/** Element Plus confirmations: press the dialog's primary button when one opens. */
async function confirmIfAsked(page: Page) {
  const confirm = page.locator('.el-message-box__btns .el-button--primary');
  if (await confirm.isVisible({ timeout: 2000 }).catch(() => false)) await confirm.click();
}

describe('organisation directory in the browser', () => {
  it('an enterprise registers on the portal, the office verifies it, and the enterprise edits its contact', async () => {
    const {
      rows: [enterprise],
    } = await db.query(
      "SELECT id, name, credit_code FROM enterprise WHERE status = 'ACTIVE' AND credit_code <> '91410108MA3X7K2P0E' ORDER BY name LIMIT 1",
    );
    const mobile = '15800001234';
    const password = 'Register#2026';

    const portal = await newPage(browser, PHONE);
    await portal.page.goto('/register');
    await field(portal.page, 'register-credit-code').fill(enterprise.credit_code);
    await field(portal.page, 'register-enterprise-name').fill(enterprise.name);
    await field(portal.page, 'register-name').fill('测试员');
    await field(portal.page, 'register-mobile').fill(mobile);
    await field(portal.page, 'register-password').fill(password);
    await field(portal.page, 'register-confirm').fill(password);
    await expectAccessible(portal.page);
    await portal.page.getByTestId('register-submit').click();
    await expect.poll(() => portal.page.getByTestId('register-done').isVisible()).toBe(true);

    const admin = await newPage(browser, DESKTOP);
    await signIn(admin.page, '/admin/sign-in', 'office');
    await expect.poll(() => admin.page.getByTestId('viewer-name').isVisible()).toBe(true);
    await admin.page.goto('/admin/enterprise-claims');
    const approve = admin.page.locator(`[data-testid="claim-approve"][data-claim-mobile="${mobile}"]`);
    await expect.poll(() => approve.isVisible()).toBe(true);
    await expectAccessible(admin.page);
    await approve.click();
    await confirmIfAsked(admin.page);
    await expect
      .poll(
        async () =>
          (
            await db.query(
              'SELECT status FROM enterprise_claim c JOIN app_user u ON u.id = c.user_id WHERE u.mobile = $1',
              [mobile],
            )
          ).rows[0]?.status,
      )
      .toBe('APPROVED');

    await signIn(portal.page, '/sign-in', mobile, password);
    await expect.poll(() => portal.page.getByTestId('viewer-name').isVisible()).toBe(true);
    await portal.page.goto('/enterprise');
    await expect.poll(() => field(portal.page, 'enterprise-contact-name').isVisible()).toBe(true);
    await field(portal.page, 'enterprise-contact-name').fill('新联系人');
    await field(portal.page, 'enterprise-contact-phone').fill('13688886666');
    await portal.page.getByTestId('enterprise-save').click();
    await expect
      .poll(
        async () =>
          (
            await db.query('SELECT contact_name, contact_phone FROM enterprise WHERE id = $1', [
              enterprise.id,
            ])
          ).rows[0],
      )
      .toEqual({ contact_name: '新联系人', contact_phone: '13688886666' });
    await expectAccessible(portal.page);
    await screenshot(portal.page, 'portal-enterprise-profile');
    await portal.context.close();

    await admin.page.goto('/admin/enterprises');
    await expect.poll(() => admin.page.getByTestId('enterprise-table').textContent()).toContain('有限公司');
    await expectAccessible(admin.page);
    await screenshot(admin.page, 'admin-enterprises');

    // The import template round trip: its sample row names the demo enterprise, so it is reported.
    await admin.page.getByTestId('enterprise-import').click();
    const [download] = await Promise.all([
      admin.page.waitForEvent('download'),
      admin.page.getByTestId('enterprise-import-template').click(),
    ]);
    await admin.page.getByTestId('enterprise-import-file').setInputFiles((await download.path())!);
    await admin.page.getByTestId('enterprise-import-submit').click();
    await expect
      .poll(() => admin.page.getByTestId('enterprise-import-report').textContent())
      .toMatch(/已导入 0 条[\s\S]*2[\s\S]*统一社会信用代码已被使用/);
    await expectAccessible(admin.page);
    await admin.context.close();
  });

  it('the office exports the filtered directory in the background and the browser downloads it', async () => {
    const { context, page } = await newPage(browser, DESKTOP);
    await signIn(page, '/admin/sign-in', 'office');
    await expect.poll(() => page.getByTestId('viewer-name').isVisible(), { timeout: 10_000 }).toBe(true);
    await page.goto('/admin/enterprises');
    await field(page, 'enterprise-keyword').fill('宏达');
    await expect
      .poll(() => page.getByTestId('enterprise-table').textContent(), { timeout: 10_000 })
      .toContain('宏达');

    // The file arrives over a plain GET with the admin session cookie, once the job has written it.
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 30_000 }),
      page.getByTestId('enterprise-export').click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^企业名录-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const bytes = await readFile((await download.path())!);
    expect(bytes.subarray(0, 2).toString()).toBe('PK');
    const { rows } = await db.query(
      "SELECT status, row_count FROM export_file x JOIN app_user u ON u.id = x.owner_id WHERE u.username = 'office'",
    );
    expect(rows).toEqual([{ status: 'READY', row_count: expect.any(Number) }]);
    expect(rows[0].row_count).toBeGreaterThan(0);
    await expectAccessible(page);
    await context.close();
  });

  it('the administrator builds a grid node and a user', async () => {
    const { context, page } = await newPage(browser, DESKTOP);
    await signIn(page, '/admin/sign-in', 'admin');
    await expect.poll(() => page.getByTestId('viewer-name').isVisible()).toBe(true);

    await page.goto('/admin/grids');
    await expect.poll(() => page.getByTestId('grid-tree').textContent()).toContain('新城街道');
    await page.getByTestId('grid-add-root').click();
    await field(page, 'grid-form-name').fill('浏览器测试街道');
    await field(page, 'grid-form-code').fill('E2E01');
    await page.getByTestId('grid-form-submit').click();
    await expect.poll(() => page.getByTestId('grid-tree').textContent()).toContain('浏览器测试街道');
    expect((await db.query("SELECT level FROM grid WHERE code = 'E2E01'")).rows).toEqual([{ level: 1 }]);
    await expectAccessible(page);
    await screenshot(page, 'admin-grids');

    await page.goto('/admin/users');
    await expect.poll(() => page.getByTestId('user-table').isVisible()).toBe(true);
    await page.getByTestId('user-create').click();
    await field(page, 'user-form-username').fill('e2e-inspector');
    await field(page, 'user-form-name').fill('浏览器巡查员');
    await field(page, 'user-form-mobile').fill('15900009999');
    await page.getByTestId('user-form-roles').click();
    await page.locator('.el-select-dropdown__item', { hasText: '巡查员' }).first().click();
    await page.keyboard.press('Escape');
    await field(page, 'user-form-password').fill('Initial#2026');
    await page.getByTestId('user-form-submit').click();
    await expect
      .poll(
        async () =>
          (
            await db.query(
              "SELECT roles, must_change_password FROM app_user WHERE username = 'e2e-inspector'",
            )
          ).rows[0],
      )
      .toEqual({ roles: ['INSPECTOR'], must_change_password: true });
    await context.close();
  });
});
