/**
 * What a hostile unit editor tries, on the built bundle in the local runtime, then Văn
 * phòng's next export: nothing the editor typed reaches a file, a share or a mail, and
 * what they may not do is refused in Vietnamese.
 */
import { fingerprint, VIETNAMESE } from '../addon/access-helpers';
import { ROSTER_HEADER, SETTINGS_FORM } from '../addon/fixtures';
import { editAsUnit, OWNER, startRuntime, UNIT_USER } from '../addon/runtime';
import { personToken } from '../../src/domain/first-seen';
import { makeSeal } from '../../src/domain/seal';
import { readRoster } from '../../src/domain/rules/read-roster';
import type { CellValue } from '../../src/domain/types';
import { approveAll, reviewOf } from '../helpers/recipients';
import {
  ATTACKER,
  cellOf,
  columnOf,
  DIRECTOR,
  INJECTION,
  newcomer,
  officeRun,
  outgoing,
  sharedWorkbook,
  sheetOf,
  since,
  startedOffice,
  unitAppendRow,
} from './helpers';

/** A person of unit 0 (Trường THCS of the first commune) not yet on the roster. */
const FRESH = 40 * 114 * 3;

describe('attack 1: redirecting a hand-over list', () => {
  it('a changed Email đầu mối of another unit waits for Văn phòng: the list goes to Văn phòng, nothing to the editor', () => {
    const rt = startedOffice();
    const focal = columnOf(rt, 'Tổng hợp', 'Email đầu mối');
    editAsUnit(rt, 'Tổng hợp', 2, focal, ATTACKER);
    unitAppendRow(rt, newcomer(FRESH));
    const before = outgoing(rt);
    const run = officeRun(rt);
    expect(run.ok).toBe(true);
    const after = since(before, outgoing(rt));
    expect(after.files.flatMap((f) => f.sharedWith)).not.toContain(ATTACKER);
    expect(after.mails.map((m) => m.to)).not.toContain(ATTACKER);
    expect(outgoing(rt).files.every((f) => !f.sharedWith.includes(ATTACKER))).toBe(true);
    // The unit's people are in Văn phòng's file; Nhật ký and the result name every recipient.
    // The batch holds the unit's newcomer only: Văn phòng's list, named with its count.
    expect(run.handover).toMatchObject({ shared: 0, officeUnits: 1 });
    expect(run.recipients).toEqual([{ to: '', addresses: 1 }]);
    const log = sheetOf(rt, 'Nhật ký');
    const note = String(log.getRange(log.getLastRow(), 8).getValue());
    expect(note).toContain('Văn phòng (tệp của người xuất, không chia sẻ): 1 địa chỉ');
    expect(note).toMatch(VIETNAMESE);
    // Văn phòng sees the proposal, marked outside the domain, with the old address beside it.
    expect(reviewOf(rt).pending).toEqual([
      expect.objectContaining({ old: 'daumoi1@haiphong.edu.vn', proposed: ATTACKER, outside: true }),
    ]);
  });

  it('a copy of a unit’s Tổng hợp row above it with the editor’s address ("first usable address wins") redirects nothing', () => {
    const rt = startedOffice();
    const summary = sheetOf(rt, 'Tổng hợp');
    const width = summary.getLastColumn();
    const row = summary.getRange(3, 1, 1, width).getValues()[0];
    summary.insertRowBefore(3);
    row[columnOf(rt, 'Tổng hợp', 'Email đầu mối') - 1] = 'daumoi.gia@haiphong.edu.vn';
    summary.getRange(3, 1, 1, width).setValues([row]);
    unitAppendRow(rt, newcomer(FRESH + 40));
    const before = outgoing(rt);
    const run = officeRun(rt);
    const after = since(before, outgoing(rt));
    expect(after.files.flatMap((f) => f.sharedWith)).not.toContain('daumoi.gia@haiphong.edu.vn');
    expect(after.mails).toEqual([]);
    expect(run.recipients!.map((r) => r.to)).not.toContain('daumoi.gia@haiphong.edu.vn');
    const pending = reviewOf(rt).pending;
    expect(pending).toEqual([
      expect.objectContaining({
        old: 'daumoi2@haiphong.edu.vn',
        proposed: 'daumoi.gia@haiphong.edu.vn',
        outside: false,
      }),
    ]);
    // Rejected, the proposal waits no more and the approved focal person gets the list again.
    rt.scriptRun(OWNER, 'decideRecipients', [
      { approve: [], reject: [{ unitKey: pending[0].unitKey, address: pending[0].proposed }] },
    ]);
    expect(reviewOf(rt).pending).toEqual([]);
    unitAppendRow(rt, newcomer(FRESH + 41));
    expect(officeRun(rt).recipients).toEqual([{ to: 'daumoi2@haiphong.edu.vn', addresses: 1 }]);
  });

  it('an export with nothing new keeps or retires a unit’s lists by the same rule as a hand-over: Văn phòng’s approval now', () => {
    const rt = startedOffice();
    const summary = sheetOf(rt, 'Tổng hợp');
    const width = summary.getLastColumn();
    const focal = columnOf(rt, 'Tổng hợp', 'Email đầu mối');
    const listOf = (to: string) => rt.drive.files.find((f) => f.permissions.some((p) => p.emailAddress === to))!;
    const second = listOf('daumoi2@haiphong.edu.vn');
    const third = listOf('daumoi3@haiphong.edu.vn');
    // A copy of unit 2's row above it, with another address, that Văn phòng rejects: unit 2 keeps its list.
    const row = summary.getRange(3, 1, 1, width).getValues()[0];
    summary.insertRowBefore(3);
    row[focal - 1] = 'daumoi.gia@haiphong.edu.vn';
    summary.getRange(3, 1, 1, width).setValues([row]);
    const pending = reviewOf(rt).pending;
    rt.scriptRun(OWNER, 'decideRecipients', [
      { approve: [], reject: [{ unitKey: pending[0].unitKey, address: pending[0].proposed }] },
    ]);
    // A second, undecided address for unit 3 below its row: unit 3's list waits with Văn phòng.
    const thirdRow = summary.getRange(5, 1, 1, width).getValues()[0];
    thirdRow[focal - 1] = 'daumoi.khac@haiphong.edu.vn';
    summary.insertRowAfter(5);
    summary.getRange(6, 1, 1, width).setValues([thirdRow]);
    expect(officeRun(rt).ok).toBe(true);
    expect(second.trashed).toBe(false);
    expect(second.permissions.map((p) => p.emailAddress)).toContain('daumoi2@haiphong.edu.vn');
    expect(third.trashed).toBe(true);
  });

  it('the editor cannot see, approve or reject proposals: refused in Vietnamese, nothing changes', () => {
    const rt = startedOffice();
    editAsUnit(rt, 'Tổng hợp', 2, columnOf(rt, 'Tổng hợp', 'Email đầu mối'), ATTACKER);
    const before = fingerprint(rt);
    const looked = rt.scriptRun<{ ok: boolean; message: string }>(UNIT_USER, 'getRecipientReview');
    expect(looked).toMatchObject({ ok: false, message: expect.stringMatching(VIETNAMESE) });
    const pending = reviewOf(rt).pending;
    const forged = rt.scriptRun<{ ok: boolean; message: string }>(UNIT_USER, 'decideRecipients', [
      { approve: [{ unitKey: pending[0].unitKey, address: ATTACKER }], reject: [] },
    ]);
    expect(forged).toMatchObject({ ok: false, message: expect.stringMatching(VIETNAMESE) });
    const menu = rt.run<{ ok: boolean; message: string }>('menuReviewRecipients', [], { as: 'menu', user: UNIT_USER });
    expect(menu).toMatchObject({ ok: false, message: expect.stringMatching(VIETNAMESE) });
    expect(fingerprint(rt)).toBe(before);
    // An approval for an address the unit does not propose is not one: nothing is approved.
    const stale = rt.scriptRun<{ ok: boolean; done: string }>(OWNER, 'decideRecipients', [
      { approve: [{ unitKey: pending[0].unitKey, address: 'other@gmail.com' }], reject: [] },
    ]);
    expect(stale!.done).toMatch(/Đã duyệt 0/);
  });

  it('a planted Đầu mối đã duyệt (made by the editor before any approval) approves nothing and is said so', () => {
    const rt = startRuntime(sharedWorkbook());
    const unitKey = reviewOf(rt).pending[0].unitKey;
    const planted = sheetOf(rt, 'Danh sách').getParent().insertSheet('Đầu mối đã duyệt');
    planted.getRange(1, 1, 2, 6).setValues([
      ['Mã đơn vị', 'Đơn vị', 'Email đã duyệt', 'Duyệt lúc', 'Người duyệt', 'Đã từ chối'],
      [unitKey, 'x', ATTACKER, new Date(2025, 7, 1), OWNER, ''],
    ]);
    editAsUnit(rt, 'Tổng hợp', 2, columnOf(rt, 'Tổng hợp', 'Email đầu mối'), ATTACKER);
    const run = officeRun(rt);
    expect(run.recipients).toEqual([{ to: '', addresses: 120 }]);
    expect(outgoing(rt).files.flatMap((f) => f.sharedWith)).toEqual([]);
    expect(rt.mail.sent).toEqual([]);
    expect(reviewOf(rt).warning).toMatch(/không do tiện ích tạo/);
    const refused = approveAll(rt) as unknown as { ok: boolean; message: string };
    expect(refused).toMatchObject({ ok: false, message: expect.stringMatching(VIETNAMESE) });
    expect(planted.getLastRow()).toBe(2);
  });

  it('on first use all units wait, and one approve-all lets every list go to its unit', () => {
    const rt = startRuntime(sharedWorkbook());
    const first = officeRun(rt);
    expect(first.handover).toMatchObject({ shared: 0, officeUnits: 3 });
    expect(first.recipients).toEqual([{ to: '', addresses: 120 }]);
    expect(rt.mail.sent).toEqual([]);
    expect(reviewOf(rt).pending.map((p) => [p.old, p.proposed])).toEqual([
      ['', 'daumoi1@haiphong.edu.vn'],
      ['', 'daumoi2@haiphong.edu.vn'],
      ['', 'daumoi3@haiphong.edu.vn'],
    ]);
    approveAll(rt);
    expect(reviewOf(rt)).toMatchObject({ pending: [], approved: 3 });
    // The next batch of each unit goes to its approved focal person.
    for (const k of [0, 40, 80]) unitAppendRow(rt, newcomer(FRESH + k));
    expect(officeRun(rt).handover).toMatchObject({ shared: 3, officeUnits: 0 });
    expect(
      rt.mail.sent
        .map((m) => m.to)
        .filter((to) => to.startsWith('daumoi'))
        .sort(),
    ).toEqual(['daumoi1@haiphong.edu.vn', 'daumoi2@haiphong.edu.vn', 'daumoi3@haiphong.edu.vn']);
  });
});

