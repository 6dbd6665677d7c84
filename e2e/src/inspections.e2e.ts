import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { DESKTOP, expectAccessible, fill, launchBrowser, newPage, screenshot, signIn } from './browser.js';

let browser: Browser;
let closeBrowser: () => Promise<void>;
beforeAll(async () => {
  ({ browser, close: closeBrowser } = await launchBrowser());
});
afterAll(() => closeBrowser());

/*
 * Administrative inspections across the admin app (docs/inspections.md), every step on the
 * screens: the office leader sets up a team and a task; the inspector, on a tablet, records an
 * inspection with a photo and a finding and turns the finding into a rectification suggestion;
 * the department reports its rectification; the office verifies it; the figures count it.
 * The rectification and figure pages do not follow changes live, so each actor opens (or
 * reloads) its page when its turn comes.
 */

/** A landscape tablet with touch: the inspector works in the field. */
const TABLET = {
  viewport: { width: 1024, height: 768 },
  isMobile: false,
  hasTouch: true,
  deviceScaleFactor: 2,
};
const RUN = Date.now().toString(36).slice(-5);
const TEAM = `E2E 巡查组 ${RUN}`;
const TASK = `E2E 市场巡查 ${RUN}`;
const FINDING = `E2E 农贸市场价签缺失 ${RUN}`;
const DEPARTMENT = '区市场监督管理局';
/** A 1×1 PNG: small, and a real picture for the server to decode and re-encode. */
const PHOTO = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

const textarea = (page: Page, testId: string) =>
  page.locator(`textarea[data-testid="${testId}"], [data-testid="${testId}"] textarea`).first();

/** Opens an Element Plus select by its test id and picks the visible option with `text`. */
async function choose(page: Page, select: Locator, text: string, search = false): Promise<void> {
  await select.click();
  if (search) await page.keyboard.type(text);
  await page.locator('.el-select-dropdown__item:visible', { hasText: text }).first().click();
  // The choice shows in the select once it took (a click while the list still opens goes nowhere).
  await expect.poll(() => select.textContent()).toContain(text);
}

async function signInDesk(username: string, device: typeof DESKTOP | typeof TABLET = DESKTOP) {
  const { context, page } = await newPage(browser, device);
  await signIn(page, '/admin/sign-in', username);
  await expect.poll(() => page.getByTestId('user-menu').isVisible()).toBe(true);
  return { context, page };
}

/** The figures row of a team (or 合计, the total), as its cells' numbers by column. */
async function figures(page: Page, name: string): Promise<Record<string, number>> {
  const row = page.locator('[data-testid="figures-table"] .el-table__body tr', { hasText: name }).first();
  await expect.poll(() => row.isVisible()).toBe(true);
  const cells: Record<string, number> = {};
  for (const column of ['found', 'solved', 'suggested', 'onTime', 'overdue']) {
    cells[column] = Number((await row.getByTestId(`figure-${column}`).textContent())?.trim());
  }
  return cells;
}

async function openFigures(page: Page): Promise<void> {
  await page.goto('/admin/inspection-figures');
  await expect
    .poll(() => page.locator('[data-testid="figures-table"] .el-table__body tr').count())
    .toBeGreaterThan(0);
  await expect.poll(() => page.locator('.el-loading-mask:visible').count()).toBe(0);
}

