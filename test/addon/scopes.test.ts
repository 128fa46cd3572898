/**
 * Every Apps Script call the built bundle makes is allowed by the built manifest's scopes
 * (build/appsscript.json) and by the authorisation mode it runs in, and every called
 * method is in Google's reference table or is a stated decision of the runtime.
 */
import { createGasRuntime } from '../../src/local/gas';
import { referenceScopes, UNLISTED_SCOPES } from '../../src/local/gas/scopes';
import { SCOPE_GROUPS } from '../../src/local/gas/scopes.generated';
import { makeWorkbook, registrationForm, SETTINGS_FORM } from './fixtures';
import { CHANGING_ACTIONS } from '../security/helpers';
import { OWNER, startRuntime, UNIT_USER, type Runtime } from './runtime';
import { approveAll } from '../helpers/recipients';

const REFERENCE = new Set(SCOPE_GROUPS.flatMap(([, methods]) => methods));
type G = { SpreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp; DriveApp: GoogleAppsScript.Drive.DriveApp };

/** Every entry point a person, a page or a trigger reaches, the way they reach it. */
function everyAction(rt: Runtime): void {
  rt.run('onOpen', [{ authMode: 'NONE' }], { as: 'simpleTrigger', user: UNIT_USER });
  rt.run('onOpen', [{ authMode: 'LIMITED' }], { as: 'simpleTrigger' });
  rt.run('onInstall', [{ authMode: 'FULL' }], { as: 'menu' });
  rt.run('menuShowRegistrationForm', [], { as: 'menu', user: UNIT_USER });
  rt.run('getRegistrationFormData', [], { as: 'scriptRun', user: UNIT_USER });
  rt.run('validateRegistration', [registrationForm(900, { existingEmail: '', note: '' })], {
    as: 'scriptRun',
    user: UNIT_USER,
  });
  rt.run('submitRegistration', [registrationForm(901, { existingEmail: '', note: '' })], {
    as: 'scriptRun',
    user: UNIT_USER,
  });
  rt.run('menuShowSettings', [], { as: 'menu' });
  rt.run('getSettings', [], { as: 'scriptRun' });
  rt.run('saveSettings', [{ ...SETTINGS_FORM, notifyFocalPersons: true }], { as: 'scriptRun' });
  // Văn phòng's approval of hand-over recipients: the dialog, its list and its decisions.
  rt.run('menuReviewRecipients', [], { as: 'menu' });
  approveAll(rt);
  // Every changing menu action (the hourly-check switch comes after onEdit below), the whole run and the speed measure.
  for (const fn of [...CHANGING_ACTIONS.filter((a) => a !== 'menuToggleAutoCheck'), 'menuRunAll', 'menuMeasureSpeed'])
    rt.run(fn, [], { as: 'menu' });
  const g = rt.globals as unknown as G;
  const range = g.SpreadsheetApp.getActive().getSheetByName('Danh sách')!.getRange(3, 10);
  range.setValue('0912 345 678');
  rt.run(
    'onEdit',
    [{ range, value: '0912 345 678', source: g.SpreadsheetApp.getActive(), user: UNIT_USER, authMode: 'LIMITED' }],
    { as: 'simpleTrigger', user: UNIT_USER },
  );
  rt.run('menuToggleAutoCheck', [], { as: 'menu' });
  rt.clock.advance(3600_000);
  rt.triggers.fireDue();
  rt.run('menuToggleAutoCheck', [], { as: 'menu' });
}

