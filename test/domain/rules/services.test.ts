/**
 * Plan 5277: eOffice accounts and digital signatures registered in the roster. Who is
 * covered, how a request is decided, and that none of it changes a mailbox decision.
 */
import fc from 'fast-check';
import { classifyPosition, coveredBy, type PositionKind } from '../../../src/domain/positions';
import { parseChoice } from '../../../src/domain/services';
import { SERVICE_CODES, type CellValue } from '../../../src/domain/types';
import type { CheckResult } from '../../../src/domain/check';
import { check, cleanPerson, codesOf, input, roster, type PersonInput } from './fixtures';

/** Every spelling of every position seen in the units' lists, by what it is. */
const SPELLINGS: Record<PositionKind, string[]> = {
  head: ['Hiệu trưởng', 'HT', 'Giám đốc', 'GĐ', 'Quyền Hiệu trưởng', 'Hiệu trưởng trường'],
  deputyHead: [
    'Phó Hiệu trưởng',
    'Phó hiệu trưởng',
    'PHT',
    'P.HT',
    'P. Hiệu trưởng',
    'Phó HT',
    'Phó giám đốc',
    'PGĐ',
    'P.GĐ',
    'Phó hiệu trưởng kiêm TTCM',
  ],
  teamLeader: [
    'Tổ trưởng',
    'Tổ trưởng chuyên môn',
    'TTCM',
    'TT CM',
    'TT.CM',
    'Tổ trưởng tổ Toán',
    'Tổ trưởng văn phòng',
    'TTVP',
    'Giáo viên, TTCM',
  ],
  teamDeputy: ['Tổ phó', 'Tổ phó chuyên môn', 'TPCM', 'TP CM', 'Tổ phó tổ Ngữ văn', 'TPVP'],
  clerk: ['Văn thư', 'Văn thư kiêm thủ quỹ', 'Nhân viên văn thư'],
};
const NOT_COVERED = [
  'Giáo viên',
  'GV',
  'Nhân viên',
  'Kế toán',
  'Thủ quỹ',
  'Y tế',
  'Thư viện',
  'Thiết bị',
  'Bảo vệ',
  'Tổng phụ trách Đội',
  'TPT Đội',
  'Nhân viên văn phòng',
  'Giáo viên chủ nhiệm',
  '',
];

const stripMarks = (s: string): string =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D');

/** The ways units type one spelling: odd case, marks or none, NFD, stray spaces. */
const typed = (spelling: string): fc.Arbitrary<string> =>
  fc
    .record({
      marks: fc.boolean(),
      nfd: fc.boolean(),
      caseBits: fc.array(fc.boolean(), { minLength: spelling.length, maxLength: spelling.length }),
      lead: fc.constantFrom('', ' ', '  ', '\u00a0'),
      trail: fc.constantFrom('', ' ', '\t'),
      doubled: fc.boolean(),
    })
    .map(({ marks, nfd, caseBits, lead, trail, doubled }) => {
      let s = marks ? spelling : stripMarks(spelling);
      s = [...s].map((c, i) => (caseBits[i] ? c.toUpperCase() : c.toLowerCase())).join('');
      if (doubled) s = s.replace(/ /g, '  ');
      if (nfd) s = s.normalize('NFD');
      return lead + s + trail;
    });

