/**
 * Realistic workbooks for the add-on tests: people from the 15,000 real names, spread
 * over the city's 114 communes, with consistent birth dates, CCCD and phones.
 */
import { readDataFile, readNames, ROSTER_HEADER_AS_TYPED, SUMMARY_HEADER_AS_TYPED } from '../../scripts/reference-data';
import type { CellData, CellScalar, SheetData, WorkbookData } from '../../src/local/workbook-data';

export const NAMES = readNames();
export const COMMUNE_ROWS = readDataFile('haiphong-communes-2025.csv')
  .trim()
  .split('\n')
  .slice(1)
  .map((line) => {
    const [code, name, type, fullName, region] = line.split(',');
    return { code, name, type, fullName, region };
  });

export const ROSTER_HEADER = [...ROSTER_HEADER_AS_TYPED];
export const SUMMARY_HEADER = [...SUMMARY_HEADER_AS_TYPED];
/** Báo cáo's header before plan 5277 added its eOffice and signature columns, written out as the spec has it. */
export const REPORT_HEADER_BEFORE_5277: readonly string[] = [
  'Tên UBND cấp xã',
  'Khu vực',
  'Số đơn vị',
  'Số đề nghị',
  'Số trong danh sách',
  'Hợp lệ',
  'Trùng',
  'Đã có tài khoản',
  'Có lỗi',
  'Đã cấp địa chỉ',
];
const POSITIONS = ['Giáo viên', 'Giáo viên', 'Giáo viên', 'Tổ trưởng', 'Nhân viên', 'Phó hiệu trưởng', 'Văn thư'];
const PEOPLE_PER_UNIT = 40;

export interface Person {
  commune: string;
  unit: string;
  fullName: string;
  dob: Date;
  gender: 'Nam' | 'Nữ';
  position: string;
  staffId: string;
  cccd: string;
  phone: string;
  email: string;
}

/** Deterministic: person i is always the same person. */
export function person(i: number): Person {
  const fullName = NAMES[i % NAMES.length];
  const commune = COMMUNE_ROWS[Math.floor(i / PEOPLE_PER_UNIT) % COMMUNE_ROWS.length];
  const unitKind = Math.floor(i / (PEOPLE_PER_UNIT * COMMUNE_ROWS.length)) % 3;
  const unit = `Trường ${['THCS', 'Tiểu học', 'Mầm non'][unitKind]} ${commune.name}${unitKind === 0 ? '' : ` số ${1 + (Math.floor(i / 5000) % 9)}`}`;
  const year = 1966 + (i % 36);
  const dob = new Date(year, (i * 7) % 12, 1 + ((i * 13) % 28));
  const gender = / Thị /.test(` ${fullName} `) || i % 3 === 0 ? 'Nữ' : 'Nam';
  const province = commune.region === 'Đông' ? '031' : '030';
  const centuryDigit = (year >= 2000 ? 2 : 0) + (gender === 'Nữ' ? 1 : 0);
  const serial = String(100000 + ((i * 7919) % 900000));
  return {
    commune: commune.fullName,
    unit,
    fullName,
    dob,
    gender,
    position: POSITIONS[i % POSITIONS.length],
    staffId: `${province.slice(1)}${String(10000000 + i).slice(-8)}`,
    cccd: `${province}${centuryDigit}${String(year).slice(-2)}${serial}`,
    phone: `09${String(12345678 + i * 37).slice(-8)}`,
    email: `gv${i}.hp@gmail.com`,
  };
}

