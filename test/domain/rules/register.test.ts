/**
 * The register in the pure check: what each run reads back from 'Sổ địa chỉ' decides
 * whose an address is, whatever the rows now say.
 */
import type { CheckResult } from '../../../src/domain/check';
import type { CellValue, RawTable } from '../../../src/domain/types';
import { check, cleanPerson, codesOf, input, roster, type PersonInput } from './fixtures';

const registerOf = (result: CheckResult): RawTable => ({ sheetName: 'Sổ địa chỉ', values: result.register.values });

/** The sheet after a run: the owned address column appended to what the unit typed. */
function shown(people: PersonInput[], addresses: string[]): RawTable {
  const table = roster(people);
  table.values[0] = [...table.values[0], 'Email công vụ'];
  for (let i = 1; i < table.values.length; i++) table.values[i] = [...table.values[i], addresses[i - 1] ?? ''];
  return table;
}

function run(people: PersonInput[], addresses: string[], previous: CheckResult | null): CheckResult {
  return check(input(shown(people, addresses), { register: previous ? registerOf(previous) : null }));
}

const addressesOf = (r: CheckResult): string[] => r.rows.map((o) => o.address);

describe('the address register', () => {
  const a = cleanPerson(80);
  const b = cleanPerson(81);

  it('records every address with who it belongs to, and nothing else about the person', () => {
    const first = run([a, b], [], null);
    const [header, ...rows] = first.register.values;
    expect(header.slice(0, 5)).toEqual(['Email công vụ', 'Mã định danh', 'Số CCCD', 'Họ và tên', 'Ngày sinh']);
    expect(rows.map((r) => r[0])).toEqual(addressesOf(first));
    expect(rows[0].slice(1, 4)).toEqual([a.staffId, a.cccd, a.name]);
    const text = JSON.stringify(first.register.values);
    expect(text).not.toContain(String(a.phone));
    expect(text).not.toContain(String(a.personalEmail));
    expect(first.register.firstChangedRow).toBe(1);
    const again = run([a, b], addressesOf(first), first);
    expect(again.register.firstChangedRow).toBe(again.register.values.length + 1);
    expect(addressesOf(again)).toEqual(addressesOf(first));
  });

  it('keeps the address of a corrected name when the identifiers match, even with the address column lost', () => {
    const first = run([a, b], [], null);
    const corrected = { ...a, name: 'Phạm Thị Ngọc Ánh' };
    const again = run([b, corrected], ['', ''], first);
    expect(addressesOf(again)).toEqual([addressesOf(first)[1], addressesOf(first)[0]]);
    expect(again.counts.newlyAssigned).toBe(0);
    // The register now knows the corrected name.
    expect(again.register.values[1][3]).toBe('Phạm Thị Ngọc Ánh');
  });

  it('keeps the address on the row that shows it when a CCCD digit is corrected', () => {
    const first = run([a], [], null);
    const fixed = { ...a, cccd: String(a.cccd).slice(0, 11) + (String(a.cccd).endsWith('9') ? '8' : '9') };
    const again = run([fixed], addressesOf(first), first);
    expect(addressesOf(again)).toEqual(addressesOf(first));
    expect(again.register.values[1][2]).toBe(fixed.cccd);
  });

  it('takes an address off a row pasted over by someone else, and keeps it reserved for its person', () => {
    const first = run([a], [], null);
    const namesake: PersonInput = { ...b, name: a.name };
    const again = run([namesake], addressesOf(first), first);
    expect(addressesOf(again)[0]).not.toBe(addressesOf(first)[0]);
    expect(addressesOf(again)[0]).toMatch(/@haiphong\.edu\.vn$/);
    const back = run([namesake, a], [...addressesOf(again), ''], again);
    expect(addressesOf(back)).toEqual([addressesOf(again)[0], addressesOf(first)[0]]);
  });

  it('registers addresses shown before the register existed, and the first row showing one keeps it', () => {
    const given = ['an.nv@haiphong.edu.vn', 'an.nv@haiphong.edu.vn'];
    const result = run([a, b], given, null);
    expect(addressesOf(result)[0]).toBe('an.nv@haiphong.edu.vn');
    expect(addressesOf(result)[1]).not.toBe('an.nv@haiphong.edu.vn');
    expect(result.register.values.slice(1).map((r: CellValue[]) => r[0])).toEqual(addressesOf(result));
  });

  it('lets a released address be given again, and not before', () => {
    const first = run([a], [], null);
    const released = registerOf(first);
    released.values = released.values.map((r, i) => (i === 1 ? [...r.slice(0, 6), new Date(2025, 8, 6), 'vp'] : r));
    const namesake: PersonInput = { ...b, name: a.name };
    const before = run([namesake], [], first);
    expect(addressesOf(before)[0]).not.toBe(addressesOf(first)[0]);
    const after = check(input(shown([namesake], []), { register: released }));
    expect(addressesOf(after)[0]).toBe(addressesOf(first)[0]);
    expect(codesOf(after, 2)).toEqual([]);
  });

  it('is rewritten whole, never in part, when a row without an address was typed into it', () => {
    const first = run([a], [], null);
    const tampered = registerOf(first);
    tampered.values = [tampered.values[0], ['', '', '', 'ghi chú của Văn phòng'], ...tampered.values.slice(1)];
    const again = check(input(shown([a, b], addressesOf(first)), { register: tampered }));
    expect(again.register.firstChangedRow).toBe(1);
    expect(again.register.values.slice(1).map((r) => r[0])).toEqual(addressesOf(again));
    // Appending only, when the sheet is as the add-on wrote it.
    const clean = run([a, b], addressesOf(first), first);
    expect(clean.register.firstChangedRow).toBe(3);
  });
});
