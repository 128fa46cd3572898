/**
 * npx tsx bench/second-batch.ts [people] [late] — figures, not a test: the offline command's
 * first run on a generated workbook without its last `late` people, then a second run on
 * its result.xlsx with them typed in (batch 2) and the directory's user list pasted as
 * 'Danh bạ tài khoản' (every account of batch 1 created, half of them signed in). Prints
 * each run's service calls from stats.json: the second must make as many as the first,
 * whatever the number of rows. Both runs share Văn phòng's register key file.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { readXlsx } from '../src/local/xlsx/read';
import type { SheetData } from '../src/local/workbook-data';
import { writeXlsx } from '../src/local/xlsx/write';
import { generateWorkbook } from '../sample/generator';

const ROOT = resolve(__dirname, '..');
const OUT = join(ROOT, 'bench', 'out', 'second-batch');
const [people, late] = [Number(process.argv[2] ?? 100_000), Number(process.argv[3] ?? 1_000)];

const KEY_FILE = join(OUT, 'register.key');

function cli(input: string, out: string, now: string) {
  const run = spawnSync(
    process.execPath,
    [join(ROOT, 'dist-local', 'cli.js'), 'check', input, '--out', out, '--now', now, '--quiet', '--key-file', KEY_FILE],
    {
      encoding: 'utf8',
      maxBuffer: 1 << 24,
    },
  );
  if (run.status !== 0) throw new Error(run.stderr);
  return JSON.parse(readFileSync(join(out, 'stats.json'), 'utf8'));
}

/** The Admin console's user download for every address of the first run's Google file. */
function directorySheet(googleCsv: string): SheetData {
  const [header, ...lines] = googleCsv.trim().split(/\r?\n/);
  const at = header.split(',').indexOf('Email Address [Required]');
  const cell = (value: string) => ({ value });
  const rows = lines.map((line, i) =>
    ['Tên', 'Họ', line.split(',')[at], '/', 'Active', i % 2 ? 'Never logged in' : '2025/09/11 08:00:00'].map(cell),
  );
  const head = ['First Name', 'Last Name', 'Email Address', 'Org Unit Path', 'Status', 'Last Sign In'];
  return { name: 'Danh bạ tài khoản', rows: [head.map(cell), ...rows], merges: [], frozenRows: 1, frozenColumns: 0 };
}

async function main(): Promise<void> {
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  const { workbook } = generateWorkbook({ people, seed: 7, mistakes: true });
  const roster = workbook.sheets.find((s) => s.name === 'Danh sách')!;
  const held = roster.rows.splice(roster.rows.length - late, late);
  await writeXlsx(workbook, join(OUT, 'week1.xlsx'));
  const first = cli(join(OUT, 'week1.xlsx'), join(OUT, 'one'), '2025-09-05T09:00:00+07:00');
  const result = await readXlsx(join(OUT, 'one', 'result.xlsx'));
  result.sheets.find((s) => s.name === 'Danh sách')!.rows.push(...held);
  result.sheets.push(directorySheet(readFileSync(join(OUT, 'one', 'provisioning', 'google-workspace.csv'), 'utf8')));
  await writeXlsx(result, join(OUT, 'week2.xlsx'));
  const second = cli(join(OUT, 'week2.xlsx'), join(OUT, 'two'), '2025-09-12T09:00:00+07:00');
  for (const [name, s] of [
    ['first', first],
    ['second', second],
  ] as const)
    console.log(
      `${name}: ${s.rows} rows, batch ${s.batch}, ${s.calls_total} calls, ${s.cells.written} cells written, ` +
        `modelled ${(s.modelled_google_ms / 1000).toFixed(1)} s (high ${(s.modelled_google_ms_high / 1000).toFixed(1)} s)`,
    );
  const differ = Object.keys({ ...first.calls, ...second.calls }).filter((m) => first.calls[m] !== second.calls[m]);
  console.log(
    differ.length
      ? `calls that differ: ${differ.map((m) => `${m} ${first.calls[m] ?? 0}→${second.calls[m] ?? 0}`).join(', ')}`
      : 'same calls, method by method',
  );
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
