/**
 * Realistic roster tables for the rule tests: real names from data/, consistent
 * birth dates, CCCD and phones, so a clean row is really clean.
 */
import { readNames, ROSTER_HEADER_AS_TYPED } from '../../../scripts/reference-data';
import type { CellValue, RawTable, WorkbookInput } from '../../../src/domain/types';
import { DEFAULT_SETTINGS, type Settings } from '../../../src/domain/types';
import { runCheck, type CheckOptions, type CheckResult } from '../../../src/domain/check';

export const NAMES = readNames();

export const ROSTER_HEADER = [...ROSTER_HEADER_AS_TYPED];
export const NOW = new Date(2025, 8, 5, 9, 0, 0);

export interface PersonInput {
  commune?: CellValue;
  unit?: CellValue;
  name?: CellValue;
  dob?: CellValue;
  gender?: CellValue;
  position?: CellValue;
  staffId?: CellValue;
  cccd?: CellValue;
  phone?: CellValue;
  personalEmail?: CellValue;
  existingEmail?: CellValue;
}

/** Person i: a clean, consistent record. */
export function cleanPerson(i: number): Required<PersonInput> {
  const name = NAMES[i % NAMES.length];
  const year = 1970 + (i % 30);
  const female = / Thị /.test(name);
  const serial = String(100000 + ((i * 7919) % 900000));
  return {
    commune: i % 2 === 0 ? 'Phường Lê Chân' : 'Xã Gia Lộc',
    unit: i % 2 === 0 ? 'Trường THCS Lê Lợi' : 'Trường Tiểu học Gia Lộc',
    name,
    dob: new Date(year, i % 12, 1 + (i % 28)),
    gender: female ? 'Nữ' : 'Nam',
    position: 'Giáo viên',
    staffId: `31${String(10000000 + i).slice(-8)}`,
    cccd: `031${female ? 1 : 0}${String(year).slice(2)}${serial}`,
    phone: `09${String(10000000 + ((i * 104729) % 89999999)).padStart(8, '0')}`,
    personalEmail: `gv${i}@gmail.com`,
    existingEmail: '',
  };
}

export function rosterRow(p: PersonInput, tt: number): CellValue[] {
  return [
    tt,
    p.commune ?? '',
    p.unit ?? '',
    p.name ?? '',
    p.dob ?? '',
    p.gender ?? '',
    p.position ?? '',
    p.staffId ?? '',
    p.cccd ?? '',
    p.phone ?? '',
    p.personalEmail ?? '',
    p.existingEmail ?? '',
    '',
  ];
}

export function roster(people: PersonInput[], extraColumns: { header: string; values: CellValue[] }[] = []): RawTable {
  const header = [...ROSTER_HEADER, ...extraColumns.map((c) => c.header)];
  const rows = people.map((p, i) => [...rosterRow(p, i + 1), ...extraColumns.map((c) => c.values[i] ?? '')]);
  return { sheetName: 'Danh sách', values: [header, ...rows] };
}

export function input(rosterTable: RawTable, more: Partial<WorkbookInput> = {}): WorkbookInput {
  return { roster: rosterTable, summary: null, accounts: null, csdl: null, ...more };
}

export function check(
  workbook: WorkbookInput,
  options: Omit<Partial<CheckOptions>, 'settings'> & { settings?: Partial<Settings> } = {},
): CheckResult {
  const result = runCheck(workbook, {
    now: NOW,
    assignAddresses: true,
    stampReceivedAt: false,
    ...options,
    settings: { ...DEFAULT_SETTINGS, ...options.settings },
  });
  if (!result.ok) throw new Error(result.message);
  return result;
}

export const codesOf = (result: CheckResult, sheetRow: number): string[] =>
  result.findings
    .filter((f) => f.sheet === 'Danh sách' && f.row === sheetRow)
    .map((f) => f.code)
    .sort();

/** Appends the owned columns of a previous run to the roster, as the add-on writes them. */
/** The register `previous` left, as the next run reads it: only it says who holds which address. */
export function registerOf(previous: CheckResult): RawTable {
  return { sheetName: 'Sổ địa chỉ', values: previous.register.values };
}

export function withLedger(table: RawTable, previous: CheckResult): RawTable {
  const address = previous.owned[0].columns.find((o) => o.field === 'address')!;
  const header = [...table.values[0], 'Email công vụ'];
  return {
    sheetName: table.sheetName,
    values: [header, ...table.values.slice(1).map((row, i) => [...row, address.values[i] ?? ''])],
  };
}
