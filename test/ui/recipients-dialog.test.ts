/**
 * The approval dialog of hand-over recipients in headless Chromium, on the built bundle:
 * Văn phòng sees every pending unit with the old and new address, outside addresses
 * marked, approves one, rejects one, then approves all.
 */
import { makeWorkbook } from '../addon/fixtures';
import { OWNER, startRuntime } from '../addon/runtime';
import { reviewOf } from '../helpers/recipients';
import { openSidebar, sharedBrowser } from './harness';

const browser = sharedBrowser();

describe('Duyệt email đầu mối nhận bàn giao', () => {
  it('lists every pending unit and approves one, rejects one, then all the rest', async () => {
    const wb = makeWorkbook({ rows: 200, focalEmails: true });
    const summary = wb.sheets.find((s) => s.name === 'Tổng hợp')!;
    summary.rows[2]![6] = { value: 'daumoi.ca.nhan@gmail.com' };
    const rt = startRuntime(wb);
    rt.run('menuReviewRecipients', [], { as: 'menu' });
    const dialogs = rt.ui.dialogs as unknown as { html: string }[];
    const page = await openSidebar(
      browser(),
      dialogs[dialogs.length - 1].html,
      (fn, args) => rt.scriptRun(OWNER, fn, args),
      860,
      rt.reachableFunctions(),
    );
    await page.locator('tbody tr').first().waitFor();
    expect(await page.locator('tbody tr').count()).toBe(5);
    const outside = page.locator('tbody tr', { hasText: 'daumoi.ca.nhan@gmail.com' });
    expect(await outside.locator('.outside').first().textContent()).toBe('daumoi.ca.nhan@gmail.com');
    expect(await outside.textContent()).toContain('ngoài haiphong.edu.vn');
    await outside.locator('button', { hasText: 'Từ chối' }).click();
    await page.locator('.box.ok', { hasText: 'từ chối 1' }).waitFor();
    await page.locator('tbody tr').first().locator('button', { hasText: 'Duyệt' }).click();
    await page.locator('.box.ok', { hasText: 'Đã duyệt 1' }).waitFor();
    expect(await page.locator('tbody tr').count()).toBe(3);
    await page.click('#approveAll');
    await page.locator('.box.ok', { hasText: 'Đã duyệt 3' }).waitFor();
    expect(await page.textContent('body')).toContain('Không có đề nghị nào chờ duyệt.');
    expect(reviewOf(rt)).toMatchObject({ pending: [], approved: 4 });
  });
});