describe('attack 2: typed addresses in Email công vụ', () => {
  it('the Director’s address and a zmprov injection are ADDRESS_TYPED, written back, and reach no file, list or register', () => {
    const rt = startedOffice();
    const director = unitAppendRow(rt, newcomer(FRESH));
    const injected = unitAppendRow(rt, newcomer(FRESH + 1));
    const address = columnOf(rt, 'Danh sách', 'Email công vụ');
    editAsUnit(rt, 'Danh sách', director, address, DIRECTOR);
    editAsUnit(rt, 'Danh sách', injected, address, INJECTION);
    const before = outgoing(rt);
    const run = officeRun(rt);
    expect(run.ok).toBe(true);
    for (const row of [director, injected]) {
      expect(cellOf(rt, 'Danh sách', row, 'Email công vụ')).toBe('');
      expect(String(cellOf(rt, 'Danh sách', row, 'Lỗi'))).toMatch(VIETNAMESE);
      expect(cellOf(rt, 'Danh sách', row, 'Trạng thái')).toBe('Có lỗi');
    }
    const after = since(before, outgoing(rt));
    const text = JSON.stringify(after);
    for (const typed of [DIRECTOR, 'attackerpw1', 'evil.example', 'zimbramailforwardingaddress'])
      expect(text).not.toContain(typed);
    const findings = after.files.find((f) => f.name.endsWith('danh-sach-loi.csv'))!.text;
    expect(findings.split('\n').filter((l) => l.includes('ADDRESS_TYPED'))).toHaveLength(2);
    const register = sheetOf(rt, 'Sổ địa chỉ');
    const held = register.getRange(1, 1, register.getLastRow(), 1).getValues().flat().map(String);
    expect(held).not.toContain(DIRECTOR);
    expect(held.some((a) => a.includes('evil') || a.startsWith('admin@'))).toBe(false);
    // Nothing new for those rows in that run: no provisioning file carries them.
    for (const f of after.files.filter((x) => x.name.endsWith('google-workspace.csv')))
      expect(f.text).not.toContain(String(newcomer(FRESH)[3]));
    // The next run, with the true value shown, gives them addresses of the add-on's own form.
    officeRun(rt);
    for (const row of [director, injected])
      expect(String(cellOf(rt, 'Danh sách', row, 'Email công vụ'))).toMatch(
        /^[a-z0-9]+([._-][a-z0-9]+)*@haiphong\.edu\.vn$/,
      );
  });
});

