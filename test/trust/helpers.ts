/**
 * A unit editor against Văn phòng, on the built bundle in the local runtime: the workbook
 * as units share it (three units with a focal address each, an existing account of the
 * Director), the editor's edits as Google applies them, and everything that ever left the
 * workbook (Drive files, shares, mails) to check the editor's text against.
 */
import { makeWorkbook, rosterRow, SETTINGS_FORM } from '../addon/fixtures';
import { OWNER, startRuntime, UNIT_USER, type Runtime } from '../addon/runtime';
import { approveAll } from '../helpers/recipients';

export const DIRECTOR = 'giamdoc@haiphong.edu.vn';
export const INJECTION =
  'admin@haiphong.edu.vn attackerpw1 zimbramailforwardingaddress x@evil.example description "@haiphong.edu.vn';
export const ATTACKER = 'hacker.donvi@gmail.com';

type G = { SpreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp };
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export function sheetOf(rt: Runtime, name: string): Sheet {
  const sheet = (rt.globals as unknown as G).SpreadsheetApp.getActive().getSheetByName(name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  return sheet;
}

export function columnOf(rt: Runtime, name: string, header: string): number {
  const sheet = sheetOf(rt, name);
  const row = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0].map(String);
  const at = row.indexOf(header);
  if (at < 0) throw new Error(`no column ${header} in ${name}`);
  return at + 1;
}

/** The editor appends a whole row to Danh sách (pasted), and onEdit runs on it. */
export function unitAppendRow(rt: Runtime, row: unknown[]): number {
  const g = rt.globals as unknown as G;
  const sheet = sheetOf(rt, 'Danh sách');
  const at = sheet.getLastRow() + 1;
  const range = sheet.getRange(at, 1, 1, row.length);
  range.setValues([row]);
  rt.run('onEdit', [{ range, source: g.SpreadsheetApp.getActive(), user: UNIT_USER, authMode: 'LIMITED' }], {
    as: 'simpleTrigger',
    user: UNIT_USER,
  });
  return at;
}

/** A fresh valid person of unit 0 (Danh sách row values as typed). */
export const newcomer = (i: number): unknown[] => rosterRow(i);

export interface RunAllResult {
  ok: boolean;
  message?: string;
  handover?: { shared: number; officeUnits: number; lists: number };
  recipients?: { to: string; addresses: number }[];
  files?: { kind: string; fileId: string }[];
}

/** Văn phòng's "Cấp địa chỉ và xuất tất cả tệp"; `recipients` is what the hand-over step says it sent. */
export function officeRun(rt: Runtime): RunAllResult {
  const result = rt.run<RunAllResult & { handover?: { recipients?: RunAllResult['recipients'] } }>('menuRunAll', [], {
    as: 'menu',
    user: OWNER,
  });
  return { ...result, recipients: result.handover?.recipients };
}

/** 120 people in three units, each with a focal address on Tổng hợp, the Director's account listed. */
export function sharedWorkbook(rows = 120) {
  return makeWorkbook({
    rows,
    focalEmails: true,
    accounts: [[DIRECTOR, 'Nguyễn Văn Giám', new Date(1970, 0, 1), 'Sở Giáo dục và Đào tạo', '', '']],
  });
}

/** Văn phòng set up: the deadline, every unit's proposed focal address approved, a first export made. */
export function startedOffice(options: { deadline?: string; rows?: number } = {}): Runtime {
  const rt = startRuntime(sharedWorkbook(options.rows));
  rt.run('saveSettings', [{ ...SETTINGS_FORM, deadline: options.deadline ?? '' }], { as: 'scriptRun' });
  approveAll(rt);
  expect(officeRun(rt).ok).toBe(true);
  return rt;
}

/** Everything that left the workbook: each Drive file's name and text, its shares, and each mail. */
export function outgoing(rt: Runtime): {
  files: { name: string; text: string; sharedWith: string[] }[];
  mails: { to: string; body: string }[];
} {
  return {
    files: rt.drive.files.map((f) => ({
      name: f.name,
      text: f.bytes.toString('utf8'),
      sharedWith: f.permissions.map((p) => String(p.emailAddress ?? '')),
    })),
    mails: (rt.mail.sent as { to: string; body: string }[]).map((m) => ({ to: m.to, body: m.body })),
  };
}

/** Files and mails made after `before` (as `outgoing` gave it). */
export function since(before: ReturnType<typeof outgoing>, after: ReturnType<typeof outgoing>) {
  return { files: after.files.slice(before.files.length), mails: after.mails.slice(before.mails.length) };
}

/** Every cell of Danh sách's row `row` under `header`. */
export function cellOf(rt: Runtime, name: string, row: number, header: string): unknown {
  return sheetOf(rt, name)
    .getRange(row, columnOf(rt, name, header))
    .getValue();
}
