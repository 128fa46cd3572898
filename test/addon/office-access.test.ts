/**
 * The Văn phòng side of access: a shared-drive workbook (no owner) run by the accounts fixed at
 * deploy time, one hourly check per document whoever switches it, resumed runs within the
 * published add-on's trigger rules, their links left in Nhật ký and as a notice, and digests at
 * most once a day per focal person.
 */
import fc from 'fast-check';
import { ACCESS } from '../../src/i18n/access';
import { bundleWith, VIETNAMESE } from './access-helpers';
import { makeWorkbook, rosterRow, SETTINGS_FORM, values } from './fixtures';
import { OWNER, startRuntime, UNIT_USER, type Runtime } from './runtime';

const VP = OWNER;
const VP2 = 'chuyenvien.vp@haiphong.edu.vn';

const SETTINGS = SETTINGS_FORM;

type Outcome = { ok: boolean; message?: string; enabled?: boolean; pending?: boolean; retired?: boolean };

const sheetApp = (rt: Runtime) =>
  (rt.globals as unknown as { SpreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp }).SpreadsheetApp;

function setCell(rt: Runtime, row: number, column: number, value: string): void {
  sheetApp(rt).getActive().getSheetByName('Danh sách')!.getRange(row, column).setValue(value);
}

/** The published add-on on a roster big enough that assigning addresses pauses and resumes later. */
function slowAddon(officeAccounts: string[] = []): Runtime {
  const rt = startRuntime(makeWorkbook({ rows: 300 }), {
    deployment: 'addon',
    costModel: { 'Range.setValues': 120_000 },
  });
  rt.loadBundle(bundleWith({ target: 'addon', officeAccounts }));
  return rt;
}

/** An hour goes by and what falls due fires. */
function hour(rt: Runtime): void {
  rt.clock.advance(3_600_001);
  rt.triggers.fireDue();
}

/** Time goes by a step at a time, firing what falls due, at most `steps` times, until the paused job is done. */
function untilJobDone(rt: Runtime, steps: number, stepMs = 3_600_001): void {
  for (let i = 0; i < steps && rt.properties.document.job; i++) {
    rt.clock.advance(stepMs);
    rt.triggers.fireDue();
  }
}

describe('a workbook in a shared drive (getOwner() is null)', () => {
  it('is set up and run by the Văn phòng accounts fixed at deploy time, and by those they list', () => {
    const rt = startRuntime(makeWorkbook({ rows: 30 }), { sharedDrive: true });
    rt.loadBundle(bundleWith({ target: 'bound', officeAccounts: [VP] }));
    expect(rt.scriptRun(VP, 'getSettings')).toMatchObject({ canEdit: true });
    expect(rt.scriptRun(VP, 'saveSettings', [{ ...SETTINGS, allowedUsers: VP2 }])).toMatchObject({ ok: true });
    expect(rt.run<Outcome>('menuRunAll', [], { as: 'menu', user: VP })).toMatchObject({ ok: true, pending: false });
    // Six exports and Văn phòng's hand-over list, all the runner's own.
    expect(rt.drive.files.map((f) => f.owner)).toEqual(Array(7).fill(VP));
    expect(rt.run<Outcome>('menuCheckAll', [], { as: 'menu', user: VP2 })).toMatchObject({ ok: true });
    expect(rt.run<Outcome>('menuToggleAutoCheck', [], { as: 'menu', user: VP2 })).toMatchObject({ enabled: true });
  });

  it('is not run or configured by a unit editor, who cannot add themselves either', () => {
    const rt = startRuntime(makeWorkbook({ rows: 30 }), { sharedDrive: true });
    rt.loadBundle(bundleWith({ target: 'bound', officeAccounts: [VP] }));
    expect(rt.scriptRun(UNIT_USER, 'getSettings')).toMatchObject({ canEdit: false });
    const takeover = rt.scriptRun<Outcome>(UNIT_USER, 'saveSettings', [{ ...SETTINGS, allowedUsers: UNIT_USER }]);
    expect(takeover).toMatchObject({ ok: false, message: expect.stringMatching(VIETNAMESE) });
    const run = rt.run<Outcome>('menuCheckAll', [], { as: 'menu', user: UNIT_USER });
    expect(run).toMatchObject({ ok: false, message: expect.stringMatching(VIETNAMESE) });
    expect(rt.properties.document.settings).toBeUndefined();
  });

  it('without accounts fixed at deploy time, says so instead of blaming the user', () => {
    const rt = startRuntime(makeWorkbook({ rows: 5 }), { sharedDrive: true });
    rt.loadBundle(bundleWith({ target: 'bound', officeAccounts: [] }));
    const refused = rt.run<Outcome>('menuCheckAll', [], { as: 'menu', user: VP });
    expect(refused).toMatchObject({ ok: false, message: ACCESS.noOwnerNoOffice });
    expect(rt.ui.alerts.map((a) => a.message)).toContain(ACCESS.noOwnerNoOffice);
  });
});

