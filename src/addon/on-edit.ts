/**
 * onEdit (simple trigger, limited authorisation): re-checks only the edited rows of
 * a roster tab ('Danh sách…') and rewrites only their status, messages and first-seen stamp. What it
 * reads and writes lives in src/sheets (edit-read.ts, write-owned.ts); the lock is the
 * add-on's one lock helper, with a short wait so an edit never waits on a long run.
 */
import { runCheck } from '../domain/check';
import { isRosterTabName } from '../domain/columns';
import { editedArea, readEditInput, touchesUserColumns } from '../sheets/edit-read';
import { writeOwnedRows } from '../sheets/write-owned';
import { withDocumentLock } from './guard';
import { officeWaiting } from './lock-priority';
import { queueSeen } from '../sheets/seen-queue';
import { registerKey } from './register-key';
import { parseStoredSettings, SETTINGS_KEY } from './settings';

type EditEvent = GoogleAppsScript.Events.SheetsOnEdit;

export type EditOutcome = { ok: true; rows: number[] } | { ok: true; skipped: string };

// Plan 5277's two columns follow the edited row's registration like its status does.
const EDIT_FIELDS = new Set(['status', 'messages', 'receivedAt', 'eoffice', 'signature']);
const EDIT_LOCK_WAIT_MS = 500;

export function handleEdit(e: EditEvent | undefined): EditOutcome {
  try {
    return recheckEditedRows(e);
  } catch (error) {
    // An edit must never greet the user with an error; the hourly check catches up.
    console.error(error);
    return { ok: true, skipped: 'error' };
  }
}

function recheckEditedRows(e: EditEvent | undefined): EditOutcome {
  if (!e?.range) return { ok: true, skipped: 'no-range' };
  const area = editedArea(e.range);
  if (!isRosterTabName(area.sheetName)) return { ok: true, skipped: 'other-sheet' };
  if (area.last < area.first) return { ok: true, skipped: 'header' };
  // While Văn phòng waits for the lock, an edit's recheck stands aside (the next run covers it).
  if (officeWaiting()) return { ok: true, skipped: 'busy' };
  const outcome = withDocumentLock(EDIT_LOCK_WAIT_MS, false, (): EditOutcome => {
    const read = readEditInput(area);
    if (!read) return { ok: true, skipped: 'unusable-sheet' };
    if (area.last < read.firstRow) return { ok: true, skipped: 'header' };
    if (!touchesUserColumns(read.header, area)) return { ok: true, skipped: 'owned-columns' };
    const first = Math.max(area.first, read.firstRow);
    const rows = Array.from({ length: area.last - first + 1 }, (_, i) => first + i);
    const result = runCheck(read.input, {
      settings: parseStoredSettings(PropertiesService.getDocumentProperties().getProperty(SETTINGS_KEY)).settings,
      now: new Date(),
      assignAddresses: false,
      stampReceivedAt: true,
      onlyRows: rows.map((row) => ({ sheet: area.sheetName, row })),
      // It reads neither the batches nor the directory: an addressed row keeps the stage it shows.
      lifecycleUnread: true,
      // It reads the register (the address column is not believed), sealed under this key.
      registerKey: registerKey(PropertiesService.getDocumentProperties()),
    });
    if (!result.ok) return { ok: true, skipped: 'unusable-sheet' };
    const owned = result.owned.find((o) => o.sheet === area.sheetName);
    if (owned) writeOwnedRows(area.sheet, owned, EDIT_FIELDS);
    // The unit editor's run cannot write Văn phòng's ledger: the stamps wait where units cannot write.
    queueSeen(PropertiesService.getDocumentProperties(), result.newlySeen);
    return { ok: true, rows: owned?.rows ?? [] };
  });
  return outcome.ok ? outcome : { ok: true, skipped: 'busy' };
}
