import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { DESKTOP, expectAccessible, launchBrowser, newPage, PHONE, screenshot, signIn } from './browser.js';

let browser: Browser;
let closeBrowser: () => Promise<void>;
beforeAll(async () => {
  ({ browser, close: closeBrowser } = await launchBrowser());
});
afterAll(() => closeBrowser());

// A 1×1 PNG: enough for the server to recognise an image by its bytes and make a thumbnail.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);

const textarea = (page: Page, testId: string) =>
  page.locator(`textarea[data-testid="${testId}"], [data-testid="${testId}"] textarea`).first();

/** The state the portal's case page shows, e.g. 待补充. */
const portalState = (page: Page) => page.getByTestId('case-state').textContent();
const adminState = (page: Page) => page.getByTestId('case-state').getAttribute('data-state');

describe('a case from the enterprise’s phone to the office and back', () => {
  it('is submitted with an attachment, supplemented on request, accepted — seen live — and tracked anonymously', async () => {
    const title = `仓库消防验收预约排不上 ${Date.now()}`;
    const { context: phoneContext, page: phone } = await newPage(browser, PHONE);
    await signIn(phone, '/sign-in', 'enterprise');
    await expect.poll(() => phone.getByTestId('viewer-name').count()).toBe(1);

    await phone.goto('/cases/new');
    await phone.getByTestId('case-kind-DIFFICULTY').check();
    await phone.getByTestId('case-category').selectOption('APPROVAL');
    await phone.getByTestId('case-title').fill(title);
    await phone.getByTestId('case-content').fill('新建仓库已完工，线上预约消防验收一个月未排上，影响投产。');
    await phone.locator('input[type="file"]').first().setInputFiles({
      name: '现场照片.png',
      mimeType: 'image/png',
      buffer: PNG,
    });
    await expect.poll(() => phone.getByTestId('upload-item').first().textContent()).toContain('已上传');
    await phone.getByTestId('case-consent').check();
    await expectAccessible(phone);
    await screenshot(phone, 'portal-case-new');
    await phone.getByTestId('case-submit').click();

    await expect.poll(() => phone.getByTestId('receipt-tracking-no').textContent()).toMatch(/YH\d{10}/);
    const trackingNo = /YH\d{10}/.exec(
      (await phone.getByTestId('receipt-tracking-no').textContent()) ?? '',
    )![0];
    const queryCode = /[A-Z2-9]{8}/.exec(
      (await phone.getByTestId('receipt-query-code').textContent()) ?? '',
    )![0];
    await phone.getByRole('link', { name: '查看诉求详情' }).click();
    await expect.poll(() => portalState(phone)).toContain('待受理');
    const caseId = /\/cases\/([0-9a-f-]{36})/.exec(phone.url())![1];
    // Marks this page load: if the page reloaded, the mark would be gone.
    await phone.evaluate(() => ((window as unknown as { liveMark: number }).liveMark = 1));

    const { context: deskContext, page: desk } = await newPage(browser, DESKTOP);
    await signIn(desk, '/admin/sign-in', 'office');
    await expect.poll(() => desk.getByTestId('viewer-name').count()).toBe(1);
    await desk.goto(`/admin/cases/${caseId}`);
    await expect.poll(() => adminState(desk)).toBe('SUBMITTED');
    await expect
      .poll(() => desk.getByTestId('case-attachments').first().textContent())
      .toContain('现场照片.png');
    await expectAccessible(desk);
    await screenshot(desk, 'admin-case-submitted');
    await desk.getByTestId('case-action-requestInfo').click();
    await textarea(desk, 'triage-note').fill('请补充消防设计审查意见书。');
    await desk.getByTestId('triage-submit').click();
    await expect.poll(() => adminState(desk)).toBe('NEEDS_INFO');

    // The enterprise's open case page follows without a reload.
    await expect.poll(() => portalState(phone), { timeout: 20_000 }).toContain('待补充');
    await expect
      .poll(() => phone.getByTestId('case-office-request').textContent())
      .toContain('消防设计审查意见书');
    await textarea(phone, 'supplement-content').fill('已上传消防设计审查意见书扫描件。');
    await phone.getByTestId('supplement-submit').click();
    await expect.poll(() => portalState(phone)).toContain('待受理');

    await expect.poll(() => adminState(desk), { timeout: 20_000 }).toBe('SUBMITTED');
    await desk.getByTestId('case-action-accept').click();
    await desk.getByTestId('triage-submit').click();
    await expect.poll(() => adminState(desk)).toBe('ACCEPTED');
    await expect
      .poll(() => desk.getByTestId('case-timeline').textContent())
      .toContain('已上传消防设计审查意见书扫描件');

    await expect.poll(() => portalState(phone), { timeout: 20_000 }).toContain('已受理');
    expect(await phone.evaluate(() => (window as unknown as { liveMark?: number }).liveMark)).toBe(1);
    await screenshot(phone, 'portal-case-accepted');

    const { context: anonymousContext, page: anonymous } = await newPage(browser, PHONE);
    await anonymous.goto('/track');
    await anonymous.getByLabel('诉求编号').fill(trackingNo);
    await anonymous.getByLabel('查询码').fill(queryCode);
    await anonymous.getByRole('button', { name: '查询', exact: true }).click();
    await expect.poll(() => anonymous.getByTestId('track-result').textContent()).toContain('已受理');
    const shown = (await anonymous.getByTestId('track-result').textContent()) ?? '';
    expect(shown).not.toContain('消防设计审查意见书');
    expect(shown).not.toContain('王经理');
    await expectAccessible(anonymous);
    await screenshot(anonymous, 'portal-track');

    await Promise.all([phoneContext.close(), deskContext.close(), anonymousContext.close()]);
  });

  it('shows the office inbox and the case list, accessible', async () => {
    const { context, page } = await newPage(browser, DESKTOP);
    await signIn(page, '/admin/sign-in', 'office');
    await expect.poll(() => page.getByTestId('viewer-name').count()).toBe(1);
    await page.getByTestId('menu-inbox').click();
    await expect.poll(() => page.getByTestId('inbox-case-link').count()).toBeGreaterThan(0);
    await expectAccessible(page);
    await screenshot(page, 'admin-inbox');
    await page.getByTestId('menu-cases').click();
    await expect.poll(() => page.getByTestId('case-link').count()).toBeGreaterThan(0);
    await page
      .getByTestId('case-keyword')
      .locator('input')
      .or(page.locator('input[data-testid="case-keyword"]'))
      .first()
      .fill('用电');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('case-link').count()).toBeGreaterThan(0);
    await expectAccessible(page);
    await screenshot(page, 'admin-cases');
    await context.close();
  });

  it('keeps each deadline badge of the English inbox inside its column on a 1366 px screen', async () => {
    const { context, page } = await newPage(browser, { viewport: { width: 1366, height: 768 } });
    await context.addInitScript(() => localStorage.setItem('gridbridge.admin.locale', 'en'));
    await signIn(page, '/admin/sign-in', 'office');
    await expect.poll(() => page.getByTestId('viewer-name').count()).toBe(1);
    await page.getByTestId('menu-inbox').click();
    await expect.poll(() => page.getByTestId('inbox-case-link').count()).toBeGreaterThan(0);
    const overflows = await page.getByTestId('case-deadline').evaluateAll((tags) =>
      tags
        .filter((tag) => {
          const cell = tag.closest('td')?.getBoundingClientRect();
          const box = tag.getBoundingClientRect();
          return !cell || box.right > cell.right + 0.5 || tag.scrollWidth > tag.clientWidth;
        })
        .map((tag) => tag.textContent?.trim()),
    );
    expect(await page.getByTestId('case-deadline').count()).toBeGreaterThan(0);
    expect(overflows).toEqual([]);
    await screenshot(page, 'admin-inbox-en-1366');
    await context.close();
  });

  it('lets a grid head report a case for an enterprise of the grid (网格上报)', async () => {
    const { context, page } = await newPage(browser, PHONE);
    await signIn(page, '/sign-in', 'gridhead');
    await expect.poll(() => page.getByTestId('viewer-name').count()).toBe(1);
    await page.goto('/grid');
    await page.getByTestId('grid-enterprise-item').first().click();
    await expect.poll(() => page.getByTestId('grid-enterprise-report-case').isVisible()).toBe(true);
    const name = (await page.locator('#enterprise-heading').textContent())?.trim() ?? '';
    await expectAccessible(page);
    // The link is dressed as a button: no underline, its text centred in the button's height.
    const look = await page.getByTestId('grid-enterprise-report-case').evaluate((link) => {
      const range = document.createRange();
      range.selectNodeContents(link);
      const [box, text] = [link.getBoundingClientRect(), range.getBoundingClientRect()];
      return {
        underline: getComputedStyle(link).textDecorationLine,
        offCentre: Math.abs(box.top + box.height / 2 - (text.top + text.height / 2)),
      };
    });
    expect(look.underline).toBe('none');
    expect(look.offCentre).toBeLessThan(2);
    await page.getByTestId('grid-enterprise-report-case').click();
    await expect.poll(() => page.getByTestId('chosen-enterprise').textContent()).toContain(name);
    await screenshot(page, 'portal-grid-report-case');
    await context.close();
  });

  it('lists the enterprise’s cases on the phone', async () => {
    const { context, page } = await newPage(browser, PHONE);
    await signIn(page, '/sign-in', 'enterprise');
    await expect.poll(() => page.getByTestId('viewer-name').count()).toBe(1);
    await page.goto('/cases');
    await expect.poll(() => page.locator('a[href^="/cases/"]').count()).toBeGreaterThan(3);
    await expectAccessible(page);
    await screenshot(page, 'portal-my-cases');
    await context.close();
  });
});
