/**
 * Writes the add-on's own columns of each roster tab (Email công vụ, Trạng thái, Lỗi,
 * Ghi nhận lúc, and plan 5277's eOffice / Chữ ký số): one setValues per block of adjacent
 * owned columns or one range list per value (owned-write-plan.ts), so user columns are
 * never part of a written range.
 */
import type { OwnedTab } from '../domain/check';
import type { CellValue } from '../domain/types';
import { contiguousRuns } from './blocks';
import { adjacentBlocks, planOwnedWrites, RECEIVED_AT_FORMAT, type SpanWrite } from './owned-write-plan';
import { locateRosterSheet, rosterSheets } from './roster-sheets';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

function writeSpan(sheet: Sheet, span: SpanWrite): void {
  sheet.getRange(span.top, span.column, span.grid.length, span.grid[0].length).setValues(span.grid);
  if (span.stamp)
    sheet.getRange(span.stamp.top, span.stamp.column, span.stamp.rows, 1).setNumberFormat(RECEIVED_AT_FORMAT);
}

/**
 * Every row of one tab below its header (`owned.rows`). Given what the sheet showed when it
 * was read (`current`, `current[i]` being sheet row i + 1), only changed cells are written
 * (planOwnedWrites says how): a column that did not change (the stamps a menu run never sets,
 * the statuses of a second run) costs no cell, and the calls stay bounded whatever the rows.
 */
export function writeOwnedColumns(sheet: Sheet, owned: OwnedTab, current?: readonly (readonly CellValue[])[]): void {
  if (owned.rows.length === 0 && owned.columns.every((o) => !o.appended)) return;
  const place = { headerRow: owned.headerRow, firstRow: owned.rows[0] ?? owned.headerRow + 1 };
  const plan = planOwnedWrites(owned.columns, current, place);
  // Headers first: a run cut short after them leaves columns the next run finds by their
  // header, never values under no header (which it would take for a user's).
  writeHeaders(sheet, owned.headerRow, new Map(plan.headers.map((h) => [h.column, h.header])));
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
}

/** Header cells on the header row, one cell each (only the first run has any). */
function writeHeaders(sheet: Sheet, headerRow: number, headers: ReadonlyMap<number, string>): void {
  for (const [column, header] of headers) sheet.getRange(headerRow, column).setValue(header);
}

/**
 * Only some rows (onEdit, the entry form): `owned.rows` are the 1-based sheet rows the values
 * belong to, in the same order. Fields not listed in `fields` are left as they are.
 */
export function writeOwnedRows(sheet: Sheet, owned: OwnedTab, fields: ReadonlySet<string>): void {
  const wanted = owned.columns.filter((o) => fields.has(o.field));
  const indexOfRow = new Map(owned.rows.map((row, i) => [row, i]));
  for (const block of adjacentBlocks(wanted)) {
    const appended = block.filter((o) => o.appended);
    if (appended.length > 0)
      sheet.getRange(owned.headerRow, block[0].column, 1, block.length).setValues([block.map((o) => o.header)]);
    for (const run of contiguousRuns(owned.rows)) {
      const grid = run.map((row) => block.map((o) => o.values[indexOfRow.get(row)!] ?? ''));
      sheet.getRange(run[0], block[0].column, run.length, block.length).setValues(grid);
    }
  }
}

/**
 * Empties every `Email công vụ` cell of the roster's tabs that shows `address` (a released
 * address): per tab, its top rows, one read and at most one write of that column. Returns how many rows it emptied.
 */
export function clearAddress(ss: Spreadsheet, address: string): number {
  let cleared = 0;
  for (const sheet of rosterSheets(ss)) {
    const located = locateRosterSheet(sheet);
    if (!located?.layout) continue;
    const column = located.layout.match.columns.address;
    const { lastRow } = located;
    const first = located.layout.firstRow;
    if (column === undefined || lastRow < first) continue;
    const range = sheet.getRange(first, column + 1, lastRow - first + 1, 1);
    const cells = range.getValues() as CellValue[][];
    let here = 0;
    for (const row of cells)
      if (String(row[0]).trim().toLowerCase() === address) {
        row[0] = '';
        here += 1;
      }
    if (here > 0) range.setValues(cells);
    cleared += here;
  }
  return cleared;
}
