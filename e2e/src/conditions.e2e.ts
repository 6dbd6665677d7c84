import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import {
  DESKTOP,
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

// A 1×1 PNG: enough for the server to recognise an image by its bytes and make a thumbnail.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);

/** Asks the product's database directly (for choosing the story's enterprise and checking what was stored). */
async function query<T>(sql: string, params: unknown[] = []): Promise<T[]> {
  const db = new pg.Client({ connectionString: inject('databaseUrl') });
  await db.connect();
  try {
    return (await db.query(sql, params)).rows as T[];
  } finally {
    await db.end();
  }
}

/**
 * An enterprise of `gridhead`'s grid that produced normally last month and has no report this
 * month yet (Shanghai months), among the first page of the grid head's "not reported" list: a
 * report of 部分停产 this month is then a worsening whatever today's date, and the offline form's
 * new report does not meet one already stored.
 */
async function storyEnterprise(): Promise<{ id: string; name: string }> {
  const [row] = await query<{ id: string; name: string }>(
    `WITH months AS (
       SELECT to_char(now() AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM') AS current,
              to_char((now() AT TIME ZONE 'Asia/Shanghai') - interval '1 month', 'YYYY-MM') AS previous),
     missing AS (
       SELECT e.id, e.name FROM enterprise e, months m, app_user u
        WHERE u.username = 'gridhead' AND e.grid_path @> ARRAY[u.grid_id] AND e.status = 'ACTIVE'
          AND NOT EXISTS (SELECT 1 FROM condition_report r WHERE r.enterprise_id = e.id AND r.month = m.current)
        ORDER BY e.name, e.id LIMIT 30)
     SELECT s.id, s.name FROM missing s, months m
      WHERE EXISTS (SELECT 1 FROM condition_report p WHERE p.enterprise_id = s.id AND p.month = m.previous
                      AND p.operating_status = 'NORMAL')
      ORDER BY s.name, s.id LIMIT 1`,
  );
  expect(row, 'a normally producing enterprise of 新城社区 without this month’s report').toBeTruthy();
  return row;
}

describe('a grid head’s visit without a connection, and the office', () => {
  it('is recorded offline with a photo and a worse status, sent when back online, and alerts the office', async () => {
    const target = await storyEnterprise();
    const findings = `车间一条产线停了，订单减少 ${Date.now()}`;
    const { context, page: phone } = await newPage(browser, PHONE);
    await signIn(phone, '/sign-in', 'gridhead');
    await expect.poll(() => phone.getByTestId('viewer-name').count()).toBe(1);
    // The service worker installs, keeps the app (every built asset) and takes the page over.
    await expect
      .poll(() => phone.evaluate(() => navigator.serviceWorker.controller !== null), { timeout: 20_000 })
      .toBe(true);
    await phone.goto('/grid/conditions');
    await phone.getByTestId('condition-only-missing').click();
    const item = phone.getByTestId('condition-enterprise').filter({ hasText: target.name });
    await expect.poll(() => item.count()).toBe(1);

    // In the field, without a connection.
    await context.setOffline(true);
    await item.getByTestId('condition-visit').click();
    await expect.poll(() => phone.getByTestId('visit-offline').isVisible()).toBe(true);
    await expect.poll(() => phone.getByTestId('visit-enterprise').textContent()).toBe(target.name);
    await phone
      .locator('[data-testid="visit-findings"] textarea, textarea[data-testid="visit-findings"]')
      .fill(findings);
    await phone.locator('input[type="file"]').first().setInputFiles({
      name: '车间照片.png',
      mimeType: 'image/png',
      buffer: PNG,
    });
    await expect.poll(() => phone.getByTestId('upload-item').count()).toBe(1);
    await phone.getByTestId('condition-status-PARTIAL').click();
    await fill(phone, 'condition-employees', '85');
    await fill(phone, 'condition-output', '320.5');
    await fill(phone, 'condition-revenue', '300');
    await fill(phone, 'condition-capacity', '45');
    await expectAccessible(phone);
    await screenshot(phone, 'portal-visit-offline');
    await phone.getByTestId('visit-submit').click();

    // Kept on the phone, listed as waiting.
    const waiting = phone.getByTestId('condition-pending-item');
    await expect.poll(() => waiting.count()).toBe(1);
    await expect.poll(() => waiting.first().textContent()).toContain(target.name);
    await expectAccessible(phone);
    await screenshot(phone, 'portal-visits-waiting');

    // Back online: it goes out by itself and the waiting list empties.
    await context.setOffline(false);
    await expect.poll(() => phone.getByTestId('condition-pending').count(), { timeout: 30_000 }).toBe(0);
    const stored = await query<{ status: string; worsened: boolean; photos: number }>(
      `SELECT r.operating_status AS status, r.worsened,
              (SELECT count(*)::int FROM condition_visit_photo p WHERE p.visit_id = v.id) AS photos
         FROM condition_visit v JOIN condition_report r ON r.visit_id = v.id
        WHERE v.enterprise_id = $1 AND v.findings = $2`,
      [target.id, findings],
    );
    expect(stored).toEqual([{ status: 'PARTIAL', worsened: true, photos: 1 }]);
    await context.close();

    // The office's dashboard alerts it, and its 360° page shows the history.
    const { context: deskContext, page: desk } = await newPage(browser, DESKTOP);
    await signIn(desk, '/admin/sign-in', 'office');
    await expect.poll(() => desk.getByTestId('viewer-name').count()).toBe(1);
    await desk.goto('/admin/conditions');
    await expect.poll(() => desk.getByTestId('kpi-worsened').isVisible()).toBe(true);
    await expectAccessible(desk);
    await screenshot(desk, 'admin-condition-dashboard');
    await desk.getByTestId('kpi-worsened').click();
    const alerted = desk.getByTestId('drill-enterprise').filter({ hasText: target.name });
    await expect.poll(() => alerted.count()).toBe(1);
    await expectAccessible(desk);
    await alerted.click();
    await expect.poll(() => desk.getByTestId('enterprise-name').textContent()).toBe(target.name);
    const panel = desk.getByTestId('enterprise-conditions');
    await expect.poll(() => panel.locator('.echart canvas').count()).toBeGreaterThan(0);
    await expect.poll(() => panel.getByTestId('condition-visits').textContent()).toContain(findings);
    await expect.poll(() => panel.locator('img[alt="车间照片.png"]').count()).toBe(1);
    await expectAccessible(desk);
    await screenshot(desk, 'admin-enterprise-conditions');
    await deskContext.close();
  }, 180_000);
});
