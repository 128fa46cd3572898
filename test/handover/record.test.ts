/**
 * Sổ bàn giao, on the built bundle in the local runtime: every unit of every hand-over list
 * of every batch is a row naming its recipient and its number of addresses, appended batch
 * after batch, protected for Văn phòng. Nhật ký names the first recipients and points here.
 */
import { editAsUnit, OWNER, startRuntime, UNIT_USER } from '../addon/runtime';
import { approveAll } from '../helpers/recipients';
import {
  columnOf,
  newcomer,
  officeRun,
  sharedWorkbook,
  sheetOf,
  startedOffice,
  unitAppendRow,
  ATTACKER,
} from '../trust/helpers';

const RECORD = 'Sổ bàn giao';
const OFFICE = 'Văn phòng (tệp của người xuất, không chia sẻ)';

const rowsOf = (rt: Parameters<typeof sheetOf>[0]): unknown[][] => {
  const sheet = sheetOf(rt, RECORD);
  return sheet.getRange(1, 1, sheet.getLastRow(), 6).getValues();
};

describe('Sổ bàn giao', () => {
  it('names each unit’s recipient and count, batch after batch, and keeps earlier rows as they were', () => {
    const rt = startedOffice();
    const [header, ...first] = rowsOf(rt);
    expect(header).toEqual(['Đợt', 'Thời điểm', 'Đơn vị', 'Người nhận', 'Số địa chỉ', 'Tệp']);
    // Three units, each with its approved focal address, all 120 people handed over in batch 1.
    expect(first.map((r) => [r[0], r[3]])).toEqual([
      [1, 'daumoi1@haiphong.edu.vn'],
      [1, 'daumoi2@haiphong.edu.vn'],
      [1, 'daumoi3@haiphong.edu.vn'],
    ]);
    const google = rt.drive.files.find((f) => f.name.includes('google-workspace'))!;
    const exported = google.bytes.toString('utf8').trim().split('\n').length - 1;
    expect(first.reduce((n, r) => n + Number(r[4]), 0)).toBe(exported);
    // A unit editor changes the first unit's focal address: its newcomer goes to Văn phòng's file.
    editAsUnit(rt, 'Tổng hợp', 2, columnOf(rt, 'Tổng hợp', 'Email đầu mối'), ATTACKER);
    unitAppendRow(rt, newcomer(500));
    expect(officeRun(rt).ok).toBe(true);
    const all = rowsOf(rt);
    expect(all.slice(1, first.length + 1)).toEqual(first);
    expect(all.slice(first.length + 1).map((r) => [r[0], r[3], r[4]])).toEqual([[2, OFFICE, 1]]);
    expect(all.flat()).not.toContain(ATTACKER);
    const log = sheetOf(rt, 'Nhật ký');
    expect(String(log.getRange(log.getLastRow(), 8).getValue())).toContain('trang "Sổ bàn giao"');
  });

  it('a Sổ bàn giao planted by a unit editor is never written, and the run says so', () => {
    const rt = startRuntime(sharedWorkbook());
    const planted = sheetOf(rt, 'Danh sách').getParent().insertSheet(RECORD);
    planted.getRange(1, 1).setValue('của đơn vị');
    approveAll(rt);
    const run = officeRun(rt) as { ok: boolean; handover?: { shared: number } };
    expect(run.ok).toBe(true);
    expect(run.handover?.shared).toBe(3);
    expect(planted.getLastRow()).toBe(1);
    const log = sheetOf(rt, 'Nhật ký');
    expect(String(log.getRange(log.getLastRow(), 8).getValue())).toContain('Không ghi được trang "Sổ bàn giao"');
  });

  it('is Văn phòng’s: protected, never warning-only, no unit among its editors', () => {
    const rt = startedOffice();
    const sheet = sheetOf(rt, RECORD);
    const [protection] = sheet.getProtections(sheetProtection(rt));
    expect(protection.isWarningOnly()).toBe(false);
    expect(protection.getEditors().map((u) => u.getEmail())).toContain(OWNER);
    expect(protection.getEditors().map((u) => u.getEmail())).not.toContain(UNIT_USER);
    expect(protection.canDomainEdit()).toBe(false);
  });
});

function sheetProtection(rt: Parameters<typeof sheetOf>[0]): GoogleAppsScript.Spreadsheet.ProtectionType {
  const g = rt.globals as unknown as { SpreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp };
  return g.SpreadsheetApp.ProtectionType.SHEET;
}
