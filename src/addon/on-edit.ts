/**
 * onEdit (simple trigger, limited authorisation): re-checks only the edited rows of
 * 'Danh sách' and rewrites only their status, messages and first-seen stamp. What it
 * reads and writes lives in src/sheets (edit-read.ts, write-owned.ts); the lock is the
 * add-on's one lock helper, with a short wait so an edit never waits on a long run.
 */
import { runCheck } from '../domain/check';
import { editedArea, readEditInput, readHeader, touchesUserColumns } from '../sheets/edit-read';
import { SHEETS } from '../sheets/names';
import { writeOwnedRows } from '../sheets/write-owned';
import { withDocumentLock } from './guard';
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
  if (area.sheetName !== SHEETS.roster) return { ok: true, skipped: 'other-sheet' };
  if (area.last < area.first) return { ok: true, skipped: 'header' };
  const outcome = withDocumentLock(EDIT_LOCK_WAIT_MS, false, (): EditOutcome => {
    const header = readHeader(area.sheet);
    if (!touchesUserColumns(header, area)) return { ok: true, skipped: 'owned-columns' };
    const rows = Array.from({ length: area.last - area.first + 1 }, (_, i) => area.first + i);
    const result = runCheck(readEditInput(area, header), {
      settings: parseStoredSettings(PropertiesService.getDocumentProperties().getProperty(SETTINGS_KEY)).settings,
      now: new Date(),
      assignAddresses: false,
      stampReceivedAt: true,
      onlyRows: rows,
      // It reads neither the batches nor the directory: an addressed row keeps the stage it shows.
      lifecycleUnread: true,
    });
    if (!result.ok) return { ok: true, skipped: 'unusable-sheet' };
    writeOwnedRows(area.sheet, result.owned, rows, EDIT_FIELDS);
    return { ok: true, rows };
  });
  return outcome.ok ? outcome : { ok: true, skipped: 'busy' };
}
