/**
 * The add-on's one Drive module, on the local runtime under the built manifest: create a
 * private file, update it in place, share it with one reader.
 */
import { createGasRuntime } from '../../src/local/gas';
import { createPrivateFile, shareWithReader, updateFileContent } from '../../src/addon/drive-files';
import { ensureBuilt } from '../helpers/build-once';

const OWNER = 'vanphong.sogddt@haiphong.edu.vn';
const FOCAL = 'mn.hoami@haiphong.edu.vn';

function withGlobals<T>(rt: ReturnType<typeof createGasRuntime>, fn: () => T): T {
  const g = globalThis as Record<string, unknown>;
  const saved = { Drive: g.Drive, Utilities: g.Utilities };
  Object.assign(g, { Drive: rt.globals.Drive, Utilities: rt.globals.Utilities });
  try {
    return fn();
  } finally {
    Object.assign(g, saved);
  }
}

describe('drive-files', () => {
  beforeAll(() => ensureBuilt());

  it('creates, updates and shares one file under the built manifest (drive.file)', () => {
    const rt = createGasRuntime({ user: OWNER, owner: OWNER });
    expect(rt.manifest.oauthScopes).toContain('https://www.googleapis.com/auth/drive.file');
    expect(rt.manifest.oauthScopes).not.toContain('https://www.googleapis.com/auth/drive');
    const first = withGlobals(rt, () =>
      createPrivateFile('Bàn giao - THCS Lê Chân.csv', 'Họ và tên\nAn\n', 'text/csv'),
    );
    const second = withGlobals(rt, () => updateFileContent(first.id, 'Họ và tên\nAn\nBình\n'));
    withGlobals(rt, () => shareWithReader(first.id, FOCAL));
    expect(second).toEqual(first);
    expect(rt.drive.files).toHaveLength(1);
    const [file] = rt.drive.files;
    expect(file).toMatchObject({ name: 'Bàn giao - THCS Lê Chân.csv', mimeType: 'text/csv', owner: OWNER });
    expect(file.bytes.toString('utf8')).toBe('Họ và tên\nAn\nBình\n');
    expect(file.permissions).toEqual([expect.objectContaining({ role: 'reader', emailAddress: FOCAL })]);
    // Not notified unless asked: the add-on sends its own mail.
    expect(rt.drive.notifications).toEqual([]);
    expect(rt.calls.byMethod()).toMatchObject({
      'Drive.Files.create': 1,
      'Drive.Files.update': 1,
      'Drive.Permissions.create': 1,
    });
  });
});
