/**
 * What a hostile unit editor tries, through the built bundle in the local runtime, and what
 * comes of it: names built to break the Zimbra script (attack 3), another spreadsheet of the
 * domain writing the dashboard's figures (6), digests as a way to carry phones, dates of birth
 * and CCCDs out of the workbook (9), and a loop of registrations holding the document lock
 * against Văn phòng (10). Each is refused or has no effect, with a Vietnamese message, and
 * nothing leaves the workbook that should not.
 */
import fc from 'fast-check';
import type { CellScalar, WorkbookData } from '../../src/local/workbook-data';
import { DASHBOARD_TEXT } from '../../src/i18n/dashboard';
import { createGoogleWorld } from '../../src/local/gas';
import { ACCESS } from '../../src/i18n/access';
import { openPage, pageTable } from '../dashboard/helpers';
import { parseScript } from '../helpers/zmprov-parse-line';
import { fileText, passwordsOf } from '../helpers/batches';
import { approveAll } from '../helpers/recipients';
import { bundleWith, VIETNAMESE } from './access-helpers';
import { edit } from './edit-event';
import { makeWorkbook, registrationForm, rosterRow, SETTINGS_FORM, values } from './fixtures';
import { NOW, OWNER, startRuntime, UNIT_USER, type Runtime } from './runtime';

const VP = OWNER;
type Outcome = {
  ok: boolean;
  message?: string;
  busy?: boolean;
  row?: number;
  files?: { kind: string; fileId: string }[];
};

/** Danh sách's rows with `changes` typed over them by a unit editor (row index → column → value). */
function typedOver(rows: number, changes: Record<number, Record<number, CellScalar>>): WorkbookData {
  const data = Array.from({ length: rows }, (_, i) => {
    const row = rosterRow(i);
    for (const [c, v] of Object.entries(changes[i] ?? {})) row[Number(c)] = v;
    return row;
  });
  return makeWorkbook({ rows: data, focalEmails: true });
}

describe('attack 3: names that would break the zmprov script', () => {
  const NAME = 3;
  const HOSTILE = [
    "Lê Văn' zimbraMailForwardingAddress 'x@evil.example",
    "Trần Thị\\' zimbraPasswordMustChange FALSE",
    'Phạm "Văn" An',
  ];

  it('each real name is one value, the hostile ones are refused, and no other attribute is set', () => {
    const rt = startRuntime(
      typedOver(40, {
        1: { [NAME]: "H'Hen Niê" },
        2: { [NAME]: "Y'Moan Ê-Ban" },
        3: { [NAME]: HOSTILE[0] },
        4: { [NAME]: HOSTILE[1] },
        5: { [NAME]: HOSTILE[2] },
      }),
    );
    const run = rt.run<Outcome>('menuRunAll', [], { as: 'menu', user: VP });
    expect(run).toMatchObject({ ok: true });
    const script = fileText(rt, run.files!.find((f) => f.kind === 'zimbra')!.fileId);
    const commands = parseScript(script);
    expect(commands.at(-1)).toEqual(['exit']);
    const accounts = commands.slice(0, -1);
    for (const c of accounts) {
      expect([c[0], c[3], c[5], c[7], c[9], c[10], c.length]).toEqual([
        'ca',
        'displayName',
        'givenName',
        'sn',
        'zimbraPasswordMustChange',
        'TRUE',
        11,
      ]);
      expect(c[1]).toMatch(/^[a-z0-9]+([._-][a-z0-9]+)*@haiphong\.edu\.vn$/);
    }
    const names = accounts.map((c) => c[4]);
    expect(names).toEqual(expect.arrayContaining(["H'Hen Niê", "Y'Moan Ê-Ban"]));
    const hhen = accounts.find((c) => c[4] === "H'Hen Niê")!;
    expect([hhen[6], hhen[8]]).toEqual(['Niê', "H'Hen"]);
    expect(script).not.toContain('evil.example');
    expect(script).not.toContain('FALSE');
    // 40 rows, the three hostile ones held back with a Vietnamese reason in Lỗi.
    expect(accounts).toHaveLength(37);
    const roster = values(rt.workbook(), 'Danh sách');
    const errors = roster[0].indexOf('Lỗi');
    for (const r of [4, 5, 6]) expect(String(roster[r][errors])).toMatch(VIETNAMESE);
  });
});

