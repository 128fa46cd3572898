/**
 * Sheets only the add-on writes and only Văn phòng may edit (hidden, protected), known by
 * the id recorded in the document properties when the add-on made them: a sheet of the same
 * name made by someone else (a unit editor, before the add-on's first run) is never believed
 * and never adopted. Read by anyone's run; made and written only by Văn phòng's.
 */
import type { CellValue, RawTable } from '../domain/types';
import { protect } from './register-sheet';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Props = GoogleAppsScript.Properties.Properties;

const ID_PREFIX = 'ownedSheet.';

/** Whether the add-on ever made a sheet of this name here (`all`: the document properties). */
export const ownedSheetRecorded = (all: Record<string, string>, name: string): boolean => ID_PREFIX + name in all;

export type OwnedSheet = { state: 'absent' } | { state: 'planted' } | { state: 'ours'; sheet: Sheet };

export function findOwnedSheet(ss: Spreadsheet, props: Props, name: string): OwnedSheet {
  const sheet = ss.getSheetByName(name);
  if (!sheet) return { state: 'absent' };
  return props.getProperty(ID_PREFIX + name) === String(sheet.getSheetId())
    ? { state: 'ours', sheet }
    : { state: 'planted' };
}

/** The sheet's values when it is the add-on's own; null when absent or not made by the add-on. */
export function readOwnedTable(ss: Spreadsheet, props: Props, name: string): RawTable | null {
  const found = findOwnedSheet(ss, props, name);
  if (found.state !== 'ours') return null;
  return { sheetName: name, values: found.sheet.getDataRange().getValues() as CellValue[][] };
}

/**
 * Writes `values` over the whole sheet (made, hidden and protected for `editors` first when
 * absent) in one call, and protects it again; false when a sheet of that name is not ours.
 */
export function writeOwnedTable(
  ss: Spreadsheet,
  props: Props,
  name: string,
  values: CellValue[][],
  editors: string[],
  description: string,
): boolean {
  const found = findOwnedSheet(ss, props, name);
  if (found.state === 'planted') return false;
  let sheet: Sheet;
  if (found.state === 'absent') {
    sheet = ss.insertSheet(name);
    props.setProperty(ID_PREFIX + name, String(sheet.getSheetId()));
  } else sheet = found.sheet;
  // Protected before it holds anything, and again on every write (an .xlsx copy lost it).
  protect(sheet, editors, description);
  if (!sheet.isSheetHidden()) sheet.hideSheet();
  const width = values[0].length;
  const stale = sheet.getLastRow() - values.length;
  if (stale > 0) sheet.getRange(values.length + 1, 1, stale, width).clearContent();
  const maxRows = sheet.getMaxRows();
  if (maxRows < values.length) sheet.insertRowsAfter(maxRows, values.length - maxRows);
  sheet.getRange(1, 1, values.length, width).setValues(values);
  return true;
}
