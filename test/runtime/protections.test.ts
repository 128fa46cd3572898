/**
 * Protections in the local runtime, rule by rule as Google's reference states them
 * (src/local/gas/protection.ts cites each): a new protection protects nothing until its
 * editors change, the owner and the current user stay editors, only a protection's editors
 * read or change it, a warning-only one only warns, and a protected sheet keeps its name,
 * rows and existence against everyone else.
 */
import { createGasRuntime } from '../../src/local/gas';
import { oneSheetWorkbook } from '../helpers/one-sheet-workbook';

type Services = { SpreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp };
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

const OWNER = 'vanphong.sogddt@haiphong.edu.vn';
const OFFICE = 'chuyenvien.vp@haiphong.edu.vn';
const UNIT = 'thcs.lechan@haiphong.edu.vn';
const PROTECTED = /protected cell or object/;
const DENIED = /You do not have permission/;
const SHEET = 'SHEET' as unknown as GoogleAppsScript.Spreadsheet.ProtectionType;

function start() {
  const rt = createGasRuntime({
    workbook: oneSheetWorkbook([
      [{ value: 'Email công vụ' }, { value: 'Người được cấp' }],
      [{ value: 'an.nv@haiphong.edu.vn' }, { value: 'Nguyễn Văn An' }],
    ]),
    owner: OWNER,
    user: OWNER,
    editors: [OFFICE, UNIT],
    now: new Date('2025-09-05T09:00:00+07:00'),
  });
  const { SpreadsheetApp } = rt.globals as unknown as Services;
  /** Runs `fn` as `user`, on that user's view of the sheet. */
  const as = <T>(user: string, fn: (sheet: Sheet, ss: GoogleAppsScript.Spreadsheet.Spreadsheet) => T): T => {
    const previous = rt.env.current;
    rt.env.current = rt.env.newExecution('external', user);
    try {
      const ss = SpreadsheetApp.getActive();
      return fn(ss.getSheetByName('Danh sách')!, ss);
    } finally {
      rt.env.current = previous;
    }
  };
  return { rt, as };
}

/** The office's way to protect a sheet for itself: the reference's example, then the editors it wants. */
function protectForOffice(sheet: Sheet): GoogleAppsScript.Spreadsheet.Protection {
  const p = sheet.protect();
  p.removeEditors(p.getEditors());
  p.addEditors([OFFICE]);
  if (p.canDomainEdit()) p.setDomainEdit(false);
  return p;
}