/** A date as the form's date field carries it (yyyy-mm-dd, local time). */
export function isoDate(d: Date): string {
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** What the registration sidebar sends for person i, with `changes` applied. */
export function registrationForm(i: number, changes: Record<string, string> = {}): Record<string, string> {
  const p = person(i);
  return {
    commune: p.commune,
    unit: p.unit,
    fullName: p.fullName,
    dob: isoDate(p.dob),
    gender: p.gender,
    position: p.position,
    staffId: p.staffId,
    cccd: p.cccd,
    phone: p.phone,
    personalEmail: p.email,
    ...changes,
  };
}

/** The Cài đặt form with the shipped defaults and notices off. */
export const SETTINGS_FORM = {
  domain: 'haiphong.edu.vn',
  addressPattern: '{given}{initials}',
  deadline: '',
  allowedUsers: '',
  notifyFocalPersons: false,
};

export function rosterRow(i: number, p: Person = person(i)): CellScalar[] {
  return [
    i + 1,
    p.commune,
    p.unit,
    p.fullName,
    p.dob,
    p.gender,
    p.position,
    p.staffId,
    p.cccd,
    p.phone,
    p.email,
    '',
    '',
  ];
}

const TEXT_COLUMNS = new Set([7, 8, 9]);

function cells(rows: CellScalar[][], textColumns: Set<number> = new Set()): (CellData | undefined)[][] {
  return rows.map((row, r) =>
    row.map((value, c) => {
      if (r > 0 && value instanceof Date) return { value, numberFormat: 'dd/mm/yyyy' };
      if (r > 0 && textColumns.has(c)) return { value, numberFormat: '@' };
      return { value };
    }),
  );
}

export function sheet(name: string, rows: CellScalar[][], textColumns?: Set<number>): SheetData {
  return { name, rows: cells(rows, textColumns), merges: [], frozenRows: 1, frozenColumns: 0 };
}

export interface WorkbookOptions {
  /** Rows to put in Danh sách, or explicit rows (header excluded). */
  rows: number | CellScalar[][];
  /** Add an 'Email đầu mối' column to Tổng hợp. */
  focalEmails?: boolean;
  accounts?: CellScalar[][];
}

export function makeWorkbook(options: WorkbookOptions): WorkbookData {
  const data =
    typeof options.rows === 'number' ? Array.from({ length: options.rows }, (_, i) => rosterRow(i)) : options.rows;
  const units = new Map<string, { commune: string; unit: string; count: number }>();
  for (const row of data) {
    const key = `${row[1]}|${row[2]}`;
    const u = units.get(key) ?? { commune: String(row[1]), unit: String(row[2]), count: 0 };
    u.count++;
    units.set(key, u);
  }
  const summaryHeader = options.focalEmails ? [...SUMMARY_HEADER, 'Email đầu mối'] : SUMMARY_HEADER;
  const summary = [...units.values()].map((u, i) => {
    const row: CellScalar[] = [
      i + 1,
      u.commune,
      u.unit,
      u.count,
      NAMES[(i * 31) % NAMES.length],
      `0225${String(3000000 + i).slice(-7)}`,
    ];
    if (options.focalEmails) row.push(`daumoi${i + 1}@haiphong.edu.vn`);
    return row;
  });
  return {
    name: 'Đăng ký email công vụ',
    sheets: [
      sheet('Tổng hợp', [summaryHeader, ...summary]),
      sheet('Danh sách', [ROSTER_HEADER, ...data], TEXT_COLUMNS),
      sheet(
        'Tài khoản hiện có',
        [['Email', 'Họ và tên', 'Ngày sinh', 'Tên đơn vị', 'Mã định danh', 'Số CCCD'], ...(options.accounts ?? [])],
        new Set([4, 5]),
      ),
    ],
  };
}

/** Values of a sheet as getValues() would show them ('' for empty). */
export function values(wb: WorkbookData, name: string): CellScalar[][] {
  const s = wb.sheets.find((x) => x.name === name);
  if (!s) throw new Error(`no sheet ${name}`);
  const width = Math.max(0, ...s.rows.map((r) => r?.length ?? 0));
  const grid = s.rows.map((r) => Array.from({ length: width }, (_, c) => r?.[c]?.value ?? ''));
  // Rows that hold only formatting (a dropdown down the column) are not data.
  while (grid.length > 0 && grid[grid.length - 1].every((v) => v === '')) grid.pop();
  return grid;
}

export function cell(wb: WorkbookData, name: string, row: number, col: number): CellData | undefined {
  return wb.sheets.find((x) => x.name === name)?.rows[row - 1]?.[col - 1];
}