describe('who plan 5277 covers', () => {
  const kinds = Object.keys(SPELLINGS) as PositionKind[];
  const cases = kinds.flatMap((kind) => SPELLINGS[kind].map((s) => ({ kind, s })));

  it('recognises every common spelling of every position, in any case, with or without marks', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...cases).chain(({ kind, s }) => typed(s).map((t) => ({ kind, t }))),
        ({ kind, t }) => {
          expect(classifyPosition(t)).toBe(kind);
          expect(coveredBy('eoffice', t)).toBe(true);
          expect(coveredBy('signature', t)).toBe(kind === 'head' || kind === 'deputyHead');
        },
      ),
      { numRuns: 600 },
    );
  });

  it('covers nobody else, however it is typed', () => {
    fc.assert(
      fc.property(fc.constantFrom(...NOT_COVERED).chain(typed), (t) => {
        expect(classifyPosition(t)).toBeNull();
        expect(coveredBy('eoffice', t)).toBe(false);
        expect(coveredBy('signature', t)).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  it('reads Có / Không as typed, ticked or picked', () => {
    for (const v of ['Có', 'có', 'CO', ' x ', true, 'Đăng ký']) expect(parseChoice(v)).toBe('yes');
    for (const v of ['Không', 'khong', 'KO', 'k', false, 'Không đăng ký']) expect(parseChoice(v)).toBe('no');
    for (const v of ['', ' ', '?', 0 as unknown as CellValue]) expect(parseChoice(v as CellValue)).not.toBe('yes');
  });
});

const SERVICE_HEADERS = ['Đăng ký eOffice', 'Đăng ký chữ ký số', 'Tài khoản eOffice hiện có', 'Chữ ký số hiện có'];
interface Registration {
  eoffice?: CellValue;
  signature?: CellValue;
  eofficeExisting?: CellValue;
  signatureExisting?: CellValue;
}
type Row = PersonInput & Registration;

function withServices(people: Row[]) {
  return roster(people, [
    { header: SERVICE_HEADERS[0], values: people.map((p) => p.eoffice ?? '') },
    { header: SERVICE_HEADERS[1], values: people.map((p) => p.signature ?? '') },
    { header: SERVICE_HEADERS[2], values: people.map((p) => p.eofficeExisting ?? '') },
    { header: SERVICE_HEADERS[3], values: people.map((p) => p.signatureExisting ?? '') },
  ]);
}

const ownedValues = (result: CheckResult, field: 'eoffice' | 'signature'): CellValue[] =>
  result.owned[0].columns.find((o) => o.field === field)?.values ?? [];
const rowsIn = (result: CheckResult, service: 'eoffice' | 'signature'): number[] =>
  result.services[service].map((r) => r.ref.row);

describe('deciding requests', () => {
  const head = (i: number, more: Row = {}): Row => ({ ...cleanPerson(i), position: 'Hiệu trưởng', ...more });

  it('a head, a team leader and a teacher, all left empty: the plan decides', () => {
    const result = check(
      input(
        withServices([head(1), { ...cleanPerson(2), position: 'TTCM' }, { ...cleanPerson(3), position: 'Giáo viên' }]),
      ),
    );
    expect(result.findings).toEqual([]);
    expect(ownedValues(result, 'eoffice')).toEqual(['Đề nghị cấp', 'Đề nghị cấp', '']);
    expect(ownedValues(result, 'signature')).toEqual(['Đề nghị cấp', '', '']);
    expect(rowsIn(result, 'eoffice')).toEqual([2, 3]);
    expect(rowsIn(result, 'signature')).toEqual([2]);
    expect(result.counts).toMatchObject({ eofficeRequests: 2, signatureRequests: 1 });
  });

  it('Không opts out of that service only', () => {
    const result = check(input(withServices([head(1, { eoffice: 'Không' }), head(2, { signature: 'không' })])));
    expect(result.findings).toEqual([]);
    expect(ownedValues(result, 'eoffice')).toEqual(['Không đăng ký', 'Đề nghị cấp']);
    expect(ownedValues(result, 'signature')).toEqual(['Đề nghị cấp', 'Không đăng ký']);
    expect(rowsIn(result, 'eoffice')).toEqual([3]);
    expect(rowsIn(result, 'signature')).toEqual([2]);
    expect(result.rows.map((r) => r.status)).toEqual(['Đã cấp địa chỉ', 'Đã cấp địa chỉ']);
  });

  it('an existing eOffice account or certificate means no new request, even with Có', () => {
    const result = check(
      input(
        withServices([
          head(1, { eoffice: 'Có', signature: 'Có', eofficeExisting: 'hieutruong.thcsleloi', signatureExisting: 'x' }),
          head(2, { signatureExisting: 'Đã cấp 2023' }),
        ]),
      ),
    );
    expect(result.findings).toEqual([]);
    expect(ownedValues(result, 'eoffice')).toEqual(['Đã có', 'Đề nghị cấp']);
    expect(ownedValues(result, 'signature')).toEqual(['Đã có', 'Đã có']);
    expect(rowsIn(result, 'eoffice')).toEqual([3]);
    expect(rowsIn(result, 'signature')).toEqual([]);
  });

  it('a head without a CCCD gets SERVICE_INCOMPLETE and still gets a mailbox and eOffice', () => {
    const result = check(input(withServices([head(1, { cccd: '', signature: 'Có' })])));
    expect(codesOf(result, 2)).toEqual(['SERVICE_INCOMPLETE']);
    const finding = result.findings[0];
    expect(finding.column).toBe('Số CCCD');
    expect(finding.message).toMatch(/CCCD/);
    expect(result.rows[0].address).toMatch(/@haiphong\.edu\.vn$/);
    expect(result.rows[0].status).toBe('Đã cấp địa chỉ');
    expect(result.rows[0].messages).toBe(finding.message);
    expect(result.provisioning.map((r) => r.ref.row)).toEqual([2]);
    expect(ownedValues(result, 'signature')).toEqual(['Chưa đủ điều kiện']);
    expect(ownedValues(result, 'eoffice')).toEqual(['Đề nghị cấp']);
    expect(rowsIn(result, 'signature')).toEqual([]);
  });

  it('a wrongly typed CCCD is reported once, as CCCD_INVALID', () => {
    const result = check(input(withServices([head(1, { cccd: '12345' })])));
    expect(codesOf(result, 2)).toEqual(['CCCD_INVALID']);
  });

  it('Có from a position the plan does not cover is SERVICE_NOT_ELIGIBLE, on that column, and the mailbox stands', () => {
    const teacher = { ...cleanPerson(5), position: 'Giáo viên', eoffice: 'Có', signature: 'Có' };
    const leader = { ...cleanPerson(6), position: 'Tổ trưởng', signature: 'Có' };
    const result = check(input(withServices([teacher, leader])));
    expect(codesOf(result, 2)).toEqual(['SERVICE_NOT_ELIGIBLE', 'SERVICE_NOT_ELIGIBLE']);
    expect(codesOf(result, 3)).toEqual(['SERVICE_NOT_ELIGIBLE']);
    expect(result.findings.map((f) => f.column).sort()).toEqual([
      'Đăng ký chữ ký số',
      'Đăng ký chữ ký số',
      'Đăng ký eOffice',
    ]);
    expect(result.rows.map((r) => r.status)).toEqual(['Đã cấp địa chỉ', 'Đã cấp địa chỉ']);
    expect(ownedValues(result, 'eoffice')).toEqual(['Chưa đủ điều kiện', 'Đề nghị cấp']);
    expect(ownedValues(result, 'signature')).toEqual(['Chưa đủ điều kiện', 'Chưa đủ điều kiện']);
    expect(rowsIn(result, 'eoffice')).toEqual([3]);
  });

  it('a duplicate or a person who already has a mailbox is not requested and not flagged again', () => {
    const a = head(1);
    const result = check(
      input(
        withServices([a, { ...a, eoffice: 'Có' }, head(3, { existingEmail: 'ht.gialoc@haiphong.edu.vn', cccd: '' })]),
      ),
    );
    expect(codesOf(result, 3)).toEqual(['DUPLICATE_PERSON']);
    expect(codesOf(result, 4)).toEqual(['HAS_ACCOUNT']);
    expect(rowsIn(result, 'eoffice')).toEqual([2]);
    expect(rowsIn(result, 'signature')).toEqual([2]);
  });

  it('a check without assigning requests nobody who has no address yet', () => {
    const result = check(input(withServices([head(1)])), { assignAddresses: false });
    expect(result.rows[0].status).toBe('Hợp lệ');
    expect(rowsIn(result, 'eoffice')).toEqual([]);
    expect(ownedValues(result, 'eoffice')).toEqual(['']);
  });

  it('without the columns there is no service column, request or figure', () => {
    const result = check(input(roster([head(1)])));
    expect(result.owned[0].columns.map((o) => o.field)).toEqual(['address', 'status', 'messages', 'receivedAt']);
    expect(result.services).toEqual({ eoffice: [], signature: [] });
    expect(result.report.header.slice(-2)).toEqual(['Đề nghị eOffice', 'Đề nghị chữ ký số']);
    expect(result.report.rows.at(-1)!.slice(-2)).toEqual([0, 0]);
  });

  it("a unit's registration column headed like the add-on's own ('eOffice') is read, and the add-on's is the next one", () => {
    const people = [head(1, { eoffice: 'Không' }), head(2)];
    const first = check(input(roster(people, [{ header: 'eOffice', values: people.map((p) => p.eoffice ?? '') }])));
    const owned = first.owned[0].columns.find((o) => o.field === 'eoffice')!;
    expect(owned.appended).toBe(true);
    expect(owned.values).toEqual(['Không đăng ký', 'Đề nghị cấp']);
    // The next run finds both: the unit's on the left, the add-on's on the right.
    const table = roster(people, [{ header: 'eOffice', values: people.map((p) => p.eoffice ?? '') }]);
    const width = table.values[0].length;
    const grown = table.values.map((row, r) => {
      const out = [...row];
      for (const o of first.owned[0].columns) out[o.column - 1] = r === 0 ? o.header : o.values[r - 1];
      return out.map((v) => v ?? '');
    });
    expect(grown[0].length).toBeGreaterThan(width);
    const second = check(
      input(
        { sheetName: 'Danh sách', values: grown },
        { register: { sheetName: 'Sổ địa chỉ', values: first.register.values } },
      ),
    );
    const again = second.owned[0].columns.find((o) => o.field === 'eoffice')!;
    expect(again.appended).toBe(false);
    expect(again.column).toBe(owned.column);
    expect(again.values).toEqual(['Không đăng ký', 'Đề nghị cấp']);
    expect(second.notes.join(' ')).not.toMatch(/nhiều lần/);
  });

  it('Báo cáo counts requests per commune, per region and in total', () => {
    const result = check(
      input(
        withServices([
          head(0), // Lê Chân (Đông)
          { ...cleanPerson(1), position: 'Văn thư' }, // Gia Lộc (Tây): eOffice only
          head(2, { signature: 'Không' }), // Lê Chân
          head(3, { eoffice: 'Không' }), // Gia Lộc
        ]),
      ),
    );
    const at = (label: string) => result.report.rows.find((r) => r[0] === label)!;
    const h = result.report.header;
    const col = (name: string) => h.indexOf(name);
    const figures = (label: string) => [at(label)[col('Đề nghị eOffice')], at(label)[col('Đề nghị chữ ký số')]];
    expect(figures('Phường Lê Chân')).toEqual([2, 1]);
    expect(figures('Xã Gia Lộc')).toEqual([1, 1]);
    expect(figures('Đông')).toEqual([2, 1]);
    expect(figures('Tây')).toEqual([1, 1]);
    expect(figures('Tổng cộng')).toEqual([3, 2]);
  });
});

describe('done means', () => {
  const POSITIONS = [...Object.values(SPELLINGS).flat(), ...NOT_COVERED];
  const CHOICES: CellValue[] = ['', '', 'Có', 'có', 'Không', 'x'];

  const rowArb = fc.record({
    i: fc.nat({ max: 400 }),
    position: fc.constantFrom(...POSITIONS),
    eoffice: fc.constantFrom(...CHOICES),
    signature: fc.constantFrom(...CHOICES),
    eofficeExisting: fc.constantFrom('', '', '', 'nguyenvan.a'),
    signatureExisting: fc.constantFrom('', '', '', 'Có'),
    mistake: fc.constantFrom('none', 'none', 'none', 'noCccd', 'badPhone', 'hasAccount', 'twin', 'noDob'),
  });

  type RowSpec = typeof rowArb extends fc.Arbitrary<infer T> ? T : never;
  const build = (spec: RowSpec[]): Row[] =>
    spec.map((s, k) => {
      const base: Row = { ...cleanPerson(s.i + k * 401), position: s.position };
      const row: Row = {
        ...base,
        eoffice: s.eoffice,
        signature: s.signature,
        eofficeExisting: s.eofficeExisting,
        signatureExisting: s.signatureExisting,
      };
      if (s.mistake === 'noCccd') row.cccd = '';
      if (s.mistake === 'badPhone') row.phone = '12345';
      if (s.mistake === 'noDob') row.dob = '';
      if (s.mistake === 'hasAccount') row.existingEmail = `cu${k}@haiphong.edu.vn`;
      if (s.mistake === 'twin' && k > 0) Object.assign(row, { ...cleanPerson(spec[0].i), position: s.position });
      return row;
    });

  const mailbox = (r: CheckResult) =>
    r.rows.map((o) => ({
      row: o.ref.row,
      address: o.address,
      status: o.status,
      findings: o.findings.filter((f) => !SERVICE_CODES.has(f.code)).map((f) => `${f.column}|${f.code}|${f.message}`),
    }));

  it('every mailbox decision is the same with and without the four columns', () => {
    fc.assert(
      fc.property(fc.array(rowArb, { minLength: 1, maxLength: 25 }), fc.boolean(), (spec, assign) => {
        const people = build(spec);
        // A check alone (menu, timer, onEdit) as well as the run that assigns addresses.
        const withCols = check(input(withServices(people)), { assignAddresses: assign });
        const without = check(input(roster(people)), { assignAddresses: assign });
        expect(mailbox(withCols)).toEqual(mailbox(without));
        expect(withCols.provisioning).toEqual(without.provisioning);
        const strip = (rows: CellValue[][]) => rows.map((r) => r.slice(0, -2));
        expect(strip(withCols.report.rows)).toEqual(strip(without.report.rows));
      }),
      { numRuns: 60 },
    );
  });

  it('each file holds exactly the people the plan asks for: none missing, none extra', () => {
    fc.assert(
      fc.property(fc.array(rowArb, { minLength: 1, maxLength: 25 }), (spec) => {
        const people = build(spec);
        const result = check(input(withServices(people)));
        // The rule as the spec states it, on each row on its own.
        const expected = (service: 'eoffice' | 'signature'): number[] =>
          people.flatMap((p, k) => {
            const o = result.rows[k];
            const gets =
              o.address !== '' && o.findings.every((f) => ['AFTER_DEADLINE', ...SERVICE_CODES].includes(f.code));
            const choice = parseChoice((service === 'eoffice' ? p.eoffice : p.signature) ?? '');
            const existing = (service === 'eoffice' ? p.eofficeExisting : p.signatureExisting) !== '';
            const needsCccd = service === 'signature' && !/^\d{12}$/.test(String(p.cccd ?? ''));
            return gets && choice !== 'no' && !existing && coveredBy(service, p.position) && !needsCccd
              ? [o.ref.row]
              : [];
          });
        expect(rowsIn(result, 'eoffice')).toEqual(expected('eoffice'));
        expect(rowsIn(result, 'signature')).toEqual(expected('signature'));
        for (const r of result.services.eoffice) expect(result.rows[r.ref.row - 2].address).toBe(r.address);
      }),
      { numRuns: 60 },
    );
  });
});
