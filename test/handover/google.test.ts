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
import { parseCsv } from '../helpers/csv';
import { bundleWith } from '../addon/access-helpers';

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
  handover?: { lists: number; shared: number; mailsSent: number; mailsPending: number; officeUnits: number };
}

function runAll(rt: Runtime, user = OWNER): RunResult {
  return rt.run<RunResult>('menuRunAll', [], { as: 'menu', user });
}

const fileText = (rt: Runtime, id: string): string => {
  const f = rt.drive.files.find((x) => x.id === id);
  if (!f) throw new Error(`no file ${id}`);
  return f.bytes.toString('utf8');
};

/** address → password, from one provisioning file. */
function provisioningPasswords(rt: Runtime, result: RunResult, kind: string): Map<string, string> {
  const text = fileText(rt, result.files!.find((f) => f.kind === kind)!.fileId);
  const map = new Map<string, string>();
  if (kind === 'zimbra') {
    for (const line of text.split('\n').filter((l) => l.startsWith('ca ')))
      map.set(line.split(' ')[1], /^ca \S+ '([^']*)'/.exec(line)![1]);
    return map;
  }
  const rows = parseCsv(text.replace(/^\uFEFF/, '').replace(/^version:v1.0\r?\n/, ''));
  const header = rows[0];
  const address = header.findIndex((h) => /Email Address|userPrincipalName/.test(h));
  const password = header.findIndex((h) => /^Password \[|passwordProfile/.test(h));
  for (const row of rows.slice(1)) if (row[address]) map.set(row[address], row[password]);
  return map;
}

interface Remembered {
  fileId: string;
  to: string;
  mailed: boolean;
}

const remembered = (rt: Runtime): Map<string, Remembered> =>
  new Map(
    Object.entries(rt.properties.document)
      .filter(([k]) => k.startsWith('handover.'))
      .map(([k, v]) => [k, JSON.parse(v) as Remembered]),
  );

/** Every hand-over line the run's files hold: address → [password, file id]. */
function handoverLines(rt: Runtime): { address: string; password: string; fileId: string }[] {
  const lines: { address: string; password: string; fileId: string }[] = [];
  for (const { fileId } of remembered(rt).values()) {
    const rows = parseCsv(fileText(rt, fileId).replace(/^\uFEFF/, ''));
    const at = rows[0].indexOf('Email công vụ');
    const pw = rows[0].indexOf('Mật khẩu ban đầu');
    for (const row of rows.slice(1)) lines.push({ address: row[at], password: row[pw], fileId });
  }
  return lines;
}

const handoverFiles = (rt: Runtime) => rt.drive.files.filter((f) => f.name.startsWith('ban-giao-'));
/** The hand-over files' ids, sorted: the same set after a rerun means no file was added or replaced. */
const handoverFileIds = (rt: Runtime): string[] =>
  handoverFiles(rt)
    .map((f) => f.id)
    .sort();

