/**
 * Where a sheet's table starts, as units lay forms out: title rows, a header on one or two
 * rows, a numbering row; and which rows below it are subtotals rather than people.
 */
import { ROSTER_COLUMNS, SUMMARY_COLUMNS } from '../../src/domain/columns';
import { readRoster } from '../../src/domain/rules/read-roster';
import { isNumberingRow, isSubtotalRow, locateTable } from '../../src/domain/sheet-layout';
import type { CellValue } from '../../src/domain/types';
import { cleanPerson, NOW, roster, rosterRow, ROSTER_HEADER } from './rules/fixtures';

const blank = (n: number): CellValue[] => new Array<CellValue>(n).fill('');
const title = (text: string): CellValue[] => [text, ...blank(ROSTER_HEADER.length - 1)];

describe('locateTable', () => {
  it('finds the header under title rows, and the first row below its numbering row', () => {
    const values = [
      title('UBND THÀNH PHỐ HẢI PHÒNG'),
      title('SỞ GIÁO DỤC VÀ ĐÀO TẠO'),
      blank(ROSTER_HEADER.length),
      title('DANH SÁCH ĐỀ NGHỊ CẤP EMAIL CÔNG VỤ'),
      ROSTER_HEADER,
      ROSTER_HEADER.map((_, i) => `(${i + 1})`),
      rosterRow(cleanPerson(1), 1),
    ];
    const located = locateTable(values, ROSTER_COLUMNS);
    expect(located).toMatchObject({ ok: true, layout: { headerRow: 5, headerHeight: 1, firstRow: 7 } });
    // Without the numbering row the people start right below the header.
    values.splice(5, 1);
    expect(locateTable(values, ROSTER_COLUMNS)).toMatchObject({ ok: true, layout: { firstRow: 6 } });
  });

  it('reads a header split over two rows under merged group cells', () => {
    const top = ['TT', 'Tên UBND cấp xã', 'Tên đơn vị', 'Số lượng đề nghị', 'Cán bộ đầu mối', ''];
    const lower = ['', '', '', '', 'Họ tên', 'Số điện thoại (Zalo)'];
    const located = locateTable([title('TỔNG HỢP'), top, lower, [1, 2, 3, 4, 5, 6]], SUMMARY_COLUMNS);
    if (!located.ok) throw new Error('not found');
    expect(located.layout).toMatchObject({ headerRow: 2, headerHeight: 2, firstRow: 5 });
    expect(located.layout.match.columns).toMatchObject({ focalPerson: 4, phone: 5, declared: 3 });
    // A roster whose identity columns sit under 'Thông tin cá nhân'.
    const upper = ROSTER_HEADER.map((h, i) => (i === 3 ? 'Thông tin cá nhân' : i === 4 ? '' : h));
    const under = ROSTER_HEADER.map((h, i) => (i === 3 || i === 4 ? h : ''));
    const roster2 = locateTable([upper, under, rosterRow(cleanPerson(2), 1)], ROSTER_COLUMNS);
    expect(roster2).toMatchObject({ ok: true, layout: { headerRow: 1, headerHeight: 2, firstRow: 3 } });
  });

  it('looks no further than the top 15 rows, and names what the closest row lacks', () => {
    const late = [...Array.from({ length: 15 }, () => title('…')), ROSTER_HEADER];
    expect(locateTable(late, ROSTER_COLUMNS)).toEqual({ ok: false, missing: expect.arrayContaining(['Họ và tên']) });
    const noDob = ROSTER_HEADER.map((h) => (h === 'Ngày sinh' ? 'Năm sinh' : h));
    expect(locateTable([title('DANH SÁCH'), noDob], ROSTER_COLUMNS)).toEqual({ ok: false, missing: ['Ngày sinh'] });
  });
});

describe('rows that are not people', () => {
  const columns = { fullName: 3 };
  it('tells a numbering row and a subtotal row from a person', () => {
    expect(isNumberingRow([1, 2, 3, 4, 5, 6], ROSTER_HEADER.slice(0, 6))).toBe(true);
    expect(isNumberingRow(rosterRow(cleanPerson(3), 1), ROSTER_HEADER)).toBe(false);
    for (const label of ['Cộng', 'Tổng', 'Tổng cộng', 'Cộng đơn vị Trường THCS Lê Lợi', 'TỔNG CỘNG:'])
      expect(isSubtotalRow([label, '', '', '40 người', '', ''], columns.fullName, [4])).toBe(true);
    // A person named Tổng (family name) with a birth date is a person.
    expect(isSubtotalRow(['', '', '', 'Tổng Văn Minh', new Date(1980, 1, 1), ''], 3, [4])).toBe(false);
  });

  it('raises nothing on subtotal and blank rows, and reads a roster over tabs in workbook order', () => {
    const east = roster([cleanPerson(1), cleanPerson(2)]);
    east.values.splice(2, 0, ['Cộng', ...blank(ROSTER_HEADER.length - 1)]);
    east.values.push(['Tổng cộng', '', '', 2, ...blank(ROSTER_HEADER.length - 4)], blank(ROSTER_HEADER.length));
    const west = { ...roster([cleanPerson(3)]), sheetName: 'Danh sách - Phía Tây' };
    const read = readRoster([east, west, { sheetName: 'Danh sách cũ', values: [['Ghi chú']] }], NOW);
    if (!read.ok) throw new Error(read.message);
    expect(read.people.filter((p) => !p.blank).map((p) => `${p.ref.sheet}!${p.ref.row}`)).toEqual([
      'Danh sách!2',
      'Danh sách!4',
      'Danh sách - Phía Tây!2',
    ]);
    expect(read.tabs[0].skipped).toEqual([3, 5]);
    expect(read.people.flatMap((p) => p.findings)).toEqual([]);
    expect(read.notes.join(' ')).toContain('Danh sách cũ');
  });
});
