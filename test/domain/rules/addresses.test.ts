import fc from 'fast-check';
import {
  assignAddresses,
  baseLocalPart,
  addressPatternSchema,
  RESERVED_LOCAL_PARTS,
} from '../../../src/domain/addresses';
import type { RawTable } from '../../../src/domain/types';
import { check, cleanPerson, input, NAMES, registerOf, roster, withLedger, type PersonInput } from './fixtures';

describe('the address pattern', () => {
  it.each([
    ['Nguyễn Văn An', 'annv'],
    ['Đặng Thị Thuỷ', 'thuydt'],
    ['Lê Nguyễn Quang Vũ', 'vulnq'],
    ['Trần Hiển Hiếu', 'hieuth'],
  ])('%s → %s', (name, local) => {
    expect(baseLocalPart(name, '{given}{initials}')).toBe(local);
  });

  it('follows another pattern from the settings', () => {
    expect(baseLocalPart('Nguyễn Văn An', '{given}.{family}')).toBe('an.nguyen');
  });

  it('refuses patterns that cannot make a name', () => {
    expect(addressPatternSchema.safeParse('{initials}').success).toBe(false);
    expect(addressPatternSchema.safeParse('{given}{initials}').success).toBe(true);
    expect(addressPatternSchema.safeParse('{given} {x}').success).toBe(false);
  });

  it('is ASCII, at most 64 characters, and never a reserved name', () => {
    const long = `Nguyễn ${'Văn '.repeat(30)}Trường${'a'.repeat(80)}`;
    const taken = new Set<string>();
    const out = assignAddresses(
      [
        { key: 1, fullName: long, identity: '1' },
        { key: 2, fullName: 'Nguyễn Admin', identity: '2' },
      ],
      taken,
      '{given}',
      'haiphong.edu.vn',
    );
    const [a, b] = [out.get(1)!, out.get(2)!];
    expect(a.split('@')[0].length).toBeLessThanOrEqual(64);
    expect(a).toMatch(/^[a-z0-9._-]+@haiphong\.edu\.vn$/);
    expect(RESERVED_LOCAL_PARTS.has(b.split('@')[0])).toBe(false);
    expect(b).toBe('admin2@haiphong.edu.vn');
  });
});

describe('assignment over a roster', () => {
  it('numbers namesakes with the smallest free number', () => {
    const people: PersonInput[] = [0, 1, 2].map((i) => ({
      ...cleanPerson(i),
      name: 'Nguyễn Văn An',
      gender: 'Nam',
      cccd: '',
      dob: new Date(1980 + i, 0, 1),
    }));
    const result = check(input(roster(people)));
    expect(result.rows.map((r) => r.address).sort()).toEqual([
      'annv2@haiphong.edu.vn',
      'annv3@haiphong.edu.vn',
      'annv@haiphong.edu.vn',
    ]);
  });

  it('keeps every address of the ledger when rows are reordered, inserted and deleted', () => {
    const people = Array.from({ length: 40 }, (_, i) => cleanPerson(i % 3 === 0 ? 5 : i)).map((p, i) => ({
      ...p,
      dob: new Date(1970 + i, 1, 1),
      cccd: '',
      staffId: '',
    }));
    const first = check(input(roster(people)));
    const ledger = withLedger(roster(people), first);
    const byPerson = new Map(ledger.values.slice(1).map((row) => [`${row[3]}|${(row[4] as Date).getTime()}`, row[13]]));
    // Reverse, drop every fifth row, insert namesakes of person 5 at the top.
    const kept = ledger.values
      .slice(1)
      .reverse()
      .filter((_, i) => i % 5 !== 0);
    const newcomers = [0, 1].map((k) => [
      ...roster([{ ...cleanPerson(5), dob: new Date(1960 + k, 5, 5), cccd: '', staffId: '' }]).values[1],
      '',
    ]);
    const table: RawTable = { sheetName: 'Danh sách', values: [ledger.values[0], ...newcomers, ...kept] };
    const second = check(input(table, { register: registerOf(first) }));
    for (const row of second.rows.slice(2)) {
      const source = table.values[row.ref.row - 1];
      expect(row.address).toBe(byPerson.get(`${source[3]}|${(source[4] as Date).getTime()}`));
    }
    const all = second.rows.map((r) => r.address).filter(Boolean);
    expect(new Set(all).size).toBe(all.length);
  });

  it('property: unique, and the same whatever the row order', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ name: fc.integer({ min: 0, max: 60 }), year: fc.integer({ min: 1960, max: 2000 }) }), {
          minLength: 1,
          maxLength: 40,
        }),
        fc.integer(),
        (specs, seed) => {
          // Few distinct names so namesakes are common.
          const people = specs.map((s, i) => ({
            ...cleanPerson(i),
            name: NAMES[s.name % 7],
            dob: new Date(s.year, i % 12, 1 + (i % 27)),
            cccd: '',
            staffId: '',
            gender: '',
          }));
          const a = check(input(roster(people)));
          const shuffled = [...people].sort(
            (x, y) => ((people.indexOf(x) * 7919 + seed) % 101) - ((people.indexOf(y) * 7919 + seed) % 101),
          );
          const b = check(input(roster(shuffled)));
          const key = (p: PersonInput) => `${p.name}|${(p.dob as Date).getTime()}|${p.unit}`;
          const mapA = new Map(people.map((p, i) => [key(p), a.rows[i].address]));
          shuffled.forEach((p, i) => expect(b.rows[i].address).toBe(mapA.get(key(p))));
          const addresses = a.rows.map((r) => r.address).filter(Boolean);
          expect(new Set(addresses).size).toBe(addresses.length);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('gives no new address to duplicates or people who already have an account', () => {
    const p = cleanPerson(3);
    const result = check(input(roster([p, { ...p }, { ...cleanPerson(4), existingEmail: 'x@haiphong.edu.vn' }])));
    expect(result.rows.map((r) => r.address === '')).toEqual([false, true, true]);
  });

  it('does not assign when only checking', () => {
    const result = check(input(roster([cleanPerson(1)])), { assignAddresses: false });
    expect(result.rows[0].address).toBe('');
    expect(result.rows[0].status).toBe('Hợp lệ');
  });
});
