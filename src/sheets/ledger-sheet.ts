/**
 * 'Sổ ghi nhận' and its queue as the check reads them, and Văn phòng's write of both: the
 * sheet is written whole when the run changed it (it stays small), then the queued stamps
 * it now holds leave the document properties.
 */
import type { CheckResult } from '../domain/check';
import type { WorkbookInput } from '../domain/types';
import { LEDGER_TEXT } from '../i18n/register';
import { SHEETS } from './names';
import { findOwnedSheet, ownedSheetRecorded, readOwnedTable, writeOwnedTable } from './owned-sheet';
import { clearSeenQueue, readSeenQueue } from './seen-queue';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Props = GoogleAppsScript.Properties.Properties;

export function readLedgerInput(
  ss: Spreadsheet,
  props: Props,
): Pick<WorkbookInput, 'ledger' | 'queuedSeen' | 'firstSeenFromColumn'> {
  const all = props.getProperties();
  const ledger = readOwnedTable(ss, props, SHEETS.ledger);
  const neverMade = !ledger && !ownedSheetRecorded(all, SHEETS.ledger) && !ss.getSheetByName(SHEETS.ledger);
  return { ledger, queuedSeen: readSeenQueue(all), firstSeenFromColumn: neverMade };
}

/** Writes the ledger when the run changed it; false when a sheet of its name is not the add-on's. */
export function syncLedger(ss: Spreadsheet, props: Props, result: CheckResult, editors: string[]): boolean {
  if (!result.ledger.changed) return findOwnedSheet(ss, props, SHEETS.ledger).state !== 'planted';
  const all = props.getProperties();
  if (!writeOwnedTable(ss, props, SHEETS.ledger, result.ledger.values, editors, LEDGER_TEXT.protection)) return false;
  clearSeenQueue(props, all);
  return true;
}