describe('hand-over lists in Google Sheets', () => {
  it('puts every new address in exactly one list, with the password of every provisioning file', () => {
    const rt = startRuntime(workbook());
    const result = runAll(rt);
    expect(result.ok).toBe(true);
    const google = provisioningPasswords(rt, result, 'google-workspace');
    expect(google.size).toBeGreaterThan(400);
    // One password per person for the run: the three files agree.
    expect(provisioningPasswords(rt, result, 'entra')).toEqual(google);
    expect(provisioningPasswords(rt, result, 'zimbra')).toEqual(google);
    const lines = handoverLines(rt);
    expect(lines.map((l) => l.address).sort()).toEqual([...google.keys()].sort());
    for (const l of lines) expect(l.password).toBe(google.get(l.address));
    // 8 communes × 3 units, two of them without a focal e-mail.
    expect(result.handover).toMatchObject({ shared: 22, officeUnits: 2, lists: 23, mailsSent: 22, mailsPending: 0 });
  });

  it('shares each unit’s file with its focal person only, and mails that person the link, not the passwords', () => {
    const rt = startRuntime(workbook());
    runAll(rt);
    const memory = remembered(rt);
    const focalAddresses = new Set(
      Array.from({ length: 24 }, (_, i) => i)
        .filter((i) => !WITHOUT_FOCAL.has(i))
        .map(focalOf),
    );
    for (const [key, m] of memory) {
      const file = rt.drive.files.find((f) => f.id === m.fileId)!;
      expect(file.owner).toBe(OWNER);
      expect(file.access).toBe('PRIVATE');
      if (key === 'handover.office') {
        expect(file.permissions).toEqual([]);
        continue;
      }
      expect(focalAddresses.has(m.to)).toBe(true);
      expect(file.permissions.map((p) => [p.type, p.role, p.emailAddress])).toEqual([['user', 'reader', m.to]]);
    }
    const sent = rt.mail.sent;
    expect(sent.map((m) => m.to).sort()).toEqual([...focalAddresses].sort());
    const passwords = handoverLines(rt).map((l) => l.password);
    for (const mail of sent) {
      const link = rt.drive.files.find((f) => f.id === [...memory.values()].find((m) => m.to === mail.to)!.fileId)!.url;
      expect(mail.body).toContain(link);
      for (const p of passwords) expect(mail.body).not.toContain(p);
    }
  });

  it('on a second export rewrites the same files with the new passwords and sends no mail again', () => {
    const rt = startRuntime(workbook());
    runAll(rt);
    const filesBefore = handoverFileIds(rt);
    const mailsBefore = rt.mail.sent.length;
    const memoryBefore = remembered(rt);
    rt.clock.advance(3_600_000);
    const second = runAll(rt);
    expect(second.ok).toBe(true);
    expect(handoverFileIds(rt)).toEqual(filesBefore);
    expect(rt.mail.sent.length).toBe(mailsBefore);
    // The same file, person and mail state for every unit (only the job that last wrote it changes).
    const withoutRun = (m: Map<string, Remembered>) =>
      [...m].map(([k, { fileId, to, mailed }]) => [k, fileId, to, mailed]);
    expect(withoutRun(remembered(rt))).toEqual(withoutRun(memoryBefore));
    const google = provisioningPasswords(rt, second, 'google-workspace');
    for (const l of handoverLines(rt)) expect(l.password).toBe(google.get(l.address));
    // A single export (Google Workspace alone) keeps to the same files as well.
    const single = rt.run<RunResult & { fileId: string }>('menuExportGoogle', [], { as: 'menu' });
    expect(single.ok).toBe(true);
    expect(handoverFileIds(rt)).toEqual(filesBefore);
    expect(rt.mail.sent.length).toBe(mailsBefore);
  });

  it('moves a unit’s list to its new focal person: the old file goes to the trash, the new one is shared and mailed once', () => {
    const rt = startRuntime(workbook());
    runAll(rt);
    const summary = rt.spreadsheet.getSheetByName('Tổng hợp')!;
    const focalColumn =
      (summary.getRange(1, 1, 1, summary.getLastColumn()).getValues()[0] as string[]).indexOf(FOCAL_HEADER) + 1;
    const oldFocal = focalOf(0);
    const oldFile = [...remembered(rt).values()].find((m) => m.to === oldFocal)!.fileId;
    summary.getRange(2, focalColumn).setValue('nguoimoi.daumoi@haiphong.edu.vn');
    const mailsBefore = rt.mail.sent.length;
    runAll(rt);
    expect(rt.drive.files.find((f) => f.id === oldFile)!.trashed).toBe(true);
    const moved = [...remembered(rt).values()].find((m) => m.to === 'nguoimoi.daumoi@haiphong.edu.vn')!;
    const file = rt.drive.files.find((f) => f.id === moved.fileId)!;
    expect(file.permissions.map((p) => p.emailAddress)).toEqual(['nguoimoi.daumoi@haiphong.edu.vn']);
    expect(rt.mail.sent.slice(mailsBefore).map((m) => m.to)).toEqual(['nguoimoi.daumoi@haiphong.edu.vn']);
  });

  it('moves a unit whose focal e-mail was removed into Văn phòng’s file and trashes the file its former focal person could read', () => {
    const rt = startRuntime(workbook());
    runAll(rt);
    const summary = rt.spreadsheet.getSheetByName('Tổng hợp')!;
    const header = summary.getRange(1, 1, 1, summary.getLastColumn()).getValues()[0] as string[];
    const oldFile = [...remembered(rt).values()].find((m) => m.to === focalOf(0))!.fileId;
    const addresses = handoverLines(rt)
      .filter((l) => l.fileId === oldFile)
      .map((l) => l.address);
    summary.getRange(2, header.indexOf(FOCAL_HEADER) + 1).setValue('');
    runAll(rt);
    expect(rt.drive.files.find((f) => f.id === oldFile)!.trashed).toBe(true);
    const office = remembered(rt).get('handover.office')!.fileId;
    const inOffice = handoverLines(rt)
      .filter((l) => l.fileId === office)
      .map((l) => l.address);
    for (const a of addresses) expect(inOffice).toContain(a);
    expect(handoverLines(rt).filter((l) => addresses.includes(l.address))).toHaveLength(addresses.length);
  });

  describe('when a second Văn phòng account moves a unit to a new focal person', () => {
    const VP2 = 'chuyenvien.vp@haiphong.edu.vn';
    const NEW_FOCAL = 'nguoimoi.daumoi@haiphong.edu.vn';

    /** The first account hands over; the second, after the unit's focal person changed. */
    function secondAccountMoves(prepare: (rt: Runtime, oldFile: string) => void = () => undefined) {
      const rt = startRuntime(workbook());
      rt.loadBundle(bundleWith({ target: 'bound', officeAccounts: [OWNER, VP2] }));
      runAll(rt);
      const summary = rt.spreadsheet.getSheetByName('Tổng hợp')!;
      const header = summary.getRange(1, 1, 1, summary.getLastColumn()).getValues()[0] as string[];
      const oldFile = [...remembered(rt).values()].find((m) => m.to === focalOf(0))!.fileId;
      prepare(rt, oldFile);
      summary.getRange(2, header.indexOf(FOCAL_HEADER) + 1).setValue(NEW_FOCAL);
      const dialogsBefore = rt.ui.dialogs.length;
      expect(runAll(rt, VP2).ok).toBe(true);
      const log = rt.spreadsheet.getSheetByName('Nhật ký')!;
      const rows = log.getRange(1, 1, log.getLastRow(), log.getLastColumn()).getValues();
      const dialogs = rt.ui.dialogs
        .slice(dialogsBefore)
        .map((d) => d.html)
        .join('\n');
      const old = rt.drive.files.find((f) => f.id === oldFile)!;
      return { rt, old, note: String(rows[rows.length - 1][7]), dialogs };
    }

    it('cannot trash the first account’s list (drive.file is per user, trash is the owner’s) and says who must, in the dialog and Nhật ký', () => {
      const { rt, old, note, dialogs } = secondAccountMoves();
      expect(old.trashed).toBe(false);
      for (const text of [note, dialogs]) {
        expect(text).toContain('CẦN XỬ LÝ');
        expect(text).toContain(OWNER);
        expect(text).toContain(old.url);
      }
      const moved = [...remembered(rt).values()].find((m) => m.to === NEW_FOCAL)!;
      expect(rt.drive.files.find((f) => f.id === moved.fileId)!.owner).toBe(VP2);
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

  it('keeps within the day’s mail quota and mails the rest on a later export, nobody twice', () => {
    const rt = startRuntime(workbook(), { limits: { mailRecipientsPerDay: 10 } });
    const first = runAll(rt);
    expect(first.handover).toMatchObject({ mailsSent: 10, mailsPending: 12 });
    rt.clock.advance(24 * 3_600_000);
    const second = runAll(rt);
    expect(second.handover).toMatchObject({ mailsSent: 10, mailsPending: 2 });
    rt.clock.advance(24 * 3_600_000);
    runAll(rt);
    const recipients = rt.mail.sent.map((m) => m.to);
    expect(recipients.length).toBe(22);
    expect(new Set(recipients).size).toBe(22);
  });

  it('writes in Nhật ký how many lists and for which units, never a password', () => {
    const rt = startRuntime(workbook());
    runAll(rt);
    const log = rt.spreadsheet.getSheetByName('Nhật ký')!;
    const rows = log.getRange(1, 1, log.getLastRow(), log.getLastColumn()).getValues();
    const note = String(rows[rows.length - 1][7]);
    expect(note).toContain('Danh sách bàn giao: 23');
    const units = new Set(
      handoverFiles(rt).flatMap((f) =>
        parseCsv(f.bytes.toString('utf8').replace(/^\uFEFF/, ''))
          .slice(1)
          .map((r) => r[2]),
      ),
    );
    for (const unit of units) expect(note).toContain(unit);
    const text = JSON.stringify(rows);
    for (const l of handoverLines(rt)) expect(text).not.toContain(l.password);
  });

  it('hands over a whole city (342 units) across several executions: every list once, one mail each, the run’s passwords', () => {
    const communeCodes = COMMUNES.map((c) => c.code);
    const wb = generateWorkbook({ people: 12_000, seed: 5, communeCodes }).workbook;
    const summary = wb.sheets.find((s) => s.name === 'Tổng hợp')!;
    const width = summary.rows[0].length;
    summary.rows[0][width] = { value: FOCAL_HEADER, bold: true };
    summary.rows.slice(1).forEach((row, i) => row && (row[width] = { value: focalOf(i) }));
    const rt = startRuntime(wb, { limits: { mailRecipientsPerDay: 1500 } });
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
