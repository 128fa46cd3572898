/**
 * The hand-over lists' rules for any export: every provisioned person in exactly one
 * list, the list of their unit, with their own password, and the file formula-safe.
 */
import fc from 'fast-check';
import type { ProvisionRecord } from '../../src/domain/exports/records';
import { groupHandover, handoverCsv, handoverFileNames, handoverUnitKey } from '../../src/domain/handover';
import { parseCsv } from '../helpers/csv';

const UNITS = [
  'Trường THCS Lê Lợi',
  'TH Lê Lợi',
  'Trường Tiểu học Lê Lợi',
  'Trường Mầm non Hoa Sen',
  '=cmd|x',
  'THPT Ngô Quyền',
];
const COMMUNES = [
  { commune: 'Phường Lê Chân', communeCode: '11311' },
  { commune: 'Xã Cẩm Giang', communeCode: '10888' },
  { commune: 'Xã Cẩm Giàng', communeCode: '10903' },
];

const record = fc
  .record({
    unit: fc.constantFrom(...UNITS),
    place: fc.constantFrom(...COMMUNES),
    name: fc.constantFrom('Nguyễn Văn An', 'Trần Thị Bình', '+Lê Hoà', 'Phạm  Thuỷ'),
  })
  .map(({ unit, place, name }): Omit<ProvisionRecord, 'address' | 'ref'> => ({
    fullName: name,
    givenName: name.split(' ').pop()!,
    familyAndMiddle: name.split(' ').slice(0, -1).join(' '),
    commune: place.commune,
    communeCode: place.communeCode,
    region: 'Đông',
    unit,
    position: 'Giáo viên',
    staffId: '',
    personalEmail: '',
    phoneE164: '',
    phoneIsMobile: false,
  }));

const records = fc.array(record, { maxLength: 60 }).map((rs) =>
  rs.map((r, i): ProvisionRecord => ({
    ...r,
    ref: { sheet: 'Danh sách', row: i + 2 },
    address: `nguoi${i}@haiphong.edu.vn`,
  })),
);

describe('hand-over lists', () => {
  it('put every person in exactly one list, the list of their unit, with their own password', () => {
    fc.assert(
      fc.property(records, fc.boolean(), (rs, withFocal) => {
        const focal = new Map(rs.map((r) => [handoverUnitKey(r), withFocal ? 'daumoi@haiphong.edu.vn' : ''] as const));
        const lists = groupHandover(rs, withFocal ? focal : new Map());
        const seen = lists.flatMap((l) => l.people.map((p) => p.address));
        expect(seen.sort()).toEqual(rs.map((r) => r.address).sort());
        for (const l of lists) for (const p of l.people) expect(handoverUnitKey(p)).toBe(l.unitKey);
        // Two spellings of one school are one unit; the same name in another commune is not.
        expect(new Set(lists.map((l) => l.unitKey)).size).toBe(lists.length);
        const password = (r: ProvisionRecord): string => `pw-${r.ref.row}-Xy9`;
        for (const l of lists) {
          const text = handoverCsv([l], password, 'https://mail.google.com');
          expect(text.startsWith('\uFEFF')).toBe(true);
          const rows = parseCsv(text.slice(1));
          expect(rows.length).toBe(l.people.length + 1);
          rows.slice(1).forEach((row, i) => {
            expect(row[4]).toBe(l.people[i].address);
            expect(row[5]).toBe(password(l.people[i]));
            for (const cell of row) expect(cell).not.toMatch(/^[=+\-@]/);
          });
        }
        const names = handoverFileNames(lists);
        expect(new Set(names).size).toBe(names.length);
        for (const n of names) expect(n).toMatch(/^[a-z0-9-]+\.csv$/);
      }),
    );
  });
});
