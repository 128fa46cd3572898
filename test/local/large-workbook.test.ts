/**
 * A workbook large enough for the offline command's large-file path: read on two threads,
 * run in the runtime, written with the sheets the run left alone prepared in advance.
 * The results must be those of the ordinary path, and a sheet the run did change must
 * never be written from what was prepared before the change.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateWorkbook } from '../../sample/generator';
import { createGasRuntime } from '../../src/local/gas';
import type { GridWorkbook, SheetGrid } from '../../src/local/workbook-data';
import { readGridXlsx } from '../../src/local/xlsx/grid-read';
import { writeGridXlsx } from '../../src/local/xlsx/grid-write';
import { readGridXlsxInParallel } from '../../src/local/xlsx/parallel-read';
import { STREAMING_THRESHOLD_BYTES } from '../../src/local/xlsx/read';
import { writeXlsx } from '../../src/local/xlsx/write';
import { ensureBuilt } from '../helpers/build-once';
import { parseCsv } from '../helpers/csv';

const ROOT = join(__dirname, '..', '..');
const WORKER = join(ROOT, 'dist-local', 'xlsx-worker.js');
const NOW = '2025-09-05T09:00:00+07:00';
const dir = mkdtempSync(join(tmpdir(), 'large-'));
const source = join(dir, 'dang-ky-30000.xlsx');
const generated = generateWorkbook({ people: 30_000, seed: 11, mistakes: true });

/** Values by sheet, dates as times: what a user sees in the cells. */
function valuesOf(workbook: GridWorkbook): Record<string, unknown[][]> {
  const out: Record<string, unknown[][]> = {};
  // Dates made by the worker thread belong to Node's realm, not jest's: compare by kind, not instanceof.
  const plain = (v: unknown): unknown =>
    Object.prototype.toString.call(v) === '[object Date]' ? (v as Date).getTime() : v === undefined ? '' : v;
  for (const sheet of workbook.sheets) out[sheet.name] = sheet.values.map((row) => Array.from(row ?? [], plain));
  return out;
}

const sheet = (workbook: GridWorkbook, name: string): SheetGrid => workbook.sheets.find((s) => s.name === name)!;

beforeAll(async () => {
  ensureBuilt();
  await writeXlsx(generated.workbook, source);
  expect(readFileSync(source).length).toBeGreaterThan(STREAMING_THRESHOLD_BYTES);
}, 120_000);

describe('reading on two threads', () => {
  it('gives exactly what one thread reads, and prepares every sheet but the biggest', async () => {
    const alone = await readGridXlsx(source, 'x');
    const both = await readGridXlsxInParallel(source, 'x', WORKER);
    expect(valuesOf(both.workbook)).toEqual(valuesOf(alone));
    expect(sheet(both.workbook, 'Danh sách').numberFormats).toEqual(sheet(alone, 'Danh sách').numberFormats);
    const prepared = await both.prepared;
    expect(prepared).not.toBeNull();
    const preparedNames = both.workbook.sheets.filter((s) => prepared!.byValues.has(s.values)).map((s) => s.name);
    expect(preparedNames.sort()).toEqual(['CSDL ngành', 'Tài khoản hiện có', 'Tổng hợp'].sort());
  });

  it('reads everything itself when there is no worker to start', async () => {
    const alone = await readGridXlsxInParallel(source, 'x', join(dir, 'khong-co-worker.js'));
    expect(await alone.prepared).toBeNull();
    expect(valuesOf(alone.workbook)).toEqual(valuesOf(await readGridXlsx(source, 'x')));
  });
});

