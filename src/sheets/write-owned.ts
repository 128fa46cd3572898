/**
 * Writes the add-on's own columns of 'Danh sách' (Email công vụ, Trạng thái, Lỗi,
 * Ghi nhận lúc, and plan 5277's eOffice / Chữ ký số): one setValues per block of adjacent
 * owned columns or one range list per value (owned-write-plan.ts), so user columns are
 * never part of a written range.
 */
import type { OwnedColumn } from '../domain/check';
import { matchColumns, ROSTER_COLUMNS } from '../domain/columns';
import type { CellValue } from '../domain/types';
import { contiguousRuns } from './blocks';
import { SHEETS } from './names';
import { adjacentBlocks, planOwnedWrites, RECEIVED_AT_FORMAT, type SpanWrite } from './owned-write-plan';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

function writeSpan(sheet: Sheet, span: SpanWrite): void {
  sheet.getRange(span.top, span.column, span.grid.length, span.grid[0].length).setValues(span.grid);
  if (span.stamp)
    sheet.getRange(span.stamp.top, span.stamp.column, span.stamp.rows, 1).setNumberFormat(RECEIVED_AT_FORMAT);
}

/**
 * Every data row (values are rows 2..lastRow). Given what the sheet showed when it was read
 * (`current`, header first), only changed cells are written (planOwnedWrites says how): a
 * column that did not change (the stamps a menu run never sets, the statuses of a second
 * run) costs no cell, and the calls stay bounded whatever the rows.
 */
export function writeOwnedColumns(
  sheet: Sheet,
  owned: OwnedColumn[],
  current?: readonly (readonly CellValue[])[],
): void {
  const plan = planOwnedWrites(owned, current);
  for (const span of plan.spans) writeSpan(sheet, span);
  try {
    for (const write of plan.byValue) {
      const list = sheet.getRangeList(write.a1);
      list.setValue(write.value);
      if (write.numberFormat) list.setNumberFormat(write.numberFormat);
    }
  } catch {
    // A range list Sheets would not take: the same cells and the clean ones between them, by span.
    for (const span of plan.byValueAsSpans()) writeSpan(sheet, span);
  }
  for (const { column, header } of plan.headers) sheet.getRange(1, column).setValue(header);
}

/**
 * Only some rows (onEdit, the entry form): `rows` are the 1-based sheet rows the values
 * belong to, in the same order. Fields not listed in `fields` are left as they are.
 */
export function writeOwnedRows(sheet: Sheet, owned: OwnedColumn[], rows: number[], fields: ReadonlySet<string>): void {
  const wanted = owned.filter((o) => fields.has(o.field));
  const indexOfRow = new Map(rows.map((row, i) => [row, i]));
  for (const block of adjacentBlocks(wanted)) {
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
