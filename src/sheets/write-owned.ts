/**
 * Writes the add-on's own columns of 'Danh sách' (Email công vụ, Trạng thái, Lỗi,
 * Ghi nhận lúc): one setValues per block of adjacent owned columns, header included,
 * so user columns are never part of a written range.
 */
import type { OwnedColumn } from '../domain/check';
import type { CellValue } from '../domain/types';
import { contiguousRuns } from './blocks';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export const RECEIVED_AT_FORMAT = 'dd/mm/yyyy hh:mm:ss';

function columnBlocks(owned: OwnedColumn[]): OwnedColumn[][] {
  const byColumn = new Map(owned.map((o) => [o.column, o]));
  return contiguousRuns(owned.map((o) => o.column)).map((run) => run.map((c) => byColumn.get(c)!));
}

/** Every data row (values are rows 2..lastRow). */
export function writeOwnedColumns(sheet: Sheet, owned: OwnedColumn[]): void {
  for (const block of columnBlocks(owned)) {
    const height = block[0].values.length;
    const grid: CellValue[][] = [block.map((o) => o.header)];
    for (let r = 0; r < height; r++) grid.push(block.map((o) => o.values[r] ?? ''));
    sheet.getRange(1, block[0].column, grid.length, block.length).setValues(grid);
    const stamp = block.find((o) => o.field === 'receivedAt');
    if (stamp && height > 0) sheet.getRange(2, stamp.column, height, 1).setNumberFormat(RECEIVED_AT_FORMAT);
  }
}

/**
 * Only some rows (onEdit, the entry form): `rows` are the 1-based sheet rows the values
 * belong to, in the same order. Fields not listed in `fields` are left as they are.
 */
export function writeOwnedRows(sheet: Sheet, owned: OwnedColumn[], rows: number[], fields: ReadonlySet<string>): void {
  const wanted = owned.filter((o) => fields.has(o.field));
  const indexOfRow = new Map(rows.map((row, i) => [row, i]));
  for (const block of columnBlocks(wanted)) {
    const appended = block.filter((o) => o.appended);
    if (appended.length > 0)
      sheet.getRange(1, block[0].column, 1, block.length).setValues([block.map((o) => o.header)]);
    for (const run of contiguousRuns(rows)) {
      const grid = run.map((row) => block.map((o) => o.values[indexOfRow.get(row)!] ?? ''));
      sheet.getRange(run[0], block[0].column, run.length, block.length).setValues(grid);
    }
  }
}

/**
 * Empties every `Email công vụ` cell of 'Danh sách' that shows `address` (a released
 * address): one read and at most one write of that column. Returns how many rows it emptied.
 */
export function clearAddress(sheet: Sheet, column: number, address: string): number {
  const lastRow = sheet.getLastRow();
  if (lastRow < 2) return 0;
  const range = sheet.getRange(2, column, lastRow - 1, 1);
  const cells = range.getValues() as CellValue[][];
  let cleared = 0;
  for (const row of cells)
    if (String(row[0]).trim().toLowerCase() === address) {
      row[0] = '';
      cleared += 1;
    }
  if (cleared > 0) range.setValues(cells);
  return cleared;
}
