/**
 * npm run bench — figures, not a test: Sheets calls by method at 1k/10k/100k rows (they
 * must not grow with rows), modelled Google time of a full run and of onEdit, pure
 * compute time, and the offline command end to end against a pandas reference.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync } from 'node:fs';
import { cpus } from 'node:os';
import { join, resolve } from 'node:path';
import { runCheck } from '../src/domain/check';
import { DEFAULT_SETTINGS } from '../src/domain/types';
import { createGasRuntime } from '../src/local/gas';
import { DEFAULT_COST_MODEL, HIGH_FIXED } from '../src/local/gas/calls';
import { checkInput, type WorkbookData } from '../src/local/workbook-data';
import { writeXlsx } from '../src/local/xlsx/write';
import { generateWorkbook } from '../sample/generator';
import { sectorRun } from './sector';

const ROOT = resolve(__dirname, '..');
const OUT = join(ROOT, 'bench', 'out');
const NOW = new Date('2025-09-05T09:00:00+07:00');
const SIZES = (process.env.BENCH_SIZES ?? '1000,10000,100000').split(',').map(Number);
/** The full run as Văn phòng starts it: check, duplicates, addresses, report, every export. */
const ACTIONS = ['menuRunAll'];

function fullRun(workbook: WorkbookData) {
  const rt = createGasRuntime({ workbook, now: NOW, bundleDir: join(ROOT, 'build') });
  rt.loadBundle();
  const started = Date.now();
  for (const action of ACTIONS) {
    const result = rt.run<{ ok: boolean; pending?: boolean }>(action, [], { as: 'menu' });
    if (!result.ok || result.pending) throw new Error(`${action} did not finish in one run`);
  }
  const realMs = Date.now() - started;
  const calls = rt.calls.snapshot();
  // The dashboard: what the run saved for it, and one page view from it.
  const snapshotBytes = Object.entries(rt.properties.script)
    .filter(([k]) => k.startsWith('dashboardSnapshot.'))
    .reduce((n, [k, v]) => n + Buffer.byteLength(k) + Buffer.byteLength(v), 0);
  rt.calls.reset();
  const pageStarted = Date.now();
  const page = rt.run<{ getContentUncounted(): string }>('doGet', [{ parameter: {} }], { as: 'webApp' });
  const dashboard = {
    ...rt.calls.snapshot(),
    realMs: Date.now() - pageStarted,
    pageBytes: Buffer.byteLength(page.getContentUncounted()),
    snapshotBytes,
  };
  // onEdit: a unit fixes one phone in the middle of the sheet.
  const { SpreadsheetApp } = rt.globals as unknown as { SpreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp };
  const sheet = SpreadsheetApp.getActive().getSheetByName('Danh sách')!;
  const row = Math.floor(sheet.getLastRow() / 2);
  const range = sheet.getRange(row, 10);
  const oldValue = range.getValue();
  range.setValue('0912345678');
  rt.calls.reset();
  rt.run(
    'onEdit',
    [{ range, value: '0912345678', oldValue, source: SpreadsheetApp.getActive(), authMode: 'LIMITED' }],
    { as: 'simpleTrigger' },
  );
  return { realMs, calls, onEdit: rt.calls.snapshot(), dashboard };
}

function pureCompute(workbook: WorkbookData): number {
  const input = checkInput(workbook);
  runCheck(input, { settings: DEFAULT_SETTINGS, now: NOW, assignAddresses: true, stampReceivedAt: false });
  const started = process.hrtime.bigint();
  runCheck(input, { settings: DEFAULT_SETTINGS, now: NOW, assignAddresses: true, stampReceivedAt: false });
  return Number(process.hrtime.bigint() - started) / 1e6;
}

function timeCommand(command: string, args: string[]): number {
  const started = process.hrtime.bigint();
  const r = spawnSync(command, args, { encoding: 'utf8', cwd: ROOT });
  if (r.status !== 0) throw new Error(`${command} ${args.join(' ')} failed: ${r.stderr}`);
  return Number(process.hrtime.bigint() - started) / 1e6;
}

/** One size: the full run's calls and modelled time, pure compute, onEdit and the dashboard. */
function benchSize(size: number): Record<string, number> {
  const { workbook, people } = generateWorkbook({ people: size, seed: 7, mistakes: true });
  const run = fullRun(workbook);
  const compute = pureCompute(workbook);
  console.log(
    `\n${people} người: ${run.calls.total} lệnh gọi, ước tính Google ${(run.calls.modelledMs / 1000).toFixed(1)} s ` +
      `(ô đọc ${run.calls.cells.read}, ô ghi ${run.calls.cells.written}); chạy thật trong runtime ${(run.realMs / 1000).toFixed(2)} s; ` +
      `tính thuần ${compute.toFixed(0)} ms (${Math.round((people / compute) * 1000)} dòng/giây); ` +
      `onEdit ${run.onEdit.total} lệnh gọi, ước tính ${(run.onEdit.modelledMs / 1000).toFixed(2)} s`,
  );
  // One execution for the run and one for the edit, each loading the bundle first.
  const onEditHigh = run.onEdit.modelledHighMs + HIGH_FIXED.bundleLoadMs;
  console.log(
    `  cận trên (số liệu công bố chậm nhất): chạy toàn bộ ${((run.calls.modelledHighMs + HIGH_FIXED.bundleLoadMs) / 1000).toFixed(1)} s ` +
      `(chưa gồm tải tệp lên Drive), ô ghi ${run.calls.cells.written} = ${(run.calls.cells.written / people).toFixed(2)} × số dòng; ` +
      `onEdit ${(onEditHigh / 1000).toFixed(2)} s (ô đọc ${run.onEdit.cells.read}) ${onEditHigh < 30_000 ? '< 30 s' : 'VƯỢT 30 s'}`,
  );
  const d = run.dashboard;
  console.log(
    `  Trang tiến độ: ảnh chụp số liệu ${(d.snapshotBytes / 1024).toFixed(1)} KB; mở trang ${d.total} lệnh gọi ` +
      `(${Object.keys(d.byMethod).sort().join(', ')}), ước tính Google ${(d.modelledMs / 1000).toFixed(2)} s, ` +
      `trang ${(d.pageBytes / 1024).toFixed(1)} KB, dựng trong runtime ${d.realMs} ms`,
  );
  return run.calls.byMethod;
}

