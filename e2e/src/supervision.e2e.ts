import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import {
  DEMO_PASSWORD,
  DESKTOP,
  expectAccessible,
  fill,
  graphql,
  launchBrowser,
  moveServerClock,
  newPage,
  newPageOnServerTime,
  PHONE,
  screenshot,
  serverNow,
  signIn,
} from './browser.js';

let browser: Browser;
let closeBrowser: () => Promise<void>;
beforeAll(async () => {
  ({ browser, close: closeBrowser } = await launchBrowser());
});
afterAll(() => closeBrowser());

/*
 * Supervision, accountability and the figures (docs/supervision.md), across both apps: a case
 * assigned to a department is left unsigned, the server's clock is moved past its signing deadline
 * (POST /test/clock, which also runs the due warnings job), and the office's open supervision
 * board shows it red without a reload. The office issues a 督办, the department acknowledges it,
 * the office leader records who is held to account and publishes a notice, an anonymous visitor
 * reads it on the portal with the names redacted, and the dashboard and the scorecard lead to the
 * case. Every step goes through the screens; only the setup (the case submitted, accepted and
 * assigned) goes through the API.
 */

const LEAD = '区市场监督管理局';
const ENTERPRISE = '郑州惠济宏达食品有限公司';
const OFFICIAL = { name: '王建国', redacted: '王某', post: '登记注册科科长' };
const LIVE = { timeout: 30_000 };
const DAY = 24 * 3600 * 1000;

/** A Shanghai calendar date (YYYY-MM-DD) of an instant. */
const shanghaiDate = (at: Date) => new Date(at.getTime() + 8 * 3600 * 1000).toISOString().slice(0, 10);

const markPageLoad = (page: Page) =>
  page.evaluate(() => ((window as unknown as { liveMark: number }).liveMark = 1));
/** Fails unless the page is still the one loaded at the start: it followed the change live. */
const expectSamePageLoad = async (page: Page) =>
  expect(await page.evaluate(() => (window as unknown as { liveMark?: number }).liveMark)).toBe(1);

/** Picks `option` in the Element Plus select found by its test id. */
async function choose(page: Page, testId: string, option: string): Promise<void> {
  await page.getByTestId(testId).click();
  await page.locator('.el-select-dropdown__item:visible', { hasText: option }).first().click();
}

/**
 * Types a date into the Element Plus date picker of the form item labelled `label` (the picker
 * hands its test id to its pop-up panel, not to its input).
 */
async function pickDate(page: Page, label: string, date: string): Promise<void> {
  const input = page.locator('.el-form-item', { hasText: label }).locator('.el-date-editor input').first();
  await input.fill(date);
  // Enter takes the typed date and closes the panel (Escape would close the dialog too); the
  // panel is gone before the page is checked (axe reads an open panel as a dialog without a name).
  await input.press('Enter');
  await page.locator('.el-dialog__title:visible').first().click();
  await expect.poll(() => page.locator('.el-picker__popper:visible').count()).toBe(0);
  // Every pop-up dialog but the form's own is gone, its closing transition included.
  await expect
    .poll(() =>
      page
        .locator('[role="dialog"]')
        .evaluateAll(
          (nodes) =>
            nodes.filter(
              (node) =>
                !node.classList.contains('el-overlay-dialog') &&
                !node.closest('.el-overlay-dialog') &&
                getComputedStyle(node).display !== 'none',
            ).length,
        ),
    )
    .toBe(0);
}

/** The input an Element Plus input hands its test id to (the input itself) or wraps. */
const inputOf = (page: Page, testId: string) =>
  page.locator(`input[data-testid="${testId}"], [data-testid="${testId}"] input`).first();

const textarea = (page: Page, testId: string) =>
  page.locator(`textarea[data-testid="${testId}"], [data-testid="${testId}"] textarea`).first();

/** Signs `context` in to `api` through the API, for the setup only: the story signs in on the screens. */
async function apiSignIn(context: BrowserContext, api: 'admin' | 'portal', username: string): Promise<void> {
  await graphql(context, api, 'mutation Login($input: LoginInput!) { login(input: $input) { id } }', {
    input: { identifier: username, password: DEMO_PASSWORD },
  });
}

interface Setup {
  id: string;
  trackingNo: string;
  title: string;
  signDeadline: Date;
}

