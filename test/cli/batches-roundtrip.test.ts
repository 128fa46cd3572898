/**
 * Batches through the offline command, week by week as Văn phòng lives them: the first run
 * is batch 1; late registrations added to result.xlsx make batch 2 of only them, with new
 * passwords, while nobody of batch 1 is in any file again; a run with nothing new makes no
 * batch and no files and says so. The numbering rides in result.xlsx's Sổ địa chỉ.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SheetData, WorkbookData } from '../../src/local/workbook-data';
import { readXlsx } from '../../src/local/xlsx/read';
import { writeXlsx } from '../../src/local/xlsx/write';
import { passwordsOf } from '../helpers/batches';
import { ensureBuilt } from '../helpers/build-once';
import { parseCsv } from '../helpers/csv';

const ROOT = join(__dirname, '..', '..');
const SAMPLE = join(ROOT, 'sample', 'mau-dang-ky.xlsx');

/** Văn phòng keeps one key file for the register, week after week. */
const KEY_FILE = join(mkdtempSync(join(tmpdir(), 'cli-batches-key-')), 'register.key');

function cli(input: string, out: string, now: string): string {
  const run = spawnSync(
    process.execPath,
    [join(ROOT, 'dist-local', 'cli.js'), 'check', input, '--out', out, '--now', now, '--key-file', KEY_FILE],
    {
      encoding: 'utf8',
      timeout: 120_000,
    },
  );
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  return run.stdout;
}

const sheet = (wb: WorkbookData, name: string): SheetData => wb.sheets.find((s) => s.name === name)!;
const files = (dir: string, sub: string): string[] => (existsSync(join(dir, sub)) ? readdirSync(join(dir, sub)) : []);
const provisioning = (dir: string, file: string): Map<string, string> =>
  passwordsOf(readFileSync(join(dir, 'provisioning', file), 'utf8'));

/** The addresses ('Email công vụ') of a run's eOffice or signature list; empty when the run made none. */
function serviceAddresses(dir: string, file: string): Set<string> {
  const path = join(dir, 'provisioning', file);
  if (!existsSync(path)) return new Set();
  const [header, ...rows] = parseCsv(readFileSync(path, 'utf8'));
  const at = header.indexOf('Email công vụ');
  return new Set(rows.map((r) => r[at]).filter(Boolean));
}

/** address → password of every hand-over CSV of a run. */
function handover(dir: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const f of files(dir, 'handover').filter((n) => n.endsWith('.csv')))
    for (const r of parseCsv(readFileSync(join(dir, 'handover', f), 'utf8').slice(1)).slice(1)) map.set(r[4], r[5]);
  return map;
}

