/** Reads the input sheets: one getValues of each sheet's data range, nothing else. */
import { CSDL_COLUMNS } from '../domain/columns';
import type { CellValue, RawTable, WorkbookInput } from '../domain/types';
import { contiguousRuns } from './blocks';
import { readLedgerInput } from './ledger-sheet';
import { SHEETS } from './names';
import { locateSheetTable, rosterSheets } from './roster-sheets';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export function readTable(ss: Spreadsheet, name: string): RawTable | null {
  const sheet = ss.getSheetByName(name);
  if (!sheet) return null;
  return { sheetName: name, values: sheet.getDataRange().getValues() as RawTable['values'] };
}

export function readWorkbookInput(ss: Spreadsheet): WorkbookInput {
  return {
    rosterTabs: rosterSheets(ss).map((sheet) => ({
      sheetName: sheet.getName(),
      values: sheet.getDataRange().getValues() as RawTable['values'],
    })),
    summary: readTable(ss, SHEETS.summary),
    accounts: readTable(ss, SHEETS.accounts),
    csdl: readTable(ss, SHEETS.csdl),
    register: readTable(ss, SHEETS.register),
    ...readLedgerInput(ss, PropertiesService.getDocumentProperties()),
    directory: readTable(ss, SHEETS.directory),
  };
}

/**
 * A sheet-shaped table holding only some columns below its top rows (the rest ''): the top
 * rows as read, then one read per run of adjacent columns, whatever the number of rows.
 * onEdit uses it to stay quick on 100,000-row sheets. `columns` are 0-based.
 */
export function readSomeColumns(sheet: Sheet, top: CellValue[][], columns: number[], lastRow: number): CellValue[][] {
  const width = top[0]?.length ?? 0;
  const values: CellValue[][] = top.map((row) => [...row]);
  const from = top.length + 1;
  for (let r = from; r <= lastRow; r++) values.push(new Array<CellValue>(width).fill(''));
  if (lastRow < from) return values;
  for (const run of contiguousRuns(columns)) {
    const cells = sheet.getRange(from, run[0] + 1, lastRow - from + 1, run.length).getValues();
    for (let i = 0; i < cells.length; i++) {
      const row = values[from - 1 + i];
      const line = cells[i];
      for (let k = 0; k < run.length; k++) row[run[k]] = line[k] as CellValue;
    }
  }
  return values;
}

/** Only the columns people are matched by (Mã định danh, name, date of birth, CCCD) of 'CSDL ngành'. */
export function readIdentityColumns(ss: Spreadsheet, name: string): RawTable | null {
  const sheet = ss.getSheetByName(name);
  if (!sheet) return null;
  const located = locateSheetTable(sheet, CSDL_COLUMNS);
  if (!located) return { sheetName: name, values: [] };
  if (!located.layout) return { sheetName: name, values: located.top };
  const { columns } = located.layout.match;
  const wanted = (['staffId', 'fullName', 'dob', 'cccd'] as const)
    .map((f) => columns[f])
    .filter((c): c is number => c !== undefined);
  return { sheetName: name, values: readSomeColumns(sheet, located.top, wanted, located.lastRow) };
}
