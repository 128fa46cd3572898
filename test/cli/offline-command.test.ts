/**
 * The offline command as Văn phòng runs it: the built CLI as a child process on the
 * bundled sample and on files it cannot use.
 */
import { tablePlace } from '../helpers/form-sheet';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readXlsx } from '../../src/local/xlsx/read';
import { writeXlsx } from '../../src/local/xlsx/write';
import type { WorkbookData } from '../../src/local/workbook-data';
import { ensureBuilt } from '../helpers/build-once';
import { parseCsv } from '../helpers/csv';
import { parseScript } from '../helpers/zmprov-parse-line';

const ROOT = join(__dirname, '..', '..');
const SAMPLE = join(ROOT, 'sample', 'mau-dang-ky.xlsx');
// The mailbox's four columns and plan 5277's two (the sample registers eOffice and signatures).
const OWNED = new Set(['Email công vụ', 'Trạng thái', 'Lỗi', 'Ghi nhận lúc', 'eOffice', 'Chữ ký số']);

function cli(args: string[]) {
  return spawnSync(process.execPath, [join(ROOT, 'dist-local', 'cli.js'), ...args], {
    encoding: 'utf8',
    timeout: 120_000,
  });
}

function userCells(wb: WorkbookData, sheetName: string): Map<string, unknown> {
  const sheet = wb.sheets.find((s) => s.name === sheetName)!;
  const header = sheet.rows[tablePlace(sheet).headerAt].map((c) => String(c?.value ?? ''));
  const out = new Map<string, unknown>();
  sheet.rows.forEach((row, r) =>
    row?.forEach((cell, c) => {
      if (cell && cell.value !== '' && !OWNED.has(header[c]))
        out.set(`${r + 1}:${c + 1}`, cell.value instanceof Date ? cell.value.getTime() : cell.value);
    }),
  );
  return out;
}

describe('npm run cli -- check', () => {
  const out = mkdtempSync(join(tmpdir(), 'cli-'));
  let run: ReturnType<typeof cli>;
  beforeAll(() => {
    ensureBuilt();
    run = cli(['check', SAMPLE, '--out', out, '--now', '2025-09-05T09:00:00+07:00']);
  });

  it('runs, exits 0 and says where the results are', () => {
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(out);
    expect(run.stdout).toMatch(/Đã cấp địa chỉ: \d+/);
  });

  it('writes findings.csv with every planted finding', () => {
    const rows = parseCsv(readFileSync(join(out, 'findings.csv'), 'utf8'));
    expect(rows[0]).toEqual(['sheet', 'row', 'column', 'code', 'message']);
    const found = new Set(rows.slice(1).map((r) => `${r[0]}!${r[1]}:${r[3]}`));
    const planted = JSON.parse(readFileSync(join(ROOT, 'sample', 'mau-dang-ky.planted.json'), 'utf8')) as Record<
      string,
      string[]
    >;
    for (const [where, codes] of Object.entries(planted))
      for (const code of codes) expect(found).toContain(`${where}:${code}`);
  });

  it('writes the provisioning files in their formats', () => {
    const google = readFileSync(join(out, 'provisioning', 'google-workspace.csv'), 'utf8');
    expect(
      google.startsWith(
        '\uFEFFFirst Name [Required],Last Name [Required],Email Address [Required],Password [Required],Password Hash Function [UPLOAD ONLY],Org Unit Path [Required]',
      ),
    ).toBe(true);
    const entra = readFileSync(join(out, 'provisioning', 'microsoft-entra.csv'), 'utf8');
    expect(entra.split('\r\n')[0]).toBe('version:v1.0');
    const zimbra = readFileSync(join(out, 'provisioning', 'zimbra.zmprov'));
    expect(zimbra[0]).toBe('c'.charCodeAt(0));
    const googleRows = parseCsv(google.slice(1)).slice(1);
    const commands = parseScript(zimbra.toString('utf8'));
    expect(commands.at(-1)).toEqual(['exit']);
    expect(googleRows.length).toBe(commands.filter((c) => c[0] === 'ca').length);
    expect(commands.filter((c) => c[0] === 'ca').map((c) => c[1])).toEqual(googleRows.map((r) => r[2]));
    expect(new Set(googleRows.map((r) => r[2])).size).toBe(googleRows.length);
  });

  it('keeps every user cell of the workbook in result.xlsx and fills the owned columns', async () => {
    const before = await readXlsx(SAMPLE);
    const after = await readXlsx(join(out, 'result.xlsx'));
    expect(after.sheets.map((s) => s.name).slice(0, 4)).toEqual(before.sheets.map((s) => s.name));
    for (const sheet of before.sheets) expect(userCells(after, sheet.name)).toEqual(userCells(before, sheet.name));
    const roster = after.sheets.find((s) => s.name === 'Danh sách')!;
    expect(roster.rows[tablePlace(roster).headerAt].map((c) => c?.value)).toEqual(expect.arrayContaining([...OWNED]));
    expect(after.sheets.map((s) => s.name)).toEqual(expect.arrayContaining(['Báo cáo', 'Nhật ký']));
  });

  it('writes stats.json with rows, time and calls by method', () => {
    const stats = JSON.parse(readFileSync(join(out, 'stats.json'), 'utf8'));
    expect(stats.rows).toBeGreaterThan(360);
    expect(stats.elapsed_ms).toBeGreaterThan(0);
    expect(stats.calls['Range.getValues']).toBeGreaterThan(0);
    expect(stats.modelled_google_ms).toBeGreaterThan(0);
  });
});

