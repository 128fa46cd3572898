import fc from 'fast-check';
import { readDataFile, readNames } from '../../../scripts/reference-data';
import { cccdMatchesPerson, parseCccd, type CccdOk } from '../../../src/domain/cccd';
import { COMMUNES, resolveCommune } from '../../../src/domain/communes';
import { ageOn, parseSheetDate } from '../../../src/domain/dates';
import { parseEmail, parseGender } from '../../../src/domain/email';
import { explainInvalidPhone, parsePhone } from '../../../src/domain/phone';
import { checkPersonName, foldKey, nameKey, properCaseName, toAsciiLower } from '../../../src/domain/text';

const NAMES = readNames();

describe('names', () => {
  it.each([
    ['Nguyễn Văn An'.normalize('NFD'), 'nguyễn văn an'],
    ['  NGUYỄN  văn\u00a0AN\u200b ', 'nguyễn văn an'],
    ['Trần Thị Thuỷ', 'trần thị thủy'],
    ['Lê Văn Hoà', 'lê văn hòa'],
    ['Phạm Thị Khoẻ', 'phạm thị khỏe'],
    ['Đỗ Quý', 'đỗ quý'],
    ['Hoàng Văn Thuận', 'hoàng văn thuận'],
  ])('%s → %s', (raw, key) => expect(nameKey(raw)).toBe(key));

  it('keeps marks apart in keys but folds them for commune matching', () => {
    expect(nameKey('Nguyễn Văn Ân')).not.toBe(nameKey('Nguyễn Văn An'));
    expect(foldKey('Xã Vĩnh Bảo')).toBe('xa vinh bao');
    expect(properCaseName('nguyễn VĂN an')).toBe('Nguyễn Văn An');
    expect(toAsciiLower('Đặng Thị Thuỷ')).toBe('dang thi thuy');
  });

  it('accepts every one of 15,000 real Vietnamese names', () => {
    const refused = NAMES.filter((n) => !checkPersonName(n).ok);
    expect(refused).toEqual([]);
  });

  it('property: the key ignores NFD/NFC, extra spaces and zero-width characters', () => {
    fc.assert(
      fc.property(fc.constantFrom(...NAMES.slice(0, 500)), fc.integer({ min: 0, max: 3 }), (name, extra) => {
        const messy = ` ${name
          .normalize('NFD')
          .split(' ')
          .join(' '.repeat(extra + 1) + '\u200b')} `;
        expect(nameKey(messy)).toBe(nameKey(name));
      }),
    );
  });
});

describe('phones', () => {
  it.each([
    [912345678],
    ['0912 345 678'],
    ['0912.345.678'],
    ['0912-345-678'],
    ['+84 912 345 678'],
    ['84912345678'],
    ['0084912345678'],
  ])('%s is 0912345678', (raw) => {
    expect(parsePhone(raw)).toMatchObject({ kind: 'ok', national: '0912345678', e164: '+84912345678', type: 'mobile' });
  });
  it.each([['0225 3842123'], ['02203 842 123']])('%s is a landline', (raw) =>
    expect(parsePhone(raw)).toMatchObject({ kind: 'ok', type: 'landline' }),
  );
  it.each([['01234567890'], ['01689123456'], ['091234567'], ['09123456789'], ['0912abc678'], ['12345']])(
    '%s is refused',
    (raw) => {
      expect(parsePhone(raw).kind).toBe('invalid');
    },
  );
  it.each([
    ['01234567890', { kind: 'old', converted: '0834567890' }],
    ['0168 912 3456', { kind: 'old', converted: '0389123456' }],
    [1205551234, { kind: 'old', converted: '0705551234' }],
    ['+84 199 555 1234', { kind: 'old', converted: '0595551234' }],
    ['0892123456', { kind: 'block', block: '0892' }],
    ['+84 501 234 567', { kind: 'block', block: '0501' }],
    ['+1 650 253 0000', { kind: 'foreign' }],
    ['0086 138 1234 5678', { kind: 'foreign' }],
    ['091234567', { kind: 'malformed' }],
    ['0912abc678', { kind: 'malformed' }],
    ['09123456789', { kind: 'malformed' }],
  ])('%s is refused and says why', (raw, problem) => {
    expect(parsePhone(raw).kind).toBe('invalid');
    expect(explainInvalidPhone(raw)).toEqual(problem);
  });
  it('names the number every old 11-digit mobile became, and that number is in service', () => {
    const prefixes = ['120', '121', '122', '126', '128', '123', '124', '125', '127', '129'];
    for (let x = 2; x <= 9; x++) prefixes.push(`16${x}`);
    prefixes.push('186', '188', '199');
    fc.assert(
      fc.property(fc.constantFrom(...prefixes), fc.integer({ min: 0, max: 9_999_999 }), (prefix, rest) => {
        const old = `0${prefix}${String(rest).padStart(7, '0')}`;
        const problem = explainInvalidPhone(old);
        expect(problem).toMatchObject({ kind: 'old' });
        const converted = (problem as { converted: string }).converted;
        expect(converted.slice(-7)).toBe(old.slice(-7));
        expect(parsePhone(converted)).toMatchObject({ kind: 'ok', type: 'mobile', national: converted });
      }),
    );
  });
  it('names the block of a number of the right shape that is not in service: 089 only for 0896–0899', () => {
    for (let d = 0; d <= 9; d++) {
      const raw = `089${d}123456`;
      if (d >= 6) expect(parsePhone(raw)).toMatchObject({ kind: 'ok' });
      else expect(explainInvalidPhone(raw)).toEqual({ kind: 'block', block: `089${d}` });
    }
  });
});