const sheetOf = (rt: Runtime) =>
  (
    rt.globals as unknown as { SpreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp }
  ).SpreadsheetApp.getActive().getSheetByName('Danh sách')!;

describe('attack 6: another spreadsheet of the domain and the dashboard', () => {
  /**
   * The production workbook, run by Văn phòng, with its id fixed at deploy time, in a world where
   * the published add-on's one project (and its one script-properties store) spans every document.
   */
  function production(): { rt: Runtime; bundle: string; another: (rows: number) => Runtime } {
    const world = createGoogleWorld({ deployment: 'addon', now: NOW });
    const rt = startRuntime(makeWorkbook({ rows: 300 }), { world, account: 'workspace' });
    const bundle = bundleWith({ target: 'addon', officeAccounts: [], dashboardSpreadsheetId: rt.spreadsheet.id });
    rt.loadBundle(bundle);
    expect(rt.run<Outcome>('menuCheckAll', [], { as: 'menu', user: VP })).toMatchObject({ ok: true });
    // Any domain user owns a spreadsheet of their own, and is its Văn phòng there.
    const another = (rows: number): Runtime => {
      const own = startRuntime(makeWorkbook({ rows }), {
        world,
        account: 'workspace',
        owner: UNIT_USER,
        user: UNIT_USER,
      });
      own.loadBundle(bundle);
      return own;
    };
    return { rt, bundle, another };
  }

  it('a unit editor’s own spreadsheet neither overwrites, blanks nor re-domains the Director’s page', () => {
    const { rt, another } = production();
    const before = openPage(rt, 'giamdoc@haiphong.edu.vn').html;
    expect(pageTable(before).get('Tổng cộng')).toBeDefined();
    const stored = JSON.stringify(rt.properties.script);
    for (const rows of [5, 0]) {
      const own = another(rows);
      const settings = { ...SETTINGS_FORM, domain: 'evil.example' };
      expect(own.scriptRun(UNIT_USER, 'saveSettings', [settings])).toMatchObject({ ok: true });
      own.run('menuCheckAll', [], { as: 'menu', user: UNIT_USER });
      own.run('menuBuildReport', [], { as: 'menu', user: UNIT_USER });
      // The one store, seen from either document, holds nothing the other spreadsheet wrote.
      expect(JSON.stringify(own.properties.script)).toBe(stored);
    }
    const after = openPage(rt, 'giamdoc@haiphong.edu.vn').html;
    expect(after).toBe(before);
    expect(after).not.toContain('evil.example');
    expect(openPage(rt, 'someone@evil.example').html).toContain(DASHBOARD_TEXT.notAllowed('haiphong.edu.vn'));
  });

  it('property: after any mix of runs in production and in other spreadsheets, the page is production’s last', () => {
    const step = fc.oneof(
      fc.record({ where: fc.constant('production' as const), row: fc.integer({ min: 2, max: 300 }) }),
      fc.record({
        where: fc.constant('other' as const),
        rows: fc.integer({ min: 0, max: 40 }),
        domain: fc.constantFrom('evil.example', 'haiphong.edu.vn', 'gmail.com'),
      }),
    );
    const { rt, another } = production();
    let expected = openPage(rt, 'giamdoc@haiphong.edu.vn').html;
    fc.assert(
      fc.property(fc.array(step, { minLength: 1, maxLength: 4 }), (steps) => {
        for (const s of steps) {
          if (s.where === 'production') {
            // A unit blanks a name: the production figures change, and Văn phòng's run records them.
            sheetOf(rt).getRange(s.row, 4).setValue('');
            expect(rt.run<Outcome>('menuCheckAll', [], { as: 'menu', user: VP })).toMatchObject({ ok: true });
            expected = openPage(rt, 'giamdoc@haiphong.edu.vn').html;
            continue;
          }
          const own = another(s.rows);
          own.scriptRun(UNIT_USER, 'saveSettings', [{ ...SETTINGS_FORM, domain: s.domain }]);
          own.run('menuRunAll', [], { as: 'menu', user: UNIT_USER });
        }
        expect(openPage(rt, 'giamdoc@haiphong.edu.vn').html).toBe(expected);
      }),
      { numRuns: 6 },
    );
  });

  it('a published add-on without the production id shows no workbook’s figures, and says why', () => {
    const rt = startRuntime(makeWorkbook({ rows: 50 }), { deployment: 'addon', account: 'workspace' });
    rt.loadBundle(bundleWith({ target: 'addon', officeAccounts: [] }));
    expect(rt.run<Outcome>('menuCheckAll', [], { as: 'menu', user: VP })).toMatchObject({ ok: true });
    expect(Object.keys(rt.properties.script).filter((k) => k.startsWith('dashboardSnapshot.'))).toEqual([]);
    const page = openPage(rt, 'giamdoc@haiphong.edu.vn').html;
    expect(page).toContain('dashboardSpreadsheetId');
    expect(page).toMatch(VIETNAMESE);
    expect(page).not.toContain('<table');
  });
});

