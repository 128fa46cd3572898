/**
 * The registration sidebar's reads and its one write: the sheets that name units, and the
 * new roster row (with any header the row brings) written below the last row.
 */
import type { CellValue } from '../domain/types';
import { SHEETS } from './names';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** 'Tổng hợp' then 'Danh sách', header first, each read once; a missing sheet is left out. */
export function readUnitSheets(ss: Spreadsheet): CellValue[][][] {
  const tables: CellValue[][][] = [];
  for (const name of [SHEETS.summary, SHEETS.roster]) {
    const sheet = ss.getSheetByName(name);
    if (!sheet) continue;
    tables.push(sheet.getDataRange().getValues() as CellValue[][]);
  }
  return tables;
}

/**
 * Writes the headers of columns the row adds (by 1-based column, one write spanning them),
 * then the row's formats and values at `sheetRow`.
 */
export function writeRegisteredRow(
  ss: Spreadsheet,
  sheetRow: number,
  newHeaders: ReadonlyMap<number, string>,
  row: CellValue[],
  formats: string[],
): void {
  const sheet = ss.getSheetByName(SHEETS.roster)!;
  if (newHeaders.size > 0) {
    const first = Math.min(...newHeaders.keys());
    const last = Math.max(...newHeaders.keys());
    const headers = Array.from({ length: last - first + 1 }, (_, i) => newHeaders.get(first + i) ?? '');
    sheet.getRange(1, first, 1, headers.length).setValues([headers]);
  }
  const target = sheet.getRange(sheetRow, 1, 1, row.length);
  target.setNumberFormats([formats]);
  target.setValues([row]);
}