describe('writing with prepared sheets', () => {
  it('writes an untouched sheet from what was prepared, and a changed one from its cells', async () => {
    const read = await readGridXlsxInParallel(source, 'x', WORKER);
    const prepared = await read.prepared;
    const runtime = createGasRuntime({ workbook: read.workbook, now: new Date(NOW) });
    const { SpreadsheetApp } = runtime.globals as unknown as {
      SpreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp;
    };
    // Someone corrects one name in the CSDL snapshot while the workbook is open.
    SpreadsheetApp.getActive().getSheetByName('CSDL ngành')!.getRange(2, 2).setValue('Nguyễn Thị Sửa');
    const written = join(dir, 'sau-khi-sua.xlsx');
    await writeGridXlsx(runtime.grids(), written, prepared);
    const back = await readGridXlsx(written, 'x');
    expect(sheet(back, 'CSDL ngành').values[1][1]).toBe('Nguyễn Thị Sửa');
    expect(valuesOf(back)).toEqual(valuesOf(runtime.grids()));
    // The untouched sheets came from the worker's parts and read back the same as written fresh.
    const fresh = join(dir, 'khong-chuan-bi.xlsx');
    await writeGridXlsx(runtime.grids(), fresh);
    expect(valuesOf(await readGridXlsx(fresh, 'x'))).toEqual(valuesOf(back));
  });
});

describe('npm run cli -- check on a large workbook', () => {
  const out = join(dir, 'ket-qua');
  let run: ReturnType<typeof spawnSync>;
  beforeAll(() => {
    run = spawnSync(
      process.execPath,
      [join(ROOT, 'dist-local', 'cli.js'), 'check', source, '--out', out, '--now', NOW, '--quiet'],
      { encoding: 'utf8', timeout: 180_000 },
    );
  }, 200_000);

  it('finds exactly what the add-on finds on the same workbook held as cells', () => {
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const reference = createGasRuntime({ workbook: generated.workbook, now: new Date(NOW) });
    reference.loadBundle(join(ROOT, 'build'));
    const result = reference.run<{
      ok: boolean;
      counts: Record<string, number>;
      files: { kind: string; fileId: string }[];
    }>('menuRunAll', [], { as: 'menu' });
    const findings = reference.drive.files.find(
      (f) => f.id === result.files.find((x) => x.kind === 'findings')!.fileId,
    )!;
    expect(readFileSync(join(out, 'findings.csv'), 'utf8')).toBe(findings.bytes.toString('utf8'));
    const stats = JSON.parse(readFileSync(join(out, 'stats.json'), 'utf8'));
    expect(stats.counts).toEqual(result.counts);
    expect(stats.people).toBe(generated.people);
  });

  it('gives back every user cell unchanged, with the owned columns filled', async () => {
    const before = await readGridXlsx(source, 'x');
    const after = await readGridXlsx(join(out, 'result.xlsx'), 'x');
    const input = valuesOf(before);
    const output = valuesOf(after);
    for (const name of ['Tổng hợp', 'Tài khoản hiện có', 'CSDL ngành']) expect(output[name]).toEqual(input[name]);
    const width = input['Danh sách'][0].length;
    const pad = (row: unknown[]) => [...row, ...new Array(width).fill('')].slice(0, width);
    expect(output['Danh sách'].map(pad)).toEqual(input['Danh sách'].map(pad));
    // The generated roster registers eOffice and signatures (plan 5277): their two columns follow the mailbox's.
    expect(output['Danh sách'][0].slice(width)).toEqual([
      'Email công vụ',
      'Trạng thái',
      'Lỗi',
      'Ghi nhận lúc',
      'eOffice',
      'Chữ ký số',
    ]);
    const addresses = output['Danh sách']
      .slice(1)
      .map((row) => row[width])
      .filter((a) => a !== '');
    expect(addresses.length).toBeGreaterThan(25_000);
    // Every new account goes to one person, and result.xlsx shows it on that person's row.
    const google = parseCsv(readFileSync(join(out, 'provisioning', 'google-workspace.csv'), 'utf8').slice(1))
      .slice(1)
      .map((r) => r[2]);
    expect(google.length).toBeGreaterThan(25_000);
    expect(new Set(google).size).toBe(google.length);
    const shown = new Set(addresses);
    expect(google.every((a) => shown.has(a))).toBe(true);
    expect(Object.keys(output)).toEqual(expect.arrayContaining(['Báo cáo', 'Nhật ký']));
  });
});
