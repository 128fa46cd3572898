/**
 * One mistake, one finding: a consequence of a finding already on a row is not reported
 * again somewhere else. And a refused phone number says why.
 */
import { SUMMARY_HEADER_AS_TYPED } from '../../../scripts/reference-data';
import type { RawTable } from '../../../src/domain/types';
import { check, cleanPerson, codesOf, input, registerOf, roster, withLedger, type PersonInput } from './fixtures';

const summary = (rows: unknown[][]): RawTable => ({
  sheetName: 'Tổng hợp',
  values: [[...SUMMARY_HEADER_AS_TYPED], ...(rows as RawTable['values'])],
});
const onSummary = (result: ReturnType<typeof check>): [number, string][] =>
  result.findings.filter((f) => f.sheet === 'Tổng hợp').map((f) => [f.row, f.code]);

describe('a row whose commune is unresolved', () => {
  const people: PersonInput[] = [
    cleanPerson(40),
    { ...cleanPerson(42), commune: 'Quận Lê Chân' },
    { ...cleanPerson(44), commune: 'Cam Giang' },
    cleanPerson(41),
  ];

  it('still counts toward the unit its unit name names: COMMUNE_UNKNOWN on the row, no COUNT_MISMATCH', () => {
    const table = summary([
      [1, 'P. Lê Chân', 'Trường THCS Lê Lợi', 3, 'Nguyễn Thị Hà', '0912345678'],
      [2, 'Xã Gia Lộc', 'Trường Tiểu học Gia Lộc', 1, 'Trần Văn Nam', '0912345679'],
    ]);
    const result = check(input(roster(people), { summary: table }));
    expect(codesOf(result, 3)).toEqual(['COMMUNE_UNKNOWN']);
    expect(codesOf(result, 4)).toEqual(['COMMUNE_UNKNOWN']);
    expect(onSummary(result)).toEqual([]);
  });

  it('counts nowhere when two units of Tổng hợp share its unit name, so a real miscount there still shows', () => {
    const table = summary([
      [1, 'P. Lê Chân', 'Trường THCS Lê Lợi', 3, 'Nguyễn Thị Hà', '0912345678'],
      [2, 'Xã Gia Lộc', 'Trường THCS Lê Lợi', 0, 'Trần Văn Nam', '0912345679'],
      [3, 'Xã Gia Lộc', 'Trường Tiểu học Gia Lộc', 1, 'Trần Văn Nam', '0912345679'],
    ]);
    const result = check(input(roster(people), { summary: table }));
    expect(onSummary(result)).toEqual([[2, 'COUNT_MISMATCH']]);
  });

  it("in Tổng hợp itself: the unit's rows still count toward it, the commune is the only finding", () => {
    const table = summary([
      [1, 'Quận Lê Chân', 'Trường THCS Lê Lợi', 3, 'Nguyễn Thị Hà', '0912345678'],
      [2, 'Xã Gia Lộc', 'Trường Tiểu học Gia Lộc', 1, 'Trần Văn Nam', '0912345679'],
    ]);
    const result = check(input(roster(people), { summary: table }));
    expect(onSummary(result)).toEqual([[2, 'COMMUNE_UNKNOWN']]);
  });
});

describe('duplicates', () => {
  it('name the kept row, never a row that is itself flagged as a duplicate', () => {
    const a = { ...cleanPerson(60), staffId: '' };
    const b = { ...a, staffId: '3100099999', unit: 'Trường Mầm non Hoa Sen' };
    // Same Mã định danh as b, another spelling of nothing: only b links it to a.
    const c = { ...cleanPerson(61), staffId: '3100099999', cccd: '' };
    const result = check(input(roster([a, b, c])));
    expect(codesOf(result, 3)).toEqual(['DUPLICATE_PERSON']);
    expect(codesOf(result, 4)).toEqual(['DUPLICATE_PERSON']);
    expect(result.rows[2].messages).toContain('dòng 2');
    expect(result.rows[2].messages).not.toContain('dòng 3');
  });

  it('keep the row holding the address, wherever it stands, and show the address on no other row', () => {
    const p = cleanPerson(62);
    const first = check(input(roster([cleanPerson(63), p])));
    const address = first.rows[1].address;
    expect(address).toMatch(/@haiphong\.edu\.vn$/);
    // The same person typed again above the row that holds the address.
    const again = withLedger(roster([cleanPerson(63), p]), first);
    again.values.splice(1, 0, [...again.values[2].slice(0, -1), '']);
    const result = check(input(again, { register: registerOf(first) }));
    expect(codesOf(result, 2)).toEqual(['DUPLICATE_PERSON']);
    expect(codesOf(result, 3)).toEqual([]);
    expect(codesOf(result, 4)).toEqual([]);
    expect(result.rows[0].messages).toContain('dòng 4');
    expect(result.rows.map((r) => r.address)).toEqual(['', first.rows[0].address, address]);
    expect(result.counts.newlyAssigned).toBe(0);
  });

  it('do not repeat what the kept row reports: an existing account is flagged once', () => {
    const p = { ...cleanPerson(64), existingEmail: 'hoa.nt@haiphong.edu.vn' };
    const result = check(input(roster([p, { ...p, unit: 'Trường Mầm non Hoa Sen' }])));
    expect(codesOf(result, 2)).toEqual(['HAS_ACCOUNT']);
    expect(codesOf(result, 3)).toEqual(['DUPLICATE_PERSON']);
  });
});

describe('PHONE_INVALID says which', () => {
  it.each([
    ['0892123456', /đầu số 0892/],
    ['01234567890', /đã đổi thành 0834567890/],
    ['+86 138 1234 5678', /không phải số Việt Nam/],
    ['0912 34', /không phải số điện thoại đúng dạng/],
  ])('%s', (phone, message) => {
    const result = check(input(roster([{ ...cleanPerson(70), phone }])));
    expect(codesOf(result, 2)).toEqual(['PHONE_INVALID']);
    expect(result.rows[0].messages).toMatch(message);
  });
});
