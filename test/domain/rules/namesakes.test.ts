/**
 * Namesakes born the same day, planted in every place a person is matched by name and birth
 * date: earlier rows, CSDL ngành, Tài khoản hiện có and the register. Two records are linked
 * by name and birth date only when no Mã định danh or CCCD that both carry differ.
 */
import fc from 'fast-check';
import { ACCOUNT_HEADER_AS_TYPED, CSDL_HEADER_AS_TYPED } from '../../../scripts/reference-data';
import type { CellValue, RawTable } from '../../../src/domain/types';
import { check, cleanPerson, codesOf, input, NAMES, roster, type PersonInput } from './fixtures';

type Person = Required<PersonInput>;

interface Pair {
  a: Person;
  b: Person;
  /** Both carry a Mã định danh, or both a CCCD: then they are two people. */
  tellApart: boolean;
}

/** Person i and a namesake born the same day, each keeping or losing each identifier. */
const pairs = fc
  .record({
    i: fc.nat({ max: NAMES.length - 1 }),
    offset: fc.integer({ min: 1, max: 500 }),
    aStaff: fc.boolean(),
    aCccd: fc.boolean(),
    bStaff: fc.boolean(),
    bCccd: fc.boolean(),
  })
  .map(({ i, offset, aStaff, aCccd, bStaff, bCccd }): Pair => {
    const base = cleanPerson(i);
    const other = cleanPerson(i + offset);
    // The namesake's CCCD encodes the same birth year and sex, with another serial number.
    const serial = String((Number(String(base.cccd).slice(6)) + 1 + offset) % 1000000).padStart(6, '0');
    // Phones are optional, and the fixture's numbers for large i fall in unassigned blocks.
    const a = { ...base, phone: '', staffId: aStaff ? base.staffId : '', cccd: aCccd ? base.cccd : '' };
    const b: Person = {
      ...other,
      name: base.name,
      dob: base.dob,
      gender: base.gender,
      phone: '',
      staffId: bStaff ? other.staffId : '',
      cccd: bCccd ? `${String(base.cccd).slice(0, 6)}${serial}` : '',
      existingEmail: '',
    };
    return { a, b, tellApart: (aStaff && bStaff) || (aCccd && bCccd) };
  });

const table = (sheetName: string, header: readonly string[], rows: CellValue[][]): RawTable => ({
  sheetName,
  values: [[...header], ...rows],
});

const csdlRow = (p: Person): CellValue[] => [p.staffId, p.name, p.dob, p.gender, p.unit, p.commune, p.position, p.cccd];
const accountRow = (email: string, p: Person): CellValue[] => [email, p.name, p.dob, p.unit, p.staffId, p.cccd];
const ACCOUNT = 'namesake.account@haiphong.edu.vn';

describe('namesakes born the same day', () => {
  it('are duplicates of each other only when no identifier they both carry differs', () => {
    fc.assert(
      fc.property(pairs, fc.boolean(), ({ a, b, tellApart }, bFirst) => {
        const rows = bFirst ? [b, a] : [a, b];
        const result = check(input(roster(rows)));
        expect(codesOf(result, 3)).toEqual(tellApart ? [] : ['DUPLICATE_PERSON']);
        expect(result.provisioning).toHaveLength(tellApart ? 2 : 1);
      }),
      { numRuns: 150 },
    );
  });

  it('never take each other’s record in CSDL ngành', () => {
    fc.assert(
      fc.property(pairs, fc.boolean(), ({ a, b, tellApart }, both) => {
        // CSDL holds the namesake first, and A's own record only when `both`.
        const csdl = table('CSDL ngành', CSDL_HEADER_AS_TYPED, both ? [csdlRow(b), csdlRow(a)] : [csdlRow(b)]);
        const result = check(input(roster([a]), { csdl }));
        const expected = !both && tellApart ? ['NOT_IN_CSDL'] : [];
        expect(codesOf(result, 2)).toEqual(expected);
      }),
      { numRuns: 150 },
    );
  });

  it('never take each other’s existing account', () => {
    fc.assert(
      fc.property(pairs, ({ a, b, tellApart }) => {
        const accounts = table('Tài khoản hiện có', ACCOUNT_HEADER_AS_TYPED, [accountRow(ACCOUNT, b)]);
        const result = check(input(roster([a]), { accounts }));
        expect(codesOf(result, 2)).toEqual(tellApart ? [] : ['HAS_ACCOUNT']);
      }),
      { numRuns: 150 },
    );
  });

  it('leave an account to the one whose own Email công vụ hiện có names it', () => {
    fc.assert(
      fc.property(pairs, fc.boolean(), ({ a, b, tellApart }, bFirst) => {
        // The directory's record carries no identifier: only its name, birth date and address.
        const bare = { ...b, staffId: '', cccd: '' };
        const accounts = table('Tài khoản hiện có', ACCOUNT_HEADER_AS_TYPED, [accountRow(ACCOUNT, bare)]);
        const named = { ...b, existingEmail: ACCOUNT };
        const result = check(input(roster(bFirst ? [named, a] : [a, named]), { accounts }));
        const [aRow, bRow] = bFirst ? [3, 2] : [2, 3];
        if (tellApart) {
          expect(codesOf(result, aRow)).toEqual([]);
          expect(codesOf(result, bRow)).toEqual(['HAS_ACCOUNT']);
        } else {
          // One person on two rows: the first row reports the account, the other is its duplicate.
          expect(codesOf(result, 2)).toEqual(['HAS_ACCOUNT']);
          expect(codesOf(result, 3)).toEqual(['DUPLICATE_PERSON']);
        }
        expect(result.provisioning.map((r) => r.address)).not.toContain(ACCOUNT);
      }),
      { numRuns: 150 },
    );
  });

  it('leave a record that two of them match by name alone to neither', () => {
    fc.assert(
      fc.property(
        pairs.filter((p) => p.tellApart),
        ({ a, b }) => {
          const bare = { ...b, staffId: '', cccd: '' };
          const accounts = table('Tài khoản hiện có', ACCOUNT_HEADER_AS_TYPED, [accountRow(ACCOUNT, bare)]);
          const result = check(input(roster([a, b]), { accounts }));
          expect(result.findings).toEqual([]);
          expect(result.provisioning).toHaveLength(2);
        },
      ),
      { numRuns: 100 },
    );
  });

  it('never receive the address the register holds for the other, shown on their row or not', () => {
    fc.assert(
      fc.property(pairs, fc.boolean(), ({ a, b, tellApart }, shown) => {
        const first = check(input(roster([b])));
        const address = first.provisioning[0].address;
        const register: RawTable = { sheetName: 'Sổ địa chỉ', values: first.register.values };
        const rows = roster([a]);
        const withAddress: RawTable = {
          sheetName: rows.sheetName,
          values: [
            [...rows.values[0], 'Email công vụ'],
            [...rows.values[1], shown ? address : ''],
          ],
        };
        const result = check(input(withAddress, { register }));
        const given = result.rows[0].address;
        if (tellApart) expect(given).not.toBe(address);
        else expect(given).toBe(address);
        expect(given).not.toBe('');
      }),
      { numRuns: 150 },
    );
  });
});
