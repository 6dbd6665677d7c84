import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import {
  DEMO_PASSWORD,
  DESKTOP,
  expectAccessible,
  graphql,
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

/*
 * The loop the platform exists for, across both apps (docs/lifecycle-and-deadlines.md): each actor
 * keeps its case page open, and each step must show on the next actor's page without a reload.
 * Every step goes through the screens; only the setup (a user for the co-department, which the
 * demo district lacks, and its first password) goes through the API.
 */

const LEAD = '区市场监督管理局';
const CO = '区行政审批服务局';
const CO_USER = { username: 'e2e-spj', password: 'E2e@Spj2026x' };

/** The state the portal's case page shows, e.g. 待评价. */
const portalState = (page: Page) => page.getByTestId('case-state').textContent();
const adminState = (page: Page) => page.getByTestId('case-state').getAttribute('data-state');
const adminTimeline = (page: Page) => page.getByTestId('case-timeline').textContent();
const assignmentState = (page: Page, role: 'LEAD' | 'CO') =>
  page.locator(`[data-testid="case-assignment"][data-role="${role}"]`).getAttribute('data-state');
/** Fails unless the page is still the one loaded at the start: it followed the case live. */
const expectSamePageLoad = async (page: Page) =>
  expect(await page.evaluate(() => (window as unknown as { liveMark?: number }).liveMark)).toBe(1);
const markPageLoad = (page: Page) =>
  page.evaluate(() => ((window as unknown as { liveMark: number }).liveMark = 1));
const LIVE = { timeout: 20_000 };

const textarea = (page: Page, testId: string) =>
  page.locator(`textarea[data-testid="${testId}"], [data-testid="${testId}"] textarea`).first();

/**
 * One step of the loop on the admin case page: its button, the dialog's fields, its submit; done
 * when the dialog has closed.
 */
async function step(page: Page, action: string, fill?: () => Promise<void>): Promise<void> {
  await page.getByTestId(`case-action-${action}`).click();
  await expect.poll(() => page.getByTestId('loop-submit').isVisible()).toBe(true);
  if (fill) await fill();
  await page.getByTestId('loop-submit').click();
  await expect.poll(() => page.getByTestId('loop-submit').isVisible()).toBe(false);
}

/** 拟写答复: the result 已解决 and the text the enterprise reads. */
async function draftReply(page: Page, text: string): Promise<void> {
  await step(page, 'draftReply', async () => {
    await page.getByTestId('loop-result').click();
    await page.locator('.el-select-dropdown__item:visible', { hasText: '已解决' }).first().click();
    await textarea(page, 'loop-text').fill(text);
  });
}

/** A department user of the co-department: the demo district has none, so the administrator makes one. */
async function coDepartmentUser(admin: BrowserContext, departmentId: string): Promise<void> {
  await graphql(
    admin,
    'admin',
    `
      mutation NewUser($input: NewUserInput!) {
        createUser(input: $input) {
          id
        }
      }
    `,
    {
      input: {
        username: CO_USER.username,
        displayName: '审批局协办员',
        password: DEMO_PASSWORD,
        roles: ['DEPT_STAFF'],
        departmentId,
      },
    },
  );
}

async function signInDesk(username: string) {
  const { context, page } = await newPage(browser, DESKTOP);
  await signIn(page, '/admin/sign-in', username);
  await expect.poll(() => page.getByTestId('viewer-name').count()).toBe(1);
  return { context, page };
}

/** Signs `context` in through the API, for the setup only: the stories sign in on the screens. */
async function apiSignIn(context: BrowserContext, username: string): Promise<void> {
  await graphql(
    context,
    'admin',
    `
      mutation Login($input: LoginInput!) {
        login(input: $input) {
          id
        }
      }
    `,
    {
      input: { identifier: username, password: DEMO_PASSWORD },
    },
  );
}

/**
 * Signs the new co-department user in and sets the password it must change at first sign-in,
 * through the API: the password screen has its own tests.
 */
async function newCoDepartmentDesk() {
  const { context, page } = await newPage(browser, DESKTOP);
  await apiSignIn(context, CO_USER.username);
  await graphql(
    context,
    'admin',
    `
      mutation NewPassword($input: ChangePasswordInput!) {
        changePassword(input: $input) {
          id
        }
      }
    `,
    { input: { currentPassword: DEMO_PASSWORD, newPassword: CO_USER.password } },
  );
  await page.goto('/admin/');
  await expect.poll(() => page.getByTestId('viewer-name').count()).toBe(1);
  return { context, page };
}

/** Opens the case on an admin page and marks the page load, to prove later steps arrive live. */
async function openAdminCase(page: Page, id: string, state: string): Promise<void> {
  await page.goto(`/admin/cases/${id}`);
  await expect.poll(() => adminState(page)).toBe(state);
  await markPageLoad(page);
}

describe('the loop: report, assign, handle, review, evaluate, reopen, close', () => {
  it('goes from the enterprise’s phone through the office and two departments and back, each step seen live', async () => {
    const contexts: BrowserContext[] = [];

    // Setup: a user for the co-department (the demo district has accounts only for the lead).
    const { context: adminContext, page: adminPage } = await newPage(browser, DESKTOP);
    contexts.push(adminContext);
    await apiSignIn(adminContext, 'admin');
    const { departments } = await graphql<{ departments: { id: string; name: string }[] }>(
      adminContext,
      'admin',
      `
        query Departments {
          departments {
            id
            name
          }
        }
      `,
    );
    const coDepartmentId = departments.find((d) => d.name === CO)!.id;
    await coDepartmentUser(adminContext, coDepartmentId);
    await adminPage.close();

    // 1. The enterprise submits on a phone.
    const title = `个体户转企业后经营范围变更办不下来 ${Date.now()}`;
    const { context: phoneContext, page: phone } = await newPage(browser, PHONE);
    contexts.push(phoneContext);
    await signIn(phone, '/sign-in', 'enterprise');
    await expect.poll(() => phone.getByTestId('viewer-name').count()).toBe(1);
    await phone.goto('/cases/new');
    await phone.getByTestId('case-kind-DIFFICULTY').check();
    await phone.getByTestId('case-category').selectOption('APPROVAL');
    await phone.getByTestId('case-title').fill(title);
    await phone
      .getByTestId('case-content')
      .fill(
        '我公司由个体户转为企业后申请营业执照经营范围变更登记，增加食品销售，窗口称需另办许可，两周未办结。',
      );
    await phone.getByTestId('case-consent').check();
    await phone.getByTestId('case-submit').click();
    await phone.getByRole('link', { name: '查看诉求详情' }).click();
    await expect.poll(() => portalState(phone)).toContain('待受理');
    const caseId = /\/cases\/([0-9a-f-]{36})/.exec(phone.url())![1]!;
    await markPageLoad(phone);

    // 2. The office accepts, then assigns: the suggested lead department and one co-department.
    const { context: office, page: desk } = await signInDesk('office');
    contexts.push(office);
    await openAdminCase(desk, caseId, 'SUBMITTED');
    await desk.getByTestId('case-action-accept').click();
    await desk.getByTestId('triage-submit').click();
    await expect.poll(() => adminState(desk)).toBe('ACCEPTED');
    await expect.poll(() => portalState(phone), LIVE).toContain('已受理');

    await desk.getByTestId('case-action-assign').click();
    const firstLead = desk.getByTestId('assign-suggestion-lead').first();
    await expect.poll(() => firstLead.textContent(), LIVE).toContain(LEAD);
    await expect.poll(() => desk.getByTestId('assign-suggestions').textContent()).toContain(CO);
    await expectAccessible(desk);
    await screenshot(desk, 'admin-case-assign');
    await desk.getByRole('button', { name: `设为主办 ${LEAD}` }).click();
    await desk.getByRole('button', { name: `加为协办 ${CO}` }).click();
    await textarea(desk, 'assign-note').fill('请市场监管局牵头办理，行政审批局就食品经营许可提出意见。');
    await desk.getByTestId('assign-submit').click();
    await expect.poll(() => adminState(desk)).toBe('ASSIGNED');
    await expect.poll(() => desk.getByTestId('case-assignment').count()).toBe(2);
    // The enterprise's open page names who handles it now, lead and co-department.
    await expect.poll(() => phone.getByTestId('case-lead-department').textContent(), LIVE).toBe(LEAD);
    await expect.poll(() => phone.getByTestId('case-co-departments').textContent(), LIVE).toBe(CO);
    await expectSamePageLoad(phone);

    // 3. The co-department gives its opinion; the lead department's open page shows it.
    const { context: coDept, page: coPage } = await newCoDepartmentDesk();
    contexts.push(coDept);
    await openAdminCase(coPage, caseId, 'ASSIGNED');
    const { context: dept, page: deptPage } = await signInDesk('dept');
    contexts.push(dept);
    await openAdminCase(deptPage, caseId, 'ASSIGNED');
    await step(coPage, 'sign');
    await expect.poll(() => assignmentState(coPage, 'CO')).toBe('IN_PROGRESS');
    await step(coPage, 'submitOpinion', () =>
      textarea(coPage, 'loop-opinion').fill(
        '增加预包装食品销售须同时办理食品经营许可，可与变更登记一窗联办。',
      ),
    );
    await expect
      .poll(() => deptPage.getByTestId('assignment-opinion').textContent(), LIVE)
      .toContain('一窗联办');
    await expectSamePageLoad(deptPage);

    // 4. The lead department signs, records its first contact and drafts the reply; 5. its leader approves.
    const { context: deptLead, page: leadPage } = await signInDesk('deptlead');
    contexts.push(deptLead);
    await openAdminCase(leadPage, caseId, 'ASSIGNED');
    await step(deptPage, 'sign');
    await expect.poll(() => adminState(deptPage)).toBe('IN_PROGRESS');
    await step(deptPage, 'contact', () =>
      textarea(deptPage, 'loop-summary').fill('已电话联系王经理，约定次日到窗口一并办理。'),
    );
    const firstReply = '已为贵司办理经营范围变更登记，食品经营许可同步受理，预计三个工作日内发证。';
    await draftReply(deptPage, firstReply);
    await expect
      .poll(() => leadPage.getByTestId('assignment-draft').textContent(), LIVE)
      .toContain('同步受理');
    await expectSamePageLoad(leadPage);
    await expectAccessible(leadPage);
    await screenshot(leadPage, 'admin-case-leader');
    await step(leadPage, 'submitReply');

    // 6. The office sees it to review, sends it back once, then approves the second draft.
    await expect.poll(() => adminState(desk), LIVE).toBe('REPLY_REVIEW');
    await expectSamePageLoad(desk);
    await step(desk, 'sendBack', () =>
      textarea(desk, 'loop-reason').fill('请写明许可证的领取方式和联系人。'),
    );
    await expect.poll(() => adminState(deptPage), LIVE).toBe('IN_PROGRESS');
    await expect.poll(() => adminTimeline(deptPage)).toContain('许可证的领取方式');
    await draftReply(deptPage, `${firstReply}许可证可到区政务服务中心 3 号窗口领取，联系人刘承办。`);
    await expect
      .poll(() => leadPage.getByTestId('assignment-draft').textContent(), LIVE)
      .toContain('3 号窗口');
    await step(leadPage, 'submitReply');
    await expect.poll(() => adminState(desk), LIVE).toBe('REPLY_REVIEW');
    await step(desk, 'approveReply');

    // 7. The enterprise reads the reply on its open page and is not satisfied; the office reopens.
    await expect.poll(() => portalState(phone), LIVE).toContain('待评价');
    await expect.poll(() => phone.getByTestId('case-reply').textContent()).toContain('3 号窗口领取');
    await expectSamePageLoad(phone);
    await expectAccessible(phone);
    await screenshot(phone, 'portal-case-evaluate');
    await phone.getByTestId('evaluation-solved-PARTLY_SOLVED').check();
    await phone.getByTestId('evaluation-satisfaction-DISSATISFIED').check();
    await phone.getByTestId('evaluation-comment').fill('许可证至今未发，窗口说还缺材料。');
    await phone.getByTestId('evaluation-submit').click();
    await expect.poll(() => portalState(phone)).toContain('不满意');
    await expect.poll(() => phone.getByTestId('case-evaluation').textContent()).toContain('不满意');

    await expect.poll(() => adminState(desk), LIVE).toBe('DISPUTED');
    await expect.poll(() => adminTimeline(desk)).toContain('许可证至今未发');
    await step(desk, 'reopen', () =>
      textarea(desk, 'loop-reason').fill('企业反映许可证未发放，请核实所缺材料并当面告知。'),
    );
    await expect.poll(() => adminState(deptPage), LIVE).toBe('IN_PROGRESS');
    await expect.poll(() => adminTimeline(deptPage)).toContain('核实所缺材料');

    // 8. The second reply goes through the leader and the office.
    await draftReply(deptPage, '经核实缺少仓储场所平面图，已上门指导补齐，食品经营许可证已于今日发放。');
    await expect.poll(() => leadPage.getByTestId('assignment-draft').textContent(), LIVE).toContain('平面图');
    await step(leadPage, 'submitReply');
    await expect.poll(() => adminState(desk), LIVE).toBe('REPLY_REVIEW');
    await step(desk, 'approveReply');

    // 9. The enterprise is satisfied and the case closes.
    await expect.poll(() => portalState(phone), LIVE).toContain('待评价');
    await expect.poll(() => phone.getByTestId('case-reply').textContent()).toContain('仓储场所平面图');
    await phone.getByTestId('evaluation-solved-SOLVED').check();
    await phone.getByTestId('evaluation-satisfaction-SATISFIED').check();
    await phone.getByTestId('evaluation-submit').click();
    await expect.poll(() => portalState(phone)).toContain('已办结');
    await expect.poll(() => phone.getByTestId('case-evaluation').textContent()).toContain('满意');
    await expectSamePageLoad(phone);
    await expectAccessible(phone);
    await screenshot(phone, 'portal-case-closed');

    await desk.reload();
    await expect.poll(() => adminState(desk)).toBe('CLOSED');

    await Promise.all(contexts.map((context) => context.close()));
  }, 300_000);
});
