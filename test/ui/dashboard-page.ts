/**
 * The dashboard page as a phone shows it: the page doGet serves after a run, opened in
 * headless Chromium with every network request recorded (a self-contained page makes none).
 */
import type { Browser, Page } from 'playwright-core';
import { COMMUNES } from '../../src/domain/communes';
import { generateWorkbook } from '../../sample/generator';
import { openPage, runAll, sheetValues } from '../dashboard/helpers';
import type { Runtime } from '../addon/runtime';

export const PHONE = { width: 390, height: 844 };

/**
 * A week on: the technical unit created most accounts of the first file and many teachers
 * signed in; Văn phòng pasted the Admin console's user list and ran the check again.
 */
function pasteDirectory(rt: Runtime): void {
  const roster = sheetValues(rt, 'Danh sách');
  const at = roster[0].indexOf('Email công vụ');
  const created = roster
    .slice(1)
    .map((r) => String(r[at] ?? ''))
    .filter((a, i) => a.includes('@') && i % 5 !== 0);
  const g = rt.globals as unknown as { SpreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp };
  const list = g.SpreadsheetApp.getActive().insertSheet('Danh bạ tài khoản');
  // A new sheet has 1,000 rows; the list is longer.
  list.insertRowsAfter(list.getMaxRows(), created.length + 1 - list.getMaxRows());
  list
    .getRange(1, 1, created.length + 1, 3)
    .setValues([
      ['Email Address [Required]', 'Status [READ ONLY]', 'Last Sign In [READ ONLY]'],
      ...created.map((a, i) => [a, 'Active', i % 3 === 0 ? 'Never logged in' : '2025/09/11 07:45:12']),
    ]);
  rt.run('menuCheckAll', [], { as: 'menu' });
}

export async function openDashboard(
  browser: Browser,
  viewport = PHONE,
): Promise<{ page: Page; requests: string[]; html: string }> {
  // Most of the city has reported; a few communes have not, as in the middle of a campaign.
  const communeCodes = COMMUNES.filter((_, i) => i % 9 !== 4).map((c) => c.code);
  const workbook = generateWorkbook({ people: 6_000, seed: 21, mistakes: true, communeCodes }).workbook;
  const rt = runAll(workbook, { webAppUrl: 'https://script.google.com/a/macros/haiphong.edu.vn/s/x/exec' });
  pasteDirectory(rt);
  const { html } = openPage(rt);
  const page = await browser.newPage({ viewport, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
  const requests: string[] = [];
  page.on('request', (r) => {
    if (!r.url().startsWith('data:') && r.url() !== 'about:blank') requests.push(r.url());
  });
  await page.setContent(html, { waitUntil: 'load' });
  return { page, requests, html };
}
