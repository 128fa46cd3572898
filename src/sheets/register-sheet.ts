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
import { ensureOwnedSheet, fitSheet, openOwnedForWrite, type OwnedSheet, type OwnedSheetIds } from './owned-sheet';

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
  const open = openOwnedForWrite(ss, SHEETS.register, ids, {
    create: register.values.length >= 2,
    officeEmails,
    description: REGISTER_TEXT.protection,
    hide: true,
  });
  if (open.state === 'absent') return true;
  if (open.state === 'planted') return false;
  const from = open.created ? 1 : register.firstChangedRow;
  if (from <= register.values.length) writeRegister(open.sheet, register.values, from, open.created);
  return open.held;
}

/** Rows added beyond what is needed when the register outgrows its sheet, so it seldom has to grow. */
const HEADROOM_ROWS = 1000;

/** Writes `values` from sheet row `from` (1-based; 1 is the header) to the end. */
function writeRegister(sheet: Sheet, values: CellValue[][], from: number, created: boolean): void {
  const width = values[0].length;
  // Cut to the register's width on every write, not only when new: an .xlsx round trip gives
  // it 26 columns again, and 100,000 addresses in 26 columns would take a quarter of the
  // workbook's 10 million cells. A new one starts with its headroom, so the calls stay the
  // same whatever the number of addresses.
  fitSheet(sheet, {
    rows: values.length,
    width,
    headroom: HEADROOM_ROWS,
    reserve: created,
    trimColumns: true,
    clearBelow: true,
  });
  sheet.getRange(from, 1, values.length - from + 1, width).setValues(values.slice(from - 1));
}