describe('attack 9: digests as a way out for personal data', () => {
  it('carry row numbers and counts only, whatever a unit typed or copied from another unit', () => {
    const other = rosterRow(45); // a person of unit 2, copied into unit 1 by its editor
    const wb = typedOver(120, {
      3: { 9: '0912 345 67', 8: '03118500012' }, // a phone and a CCCD, each a digit short
      4: { 4: '31/02/1985' }, // a date of birth that does not exist
      5: { 3: other[3], 4: other[4], 7: other[7], 8: other[8] }, // a duplicate of row 47
      70: { 9: '0999888777666' },
    });
    const rt = startRuntime(wb);
    rt.scriptRun(VP, 'saveSettings', [{ ...SETTINGS_FORM, notifyFocalPersons: true }]);
    rt.run('menuToggleAutoCheck', [], { as: 'menu', user: VP });
    rt.clock.advance(3_600_001);
    rt.triggers.fireDue();
    const mails = rt.mail.sent as { to: string; subject: string; body: string }[];
    expect(mails.length).toBeGreaterThanOrEqual(2);
    const text = mails.map((m) => `${m.subject}\n${m.body}`.normalize('NFC')).join('\n');
    expect(text).toContain('Dòng 5: 2 lỗi cần sửa');
    // The copy on row 7 is kept as the earlier row: unit 2's own row 47 is told it is a duplicate, nameless.
    expect(text).toContain('Dòng 47: 1 lỗi cần sửa');
    expect(text).toMatch(VIETNAMESE);
    // No value of a person's columns (name, date of birth, identifiers, phone, e-mail), typed or not.
    const roster = values(rt.workbook(), 'Danh sách');
    let checked = 0;
    for (const row of roster.slice(1))
      for (const c of [3, 4, 7, 8, 9, 10]) {
        const v = row[c] instanceof Date ? (row[c] as Date).toLocaleDateString('vi-VN') : String(row[c]).trim();
        if (v.length < 6) continue;
        checked++;
        if (text.includes(v.normalize('NFC'))) throw new Error(`a digest holds "${v}"`);
      }
    expect(checked).toBeGreaterThan(500);
    expect(text).not.toMatch(/\d{7,}/);
    expect(text).not.toMatch(/\d{1,2}\/\d{1,2}\/\d{4}/);
    // Nothing else left: no file, and only the digests as mail.
    expect(rt.drive.files).toHaveLength(0);
  });
});

