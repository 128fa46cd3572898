/** The offline command as Văn phòng runs it: the built CLI as a child process, quiet, at a given time. */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const CLI = join(__dirname, '..', '..', 'dist-local', 'cli.js');

/** Runs `check <input> --out <out>`; it must exit 0 and print nothing on stderr. */
export function checkOffline(input: string, out: string, now = '2025-09-05T09:00:00+07:00'): void {
  const run = spawnSync(process.execPath, [CLI, 'check', input, '--out', out, '--now', now, '--quiet'], {
    encoding: 'utf8',
    timeout: 120_000,
  });
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
}