describe('attack 7: a backdated Ghi nhận lúc', () => {
  it('escapes nothing: the row first seen after the deadline is AFTER_DEADLINE and shows its true time again', () => {
    const rt = startedOffice({ deadline: '2025-09-01T17:00' });
    const row = unitAppendRow(rt, newcomer(FRESH));
    const seen = cellOf(rt, 'Danh sách', row, 'Ghi nhận lúc') as Date;
    expect(seen).toBeInstanceOf(Date);
    editAsUnit(rt, 'Danh sách', row, columnOf(rt, 'Danh sách', 'Ghi nhận lúc'), '01/08/2025 08:00');
    rt.clock.advance(3_600_000);
    const before = outgoing(rt);
    officeRun(rt);
    expect((cellOf(rt, 'Danh sách', row, 'Ghi nhận lúc') as Date).getTime()).toBe(seen.getTime());
    expect(String(cellOf(rt, 'Danh sách', row, 'Lỗi'))).toMatch(/sau hạn chót/);
    const findings = since(before, outgoing(rt)).files.find((f) => f.name.endsWith('danh-sach-loi.csv'))!.text;
    expect(findings).toMatch(new RegExp(`Danh sách,${row},Ghi nhận lúc,AFTER_DEADLINE`));
    // The stamp onEdit made waited in the document properties until Văn phòng's run kept it in Sổ ghi nhận.
    expect(Object.keys(rt.properties.document).filter((k) => k.startsWith('firstSeen.'))).toEqual([]);
  });

  it('a planted Sổ ghi nhận (made by the editor before the add-on, the newcomer backdated in it) is never believed', () => {
    const rt = startRuntime(sharedWorkbook());
    rt.run('saveSettings', [{ ...SETTINGS_FORM, deadline: '2025-09-01T17:00' }], { as: 'scriptRun' });
    const person = newcomer(FRESH);
    const { people } = readRoster(
      [{ sheetName: 'Danh sách', values: [[...ROSTER_HEADER], person as CellValue[]] }],
      new Date(),
    ) as Extract<ReturnType<typeof readRoster>, { ok: true }>;
    // The worst case: the editor somehow learned the workbook's key and seals the token right.
    const key = 'ab'.repeat(32);
    rt.properties.document.registerKey = key;
    const planted = sheetOf(rt, 'Danh sách').getParent().insertSheet('Sổ ghi nhận');
    planted.getRange(1, 1, 2, 3).setValues([
      ['Loại', 'Giá trị', 'Danh sách'],
      ['Ghi nhận lúc', new Date(2025, 7, 1, 8, 0), personToken(people[0], makeSeal(key))],
    ]);
    approveAll(rt);
    officeRun(rt);
    const row = unitAppendRow(rt, person);
    const run = officeRun(rt) as { notes?: string[] };
    expect(String(cellOf(rt, 'Danh sách', row, 'Lỗi'))).toMatch(/sau hạn chót/);
    expect((cellOf(rt, 'Danh sách', row, 'Ghi nhận lúc') as Date).getFullYear()).toBe(2025);
    expect((cellOf(rt, 'Danh sách', row, 'Ghi nhận lúc') as Date).getMonth()).toBe(8);
    expect(run.notes!.join(' ')).toMatch(/không do tiện ích tạo/);
    // The editor's sheet is left as they made it: never adopted, never written.
    expect(sheetOf(rt, 'Sổ ghi nhận').getLastRow()).toBe(2);
  });
});

