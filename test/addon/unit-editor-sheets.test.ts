/**
 * A hostile unit editor against the sheets only Văn phòng may edit, through the built bundle
 * in a runtime that enforces protections as Google does: a planted 'Sổ địa chỉ' is refused
 * and never adopted (attack 4), the register's protection cannot be loosened, renamed or
 * deleted by a unit (attack 5), and the reference sheets are Văn phòng's. Each time nothing
 * leaves the workbook: no export row, no list, no share, no mail.
 */
import fc from 'fast-check';
import { REGISTER_TEXT } from '../../src/i18n/register';
import { fingerprint, VIETNAMESE } from './access-helpers';
import { makeWorkbook, SETTINGS_FORM, sheet as sheetData, values } from './fixtures';
import { OWNER, startRuntime, UNIT_USER, type Runtime } from './runtime';

const VP2 = 'chuyenvien.vp@haiphong.edu.vn';
const THIEF = 'ke.gian@haiphong.edu.vn';
const PROTECTED = /protected cell or object/;
const DENIED = /You do not have permission/;
const SHEET = 'SHEET' as unknown as GoogleAppsScript.Spreadsheet.ProtectionType;

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Outcome = { ok: boolean; message?: string };

/** Văn phòng (the owner and VP2) and a unit editor share a workbook of 12 people. */
function shared(): Runtime {
  const rt = startRuntime(makeWorkbook({ rows: 12, focalEmails: true }), { editors: [VP2, UNIT_USER] });
  const saved = rt.scriptRun<Outcome>(OWNER, 'saveSettings', [{ ...SETTINGS_FORM, allowedUsers: VP2 }]);
  expect(saved).toMatchObject({ ok: true });
  return rt;
}

/** Runs `fn` as `user` straight on the services, as their own script or the Sheets UI would. */
function as<T>(rt: Runtime, user: string, fn: (ss: Spreadsheet) => T): T {
  const previous = rt.env.current;
  rt.env.current = rt.env.newExecution('external', user);
  try {
    const app = (rt.globals as unknown as { SpreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp })
      .SpreadsheetApp;
    return fn(app.getActive());
  } finally {
    rt.env.current = previous;
  }
}

/** Every address in every file the runs made, and every account a file was shared with or mail went to. */
function whatLeft(rt: Runtime) {
  return {
    addresses: new Set(rt.drive.files.flatMap((f) => f.content.match(/[a-z0-9._-]+@haiphong\.edu\.vn/g) ?? [])),
    shares: rt.drive.files.flatMap((f) => [...f.editors, ...f.permissions.map((p) => JSON.stringify(p))]),
    mailTo: rt.mail.sent.map((m) => JSON.stringify(m)),
  };
}

/**
 * A unit's own 'Sổ địa chỉ' claiming the first person of the roster, in the register's earlier
 * clear form with that person's exact identity, for an address of the unit's: adopted, it would
 * hand that person (and their password) the unit's address.
 */
function plantRegister(rt: Runtime, warningOnly: boolean): void {
  const [header, first] = values(rt.workbook(), 'Danh sách');
  const at = (name: string) => first[header.indexOf(name)];
  const dob = at('Ngày sinh') as Date;
  const day = `${String(dob.getDate()).padStart(2, '0')}/${String(dob.getMonth() + 1).padStart(2, '0')}/${dob.getFullYear()}`;
  as(rt, UNIT_USER, (ss) => {
    const s = ss.insertSheet('Sổ địa chỉ');
    s.getRange(1, 1, 2, 2).setValues([
      ['Email công vụ', 'Người được cấp'],
      [
        THIEF,
        `Mã định danh ${String(at('Mã định danh'))}; CCCD ${String(at('Số CCCD'))}; ${String(at('Họ và tên'))}; ${day}`,
      ],
    ]);
    const p = s.protect();
    p.removeEditors(p.getEditors());
    if (warningOnly) p.setWarningOnly(true);
    s.hideSheet();
  });
}