describe('administrative inspections', () => {
  const contexts: BrowserContext[] = [];
  afterAll(() => Promise.all(contexts.map((context) => context.close())));
  // The steps share the actors' pages; each step is a test of its own, so a failure names its step.
  let lead: Page;
  let totalBefore: Record<string, number>;

  it('(1) lets the office leader create a team and a task', async () => {
    const leader = await signInDesk('officelead');
    contexts.push(leader.context);
    lead = leader.page;
    await lead.goto('/admin/inspection-tasks');
    await lead.getByTestId('team-create').click();
    await fill(lead, 'team-form-name', TEAM);
    await choose(lead, lead.getByTestId('team-form-leader'), '周巡查', true);
    await lead.getByTestId('team-form-submit').click();
    await expect.poll(() => lead.getByTestId('team-table').textContent()).toContain(TEAM);

    await lead.getByTestId('task-create').click();
    await choose(lead, lead.getByTestId('task-form-team'), TEAM);
    await fill(lead, 'task-form-title', TASK);
    await lead.getByTestId('task-form-focus').getByText('市场监管情况').click();
    await lead.getByTestId('task-form-target-kind').getByText('部门').click();
    await choose(lead, lead.getByTestId('task-form-department'), DEPARTMENT, true);
    await lead.getByTestId('task-form-submit').click();
    await expect.poll(() => lead.getByTestId('task-table').textContent()).toContain(TASK);

    // The figures before: the new team has nothing yet.
    await openFigures(lead);
    expect(await figures(lead, TEAM)).toEqual({ found: 0, solved: 0, suggested: 0, onTime: 0, overdue: 0 });
    totalBefore = await figures(lead, '合计');
  });

  it('(2) lets the inspector, on a tablet, record a finding with a photo and issue a suggestion', async () => {
    const field = await signInDesk('inspector', TABLET);
    contexts.push(field.context);
    const tablet = field.page;
    await tablet.goto('/admin/inspection-tasks');
    const taskRow = tablet.locator('[data-testid="task-table"] .el-table__body tr', { hasText: TASK });
    await taskRow.getByTestId('task-records').click();
    await expect.poll(() => tablet.getByTestId('record-create').isVisible()).toBe(true);
    await tablet.getByTestId('record-create').click();
    await fill(tablet, 'record-form-place', '惠济区农贸市场');
    await textarea(tablet, 'record-form-checked').fill('价格公示、计量器具');
    await tablet
      .getByTestId('record-form-photo-input')
      .locator('input[type="file"]')
      .setInputFiles({ name: '价签.png', mimeType: 'image/png', buffer: PHOTO });
    // The upload's thumbnail comes from the server, which re-encoded the picture.
    await expect
      .poll(() => tablet.locator('[data-testid="record-form-photos"] img').getAttribute('src'))
      .toMatch(/^data:image\/webp;base64,/);
    await tablet.getByTestId('finding-add').click();
    const findingForm = tablet.getByTestId('finding-form').first();
    await choose(tablet, findingForm.getByTestId('finding-form-department'), DEPARTMENT, true);
    await textarea(tablet, 'finding-form-description').fill(FINDING);
    await tablet.getByTestId('record-form-submit').click();
    const record = tablet.getByTestId('record').filter({ hasText: '惠济区农贸市场' });
    await expect.poll(() => record.getByTestId('record-photo').count()).toBe(1);
    await expect.poll(() => record.getByTestId('finding').textContent()).toContain(FINDING);
    await expectAccessible(tablet);
    await screenshot(tablet, 'inspection-record-tablet');

    await record.getByTestId('finding-handle').click();
    await tablet.getByTestId('outcome-SUGGESTION').click();
    await textarea(tablet, 'outcome-suggestion').fill('三个工作日内补齐价签并公示');
    await tablet.getByTestId('outcome-submit').click();
    await expect.poll(() => record.getByTestId('finding-outcome').textContent()).toContain('整改建议');
  });

  it('(3) lets the department report its rectification', async () => {
    const department = await signInDesk('dept');
    contexts.push(department.context);
    const desk = department.page;
    await desk.goto('/admin/rectifications');
    const deptRow = desk.locator('[data-testid="rectification-table"] .el-table__body tr', {
      hasText: FINDING,
    });
    await expect.poll(() => deptRow.textContent()).toContain('待整改');
    await deptRow.getByTestId('rectification-report').click();
    await textarea(desk, 'rectification-form-report').fill('已补齐全部价签并张贴公示');
    await textarea(desk, 'rectification-form-evidence').fill('整改后现场照片 3 张');
    await desk.getByTestId('rectification-form-submit').click();
    await expect.poll(() => deptRow.textContent()).toContain('待核实');
  });

  it('(4) lets the office verify it', async () => {
    const office = await signInDesk('office');
    contexts.push(office.context);
    const staff = office.page;
    await staff.goto('/admin/rectifications');
    const officeRow = staff.locator('[data-testid="rectification-table"] .el-table__body tr', {
      hasText: FINDING,
    });
    await expect.poll(() => officeRow.textContent()).toContain('已补齐全部价签');
    await officeRow.getByTestId('rectification-accept').click();
    await expect.poll(() => officeRow.textContent()).toContain('已整改');
    await expectAccessible(staff);
  });

  it('(5) moves the figures: one problem found, suggested, solved and rectified on time', async () => {
    await openFigures(lead);
    expect(await figures(lead, TEAM)).toEqual({ found: 1, solved: 1, suggested: 1, onTime: 1, overdue: 0 });
    const totalAfter = await figures(lead, '合计');
    for (const column of ['found', 'solved', 'suggested', 'onTime'])
      expect(totalAfter[column], column).toBe(totalBefore[column] + 1);
    // The figure drills down to the finding behind it.
    await lead
      .locator('[data-testid="figures-table"] .el-table__body tr', { hasText: TEAM })
      .getByTestId('figure-onTime')
      .click();
    await expect.poll(() => lead.getByTestId('drill-table').textContent()).toContain(FINDING);
    await expectAccessible(lead);
    await screenshot(lead, 'inspection-figures');
  });
});
