/**
 * The registration sidebar's reads and its one write: the sheets that name units, and the
 * new roster row (with any header the row brings) written below the last row.
 */
import { ROSTER_COLUMNS, SUMMARY_COLUMNS } from '../domain/columns';
import { locateTable } from '../domain/sheet-layout';
import type { CellValue, RowRef } from '../domain/types';
import { SHEETS } from './names';
import { rosterSheets } from './roster-sheets';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/**
 * 'Tổng hợp' then every roster tab, each read once and given as its header then the rows
 * below it (title and numbering rows left out); a missing sheet or one without a header is left out.
 */
export function readUnitSheets(ss: Spreadsheet): CellValue[][][] {
  const summary = ss.getSheetByName(SHEETS.summary);
  const sheets: [Sheet | null, typeof SUMMARY_COLUMNS | typeof ROSTER_COLUMNS][] = [
    [summary, SUMMARY_COLUMNS],
    ...rosterSheets(ss).map((s): [Sheet, typeof ROSTER_COLUMNS] => [s, ROSTER_COLUMNS]),
  ];
  const tables: CellValue[][][] = [];
  for (const [sheet, specs] of sheets) {
    if (!sheet) continue;
    const values = sheet.getDataRange().getValues() as CellValue[][];
    const located = locateTable(values, specs);
    if (located.ok) tables.push([located.layout.header, ...values.slice(located.layout.firstRow - 1)]);
  }
  return tables;
}

/**
 * Writes the headers of columns the row adds (by 1-based column, one write spanning them),
 * on the tab's header row, then the row's formats and values at `at`.
 */
export function writeRegisteredRow(
  ss: Spreadsheet,
  at: RowRef,
  headerRow: number,
  newHeaders: ReadonlyMap<number, string>,
  row: CellValue[],
  formats: string[],
): void {
  const sheet = ss.getSheetByName(at.sheet)!;
  if (newHeaders.size > 0) {
    const first = Math.min(...newHeaders.keys());
    const last = Math.max(...newHeaders.keys());
    const headers = Array.from({ length: last - first + 1 }, (_, i) => newHeaders.get(first + i) ?? '');
    sheet.getRange(headerRow, first, 1, headers.length).setValues([headers]);
  }
  const target = sheet.getRange(at.row, 1, 1, row.length);
  target.setNumberFormats([formats]);
  target.setValues([row]);
}
