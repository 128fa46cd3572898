/**
 * onEdit (simple trigger, limited authorisation): re-checks only the edited rows of
 * 'Danh sách' and rewrites only their status, messages and first-seen stamp.
 * Reads a constant number of ranges whatever the sheet's size: the header, the edited
 * rows, the identity columns duplicates are found by, and the two lookup sheets.
 */
import { OWNED_HEADERS, runCheck } from '../domain/check';
import type { CellValue, RawTable } from '../domain/types';
import { locateRosterColumns, type UserField } from '../sheets/columns';
import { SHEETS } from '../sheets/names';
import { readIdentityColumns, readSomeColumns, readTable } from '../sheets/read';
import { writeOwnedRows } from '../sheets/write-owned';
import { parseStoredSettings, SETTINGS_KEY } from './settings';

type EditEvent = GoogleAppsScript.Events.SheetsOnEdit;

export type EditOutcome = { ok: true; rows: number[] } | { ok: true; skipped: string };

const IDENTITY_FIELDS: UserField[] = ['fullName', 'dob', 'cccd', 'staffId'];
const EDIT_FIELDS = new Set(['status', 'messages', 'receivedAt']);
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
  const range = e?.range;
  if (!range) return { ok: true, skipped: 'no-range' };
  const sheet = range.getSheet();
  if (sheet.getName() !== SHEETS.roster) return { ok: true, skipped: 'other-sheet' };
  const first = Math.max(range.getRow(), 2);
  const lastRow = sheet.getLastRow();
  const last = Math.min(range.getLastRow(), lastRow);
  if (last < first) return { ok: true, skipped: 'header' };

  const lock = LockService.getDocumentLock();
  if (!lock.tryLock(EDIT_LOCK_WAIT_MS)) return { ok: true, skipped: 'busy' };
  try {
    const width = sheet.getLastColumn();
    const header = sheet.getRange(1, 1, 1, width).getValues()[0] as CellValue[];
    const ownedNames = new Set<string>(Object.values(OWNED_HEADERS));
    const ownedColumns = new Set(
      header.map((h, i) => (ownedNames.has(String(h).trim()) ? i + 1 : 0)).filter((c) => c > 0),
    );
    let touchesUser = false;
    for (let c = range.getColumn(); c <= range.getLastColumn(); c++) if (!ownedColumns.has(c)) touchesUser = true;
    if (!touchesUser) return { ok: true, skipped: 'owned-columns' };

    const columns = locateRosterColumns(header);
    const identity = IDENTITY_FIELDS.map((f) => columns[f])
      .filter((c): c is number => c !== undefined)
      .map((c) => c - 1);
    const values = readSomeColumns(sheet, header, identity, lastRow);
    const edited = sheet.getRange(first, 1, last - first + 1, width).getValues() as CellValue[][];
    edited.forEach((row, i) => (values[first - 1 + i] = row));

    const ss = sheet.getParent();
    const props = PropertiesService.getDocumentProperties();
    const roster: RawTable = { sheetName: SHEETS.roster, values };
    const rows = edited.map((_, i) => first + i);
    const result = runCheck(
      { roster, summary: null, accounts: readTable(ss, SHEETS.accounts), csdl: readIdentityColumns(ss, SHEETS.csdl) },
      {
        settings: parseStoredSettings(props.getProperty(SETTINGS_KEY)).settings,
        now: new Date(),
        assignAddresses: false,
        stampReceivedAt: true,
        onlyRows: rows,
      },
    );
    if (!result.ok) return { ok: true, skipped: 'unusable-sheet' };
    writeOwnedRows(sheet, result.owned, rows, EDIT_FIELDS);
    return { ok: true, rows };
  } finally {
    lock.releaseLock();
  }
}