describe('attack 4: a planted Sổ địa chỉ', () => {
  it.each([
    ['warning-only', true],
    ['protected by the unit itself', false],
  ])('one %s is refused in Vietnamese, never read or adopted, and nothing leaves the workbook', (_, warningOnly) => {
    const rt = shared();
    plantRegister(rt, warningOnly);
    const before = fingerprint(rt);
    const run = rt.run<Outcome>('menuRunAll', [], { as: 'menu', user: VP2 });
    expect(run).toEqual({ ok: false, message: REGISTER_TEXT.planted });
    expect(run.message).toMatch(VIETNAMESE);
    expect(rt.ui.alerts.map((a) => a.message)).toContain(REGISTER_TEXT.planted);
    // Not a cell, file, mail, trigger or property changed; the planted sheet is as the unit left it.
    expect(fingerprint(rt)).toBe(before);
    expect(rt.drive.files).toEqual([]);
    expect(rt.mail.sent).toEqual([]);
    expect(rt.workbook().sheets.find((s) => s.name === 'Sổ địa chỉ')!.protections![0].warningOnly).toBe(warningOnly);
    // The owner's run and the hourly check are refused alike.
    expect(rt.run<Outcome>('menuAssignAddresses', [], { as: 'menu', user: OWNER })).toMatchObject({
      ok: false,
      message: REGISTER_TEXT.planted,
    });
    expect(rt.run<Outcome>('onTimedCheck', [{}], { as: 'installableTrigger', user: OWNER }).ok).toBe(false);
    expect(values(rt.workbook(), 'Danh sách')[0]).not.toContain('Email công vụ');
  });

  it('once Văn phòng removes it, the add-on makes its own: not warning-only, edited by Văn phòng alone', () => {
    const rt = shared();
    plantRegister(rt, true);
    as(rt, VP2, (ss) => ss.deleteSheet(ss.getSheetByName('Sổ địa chỉ')!));
    expect(rt.run<Outcome>('menuRunAll', [], { as: 'menu', user: VP2 })).toMatchObject({ ok: true });
    const register = rt.workbook().sheets.find((s) => s.name === 'Sổ địa chỉ')!;
    expect(register.protections).toHaveLength(1);
    expect(register.protections![0]).toMatchObject({ warningOnly: false, mirrorsSpreadsheet: false });
    expect(new Set(register.protections![0].editors)).toEqual(new Set([OWNER, VP2]));
    expect(JSON.stringify(values(rt.workbook(), 'Sổ địa chỉ'))).not.toContain(THIEF);
    const left = whatLeft(rt);
    expect(left.addresses.has(THIEF)).toBe(false);
    expect(left.shares.join(' ')).not.toContain(UNIT_USER);
    expect(() => as(rt, UNIT_USER, (ss) => ss.getSheetByName('Sổ địa chỉ')!.appendRow([THIEF, 'x']))).toThrow(
      PROTECTED,
    );
  });

  it('a register made before ids were kept, held by Văn phòng, is recognised and its id recorded', () => {
    const wb = makeWorkbook({ rows: 6 });
    const old = sheetData('Sổ địa chỉ', [['Email công vụ', 'Người được cấp']]);
    old.hidden = true;
    old.protections = [{ range: null, description: '', warningOnly: false, editors: [OWNER] }];
    wb.sheets.push(old);
    const rt = startRuntime(wb, { editors: [UNIT_USER] });
    expect(rt.run<Outcome>('menuAssignAddresses', [], { as: 'menu', user: OWNER })).toMatchObject({ ok: true });
    expect(JSON.parse(rt.properties.document.ownedSheets)).toEqual({ 'Sổ địa chỉ': expect.any(Number) });
    expect(values(rt.workbook(), 'Sổ địa chỉ').length).toBe(7);
  });
});

describe('a Văn phòng account added to the settings after the register was made', () => {
  it('is told in Vietnamese to let an editor run once, changes nothing, and may run after that run', () => {
    const VP3 = 'truongphong.vp@haiphong.edu.vn';
    const rt = shared();
    expect(rt.run<Outcome>('menuAssignAddresses', [], { as: 'menu', user: VP2 })).toMatchObject({ ok: true });
    rt.scriptRun(OWNER, 'saveSettings', [{ ...SETTINGS_FORM, allowedUsers: `${VP2}, ${VP3}` }]);
    const before = fingerprint(rt);
    const refused = rt.run<Outcome>('menuAssignAddresses', [], { as: 'menu', user: VP3 });
    expect(refused).toEqual({ ok: false, message: REGISTER_TEXT.notEditor });
    expect(refused.message).toMatch(VIETNAMESE);
    expect(fingerprint(rt)).toBe(before);
    expect(rt.run<Outcome>('menuCheckAll', [], { as: 'menu', user: VP2 })).toMatchObject({ ok: true });
    expect(rt.run<Outcome>('menuAssignAddresses', [], { as: 'menu', user: VP3 })).toMatchObject({ ok: true });
  });
});

