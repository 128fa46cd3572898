/** The two plan 5277 files as a spreadsheet or an importer reads them. */
import fc from 'fast-check';
import { localPart, nationalPhone, toEofficeCsv, toSignatureCsv } from '../../../src/domain/exports';
import { parseCsv } from '../../helpers/csv';
import { check, cleanPerson, input, roster } from './fixtures';

const SERVICE_HEADERS = ['Đăng ký eOffice', 'Đăng ký chữ ký số'];

describe('hpnet-eoffice.csv and ban-co-yeu-chu-ky-so.csv', () => {
  const hostile = {
    ...cleanPerson(8),
    position: 'Hiệu trưởng',
    unit: '=HYPERLINK("http://x.example","Trường")',
    name: 'Nguyễn Văn An',
    gender: 'Nam',
  };
  const result = check(
    input(
      roster(
        [hostile, { ...cleanPerson(9), position: '@SUM(1) Tổ trưởng' }, { ...cleanPerson(10), position: 'PHT' }],
        SERVICE_HEADERS.map((header) => ({ header, values: ['', '', ''] })),
      ),
    ),
  );

  it('no cell a unit typed can run as a formula; the BOM leads', () => {
    for (const text of [toEofficeCsv(result.services.eoffice), toSignatureCsv(result.services.signature)]) {
      expect(text.startsWith('\uFEFFSTT,')).toBe(true);
      const rows = parseCsv(text.slice(1)).slice(1);
      expect(rows.length).toBeGreaterThan(0);
      for (const cell of rows.flat()) expect(cell).not.toMatch(/^[=+\-@]/);
    }
    const eoffice = parseCsv(toEofficeCsv(result.services.eoffice).slice(1));
    expect(eoffice[1][4]).toBe(`'${hostile.unit}`);
    expect(eoffice[1][8]).toBe('annv');
    const dob = hostile.dob as Date;
    const two = (n: number) => String(n).padStart(2, '0');
    expect(eoffice[1][2]).toBe(`${two(dob.getDate())}/${two(dob.getMonth() + 1)}/${dob.getFullYear()}`);
  });

  it('the user name is the local part of any address; phones are written as Vietnamese forms want them', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z][a-z0-9.]{0,20}$/), (local) => {
        expect(localPart(`${local}@haiphong.edu.vn`)).toBe(local);
      }),
    );
    expect(nationalPhone('+84912345678')).toBe('0912345678');
    expect(nationalPhone('+842253123456')).toBe('02253123456');
    expect(nationalPhone('')).toBe('');
  });
});
