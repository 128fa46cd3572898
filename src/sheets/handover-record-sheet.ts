/**
 * 'Sổ bàn giao', the add-on's own sheet: every unit of every hand-over list, who received it
 * and how many addresses, appended as each part of an export makes its lists. Nhật ký and the
 * dialog name the first recipients only (they live in one property value and one cell); this
 * sheet names them all. Protected for Văn phòng like the register; one write per part.
 */
import type { CellValue } from '../domain/types';
import { HANDOVER_RECORD_TEXT as T } from '../i18n/handover';
import { SHEETS } from './names';
import { ensureOwnedSheet, protectForOffice, type OwnedSheetIds } from './owned-sheet';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Appends `rows` (each as wide as the header); false when the sheet of that name is not the add-on's, or not protected. */
export function appendHandoverRecord(
  ss: Spreadsheet,
  ids: OwnedSheetIds,
  rows: readonly CellValue[][],
  officeEmails: readonly string[],
): boolean {
  if (rows.length === 0) return true;
  const found = ensureOwnedSheet(ss, SHEETS.handoverRecord, ids, { create: true, officeEmails });
  if (found.state !== 'owned') return false;
  const { sheet, created } = found;
  const held = protectForOffice(sheet, officeEmails, T.protection);
  const width = T.header.length;
  if (created) {
    // A new sheet's 26 columns cut to the record's: the workbook has 10 million cells in all.
    const maxColumns = sheet.getMaxColumns();
    if (maxColumns > width) sheet.deleteColumns(width + 1, maxColumns - width);
    sheet.getRange(1, 1, 1, width).setValues([[...T.header]]);
    sheet.setFrozenRows(1);
  }
  const last = Math.max(sheet.getLastRow(), 1);
  const maxRows = sheet.getMaxRows();
  if (maxRows < last + rows.length) sheet.insertRowsAfter(maxRows, last + rows.length - maxRows);
  sheet.getRange(last + 1, 1, rows.length, width).setValues(rows as CellValue[][]);
  return held;
}
