/** Only the add-on assigns addresses: what 'Email công vụ' shows is believed only when the register holds it for that person. */
import fc from 'fast-check';
import { isStrictAddress } from '../../../src/domain/addresses';
import type { CheckResult } from '../../../src/domain/check';
import type { RawTable } from '../../../src/domain/types';
import { check, cleanPerson, input, registerOf, roster, type PersonInput } from './fixtures';

function showing(people: PersonInput[], shown: string[]): RawTable {
  const table = roster(people);
  table.values[0] = [...table.values[0], 'Email công vụ'];
  for (let i = 1; i < table.values.length; i++) table.values[i] = [...table.values[i], shown[i - 1] ?? ''];
  return table;
}

const INJECTION =
  'admin@haiphong.edu.vn attackerpw1 zimbramailforwardingaddress x@evil.example description "@haiphong.edu.vn';
const leaves = (r: CheckResult): string =>
  JSON.stringify([r.provisioning, r.services, r.register.values, r.findings.map((f) => f.message)]);

const a = cleanPerson(90);
const b = cleanPerson(91);

describe('ADDRESS_TYPED', () => {
  it('flags an existing account or an injection typed into Email công vụ, writes the truth back, and lets neither leave', () => {
    const accounts: RawTable = {
      sheetName: 'Tài khoản hiện có',
      values: [
        ['Email', 'Họ và tên'],
        ['giamdoc@haiphong.edu.vn', 'Nguyễn Văn Giám'],
      ],
    };
    const result = check(input(showing([a, b], ['giamdoc@haiphong.edu.vn', INJECTION]), { accounts }));
    expect(result.rows.map((r) => r.findings.map((f) => [f.code, f.column]))).toEqual([
      [['ADDRESS_TYPED', 'Email công vụ']],
      [['ADDRESS_TYPED', 'Email công vụ']],
    ]);
    expect(result.rows.map((r) => r.address)).toEqual(['', '']);
    expect(result.counts.newlyAssigned).toBe(0);
    for (const typed of ['giamdoc@', 'attackerpw1', 'evil.example']) expect(leaves(result)).not.toContain(typed);
  });

  it('leaves alone a row showing its own address, and a copied row of the same person (a duplicate, one finding)', () => {
    const first = check(input(showing([a], [])));
    const address = first.rows[0].address;
    const again = check(input(showing([a, a], [address, address]), { register: registerOf(first) }));
    expect(again.rows.map((r) => r.findings.map((f) => f.code))).toEqual([[], ['DUPLICATE_PERSON']]);
    expect(again.rows.map((r) => r.address)).toEqual([address, '']);
  });

  it('another person’s registered address typed on a row is that row’s ADDRESS_TYPED, and stays its person’s', () => {
    const first = check(input(showing([a], [])));
    const address = first.rows[0].address;
    const again = check(input(showing([a, b], [address, address]), { register: registerOf(first) }));
    expect(again.rows[1].findings.map((f) => f.code)).toEqual(['ADDRESS_TYPED']);
    expect(again.rows.map((r) => r.address)).toEqual([address, '']);
  });
});

describe('the strict address form', () => {
  it('takes letters and digits joined by one . _ or -, at the domain, and nothing else', () => {
    for (const ok of ['annv@haiphong.edu.vn', 'an.nv2@haiphong.edu.vn', 'a_b-c@haiphong.edu.vn'])
      expect(isStrictAddress(ok, 'haiphong.edu.vn')).toBe(true);
    for (const bad of [
      INJECTION,
      'An@haiphong.edu.vn',
      '.an@haiphong.edu.vn',
      'a..n@haiphong.edu.vn',
      'an@haiphongxedu.vn',
      'an@haiphong.edu.vn.evil',
      "a'n@haiphong.edu.vn",
      'an@gmail.com',
    ])
      expect(isStrictAddress(bad, 'haiphong.edu.vn')).toBe(false);
  });

  it('holds for every address the check gives, whatever was typed in the address column', () => {
    const first = check(input(showing([a, b], [])));
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 40 }), { minLength: 2, maxLength: 2 }), (typed) => {
        const result = check(input(showing([a, b], typed), { register: registerOf(first) }));
        for (const r of [...result.provisioning, ...result.rows.filter((o) => o.address)])
          expect(isStrictAddress(r.address, 'haiphong.edu.vn')).toBe(true);
      }),
      { numRuns: 60 },
    );
  });
});
