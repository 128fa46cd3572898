/**
 * A tidy table laid out as the department's real forms are: merged title rows above the
 * header, a numbering row `(1) (2) …` below it, subtotal rows (`Cộng`, `Tổng cộng`) and
 * blank rows between the people, and a header split over two rows under a merged group cell.
 * Used by the sample, the bench and the tests that compare a form with its tidy twin.
 */
import { resolveCommune } from '../src/domain/communes';
import type { CellData, CellScalar, SheetData } from '../src/local/workbook-data';
import type { GeneratedWorkbook } from './generator';

const communeCodeOf = (text: CellScalar): string => {
  const r = resolveCommune(text);
  return r.kind === 'ok' ? r.commune.code : '';
};

export const TITLES: readonly string[] = [
  'UBND THÀNH PHỐ HẢI PHÒNG',
  'SỞ GIÁO DỤC VÀ ĐÀO TẠO',
  'DANH SÁCH ĐỀ NGHỊ CẤP HỘP THƯ CÔNG VỤ @haiphong.edu.vn',
  '(Kèm theo Kế hoạch số 5277/KH-SGDĐT)',
  'Hải Phòng, ngày 30 tháng 8 năm 2025',
];

/** What goes between two people: a subtotal row of the block above, or a blank row. */
export type Filler = 'subtotal' | 'total' | 'blank';

export interface FormOptions {
  /** Title rows above the header (0–15; a sixth and later are blank lines of the title block). */
  titles: number;
  /** A numbering row right below the header: `(1)`, `(2)` … or `1`, `2` … */
  numbering: false | 'brackets' | 'plain';
  /** Rows put before tidy data row i (0-based; `rows.length` = after the last). */
  fillers?: ReadonlyMap<number, readonly Filler[]>;
  /**
   * The header's second row: for each column, the text of the lower cell, the column's own
   * header going to the group cell above (the first column of a group) or being merged down.
   */
  lower?: readonly (string | null)[];
}

export interface FormTable {
  values: CellScalar[][];
  /** 1-based sheet row of each tidy data row. */
  rowOf: number[];
  /** 1-based sheet row of the header (the upper one of two). */
  headerRow: number;
  /** A1 merges: the title rows across the table, and a two-row header's cells. */
  merges: string[];
}

