/**
 * Personal data stays on its own row and in export files; faults leave the workbook
 * consistent; only Văn phòng may change or export.
 */
import { tablePlace } from '../helpers/form-sheet';
import { join } from 'node:path';
import { createGasRuntime } from '../../src/local/gas';
import type { WorkbookData } from '../../src/local/workbook-data';
import { readXlsx } from '../../src/local/xlsx/read';
import { ensureBuilt } from '../helpers/build-once';
import { CHANGING_ACTIONS, OWNER, UNIT_USER, userCells } from './helpers';

const SAMPLE = join(__dirname, '..', '..', 'sample', 'mau-dang-ky.xlsx');
const BUILD = join(__dirname, '..', '..', 'build');
let sample: WorkbookData;

beforeAll(async () => {
  ensureBuilt();
  sample = await readXlsx(SAMPLE);
});

function start(options: { user?: string; costModel?: Record<string, number> } = {}) {
  const rt = createGasRuntime({
    workbook: structuredClone(sample),
    owner: OWNER,
    user: options.user ?? OWNER,
    now: new Date('2025-09-05T09:00:00+07:00'),
    costModel: options.costModel,
  });
  rt.loadBundle(BUILD);
  return rt;
}

function column(wb: WorkbookData, sheet: string, header: string): string[] {
  const s = wb.sheets.find((x) => x.name === sheet)!;
  // The sample is laid out as the department's form: title rows above the header.
  const { headerAt, firstAt } = tablePlace(s);
  const c = s.rows[headerAt].findIndex((cell) => cell?.value === header);
  return s.rows.slice(firstAt).map((r) => String(r?.[c]?.value ?? ''));
}

describe('personal data', () => {
  it('CCCD, dates of birth and phones never reach Nhật ký, logs, alerts or toasts; passwords live only in export files', () => {
    const rt = start();
    for (const action of CHANGING_ACTIONS) rt.run(action, [], { as: 'menu' });
    const wb = rt.workbook();
    const cccd = column(wb, 'Danh sách', 'Số CCCD').filter((v) => v.length >= 11);
    const phones = column(wb, 'Danh sách', 'Số điện thoại').filter((v) => v.replace(/\D/g, '').length >= 9);
    const dobs = wb.sheets
      .find((s) => s.name === 'Danh sách')!
      .rows.slice(1)
      .map((r) => r?.[4]?.value)
      .filter((v): v is Date => v instanceof Date);
    expect(cccd.length).toBeGreaterThan(300);
    const log = JSON.stringify(wb.sheets.find((s) => s.name === 'Nhật ký')!.rows.map((r) => r?.map((c) => c?.value)));
    const elsewhere = [
      log,
      rt.logs.join('\n'),
      JSON.stringify(rt.ui.alerts),
      JSON.stringify(rt.ui.toasts),
      JSON.stringify(rt.ui.dialogs),
      JSON.stringify(rt.properties.document),
    ].join('\n');
    for (const value of [...cccd, ...phones]) expect(elsewhere).not.toContain(value);
    for (const d of dobs.slice(0, 50))
      expect(elsewhere).not.toContain(
        `${String(d.getDate()).padStart(2, '0')}/${String(d.getMonth() + 1).padStart(2, '0')}/${d.getFullYear()}`,
      );

    const google = rt.drive.files.find((f) => f.name.endsWith('google-workspace.csv'))!;
    const passwords = google.content
      .split('\r\n')
      .slice(1, 40)
      .map((l) => l.split(',')[3])
      .filter(Boolean);
    expect(passwords.length).toBeGreaterThan(10);
    const workbookText = JSON.stringify(rt.workbook());
    for (const p of passwords) {
      expect(workbookText).not.toContain(p);
      expect(elsewhere).not.toContain(p);
    }
  });

  it('a note the add-on puts on a row speaks only of that row', () => {
    const rt = start();
    rt.run('menuCheckAll', [], { as: 'menu' });
    const roster = rt.workbook().sheets.find((s) => s.name === 'Danh sách')!;
    const cccdColumn = roster.rows[0].findIndex((c) => c?.value === 'Số CCCD');
    const byRow = roster.rows.map((r) => String(r?.[cccdColumn]?.value ?? ''));
    roster.rows.forEach((row, r) =>
      row?.forEach((cell) => {
        if (!cell?.note) return;
        for (const [other, cccd] of byRow.entries())
          if (other !== r && cccd.length >= 11) expect(cell.note).not.toContain(cccd);
      }),
    );
  });
});