describe('one hourly check per document, whoever switches it', () => {
  const timedTriggers = (rt: Runtime) => rt.triggers.list.filter((t) => t.handler === 'onTimedCheck');

  it('a second Văn phòng account switches off the first one’s check, and the old timer retires itself', () => {
    const rt = startRuntime(makeWorkbook({ rows: 20 }));
    rt.scriptRun(VP, 'saveSettings', [{ ...SETTINGS, allowedUsers: VP2 }]);
    expect(rt.run<Outcome>('menuToggleAutoCheck', [], { as: 'menu', user: VP })).toMatchObject({ enabled: true });
    const off = rt.run<Outcome>('menuToggleAutoCheck', [], { as: 'menu', user: VP2 });
    expect(off).toMatchObject({ enabled: false });
    expect(rt.ui.alerts.at(-1)?.message).toBe(ACCESS.autoOffOther(VP));
    rt.clock.advance(3_600_001);
    expect(rt.triggers.fireDue().map((f) => f.result)).toEqual([expect.objectContaining({ retired: true })]);
    expect(timedTriggers(rt)).toHaveLength(0);
    expect(values(rt.workbook(), 'Danh sách')[0]).not.toContain('Trạng thái');
  });

  it('for any sequence of toggles by two accounts, exactly the switched-on state runs, once an hour', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constant('VP'), fc.constant('VP2'), fc.constant('hour')), { minLength: 1, maxLength: 8 }),
        (steps) => {
          const rt = startRuntime(makeWorkbook({ rows: 8 }));
          rt.scriptRun(VP, 'saveSettings', [{ ...SETTINGS, allowedUsers: VP2 }]);
          let on = false;
          for (const step of [...steps, 'hour']) {
            if (step === 'hour') {
              rt.clock.advance(3_600_001);
              const checks = rt.triggers
                .fireDue()
                .filter((f) => f.handler === 'onTimedCheck' && !(f.result as Outcome).retired);
              expect(checks).toHaveLength(on ? 1 : 0);
              expect(timedTriggers(rt)).toHaveLength(on ? 1 : 0);
            } else {
              const r = rt.run<Outcome>('menuToggleAutoCheck', [], { as: 'menu', user: step === 'VP' ? VP : VP2 });
              on = !on;
              expect(r.enabled).toBe(on);
            }
          }
        },
      ),
      { numRuns: 15 },
    );
  });
});

describe('a long job in the published add-on (one timer per user per document, at most hourly)', () => {
  it('resumes by a one-off timer an hour later, and its runner may carry it on sooner from the menu', () => {
    const rt = slowAddon();
    expect(rt.run<Outcome>('menuAssignAddresses', [], { as: 'menu', user: VP }).pending).toBe(true);
    expect(rt.triggers.list.map((t) => t.handler)).toEqual(['onResumeJob']);
    rt.clock.advance(10 * 60_000);
    expect(rt.triggers.fireDue()).toEqual([]);
    // Another account is told to wait; the runner carries on at once.
    expect(rt.run<Outcome>('menuCheckAll', [], { as: 'menu', user: VP2 })).toMatchObject({ ok: false });
    const carried = rt.run<Outcome>('menuCheckAll', [], { as: 'menu', user: VP });
    expect(rt.ui.alerts.map((a) => a.message)).toContain(ACCESS.continuing);
    expect(carried.ok).toBe(true);
    for (let i = 0; i < 6 && JSON.stringify(rt.properties.document).includes('"job"'); i++) hour(rt);
    expect(rt.properties.document.job).toBeUndefined();
    expect(rt.triggers.failures).toEqual([]);
    expect(values(rt.workbook(), 'Nhật ký').length).toBeGreaterThanOrEqual(2);
  });

  it('with its runner’s hourly check on, makes no second timer: the check carries the job on', () => {
    const rt = slowAddon();
    rt.run('menuToggleAutoCheck', [], { as: 'menu', user: VP });
    expect(rt.run<Outcome>('menuAssignAddresses', [], { as: 'menu', user: VP }).pending).toBe(true);
    expect(rt.triggers.list.map((t) => t.handler)).toEqual(['onTimedCheck']);
    untilJobDone(rt, 6);
    expect(rt.properties.document.job).toBeUndefined();
    expect(rt.triggers.failures).toEqual([]);
    const log = values(rt.workbook(), 'Nhật ký');
    expect(log.some((r) => r[2] === 'Cấp địa chỉ')).toBe(true);
  });
});

