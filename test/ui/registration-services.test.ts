/**
 * The registration sidebar's plan 5277 choices in real headless Chromium, talking to the
 * built bundle in the local runtime.
 */
import { makeWorkbook, person, values } from '../addon/fixtures';
import { sharedBrowser } from './harness';
import { openRegistrationForm, typePerson } from './registration-form';

const browser = sharedBrowser();

describe('Đăng ký email công vụ: eOffice and chữ ký số', () => {
  it('pre-fills both choices from the position, explains the plan, warns without blocking, saves the choices', async () => {
    const { rt, page } = await openRegistrationForm(browser(), makeWorkbook({ rows: 30 }));
    await page.locator('#eofficeRequest').waitFor();
    expect(await page.textContent('#services-plan')).toMatch(/hiệu trưởng.*tổ trưởng.*văn thư/);

    const choices = async () => [await page.inputValue('#eofficeRequest'), await page.inputValue('#signatureRequest')];
    await page.selectOption('#position', 'Phó hiệu trưởng');
    expect(await choices()).toEqual(['Có', 'Có']);
    await page.selectOption('#position', 'Tổ trưởng');
    expect(await choices()).toEqual(['Có', 'Không']);
    await page.selectOption('#position', 'Văn thư');
    expect(await choices()).toEqual(['Có', 'Không']);
    await page.selectOption('#position', 'Giáo viên');
    expect(await choices()).toEqual(['Không', 'Không']);
    expect(await page.locator('#services-warning .box').count()).toBe(0);

    // A teacher ticks Có for eOffice: told at once, still allowed to save.
    await page.selectOption('#eofficeRequest', 'Có');
    await page.locator('#services-warning .box.warn').waitFor();
    expect(await page.textContent('#services-warning')).toMatch(/không thuộc đối tượng cấp eOffice/);

    const p = person(700);
    // The position stays Giáo viên, with the eOffice choice ticked above.
    await typePerson(page, p, { position: false });
    await page.click('#save');
    await page.locator('.box.ok').waitFor();
    expect(await page.textContent('#messages')).toMatch(/Lưu ý:.*eOffice/s);
    expect(await page.textContent('.box.ok')).toContain('dòng 32');

    const rows = values(rt.workbook(), 'Danh sách');
    const header = rows[0].map(String);
    const saved = rows[31];
    expect(saved[header.indexOf('Họ và tên')]).toBe(p.fullName);
    expect(saved[header.indexOf('Đăng ký eOffice')]).toBe('Có');
    expect(saved[header.indexOf('Đăng ký chữ ký số')]).toBe('Không');
    expect(saved[header.indexOf('eOffice')]).toBe('Chưa đủ điều kiện');
    // The form is ready for the next person: the choices wait for a position again.
    expect(await choices()).toEqual(['', '']);
    expect(await page.locator('#services-warning .box').count()).toBe(0);
  });
});