describe('settings on the command line', () => {
  it('--deadline flags rows first seen after it, and still exports them', async () => {
    ensureBuilt();
    const dir = mkdtempSync(join(tmpdir(), 'cli-deadline-'));
    const base = await readXlsx(SAMPLE);
    const roster = base.sheets.find((s) => s.name === 'Danh sách')!;
    const { headerAt, firstAt } = tablePlace(roster);
    roster.rows[headerAt].push({ value: 'Ghi nhận lúc' });
    const stampColumn = roster.rows[headerAt].length - 1;
    // The first person came on 1/9, the second on 20/9 (after the deadline of 15/9 17:00).
    roster.rows[firstAt][stampColumn] = { value: new Date(2025, 8, 1, 8, 0), numberFormat: 'dd/mm/yyyy hh:mm' };
    roster.rows[firstAt + 1][stampColumn] = { value: new Date(2025, 8, 20, 8, 0), numberFormat: 'dd/mm/yyyy hh:mm' };
    await writeXlsx(base, join(dir, 'in.xlsx'));
    const r = cli([
      'check',
      join(dir, 'in.xlsx'),
      '--out',
      join(dir, 'out'),
      '--deadline',
      '2025-09-15T17:00',
      '--quiet',
    ]);
    expect(r.status).toBe(0);
    const findings = parseCsv(readFileSync(join(dir, 'out', 'findings.csv'), 'utf8')).filter(
      (f) => f[3] === 'AFTER_DEADLINE',
    );
    expect(findings.map((f) => f[1])).toEqual([String(firstAt + 2)]);
    const bad = cli(['check', join(dir, 'in.xlsx'), '--out', join(dir, 'out'), '--pattern', '{x}']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/^Cài đặt không hợp lệ/);
  });
});

describe('unusable input', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cli-bad-'));
  beforeAll(async () => {
    ensureBuilt();
    writeFileSync(join(dir, 'ghi-chu.xlsx'), 'đây không phải tệp Excel');
    const base = await readXlsx(SAMPLE);
    await writeXlsx(
      { ...base, sheets: base.sheets.filter((s) => s.name !== 'Danh sách') },
      join(dir, 'khong-danh-sach.xlsx'),
    );
    const roster = base.sheets.find((s) => s.name === 'Danh sách')!;
    const noDob = { ...roster, rows: roster.rows.map((r) => (r ? r.filter((_, c) => c !== 4) : r)) };
    await writeXlsx(
      { ...base, sheets: base.sheets.map((s) => (s === roster ? noDob : s)) },
      join(dir, 'thieu-cot.xlsx'),
    );
  });

  it.each([
    ['a file that does not exist', 'khong-co.xlsx', /Không tìm thấy tệp/],
    ['a text file named .xlsx', 'ghi-chu.xlsx', /không phải tệp Excel/],
    ['a workbook without Danh sách', 'khong-danh-sach.xlsx', /Danh sách/],
    ['a required column missing', 'thieu-cot.xlsx', /thiếu cột "Ngày sinh"/],
  ])('%s: exit 2 with one Vietnamese line, no stack trace', (_, name, message) => {
    const r = cli(['check', join(dir, name), '--out', join(dir, 'out')]);
    expect(r.status).toBe(2);
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(message);
    expect(r.stderr).not.toMatch(/\bat .+:\d+|Error:/);
  });

  it('prints help in Vietnamese', () => {
    const text = execFileSync(process.execPath, [join(ROOT, 'dist-local', 'cli.js'), '--help'], { encoding: 'utf8' });
    expect(text).toContain('npm run cli -- check <tệp.xlsx> --out <thư mục>');
  });
});
