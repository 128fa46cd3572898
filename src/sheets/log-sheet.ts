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
  /** Plan 5277 requests in this run's result (left empty when the run made no result). */
  eofficeRequests?: number;
  signatureRequests?: number;
  elapsedMs: number;
  note: string;
}

export function appendLog(ss: Spreadsheet, entry: LogEntry): void {
  let sheet = ss.getSheetByName(SHEETS.log);
  // A log begun before plan 5277's two columns gets their headers once.
  if (sheet && sheet.getLastColumn() < UI.log.header.length)
    sheet
      .getRange(1, 1, 1, UI.log.header.length)
      .setValues([[...UI.log.header]])
      .setFontWeight('bold');
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
    entry.eofficeRequests ?? '',
    entry.signatureRequests ?? '',
  ]);
}
