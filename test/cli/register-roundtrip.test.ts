/**
 * The address register through the offline command: result.xlsx carries 'Sổ địa chỉ'
 * (hidden), and the next run, fed that file after a month of unit edits, keeps every
 * person's address, never hands a deleted row's address to a namesake, and keeps the
 * row holding the address when a person is listed twice.
 */
import { tablePlace } from '../helpers/form-sheet';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CellData, SheetData, WorkbookData } from '../../src/local/workbook-data';
import { readXlsx } from '../../src/local/xlsx/read';
import { writeXlsx } from '../../src/local/xlsx/write';
import { ensureBuilt } from '../helpers/build-once';
import { parseCsv } from '../helpers/csv';
import { checkOffline } from '../helpers/offline';

const ROOT = join(__dirname, '..', '..');
const SAMPLE = join(ROOT, 'sample', 'mau-dang-ky.xlsx');
const NOW = '2025-09-05T09:00:00+07:00';

const cli = (input: string, out: string): void => checkOffline(input, out, NOW);

const sheet = (wb: WorkbookData, name: string): SheetData => wb.sheets.find((s) => s.name === name)!;
const text = (c: CellData | undefined): string => String(c?.value ?? '').trim();

function columns(s: SheetData): Record<string, number> {
  return Object.fromEntries(s.rows[tablePlace(s).headerAt].map((c, i) => [text(c), i]));
}

/** Person key (CCCD, else name and date of birth) → every address its rows show. */
function addressesByPerson(wb: WorkbookData): Map<string, Set<string>> {
  const roster = sheet(wb, 'Danh sách');
  const col = columns(roster);
  const out = new Map<string, Set<string>>();
  for (const row of roster.rows.slice(tablePlace(roster).firstAt)) {
    const address = text(row?.[col['Email công vụ']]).toLowerCase();
    const key = personKey(row, col);
    if (!key) continue;
    if (!out.has(key)) out.set(key, new Set());
    if (address) out.get(key)!.add(address);
  }
  return out;
}

function personKey(row: (CellData | undefined)[] | undefined, col: Record<string, number>): string {
  const cccd = text(row?.[col['Số CCCD']]).replace(/\D/g, '').padStart(12, '0');
  if (cccd !== '000000000000') return cccd;
  const name = text(row?.[col['Họ và tên']]).normalize('NFC').toLowerCase();
  const dob = row?.[col['Ngày sinh']]?.value;
  return name ? `${name}|${dob instanceof Date ? dob.toISOString() : String(dob)}` : '';
}

