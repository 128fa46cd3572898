/** The sheets of a unit's workbook as the xlsx tests write them with exceljs; each test adds its own cases. */
import ExcelJS from 'exceljs';

/** Writes the file at `path` from a new workbook that `fill` gives its sheets. */
export async function writeWorkbook(path: string, fill: (wb: ExcelJS.Workbook) => void): Promise<void> {
  const wb = new ExcelJS.Workbook();
  fill(wb);
  await wb.xlsx.writeFile(path);
}

/** 'Tổng hợp': `rows` from the top, then a note merged across row 4 as wide as the header. */
export function addUnitSummary(wb: ExcelJS.Workbook, rows: ExcelJS.CellValue[][], note: string): ExcelJS.Worksheet {
  const summary = wb.addWorksheet('Tổng hợp');
  for (const row of rows) summary.addRow(row);
  summary.mergeCells(`A4:${String.fromCharCode(64 + rows[0].length)}4`);
  summary.getCell('A4').value = note;
  return summary;
}

/**
 * The start of 'Danh sách': a frozen header, then a row with a date, a phone as a number
 * (filled red), a CCCD kept as text, a formula, a formula error and a tick box. The
 * eighth column is each test's own.
 */

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
