/**
 * Hand-over lists in Google Sheets, on the built bundle in the local runtime: each unit's
 * people with the very passwords of the provisioning files, a Drive file shared with the
 * unit's focal person alone and one mail, Văn phòng's file for the others, the same files
 * on the next export and no second mail.
 */
import type { WorkbookData } from '../../src/local/workbook-data';
import { COMMUNES } from '../../src/domain/communes';
import { generateWorkbook } from '../../sample/generator';
import { OWNER, startRuntime, UNIT_USER, type Runtime } from '../addon/runtime';
import { bundleWith } from '../addon/access-helpers';
import { approveAll } from '../helpers/recipients';

/** Văn phòng approved every unit's proposed focal address first, as the dialog does on first use. */
function approved(rt: Runtime): Runtime {
  approveAll(rt);
  return rt;
}
import { fileText, handoverFiles, handoverLines, holdBack, passwordsOf, registerLate } from '../helpers/batches';

const FOCAL_HEADER = 'Email đầu mối';
/** Units (Tổng hợp rows, 0-based) left without a focal e-mail: their people go to Văn phòng's file. */
const WITHOUT_FOCAL = new Set([2, 5]);

const focalOf = (i: number): string => `daumoi.donvi${i + 1}@haiphong.edu.vn`;

/** The generated workbook with an 'Email đầu mối' column on Tổng hợp, as units fill it. */
function workbook(people = 600, focal: (i: number) => string = focalOf): WorkbookData {
  const wb = generateWorkbook({ people, seed: 11, mistakes: true }).workbook;
  const summary = wb.sheets.find((s) => s.name === 'Tổng hợp')!;
  const width = summary.rows[0].length;
  summary.rows[0][width] = { value: FOCAL_HEADER, bold: true };
  summary.rows.slice(1).forEach((row, i) => {
    if (row && !WITHOUT_FOCAL.has(i)) row[width] = { value: focal(i) };
  });
  return wb;
}

interface RunResult {
  ok: boolean;
  pending?: boolean;
  message?: string;
  files?: { kind: string; fileId: string }[];
  batchInfo?: { number: number | null; accounts: number };
  handover?: { lists: number; shared: number; mailsSent: number; mailsPending: number; officeUnits: number };
}

function runAll(rt: Runtime, user = OWNER): RunResult {
  return rt.run<RunResult>('menuRunAll', [], { as: 'menu', user });
}

/** address → password, from one provisioning file of the run. */
const provisioningPasswords = (rt: Runtime, result: RunResult, kind: string): Map<string, string> =>
  passwordsOf(fileText(rt, result.files!.find((f) => f.kind === kind)!.fileId));

/** A stand-in PDF maker: the slips' plumbing without a browser (their print layout is tested in Chromium). */
const fakePdf = (printed: string[]) => (html: string) => {
  printed.push(html);
  return Buffer.from('%PDF-1.4\n%%EOF\n');
};

/** Every file's bytes, by id: a run that rewrote none leaves this as it was. */
const snapshotFiles = (rt: Runtime) => new Map(rt.drive.files.map((f) => [f.id, f.bytes.toString('base64')]));

