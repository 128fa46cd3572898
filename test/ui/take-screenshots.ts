/**
 * `npm run screenshots`: a PNG of each sidebar, filled with realistic data, for the README.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { makeWorkbook, person } from '../addon/fixtures';
import { openDashboard } from './dashboard-page';
import { launchBrowser } from './harness';
import { openRegistrationForm } from './registration-form';
import { openFromMenu } from './sidebar-session';

async function main(): Promise<void> {
  const out = join(__dirname, '..', '..', 'docs', 'screenshots');
  mkdirSync(out, { recursive: true });
  const browser = await launchBrowser();
  try {
    const reg = await openRegistrationForm(browser, makeWorkbook({ rows: 200 }));
    const p = person(4321);
    await reg.page.selectOption('#commune', p.commune);
    await reg.page.fill('#unit', p.unit);
    await reg.page.fill('#fullName', p.fullName);
    await reg.page.fill(
      '#dob',
      `${p.dob.getFullYear()}-${String(p.dob.getMonth() + 1).padStart(2, '0')}-${String(p.dob.getDate()).padStart(2, '0')}`,
    );
    await reg.page.selectOption('#gender', p.gender);
    await reg.page.selectOption('#position', p.position);
    await reg.page.fill('#cccd', p.cccd);
    await reg.page.fill('#phone', '01234567890');
    await reg.page.click('#check');
    await reg.page.locator('#messages .box').first().waitFor();
    await reg.page.screenshot({ path: join(out, 'registration.png'), fullPage: true });

    const settings = await openFromMenu(browser, makeWorkbook({ rows: 10 }), 'menuShowSettings');
    await settings.page.locator('#domain').waitFor();
    await settings.page.fill('#deadline', '2025-09-15T17:00');
    await settings.page.fill('#allowedUsers', 'chuyenvien.vp@haiphong.edu.vn');
    await settings.page.screenshot({ path: join(out, 'settings.png'), fullPage: true });

    const dashboard = await openDashboard(browser, { width: 420, height: 1500 });
    await dashboard.page.screenshot({ path: join(out, 'dashboard.png'), fullPage: false });
    console.log(`docs/screenshots: registration.png, settings.png, dashboard.png`);
  } finally {
    await browser.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