describe('attack 8: retyping another unit’s people into one’s own unit', () => {
  it('moves no credentials into the editor’s list: Văn phòng hands those people over', () => {
    // Addresses assigned, not yet exported (the next batch): then the editor retypes their unit.
    const rt = startRuntime(sharedWorkbook());
    approveAll(rt);
    expect(rt.run<{ ok: boolean }>('menuAssignAddresses', [], { as: 'menu', user: OWNER }).ok).toBe(true);
    const unit = columnOf(rt, 'Danh sách', 'Tên đơn vị');
    const commune = columnOf(rt, 'Danh sách', 'Tên UBND cấp xã');
    const roster = sheetOf(rt, 'Danh sách');
    const ownUnit = roster.getRange(42, unit).getValue();
    const ownCommune = roster.getRange(42, commune).getValue();
    const moved = [2, 3, 4, 5, 6].map((r) =>
      String(roster.getRange(r, columnOf(rt, 'Danh sách', 'Email công vụ')).getValue()),
    );
    for (const r of [2, 3, 4, 5, 6]) {
      editAsUnit(rt, 'Danh sách', r, commune, ownCommune);
      editAsUnit(rt, 'Danh sách', r, unit, ownUnit);
    }
    const run = officeRun(rt);
    expect(run.ok).toBe(true);
    const files = outgoing(rt).files.filter((f) => / – ban-giao-.*\.csv$/.test(f.name) && f.sharedWith.length > 0);
    const editorsList = files.find((f) => f.sharedWith.includes('daumoi2@haiphong.edu.vn'))!;
    for (const address of moved) {
      expect(address).toMatch(/@haiphong\.edu\.vn$/);
      expect(editorsList.text).not.toContain(address);
      for (const f of files) expect(f.text).not.toContain(address);
    }
    const office = outgoing(rt).files.find((f) => f.name.includes('ban-giao-van-phong') && f.sharedWith.length === 0)!;
    for (const address of moved) expect(office.text).toContain(address);
    expect(run.recipients!.find((r) => r.to === '')!.addresses).toBe(5);
  });
});

