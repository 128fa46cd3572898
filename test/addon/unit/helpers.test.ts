import { valuesDigest } from '../../../src/addon/digest';
import { ownedColumnIndices } from '../../../src/domain/columns';
import { randomSourceFromUuids } from '../../../src/addon/random';
import { contiguousRuns } from '../../../src/sheets/blocks';
import { locateRosterColumns } from '../../../src/sheets/columns';
import { randomUUID } from 'node:crypto';
import { readNames } from '../../../scripts/reference-data';

const names = readNames();

describe('roster digest', () => {
  const rows = [['TT', 'Họ và tên', 'Trạng thái'], ...names.slice(0, 500).map((n, i) => [i + 1, n, 'Hợp lệ'])];
  it('changes when a user cell changes and ignores the skipped (owned) column', () => {
    const base = valuesDigest(rows, new Set([2]));
    const edited = rows.map((r) => [...r]);
    edited[300][1] = `${edited[300][1]} `;
    expect(valuesDigest(edited, new Set([2]))).not.toBe(base);
    const stamped = rows.map((r) => [...r]);
    stamped[10][2] = 'Có lỗi';
    expect(valuesDigest(stamped, new Set([2]))).toBe(base);
  });
});

describe('random source from UUIDs', () => {
  it('is deterministic for a seed, differs across seeds, and spreads bytes evenly', () => {
    const seed = [randomUUID(), randomUUID(), randomUUID()];
    const a = randomSourceFromUuids(seed)(4096);
    expect(Buffer.from(randomSourceFromUuids(seed)(4096)).equals(Buffer.from(a))).toBe(true);
    const b = randomSourceFromUuids([randomUUID(), randomUUID(), randomUUID()])(4096);
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(false);
    const counts = new Array(256).fill(0);
    const many = randomSourceFromUuids(seed)(256 * 200);
    for (const x of many) counts[x]++;
    expect(Math.min(...counts)).toBeGreaterThan(120);
    expect(Math.max(...counts)).toBeLessThan(290);
  });
  it('refuses a seed too short to key the cipher', () => {
    expect(() => randomSourceFromUuids([randomUUID()])).toThrow();
  });
});

describe('sheet helpers', () => {
  it('groups rows into contiguous runs', () => {
    expect(contiguousRuns([9, 3, 4, 5, 4, 12, 11])).toEqual([[3, 4, 5], [9], [11, 12]]);
  });
  it('finds columns by header ignoring case, marks, spaces, punctuation and aliases', () => {
    const header = [
      'STT',
      '  tên ubnd   cấp xã ',
      'Trường',
      'HỌ TÊN',
      'Ngày sinh',
      'SĐT',
      'Số định danh cá nhân',
      'Email công vụ',
    ];
    const cols = locateRosterColumns(header);
    expect(cols).toMatchObject({ tt: 1, commune: 2, unit: 3, fullName: 4, dob: 5, phone: 6, cccd: 7 });
    expect(cols.existingEmail).toBeUndefined();
  });
});

describe('owned columns', () => {
  const header = [
    'TT',
    'Họ và tên',
    ' EMAIL CÔNG VỤ ĐƯỢC CẤP ',
    'Email công vụ hiện có',
    'trang thai',
    'Lỗi',
    'Ghi chú',
    'Lỗi',
  ];
  it('are found as the check finds them: folded text, aliases, repeated headers', () => {
    expect([...ownedColumnIndices(header)].sort()).toEqual([2, 4, 5, 7]);
  });

  it('leave the digest alone when only they change, even under an alias header', () => {
    const rows = [header, ...names.slice(0, 50).map((n, i) => [i + 1, n, '', '', 'Hợp lệ', '', '', ''])];
    const stamped = rows.map((r, i) =>
      i === 0 ? r : [r[0], r[1], `a${i}@haiphong.edu.vn`, r[3], 'Có lỗi', 'x', r[6], 'y'],
    );
    expect(valuesDigest(stamped, ownedColumnIndices(header))).toBe(valuesDigest(rows, ownedColumnIndices(header)));
    const typed = rows.map((r, i) => (i === 7 ? [r[0], r[1], r[2], 'cu@haiphong.edu.vn', ...r.slice(4)] : r));
    expect(valuesDigest(typed, ownedColumnIndices(header))).not.toBe(valuesDigest(rows, ownedColumnIndices(header)));
  });
});
