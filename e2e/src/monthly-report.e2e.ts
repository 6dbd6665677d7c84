import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { DESKTOP, expectAccessible, launchBrowser, newPage, screenshot, signIn } from './browser.js';

let browser: Browser;
let closeBrowser: () => Promise<void>;
beforeAll(async () => {
  ({ browser, close: closeBrowser } = await launchBrowser());
});
afterAll(() => closeBrowser());

/** The month before the current one in Shanghai, as the page opens on it. */
function lastMonth(now = new Date()): string {
  const [year, month] = new Date(now.getTime() + 8 * 3_600_000)
    .toISOString()
    .slice(0, 7)
    .split('-')
    .map(Number);
  return new Date(Date.UTC(year, month - 2, 1)).toISOString().slice(0, 7);
}

/** The pages of a PDF as Chromium writes it: each page object with its MediaBox, in points. */
function pdfPages(pdf: Buffer): { width: number; height: number }[] {
  const text = pdf.toString('latin1');
  return [
    ...text.matchAll(
      /\/Type\s*\/Page\b[^]*?\/MediaBox\s*\[\s*([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)\s*\]/g,
    ),
  ].map((m) => ({ width: Number(m[3]) - Number(m[1]), height: Number(m[4]) - Number(m[2]) }));
}

describe('the monthly report 月报', () => {
  it('the office leader opens last month’s report, prints it on A4 and downloads its workbook', async () => {
    const { context, page } = await newPage(browser, DESKTOP);
    const problems: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(message.text());
    });
    page.on('pageerror', (error) => problems.push(error.message));

    await signIn(page, '/admin/sign-in', 'officelead');
    // The office leader's view opens on the dashboard; the sign-in hashes a password on a busy machine.
    await expect
      .poll(() => page.getByTestId('user-menu').textContent(), { timeout: 30_000 })
      .toContain('赵主任');
    await page.getByTestId('menu-monthly-report').click();
    await expect.poll(() => page.getByTestId('report-figures').isVisible(), { timeout: 60_000 }).toBe(true);

    // The demo district's year of history fills last month: figures, a ranking, typical cases.
    const month = lastMonth();
    const [year, m] = month.split('-').map(Number);
    expect(await page.locator('.report-title').textContent()).toBe(`${year}年${m}月诉求办理月报`);
    const received = Number(
      (await page.getByTestId('report-kpi-received').locator('td').first().textContent())?.trim(),
    );
    expect(received).toBeGreaterThan(0);
    expect(await page.getByTestId('report-ranking').locator('tbody tr').count()).toBeGreaterThan(3);
    expect(await page.getByTestId('report-typical').locator('tbody tr').count()).toBeGreaterThan(0);
    await expectAccessible(page);
    await screenshot(page, 'admin-monthly-report');

    // Printing: the menu, header and toolbar go, the report stays.
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.admin-sidebar').isVisible()).toBe(false);
    expect(await page.getByTestId('report-print').isVisible()).toBe(false);
    expect(await page.getByTestId('report-figures').isVisible()).toBe(true);
    // Chromium prints it as the page asks (@page A4 portrait): several A4 pages.
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const pages = pdfPages(pdf);
    expect(pages.length).toBeGreaterThanOrEqual(3);
    for (const { width, height } of pages) {
      // A4 is 210 × 297 mm: 595.3 × 841.9 points.
      expect(Math.abs(width - 595.3)).toBeLessThan(2);
      expect(Math.abs(height - 841.9)).toBeLessThan(2);
    }
    await page.emulateMedia({ media: 'screen' });

    // The workbook: written in the background, downloaded by the page when ready.
    const download = page.waitForEvent('download', { timeout: 60_000 });
    await page.getByTestId('report-export').click();
    const file = await download;
    expect(file.suggestedFilename()).toBe(`月报-${month}.xlsx`);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await readFile((await file.path())!)) as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
      '概况',
      '分类与网格',
      '部门排名',
      '典型案例',
      '通报',
      '问责',
    ]);
    const summary = workbook.getWorksheet('概况')!;
    expect(summary.getRow(2).values).toEqual([undefined, '月份', month]);
    expect(summary.getRow(4).getCell(2).value).toBe(received);

    expect(problems).toEqual([]);
    await context.close();
    // A story with a PDF and a background export: allow for the shared machine's load.
  }, 240_000);
});