/** The calls by method at every size, and whether the round trips stay the same as rows grow. */
function printCallsByMethod(byMethod: Record<number, Record<string, number>>): void {
  const methods = [...new Set(Object.values(byMethod).flatMap((m) => Object.keys(m)))].sort();
  console.log(`\nLệnh gọi theo phương thức (${SIZES.join(' / ')} người):`);
  for (const m of methods)
    console.log(`  ${m.padEnd(40)} ${SIZES.map((s) => String(byMethod[s][m] ?? 0).padStart(6)).join(' ')}`);
  // Getters on objects already in the script (a range's row, a rule's ranges) are no round trip.
  const local = (m: string): boolean =>
    (DEFAULT_COST_MODEL.perMethodMs[m] ?? DEFAULT_COST_MODEL.perClassMs[m.slice(0, m.indexOf('.'))]) === 0;
  const trips = (s: number): string => JSON.stringify(Object.entries(byMethod[s]).filter(([m]) => !local(m)));
  const same = SIZES.every((s) => trips(s) === trips(SIZES[0]));
  console.log(
    same
      ? 'Số lệnh gọi đến máy chủ không đổi theo số dòng (không kể các hàm đọc tại chỗ, 0 ms).'
      : 'CẢNH BÁO: số lệnh gọi thay đổi theo số dòng.',
  );
}

/** The offline command end to end on the biggest size's .xlsx; returns its wall time in ms. */
async function benchOfflineCommand(biggest: number, xlsx: string): Promise<number> {
  if (!existsSync(xlsx)) {
    // Written under another name first, so a run cut short never leaves half a workbook behind.
    await writeXlsx(generateWorkbook({ people: biggest, seed: 7, mistakes: true }).workbook, `${xlsx}.part`);
    renameSync(`${xlsx}.part`, xlsx);
  }
  const cliMs = timeCommand(process.execPath, [
    join(ROOT, 'dist-local', 'cli.js'),
    'check',
    xlsx,
    '--out',
    join(OUT, 'run'),
    '--quiet',
  ]);
  const stats = JSON.parse(readFileSync(join(OUT, 'run', 'stats.json'), 'utf8'));
  console.log(
    `\nLệnh ngoại tuyến trên ${biggest} dòng .xlsx: ${(cliMs / 1000).toFixed(1)} s, bộ nhớ đỉnh ${stats.peak_rss_mb} MB, ước tính Google ${(stats.modelled_google_ms / 1000).toFixed(1)} s`,
  );
  console.log(
    `  stats.json: modelled_google_ms_high ${stats.modelled_google_ms_high} ms ${stats.modelled_google_ms_high < 360_000 ? '< 360 000' : 'VƯỢT 360 000'}, ` +
      `cells.written ${stats.cells.written} = ${(stats.cells.written / stats.rows).toFixed(2)} × rows ${stats.cells.written <= 6 * stats.rows ? '≤ 6' : '> 6'}, cells.read ${stats.cells.read}, ` +
      `vùng ${stats.cells.ranges} (nhiều nhất ${stats.cells.largest_range_list} trong một lệnh gọi)`,
  );
  console.log(
    `  đọc ${(stats.read_ms / 1000).toFixed(1)} s, chạy tiện ích ${(stats.actions[0].elapsed_ms / 1000).toFixed(1)} s, ghi result.xlsx ${(stats.write_ms / 1000).toFixed(1)} s`,
  );
  return cliMs;
}

/** The same file through pandas, when it is installed, for a sense of scale. */
function comparePandas(xlsx: string, cliMs: number): void {
  const python = ['/usr/bin/python3', 'python3'].find(
    (p) => spawnSync(p, ['-c', 'import pandas, openpyxl'], { encoding: 'utf8' }).status === 0,
  );
  if (!python) {
    console.log('Không có pandas/openpyxl: apt-get install -y python3-pandas python3-openpyxl để so sánh.');
    return;
  }
  const pandasMs = timeCommand(python, [join(ROOT, 'bench', 'reference_pandas.py'), xlsx, join(OUT, 'pandas.csv')]);
  console.log(`Tham chiếu pandas (chuẩn hóa tên, bỏ dòng trùng, ghi CSV): ${(pandasMs / 1000).toFixed(1)} s`);
  console.log(`Tỉ lệ lệnh ngoại tuyến / pandas: ${(cliMs / pandasMs).toFixed(2)}`);
}

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  console.log(
    `Máy: ${cpus().length} nhân ${cpus()[0]?.model ?? ''}, Node ${process.version}, ${new Date().toISOString().slice(0, 10)}`,
  );
  const byMethod: Record<number, Record<string, number>> = {};
  for (const size of SIZES) byMethod[size] = benchSize(size);
  printCallsByMethod(byMethod);
  // The sector's 2,000 units (BENCH_SECTOR=0 leaves it out).
  if (process.env.BENCH_SECTOR !== '0') for (const line of sectorRun(ROOT, NOW)) console.log(line);
  const biggest = Math.max(...SIZES);
  const xlsx = join(OUT, `${biggest}.xlsx`);
  const cliMs = await benchOfflineCommand(biggest, xlsx);
  comparePandas(xlsx, cliMs);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
