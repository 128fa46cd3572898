/**
 * The register's key from Google Sheets to the offline command: Cài đặt shows it to Văn phòng
 * alone; the download run offline with that key keeps everyone's address, and without it the
 * command stops with one Vietnamese line instead of handing anyone a second address.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REGISTER_TEXT } from '../../src/i18n/register';
import { readXlsx } from '../../src/local/xlsx/read';
import { writeXlsx } from '../../src/local/xlsx/write';
import { makeWorkbook, values } from '../addon/fixtures';
import { OWNER, startRuntime, UNIT_USER } from '../addon/runtime';

const ROOT = join(__dirname, '..', '..');

function cli(input: string, out: string, more: string[] = []) {
  return spawnSync(
    process.execPath,
    [
      join(ROOT, 'dist-local', 'cli.js'),
      'check',
      input,
      '--out',
      out,
      '--quiet',
      '--now',
      '2025-09-06T09:00:00+07:00',
      ...more,
    ],
    { encoding: 'utf8', timeout: 120_000 },
  );
}

const addressColumn = (rows: unknown[][]): string[] => {
  const c = rows[0].indexOf('Email công vụ');
  return rows.slice(1).map((r) => String(r[c] ?? ''));
};

describe('the register key between Google Sheets and the offline command', () => {
  it('is shown to Văn phòng only, and with it the downloaded workbook keeps every address offline', async () => {
    const rt = startRuntime(makeWorkbook({ rows: 15 }), { editors: [UNIT_USER] });
    expect(rt.run<{ ok: boolean }>('menuAssignAddresses', [], { as: 'menu', user: OWNER }).ok).toBe(true);
    const office = rt.scriptRun<{ registerKey?: string }>(OWNER, 'getSettings');
    expect(office?.registerKey).toMatch(/^[0-9a-f]{64}$/);
    expect(rt.scriptRun<{ registerKey?: string }>(UNIT_USER, 'getSettings')).not.toHaveProperty('registerKey');
    const shown = addressColumn(values(rt.workbook(), 'Danh sách'));

    const dir = mkdtempSync(join(tmpdir(), 'register-key-'));
    // The download, as a unit might leave it: every shown address wiped.
    const download = rt.workbook();
    const roster = download.sheets.find((s) => s.name === 'Danh sách')!;
    const c = roster.rows[0].findIndex((cell) => cell?.value === 'Email công vụ');
    for (const row of roster.rows.slice(1)) if (row?.[c]) row[c] = { value: '' };
    await writeXlsx(download, join(dir, 'download.xlsx'));

    const without = cli(join(dir, 'download.xlsx'), join(dir, 'no-key'));
    expect(without.status).toBe(2);
    expect(without.stderr.trim()).toBe(REGISTER_TEXT.wrongKey);

    writeFileSync(join(dir, 'van-phong.key'), `${office!.registerKey}\n`, { mode: 0o600 });
    const withKey = cli(join(dir, 'download.xlsx'), join(dir, 'with-key'), ['--key-file', join(dir, 'van-phong.key')]);
    expect(withKey.stderr).toBe('');
    expect(withKey.status).toBe(0);
    const result = await readXlsx(join(dir, 'with-key', 'result.xlsx'));
    expect(addressColumn(values(result, 'Danh sách'))).toEqual(shown);
  });

  it('is found beside a result.xlsx the command wrote, so the next week’s run needs no --key-file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'register-key-'));
    await writeXlsx(makeWorkbook({ rows: 12 }), join(dir, 'week1.xlsx'));
    expect(cli(join(dir, 'week1.xlsx'), join(dir, 'w1')).status).toBe(0);
    const first = addressColumn(values(await readXlsx(join(dir, 'w1', 'result.xlsx')), 'Danh sách'));
    expect(first.filter(Boolean).length).toBeGreaterThan(0);
    const again = cli(join(dir, 'w1', 'result.xlsx'), join(dir, 'w2'));
    expect(again.stderr).toBe('');
    expect(again.status).toBe(0);
    const second = addressColumn(values(await readXlsx(join(dir, 'w2', 'result.xlsx')), 'Danh sách'));
    expect(second).toEqual(first);
  });
});