describe('attack 10: a loop of registrations against Văn phòng’s runs', () => {
  const form = (i: number): Record<string, string> => registrationForm(i);
  const documentLocks = (rt: Runtime): number => rt.calls.snapshot().byMethod['LockService.getDocumentLock'] ?? 0;

  it('a loop of saves by one unit editor is refused without the lock, in Vietnamese, and typed rows are not lost', () => {
    const rt = startRuntime(makeWorkbook({ rows: 200 }));
    const outcomes: Outcome[] = [];
    rt.calls.reset();
    for (let i = 0; i < 20; i++)
      outcomes.push(rt.scriptRun<Outcome>(UNIT_USER, 'submitRegistration', [form(500 + i)])!);
    const saved = outcomes.filter((o) => o.ok);
    const refused = outcomes.filter((o) => !o.ok);
    expect(saved.length).toBeGreaterThanOrEqual(1);
    expect(saved.length).toBeLessThan(5);
    for (const o of refused) expect(o.message).toMatch(VIETNAMESE);
    // Only the saves took the document lock.
    expect(documentLocks(rt)).toBe(saved.length);
    expect(values(rt.workbook(), 'Danh sách')).toHaveLength(201 + saved.length);
    // A person who waits as the message says saves the next row; another account was never held back.
    expect(refused[0].message).toMatch(/đợi \d+ giây/);
    expect(rt.scriptRun<Outcome>('hieutruong.thcs@haiphong.edu.vn', 'submitRegistration', [form(700)])).toMatchObject({
      ok: true,
    });
    rt.clock.advance(60_000);
    expect(rt.scriptRun<Outcome>(UNIT_USER, 'submitRegistration', [form(701)])).toMatchObject({ ok: true });
  });

  it('Văn phòng’s run waits out a unit’s save in progress instead of answering “thử lại”', () => {
    const rt = startRuntime(makeWorkbook({ rows: 200 }));
    // A unit's save on a large workbook holds the document lock for 20 s, elsewhere.
    rt.locks.holdElsewhere('document', 20_000);
    expect(rt.run<Outcome>('menuCheckAll', [], { as: 'menu', user: VP })).toMatchObject({ ok: true });
    expect(rt.ui.alerts.map((a) => a.message).join(' ')).not.toContain('thử lại');
  });

  it('Đặt lại mật khẩu and the approval of recipients wait out a unit’s save too', () => {
    const rt = startRuntime(makeWorkbook({ rows: 60, focalEmails: true }));
    rt.locks.holdElsewhere('document', 20_000);
    expect(approveAll(rt).approved).toBeGreaterThan(0);
    const first = rt.run<Outcome>('menuRunAll', [], { as: 'menu', user: VP });
    expect(first.ok).toBe(true);
    const address = passwordsOf(fileText(rt, first.files!.find((f) => f.kind === 'google-workspace')!.fileId))
      .keys()
      .next().value as string;
    rt.locks.holdElsewhere('document', 20_000);
    rt.ui.answerNext('OK', address);
    rt.ui.answerNext('YES');
    const reset = rt.run<Outcome & { batchInfo?: { reset: boolean } }>('menuResetPasswords', [], {
      as: 'menu',
      user: VP,
    });
    expect(reset).toMatchObject({ ok: true, batchInfo: { reset: true } });
    expect(rt.ui.alerts.map((a) => a.message).join(' ')).not.toContain('thử lại');
  });

  it('once Văn phòng found the lock busy, units stand aside until its retry has run', () => {
    const rt = startRuntime(makeWorkbook({ rows: 200 }));
    rt.locks.holdElsewhere('document', 100_000);
    const first = rt.run<Outcome>('menuCheckAll', [], { as: 'menu', user: VP });
    expect(first).toMatchObject({ ok: false, busy: true, message: expect.stringContaining('thử lại') });
    rt.clock.advance(40_000); // the holder lets go meanwhile
    rt.calls.reset();
    const unit = rt.scriptRun<Outcome>(UNIT_USER, 'submitRegistration', [form(600)])!;
    expect(unit).toMatchObject({ ok: false, message: ACCESS.registrationOfficeFirst });
    expect(documentLocks(rt)).toBe(0);
    // An edit meanwhile keeps what was typed; its recheck stands aside without the lock.
    const typed = edit(rt, 5, 10, '0123');
    expect(typed.result).toEqual({ ok: true, skipped: 'busy' });
    expect(typed.calls['LockService.getDocumentLock'] ?? 0).toBe(0);
    expect(values(rt.workbook(), 'Danh sách')[4][9]).toBe('0123');
    expect(rt.run<Outcome>('menuCheckAll', [], { as: 'menu', user: VP })).toMatchObject({ ok: true });
    // After Văn phòng's run, the unit's save goes through.
    expect(rt.scriptRun<Outcome>(UNIT_USER, 'submitRegistration', [form(600)])).toMatchObject({ ok: true });
    expect(rt.mail.sent).toHaveLength(0);
    expect(rt.drive.files).toHaveLength(0);
  });
});
