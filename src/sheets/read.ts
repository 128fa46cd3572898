/** Reads the input sheets: one getValues of each sheet's data range, nothing else. */
import type { RawTable, WorkbookInput } from '../domain/types';
import { SHEETS } from './names';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

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
  };
}