describe('a paused job that counted on its runner’s hourly check', () => {
  it('still finishes when another Văn phòng account switches the check off', () => {
    const rt = slowAddon([VP, VP2]);
    rt.run('menuToggleAutoCheck', [], { as: 'menu', user: VP });
    expect(rt.run<Outcome>('menuAssignAddresses', [], { as: 'menu', user: VP }).pending).toBe(true);
    expect(rt.run<Outcome>('menuToggleAutoCheck', [], { as: 'menu', user: VP2 })).toMatchObject({ enabled: false });
    untilJobDone(rt, 8);
    expect(rt.properties.document.job).toBeUndefined();
    expect(rt.triggers.failures).toEqual([]);
    expect(rt.triggers.list.filter((t) => t.handler === 'onTimedCheck')).toEqual([]);
  });

  it('still finishes when its runner switches the check off', () => {
    const rt = slowAddon([VP]);
    rt.run('menuToggleAutoCheck', [], { as: 'menu', user: VP });
    rt.run('menuAssignAddresses', [], { as: 'menu', user: VP });
    rt.run('menuToggleAutoCheck', [], { as: 'menu', user: VP });
    expect(rt.triggers.list.map((t) => t.handler)).toEqual(['onResumeJob']);
    untilJobDone(rt, 8);
    expect(rt.properties.document.job).toBeUndefined();
    expect(rt.triggers.failures).toEqual([]);
  });
});

describe('a run finished by its trigger', () => {
  it('leaves its file links in Nhật ký and shows them to its runner the next time the menu is used, once', () => {
    const rt = startRuntime(makeWorkbook({ rows: 60 }), { costModel: { 'Range.setValues': 120_000 } });
    expect(rt.run<Outcome>('menuRunAll', [], { as: 'menu', user: VP }).pending).toBe(true);
    untilJobDone(rt, 6, 120_000);
    // Google Workspace, Entra, Zimbra, eOffice, signatures and the findings (beside Văn phòng's hand-over list).
    const exports = rt.drive.files.filter((f) => !f.name.includes('ban-giao-'));
    expect(exports).toHaveLength(6);
    const urls = exports.map((f) => f.url);
    const note = String(values(rt.workbook(), 'Nhật ký').at(-1)?.[7]);
    for (const f of exports) expect(note).toContain(f.name);
    for (const u of urls) expect(note).toContain(u);

    // A unit editor is refused before any notice is shown.
    rt.run('menuBuildReport', [], { as: 'menu', user: UNIT_USER });
    expect(rt.ui.dialogs.filter((d) => d.title === ACCESS.noticeTitle)).toHaveLength(0);
    rt.run('menuBuildReport', [], { as: 'menu', user: VP });
    const notices = rt.ui.dialogs.filter((d) => d.title === ACCESS.noticeTitle);
    expect(notices).toHaveLength(1);
    for (const u of urls) expect(notices[0].html).toContain(u);
    rt.run('menuBuildReport', [], { as: 'menu', user: VP });
    rt.run('menuShowSettings', [], { as: 'menu', user: VP });
    expect(rt.ui.dialogs.filter((d) => d.title === ACCESS.noticeTitle)).toHaveLength(1);
  });

  it('shows its notice when its runner opens Cài đặt first', () => {
    const rt = startRuntime(makeWorkbook({ rows: 60 }), { costModel: { 'Range.setValues': 120_000 } });
    expect(rt.run<Outcome>('menuAssignAddresses', [], { as: 'menu', user: VP }).pending).toBe(true);
    untilJobDone(rt, 6, 120_000);
    rt.run('menuShowSettings', [], { as: 'menu', user: VP });
    const notices = rt.ui.dialogs.filter((d) => d.title === ACCESS.noticeTitle);
    expect(notices).toHaveLength(1);
    expect(notices[0].html).toContain('Cấp địa chỉ');
  });
});

