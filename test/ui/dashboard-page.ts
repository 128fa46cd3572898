/**
 * The dashboard page as a phone shows it: the page doGet serves after a run, opened in
 * headless Chromium with every network request recorded (a self-contained page makes none).
 */
import type { Browser, Page } from 'playwright-core';
import { COMMUNES } from '../../src/domain/communes';
import { generateWorkbook } from '../../sample/generator';
import { openPage, runAll } from '../dashboard/helpers';

export const PHONE = { width: 390, height: 844 };

export async function openDashboard(
  browser: Browser,
  viewport = PHONE,
): Promise<{ page: Page; requests: string[]; html: string }> {
  // Most of the city has reported; a few communes have not, as in the middle of a campaign.
  const communeCodes = COMMUNES.filter((_, i) => i % 9 !== 4).map((c) => c.code);
  const workbook = generateWorkbook({ people: 6_000, seed: 21, mistakes: true, communeCodes }).workbook;
  const rt = runAll(workbook, { webAppUrl: 'https://script.google.com/a/macros/haiphong.edu.vn/s/x/exec' });
  const { html } = openPage(rt);
  const page = await browser.newPage({ viewport, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
  const requests: string[] = [];
  page.on('request', (r) => {
    if (!r.url().startsWith('data:') && r.url() !== 'about:blank') requests.push(r.url());
  });
  await page.setContent(html, { waitUntil: 'load' });
  return { page, requests, html };
}
