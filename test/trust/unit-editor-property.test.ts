/**
 * For any edits a unit editor makes (any cell of any sheet, the add-on's columns and Email
 * đầu mối included; sheets made, renamed, deleted), Văn phòng's next export hands out only
 * what the add-on assigned, to recipients Văn phòng approved.
 */
import fc from 'fast-check';
import { isStrictAddress } from '../../src/domain/addresses';
import { SETTINGS_FORM } from '../addon/fixtures';
import { editAsUnit, startRuntime, UNIT_USER, type Runtime } from '../addon/runtime';
import { parseCsv } from '../helpers/csv';
import { approveAll } from '../helpers/recipients';
import { ATTACKER, DIRECTOR, INJECTION, officeRun, sharedWorkbook } from './helpers';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** What the editor types: addresses of their own or of others, injections, backdates, other units. */
const TYPED = [
  DIRECTOR,
  INJECTION,
  ATTACKER,
  'zz9typed@haiphong.edu.vn',
  'daumoi2@haiphong.edu.vn',
  '01/01/2020 08:00',
  'Trường THCS Lê Chân',
  'Phường Lê Chân',
  '=IMPORTXML("https://evil.example","//a")',
  '',
];
const SHEETS = [
  'Danh sách',
  'Tổng hợp',
  'Tài khoản hiện có',
  'Sổ địa chỉ',
  'Sổ ghi nhận',
  'Đầu mối đã duyệt',
  'Sổ bàn giao',
  'Nhật ký',
  'Báo cáo',
];
const PLANTABLE = ['Sổ ghi nhận', 'Đầu mối đã duyệt', 'Sổ bàn giao', 'Ghi chú'];

type Edit =
  | { kind: 'cell'; sheet: string; row: number; column: number; value: string }
  | { kind: 'copySummaryRow'; row: number; email: string }
  | { kind: 'addSheet'; name: string; value: string }
  | { kind: 'rename'; sheet: string; to: string }
  | { kind: 'delete'; sheet: string };

const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({
    kind: fc.constant('cell' as const),
    sheet: fc.constantFrom(...SHEETS),
    row: fc.integer({ min: 1, max: 45 }),
    column: fc.integer({ min: 1, max: 20 }),
    value: fc.constantFrom(...TYPED),
  }),
  fc.record({
    kind: fc.constant('copySummaryRow' as const),
    row: fc.integer({ min: 2, max: 3 }),
    email: fc.constantFrom(ATTACKER, 'daumoi2@haiphong.edu.vn', 'zz9typed@haiphong.edu.vn'),
  }),
  fc.record({
    kind: fc.constant('addSheet' as const),
    name: fc.constantFrom(...PLANTABLE),
    value: fc.constantFrom(...TYPED),
  }),
  fc.record({
    kind: fc.constant('rename' as const),
    sheet: fc.constantFrom(...SHEETS),
    to: fc.constantFrom('Cũ', 'Sổ ghi nhận'),
  }),
  fc.record({ kind: fc.constant('delete' as const), sheet: fc.constantFrom(...SHEETS) }),
);

const active = (rt: Runtime): Spreadsheet =>
  (rt.globals as unknown as { SpreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp }).SpreadsheetApp.getActive();

/** Google refuses a unit editor's change to a sheet protected for Văn phòng (not warning-only). */
function refusedToEditor(rt: Runtime, sheet: Sheet): boolean {
  const type = (rt.globals as unknown as { SpreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp }).SpreadsheetApp
    .ProtectionType.SHEET;
  return sheet
    .getProtections(type)
    .some((p) => !p.isWarningOnly() && !p.getEditors().some((u) => u.getEmail() === UNIT_USER));
}

/** One edit as Google would take it from the unit editor: refused ones change nothing. */
function apply(rt: Runtime, e: Edit): void {
  const ss = active(rt);
  const sheet = 'sheet' in e ? ss.getSheetByName(e.sheet) : null;
  if ('sheet' in e && (!sheet || refusedToEditor(rt, sheet))) return;
  try {
    if (e.kind === 'cell') {
      if (e.sheet === 'Danh sách') editAsUnit(rt, e.sheet, e.row, e.column, e.value);
      else sheet!.getRange(e.row, e.column).setValue(e.value);
    } else if (e.kind === 'copySummaryRow') {
      const summary = ss.getSheetByName('Tổng hợp');
      if (!summary || summary.getLastRow() < e.row) return;
      const width = summary.getLastColumn();
      const row = summary.getRange(e.row, 1, 1, width).getValues()[0];
      row[width - 1] = e.email;
      summary.insertRowBefore(e.row);
      summary.getRange(e.row, 1, 1, width).setValues([row]);
    } else if (e.kind === 'addSheet') {
      if (ss.getSheetByName(e.name)) return;
      ss.insertSheet(e.name)
        .getRange(1, 1, 2, 3)
        .setValues([
          ['Loại', 'Giá trị', 'Danh sách'],
          ['Ghi nhận lúc', e.value, e.value],
        ]);
    } else if (e.kind === 'rename') {
      if (!ss.getSheetByName(e.to)) sheet!.setName(e.to);
    } else ss.deleteSheet(sheet!);
  } catch {
    // What Google refuses (a name taken, the last sheet) changes nothing either.
  }
}

