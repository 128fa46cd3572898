/**
 * Where the roster's columns sit, by header text (the spec: case, marks, spaces and
 * punctuation ignored; aliases accepted). The domain owns the full column specs; the
 * Sheets layer only needs positions to place dropdowns, read identity columns in
 * onEdit and lay out a row from the entry form.
 */
import type { CellValue } from '../domain/types';

export type RosterField =
  | 'tt' | 'commune' | 'unit' | 'fullName' | 'dob' | 'gender' | 'position'
  | 'staffId' | 'cccd' | 'phone' | 'personalEmail' | 'existingEmail' | 'note';

export const ROSTER_HEADERS: Record<RosterField, string[]> = {
  tt: ['TT', 'STT'],
  commune: ['Tên UBND cấp xã', 'UBND xã/phường', 'Xã/phường/đặc khu'],
  unit: ['Tên đơn vị', 'Đơn vị', 'Trường'],
  fullName: ['Họ và tên', 'Họ tên'],
  dob: ['Ngày sinh'],
  gender: ['Giới tính'],
  position: ['Chức vụ', 'Chức danh'],
  staffId: ['Mã định danh', 'Mã CSDL', 'Mã cán bộ'],
  cccd: ['Số CCCD', 'CCCD', 'Số định danh cá nhân'],
  phone: ['Số điện thoại', 'Điện thoại', 'SĐT'],
  personalEmail: ['Email cá nhân'],
  existingEmail: ['Email công vụ hiện có', 'Email hiện có'],
  note: ['Ghi chú'],
};

export const FOCAL_EMAIL_HEADERS = ['Email đầu mối', 'Email cán bộ đầu mối'];

export function headerKey(text: unknown): string {
  return String(text ?? '')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** 1-based column of the first header matching any alias, or 0. */
export function findColumn(header: CellValue[], aliases: string[]): number {
  const keys = new Set(aliases.map(headerKey));
  const i = header.findIndex((h) => keys.has(headerKey(h)));
  return i + 1;
}

export function locateRosterColumns(header: CellValue[]): Partial<Record<RosterField, number>> {
  const out: Partial<Record<RosterField, number>> = {};
  for (const field of Object.keys(ROSTER_HEADERS) as RosterField[]) {
    const column = findColumn(header, ROSTER_HEADERS[field]);
    if (column > 0) out[field] = column;
  }
  return out;
}