describe('focal-person digests', () => {
  function notifying(options: Record<string, unknown> = {}, sameFocal = false) {
    const wb = makeWorkbook({ rows: 120, focalEmails: true });
    if (sameFocal) {
      const summary = wb.sheets.find((s) => s.name === 'Tổng hợp')!;
      summary.rows[2]![6] = { value: 'daumoi1@haiphong.edu.vn' };
    }
    const roster = wb.sheets.find((s) => s.name === 'Danh sách')!;
    roster.rows[5]![9] = { value: '0123', numberFormat: '@' }; // unit 1
    roster.rows[70]![9] = { value: '999', numberFormat: '@' }; // unit 2
    const rt = startRuntime(wb, options);
    rt.scriptRun(VP, 'saveSettings', [{ ...SETTINGS, notifyFocalPersons: true }]);
    rt.run('menuToggleAutoCheck', [], { as: 'menu', user: VP });
    return rt;
  }

  it('go at most once a day to each focal person, however often the list changes', () => {
    const rt = notifying();
    hour(rt);
    expect(rt.mail.sent.map((m) => m.to).sort()).toEqual(['daumoi1@haiphong.edu.vn', 'daumoi2@haiphong.edu.vn']);
    for (let h = 0; h < 5; h++) {
      setCell(rt, 10 + h, 10, `012${h}`);
      hour(rt);
    }
    expect(rt.mail.sent).toHaveLength(2);
    expect(String(values(rt.workbook(), 'Nhật ký').at(-1)?.[7])).toContain(ACCESS.focalAlreadyToday(2));
    // The hourly check runs as, and is logged under, the account that switched it on.
    expect(values(rt.workbook(), 'Nhật ký').at(-1)?.[1]).toBe(VP);
    // The next day (Hai Phong time), a change sends again.
    rt.clock.advance(24 * 3_600_000);
    setCell(rt, 30, 10, '0999');
    hour(rt);
    expect(rt.mail.sent).toHaveLength(4);
  });

  it('fit a unit with thousands of rows to fix into one mail within the 200 KB body limit', () => {
    const first = rosterRow(0);
    // A digest line is a row number and a count (about 32 bytes): 4,000 of them pass the lines' 100 KB share.
    const rows = Array.from({ length: 4000 }, (_, i) => {
      const row = rosterRow(i);
      [row[1], row[2]] = [first[1], first[2]]; // one school
      [row[8], row[9], row[10]] = ['12345', '0123', 'khong-phai-email']; // CCCD, phone, e-mail all wrong
      return row;
    });
    const rt = startRuntime(makeWorkbook({ rows, focalEmails: true }));
    rt.scriptRun(VP, 'saveSettings', [{ ...SETTINGS, notifyFocalPersons: true }]);
    rt.run('menuToggleAutoCheck', [], { as: 'menu', user: VP });
    hour(rt);
    expect(rt.triggers.failures).toEqual([]);
    expect(rt.mail.sent).toHaveLength(1);
    const body = rt.mail.sent[0].body;
    expect(Buffer.byteLength(body)).toBeLessThanOrEqual(200 * 1024);
    expect(body).toContain('Dòng 2:');
    expect(body).toMatch(/và \d+ dòng khác/);
  });

  it('go as one mail to a person who is focal for two units', () => {
    const rt = notifying({}, true);
    hour(rt);
    expect(rt.mail.sent).toHaveLength(1);
    expect(rt.mail.sent[0].body).toContain('Dòng 6');
    expect(rt.mail.sent[0].body).toContain('Dòng 71');
  });

  it('stop at the account’s remaining daily quota and say so in Nhật ký', () => {
    const rt = notifying({ limits: { mailRecipientsPerDay: 1 } });
    hour(rt);
    expect(rt.mail.sent).toHaveLength(1);
    expect(String(values(rt.workbook(), 'Nhật ký').at(-1)?.[7])).toContain('Hết hạn mức');
    expect(rt.triggers.failures).toEqual([]);
  });

  it('a Workspace account has 1,500 recipients a day', () => {
    const rt = notifying({ account: 'workspace' });
    expect(rt.mail.remaining()).toBe(1500);
    hour(rt);
    expect(rt.mail.remaining()).toBe(1498);
  });
});
