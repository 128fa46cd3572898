/**
 * The offline command on a workbook whose roster is split over two tabs by region, each under
 * title rows with a numbering row and subtotals: findings.csv names the tab and row of every
 * planted mistake, and result.xlsx has the owned columns on each tab's header row, every
 * other cell as it was.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { departmentForm } from '../../sample/form-layout';
import { generateWorkbook } from '../../sample/generator';
import { readXlsx } from '../../src/local/xlsx/read';
import { writeXlsx } from '../../src/local/xlsx/write';
import { ensureBuilt } from '../helpers/build-once';
import { parseCsv } from '../helpers/csv';
import { tablePlace } from '../helpers/form-sheet';

const ROOT = join(__dirname, '..', '..');
const TABS = ['Danh sách - Phía Đông', 'Danh sách - Phía Tây'];

describe('the offline command on a roster over two tabs', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cli-forms-'));
  const form = departmentForm(generateWorkbook({ people: 360, seed: 2025, mistakes: true }), true);

  beforeAll(async () => {
    ensureBuilt();
    await writeXlsx(form.workbook, join(dir, 'in.xlsx'));
    const run = spawnSync(
      process.execPath,
      [join(ROOT, 'dist-local', 'cli.js'), 'check', join(dir, 'in.xlsx'), '--out', join(dir, 'out'), '--quiet'],
      { encoding: 'utf8', timeout: 120_000 },
    );
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });

  it('reports every planted mistake at its tab and row, and nothing at a clean row', () => {
    const findings = parseCsv(readFileSync(join(dir, 'out', 'findings.csv'), 'utf8')).slice(1);
    const found: Record<string, string[]> = {};
    for (const f of findings) if (f[0]) (found[`${f[0]}!${f[1]}`] ??= []).push(f[3]);
    for (const k of Object.keys(found)) found[k] = [...new Set(found[k])].sort();
    const planted = Object.fromEntries(
      Object.entries(form.planted)
        .filter(([, codes]) => codes.length > 0)
        .map(([k, codes]) => [k, [...codes].sort()]),
    );
    expect(found).toEqual(planted);
  });

  it("writes result.xlsx with the owned columns on each tab's header row and every other cell kept", async () => {
    const after = await readXlsx(join(dir, 'out', 'result.xlsx'));
    for (const name of TABS) {
      const was = form.workbook.sheets.find((s) => s.name === name)!;
      const now = after.sheets.find((s) => s.name === name)!;
      const { headerAt, firstAt } = tablePlace(now);
      expect(headerAt).toBe(3);
      const header = now.rows[headerAt].map((c) => String(c?.value ?? ''));
      expect(header).toEqual(expect.arrayContaining(['Email công vụ', 'Trạng thái', 'Lỗi']));
      const width = was.rows[headerAt].length;
      // Title, header and numbering rows, and every user column below, as they were.
      now.rows.forEach((row, r) =>
        row
          ?.slice(0, width)
          .forEach((cell, c) => expect([r, c, cell?.value ?? '']).toEqual([r, c, was.rows[r]?.[c]?.value ?? ''])),
      );
      const address = header.indexOf('Email công vụ');
      const given = now.rows
        .slice(firstAt)
        .filter((r) => String(r?.[address]?.value ?? '').endsWith('@haiphong.edu.vn'));
      expect(given.length).toBeGreaterThan(50);
    }
  });
});
