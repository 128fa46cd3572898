/** The offline command as Văn phòng runs it: the built CLI as a child process, quiet, at a given time. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const CLI = join(__dirname, '..', '..', 'dist-local', 'cli.js');

/** Văn phòng keeps one register key file: every run of a test file reads (or first makes) the same one. */
const KEY_FILE = join(mkdtempSync(join(tmpdir(), 'register-key-')), 'so-dia-chi.key');

/** Runs `check <input> --out <out>` with Văn phòng's key file; it must exit 0 and print nothing on stderr. */
export function checkOffline(input: string, out: string, now = '2025-09-05T09:00:00+07:00'): void {
  const run = spawnSync(
    process.execPath,
    [CLI, 'check', input, '--out', out, '--now', now, '--quiet', '--key-file', KEY_FILE],
    {
      encoding: 'utf8',
      timeout: 120_000,
    },
  );
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
}
