/**
 * Plan 5277 end to end through the offline command: the sample with its four eOffice /
 * digital-signature columns, its two files, and the same run without those columns.
 */
import { tablePlace } from '../helpers/form-sheet';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { coveredBy, type Service } from '../../src/domain/positions';
import { parseChoice } from '../../src/domain/services';
import type { CellScalar, WorkbookData } from '../../src/local/workbook-data';
import { readXlsx } from '../../src/local/xlsx/read';
import { writeXlsx } from '../../src/local/xlsx/write';
import { ensureBuilt } from '../helpers/build-once';
import { parseCsv } from '../helpers/csv';
import { checkOffline } from '../helpers/offline';

const ROOT = join(__dirname, '..', '..');
const SAMPLE = join(ROOT, 'sample', 'mau-dang-ky.xlsx');
const NOW = '2025-09-05T09:00:00+07:00';
const SERVICE_HEADERS = ['Đăng ký eOffice', 'Đăng ký chữ ký số', 'Tài khoản eOffice hiện có', 'Chữ ký số hiện có'];

function grid(wb: WorkbookData, name: string): CellScalar[][] {
  const sheet = wb.sheets.find((s) => s.name === name)!;
  const width = Math.max(...sheet.rows.map((r) => r?.length ?? 0));
  return sheet.rows.map((r) => Array.from({ length: width }, (_, c) => r?.[c]?.value ?? ''));
}

/** Danh sách as records keyed by header (the first column of each header wins). */
function roster(wb: WorkbookData): { row: number; at: (header: string) => CellScalar }[] {
  const { headerAt, firstAt } = tablePlace(wb.sheets.find((s) => s.name === 'Danh sách')!);
  const all = grid(wb, 'Danh sách');
  const names = all[headerAt].map(String);
  return all
    .slice(firstAt)
    .map((values, i) => ({ row: firstAt + i + 1, at: (h: string) => values[names.indexOf(h)] ?? '' }));
}

const read = (dir: string, file: string) => readFileSync(join(dir, 'provisioning', file), 'utf8');

