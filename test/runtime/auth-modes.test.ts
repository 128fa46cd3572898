/** Simple triggers and AuthMode.NONE / LIMITED refuse what Google's documentation says they refuse. */
import { scriptDir } from '../helpers/script-dir';
import { oneSheetWorkbook } from '../helpers/one-sheet-workbook';
import { createGasRuntime } from '../../src/local/gas';
import type { Manifest } from '../../src/local/gas/manifest';

const AUTH = 'https://www.googleapis.com/auth/';
/** Every scope a call below needs, so only the mode can refuse it. */
const MANIFEST: Manifest = {
  oauthScopes: [
    'spreadsheets',
    'spreadsheets.currentonly',
    'script.container.ui',
    'script.scriptapp',
    'script.send_mail',
    'drive',
    'userinfo.email',
  ].map((s) => AUTH + s),
  dependencies: { enabledAdvancedServices: [{ userSymbol: 'Drive', serviceId: 'drive', version: 'v3' }] },
};

const CALLS: Record<string, string> = {
  sidebar: "SpreadsheetApp.getUi().showSidebar(HtmlService.createHtmlOutput('<p>x</p>'))",
  dialog: "SpreadsheetApp.getUi().showModalDialog(HtmlService.createHtmlOutput('<p>x</p>'), 'x')",
  mailQuota: 'MailApp.getRemainingDailyQuota()',
  sendMail: "MailApp.sendEmail('a@haiphong.edu.vn', 's', 'b')",
  driveApp: "DriveApp.createFile('a', 'b')",
  driveApi: "Drive.Files.create({ name: 'a' }, Utilities.newBlob('b'))",
  openById: 'SpreadsheetApp.openById(SpreadsheetApp.getActive().getId())',
  trigger: "ScriptApp.newTrigger('f').timeBased().everyHours(1).create()",
  readSheet: "SpreadsheetApp.getActive().getSheets()[0].getRange('A1').getValue()",
  writeSheet: "SpreadsheetApp.getActive().getSheets()[0].getRange('A1').setValue('x')",
  properties: "PropertiesService.getDocumentProperties().getProperty('k')",
  lock: 'LockService.getDocumentLock().tryLock(10)',
  menu: "SpreadsheetApp.getUi().createAddonMenu().addItem('Mục', 'f').addToUi()",
  format: "Utilities.formatDate(new Date(), 'Asia/Ho_Chi_Minh', 'yyyy')",
};

function start() {
  const code = Object.entries(CALLS)
    .map(([name, body]) => `function ${name}(e) { return ${body}; }`)
    .join('\n');
  const dir = scriptDir('modes-', { 'Code.js': code });
  const rt = createGasRuntime({
    manifest: MANIFEST,
    workbook: oneSheetWorkbook([[{ value: 'TT' }]], 'x'),
  });
  rt.loadBundle(dir);
  return rt;
}

function allowed(mode: 'NONE' | 'LIMITED' | 'FULL'): string[] {
  const rt = start();
  const ok: string[] = [];
  for (const name of Object.keys(CALLS)) {
    try {
      rt.run(name, [{ authMode: mode }], { as: mode === 'FULL' ? 'menu' : 'simpleTrigger' });
      ok.push(name);
    } catch (error) {
      expect((error as Error).message).toMatch(/^You do not have permission to call [\w.]+/);
      expect(String(error)).toMatch(/^Exception: /);
    }
  }
  return ok.sort();
}

describe('authorisation modes', () => {
  it('FULL (menus, sidebars, installable triggers) reaches everything the scopes allow', () => {
    const rt = start();
    rt.run('menu', [], { as: 'menu' });
    expect(allowed('FULL')).toEqual(Object.keys(CALLS).sort());
  });

  it('LIMITED (simple triggers) reads and writes the bound sheet but opens no sidebar, mail, Drive, trigger or other file', () => {
    expect(allowed('LIMITED')).toEqual(['format', 'lock', 'menu', 'properties', 'readSheet', 'writeSheet']);
  });

  it('NONE (an add-on not yet used in this document) builds its menu and nothing else', () => {
    expect(allowed('NONE')).toEqual(['format', 'menu']);
  });

  it('a simple trigger runs in NONE when its event says so, else in LIMITED', () => {
    const rt = start();
    expect(() => rt.run('properties', [{ authMode: 'NONE' }], { as: 'simpleTrigger' })).toThrow(
      'You do not have permission to call PropertiesService.getDocumentProperties',
    );
    expect(rt.run('properties', [{}], { as: 'simpleTrigger' })).toBeNull();
    expect(() => rt.run('sidebar', [{}], { as: 'simpleTrigger' })).toThrow(
      `You do not have permission to call Ui.showSidebar. Required permissions: ${AUTH}script.container.ui`,
    );
    // Simple triggers never run in FULL, whatever the event claims.
    expect(() => rt.run('mailQuota', [{ authMode: 'FULL' }], { as: 'simpleTrigger' })).toThrow(
      `You do not have permission to call MailApp.getRemainingDailyQuota. Required permissions: ${AUTH}script.send_mail`,
    );
    expect(rt.refusals.map((r) => `${r.method} ${r.mode} ${r.reason}`)).toEqual([
      'PropertiesService.getDocumentProperties NONE mode',
      'Ui.showSidebar LIMITED mode',
      'MailApp.getRemainingDailyQuota LIMITED mode',
    ]);
  });
});