describe('attack 5: a unit editor against the register’s protection', () => {
  it('cannot add itself, loosen, lift, rename, delete or write the register; its add-on calls are refused in Vietnamese', () => {
    const rt = shared();
    expect(rt.run<Outcome>('menuRunAll', [], { as: 'menu', user: VP2 })).toMatchObject({ ok: true });
    const register = values(rt.workbook(), 'Sổ địa chỉ');
    const filesBefore = rt.drive.files.length;
    const protection = (ss: Spreadsheet) => ss.getSheetByName('Sổ địa chỉ')!.getProtections(SHEET)[0];
    const attempts: [string, (ss: Spreadsheet) => unknown, RegExp][] = [
      ['add itself', (ss) => protection(ss).addEditor(UNIT_USER), DENIED],
      ['read the editors', (ss) => protection(ss).getEditors(), DENIED],
      ['make it warning-only', (ss) => protection(ss).setWarningOnly(true), DENIED],
      ['open it to the domain', (ss) => protection(ss).setDomainEdit(true), DENIED],
      ['lift it', (ss) => protection(ss).remove(), DENIED],
      ['protect it again', (ss) => ss.getSheetByName('Sổ địa chỉ')!.protect().addEditor(UNIT_USER), DENIED],
      ['rename it', (ss) => ss.getSheetByName('Sổ địa chỉ')!.setName('Sổ cũ'), PROTECTED],
      ['delete it', (ss) => ss.deleteSheet(ss.getSheetByName('Sổ địa chỉ')!), PROTECTED],
      ['clear it', (ss) => ss.getSheetByName('Sổ địa chỉ')!.clearContents(), PROTECTED],
      ['delete its rows', (ss) => ss.getSheetByName('Sổ địa chỉ')!.deleteRows(2, 3), PROTECTED],
      ['insert a row', (ss) => ss.getSheetByName('Sổ địa chỉ')!.insertRowsBefore(2, 1), PROTECTED],
      ['write an address', (ss) => ss.getSheetByName('Sổ địa chỉ')!.getRange(2, 1).setValue(THIEF), PROTECTED],
    ];
    const got = attempts.map(([what, attempt]) => {
      try {
        as(rt, UNIT_USER, attempt);
        return [what, 'allowed'];
      } catch (e) {
        return [what, String(e)];
      }
    });
    expect(got.map(([what, error], i) => [what, attempts[i][2].test(error)])).toEqual(
      attempts.map(([what]) => [what, true]),
    );
    rt.ui.answerNext('OK', String(register[1][0]));
    const release = rt.run<Outcome>('menuReleaseAddress', [], { as: 'menu', user: UNIT_USER });
    expect(release).toMatchObject({ ok: false, message: expect.stringMatching(VIETNAMESE) });
    const assign = rt.run<Outcome>('menuAssignAddresses', [], { as: 'menu', user: UNIT_USER });
    expect(assign).toMatchObject({ ok: false, message: expect.stringMatching(VIETNAMESE) });

    // Văn phòng's next export hands out exactly the register's addresses, to no unit account.
    expect(values(rt.workbook(), 'Sổ địa chỉ')).toEqual(register);
    expect(rt.run<Outcome>('menuRunAll', [], { as: 'menu', user: VP2 })).toMatchObject({ ok: true });
    const registered = new Set(register.slice(1).map((r) => String(r[0])));
    const left = whatLeft(rt);
    expect(rt.drive.files.length).toBeGreaterThan(filesBefore);
    for (const a of left.addresses) if (!a.startsWith('daumoi')) expect(registered.has(a)).toBe(true);
    expect(left.shares.join(' ')).not.toContain(UNIT_USER);
    expect(left.mailTo.join(' ')).not.toContain(UNIT_USER);
    const after = rt.workbook().sheets.find((s) => s.name === 'Sổ địa chỉ')!;
    expect(new Set(after.protections![0].editors)).toEqual(new Set([OWNER, VP2]));
  });
});