describe('CCCD', () => {
  it('recovers a leading zero lost by Excel', () => {
    expect(parseCccd(31085012345)).toMatchObject({
      kind: 'ok',
      value: '031085012345',
      province: 'Hải Phòng',
      century: 1900,
      sex: 'Nam',
      yearTwoDigits: 85,
      recoveredLeadingZero: true,
    });
  });
  it('recovers the two zeros Hà Nội and the provinces 002-008 lose in a number cell, and nothing more', () => {
    expect(parseCccd(1185012345)).toMatchObject({ kind: 'ok', value: '001185012345', province: 'Hà Nội', sex: 'Nữ' });
    // Typed as text, ten digits were typed: not guessed at.
    expect(parseCccd('1185012345')).toMatchObject({ kind: 'invalid', reason: 'length', digits: 10 });
    // 003 and 009 are nobody's province: the number stays ten digits long.
    expect(parseCccd(3085012345)).toMatchObject({ kind: 'invalid', reason: 'length', digits: 10 });
    expect(parseCccd(9085012345)).toMatchObject({ kind: 'invalid', reason: 'length', digits: 10 });
    expect(parseCccd(185012345)).toMatchObject({ kind: 'invalid', reason: 'length', digits: 9 });
  });
  it('reads back every valid CCCD from the number a spreadsheet makes of it', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('001', '002', '004', '006', '008', '010', '031', '030', '096'),
        fc.integer({ min: 0, max: 3 }),
        fc.integer({ min: 0, max: 99 }),
        fc.integer({ min: 0, max: 999_999 }),
        (province, century, year, serial) => {
          const cccd = `${province}${century}${String(year).padStart(2, '0')}${String(serial).padStart(6, '0')}`;
          expect(parseCccd(Number(cccd))).toMatchObject({ kind: 'ok', value: cccd });
          expect(parseCccd(cccd)).toMatchObject({ kind: 'ok', value: cccd });
        },
      ),
    );
  });
  it.each([
    ['03108501234', 'length'],
    ['0310850123456', 'length'],
    ['123456789', 'length'],
    ['999085012345', 'province'],
    ['031585012345', 'century'],
    ['03108501234A', 'non_digit'],
  ])('%s: %s', (raw, reason) => expect(parseCccd(raw)).toMatchObject({ kind: 'invalid', reason }));
  it('compares the year, century and sex digits with the person', () => {
    const c = parseCccd('031185012345') as CccdOk;
    expect(cccdMatchesPerson(c, new Date(1985, 1, 1), 'Nữ')).toEqual({ ok: true });
    expect(cccdMatchesPerson(c, new Date(1986, 1, 1), 'Nữ')).toMatchObject({
      ok: false,
      problem: 'year',
      cccdYear: '85',
      dobYear: 1986,
    });
    expect(cccdMatchesPerson(c, new Date(1985, 1, 1), 'Nam')).toMatchObject({ ok: false, problem: 'sex' });
    expect(cccdMatchesPerson(parseCccd('031285012345') as CccdOk, new Date(1985, 1, 1), null)).toMatchObject({
      ok: false,
      problem: 'century',
    });
  });
});

describe('dates', () => {
  it.each([['15/3/1985'], ['15-03-1985'], ['15.03.1985'], ['1985-03-15'], [31121], ['31121'], [new Date(1985, 2, 15)]])(
    '%s is 15/03/1985',
    (raw) => {
      expect(parseSheetDate(raw)).toMatchObject({ kind: 'ok', iso: '1985-03-15' });
    },
  );
  it.each([
    ['31/02/1985', 'impossible'],
    ['29/02/1985', 'impossible'],
    ['00/01/1990', 'impossible'],
    ['15/13/1990', 'impossible'],
    ['15/3/85', 'format'],
    ['ngày mai', 'format'],
  ])('%s: %s', (raw, reason) => {
    expect(parseSheetDate(raw)).toMatchObject({ kind: 'invalid', reason });
  });
  it('knows leap years and birthdays', () => {
    expect(parseSheetDate('29/02/1984').kind).toBe('ok');
    expect(ageOn(new Date(1985, 2, 15), new Date(2025, 2, 14))).toBe(39);
    expect(ageOn(new Date(1985, 2, 15), new Date(2025, 2, 15))).toBe(40);
  });
});