describe('batches through result.xlsx', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cli-batches-'));
  const out = (n: string) => join(dir, n);
  const stdout: string[] = [];
  /** The batch-1 head who asks for eOffice in week 2. */
  let askedLate = '';

  beforeAll(async () => {
    ensureBuilt();
    // Week 1: the sample without its last eight rows, who register late.
    const wb = await readXlsx(SAMPLE);
    const roster = sheet(wb, 'Danh sách');
    const late = roster.rows.splice(roster.rows.length - 8, 8);
    await writeXlsx(wb, join(dir, 'week1.xlsx'));
    stdout.push(cli(join(dir, 'week1.xlsx'), out('one'), '2025-09-05T09:00:00+07:00'));
    // Week 2: the late people typed into the downloaded result; and a head of batch 1 who had
    // declined eOffice asks for it now.
    const result = await readXlsx(join(out('one'), 'result.xlsx'));
    const typed = sheet(result, 'Danh sách');
    const header = typed.rows.find((r) => (r ?? []).some((c) => c?.value === 'Họ và tên'))!.map((c) => c?.value);
    const at = (h: string) => header.indexOf(h);
    const head = typed.rows.find(
      (r) =>
        /^(Hiệu trưởng|Phó hiệu trưởng)$/.test(String(r?.[at('Chức vụ')]?.value)) &&
        r?.[at('Đăng ký eOffice')]?.value === 'Không' &&
        !r?.[at('Tài khoản eOffice hiện có')]?.value &&
        r?.[at('Email công vụ')]?.value,
    )!;
    head[at('Đăng ký eOffice')] = { value: 'Có' };
    askedLate = String(head[at('Email công vụ')]!.value);
    typed.rows.push(...late);
    await writeXlsx(result, join(dir, 'week2.xlsx'));
    stdout.push(cli(join(dir, 'week2.xlsx'), out('two'), '2025-09-12T09:00:00+07:00'));
    // Week 3: nothing new.
    stdout.push(cli(join(out('two'), 'result.xlsx'), out('three'), '2025-09-19T09:00:00+07:00'));
  }, 240_000);

  it('exports only the late people in batch 2, with new passwords the same in every file and list', () => {
    const one = provisioning(out('one'), 'google-workspace.csv');
    const two = provisioning(out('two'), 'google-workspace.csv');
    expect(one.size).toBeGreaterThan(250);
    expect(two.size).toBeGreaterThan(0);
    expect(two.size).toBeLessThanOrEqual(8);
    for (const address of two.keys()) expect(one.has(address)).toBe(false);
    for (const run of ['one', 'two']) {
      const google = provisioning(out(run), 'google-workspace.csv');
      expect(provisioning(out(run), 'microsoft-entra.csv')).toEqual(google);
      expect(provisioning(out(run), 'zimbra.zmprov')).toEqual(google);
      expect(handover(out(run))).toEqual(google);
    }
    expect(stdout[0]).toContain(`Đợt 1: ${one.size} tài khoản mới.`);
    expect(stdout[1]).toContain(`Đợt 2: ${two.size} tài khoản mới.`);
  });

  it('lists in batch 2 only the eOffice and signature requests no earlier list held', () => {
    const late = provisioning(out('two'), 'google-workspace.csv');
    let firstLists = 0;
    for (const file of ['hpnet-eoffice.csv', 'ban-co-yeu-chu-ky-so.csv']) {
      const one = serviceAddresses(out('one'), file);
      firstLists += one.size;
      for (const address of serviceAddresses(out('two'), file)) {
        expect([file, address, one.has(address)]).toEqual([file, address, false]);
      }
    }
    expect(firstLists).toBeGreaterThan(20);
    // The head of batch 1 who asked this week is in batch 2's list, and no one else of batch 1.
    const asked = serviceAddresses(out('two'), 'hpnet-eoffice.csv');
    expect(asked.has(askedLate)).toBe(true);
    expect([...asked].filter((a) => !late.has(a))).toEqual([askedLate]);
  });

  it('makes no batch and no files when nothing is new, and says so', () => {
    expect(files(out('three'), 'provisioning')).toEqual([]);
    expect(files(out('three'), 'handover')).toEqual([]);
    expect(stdout[2]).toContain('Không có địa chỉ mới nào cần xuất');
    expect(existsSync(join(out('three'), 'findings.csv'))).toBe(true);
    expect(JSON.parse(readFileSync(join(out('three'), 'stats.json'), 'utf8')).batch).toBeNull();
  });

  it('records each address’s batch in Sổ địa chỉ, so the numbering goes on from one result.xlsx to the next', async () => {
    const register = sheet(await readXlsx(join(out('three'), 'result.xlsx')), 'Sổ địa chỉ');
    const batchOf = new Map(
      register.rows
        .slice(1)
        .map((r) => [String(r?.[0]?.value ?? ''), /Đợt (\d+) \(/.exec(String(r?.[1]?.value ?? ''))?.[1]]),
    );
    for (const a of provisioning(out('one'), 'google-workspace.csv').keys()) expect(batchOf.get(a)).toBe('1');
    for (const a of provisioning(out('two'), 'google-workspace.csv').keys()) expect(batchOf.get(a)).toBe('2');
    // Two cells an address, as before batches.
    expect(Math.max(...register.rows.map((r) => r?.length ?? 0))).toBe(2);
  });
});
