/**
 * npx tsx bench/second-batch.ts [people] [late] — figures, not a test: the offline command's
 * first run on a generated workbook without its last `late` people, then a second run on
 * its result.xlsx with them typed in (batch 2). Prints each run's service calls from
 * stats.json: the second must make as many as the first, whatever the number of rows.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { readXlsx } from '../src/local/xlsx/read';
import { writeXlsx } from '../src/local/xlsx/write';
import { generateWorkbook } from '../sample/generator';

const ROOT = resolve(__dirname, '..');
const OUT = join(ROOT, 'bench', 'out', 'second-batch');
const [people, late] = [Number(process.argv[2] ?? 100_000), Number(process.argv[3] ?? 1_000)];

function cli(input: string, out: string, now: string) {
  const run = spawnSync(
    process.execPath,
    [join(ROOT, 'dist-local', 'cli.js'), 'check', input, '--out', out, '--now', now, '--quiet'],
    {
      encoding: 'utf8',
      maxBuffer: 1 << 24,
    },
  );
  if (run.status !== 0) throw new Error(run.stderr);
  return JSON.parse(readFileSync(join(out, 'stats.json'), 'utf8'));
}

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const { workbook } = generateWorkbook({ people, seed: 7, mistakes: true });
  const roster = workbook.sheets.find((s) => s.name === 'Danh sách')!;
  const held = roster.rows.splice(roster.rows.length - late, late);
  await writeXlsx(workbook, join(OUT, 'week1.xlsx'));
  const first = cli(join(OUT, 'week1.xlsx'), join(OUT, 'one'), '2025-09-05T09:00:00+07:00');
  const result = await readXlsx(join(OUT, 'one', 'result.xlsx'));
  result.sheets.find((s) => s.name === 'Danh sách')!.rows.push(...held);
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
