/**
 * The week after the first file, through the offline command: Văn phòng runs the sample,
 * pastes the directory's user list (Google Admin console › Users › Download users) into
 * result.xlsx as a sheet 'Danh bạ tài khoản' with a spreadsheet program (exceljs here),
 * and runs again. Each addressed row's `Trạng thái` then says how far it got, Báo cáo
 * counts it, the dashboard leads with mailboxes in use, and nobody's own account is a finding.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { ensureBuilt } from '../helpers/build-once';
import { parseCsv } from '../helpers/csv';
import { checkOffline as cli } from '../helpers/offline';

const ROOT = join(__dirname, '..', '..');
const SAMPLE = join(ROOT, 'sample', 'mau-dang-ky.xlsx');

/** `first` is the sheet row number of `rows[0]`. */
type Table = { header: string[]; rows: string[][]; first: number };

async function sheetOf(file: string, name: string): Promise<Table> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const ws = wb.getWorksheet(name)!;
  const rows: string[][] = [];
  ws.eachRow({ includeEmpty: true }, (row) => {
    const cells: string[] = [];
    for (let c = 1; c <= ws.columnCount; c++) cells.push(String(row.getCell(c).text ?? '').trim());
    rows.push(cells);
  });
  // The sample is laid out as the department's form: its header is below the title rows.
  const at = Math.max(0, name.startsWith('Danh sách') ? rows.findIndex((r) => r.includes('Họ và tên')) : 0);
  return { header: rows[at], rows: rows.slice(at + 1), first: at + 2 };
}

const column = (t: Table, header: string): string[] => t.rows.map((r) => r[t.header.indexOf(header)] ?? '');

/** The Admin console's download, cut to the columns that matter here, as the console writes them. */
const GOOGLE_HEADER = [
  'First Name [Required]',
  'Last Name [Required]',
  'Email Address [Required]',
  'Org Unit Path [Required]',
  'Employee ID',
  'Status [READ ONLY]',
  'Last Sign In [READ ONLY]',
  'Email Usage [READ ONLY]',
];

describe('the directory’s list pasted into result.xlsx', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cli-directory-'));
  let assigned: string[];
  let signedIn: Set<string>;
  let never: Set<string>;

  beforeAll(async () => {
    ensureBuilt();
    cli(SAMPLE, join(dir, 'one'), '2025-09-05T09:00:00+07:00');
    const roster = await sheetOf(join(dir, 'one', 'result.xlsx'), 'Danh sách');
    assigned = column(roster, 'Email công vụ').filter(Boolean);
    // A third signed in, a third created but never signed in, a third not created yet.
    signedIn = new Set(assigned.filter((_, i) => i % 3 === 0));
    never = new Set(assigned.filter((_, i) => i % 3 === 1));

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(dir, 'one', 'result.xlsx'));
    const ws = wb.addWorksheet('Danh bạ tài khoản');
    ws.addRow(GOOGLE_HEADER);
    ws.addRow(['Quản trị', 'Văn phòng', 'vanphong@haiphong.edu.vn', '/', '', 'Active', '2025/09/12 07:00:00', '1.2GB']);
    for (const address of [...signedIn, ...never])
      ws.addRow([
        'Tên',
        'Họ',
        address,
        '/Phường Lê Chân/Trường THCS Lê Lợi',
        '',
        'Active',
        signedIn.has(address) ? '2025/09/12 08:15:03' : 'Never logged in',
        '0GB',
      ]);
    await wb.xlsx.writeFile(join(dir, 'pasted.xlsx'));
    cli(join(dir, 'pasted.xlsx'), join(dir, 'two'), '2025-09-15T09:00:00+07:00');
  }, 240_000);

  it('shows each addressed row’s stage in Trạng thái, and keeps every address', async () => {
    const roster = await sheetOf(join(dir, 'two', 'result.xlsx'), 'Danh sách');
    const addresses = column(roster, 'Email công vụ');
    const status = column(roster, 'Trạng thái');
    expect(addresses.filter(Boolean)).toEqual(assigned);
    let compared = 0;
    addresses.forEach((a, i) => {
      if (!a) return;
      compared++;
      // The first run exported everyone in batch 1: the rest are at that stage.
      const expected = signedIn.has(a) ? 'Đang sử dụng' : never.has(a) ? 'Đã tạo tài khoản' : 'Đã xuất đợt 1';
      expect([a, status[i]]).toEqual([a, expected]);
    });
    expect(compared).toBeGreaterThan(100);
  });

  it('raises no finding for a person’s own account; batch 1, ten days old, warns NOT_CREATED for the rest', async () => {
    const codes = (run: string) =>
      parseCsv(readFileSync(join(dir, run, 'findings.csv'), 'utf8'))
        .slice(1)
        .map((r) => `${r[0]}!${r[1]}:${r[3]}`)
        .sort();
    const roster = await sheetOf(join(dir, 'two', 'result.xlsx'), 'Danh sách');
    const notCreated = column(roster, 'Email công vụ')
      .map((a, i) => ({ a, row: i + roster.first }))
      .filter(({ a }) => a && !signedIn.has(a) && !never.has(a))
      .map(({ row }) => `Danh sách!${row}:NOT_CREATED`);
    expect(notCreated.length).toBeGreaterThan(50);
    expect(codes('two')).toEqual([...codes('one'), ...notCreated].sort());
  });

  it('counts exported, created and in use in Báo cáo, per commune and in total', async () => {
    const report = await sheetOf(join(dir, 'two', 'result.xlsx'), 'Báo cáo');
    const total = report.rows.find((r) => r[0] === 'Tổng cộng')!;
    const at = (h: string) => Number(total[report.header.indexOf(h)]);
    expect(at('Đã cấp địa chỉ')).toBe(assigned.length);
    expect(at('Đã tạo tài khoản')).toBe(signedIn.size + never.size);
    expect(at('Đang sử dụng')).toBe(signedIn.size);
    // Everyone went out in batch 1.
    expect(at('Đã xuất')).toBe(assigned.length);
    const communes = report.rows.slice(
      0,
      report.rows.findIndex((r) => r[0] === 'Đông'),
    );
    const sum = (h: string) => communes.reduce((n, r) => n + Number(r[report.header.indexOf(h)] || 0), 0);
    expect(sum('Đang sử dụng')).toBe(signedIn.size);
    expect(sum('Đã tạo tài khoản')).toBe(signedIn.size + never.size);
  });

  it('leads dashboard.html with the mailboxes in use', () => {
    const html = readFileSync(join(dir, 'two', 'dashboard.html'), 'utf8');
    const headline = html.match(/<section class="headline"[\s\S]*?<\/section>/)?.[0] ?? '';
    expect(headline).toContain('Hộp thư đang sử dụng');
    const inUse = String(signedIn.size).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
    expect(headline).toMatch(new RegExp(`${inUse} / [\\d.]+ người cần hộp thư`));
    // The headline comes before every other figure.
    expect(html.indexOf('id="headline"')).toBeLessThan(html.indexOf('class="cards"'));
  });
});
