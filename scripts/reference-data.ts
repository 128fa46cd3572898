/**
 * The reference data kept in the repository (`data/`): the one place scripts, the sample
 * generator, the bench and the tests read it from, so a clone needs nothing beside it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const DATA_DIR = join(__dirname, '..', 'data');

export function readDataFile(name: string): string {
  return readFileSync(join(DATA_DIR, name), 'utf8');
}

/** The 15,000 real full names (NFC), one a line. */
export function readNames(): string[] {
  return readDataFile('vn-fullnames.txt')
    .split('\n')
    .map((n) => n.trim())
    .filter(Boolean);
}

/** `Danh sách`'s columns as a unit fills them, in the contract's order (workbook.md). */
export const ROSTER_HEADER_AS_TYPED: readonly string[] = [
  'TT',
  'Tên UBND cấp xã',
  'Tên đơn vị',
  'Họ và tên',
  'Ngày sinh',
  'Giới tính',
  'Chức vụ',
  'Mã định danh',
  'Số CCCD',
  'Số điện thoại',
  'Email cá nhân',
  'Email công vụ hiện có',
  'Ghi chú',
];

/** `Tổng hợp`'s columns as a unit fills them (the optional focal e-mail column left out). */
export const SUMMARY_HEADER_AS_TYPED: readonly string[] = [
  'TT',
  'Tên UBND cấp xã',
  'Tên đơn vị',
  'Số cán bộ, giáo viên đề nghị cấp email công vụ',
  'Cán bộ đầu mối',
  'Số điện thoại (Zalo)',
];

/** `Tài khoản hiện có`'s columns as exported from the existing mail system. */
export const ACCOUNT_HEADER_AS_TYPED: readonly string[] = [
  'Email',
  'Họ và tên',
  'Ngày sinh',
  'Tên đơn vị',
  'Mã định danh',
  'Số CCCD',
];

/** `CSDL ngành`'s columns as exported from the sector database. */
export const CSDL_HEADER_AS_TYPED: readonly string[] = [
  'Mã định danh',
  'Họ và tên',
  'Ngày sinh',
  'Giới tính',
  'Tên đơn vị',
  'Tên UBND cấp xã',
  'Chức vụ',
  'Số CCCD',
];
