/**
 * What the batch tests read back from a run: each provisioning file's address → password, the
 * hand-over lines of the Drive, and late registrations (rows held back from a generated
 * workbook, typed in later as units do after the deadline).
 */
import { parseScript } from './zmprov-parse-line';
import type { CellData, WorkbookData } from '../../src/local/workbook-data';
import type { Runtime } from '../addon/runtime';
import { parseCsv } from './csv';

/** address → password of a provisioning file's text (Google / Entra CSV, zmprov script). */
export function passwordsOf(text: string): Map<string, string> {
  const map = new Map<string, string>();
  if (/^(ca|sp) /m.test(text)) {
    // Read as zmprov reads it, escapes and all.
    for (const [command, address, password] of parseScript(text))
      if (command === 'ca' || command === 'sp') map.set(address, password);
    return map;
  }
  const rows = parseCsv(text.replace(/^\uFEFF/, '').replace(/^version:v1.0\r?\n/, ''));
  const header = rows[0];
  const address = header.findIndex((h) => /Email Address|userPrincipalName/.test(h));
  const password = header.findIndex((h) => /^Password \[|passwordProfile|Mật khẩu mới/.test(h));
  for (const row of rows.slice(1)) if (row[address]) map.set(row[address], row[password]);
  return map;
}

export const fileText = (rt: Runtime, id: string): string => {
  const f = rt.drive.files.find((x) => x.id === id);
  if (!f) throw new Error(`no file ${id}`);
  return f.bytes.toString('utf8');
};

/** The hand-over lists in Drive (not trashed), by batch number. */
export function handoverFiles(rt: Runtime, batch?: number) {
  return rt.drive.files.filter(
    (f) =>
      !f.trashed &&
      / – ban-giao-.*\.csv$/.test(f.name) &&
      (batch === undefined || f.name.startsWith(`Đợt ${String(batch).padStart(2, '0')} – `)),
  );
}

export interface HandoverLine {
  address: string;
  password: string;
  unit: string;
  fileId: string;
  fileName: string;
}

export function handoverLines(rt: Runtime, batch?: number): HandoverLine[] {
  return handoverFiles(rt, batch).flatMap((f) =>
    parseCsv(f.bytes.toString('utf8').replace(/^\uFEFF/, ''))
      .slice(1)
      .map((r) => ({ address: r[4], password: r[5], unit: r[2], fileId: f.id, fileName: f.name })),
  );
}

/** Takes the last `n` people of Danh sách out of the workbook; they register later. */
export function holdBack(wb: WorkbookData, n: number): (CellData | undefined)[][] {
  const roster = wb.sheets.find((s) => s.name === 'Danh sách')!;
  return roster.rows.splice(roster.rows.length - n, n);
}

/** Late registrations: the held-back rows typed at the end of Danh sách. */
export function registerLate(rt: Runtime, rows: (CellData | undefined)[][]): void {
  const sheet = rt.spreadsheet.getSheetByName('Danh sách')!;
  const width = sheet.getLastColumn();
  const values = rows.map((r) => Array.from({ length: width }, (_, i) => r[i]?.value ?? ''));
  sheet.getRange(sheet.getLastRow() + 1, 1, values.length, width).setValues(values);
}