describe('hand-over lists in Google Sheets, one set per batch', () => {
  it('puts every address of the batch in exactly one list, with the password of every provisioning file', () => {
    const rt = approved(startRuntime(workbook()));
    const result = runAll(rt);
    expect(result.ok).toBe(true);
    expect(result.batchInfo).toMatchObject({ number: 1 });
    const google = provisioningPasswords(rt, result, 'google-workspace');
    expect(google.size).toBeGreaterThan(400);
    // One password per person for the batch: the three files agree.
    expect(provisioningPasswords(rt, result, 'entra')).toEqual(google);
    expect(provisioningPasswords(rt, result, 'zimbra')).toEqual(google);
    const lines = handoverLines(rt);
    expect(lines.map((l) => l.address).sort()).toEqual([...google.keys()].sort());
    for (const l of lines) expect(l.password).toBe(google.get(l.address));
    // 8 communes × 3 units, two of them without a focal e-mail.
    expect(result.handover).toMatchObject({ shared: 22, officeUnits: 2, lists: 23, mailsSent: 22, mailsPending: 0 });
    for (const f of handoverFiles(rt)) expect(f.name).toMatch(/^Đợt 01 – 2025-09-05 – ban-giao-/);
  });

  it('shares each unit’s list and its printable slips with its focal person only, and mails the links, not the passwords', () => {
    const printed: string[] = [];
    const rt = approved(startRuntime(workbook(), { pdfMaker: fakePdf(printed) }));
    runAll(rt);
    const focalAddresses = Array.from({ length: 24 }, (_, i) => i)
      .filter((i) => !WITHOUT_FOCAL.has(i))
      .map(focalOf);
    const lists = handoverFiles(rt);
    const slips = rt.drive.files.filter((f) => f.name.endsWith('-phieu-in.pdf'));
    expect(slips).toHaveLength(lists.length);
    expect(printed).toHaveLength(lists.length);
    for (const f of [...lists, ...slips]) {
      expect(f.owner).toBe(OWNER);
      expect(f.access).toBe('PRIVATE');
      const shared = f.permissions.map((p) => [p.type, p.role, p.emailAddress]);
      if (f.name.includes('van-phong')) expect(shared).toEqual([]);
      else expect(shared).toEqual([['user', 'reader', expect.stringMatching(/^daumoi\.donvi\d+@/)]]);
    }
    const sent = rt.mail.sent;
    expect(sent.map((m) => m.to).sort()).toEqual([...focalAddresses].sort());
    const passwords = handoverLines(rt).map((l) => l.password);
    for (const mail of sent) {
      const mine = [...lists, ...slips].filter((f) => f.permissions.some((p) => p.emailAddress === mail.to));
      expect(mine).toHaveLength(2);
      for (const f of mine) expect(mail.body).toContain(f.url);
      for (const p of passwords) expect(mail.body).not.toContain(p);
      expect(mail.subject).toContain('Đợt 1');
    }
    // A slip per person, with the list's password, where to sign in and the first-sign-in rule.
    const page = printed.find((h) => h.includes(handoverLines(rt)[0].address))!;
    expect(page.match(/class="slip"/g)!.length).toBe(
      handoverLines(rt).filter((l) => l.fileId === handoverLines(rt)[0].fileId).length,
    );
    expect(page).toContain(handoverLines(rt)[0].password);
    expect(page).toContain('https://mail.google.com');
    expect(page).toContain('đổi mật khẩu ở lần đăng nhập đầu');
  });

  it('makes no batch, no file and no mail when nothing is new, and batch 2 of the late registrations only', () => {
    const wb = workbook();
    const late = holdBack(wb, 12);
    const rt = approved(startRuntime(wb));
    const first = runAll(rt);
    const firstPasswords = provisioningPasswords(rt, first, 'google-workspace');
    const before = snapshotFiles(rt);
    const mailsBefore = rt.mail.sent.length;
    rt.clock.advance(3_600_000);
    const again = runAll(rt);
    expect(again.batchInfo).toMatchObject({ number: null });
    expect(again.files!.map((f) => f.kind)).toEqual(['findings']);
    expect(rt.drive.files.filter((f) => !before.has(f.id)).map((f) => f.name)).toEqual([
      expect.stringMatching(/danh-sach-loi\.csv$/),
    ]);
    expect(rt.mail.sent.length).toBe(mailsBefore);
    expect(JSON.stringify(rt.ui.dialogs.at(-1))).toContain('Không có địa chỉ mới nào cần xuất');

    registerLate(rt, late);
    rt.clock.advance(7 * 24 * 3_600_000);
    const second = runAll(rt);
    expect(second.batchInfo).toMatchObject({ number: 2 });
    const secondPasswords = provisioningPasswords(rt, second, 'google-workspace');
    expect(secondPasswords.size).toBeGreaterThan(0);
    expect(secondPasswords.size).toBeLessThanOrEqual(12);
    for (const address of secondPasswords.keys()) expect(firstPasswords.has(address)).toBe(false);
    // Earlier files are never rewritten; the new lists hold the newcomers only, with batch 2's passwords.
    for (const [id, bytes] of before)
      expect(rt.drive.files.find((f) => f.id === id)!.bytes.toString('base64')).toBe(bytes);
    const lines = handoverLines(rt, 2);
    expect(lines.map((l) => l.address).sort()).toEqual([...secondPasswords.keys()].sort());
    for (const l of lines) expect(l.password).toBe(secondPasswords.get(l.address));
    expect(handoverFiles(rt, 2).every((f) => f.name.startsWith('Đợt 02 – 2025-09-12 – '))).toBe(true);
  });

  it('sends a unit’s next batch to its new focal person; the earlier batch’s files, never rewritten, go to the trash', () => {
    const wb = workbook();
    const late = holdBack(wb, 30);
    const rt = approved(startRuntime(wb));
    runAll(rt);
    // The late people are the workbook's last unit's (the generator lists people unit by unit).
    const lateUnit = String(late[late.length - 1][2]!.value);
    const summary = rt.spreadsheet.getSheetByName('Tổng hợp')!;
    const rows = summary.getRange(1, 1, summary.getLastRow(), summary.getLastColumn()).getValues();
    const focalColumn = (rows[0] as string[]).indexOf(FOCAL_HEADER);
    const unitRow = rows.findIndex((r) => r.includes(lateUnit));
    const oldFocal = String(rows[unitRow][focalColumn]);
    const oldFile = handoverFiles(rt, 1).find((f) => f.permissions.some((p) => p.emailAddress === oldFocal))!;
    const oldBytes = oldFile.bytes.toString('base64');
    const unit = handoverLines(rt, 1).find((l) => l.fileId === oldFile.id)!.unit;
    expect(unit).toBe(lateUnit);
    summary.getRange(unitRow + 1, focalColumn + 1).setValue('nguoimoi.daumoi@haiphong.edu.vn');
    // Văn phòng approves the unit's new focal address before the next batch.
    approveAll(rt);
    registerLate(rt, late);
    const mailsBefore = rt.mail.sent.length;
    runAll(rt);
    expect(oldFile.bytes.toString('base64')).toBe(oldBytes);
    expect(oldFile.trashed).toBe(true);
    const newLines = handoverLines(rt, 2).filter((l) => l.unit === unit);
    expect(newLines.length).toBeGreaterThan(0);
    const moved = rt.drive.files.find((f) => f.id === newLines[0].fileId)!;
    expect(moved.permissions.map((p) => p.emailAddress)).toEqual(['nguoimoi.daumoi@haiphong.edu.vn']);
    expect(rt.mail.sent.slice(mailsBefore).map((m) => m.to)).toContain('nguoimoi.daumoi@haiphong.edu.vn');
    expect(rt.mail.sent.slice(mailsBefore).map((m) => m.to)).not.toContain(oldFocal);
  });

  it('trashes the lists a unit’s former focal person could read when its e-mail is removed, even in a run with nothing new', () => {
    const rt = approved(startRuntime(workbook()));
    runAll(rt);
    const summary = rt.spreadsheet.getSheetByName('Tổng hợp')!;
    const header = summary.getRange(1, 1, 1, summary.getLastColumn()).getValues()[0] as string[];
    const oldFile = handoverFiles(rt, 1).find((f) => f.permissions.some((p) => p.emailAddress === focalOf(0)))!;
    summary.getRange(2, header.indexOf(FOCAL_HEADER) + 1).setValue('');
    expect(runAll(rt).batchInfo?.number).toBeNull();
    expect(oldFile.trashed).toBe(true);
    // The other units' lists stay with their focal persons.
    const others = handoverFiles(rt, 1).filter((f) => f.id !== oldFile.id && f.permissions.length > 0);
    expect(others).toHaveLength(21);
    for (const f of others) expect(f.trashed).toBe(false);
  });

  describe('when a second Văn phòng account moves a unit to a new focal person', () => {
    const VP2 = 'chuyenvien.vp@haiphong.edu.vn';
    const NEW_FOCAL = 'nguoimoi.daumoi@haiphong.edu.vn';

    /** The first account hands over; the second runs after the unit's focal person changed. */
    function secondAccountMoves(prepare: (rt: Runtime, oldFile: string) => void = () => undefined) {
      const rt = approved(startRuntime(workbook()));
      rt.loadBundle(bundleWith({ target: 'bound', officeAccounts: [OWNER, VP2] }));
      runAll(rt);
      const summary = rt.spreadsheet.getSheetByName('Tổng hợp')!;
      const header = summary.getRange(1, 1, 1, summary.getLastColumn()).getValues()[0] as string[];
      const old = handoverFiles(rt, 1).find((f) => f.permissions.some((p) => p.emailAddress === focalOf(0)))!;
      prepare(rt, old.id);
      summary.getRange(2, header.indexOf(FOCAL_HEADER) + 1).setValue(NEW_FOCAL);
      // The second account approves the new focal address, then exports.
      approveAll(rt, VP2);
      const dialogsBefore = rt.ui.dialogs.length;
      expect(runAll(rt, VP2).ok).toBe(true);
      const log = rt.spreadsheet.getSheetByName('Nhật ký')!;
      const rows = log.getRange(1, 1, log.getLastRow(), log.getLastColumn()).getValues();
      const dialogs = rt.ui.dialogs
        .slice(dialogsBefore)
        .map((d) => d.html)
        .join('\n');
      return { rt, old, note: String(rows[rows.length - 1][7]), dialogs };
    }

    it('cannot trash the first account’s list (drive.file is per user, trash is the owner’s) and says who must, in the dialog and Nhật ký', () => {
      const { rt, old, note, dialogs } = secondAccountMoves();
      expect(old.trashed).toBe(false);
      for (const text of [note, dialogs]) {
        expect(text).toContain('CẦN XỬ LÝ');
        expect(text).toContain(OWNER);
        expect(text).toContain(old.id);
      }
      // The owner's next export trashes it, and the warning stops.
      expect(runAll(rt).ok).toBe(true);
      expect(old.trashed).toBe(true);
      const log = rt.spreadsheet.getSheetByName('Nhật ký')!;
      expect(String(log.getRange(log.getLastRow(), 8).getValue())).not.toContain('CẦN XỬ LÝ');
    });

    it('takes the old list’s shares away when it may (a writer who opened it with the add-on), and notes it', () => {
      const { old, note, dialogs } = secondAccountMoves((rt, oldFile) => {
        const file = rt.drive.files.find((f) => f.id === oldFile)!;
        file.editors.push(VP2);
        rt.drive.openWithApp(oldFile, VP2);
      });
      expect(old.trashed).toBe(false);
      expect(old.permissions.map((p) => p.emailAddress)).toEqual([]);
      for (const text of [note, dialogs]) {
        expect(text).toContain('đã gỡ hết chia sẻ');
        expect(text).not.toContain('CẦN XỬ LÝ');
      }
    });
  });

  it('keeps within the day’s mail quota: the rest go out on later runs and on the hourly check, nobody twice, and Nhật ký counts the waiting ones', () => {
    const rt = approved(startRuntime(workbook(), { limits: { mailRecipientsPerDay: 10 } }));
    const first = runAll(rt);
    expect(first.handover).toMatchObject({ mailsSent: 10, mailsPending: 12 });
    const log = () => {
      const sheet = rt.spreadsheet.getSheetByName('Nhật ký')!;
      return sheet
        .getRange(1, 1, sheet.getLastRow(), sheet.getLastColumn())
        .getValues()
        .map((r) => r.join(' | '));
    };
    expect(log().at(-1)).toContain('chưa gửi vì hết hạn mức thư trong ngày: 12');
    rt.clock.advance(25 * 3_600_000);
    // The next day's run has nothing new, yet the waiting mails go out.
    const second = runAll(rt);
    expect(second.batchInfo).toMatchObject({ number: null });
    expect(second.handover).toMatchObject({ mailsSent: 10, mailsPending: 2 });
    rt.clock.advance(25 * 3_600_000);
    // The hourly check sends the last ones without any export.
    rt.run('menuToggleAutoCheck', [], { as: 'menu' });
    rt.clock.advance(3_600_000);
    rt.triggers.fireDue();
    const recipients = rt.mail.sent.map((m) => m.to);
    expect(recipients.length).toBe(22);
    expect(new Set(recipients).size).toBe(22);
    expect(log().some((line) => line.includes('Kiểm tra tự động') && line.includes('thư đã gửi: 2'))).toBe(true);
  });

  it('writes in Nhật ký the batch, how many lists and for which units, never a password', () => {
    const rt = approved(startRuntime(workbook()));
    runAll(rt);
    const log = rt.spreadsheet.getSheetByName('Nhật ký')!;
    const rows = log.getRange(1, 1, log.getLastRow(), log.getLastColumn()).getValues();
    const note = String(rows[rows.length - 1][7]);
    expect(note).toContain('Đợt 1:');
    expect(note).toContain('Danh sách bàn giao: 23');
    for (const unit of new Set(handoverLines(rt).map((l) => l.unit))) expect(note).toContain(unit);
    const text = JSON.stringify(rows);
    for (const l of handoverLines(rt)) expect(text).not.toContain(l.password);
  });

  it('hands over a whole city (342 units) across several executions: every list once, one mail each, the batch’s passwords', () => {
    const communeCodes = COMMUNES.map((c) => c.code);
    const wb = generateWorkbook({ people: 12_000, seed: 5, communeCodes }).workbook;
    const summary = wb.sheets.find((s) => s.name === 'Tổng hợp')!;
    const width = summary.rows[0].length;
    summary.rows[0][width] = { value: FOCAL_HEADER, bold: true };
    summary.rows.slice(1).forEach((row, i) => row && (row[width] = { value: focalOf(i) }));
    const rt = approved(startRuntime(wb, { limits: { mailRecipientsPerDay: 1500 } }));
    let result = runAll(rt);
    // Too many Drive files and mails for one execution: the job pauses and its trigger carries on.
    expect(result).toMatchObject({ ok: true, pending: true });
    for (let i = 0; i < 10 && (result as { pending?: boolean }).pending; i++) {
      rt.clock.advance(120_000);
      const fired = rt.triggers.fireDue();
      if (fired.length) result = fired[fired.length - 1].result as RunResult;
    }
    expect(result.ok).toBe(true);
    expect(result.handover).toMatchObject({ shared: 342, lists: 342, mailsSent: 342, mailsPending: 0 });
    expect(rt.mail.sent.length).toBe(342);
    expect(new Set(rt.mail.sent.map((m) => m.to)).size).toBe(342);
    expect(handoverFiles(rt).length).toBe(342);
    const google = provisioningPasswords(rt, result, 'google-workspace');
    const lines = handoverLines(rt);
    expect(lines.map((l) => l.address).sort()).toEqual([...google.keys()].sort());
    for (const l of lines) expect(l.password).toBe(google.get(l.address));
    // The seed that let a later part re-derive the passwords is gone with the job.
    expect(Object.keys(rt.properties.user)).not.toContain('handoverSeed');
  });

  it('is made by Văn phòng accounts only', () => {
    const rt = startRuntime(workbook(), { user: UNIT_USER });
    const refused = runAll(rt, UNIT_USER);
    expect(refused.ok).toBe(false);
    expect(handoverFiles(rt)).toEqual([]);
    expect(rt.mail.sent).toEqual([]);
  });
});