describe('protections as Google documents them', () => {
  it('a new protection mirrors the spreadsheet’s editors: it protects nothing until its editors change', () => {
    const { as } = start();
    const p = as(OWNER, (s) => s.protect());
    expect(p.getEditors().map((u) => u.getEmail())).toEqual([OWNER, OFFICE, UNIT]);
    expect(() => as(UNIT, (s) => s.getRange('B2').setValue('đã sửa'))).not.toThrow();
    p.removeEditor(UNIT);
    expect(() => as(UNIT, (s) => s.getRange('B2').setValue('sửa lần nữa'))).toThrow(PROTECTED);
    expect(as(OFFICE, (s) => s.getRange('B2').getValue())).toBe('đã sửa');
  });

  it('Sheet.protect() returns the existing protection of a protected sheet, never a second one', () => {
    const { as } = start();
    const first = as(OWNER, (s) => protectForOffice(s).setDescription('Chỉ Văn phòng'));
    const again = as(OWNER, (s) => s.protect());
    expect(again.getDescription()).toBe('Chỉ Văn phòng');
    expect(as(OWNER, (s) => s.getProtections(SHEET))).toHaveLength(1);
    expect(first.getEditors().map((u) => u.getEmail())).toEqual([OWNER, OFFICE]);
  });

  it('neither the owner nor the current user can be removed', () => {
    const { as } = start();
    const p = as(OFFICE, (s) => s.protect());
    as(OFFICE, () => p.removeEditors([OWNER, OFFICE, UNIT]));
    expect(as(OFFICE, () => p.getEditors().map((u) => u.getEmail()))).toEqual([OWNER, OFFICE]);
  });

  it('getEditors() and canDomainEdit() throw for a user who cannot edit the protected sheet', () => {
    const { as } = start();
    as(OWNER, (s) => protectForOffice(s));
    expect(() => as(UNIT, (s) => s.getProtections(SHEET)[0].getEditors())).toThrow(DENIED);
    expect(() => as(UNIT, (s) => s.getProtections(SHEET)[0].canDomainEdit())).toThrow(DENIED);
    expect(as(UNIT, (s) => s.getProtections(SHEET)[0].canEdit())).toBe(false);
  });

  it('only a protection’s editors may change or remove it: a unit cannot add itself, loosen it or lift it', () => {
    const { as } = start();
    as(OWNER, (s) => protectForOffice(s));
    const mine = (s: Sheet) => s.protect();
    expect(() => as(UNIT, (s) => mine(s).addEditor(UNIT))).toThrow(DENIED);
    expect(() => as(UNIT, (s) => mine(s).setWarningOnly(true))).toThrow(DENIED);
    expect(() => as(UNIT, (s) => mine(s).setDomainEdit(true))).toThrow(DENIED);
    expect(() => as(UNIT, (s) => mine(s).setDescription('của đơn vị'))).toThrow(DENIED);
    expect(() => as(UNIT, (s) => mine(s).remove())).toThrow(DENIED);
    const after = as(OWNER, (s) => s.getProtections(SHEET));
    expect(after).toHaveLength(1);
    expect(after[0].getEditors().map((u) => u.getEmail())).toEqual([OWNER, OFFICE]);
    expect(after[0].isWarningOnly()).toBe(false);
    expect(() => as(UNIT, (s) => s.getRange('A2').setValue('ke.gian@haiphong.edu.vn'))).toThrow(PROTECTED);
  });

  it('a warning-only protection only warns: its editor list is not used and every editor may change it', () => {
    const { as } = start();
    as(UNIT, (s) => {
      const p = s.protect();
      p.removeEditors(p.getEditors());
      p.setWarningOnly(true);
    });
    const p = as(OFFICE, (s) => s.getProtections(SHEET)[0]);
    expect(as(OFFICE, () => p.getEditors())).toEqual([]);
    expect(() => as(OFFICE, (s) => s.getRange('B2').setValue('Văn phòng sửa'))).not.toThrow();
    expect(() => as(UNIT, (s) => s.getRange('B2').setValue('đơn vị sửa'))).not.toThrow();
    // Back from warning-only, the editors are every editor of the spreadsheet.
    as(OFFICE, () => p.setWarningOnly(false));
    expect(as(OFFICE, () => p.getEditors().map((u) => u.getEmail()))).toEqual([OWNER, OFFICE, UNIT]);
  });

  it('non-editors cannot rename, clear, insert into, delete rows of, or delete a protected sheet', () => {
    const { rt, as } = start();
    as(OWNER, (s, ss) => {
      protectForOffice(s);
      ss.insertSheet('Nháp');
    });
    const attempts: [string, (s: Sheet, ss: GoogleAppsScript.Spreadsheet.Spreadsheet) => unknown][] = [
      ['rename', (s) => s.setName('Sổ cũ')],
      ['clear', (s) => s.clear()],
      ['clear contents', (s) => s.clearContents()],
      ['insert rows', (s) => s.insertRowsAfter(1, 2)],
      ['insert columns', (s) => s.insertColumnsBefore(1, 1)],
      ['delete rows', (s) => s.deleteRows(2, 1)],
      ['append a row', (s) => s.appendRow(['ke.gian@haiphong.edu.vn', 'Kẻ Gian'])],
      ['delete the sheet', (s, ss) => ss.deleteSheet(s)],
    ];
    const before = JSON.stringify(rt.workbook());
    const allowed = attempts
      .filter(([, attempt]) => {
        try {
          as(UNIT, attempt);
          return true;
        } catch (e) {
          return !PROTECTED.test(String(e));
        }
      })
      .map(([what]) => what);
    expect(allowed).toEqual([]);
    expect(JSON.stringify(rt.workbook())).toBe(before);
    // The protection's editors still may.
    as(OFFICE, (s) => s.insertRowsAfter(1, 1));
    expect(as(OFFICE, (s) => s.getMaxRows())).toBeGreaterThan(0);
    as(OFFICE, (s) => s.setName('Sổ mới'));
    expect(rt.workbook().sheets.map((s) => s.name)).toContain('Sổ mới');
  });
});