describe('approval at the city’s size', () => {
  it('2,000 pending units in one list, approved at once into a protected sheet, never into the document properties', () => {
    // Not through the whole check: Tổng hợp alone is what the dialog reads.
    const rt = startedOffice({ rows: 40 });
    const summary = sheetOf(rt, 'Tổng hợp');
    const width = summary.getLastColumn();
    summary.insertRowsAfter(summary.getMaxRows(), 2000);
    const rows = Array.from({ length: 2000 }, (_, i) => {
      const row: unknown[] = Array(width).fill('');
      row[1] = 'Phường Lê Chân';
      row[2] = `Trường Tiểu học Số ${i + 1}`;
      row[3] = 1;
      row[width - 1] = i % 10 === 0 ? `daumoi${i}@gmail.com` : `daumoi.th${i}@haiphong.edu.vn`;
      return row;
    });
    summary.getRange(3, 1, rows.length, width).setValues(rows);
    const review = reviewOf(rt);
    expect(review.pending).toHaveLength(2000);
    expect(review.pending.filter((p) => p.outside)).toHaveLength(200);
    const propsBefore = JSON.stringify(rt.properties.document).length;
    const done = approveAll(rt);
    expect(done.pending).toEqual([]);
    expect(done.approved).toBe(2001);
    expect(JSON.stringify(rt.properties.document).length - propsBefore).toBeLessThan(200);
    const approvals = sheetOf(rt, 'Đầu mối đã duyệt');
    expect(approvals.getLastRow()).toBe(2002);
    expect(approvals.isSheetHidden()).toBe(true);
    expect(
      approvals
        .getProtections(SpreadsheetAppProtection(rt))[0]
        .getEditors()
        .map((u) => u.getEmail()),
    ).not.toContain(UNIT_USER);
  });
});

function SpreadsheetAppProtection(rt: ReturnType<typeof startedOffice>) {
  return (rt.globals as unknown as { SpreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp }).SpreadsheetApp
    .ProtectionType.SHEET;
}