/** Addresses each file or list carries, by the column (or zmprov word) that names them. */
function carriedAddresses(name: string, text: string): string[] {
  if (name.endsWith('zimbra-zmprov.txt'))
    return text
      .split('\n')
      .filter((l) => l.startsWith('ca '))
      .map((l) => l.split(' ')[1].replace(/^'|'$/g, ''));
  const rows = parseCsv(text.replace(/^\uFEFF/, '').replace(/^version:v1.0\r?\n/, ''));
  const at = rows[0]?.findIndex((h) =>
    /^(Email Address \[Required\]|User name \[userPrincipalName\] Required|Email công vụ)$/.test(h),
  );
  return at === undefined || at < 0
    ? []
    : rows
        .slice(1)
        .map((r) => r[at])
        .filter(Boolean);
}

const registered = (rt: Runtime): Set<string> => {
  const sheet = active(rt).getSheetByName('Sổ địa chỉ');
  return new Set(sheet ? sheet.getRange(1, 1, sheet.getLastRow(), 1).getValues().flat().map(String) : []);
};

/** Unit key → the address Văn phòng approved, as the add-on's sheet holds it. */
function approvals(rt: Runtime): Map<string, string> {
  const sheet = active(rt).getSheetByName('Đầu mối đã duyệt');
  // A sheet of that name the editor made first approves nothing.
  const ids = JSON.parse(rt.properties.document.ownedSheets ?? '{}') as Record<string, number>;
  const ours = sheet && ids['Đầu mối đã duyệt'] === sheet.getSheetId();
  const rows = ours ? sheet.getRange(1, 1, sheet.getLastRow(), 3).getValues() : [];
  return new Map(rows.slice(1).map((r) => [String(r[0]), String(r[2])]));
}

describe('a unit editor’s edits, then Văn phòng’s export', () => {
  it('every address in every file and list was assigned by the add-on, and every list went to an approved recipient', () => {
    fc.assert(
      fc.property(
        fc.array(edit, { maxLength: 3 }),
        fc.array(edit, { minLength: 1, maxLength: 10 }),
        (before, after) => {
          const rt = startRuntime(sharedWorkbook(80));
          rt.run('saveSettings', [{ ...SETTINGS_FORM, deadline: '2025-09-01T17:00' }], { as: 'scriptRun' });
          for (const e of before) apply(rt, e);
          approveAll(rt);
          officeRun(rt);
          const approved = approvals(rt);
          for (const e of after) apply(rt, e);
          rt.clock.advance(3_600_000);
          officeRun(rt);
          const register = registered(rt);
          for (const file of rt.drive.files) {
            for (const address of carriedAddresses(file.name, file.bytes.toString('utf8'))) {
              expect(isStrictAddress(address, 'haiphong.edu.vn')).toBe(true);
              expect(register.has(address)).toBe(true);
            }
          }
          // Each unit's list is shared with, and mailed to, the address approved for that unit only.
          const lists = Object.entries(rt.properties.document)
            .filter(([k]) => k.startsWith('handover.') && k !== 'handover.office')
            .map(([k, v]) => ({
              unitKey: k.slice('handover.'.length),
              ...(JSON.parse(v) as { fileId: string; to: string }),
            }));
          for (const l of lists) expect(approved.get(l.unitKey)).toBe(l.to);
          // Every share and mail ever made (files trashed since included) went to an approved address.
          const recipients = new Set(approved.values());
          for (const f of rt.drive.files)
            for (const p of f.permissions) expect(recipients.has(String(p.emailAddress))).toBe(true);
          for (const m of rt.mail.sent as { to: string }[]) expect(recipients.has(m.to)).toBe(true);
        },
      ),
      { numRuns: 25 },
    );
  });
});