describe('plan 5277 through the offline command', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cli-5277-'));
  let input: WorkbookData;
  let withColumns: WorkbookData;
  let withoutColumns: WorkbookData;

  beforeAll(async () => {
    ensureBuilt();
    input = await readXlsx(SAMPLE);
    // The same workbook without the four columns.
    const stripped = await readXlsx(SAMPLE);
    const sheet = stripped.sheets.find((s) => s.name === 'Danh sách')!;
    const drop = new Set(
      sheet.rows[tablePlace(sheet).headerAt].flatMap((c, i) =>
        SERVICE_HEADERS.includes(String(c?.value ?? '')) ? [i] : [],
      ),
    );
    expect(drop.size).toBe(4);
    // Rows read from a file are sparse: walk every index so that holes keep their place.
    sheet.rows = sheet.rows.map((r) => r && Array.from(r, (cell) => cell).filter((_, c) => !drop.has(c)));
    await writeXlsx(stripped, join(dir, 'without.xlsx'));
    checkOffline(SAMPLE, join(dir, 'with'), NOW);
    checkOffline(join(dir, 'without.xlsx'), join(dir, 'without'), NOW);
    withColumns = await readXlsx(join(dir, 'with', 'result.xlsx'));
    withoutColumns = await readXlsx(join(dir, 'without', 'result.xlsx'));
  }, 240_000);

  const fileRows = (file: string) => {
    const text = read(join(dir, 'with'), file);
    expect(text.startsWith('\uFEFF')).toBe(true);
    const [header, ...rows] = parseCsv(text.slice(1));
    return { header, rows };
  };

  /** Who the spec asks for, from what the units typed and the mailbox outcome alone. */
  function expected(service: Service): string[] {
    const typed = roster(input);
    return roster(withColumns).flatMap((r, i) => {
      if (!typed[i]) return [];
      const address = String(r.at('Email công vụ'));
      // An addressed row: assigned, and exported in the run's batch.
      const mailbox = /^Đã cấp địa chỉ$|^Đã xuất đợt \d+$/.test(String(r.at('Trạng thái')));
      const choice = parseChoice(typed[i].at(service === 'eoffice' ? 'Đăng ký eOffice' : 'Đăng ký chữ ký số'));
      const held = typed[i].at(service === 'eoffice' ? 'Tài khoản eOffice hiện có' : 'Chữ ký số hiện có') !== '';
      const cccd = String(typed[i].at('Số CCCD'));
      const ok =
        mailbox &&
        choice !== 'no' &&
        !held &&
        coveredBy(service, typed[i].at('Chức vụ')) &&
        (service === 'eoffice' || cccd !== '');
      return ok ? [address] : [];
    });
  }

  it('hpnet-eoffice.csv: the spec header, exactly the people requested, user name = local part, dd/mm/yyyy', () => {
    const { header, rows } = fileRows('hpnet-eoffice.csv');
    expect(header).toEqual([
      'STT',
      'Họ và tên',
      'Ngày sinh',
      'Chức vụ',
      'Tên đơn vị',
      'Tên UBND cấp xã',
      'Email công vụ',
      'Số điện thoại',
      'Tên đăng nhập',
    ]);
    expect(rows.map((r) => r[6])).toEqual(expected('eoffice'));
    expect(rows.length).toBeGreaterThan(20);
    rows.forEach((r, i) => {
      expect(r[0]).toBe(String(i + 1));
      expect(r[2]).toMatch(/^\d{2}\/\d{2}\/\d{4}$/);
      expect(`${r[8]}@haiphong.edu.vn`).toBe(r[6]);
      expect(r[7]).toMatch(/^0\d{9}$/);
    });
    // The row in result.xlsx says the same.
    const requested = roster(withColumns)
      .filter((r) => r.at('eOffice') === 'Đề nghị cấp')
      .map((r) => String(r.at('Email công vụ')));
    expect(requested).toEqual(rows.map((r) => r[6]));
  });

  it('ban-co-yeu-chu-ky-so.csv: the spec header, exactly the heads requested, each with a valid CCCD', () => {
    const { header, rows } = fileRows('ban-co-yeu-chu-ky-so.csv');
    expect(header).toEqual([
      'STT',
      'Họ và tên',
      'Ngày sinh',
      'Giới tính',
      'Số CCCD',
      'Chức vụ',
      'Tên đơn vị',
      'Tên UBND cấp xã',
      'Email công vụ',
      'Số điện thoại',
    ]);
    expect(rows.map((r) => r[8])).toEqual(expected('signature'));
    expect(rows.length).toBeGreaterThan(5);
    for (const r of rows) {
      expect(r[4]).toMatch(/^\d{12}$/);
      expect(['Nam', 'Nữ']).toContain(r[3]);
      expect(coveredBy('signature', r[5])).toBe(true);
    }
    const requested = roster(withColumns)
      .filter((r) => r.at('Chữ ký số') === 'Đề nghị cấp')
      .map((r) => String(r.at('Email công vụ')));
    expect(requested).toEqual(rows.map((r) => r[8]));
  });

  it('Báo cáo and stats.json carry the same figures as the files', () => {
    const report = grid(withColumns, 'Báo cáo');
    const header = report[0].map(String);
    const total = report.find((r) => r[0] === 'Tổng cộng')!;
    const eoffice = fileRows('hpnet-eoffice.csv').rows.length;
    const signature = fileRows('ban-co-yeu-chu-ky-so.csv').rows.length;
    expect(total[header.indexOf('Đề nghị eOffice')]).toBe(eoffice);
    expect(total[header.indexOf('Đề nghị chữ ký số')]).toBe(signature);
    const east = report.find((r) => r[0] === 'Đông')!;
    const west = report.find((r) => r[0] === 'Tây')!;
    expect(Number(east[header.indexOf('Đề nghị eOffice')]) + Number(west[header.indexOf('Đề nghị eOffice')])).toBe(
      eoffice,
    );
    const stats = JSON.parse(readFileSync(join(dir, 'with', 'stats.json'), 'utf8'));
    expect(stats.counts).toMatchObject({ eofficeRequests: eoffice, signatureRequests: signature });
    const log = grid(withColumns, 'Nhật ký');
    const logHeader = log[0].map(String);
    expect(log[1][logHeader.indexOf('Đề nghị eOffice')]).toBe(eoffice);
    expect(log[1][logHeader.indexOf('Đề nghị chữ ký số')]).toBe(signature);
  });

  it('every mailbox decision is the same without the four columns', () => {
    const mailbox = (wb: WorkbookData) =>
      roster(wb).map((r) => [r.row, r.at('Email công vụ'), r.at('Trạng thái')].join('|'));
    expect(mailbox(withColumns)).toEqual(mailbox(withoutColumns));
    const findings = (run: string) =>
      parseCsv(readFileSync(join(dir, run, 'findings.csv'), 'utf8'))
        .slice(1)
        .filter((f) => !f[3].startsWith('SERVICE_'))
        .map((f) => f.join('|'));
    expect(findings('with')).toEqual(findings('without'));
    const codes = new Set(parseCsv(readFileSync(join(dir, 'with', 'findings.csv'), 'utf8')).map((f) => f[3]));
    expect(codes).toContain('SERVICE_NOT_ELIGIBLE');
    expect(codes).toContain('SERVICE_INCOMPLETE');
    const addresses = (run: string) => parseCsv(read(join(dir, run), 'google-workspace.csv').slice(1)).map((r) => r[2]);
    expect(addresses('with')).toEqual(addresses('without'));
    // Without the columns the two files are there, with their header only.
    expect(parseCsv(read(join(dir, 'without'), 'hpnet-eoffice.csv').slice(1))).toHaveLength(1);
    expect(parseCsv(read(join(dir, 'without'), 'ban-co-yeu-chu-ky-so.csv').slice(1))).toHaveLength(1);
    expect(grid(withoutColumns, 'Danh sách')[0]).not.toContain('eOffice');
  });
});
