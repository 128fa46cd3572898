/**
 * The start of a 'Danh sách' as units send it, for the xlsx tests: a frozen header, then a
 * row with a date, a phone as a number (filled red), a CCCD kept as text, a formula, a
 * formula error and a tick box. The eighth column is each test's own.
 */
import type ExcelJS from 'exceljs';

export function addUnitRoster(wb: ExcelJS.Workbook, eighth: { header: string; value: string }): ExcelJS.Worksheet {
  const roster = wb.addWorksheet('Danh sách', { views: [{ state: 'frozen', ySplit: 1 }] });
  roster.addRow(['Họ và tên', 'Ngày sinh', 'SĐT', 'CCCD', 'Tổng', 'Lỗi chia', 'Đã nộp', eighth.header]);
  roster.addRow([
    'Nguyễn Văn An',
    new Date(Date.UTC(1985, 2, 15)),
    912345678,
    '031085012345',
    { formula: 'C2*2', result: 1824691356 },
    { formula: '1/0', result: { error: '#DIV/0!' } },
    true,
    eighth.value,
  ]);
  roster.getCell('B2').numFmt = 'dd/mm/yyyy';
  roster.getCell('C2').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFCE8E6' } };
  roster.getCell('D2').numFmt = '@';
  return roster;
}
