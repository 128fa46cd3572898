/**
 * The sidebars in real headless Chromium, talking to the built bundle in the local runtime.
 */
import { makeWorkbook, person, values } from '../addon/fixtures';
import { UNIT_USER } from '../addon/runtime';
import { sharedBrowser } from './harness';
import { openRegistrationForm, typePerson } from './registration-form';
import { openFromMenu } from './sidebar-session';

const browser = sharedBrowser();

describe('Đăng ký email công vụ', () => {
  it('a unit sees the phone problem in Vietnamese, fixes it, saves, and the row is in Danh sách', async () => {
    const { rt, page } = await openRegistrationForm(browser(), makeWorkbook({ rows: 80 }));
    const p = person(900);
    await typePerson(page, p, { phone: '01234567890' });
    await page.click('#check');
    await page.locator('#phone-error:not(:empty)').waitFor();
    expect(await page.textContent('#phone-error')).toMatch(/điện thoại/i);
    expect(values(rt.workbook(), 'Danh sách')).toHaveLength(81);

    await page.fill('#phone', p.phone);
    await page.click('#save');
    await page.locator('.box.ok').waitFor();
    expect(await page.textContent('.box.ok')).toContain('dòng 82');
    const rows = values(rt.workbook(), 'Danh sách');
    expect(rows).toHaveLength(82);
    expect(rows[81][3]).toBe(p.fullName);
    expect(await page.inputValue('#phone')).toBe('');
  });

  it('shows a name like <script>…</script> as text, never runs it', async () => {
    const wb = makeWorkbook({ rows: 10 });
    const roster = wb.sheets.find((s) => s.name === 'Danh sách')!;
    const evil = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>';
    roster.rows[2]![2] = { value: evil };
    const { page } = await openRegistrationForm(browser(), wb);
    await page.selectOption('#commune', person(1).commune);
    await page.fill('#fullName', evil);
    await page.click('#check');
    await page.locator('#messages .box').first().waitFor();
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(
      await page.locator('#unit-list option').evaluateAll((o) => o.map((x) => (x as HTMLOptionElement).value)),
    ).toContain(evil);
  });
});

describe('Cài đặt', () => {
  it('the owner saves a deadline and a Văn phòng account; a wrong pattern is explained', async () => {
    const { rt, page } = await openFromMenu(browser(), makeWorkbook({ rows: 5 }), 'menuShowSettings');
    await page.locator('#domain').waitFor();
    expect(await page.inputValue('#domain')).toBe('haiphong.edu.vn');
    await page.fill('#addressPattern', '{ten}');
    await page.click('#save');
    await page.locator('.box.error').waitFor();
    expect(await page.textContent('.box.error')).toContain('{given}');

    await page.fill('#addressPattern', '{given}{initials}');
    await page.fill('#deadline', '2025-09-15T17:00');
    await page.fill('#allowedUsers', 'chuyenvien.vp@haiphong.edu.vn');
    await page.click('#save');
    await page.locator('.box.ok >> text=Đã lưu cài đặt.').waitFor();
    const view = rt.run('getSettings', [], { as: 'scriptRun' }) as { form: { deadline: string; allowedUsers: string } };
    expect(view.form).toMatchObject({ deadline: '2025-09-15T17:00', allowedUsers: 'chuyenvien.vp@haiphong.edu.vn' });
  });

  it('a unit account sees the settings read-only', async () => {
    const { page } = await openFromMenu(browser(), makeWorkbook({ rows: 5 }), 'menuShowSettings', UNIT_USER);
    await page.locator('#domain').waitFor();
    expect(await page.isDisabled('#save')).toBe(true);
    expect(await page.textContent('body')).toContain('chỉ được xem');
  });
});
