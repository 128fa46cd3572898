/**
 * What a user keeps in a workbook besides values — their fills, alternating colours,
 * conditional formats, notes — and a formula's cached error, through both xlsx writers
 * and both readers (exceljs reads what the grid writer wrote, and the reverse).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createGasRuntime } from '../../src/local/gas';
import { cellKey, emptyGrid, type GridWorkbook, type WorkbookData } from '../../src/local/workbook-data';
import { readGridXlsx } from '../../src/local/xlsx/grid-read';
import { writeGridXlsx } from '../../src/local/xlsx/grid-write';
import { readXlsx } from '../../src/local/xlsx/read';
import { writeXlsx } from '../../src/local/xlsx/write';

const dir = mkdtempSync(join(tmpdir(), 'xlsx-formatting-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const RULES = [
  {
    ranges: ['J12', 'J40:J41'],
    criteria: 'CUSTOM_FORMULA' as const,
    values: ['=LEN($P12)>0'],
    background: '#fce8e6',
  },
  { ranges: ['G2:G60'], criteria: 'TEXT_CONTAINS' as const, values: ['hiệu "trưởng"'], background: '#b7e1cd' },
  { ranges: ['B2:B60'], criteria: 'CELL_EMPTY' as const, values: [], fontColor: '#c5221f', bold: true },
];
const BANDING = { range: 'A1:M60', headerColor: '#5b95f9', firstRowColor: '#ffffff', secondRowColor: '#e8f0fe' };

function dressedGrid(): GridWorkbook {
  const grid = emptyGrid('Danh sách');
  grid.values = Array.from({ length: 60 }, (_, r) =>
    Array.from({ length: 13 }, (_, c) => (r === 0 ? `Cột ${c}` : r * c)),
  );
  grid.backgrounds.set(cellKey(12, 10), '#ffff00');
  grid.backgrounds.set(cellKey(20, 4), '#ffffff');
  grid.notes.set(cellKey(12, 10), 'Cô giáo mới chuyển về\n⚠ Email công vụ: ô này cần sửa');
  grid.notes.set(cellKey(30, 4), 'Đã đối chiếu <hồ sơ> & "CCCD"');
  grid.values[2][5] = '#DIV/0!';
  grid.formulas.set(cellKey(3, 6), '=1/0');
  grid.conditionalFormats = RULES.map((r) => ({ ...r }));
  grid.bandings = [{ ...BANDING }];
  return { name: 'kết quả', sheets: [grid] };
}

describe('formatting and errors through the grid writer', () => {
  it('comes back from both readers as it was written', async () => {
    const path = join(dir, 'grid.xlsx');
    await writeGridXlsx(dressedGrid(), path);

    const grid = (await readGridXlsx(path, 'kết quả')).sheets[0];
    expect(grid.notes.get(cellKey(12, 10))).toBe('Cô giáo mới chuyển về\n⚠ Email công vụ: ô này cần sửa');
    expect(grid.notes.get(cellKey(30, 4))).toBe('Đã đối chiếu <hồ sơ> & "CCCD"');
    expect(grid.notes.size).toBe(2);
    expect(grid.backgrounds.get(cellKey(12, 10))).toBe('#ffff00');
    expect(grid.backgrounds.get(cellKey(20, 4))).toBe('#ffffff');
    expect(grid.conditionalFormats).toEqual(RULES);
    expect(grid.bandings).toEqual([BANDING]);

    const full = (await readXlsx(path)).sheets[0];
    expect(full.rows[11][9]).toMatchObject({ background: '#ffff00', note: grid.notes.get(cellKey(12, 10)) });
    expect(full.rows[29][3]!.note).toBe('Đã đối chiếu <hồ sơ> & "CCCD"');
    expect(full.rows[2][5]).toMatchObject({ formula: '=1/0', value: '#DIV/0!', error: true });
    expect(full.conditionalFormats).toEqual(RULES);
    expect(full.bandings).toEqual([BANDING]);
  });
});

describe("a formula's cached error", () => {
  const source = async (): Promise<WorkbookData> => {
    const path = join(dir, 'source.xlsx');
    await writeGridXlsx(dressedGrid(), path);
    return readXlsx(path);
  };

  it('stays an error through the runtime and the full writer', async () => {
    const rt = createGasRuntime({ workbook: await source() });
    const sheet = rt.spreadsheet.sheetNamed('Danh sách')!;
    // As in Sheets, a script reads the error's text.
    expect(sheet.getRange(3, 6).getValue()).toBe('#DIV/0!');
    const path = join(dir, 'full.xlsx');
    await writeXlsx(rt.workbook(), path);
    const back = (await readXlsx(path)).sheets[0];
    expect(back.rows[2][5]).toMatchObject({ formula: '=1/0', value: '#DIV/0!', error: true });
    expect(back.conditionalFormats).toEqual(RULES);
    expect(back.bandings).toEqual([BANDING]);
  });

  it('stays an error through the runtime and the grid writer', async () => {
    const rt = createGasRuntime({ workbook: await source() });
    const path = join(dir, 'grid-again.xlsx');
    await writeGridXlsx(rt.grids(), path);
    const back = (await readXlsx(path)).sheets[0];
    expect(back.rows[2][5]).toMatchObject({ formula: '=1/0', value: '#DIV/0!', error: true });
    expect(back.rows[11][9]!.note).toBe('Cô giáo mới chuyển về\n⚠ Email công vụ: ô này cần sửa');
  });
});