describe('who may do what', () => {
  it('a unit account is refused every action that changes the workbook or exports, and nothing changes', () => {
    const rt = start({ user: UNIT_USER });
    const before = JSON.stringify(rt.workbook());
    for (const action of CHANGING_ACTIONS) {
      const r = rt.run<{ ok: boolean; message: string }>(action, [], { as: 'menu', user: UNIT_USER });
      expect({ action, ok: r.ok }).toEqual({ action, ok: false });
      expect(r.message).toMatch(/Văn phòng|chủ sở hữu|quyền/);
    }
    for (const target of ['menuExportGoogle', 'menuAssignAddresses', 'saveSettings']) {
      const r = rt.run<{ ok: boolean }>(
        target,
        [
          {
            domain: 'evil.example',
            addressPattern: '{given}',
            deadline: '',
            allowedUsers: UNIT_USER,
            notifyFocalPersons: false,
          },
        ],
        { as: 'scriptRun', user: UNIT_USER },
      );
      expect({ target, ok: r.ok }).toEqual({ target, ok: false });
    }
    expect(rt.drive.files).toHaveLength(0);
    expect(JSON.stringify(rt.workbook())).toBe(before);
  });
});

describe('faults', () => {
  it('a run killed in the middle of its writes leaves the workbook consistent and the next run finishes the job', () => {
    const reference = start();
    reference.run('menuAssignAddresses', [], { as: 'menu' });
    // The first write takes Google past the 6-minute limit: the run dies at its next call.
    const rt = start({ costModel: { 'Range.setValues': 400_000 } });
    const before = userCells(rt.workbook());
    expect(() => rt.run('menuAssignAddresses', [], { as: 'menu' })).toThrow('Exceeded maximum execution time');
    const rerun = createGasRuntime({
      workbook: rt.workbook(),
      owner: OWNER,
      user: OWNER,
      now: new Date('2025-09-05T10:00:00+07:00'),
    });
    // The document properties (the register's key, the owned sheets' ids) outlive a killed run, as in Google.
    Object.assign(rerun.properties.document, rt.properties.document);
    rerun.loadBundle(BUILD);
    expect(rerun.run<{ ok: boolean }>('menuAssignAddresses', [], { as: 'menu' }).ok).toBe(true);
    expect(column(rerun.workbook(), 'Danh sách', 'Email công vụ')).toEqual(
      column(reference.workbook(), 'Danh sách', 'Email công vụ'),
    );
    expect(userCells(rerun.workbook())).toEqual(before);
  });

  it('two runs at once: the second is told to try again and changes nothing', () => {
    const rt = start();
    const { LockService } = rt.globals as unknown as { LockService: GoogleAppsScript.Lock.LockService };
    const other = LockService.getDocumentLock();
    expect(other.tryLock(0)).toBe(true);
    const before = JSON.stringify(rt.workbook());
    const r = rt.run<{ ok: boolean; message: string }>('menuAssignAddresses', [], { as: 'menu' });
    expect(r.ok).toBe(false);
    expect(r.message).toMatch(/thử lại/);
    expect(JSON.stringify(rt.workbook())).toBe(before);
    other.releaseLock();
  });

  it('an address is never handed to two people, across two batches and a newcomer namesake in between', () => {
    const rt = start();
    rt.run('menuAssignAddresses', [], { as: 'menu' });
    rt.run('menuExportGoogle', [], { as: 'menu' });
    const { SpreadsheetApp } = rt.globals as unknown as { SpreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp };
    const sheet = SpreadsheetApp.getActive().getSheetByName('Danh sách')!;
    const top = tablePlace(rt.workbook().sheets.find((s) => s.name === 'Danh sách')!).firstAt + 1;
    const firstPerson = sheet.getRange(top, 1, 1, 14).getValues()[0];
    const namesake = [...firstPerson];
    namesake[4] = new Date(1999, 0, 1);
    namesake[7] = '3199999999';
    namesake[8] = '';
    // A newcomer the sector database knows, so nothing but the name holds them back.
    SpreadsheetApp.getActive()
      .getSheetByName('CSDL ngành')!
      .appendRow(['3199999999', namesake[3], namesake[4], namesake[5], namesake[2], namesake[1], namesake[6], '']);
    sheet.insertRowsBefore(top, 1);
    sheet.getRange(top, 1, 1, 14).setValues([namesake]);
    rt.run('menuAssignAddresses', [], { as: 'menu' });
    rt.run('menuExportGoogle', [], { as: 'menu' });
    const exports = rt.drive.files.filter((f) => f.name.endsWith('google-workspace.csv'));
    const [first, second] = exports.map(
      (f) =>
        new Map(
          f.content
            .replace(/^\uFEFF/, '')
            .split('\r\n')
            .slice(1)
            .filter(Boolean)
            .map((l) => {
              const c = l.split(',');
              return [c[2], `${c[0]} ${c[1]} ${c[5]}`];
            }),
        ),
    );
    // The second export is batch 2: the newcomer alone, under an address no one of batch 1 holds.
    expect(first.size).toBeGreaterThan(300);
    expect(second.size).toBe(1);
    const [newcomer] = [...second.keys()];
    expect(first.has(newcomer)).toBe(false);
    expect(newcomer).toMatch(/^[a-z]+\d+@haiphong\.edu\.vn$/);
    expect(second.get(newcomer)).toContain(String(namesake[3]).split(' ').at(-1));
  });
});
