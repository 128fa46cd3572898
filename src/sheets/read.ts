/** Reads the input sheets: one getValues of each sheet's data range, nothing else. */
import { CSDL_COLUMNS, matchColumns } from '../domain/columns';
import type { CellValue, RawTable, WorkbookInput } from '../domain/types';
import { contiguousRuns } from './blocks';
import { SHEETS } from './names';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export function readTable(ss: Spreadsheet, name: string): RawTable | null {
  const sheet = ss.getSheetByName(name);
  if (!sheet) return null;
  return { sheetName: name, values: sheet.getDataRange().getValues() as RawTable['values'] };
}

export function readWorkbookInput(ss: Spreadsheet): WorkbookInput {
  return {
    roster: readTable(ss, SHEETS.roster),
    summary: readTable(ss, SHEETS.summary),
    accounts: readTable(ss, SHEETS.accounts),
    csdl: readTable(ss, SHEETS.csdl),
    register: readTable(ss, SHEETS.register),
    directory: readTable(ss, SHEETS.directory),
  };
}

/**
 * A sheet-shaped table holding only some columns (the rest ''): one read per run of
 * adjacent columns, whatever the number of rows. onEdit uses it to stay quick on
 * 100,000-row sheets. `columns` are 0-based.
 */
export function readSomeColumns(sheet: Sheet, header: CellValue[], columns: number[], lastRow: number): CellValue[][] {
  const values: CellValue[][] = [header];
  for (let r = 2; r <= lastRow; r++) values.push(new Array<CellValue>(header.length).fill(''));
  if (lastRow < 2) return values;
  for (const run of contiguousRuns(columns)) {
    const cells = sheet.getRange(2, run[0] + 1, lastRow - 1, run.length).getValues();
    for (let i = 0; i < cells.length; i++) {
      const row = values[i + 1];
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
  const lastRow = sheet.getLastRow();
  const lastColumn = sheet.getLastColumn();
  if (lastRow < 1 || lastColumn < 1) return { sheetName: name, values: [] };
  const header = sheet.getRange(1, 1, 1, lastColumn).getValues()[0] as CellValue[];
  const { columns } = matchColumns(header, CSDL_COLUMNS);
  const wanted = (['staffId', 'fullName', 'dob', 'cccd'] as const)
    .map((f) => columns[f])
    .filter((c): c is number => c !== undefined);
  return { sheetName: name, values: readSomeColumns(sheet, header, wanted, lastRow) };
}