describe('reference sheets are Văn phòng’s', () => {
  it('are protected on Văn phòng’s run: a unit cannot add a made-up account', () => {
    const rt = shared();
    rt.run('menuCheckAll', [], { as: 'menu', user: VP2 });
    const accounts = rt.workbook().sheets.find((s) => s.name === 'Tài khoản hiện có')!;
    expect(new Set(accounts.protections![0].editors)).toEqual(new Set([OWNER, VP2]));
    expect(() =>
      as(rt, UNIT_USER, (ss) => ss.getSheetByName('Tài khoản hiện có')!.appendRow(['bia.dat@haiphong.edu.vn'])),
    ).toThrow(PROTECTED);
  });

  it('when the run cannot protect one, it says so in its dialog and in Nhật ký', () => {
    const rt = shared();
    // The unit got there first: its own protection, which Văn phòng's second account may not change.
    as(rt, UNIT_USER, (ss) => {
      const p = ss.getSheetByName('Tài khoản hiện có')!.protect();
      p.removeEditors(p.getEditors());
    });
    const run = rt.run<Outcome>('menuCheckAll', [], { as: 'menu', user: VP2 });
    expect(run.ok).toBe(true);
    const said = REGISTER_TEXT.referenceUnprotected(['Tài khoản hiện có']);
    expect(said).toMatch(VIETNAMESE);
    expect(rt.ui.alerts.at(-1)?.message).toContain(said);
    expect(values(rt.workbook(), 'Nhật ký').at(-1)!.join(' ')).toContain(said);
    // The owner's run can, and does.
    rt.run('menuCheckAll', [], { as: 'menu', user: OWNER });
    const accounts = rt.workbook().sheets.find((s) => s.name === 'Tài khoản hiện có')!;
    expect(new Set(accounts.protections![0].editors)).toEqual(new Set([OWNER, VP2]));
  });
});

describe('any sequence of a unit editor’s moves on the owned and reference sheets', () => {
  type Move = 'plant' | 'rename' | 'delete' | 'loosen' | 'addAccount' | 'officeClears' | 'run';
  const MOVES: Move[] = ['plant', 'rename', 'delete', 'loosen', 'addAccount', 'officeClears', 'run'];

  /** The unit's move; Google refuses some, and a refusal is part of the game. */
  function unitMove(rt: Runtime, move: Move): void {
    const register = (ss: Spreadsheet) => ss.getSheetByName('Sổ địa chỉ');
    const attempt = (fn: (ss: Spreadsheet) => unknown) => {
      try {
        as(rt, UNIT_USER, fn);
      } catch {
        // refused by Google's rules
      }
    };
    if (move === 'plant' && !as(rt, UNIT_USER, register)) plantRegister(rt, true);
    if (move === 'rename') attempt((ss) => register(ss)?.setName('Sổ cũ'));
    if (move === 'delete') attempt((ss) => register(ss) && ss.deleteSheet(register(ss)!));
    if (move === 'loosen') attempt((ss) => register(ss)?.protect().setWarningOnly(true));
    if (move === 'addAccount') attempt((ss) => ss.getSheetByName('Tài khoản hiện có')!.appendRow([THIEF]));
  }

  /** Văn phòng removes a register the add-on did not make, as the refusal asks. */
  function officeClears(rt: Runtime): void {
    const ids = JSON.parse(rt.properties.document.ownedSheets ?? '{}') as Record<string, number>;
    const sheet = rt.spreadsheet.sheetNamed('Sổ địa chỉ');
    if (sheet && sheet.store.id !== ids['Sổ địa chỉ'])
      as(rt, VP2, (ss) => ss.deleteSheet(ss.getSheetByName('Sổ địa chỉ')!));
  }

  it('never lets an address the add-on did not register leave the workbook, nor loosens Văn phòng’s protections', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...MOVES), { minLength: 1, maxLength: 8 }), (moves) => {
        const rt = shared();
        for (const move of [...moves, 'officeClears' as Move, 'run' as Move]) {
          if (move === 'officeClears') officeClears(rt);
          else if (move !== 'run') unitMove(rt, move);
          else {
            const files = rt.drive.files.length;
            const run = rt.run<Outcome>('menuRunAll', [], { as: 'menu', user: VP2 });
            if (!run.ok) {
              expect(run.message).toBe(REGISTER_TEXT.planted);
              expect(rt.drive.files.length).toBe(files);
              continue;
            }
            const owned = rt.workbook().sheets.find((s) => s.name === 'Sổ địa chỉ')!;
            expect(owned.protections).toEqual([
              expect.objectContaining({ warningOnly: false, mirrorsSpreadsheet: false }),
            ]);
            expect(owned.protections![0].editors.every((e) => [OWNER, VP2].includes(e))).toBe(true);
            const registered = new Set(
              values(rt.workbook(), 'Sổ địa chỉ')
                .slice(1)
                .map((r) => String(r[0])),
            );
            const left = whatLeft(rt);
            for (const a of left.addresses) if (!a.startsWith('daumoi')) expect(registered.has(a)).toBe(true);
            expect(left.addresses.has(THIEF)).toBe(false);
            expect(left.shares.join(' ')).not.toContain(UNIT_USER);
          }
        }
      }),
      { numRuns: 12 },
    );
  });
});
