/**
 * 'Sổ ghi nhận' and its queue as the check reads them, and Văn phòng's write of both: the
 * sheet is written whole when the run changed it (it stays small), then the queued stamps
 * it now holds leave the document properties.
 */
import type { CheckResult } from '../domain/check';
import type { WorkbookInput } from '../domain/types';
import { LEDGER_TEXT } from '../i18n/register';
import { SHEETS } from './names';
import { ensureOwnedSheet, type OwnedSheetIds } from './owned-sheet';
import { readOwnedTable, recordedIds, writeOwnedTable } from './owned-table';
import { clearSeenQueue, readSeenQueue } from './seen-queue';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Props = GoogleAppsScript.Properties.Properties;

export function readLedgerInput(
  ss: Spreadsheet,
  props: Props,
): Pick<WorkbookInput, 'ledger' | 'queuedSeen' | 'firstSeenFromColumn'> {
  const ids = recordedIds(props);
  const { table, planted } = readOwnedTable(ss, SHEETS.ledger, ids);
  // Never made here: the first run takes over the times the column shows, once.
  const neverMade = !table && !planted && ids.get(SHEETS.ledger) === null;
  return { ledger: table, queuedSeen: readSeenQueue(props.getProperties()), firstSeenFromColumn: neverMade };
}

/** Writes the ledger when the run changed it; false when a sheet of its name is not the add-on's. */
export function syncLedger(
  ss: Spreadsheet,
  props: Props,
  result: CheckResult,
  officeEmails: readonly string[],
  ids: OwnedSheetIds,
): boolean {
  // Unchanged, it is not written: what matters is whether a planted sheet holds its name, not its values.
  if (!result.ledger.changed)
    return ensureOwnedSheet(ss, SHEETS.ledger, ids, { create: false, officeEmails: [] }).state !== 'planted';
  const all = props.getProperties();
  if (!writeOwnedTable(ss, SHEETS.ledger, ids, result.ledger.values, officeEmails, LEDGER_TEXT.protection))
    return false;
  clearSeenQueue(props, all);
  return true;
}