describe('scopes of the built bundle', () => {
  it('every action runs without a refused call, and every method it calls is in the reference table', () => {
    const wb = makeWorkbook({ rows: 150, focalEmails: true });
    // A bad phone, so the hourly check has a unit to mail.
    wb.sheets.find((s) => s.name === 'Danh sách')!.rows[5]![9] = { value: '0123', numberFormat: '@' };
    const rt = startRuntime(wb);
    everyAction(rt);
    // A long job that pauses and resumes from its one-off trigger.
    // Slow writes so that the run pauses between steps; a step (owned columns, their headers, the register) still fits one execution.
    const paused = startRuntime(makeWorkbook({ rows: 300 }), { costModel: { 'Range.setValues': 100_000 } });
    expect(paused.run('menuAssignAddresses', [], { as: 'menu' })).toMatchObject({ pending: true });
    for (let i = 0; i < 5 && paused.triggers.list.length > 0; i++) {
      paused.clock.advance(120_000);
      paused.triggers.fireDue();
    }
    expect(paused.triggers.failures).toEqual([]);

    const called = new Set([...Object.keys(rt.calls.byMethod()), ...Object.keys(paused.calls.byMethod())]);
    expect(rt.refusals).toEqual([]);
    expect(paused.refusals).toEqual([]);
    expect(rt.mail.sent.length).toBeGreaterThan(0);
    const outside = [...called].filter((m) => !REFERENCE.has(m));
    // Only the stated decisions (the Drive advanced service, from the Drive API reference):
    // exports and hand-over lists are created (a batch's files are never rewritten) and shared with a focal person.
    expect(outside.every((m) => m in UNLISTED_SCOPES)).toBe(true);
    expect(outside.sort()).toEqual(['Drive.Files.create', 'Drive.Permissions.create']);
    for (const method of called) expect(referenceScopes(method)).toBeDefined();
    // Exports go through Drive.Files.create under drive.file, never DriveApp.
    expect([...called].filter((m) => m.startsWith('DriveApp.') || m.startsWith('File.'))).toEqual([]);
    expect(rt.manifest.oauthScopes).not.toContain('https://www.googleapis.com/auth/drive');
  });

  it('the DriveApp.createFile the exports used before is refused under this manifest, with Google’s text', () => {
    const rt = createGasRuntime({ owner: OWNER, user: OWNER });
    let error: unknown;
    try {
      (rt.globals as unknown as G).DriveApp.createFile('a.csv', 'x', 'text/csv');
    } catch (e) {
      error = e;
    }
    expect(String(error)).toBe(
      'Exception: You do not have permission to call DriveApp.createFile. Required permissions: https://www.googleapis.com/auth/drive',
    );
  });

  it('onOpen in AuthMode.NONE builds the whole menu without touching anything that needs authorisation', () => {
    const rt = startRuntime(makeWorkbook({ rows: 20 }), { user: UNIT_USER });
    const result = rt.run('onOpen', [{ authMode: 'NONE' }], { as: 'simpleTrigger', user: UNIT_USER });
    expect(result).toMatchObject({ ok: true });
    expect(rt.refusals).toEqual([]);
    const [menu] = rt.ui.menus;
    expect(menu.name).toBe('Email công vụ');
    expect(JSON.stringify(menu.items)).toContain('menuRunAll');
    // Building a menu reads nothing: no sheet, property, cache, lock or user.
    expect(Object.keys(rt.calls.byMethod()).every((m) => /^(SpreadsheetApp\.getUi|Ui\.create|Menu\.)/.test(m))).toBe(
      true,
    );
  });

  it('in a bound script the Extensions sub-menu carries the project’s name, hence the README’s naming step', () => {
    const unnamed = createGasRuntime({ owner: OWNER, user: OWNER });
    unnamed.loadBundle();
    unnamed.run('onOpen', [{ authMode: 'LIMITED' }], { as: 'simpleTrigger' });
    expect(unnamed.ui.menus[0].name).toBe('Untitled project');
    const published = createGasRuntime({ owner: OWNER, user: OWNER, addonName: 'Email công vụ' });
    published.loadBundle();
    published.run('onOpen', [{ authMode: 'NONE' }], { as: 'simpleTrigger' });
    expect(published.ui.menus[0].name).toBe('Email công vụ');
  });
});
