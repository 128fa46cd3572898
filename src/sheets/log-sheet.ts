/**
 * 'Nhật ký': one appended row per run. Only counts and the runner's account are
 * written here, never a CCCD, a birth date or a phone.
 */
import { UI } from '../i18n/ui';
import { SHEETS } from './names';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface LogEntry {
  at: Date;
  user: string;
  action: string;
  rowsRead: number;
  findings: number;
  assigned: number;
  elapsedMs: number;
  note: string;
}

export function appendLog(ss: Spreadsheet, entry: LogEntry): void {
  let sheet = ss.getSheetByName(SHEETS.log);
  if (!sheet) {
    sheet = ss.insertSheet(SHEETS.log);
    sheet
      .getRange(1, 1, 1, UI.log.header.length)
      .setValues([[...UI.log.header]])
      .setFontWeight('bold');
    sheet.setFrozenRows(1);
  }
  sheet.appendRow([
    entry.at,
    entry.user,
    entry.action,
    entry.rowsRead,
    entry.findings,
    entry.assigned,
    Math.round(entry.elapsedMs / 100) / 10,
    entry.note,
  ]);
}