/**
 * The case the story follows: submitted by the enterprise, accepted and assigned to the market
 * regulator by the office, all through the API, and then left unsigned.
 */
async function assignedCase(): Promise<Setup> {
  const { context: portal } = await newPage(browser, PHONE);
  await apiSignIn(portal, 'portal', 'enterprise');
  const title = `冷库扩建消防审验迟迟不签收 ${Date.now()}`;
  const { submitCase } = await graphql<{ submitCase: { id: string; version: number; trackingNo: string } }>(
    portal,
    'portal',
    `
      mutation Submit($input: SubmitCaseInput!) {
        submitCase(input: $input) {
          id
          version
          trackingNo
        }
      }
    `,
    {
      input: {
        kind: 'DIFFICULTY',
        category: 'APPROVAL',
        title,
        content: '我公司冷库扩建后申请食品经营许可变更，材料已交齐，至今没有部门签收办理。',
        contactConsent: true,
        attachmentIds: [],
        clientKey: `supervision-e2e-${Date.now()}`,
      },
    },
  );
  await portal.close();

  const { context: office } = await newPage(browser, DESKTOP);
  await apiSignIn(office, 'admin', 'office');
  const { departments } = await graphql<{ departments: { id: string; name: string }[] }>(
    office,
    'admin',
    'query Departments { departments { id name } }',
  );
  const lead = departments.find((d) => d.name === LEAD)!.id;
  const { acceptCase } = await graphql<{ acceptCase: { version: number } }>(
    office,
    'admin',
    `
      mutation Accept($id: ID!, $version: Int!) {
        acceptCase(
          id: $id
          version: $version
          input: { category: APPROVAL, priority: NORMAL, complexity: SIMPLE }
        ) {
          version
        }
      }
    `,
    { id: submitCase.id, version: submitCase.version },
  );
  const { assignCase } = await graphql<{
    assignCase: { assignments: { role: string; signDeadline: string | null }[] };
  }>(
    office,
    'admin',
    `
      mutation Assign($id: ID!, $version: Int!, $lead: ID!) {
        assignCase(id: $id, version: $version, input: { leadDepartmentId: $lead, note: "请尽快签收办理" }) {
          assignments {
            role
            signDeadline
          }
        }
      }
    `,
    { id: submitCase.id, version: acceptCase.version, lead },
  );
  await office.close();
  const signDeadline = assignCase.assignments.find((a) => a.role === 'LEAD')!.signDeadline!;
  return {
    id: submitCase.id,
    trackingNo: submitCase.trackingNo,
    title,
    signDeadline: new Date(signDeadline),
  };
}

async function signInDesk(username: string) {
  const { context, page } = await newPageOnServerTime(browser, DESKTOP);
  await signIn(page, '/admin/sign-in', username);
  await expect.poll(() => page.getByTestId('user-menu').count()).toBe(1);
  return { context, page };
}

/** The board's row of the case, and the colour it shows. */
const boardRow = (page: Page, trackingNo: string) =>
  page.locator('[data-testid="supervision-table"] .el-table__row', { hasText: trackingNo });
const boardColour = (page: Page, trackingNo: string) =>
  boardRow(page, trackingNo)
    .locator('[data-testid="supervision-colour"]')
    .first()
    .getAttribute('data-colour', { timeout: 1000 })
    .catch(() => null);

