/** A workbook imported and exported unchanged, cell for cell. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { readXlsx } from '../../src/local/xlsx/read';
import { writeXlsx } from '../../src/local/xlsx/write';
import { XlsxError } from '../../src/local/xlsx/errors';
import { addUnitRoster, addUnitSummary, writeWorkbook } from './unit-sheets';

const dir = mkdtempSync(join(tmpdir(), 'xlsx-'));

function fixture(wb: ExcelJS.Workbook): void {
  addUnitSummary(
    wb,
    [
      ['TT', 'Tên UBND cấp xã', 'Tên đơn vị', 'Số lượng đề nghị'],
      [1, 'Phường Lê Chân', 'Trường THCS Lê Lợi', 2],
    ],
    'Ghi chú chung của đơn vị',
  );
  const roster = addUnitRoster(wb, { header: 'Môn dạy', value: 'Toán' });
  roster.getCell('A2').note = 'Đã xác minh';
  roster.addRow(['Trần Thị Bình', '15/3/1990', '0912 345 678', 31190012345]);
  roster.getColumn(1).width = 30;
}

describe('xlsx round trip', () => {
  it('keeps values, types, formulas, errors, notes, fills, merges, frozen rows and sheet order', async () => {
    const source = join(dir, 'in.xlsx');
    await writeWorkbook(source, fixture);
    const first = await readXlsx(source);
    const roster = first.sheets[1];
    expect(first.sheets.map((s) => s.name)).toEqual(['Tổng hợp', 'Danh sách']);
    expect(roster.rows[1][1]!.value).toEqual(new Date(1985, 2, 15));
    expect(roster.rows[1][2]!.value).toBe(912345678);
    expect(roster.rows[1][3]!.value).toBe('031085012345');
    expect(roster.rows[1][4]).toMatchObject({ formula: '=C2*2', value: 1824691356 });
    expect(roster.rows[1][5]).toMatchObject({ formula: '=1/0', value: '#DIV/0!', error: true });
    expect(roster.rows[1][6]!.value).toBe(true);
    expect(roster.rows[1][0]!.note).toBe('Đã xác minh');
    expect(roster.rows[1][2]!.background).toBe('#fce8e6');
    expect(roster.rows[2][3]!.value).toBe(31190012345);
    expect(roster.frozenRows).toBe(1);
    expect(first.sheets[0].merges).toEqual(['A4:D4']);

    const copy = join(dir, 'out.xlsx');
    await writeXlsx(first, copy);
    const second = await readXlsx(copy);
    expect(second.sheets).toEqual(first.sheets);
  });

  it('says what is wrong with a file it cannot use', async () => {
    await expect(readXlsx(join(dir, 'khong-co.xlsx'))).rejects.toMatchObject({ problem: 'missing' });
    const text = join(dir, 'text.xlsx');
    writeFileSync(text, 'không phải excel');
    await expect(readXlsx(text)).rejects.toBeInstanceOf(XlsxError);
    await expect(readXlsx(text)).rejects.toMatchObject({ problem: 'not_xlsx' });
  });
});
