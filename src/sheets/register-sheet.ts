/**
 * 'Sổ địa chỉ': the register of every address the add-on assigned. A hidden sheet the
 * add-on owns (known by its recorded id, owned-sheet.ts), protected so that only Văn phòng
 * (the owner and the accounts in the settings) may edit it. Read once with the other input
 * sheets; written once per run.
 */
import type { RegisterSheet } from '../domain/register';
import type { CellValue } from '../domain/types';
import { REGISTER_TEXT } from '../i18n/register';
import { SHEETS } from './names';
import { ensureOwnedSheet, protectForOffice, type OwnedSheet, type OwnedSheetIds } from './owned-sheet';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** The register as a run finds it: its own (or none yet), or a sheet of its name it did not make. */
export function findRegister(ss: Spreadsheet, ids: OwnedSheetIds, officeEmails: readonly string[]): OwnedSheet {
  return ensureOwnedSheet(ss, SHEETS.register, ids, { create: false, officeEmails });
}

/**
 * Writes what changed of the register (from its first changed row down, in one block) and
 * keeps it hidden and protected for Văn phòng; a copy that lost its protection (an .xlsx
 * download) gets it back. Most runs only append the addresses they gave. False when the
 * register could not be protected (the caller says so); nothing is written to a planted one.
 */
export function syncRegister(
  ss: Spreadsheet,
  register: RegisterSheet,
  officeEmails: readonly string[],
  ids: OwnedSheetIds,
): boolean {
  const found = ensureOwnedSheet(ss, SHEETS.register, ids, { create: register.values.length >= 2, officeEmails });
  if (found.state === 'absent') return true;
  if (found.state === 'planted') return false;
  const { sheet, created } = found;
  // Protected first: a new sheet is never open to units, not even between two calls.
  const held = protectForOffice(sheet, officeEmails, REGISTER_TEXT.protection);
  // Someone may have shown it to look: it goes back out of the units' way.
  if (!sheet.isSheetHidden()) sheet.hideSheet();
  const from = created ? 1 : register.firstChangedRow;
  if (from <= register.values.length) writeRegister(sheet, register.values, from, created);
  return held;
}

/** Rows added beyond what is needed when the register outgrows its sheet, so it seldom has to grow. */
const HEADROOM_ROWS = 1000;

/** Writes `values` from sheet row `from` (1-based; 1 is the header) to the end. */
export function writeRegister(sheet: Sheet, values: CellValue[][], from = 1, created = false): void {
  const width = values[0].length;
  // A range past the sheet's last row or column does not exist. The sheet (1,000 rows and 26
  // columns when new, 26 again after an .xlsx round trip) is cut to the register's width before
  // it grows, which spares the workbook's 10 million cells (100,000 addresses in 26 columns
  // would take a quarter of them); grown with headroom, so the calls stay the same whatever
  // the number of addresses.
  const maxRows = sheet.getMaxRows();
  const maxColumns = sheet.getMaxColumns();
  if (maxColumns > width) sheet.deleteColumns(width + 1, maxColumns - width);
  if (created) sheet.insertRowsAfter(maxRows, Math.max(1, values.length + HEADROOM_ROWS - maxRows));
  else if (maxRows < values.length) sheet.insertRowsAfter(maxRows, values.length + HEADROOM_ROWS - maxRows);
  const stale = sheet.getLastRow() - values.length;
  if (stale > 0) sheet.getRange(values.length + 1, 1, stale, width).clearContent();
  sheet.getRange(from, 1, values.length - from + 1, width).setValues(values.slice(from - 1));
}
