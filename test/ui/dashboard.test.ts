/**
 * The dashboard renders in real Chromium, on a phone's width, from nothing but itself.
 */
import { DASHBOARD_TEXT } from '../../src/i18n/dashboard';
import { openDashboard, PHONE } from './dashboard-page';
import { sharedBrowser } from './harness';

const browser = sharedBrowser();

describe('dashboard page in Chromium', () => {
  it('shows the title, the mailboxes in use first, the three charts and the table on a phone without fetching anything', async () => {
    const { page, requests } = await openDashboard(browser());
    try {
      expect(await page.textContent('h1')).toBe(DASHBOARD_TEXT.title);
      // The Director's figure is on the first screen, above every other.
      const headline = await page.locator('#headline').boundingBox();
      expect(headline!.y + headline!.height).toBeLessThan(PHONE.height);
      expect(await page.locator('#headline h2').textContent()).toBe(DASHBOARD_TEXT.headline);
      expect(await page.locator('#funnel rect').count()).toBe(6);
      const charts = page.locator('svg');
      expect(await charts.count()).toBe(3);
      for (let i = 0; i < 3; i++) {
        const box = await charts.nth(i).boundingBox();
        expect(box!.width).toBeGreaterThan(300);
        expect(box!.width).toBeLessThanOrEqual(PHONE.width);
        expect(box!.height).toBeGreaterThan(40);
      }
      // Bars are drawn: the behind chart has one red bar per commune it names.
      expect(await page.locator('svg rect[fill="#d93025"]').count()).toBeGreaterThan(3);
      // Nothing wider than the phone but the table, which scrolls inside its own box.
      const widths = await page.evaluate(() => ({
        page: document.documentElement.scrollWidth,
        table: document.querySelector('.scroll')!.scrollWidth,
        box: document.querySelector('.scroll')!.clientWidth,
      }));
      expect(widths.page).toBeLessThanOrEqual(PHONE.width);
      expect(widths.table).toBeGreaterThan(widths.box);
      const fontSize = await page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize));
      expect(fontSize).toBeGreaterThanOrEqual(14);
      expect(requests).toEqual([]);
      const png = await page.screenshot({ fullPage: true });
      expect(png.length).toBeGreaterThan(20_000);
    } finally {
      await page.close();
    }
  });
});