describe('communes', () => {
  it('has the 114 units: 45 phường, 67 xã, 2 đặc khu', () => {
    expect(COMMUNES).toHaveLength(114);
    expect(COMMUNES.filter((c) => c.type === 'phường')).toHaveLength(45);
    expect(COMMUNES.filter((c) => c.type === 'xã')).toHaveLength(67);
    expect(COMMUNES.filter((c) => c.type === 'đặc khu')).toHaveLength(2);
  });

  it('finds every unit by full name, bare name, lower case and short prefix; markless when unique', () => {
    for (const c of COMMUNES) {
      const short = c.fullName
        .replace(/^Phường /, 'P. ')
        .replace(/^Xã /, 'X. ')
        .replace(/^Đặc khu /, 'ĐK ');
      for (const typed of [c.fullName, c.name, c.fullName.toLowerCase(), short, `UBND ${c.fullName}`]) {
        expect({ typed, code: (resolveCommune(typed) as { commune?: { code: string } }).commune?.code }).toEqual({
          typed,
          code: c.code,
        });
      }
      const markless = foldKey(c.fullName);
      const sameFold = COMMUNES.filter((o) => foldKey(o.name) === foldKey(c.name));
      const r = resolveCommune(markless);
      expect(r.kind).toBe(sameFold.length === 1 ? 'ok' : 'ambiguous');
    }
  });

  it('never confuses Cẩm Giang with Cẩm Giàng', () => {
    expect(resolveCommune('Cẩm Giang')).toMatchObject({ kind: 'ok', commune: { code: '10888' } });
    expect(resolveCommune('Cẩm Giàng')).toMatchObject({ kind: 'ok', commune: { code: '10903' } });
    const r = resolveCommune('Cam Giang');
    expect(r.kind).toBe('ambiguous');
    expect((r as { candidates: { code: string }[] }).candidates.map((c) => c.code).sort()).toEqual(['10888', '10903']);
  });

  it('names the likely new unit for pre-2025 names, and prefers today’s unit when a name is both', () => {
    expect(resolveCommune('Quận Lê Chân')).toMatchObject({
      kind: 'old',
      suggestions: [expect.objectContaining({ fullName: 'Phường Lê Chân' })],
    });
    expect(resolveCommune('Huyện Gia Lộc')).toMatchObject({
      kind: 'old',
      suggestions: expect.arrayContaining([expect.objectContaining({ fullName: 'Xã Gia Lộc' })]),
    });
    const rows = readDataFile('haiphong-old-to-new-2025.csv')
      .trim()
      .split('\n')
      .slice(1)
      .map((l) => l.split(','));
    const oldOnly = rows.filter(
      ([, , , oldName]) =>
        !COMMUNES.some((c) => foldKey(c.name) === foldKey(oldName.replace(/^(Phường|Xã|Thị trấn|Huyện) /, ''))),
    );
    expect(oldOnly.length).toBeGreaterThan(200);
    for (const [newCode, , , oldName] of oldOnly.slice(0, 120)) {
      const r = resolveCommune(oldName);
      expect({ oldName, kind: r.kind }).toEqual({ oldName, kind: 'old' });
      expect((r as { suggestions: { code: string }[] }).suggestions.map((c) => c.code)).toContain(newCode);
    }
    expect(resolveCommune('Trần Phú')).toMatchObject({ kind: 'ok', commune: { code: '10633' } });
    expect(resolveCommune('Phường Nguyễn Trãi')).toMatchObject({ kind: 'ok', commune: { code: '10552' } });
  });

  it('suggests the nearest names for a typo, and never accepts it', () => {
    const r = resolveCommune('Lê Chăn');
    expect(r.kind).toBe('unknown');
    expect((r as { suggestions: { fullName: string }[] }).suggestions.map((c) => c.fullName)).toContain(
      'Phường Lê Chân',
    );
  });
});

describe('e-mail and gender', () => {
  it.each([
    ['mailto:An.NV@Gmail.com', 'an.nv@gmail.com'],
    ['<an@haiphong.edu.vn>', 'an@haiphong.edu.vn'],
  ])('%s', (raw, address) => {
    expect(parseEmail(raw)).toMatchObject({ kind: 'ok', address });
  });
  it('refuses what is not an address', () => expect(parseEmail('an@gmail').kind).toBe('invalid'));
  it.each([
    ['nam', 'Nam'],
    ['NỮ', 'Nữ'],
    ['Nữ'.normalize('NFD'), 'Nữ'],
    ['nu', 'Nữ'],
  ])('%s → %s', (raw, value) => expect(parseGender(raw)).toEqual({ kind: 'ok', value }));
  it('refuses other values', () => expect(parseGender('Khác').kind).toBe('invalid'));
});