const letter = (c: number): string => {
  let s = '';
  for (let n = c; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
};

function fillerRow(kind: Filler, width: number, block: number, unit: string, variant: number): CellScalar[] {
  const row: CellScalar[] = new Array<CellScalar>(width).fill('');
  if (kind === 'blank') return row;
  const labels = kind === 'total' ? ['Tổng cộng', 'Tổng'] : ['Cộng', 'Cộng đơn vị', 'Tổng', 'Cộng:'];
  const label = labels[variant % labels.length];
  // The label sits in the first column or across the unit's, the count beside it or under the name.
  const at = variant % 2 === 0 ? 0 : Math.min(2, width - 1);
  row[at] = label === 'Cộng đơn vị' ? `${label} ${unit}`.trim() : label;
  row[Math.min(at + (variant % 3 === 0 ? 3 : 1), width - 1)] = block;
  return row;
}

/** The form's title block: one merged cell per line, the sixth and later lines blank. */
function titleRows(count: number, width: number, merges: string[]): CellScalar[][] {
  const rows: CellScalar[][] = [];
  for (let t = 0; t < count; t++) {
    const row: CellScalar[] = new Array<CellScalar>(width).fill('');
    row[0] = TITLES[t] ?? '';
    rows.push(row);
    if (width > 1 && row[0] !== '') merges.push(`A${t + 1}:${letter(width)}${t + 1}`);
  }
  return rows;
}

/** The header in one or two rows, with the merges a two-row header has. */
function headerRows(header: readonly CellScalar[], options: FormOptions, top: number, merges: string[]) {
  const lower = options.lower;
  if (!lower) return [[...header]];
  const upper: CellScalar[] = [];
  const below: CellScalar[] = [];
  for (let c = 0; c < header.length; c++) {
    const sub = lower[c] ?? null;
    const grouped = sub !== null && c > 0 && (lower[c - 1] ?? null) !== null && header[c] === '';
    upper.push(sub === null ? header[c] : grouped ? '' : header[c]);
    below.push(sub === null ? '' : sub);
    if (sub === null) merges.push(`${letter(c + 1)}${top}:${letter(c + 1)}${top + 1}`);
    else if (grouped && upper[c - 1] !== '') merges.push(`${letter(c)}${top}:${letter(c + 1)}${top}`);
  }
  return [upper, below];
}

/**
 * `unitOf(i)` names tidy data row i's unit, for the `Cộng đơn vị …` labels. The blocks a
 * subtotal counts are the people since the previous filler.
 */
export function formTable(
  header: readonly CellScalar[],
  rows: readonly CellScalar[][],
  options: FormOptions,
  unitOf: (i: number) => string = () => '',
): FormTable {
  const width = header.length;
  const merges: string[] = [];
  const values: CellScalar[][] = titleRows(options.titles, width, merges);
  const headerRow = values.length + 1;
  values.push(...headerRows(header, options, headerRow, merges));
  if (options.numbering) values.push(header.map((_, c) => (options.numbering === 'brackets' ? `(${c + 1})` : c + 1)));
  const rowOf: number[] = [];
  let block = 0;
  let variant = 0;
  const fill = (i: number): void => {
    for (const kind of options.fillers?.get(i) ?? []) {
      values.push(fillerRow(kind, width, block, unitOf(Math.max(i - 1, 0)), variant++));
      if (kind !== 'blank') block = 0;
    }
  };
  rows.forEach((row, i) => {
    fill(i);
    values.push([...row]);
    rowOf.push(values.length);
    block += 1;
  });
  fill(rows.length);
  return { values, rowOf, headerRow, merges };
}

/** A form's cells: the tidy rows' own cells where they went, plain cells (a bold header) elsewhere. */
function formSheet(name: string, tidy: SheetData, form: FormTable, headerHeight: number): SheetData {
  const rows: (CellData | undefined)[][] = form.values.map((row, r) =>
    row.map((value) =>
      value === ''
        ? undefined
        : { value, ...(r + 1 >= form.headerRow && r + 1 < form.headerRow + headerHeight ? { bold: true } : {}) },
    ),
  );
  form.rowOf.forEach((sheetRow, i) => (rows[sheetRow - 1] = tidy.rows[i + 1] ?? []));
  return { ...tidy, name, rows, merges: form.merges, frozenRows: form.headerRow + headerHeight - 1 };
}

const valuesOf = (sheet: SheetData): CellScalar[][] => {
  const width = Math.max(...sheet.rows.map((r) => r?.length ?? 0));
  return sheet.rows.map((r) => Array.from({ length: width }, (_, c) => r?.[c]?.value ?? ''));
};

/** A subtotal after each unit's block, a grand total at the end. */
function unitFillers(rows: readonly CellScalar[][], unitAt: number): Map<number, Filler[]> {
  const fillers = new Map<number, Filler[]>();
  let unit = '';
  rows.forEach((row, i) => {
    const here = String(row[unitAt] ?? '');
    if (here === '') return;
    if (unit !== '' && here !== unit) fillers.set(i, ['subtotal']);
    unit = here;
  });
  fillers.set(rows.length, ['subtotal', 'total']);
  return fillers;
}

/**
 * The generated workbook as the department's units send it: `Tổng hợp` under four title rows,
 * with its focal person's two columns under one merged `Cán bộ đầu mối` and a numbering row;
 * the roster (with `split`) in two tabs by region (`Danh sách - Phía Đông`, then `Danh sách -
 * Phía Tây`, split where the first former Hai Duong unit starts so the order of people is kept), each
 * under three title rows with a numbering row and a `Cộng` row after each unit. `planted`
 * follows every row to its tab and row.
 */
export function departmentForm(tidy: GeneratedWorkbook, split = true): GeneratedWorkbook {
  const sheets = tidy.workbook.sheets;
  const roster = sheets.find((s) => s.name === 'Danh sách')!;
  const summary = sheets.find((s) => s.name === 'Tổng hợp')!;
  const moved = new Map<string, string>();
  const rosterValues = valuesOf(roster);
  const [header, ...data] = rosterValues;
  const west = data.findIndex((row) => /^10\d{3}$/.test(String(communeCodeOf(row[1]))));
  const cut = west > 0 && split ? west : data.length;
  const tabs: SheetData[] = [];
  for (const [name, from, to] of [
    [split ? 'Danh sách - Phía Đông' : 'Danh sách', 0, cut],
    ['Danh sách - Phía Tây', cut, data.length],
  ] as const) {
    if (to <= from) continue;
    const rows = data.slice(from, to);
    const form = formTable(header, rows, { titles: 3, numbering: 'brackets', fillers: unitFillers(rows, 2) }, (i) =>
      String(rows[i]?.[2] ?? ''),
    );
    form.rowOf.forEach((sheetRow, i) => moved.set(`Danh sách!${from + i + 2}`, `${name}!${sheetRow}`));
    tabs.push(formSheet(name, { ...roster, rows: [roster.rows[0], ...roster.rows.slice(from + 1, to + 1)] }, form, 1));
  }
  const [summaryHeader, ...units] = valuesOf(summary);
  const grouped = summaryHeader.map((h) => (h === 'Số điện thoại (Zalo)' ? '' : h));
  const lower = summaryHeader.map((h) =>
    h === 'Cán bộ đầu mối' ? 'Họ tên' : h === 'Số điện thoại (Zalo)' ? 'Số điện thoại (Zalo)' : null,
  );
  const summaryForm = formTable(grouped, units, {
    titles: 4,
    numbering: 'plain',
    lower,
    fillers: unitFillers(units, 1),
  });
  summaryForm.rowOf.forEach((sheetRow, i) => moved.set(`Tổng hợp!${i + 2}`, `Tổng hợp!${sheetRow}`));
  const planted = Object.fromEntries(Object.entries(tidy.planted).map(([k, codes]) => [moved.get(k) ?? k, codes]));
  const others = sheets.filter((s) => s !== roster && s !== summary);
  return {
    ...tidy,
    workbook: { ...tidy.workbook, sheets: [formSheet('Tổng hợp', summary, summaryForm, 2), ...tabs, ...others] },
    planted,
  };
}
