/**
 * Writes the add-on's own columns of 'Danh sách' (Email công vụ, Trạng thái, Lỗi,
 * Ghi nhận lúc, and plan 5277's eOffice / Chữ ký số): one setValues per block of adjacent
 * owned columns, so user columns are never part of a written range.
 */
import type { OwnedColumn } from '../domain/check';
import { matchColumns, ROSTER_COLUMNS } from '../domain/columns';
import type { CellValue } from '../domain/types';
import { contiguousRuns } from './blocks';
import { SHEETS } from './names';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export const RECEIVED_AT_FORMAT = 'dd/mm/yyyy hh:mm:ss';

function columnBlocks(owned: OwnedColumn[]): OwnedColumn[][] {
  const byColumn = new Map(owned.map((o) => [o.column, o]));
  return contiguousRuns(owned.map((o) => o.column)).map((run) => run.map((c) => byColumn.get(c)!));
}

/** Two cells hold the same thing when writing one over the other would change nothing. */
function sameCell(a: CellValue | undefined, b: CellValue | undefined): boolean {
  if (a instanceof Date || b instanceof Date)
    return a instanceof Date && b instanceof Date && a.getTime() === b.getTime();
  return String(a ?? '') === String(b ?? '');
}

/** Data rows (0-based) from the first to the last value that differs from what the sheet shows; null when none does. */
export function changedSpan(
  column: OwnedColumn,
  current: readonly (readonly CellValue[])[] | undefined,
): { first: number; last: number } | null {
  if (!current) return column.values.length > 0 ? { first: 0, last: column.values.length - 1 } : null;
  let first = -1;
  let last = -1;
  for (let r = 0; r < column.values.length; r++) {
    if (sameCell(column.values[r], current[r + 1]?.[column.column - 1])) continue;
    if (first < 0) first = r;
    last = r;
  }
  return first < 0 ? null : { first, last };
}

/**
 * Every data row (values are rows 2..lastRow). Given what the sheet showed when it was read
 * (`current`, header first), only the rows from the first to the last changed value of each
 * block are written: a column that did not change (the stamps a menu run never sets, the
 * statuses of a second run) costs no cell, and the calls stay at most two a block.
 */
export function writeOwnedColumns(
  sheet: Sheet,
  owned: OwnedColumn[],
  current?: readonly (readonly CellValue[])[],
): void {
  const needsHeader = new Set(owned.filter((o) => o.appended || !sameCell(current?.[0]?.[o.column - 1], o.header)));
  const spans = new Map(owned.map((o) => [o, changedSpan(o, current)]));
  for (const block of columnBlocks(owned.filter((o) => spans.get(o) !== null))) {
    // A block with a header to write starts at the header: one call rather than two.
    const withHeader = block.some((o) => needsHeader.has(o));
    const first = withHeader ? 0 : Math.min(...block.map((o) => spans.get(o)!.first));
    const last = Math.max(...block.map((o) => spans.get(o)!.last));
    const grid: CellValue[][] = withHeader ? [block.map((o) => o.header)] : [];
    for (let r = first; r <= last; r++) grid.push(block.map((o) => o.values[r] ?? ''));
    const top = withHeader ? 1 : first + 2;
    sheet.getRange(top, block[0].column, grid.length, block.length).setValues(grid);
    if (withHeader) for (const o of block) needsHeader.delete(o);
    const stamp = block.find((o) => o.field === 'receivedAt');
    if (stamp) sheet.getRange(first + 2, stamp.column, last - first + 1, 1).setNumberFormat(RECEIVED_AT_FORMAT);
  }
  // Columns with no changed value but a header to write (a new stamp column a menu run leaves
  // empty): one cell each, never a block of empty cells below it.
  for (const o of needsHeader) sheet.getRange(1, o.column).setValue(o.header);
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
 * address): the header, one read and at most one write of that column. Returns how many rows it emptied.
 */
export function clearAddress(ss: Spreadsheet, address: string): number {
  const sheet = ss.getSheetByName(SHEETS.roster);
  if (!sheet || sheet.getLastColumn() === 0) return 0;
  const header = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0] as CellValue[];
  const column = matchColumns(header, ROSTER_COLUMNS).columns.address;
  const lastRow = sheet.getLastRow();
  if (column === undefined || lastRow < 2) return 0;
  const range = sheet.getRange(2, column + 1, lastRow - 1, 1);
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