describe('the address register through result.xlsx', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cli-register-'));
  let first: WorkbookData;
  let second: WorkbookData;
  let edited: WorkbookData;
  let deleted: { key: string; address: string; name: string };
  let namesakeRow: number;
  let twice: { key: string; address: string };

  beforeAll(async () => {
    ensureBuilt();
    cli(SAMPLE, join(dir, 'one'));
    first = await readXlsx(join(dir, 'one', 'result.xlsx'));

    // A month of edits, made on the downloaded result as a unit would make them.
    edited = await readXlsx(join(dir, 'one', 'result.xlsx'));
    const roster = sheet(edited, 'Danh sách');
    const col = columns(roster);
    const body = roster.rows.slice(tablePlace(roster).firstAt).filter((r) => r && text(r[col['Ngày sinh']]));
    const withAddress = body.filter((r) => text(r![col['Email công vụ']]));
    // 1. Delete a person's only row; a namesake born another day arrives later.
    const gone = withAddress[5]!;
    deleted = {
      key: personKey(gone, col),
      address: text(gone[col['Email công vụ']]),
      name: text(gone[col['Họ và tên']]),
    };
    const namesake = gone.map((c) => (c ? { ...c } : c));
    namesake[col['Email công vụ']] = { value: '' };
    namesake[col['Số CCCD']] = { value: '' };
    namesake[col['Số điện thoại']] = { value: '0912000111' };
    const dob = gone[col['Ngày sinh']]!.value as Date;
    namesake[col['Ngày sinh']] = { value: new Date(dob.getFullYear() + 1, dob.getMonth(), dob.getDate()) };
    namesake[col['Mã định danh']] = { value: 'HP-NS-0001' };
    // The namesake is in the sector database too, so nothing but the address is in question.
    const csdl = sheet(edited, 'CSDL ngành');
    const csdlCol = columns(csdl);
    const record: CellData[] = csdl.rows[0].map(() => ({ value: '' }));
    record[csdlCol['Mã định danh']] = { value: 'HP-NS-0001' };
    record[csdlCol['Họ và tên']] = { value: deleted.name };
    record[csdlCol['Ngày sinh']] = namesake[col['Ngày sinh']]!;
    csdl.rows.push(record);
    // 2. A person listed again, the copy (without the address) placed before the original.
    const original = withAddress[20]!;
    twice = { key: personKey(original, col), address: text(original[col['Email công vụ']]) };
    const copy = original.map((c) => (c ? { ...c } : c));
    for (const owned of ['Email công vụ', 'Trạng thái', 'Lỗi']) copy[col[owned]] = { value: '' };
    // 3. Rows in another order: reversed, the copy first.
    const rest = body.filter((r) => r !== gone).reverse();
    // The title, header and numbering rows stay on top, as a unit's edits leave them.
    roster.rows = [...roster.rows.slice(0, tablePlace(roster).firstAt), copy, ...rest, namesake];
    namesakeRow = roster.rows.length;
    await writeXlsx(edited, join(dir, 'edited.xlsx'));
    cli(join(dir, 'edited.xlsx'), join(dir, 'two'));
    second = await readXlsx(join(dir, 'two', 'result.xlsx'));
  });

  it('writes Sổ địa chỉ into result.xlsx, hidden, one row per address shown, CCCDs only sealed', () => {
    const register = sheet(first, 'Sổ địa chỉ');
    expect(register.hidden).toBe(true);
    const col = columns(register);
    const shown = [...addressesByPerson(first).values()].flatMap((s) => [...s]);
    expect(shown.length).toBeGreaterThan(250);
    const registered = register.rows.slice(1).map((r) => text(r?.[col['Email công vụ']]));
    expect(new Set(registered)).toEqual(new Set(shown));
    expect(text(register.rows[0][1])).toMatch(/^Người được cấp \(khoá [0-9a-f]{8}\)$/);
    const people = register.rows.slice(1).map((r) => text(r?.[1]));
    const withCccd = people.filter((p) => p.includes('CCCD '));
    expect(withCccd.length).toBeGreaterThan(200);
    // Hidden is not private: no CCCD or date of birth in clear.
    for (const p of withCccd) expect(p).toMatch(/CCCD #[0-9a-f]{16};/);
    // The batch segment's export date is the only date left in the clear.
    const unsealed = (p: string) => p.replace(/#[0-9a-f]{16}/g, '').replace(/Đợt \d+ \([^)]*\)/g, '');
    for (const p of people) expect(unsealed(p)).not.toMatch(/\d{9,12}|\d{1,2}\/\d{1,2}\/\d{4}/);
  });

  it('gives every remaining person the address they had, and no one a second one', () => {
    const before = addressesByPerson(first);
    const after = addressesByPerson(second);
    for (const [key, addresses] of after) {
      expect(addresses.size).toBeLessThanOrEqual(1);
      const had = before.get(key);
      if (had && had.size > 0) expect(addresses).toEqual(had);
    }
  });

  it("keeps a deleted row's address reserved: the namesake who came later gets another", () => {
    const roster = sheet(second, 'Danh sách');
    const col = columns(roster);
    const everywhere = roster.rows.slice(tablePlace(roster).firstAt).map((r) => text(r?.[col['Email công vụ']]));
    expect(everywhere).not.toContain(deleted.address);
    const given = text(roster.rows[namesakeRow - 1][col['Email công vụ']]);
    expect(text(roster.rows[namesakeRow - 1][col['Họ và tên']])).toBe(deleted.name);
    expect(given).toMatch(/@haiphong\.edu\.vn$/);
    expect(given).not.toBe(deleted.address);
    const register = sheet(second, 'Sổ địa chỉ');
    expect(register.rows.map((r) => text(r?.[0]))).toContain(deleted.address);
  });

  it('keeps the row holding the address when a person is listed twice, and flags the copy naming it', () => {
    const roster = sheet(second, 'Danh sách');
    const col = columns(roster);
    const rows = roster.rows
      .map((r, i) => ({ r, sheetRow: i + 1 }))
      .filter(({ r }, i) => i > 0 && personKey(r, col) === twice.key);
    expect(rows.map(({ r }) => text(r[col['Email công vụ']]))).toEqual(['', twice.address]);
    const findings = parseCsv(readFileSync(join(dir, 'two', 'findings.csv'), 'utf8')).slice(1);
    const flagged = findings.filter((f) => f[0] === 'Danh sách' && f[1] === String(rows[0].sheetRow));
    expect(flagged.map((f) => f[3])).toEqual(['DUPLICATE_PERSON']);
    expect(flagged[0][4]).toContain(`dòng ${rows[1].sheetRow}`);
    expect(findings.some((f) => f[0] === 'Danh sách' && f[1] === String(rows[1].sheetRow))).toBe(false);
  });
});
