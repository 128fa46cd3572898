/**
 * 'Sổ địa chỉ': the register of every address the add-on assigned. A hidden sheet the
 * add-on owns, protected so that only Văn phòng (the owner and the accounts in the
 * settings) may edit it. Read once with the other input sheets; written once per run.
 */
import type { RegisterSheet } from '../domain/register';
import type { CellValue } from '../domain/types';
import { REGISTER_TEXT } from '../i18n/register';
import { SHEETS } from './names';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Whole-sheet protection whose editors are exactly `editors` (the owner always stays one). */
export function protect(sheet: Sheet, editors: string[], description: string = REGISTER_TEXT.protection): void {
  const found = sheet.getProtections(SpreadsheetApp.ProtectionType.SHEET)[0] as
    GoogleAppsScript.Spreadsheet.Protection | undefined;
  const protection = found ?? sheet.protect().setDescription(description);
  const wanted = new Set(editors.map((e) => e.trim().toLowerCase()).filter(Boolean));
  const current = protection.getEditors().map((u) => u.getEmail().toLowerCase());
  const extra = current.filter((e) => !wanted.has(e));
  const missing = [...wanted].filter((e) => !current.includes(e));
  if (extra.length > 0) protection.removeEditors(extra);
  if (missing.length > 0) protection.addEditors(missing);
  if (protection.canDomainEdit()) protection.setDomainEdit(false);
}

/**
 * Writes what changed of the register (from its first changed row down, in one block) and
 * keeps it hidden and protected; a copy that lost its protection (an .xlsx download) gets
 * it back. Most runs only append the addresses they gave.
 */
export function syncRegister(ss: Spreadsheet, register: RegisterSheet, editors: string[]): void {
  let sheet = ss.getSheetByName(SHEETS.register);
  if (!sheet && register.values.length < 2) return;
  let created = false;
  if (!sheet) {
    sheet = ss.insertSheet(SHEETS.register);
    created = true;
  }
  // Someone may have shown it to look: it goes back out of the units' way.
  if (!sheet.isSheetHidden()) sheet.hideSheet();
  const from = created ? 1 : register.firstChangedRow;
  if (from <= register.values.length) writeRegister(sheet, register.values, from, created);
  protect(sheet, editors);
}

/** Rows added beyond what is needed when the register outgrows its sheet, so it seldom has to grow. */
const HEADROOM_ROWS = 1000;

/** Writes `values` from sheet row `from` (1-based; 1 is the header) to the end. */
export function writeRegister(sheet: Sheet, values: CellValue[][], from = 1, created = false): void {
  const width = values[0].length;
  // A range past the sheet's last row or column does not exist. A new sheet (1,000 rows, 26
  // columns) is cut to the register's width, which spares the workbook's 10 million cells,
  // and grown once; so a first run makes the same calls whatever the number of addresses.
  const maxRows = sheet.getMaxRows();
  if (created) {
    const maxColumns = sheet.getMaxColumns();
    if (maxColumns > width) sheet.deleteColumns(width + 1, maxColumns - width);
    sheet.insertRowsAfter(maxRows, Math.max(1, values.length + HEADROOM_ROWS - maxRows));
  } else if (maxRows < values.length) sheet.insertRowsAfter(maxRows, values.length + HEADROOM_ROWS - maxRows);
  const stale = sheet.getLastRow() - values.length;
  if (stale > 0) sheet.getRange(values.length + 1, 1, stale, width).clearContent();
  sheet.getRange(from, 1, values.length - from + 1, width).setValues(values.slice(from - 1));
}
