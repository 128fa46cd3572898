/**
 * 'Sổ địa chỉ': the register of every address the add-on assigned. A hidden sheet the
 * add-on owns, protected so that only Văn phòng (the owner and the accounts in the
 * settings) may edit it. Read once with the other input sheets; written once per run.
 */
import type { CellValue } from '../domain/types';
import { REGISTER_TEXT } from '../i18n/register';
import { SHEETS } from './names';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Mã định danh, Số CCCD, Họ và tên, Ngày sinh: text, so a CCCD keeps its leading zeros. */
const TEXT_COLUMNS = { first: 2, count: 4 };

/** Whole-sheet protection whose editors are exactly `editors` (the owner always stays one). */
function protect(sheet: Sheet, editors: string[]): void {
  const found = sheet.getProtections(SpreadsheetApp.ProtectionType.SHEET)[0] as
    GoogleAppsScript.Spreadsheet.Protection | undefined;
  const protection = found ?? sheet.protect().setDescription(REGISTER_TEXT.protection);
  const wanted = new Set(editors.map((e) => e.trim().toLowerCase()).filter(Boolean));
  const current = protection.getEditors().map((u) => u.getEmail().toLowerCase());
  const extra = current.filter((e) => !wanted.has(e));
  const missing = [...wanted].filter((e) => !current.includes(e));
  if (extra.length > 0) protection.removeEditors(extra);
  if (missing.length > 0) protection.addEditors(missing);
  if (protection.canDomainEdit()) protection.setDomainEdit(false);
}

/**
 * Writes the register when it changed (one block, header included) and keeps it hidden
 * and protected; a copy that lost its protection (an .xlsx download) gets it back.
 */
export function syncRegister(
  ss: Spreadsheet,
  register: { values: CellValue[][]; changed: boolean },
  editors: string[],
): void {
  let sheet = ss.getSheetByName(SHEETS.register);
  if (!sheet && register.values.length < 2) return;
  if (!sheet) sheet = ss.insertSheet(SHEETS.register);
  // Someone may have shown it to look: it goes back out of the units' way.
  if (!sheet.isSheetHidden()) sheet.hideSheet();
  if (register.changed) writeRegister(sheet, register.values);
  protect(sheet, editors);
}

export function writeRegister(sheet: Sheet, values: CellValue[][]): void {
  const width = values[0].length;
  // A new sheet has 1,000 rows; a range past the last one does not exist.
  const maxRows = sheet.getMaxRows();
  if (maxRows < values.length) sheet.insertRowsAfter(maxRows, values.length - maxRows);
  const stale = sheet.getLastRow() - values.length;
  if (stale > 0) sheet.getRange(values.length + 1, 1, stale, width).clearContent();
  sheet.getRange(1, TEXT_COLUMNS.first, values.length, TEXT_COLUMNS.count).setNumberFormat('@');
  sheet.getRange(1, 1, values.length, width).setValues(values);
}
