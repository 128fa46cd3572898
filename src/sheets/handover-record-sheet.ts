/**
 * 'Sổ bàn giao', the add-on's own sheet: every unit of every hand-over list, who received it
 * and how many addresses, appended as each part of an export makes its lists. Nhật ký and the
 * dialog name the first recipients only (they live in one property value and one cell); this
 * sheet names them all. Protected for Văn phòng like the register; one write per part.
 */
import type { CellValue } from '../domain/types';
import { HANDOVER_RECORD_TEXT as T } from '../i18n/handover';
import { SHEETS } from './names';
import { fitSheet, openOwnedForWrite, type OwnedSheetIds } from './owned-sheet';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Appends `rows` (each as wide as the header); false when the sheet of that name is not the add-on's, or not protected. */
export function appendHandoverRecord(
  ss: Spreadsheet,
  ids: OwnedSheetIds,
  rows: readonly CellValue[][],
  officeEmails: readonly string[],
): boolean {
  if (rows.length === 0) return true;
  const open = openOwnedForWrite(ss, SHEETS.handoverRecord, ids, {
    officeEmails,
    description: T.protection,
    hide: false,
  });
  if (open.state !== 'owned') return false;
  const { sheet, created } = open;
  const width = T.header.length;
  const last = Math.max(sheet.getLastRow(), 1);
  // A new sheet's 26 columns cut to the record's: the workbook has 10 million cells in all.
  fitSheet(sheet, { rows: last + rows.length, width, trimColumns: created });
  if (created) {
    sheet.getRange(1, 1, 1, width).setValues([[...T.header]]);
    sheet.setFrozenRows(1);
  }
  sheet.getRange(last + 1, 1, rows.length, width).setValues(rows as CellValue[][]);
  return open.held;
}
