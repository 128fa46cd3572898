/**
 * An owned sheet (owned-sheet.ts) used as one table, read and written whole in one call
 * each: 'Sổ ghi nhận' and 'Đầu mối đã duyệt' stay small whatever the roster's size.
 */
import type { CellValue, RawTable } from '../domain/types';
import {
  ensureOwnedSheet,
  fitSheet,
  openOwnedForWrite,
  readOwnedIds,
  recordedId,
  type OwnedSheetIds,
} from './owned-sheet';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Props = GoogleAppsScript.Properties.Properties;

/** The recorded ids, to read by (a run that reads never records one). */
export function recordedIds(props: Props): OwnedSheetIds {
  const ids = readOwnedIds(props);
  return { get: (name) => recordedId(ids, name), set: () => undefined };
}

/** The table when the sheet is the add-on's own; null when absent or not made by the add-on ('planted'). */
export function readOwnedTable(
  ss: Spreadsheet,
  name: string,
  ids: OwnedSheetIds,
): { table: RawTable | null; planted: boolean } {
  const found = ensureOwnedSheet(ss, name, ids, { create: false, officeEmails: [] });
  if (found.state !== 'owned') return { table: null, planted: found.state === 'planted' };
  return {
    table: { sheetName: name, values: found.sheet.getDataRange().getValues() as CellValue[][] },
    planted: false,
  };
}

/**
 * Writes `values` over the whole sheet, made (hidden, protected for Văn phòng first) when
 * absent, and protected again; false when a sheet of that name is not the add-on's, or when
 * it could not be protected (the caller says so).
 */
export function writeOwnedTable(
  ss: Spreadsheet,
  name: string,
  ids: OwnedSheetIds,
  values: CellValue[][],
  officeEmails: readonly string[],
  description: string,
): boolean {
  const open = openOwnedForWrite(ss, name, ids, { officeEmails, description, hide: true });
  if (open.state !== 'owned') return false;
  const width = values[0].length;
  fitSheet(open.sheet, { rows: values.length, width, clearBelow: true });
  open.sheet.getRange(1, 1, values.length, width).setValues(values);
  return open.held;
}
