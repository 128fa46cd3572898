/**
 * The register in the pure check: what each run reads back from 'Sổ địa chỉ' decides
 * whose an address is, whatever the rows now say.
 */
import fc from 'fast-check';
import type { CheckResult } from '../../../src/domain/check';
import { parseRegister, registerValues, sealed, type RegisterEntry } from '../../../src/domain/register';
import { keyCheck, makeSeal } from '../../../src/domain/seal';
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
    expect(header).toEqual(['Email công vụ', expect.stringMatching(/^Người được cấp \(khoá [0-9a-f]{8}\)$/)]);
    expect(rows.map((r) => r[0])).toEqual(addressesOf(first));
    const dob = a.dob as Date;
    const day = `${String(dob.getDate()).padStart(2, '0')}/${String(dob.getMonth() + 1).padStart(2, '0')}/${dob.getFullYear()}`;
    // Identifiers and the date of birth only sealed: matching compares them, nobody reads them.
    expect(rows[0][1]).toMatch(
      new RegExp(`^Mã định danh #[0-9a-f]{16}; CCCD #[0-9a-f]{16}; ${a.name}; Ngày sinh #[0-9a-f]{16}$`),
    );
    for (const clear of [String(a.staffId), String(a.cccd), day])
      expect(JSON.stringify(first.register.values)).not.toContain(clear);
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
    expect(again.register.values[1][1]).toContain('; Phạm Thị Ngọc Ánh;');
  });

  it('keeps the address on the row that shows it when a CCCD digit is corrected', () => {
    const first = run([a], [], null);
    const fixed = { ...a, cccd: String(a.cccd).slice(0, 11) + (String(a.cccd).endsWith('9') ? '8' : '9') };
    const again = run([fixed], addressesOf(first), first);
    expect(addressesOf(again)).toEqual(addressesOf(first));
    expect(again.register.values[1][1]).toContain(`CCCD ${makeSeal('')('cccd', String(fixed.cccd))};`);
  });

  it('migrates a register of the earlier, clear form: same addresses, rewritten whole with nothing in clear', () => {
    const first = run([a, b], [], null);
    const dmy = (d: Date) =>
      `${String(d.getDate()).padStart(2, '0')}/${String(d.getMonth() + 1).padStart(2, '0')}/${d.getFullYear()}`;
    const clear = {
      sheetName: 'Sổ địa chỉ',
      values: [
        ['Email công vụ', 'Người được cấp'],
        ...[a, b].map((p, i) => [
          addressesOf(first)[i],
          `Mã định danh ${p.staffId}; CCCD ${p.cccd}; ${p.name}; ${dmy(p.dob as Date)}`,
        ]),
      ],
    };
    // The rows lost their addresses too: only the old register knows who holds which.
    const again = check(input(roster([b, a]), { register: clear }));
    expect(addressesOf(again)).toEqual([addressesOf(first)[1], addressesOf(first)[0]]);
    expect(again.counts.newlyAssigned).toBe(0);
    expect(again.register.firstChangedRow).toBe(1);
    expect(again.register.values).toEqual(first.register.values);
  });

  it('takes an address off a row pasted over by someone else, and keeps it reserved for its person', () => {
    const first = run([a], [], null);
    const namesake: PersonInput = { ...b, name: a.name };
    const pasted = run([namesake], addressesOf(first), first);
    // The shown address is typed text for this person: flagged, written back empty, nothing new this run.
    expect(pasted.rows[0].findings.map((f) => f.code)).toEqual(['ADDRESS_TYPED']);
    expect(addressesOf(pasted)).toEqual(['']);
    expect(pasted.provisioning).toEqual([]);
    const again = run([namesake], addressesOf(pasted), pasted);
    expect(addressesOf(again)[0]).not.toBe(addressesOf(first)[0]);
    expect(addressesOf(again)[0]).toMatch(/@haiphong\.edu\.vn$/);
    const back = run([namesake, a], [...addressesOf(again), ''], again);
    expect(addressesOf(back)).toEqual([addressesOf(again)[0], addressesOf(first)[0]]);
  });

  it('never adopts an address shown without the register holding it: only the add-on assigns', () => {
    const given = ['an.nv@haiphong.edu.vn', 'an.nv@haiphong.edu.vn'];
    const result = run([a, b], given, null);
    expect(result.rows.map((r) => r.findings.map((f) => f.code))).toEqual([['ADDRESS_TYPED'], ['ADDRESS_TYPED']]);
    expect(addressesOf(result)).toEqual(['', '']);
    expect(result.register.values.slice(1)).toEqual([]);
    expect(result.provisioning).toEqual([]);
    expect(JSON.stringify(result.findings)).not.toContain('an.nv');
    // Written back empty, the rows are newcomers on the next run and get addresses the add-on chose.
    const next = run([a, b], addressesOf(result), result);
    expect(next.findings.filter((f) => f.code === 'ADDRESS_TYPED')).toEqual([]);
    expect(next.register.values.slice(1).map((r: CellValue[]) => r[0])).toEqual(addressesOf(next));
    expect(addressesOf(next).every((x) => /^[a-z0-9]+([._-][a-z0-9]+)*@haiphong\.edu\.vn$/.test(x))).toBe(true);
  });

  it('lets a released address be given again, and not before', () => {
    const first = run([a], [], null);
    const released = registerOf(first);
    released.values = released.values.map((r, i) =>
      i === 1 ? [r[0], `Đã giải phóng 06/09/2025 08:00 (vp@haiphong.edu.vn): ${String(r[1])}`] : r,
    );
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
    tampered.values = [tampered.values[0], ['', 'ghi chú của Văn phòng'], ...tampered.values.slice(1)];
    const again = check(input(shown([a, b], addressesOf(first)), { register: tampered }));
    expect(again.register.firstChangedRow).toBe(1);
    expect(again.register.values.slice(1).map((r) => r[0])).toEqual(addressesOf(again));
    // Appending only, when the sheet is as the add-on wrote it.
    const clean = run([a, b], addressesOf(first), first);
    expect(clean.register.firstChangedRow).toBe(3);
  });

  it('reads back what it wrote: sealed identifiers and date of birth, the name, and a release and the batches that exported it; no clear CCCD or birth date', () => {
    const seal = makeSeal('c'.repeat(64));
    const minute = fc.date({ min: new Date(2025, 0, 1), max: new Date(2030, 0, 1), noInvalidDate: true }).map((d) => {
      d.setSeconds(0, 0);
      return d;
    });
    fc.assert(
      fc.property(
        fc.record({
          staffId: fc.option(fc.stringMatching(/^[A-Z0-9]{4,12}$/), { nil: null }),
          cccd: fc.option(fc.constantFrom('001185012345', '031085000001', '030299123456'), { nil: null }),
          person: fc.constantFrom(...[80, 81, 82, 83, 84].map((i) => cleanPerson(i))),
          releasedAt: fc.option(minute, { nil: null }),
          batch: fc.option(fc.record({ n: fc.integer({ min: 1, max: 999 }), at: minute }), { nil: null }),
          eofficeBatch: fc.option(fc.integer({ min: 1, max: 999 }), { nil: null }),
          signatureBatch: fc.option(fc.integer({ min: 1, max: 999 }), { nil: null }),
        }),
        ({ staffId, cccd, person, releasedAt, batch, eofficeBatch, signatureBatch }) => {
          const dob = person.dob as Date;
          const entry: RegisterEntry = {
            address: 'annv2@haiphong.edu.vn',
            staffId,
            cccd,
            name: String(person.name),
            nameKey: null,
            dobIso: `${dob.getFullYear()}-${String(dob.getMonth() + 1).padStart(2, '0')}-${String(dob.getDate()).padStart(2, '0')}`,
            releasedAt: releasedAt ?? '',
            releasedBy: releasedAt ? 'vp@haiphong.edu.vn' : '',
            batch: batch?.n ?? null,
            exportedAt: batch?.at ?? null,
            eofficeBatch,
            signatureBatch,
          };
          const values = registerValues([entry], seal, keyCheck('c'.repeat(64)));
          const [back] = parseRegister({ sheetName: 'Sổ địa chỉ', values });
          expect({ ...back, nameKey: null }).toEqual(sealed(entry, seal));
          expect(back.nameKey).not.toBeNull();
          expect(registerValues([back], seal, keyCheck('c'.repeat(64)))).toEqual(values);
          const cell = String(values[1][1]);
          for (const clear of [cccd, staffId, entry.dobIso, entry.dobIso!.split('-').reverse().join('/')])
            if (clear) expect(cell).not.toContain(clear);
        },
      ),
      { numRuns: 200 },
    );
  });
});
