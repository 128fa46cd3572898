/** The Drive advanced service (Drive API v3) of the local runtime, under the manifest's scopes. */
import { scriptDir } from '../helpers/script-dir';
import { createGasRuntime } from '../../src/local/gas';
import type { Manifest } from '../../src/local/gas/manifest';

const OWNER = 'vanphong.sogddt@haiphong.edu.vn';
const FOCAL = 'thcs.lechan@haiphong.edu.vn';
const DRIVE_FILE = 'https://www.googleapis.com/auth/drive.file';
const DRIVE = 'https://www.googleapis.com/auth/drive';
const ENABLED = { enabledAdvancedServices: [{ userSymbol: 'Drive', serviceId: 'drive', version: 'v3' }] };

const CODE = `
function create(name, text) {
  var blob = Utilities.newBlob(text, 'text/csv', name);
  return Drive.Files.create({ name: name, mimeType: 'text/csv' }, blob, { fields: 'id,name,mimeType,webViewLink' });
}
function createDefault(name) { return Drive.Files.create({ name: name }, Utilities.newBlob('x', 'text/plain')); }
function update(id, text) { return Drive.Files.update({}, id, Utilities.newBlob(text), { fields: 'id,webViewLink' }); }
function get(id) { return Drive.Files.get(id, { fields: 'id,name,owners(emailAddress)' }); }
function share(id, email, notify) {
  var args = notify === undefined ? {} : { sendNotificationEmail: notify };
  return Drive.Permissions.create({ type: 'user', role: 'reader', emailAddress: email }, id, args);
}
function permissions(id) { return Drive.Permissions.list(id, { fields: 'permissions(role,emailAddress)' }); }
function hasDrive() { return typeof Drive; }
function legacy() { return DriveApp.createFile('a.csv', 'x', 'text/csv').getId(); }
`;

function start(manifest: Manifest) {
  const dir = scriptDir('drive-', { 'Code.js': CODE });
  const rt = createGasRuntime({ user: OWNER, owner: OWNER, manifest, now: new Date('2025-09-05T09:00:00+07:00') });
  rt.loadBundle(dir);
  return rt;
}

const fileOnly = (): Manifest => ({ oauthScopes: [DRIVE_FILE], dependencies: ENABLED });

describe('Drive advanced service', () => {
  it('creates a private file from a blob under drive.file and answers the fields asked for', () => {
    const rt = start(fileOnly());
    const file = rt.run<Record<string, string>>('create', ['danh sách.csv', 'Họ và tên\nNguyễn Văn An\n']);
    expect(Object.keys(file).sort()).toEqual(['id', 'mimeType', 'name', 'webViewLink']);
    expect(file).toMatchObject({ name: 'danh sách.csv', mimeType: 'text/csv' });
    const stored = rt.drive.files.find((f) => f.id === file.id)!;
    expect(stored.bytes.toString('utf8')).toBe('Họ và tên\nNguyễn Văn An\n');
    expect(stored.owner).toBe(OWNER);
    expect(file.webViewLink).toContain(file.id);
    expect(rt.calls.byMethod()['Drive.Files.create']).toBe(1);
  });

  it('answers only kind, id, name and mimeType when no fields are asked for, as the API does', () => {
    const rt = start(fileOnly());
    expect(Object.keys(rt.run<object>('createDefault', ['a.txt'])).sort()).toEqual(['id', 'kind', 'mimeType', 'name']);
  });

  it('updates the same file in place: same id, same link, new content', () => {
    const rt = start(fileOnly());
    const file = rt.run<Record<string, string>>('create', ['a.csv', 'v1']);
    const updated = rt.run<Record<string, string>>('update', [file.id, 'v2']);
    expect(updated).toEqual({ id: file.id, webViewLink: file.webViewLink });
    expect(rt.drive.files).toHaveLength(1);
    expect(rt.drive.files[0].bytes.toString()).toBe('v2');
    expect(rt.drive.files[0].mimeType).toBe('text/csv');
  });

  it('shares with one reader, mails them only when asked, and the reader may read but not write', () => {
    const rt = start(fileOnly());
    const file = rt.run<Record<string, string>>('create', ['a.csv', 'v1']);
    expect(() => rt.run('get', [file.id], { user: FOCAL })).toThrow(
      `API call to drive.files.get failed with error: File not found: ${file.id}.`,
    );
    rt.run('share', [file.id, FOCAL, false]);
    expect(rt.drive.notifications).toHaveLength(0);
    expect(rt.run('permissions', [file.id])).toEqual({
      permissions: [
        { role: 'owner', emailAddress: OWNER },
        { role: 'reader', emailAddress: FOCAL },
      ],
    });
    // drive.file is per user: shared is not enough, the reader must open it with this app first.
    expect(() => rt.run('get', [file.id], { user: FOCAL })).toThrow(`File not found: ${file.id}.`);
    rt.drive.openWithApp(file.id, FOCAL);
    expect(rt.run('get', [file.id], { user: FOCAL })).toEqual({
      id: file.id,
      name: 'a.csv',
      owners: [{ emailAddress: OWNER }],
    });
    expect(() => rt.run('update', [file.id, 'x'], { user: FOCAL })).toThrow(/sufficient permissions/);
    // Sharing twice keeps one permission; the API mails by default.
    rt.run('share', [file.id, FOCAL]);
    expect(rt.run<{ permissions: unknown[] }>('permissions', [file.id]).permissions).toHaveLength(2);
    expect(rt.drive.notifications).toEqual([expect.objectContaining({ fileId: file.id, to: FOCAL, from: OWNER })]);
  });

  it('under drive.file alone, a file this user did not create or open with the app is not found; under drive it is', () => {
    for (const [scopes, visible] of [
      [[DRIVE_FILE], false],
      [[DRIVE], true],
    ] as const) {
      const rt = start({ oauthScopes: [...scopes], dependencies: ENABLED });
      const id = rt.run<Record<string, string>>('create', ['mine.csv', 'x']).id;
      rt.drive.files[0].appUsers = [];
      if (visible) expect(rt.run('get', [id])).toMatchObject({ id });
      else expect(() => rt.run('get', [id])).toThrow(`File not found: ${id}.`);
    }
  });

  it('is absent unless the manifest enables it', () => {
    expect(start({ oauthScopes: [DRIVE_FILE] }).run('hasDrive')).toBe('undefined');
    expect(start(fileOnly()).run('hasDrive')).toBe('object');
  });

  it('refuses a call whose scopes the manifest does not grant, with Google text', () => {
    const rt = start({
      oauthScopes: ['https://www.googleapis.com/auth/spreadsheets.currentonly'],
      dependencies: ENABLED,
    });
    let error: Error | undefined;
    try {
      rt.run('create', ['a.csv', 'x']);
    } catch (e) {
      error = e as Error;
    }
    expect(String(error)).toBe(
      'Exception: You do not have permission to call Drive.Files.create. Required permissions: ' +
        '(https://www.googleapis.com/auth/drive || https://www.googleapis.com/auth/drive.appdata || https://www.googleapis.com/auth/drive.file)',
    );
    expect(rt.drive.files).toHaveLength(0);
  });
});
