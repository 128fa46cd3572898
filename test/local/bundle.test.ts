/** The built bundle, loaded as Apps Script loads it: every entry point is a top-level function. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ENTRY_POINT_NAMES } from '../../src/entry-points';
import { createGasRuntime } from '../../src/local/gas';
import { ensureBuilt } from '../helpers/build-once';
import { OFFICE_MENU_CAPTIONS } from '../helpers/menu-captions';

const BUILD = join(__dirname, '..', '..', 'build');

describe('build/', () => {
  beforeAll(() => ensureBuilt());

  it('declares every entry point as a top-level function, and nothing reaches for Node', () => {
    const code = readFileSync(join(BUILD, 'Code.js'), 'utf8');
    for (const name of ENTRY_POINT_NAMES) expect(code).toMatch(new RegExp(`^function ${name}\\(\\) \\{$`, 'm'));
    expect(code).not.toMatch(/\brequire\(["']/);
  });

  it('ships the manifest with the time zone, V8 and explicit scopes', () => {
    const manifest = JSON.parse(readFileSync(join(BUILD, 'appsscript.json'), 'utf8'));
    expect(manifest).toMatchObject({ timeZone: 'Asia/Ho_Chi_Minh', runtimeVersion: 'V8' });
    expect(manifest.oauthScopes).toContain('https://www.googleapis.com/auth/spreadsheets.currentonly');
    expect(manifest.oauthScopes.every((s: string) => s.startsWith('https://www.googleapis.com/auth/'))).toBe(true);
  });

  it('loaded in the sandbox, exposes every entry point and onOpen builds the menu', () => {
    const rt = createGasRuntime({ scriptName: 'Email công vụ' });
    const context = rt.loadBundle(BUILD);
    for (const name of ENTRY_POINT_NAMES) expect(typeof context[name]).toBe('function');
    rt.run('onOpen', [{ authMode: 'NONE' }], { as: 'simpleTrigger' });
    const menu = rt.ui.menus[0];
    expect(menu.name).toBe('Email công vụ');
    const captions = JSON.stringify(menu.items);
    for (const caption of OFFICE_MENU_CAPTIONS) expect(captions).toContain(caption);
    for (const item of menu.items.flatMap((i) => (i.submenu ? i.submenu.items : [i])).filter((i) => i.functionName)) {
      expect(ENTRY_POINT_NAMES).toContain(item.functionName);
    }
  });
});
