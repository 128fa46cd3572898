/**
 * The roster's tabs (every sheet named 'Danh sách…', in workbook order) and where a sheet's
 * table sits when only its top rows are read (onEdit, releasing an address): the same header
 * scan as the check's, on the same rows.
 */
import { isRosterTabName, ROSTER_COLUMNS, type ColumnSpec } from '../domain/columns';
import { HEADER_SCAN_ROWS, locateTable, type TableLayout } from '../domain/sheet-layout';
import type { CellValue } from '../domain/types';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export function rosterSheets(ss: Spreadsheet): Sheet[] {
  return ss.getSheets().filter((s) => isRosterTabName(s.getName()));
}

export interface LocatedSheet<F extends string> {
  /** null when no top row holds the required headers. */
  layout: TableLayout<F> | null;
  /** The sheet's top rows as read, `top[i]` being sheet row i + 1. */
  top: CellValue[][];
  lastRow: number;
  lastColumn: number;
}

/**
 * One read of the top rows (the scan's rows and the two below, for a header's second row and
 * a numbering row); null for an empty sheet.
 */
export function locateSheetTable<F extends string>(
  sheet: Sheet,
  specs: readonly ColumnSpec<F>[],
): LocatedSheet<F> | null {
  const lastRow = sheet.getLastRow();
  const lastColumn = sheet.getLastColumn();
  if (lastRow < 1 || lastColumn < 1) return null;
  const height = Math.min(lastRow, HEADER_SCAN_ROWS + 2);
  const top = sheet.getRange(1, 1, height, lastColumn).getValues() as CellValue[][];
  const located = locateTable(top, specs);
  return { layout: located.ok ? located.layout : null, top, lastRow, lastColumn };
}

export function locateRosterSheet(sheet: Sheet) {
  return locateSheetTable(sheet, ROSTER_COLUMNS);
}
