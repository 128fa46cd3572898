/** Loading a fixture into the local runtime with the built bundle, and snapshots of what users typed. */
import { tablePlace } from '../helpers/form-sheet';
import { join } from 'node:path';
import { createGasRuntime } from '../../src/local/gas';
import type { WorkbookData } from '../../src/local/workbook-data';
import { readXlsx } from '../../src/local/xlsx/read';
import { ensureBuilt } from '../helpers/build-once';

export const FIXTURES = join(__dirname, '..', 'fixtures', 'hostile');
export const OWNER = 'vanphong.sogddt@haiphong.edu.vn';
export const UNIT_USER = 'thcs.lechan@haiphong.edu.vn';
const OWNED = new Set(['Email công vụ', 'Trạng thái', 'Lỗi', 'Ghi nhận lúc', 'eOffice', 'Chữ ký số']);
const ADDON_SHEETS = new Set(['Báo cáo', 'Nhật ký', 'Sổ địa chỉ', 'Sổ ghi nhận', 'Đầu mối đã duyệt', 'Sổ bàn giao']);

const started: ReturnType<typeof createGasRuntime>[] = [];

/** Hostile input or not, no call may be refused for scope or authorisation mode. */
afterEach(() => {
  expect(started.splice(0).flatMap((rt) => rt.refusals)).toEqual([]);
});

export async function runtimeFor(fixture: string, user = OWNER) {
  ensureBuilt();
  const workbook = await readXlsx(join(FIXTURES, fixture));
  const rt = createGasRuntime({ workbook, owner: OWNER, user, now: new Date('2025-09-05T09:00:00+07:00') });
  rt.loadBundle(join(__dirname, '..', '..', 'build'));
  started.push(rt);
  return rt;
}

/** Every value, formula, user note and user colour outside the add-on's columns and sheets. */
export function userCells(wb: WorkbookData): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const sheet of wb.sheets) {
    if (ADDON_SHEETS.has(sheet.name)) continue;
    // A form's header sits below its title rows.
    const header = (sheet.rows[tablePlace(sheet).headerAt] ?? []).map((c) => String(c?.value ?? '').trim());
    sheet.rows.forEach((row, r) =>
      row?.forEach((cell, c) => {
        if (!cell || (sheet.name === 'Danh sách' && OWNED.has(header[c]))) return;
        const note = (cell.note ?? '').split('⚠')[0].replace(/\s+$/, '');
        const colour = cell.background === '#fce8e6' ? undefined : cell.background;
        const value = cell.value instanceof Date ? `date:${cell.value.getTime()}` : cell.value;
        if (value === '' && !cell.formula && !note && !colour) return;
        out[`${sheet.name}!${r + 1}:${c + 1}`] = { value, formula: cell.formula ?? '', note, colour: colour ?? '' };
      }),
    );
  }
  return out;
}

export const CHANGING_ACTIONS = [
  'menuCheckAll',
  'menuAssignAddresses',
  'menuBuildReport',
  'menuExportGoogle',
  'menuExportEntra',
  'menuExportZimbra',
  'menuExportEoffice',
  'menuExportSignature',
  'menuExportFindings',
  'menuToggleAutoCheck',
];