describe('supervision: overdue, 督办, accountability, notice, figures', () => {
  it('turns an unsigned case red on the open board, and carries it through 督办, 问责, 通报 and the figures', async () => {
    const contexts: BrowserContext[] = [];
    const subject = await assignedCase();
    // Not yet due: a case assigned today is due at the end of the next working day.
    expect(subject.signDeadline.getTime()).toBeGreaterThan((await serverNow()).getTime());

    // 1. The office keeps the supervision board open, filtered to the department's inaction.
    const { context: office, page: board } = await signInDesk('office');
    contexts.push(office);
    await board.goto('/admin/supervision');
    await expect.poll(() => board.getByTestId('supervision-counts').textContent()).toContain(LEAD);
    await choose(board, 'supervision-filter-department', LEAD);
    await choose(board, 'supervision-filter-kind', '不作为');
    await expect.poll(() => board.locator('.el-table__row').count()).toBeGreaterThan(0);
    expect(await boardRow(board, subject.trackingNo).count()).toBe(0);
    await markPageLoad(board);

    // The signing deadline passes; the warnings job runs by the new time, and the open board shows it red.
    await moveServerClock(new Date(subject.signDeadline.getTime() + 60_000), contexts);
    await expect.poll(() => boardColour(board, subject.trackingNo), LIVE).toBe('RED');
    await expectSamePageLoad(board);
    expect(await boardRow(board, subject.trackingNo).textContent()).toContain('不作为');
    await expectAccessible(board);
    await screenshot(board, 'admin-supervision-board');

    // 2. The office issues a 督办 from the case's page; the department acknowledges it.
    await boardRow(board, subject.trackingNo).getByTestId('supervision-case-link').click();
    const desk = board;
    await expect.poll(() => desk.getByTestId('case-state').getAttribute('data-state')).toBe('ASSIGNED');
    await desk.getByTestId('case-action-supervise').click();
    await expect.poll(() => desk.getByTestId('supervision-submit').isVisible()).toBe(true);
    await desk.getByTestId('supervision-level').getByText('重点督办').click();
    await textarea(desk, 'supervision-note').fill('逾期未签收，请即日签收并于三日内联系企业说明办理进度。');
    const actBy = shanghaiDate(new Date((await serverNow()).getTime() + 3 * DAY));
    await pickDate(desk, '办理时限', actBy);
    await expectAccessible(desk);
    await desk.getByTestId('supervision-submit').click();
    await expect.poll(() => desk.getByTestId('supervision-submit').isVisible()).toBe(false);
    const supervision = desk.getByTestId('case-supervision').first();
    await expect.poll(() => supervision.getAttribute('data-acknowledged')).toBe('no');
    await expect.poll(() => supervision.textContent()).toContain('重点督办');
    await markPageLoad(desk);

    const { context: dept, page: deptPage } = await signInDesk('dept');
    contexts.push(dept);
    const pending = deptPage.locator('[data-testid="pending-supervision-link"]', {
      hasText: subject.trackingNo,
    });
    await expect.poll(() => pending.count()).toBe(1);
    await pending.click();
    await expect
      .poll(() => deptPage.getByTestId('case-action-acknowledgeSupervision').isVisible())
      .toBe(true);
    await deptPage.getByTestId('case-action-acknowledgeSupervision').click();
    await expect.poll(() => deptPage.getByTestId('supervision-submit').isVisible()).toBe(true);
    await textarea(deptPage, 'supervision-note').fill('已收悉，今日签收并安排专人办理。');
    await deptPage.getByTestId('supervision-submit').click();
    await expect
      .poll(() => deptPage.getByTestId('case-supervision').first().getAttribute('data-acknowledged'))
      .toBe('yes');
    // The office's open case page shows the acknowledgement without a reload.
    await expect.poll(() => supervision.getAttribute('data-acknowledged'), LIVE).toBe('yes');
    await expect.poll(() => supervision.textContent()).toContain('今日签收');
    await expectSamePageLoad(desk);

    // 3. The office leader records who is held to account, and publishes a notice with names redacted.
    const { context: leader, page: lead } = await signInDesk('officelead');
    contexts.push(leader);
    await lead.goto('/admin/accountability');
    await lead.getByTestId('record-create').click();
    await expect.poll(() => lead.getByTestId('record-form-submit').isVisible()).toBe(true);
    await lead.getByTestId('record-form-subject').getByText('个人').click();
    await choose(lead, 'record-form-department', LEAD);
    await fill(lead, 'record-form-name', OFFICIAL.name);
    await fill(lead, 'record-form-post', OFFICIAL.post);
    await choose(lead, 'record-form-type', '通报批评');
    await fill(lead, 'record-form-decided-by', '区纪委监委');
    await textarea(lead, 'record-form-reason').fill(
      `${ENTERPRISE}的食品经营许可变更申请交办后逾期未签收，经督办才予办理，属不作为。`,
    );
    await fill(lead, 'record-form-tracking-no', subject.trackingNo);
    await lead.getByTestId('record-form-add-case').click();
    await expect
      .poll(() => lead.getByTestId('record-form-cases').textContent())
      .toContain(subject.trackingNo);
    await expectAccessible(lead);
    await lead.getByTestId('record-form-submit').click();
    await expect.poll(() => lead.getByTestId('record-form-submit').isVisible()).toBe(false);
    await expect.poll(() => lead.getByTestId('record-table').textContent()).toContain(OFFICIAL.name);

    await lead.goto('/admin/public-notices');
    await lead.getByTestId('notice-create').click();
    await expect.poll(() => lead.getByTestId('notice-publish').isVisible()).toBe(true);
    await choose(lead, 'notice-records', OFFICIAL.name);
    await lead.keyboard.press('Escape');
    // Names and enterprises hidden (the default), posts shown.
    expect(await lead.getByTestId('notice-redact-names').locator('input').isChecked()).toBe(true);
    expect(await lead.getByTestId('notice-redact-enterprises').locator('input').isChecked()).toBe(true);
    expect(await lead.getByTestId('notice-redact-posts').locator('input').isChecked()).toBe(false);
    await lead.getByTestId('notice-draft').click();
    await expect.poll(() => inputOf(lead, 'notice-title').inputValue()).not.toBe('');
    const title = `关于${LEAD}不作为问题的通报 ${Date.now()}`;
    await fill(lead, 'notice-title', title);
    // A name typed back in by hand is hidden all the same.
    const body = textarea(lead, 'notice-body');
    await body.fill(`${await body.inputValue()}\n经查，${OFFICIAL.name}对${ENTERPRISE}的申请未按时签收。`);
    await expect.poll(() => lead.getByTestId('notice-preview').textContent()).toContain(title);
    await expect.poll(() => lead.getByTestId('notice-preview').textContent()).toContain(OFFICIAL.redacted);
    expect(await lead.getByTestId('notice-preview').textContent()).not.toContain(OFFICIAL.name);
    await expectAccessible(lead);
    await lead.getByTestId('notice-publish').click();
    await expect.poll(() => lead.getByTestId('notice-table').textContent()).toContain(title);

    // 4. An anonymous visitor reads it on the portal: the official's name and the enterprise are hidden.
    const { context: visitor, page: phone } = await newPage(browser, PHONE);
    contexts.push(visitor);
    await phone.goto('/notices');
    const card = phone.locator('[data-testid="notice-card"]', { hasText: title });
    await expect.poll(() => card.count()).toBe(1);
    await card.click();
    const notice = phone.getByTestId('notice');
    await expect.poll(() => notice.textContent()).toContain(title);
    const text = (await notice.textContent()) ?? '';
    expect(text).toContain(OFFICIAL.redacted);
    expect(text).toContain(OFFICIAL.post);
    expect(text).toContain('某企业');
    expect(text).not.toContain(OFFICIAL.name);
    expect(text).not.toContain(ENTERPRISE);
    await expectAccessible(phone);
    await screenshot(phone, 'portal-notice');

    // 5. The dashboard leads to the case among those overdue now ...
    await lead.goto('/admin/dashboard');
    await expect.poll(() => lead.getByTestId('kpi-overdue').textContent()).toMatch(/\d/);
    await expectAccessible(lead);
    await screenshot(lead, 'admin-dashboard');
    await lead.getByTestId('kpi-overdue').click();
    await expect.poll(() => new URL(lead.url()).pathname).toBe('/admin/cases');
    await fill(lead, 'case-keyword', subject.trackingNo);
    await inputOf(lead, 'case-keyword').press('Enter');
    await expect
      .poll(() =>
        lead.locator('[data-testid="case-table"] .el-table__row', { hasText: subject.trackingNo }).count(),
      )
      .toBe(1);

    // ... and, once the department has signed late, the scorecard counts the late step and leads to the case.
    await deptPage.getByTestId('case-action-sign').click();
    await expect.poll(() => deptPage.getByTestId('loop-submit').isVisible()).toBe(true);
    await deptPage.getByTestId('loop-submit').click();
    await expect
      .poll(() => deptPage.getByTestId('case-state').getAttribute('data-state'))
      .toBe('IN_PROGRESS');

    await lead.goto('/admin/scorecards');
    const row = lead.locator('[data-testid="scorecard-table"] .el-table__body-wrapper .el-table__row', {
      hasText: LEAD,
    });
    await expect.poll(() => row.count()).toBeGreaterThan(0);
    await expectAccessible(lead);
    await screenshot(lead, 'admin-scorecard');
    await row.first().getByTestId('count-overdue').click();
    await expect
      .poll(() => lead.getByTestId('drill-table').textContent(), LIVE)
      .toContain(subject.trackingNo);
    await expectAccessible(lead);

    await Promise.all(contexts.map((context) => context.close()));
  }, 600_000);
});
