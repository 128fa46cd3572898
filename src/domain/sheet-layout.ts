/**
 * Where a sheet's table sits, as Vietnamese offices lay it out: title rows above the header,
 * a header that may span two rows under merged group cells, a numbering row `(1) (2) …` below
 * it, and subtotal (`Cộng`, `Tổng cộng`) and blank rows between the people. Pure: it looks at
 * the values of one `getValues()` only (a merged cell reads as its top-left value and '' elsewhere).
 */
import { matchColumns, type ColumnMatch, type ColumnSpec } from './columns';
import { cleanText, foldKey } from './text';
import type { CellValue } from './types';

/** The header is looked for in the sheet's first rows only (the spec's "top 15"). */
export const HEADER_SCAN_ROWS = 15;

export interface TableLayout<F extends string> {
  /** 1-based sheet row of the header (the upper one of a two-row header). */
  headerRow: number;
  /** 1 or 2. */
  headerHeight: number;
  /** One text per column: the lower header cell, or the group or single cell above it. */
  header: CellValue[];
  match: ColumnMatch<F>;
  /** 1-based sheet row of the first row after the header and its numbering row. */
  firstRow: number;
}

export type LayoutResult<F extends string> = { ok: true; layout: TableLayout<F> } | { ok: false; missing: string[] };

const cell = (row: readonly CellValue[] | undefined, c: number): string => cleanText(row?.[c] ?? '');

/**
 * A two-row header's columns: a cell of the lower row names its column, unless the table's
 * specs do not know it while they know the group above (`Cán bộ đầu mối` over `Họ tên`); a
 * group's merged cell reads only in its first column, so it is carried right over the columns
 * whose upper cell is empty and lower cell is not.
 */
function twoRowHeader<F extends string>(
  top: readonly CellValue[],
  bottom: readonly CellValue[],
  specs: readonly ColumnSpec<F>[],
) {
  const width = Math.max(top.length, bottom.length);
  const known = (text: string): boolean => text !== '' && Object.keys(matchColumns([text], specs).columns).length > 0;
  const header: CellValue[] = [];
  let group = '';
  for (let c = 0; c < width; c++) {
    const upper = cell(top, c);
    const lower = cell(bottom, c);
    if (upper !== '') group = lower !== '' ? upper : '';
    const above = upper !== '' ? upper : lower !== '' ? group : '';
    header.push(lower === '' ? above : known(lower) || !known(above) ? lower : above);
  }
  return header;
}

function holdsRequired<F extends string>(match: ColumnMatch<F>): boolean {
  return match.missing.length === 0;
}

/**
 * A header row that holds every required header on its own is still the upper half of a
 * two-row header when the row below names more columns, is not a numbering row, and leaves
 * empty each required column (those cells are merged down from the upper row).
 */
function refines<F extends string>(
  specs: readonly ColumnSpec<F>[],
  single: ColumnMatch<F>,
  double: ColumnMatch<F>,
  lower: readonly CellValue[],
): boolean {
  if (Object.keys(double.columns).length <= Object.keys(single.columns).length) return false;
  const texts = lower.map((v) => cleanText(v));
  if (texts.every((t) => t === '') || texts.some((t) => t !== '' && NUMBERING_CELL.test(t))) return false;
  return specs.every((s) => !s.required || texts[single.columns[s.field] as number] === '');
}

/** `(1)`, `1`, `(1a)`: what a numbering row holds in each cell. */
const NUMBERING_CELL = /^\(?\d{1,3}[a-z]?\)?(?:\s*[=+\-x*]\s*\(?\d{1,3}\)?)*$/i;

/** A row of column numbers right below the header: every filled cell a number, most columns filled. */
export function isNumberingRow(row: readonly CellValue[] | undefined, header: readonly CellValue[]): boolean {
  if (!row) return false;
  const named = header.filter((h) => cleanText(h) !== '').length;
  let filled = 0;
  for (const value of row) {
    const text = cleanText(value);
    if (text === '') continue;
    if (!NUMBERING_CELL.test(text)) return false;
    filled += 1;
  }
  return filled >= 2 && filled * 2 >= named;
}

/**
 * The sheet's table: the first of the top rows that holds every required header, alone or
 * with the row below it. When none does, the headers missing from the row that came closest.
 */
export function locateTable<F extends string>(
  values: readonly CellValue[][],
  specs: readonly ColumnSpec<F>[],
): LayoutResult<F> {
  const scan = Math.min(values.length, HEADER_SCAN_ROWS);
  let best: ColumnMatch<F> | null = null;
  for (let r = 0; r < scan; r++) {
    const row = values[r];
    if (!row || row.every((v) => cleanText(v) === '')) continue;
    const single = matchColumns(row, specs);
    // A title row above a header is no header's upper half: the upper row must name a column
    // itself, and the lower one must not hold the headers on its own.
    const lowerAlone = r + 1 < values.length ? matchColumns(values[r + 1], specs) : null;
    const pairable = !!lowerAlone && !holdsRequired(lowerAlone) && Object.keys(single.columns).length > 0;
    const double = pairable ? twoRowHeader(row, values[r + 1], specs) : null;
    const doubleMatch = double ? matchColumns(double, specs) : null;
    const pair =
      doubleMatch &&
      holdsRequired(doubleMatch) &&
      (!holdsRequired(single) || refines(specs, single, doubleMatch, values[r + 1]))
        ? { header: double!, match: doubleMatch, height: 2 }
        : null;
    const hit = pair ?? (holdsRequired(single) ? { header: row, match: single, height: 1 } : null);
    if (hit) {
      const below = r + hit.height;
      const numbered = isNumberingRow(values[below], hit.header);
      return {
        ok: true,
        layout: {
          headerRow: r + 1,
          headerHeight: hit.height,
          header: hit.header,
          match: hit.match,
          firstRow: below + 1 + (numbered ? 1 : 0),
        },
      };
    }
    if (!best || single.missing.length < best.missing.length) best = single;
  }
  return { ok: false, missing: (best?.missing ?? specs.filter((s) => s.required)).map((m) => m.header) };
}

/** `Cộng`, `Tổng`, `Tổng cộng`, `Cộng đơn vị …`, `Tổng số: 25`: the label of a subtotal row. */
export function isSubtotalLabel(value: CellValue | undefined): boolean {
  if (typeof value !== 'string') return false;
  return /^(?:tong cong|cong|tong)(?: |$)/.test(foldKey(value));
}

/**
 * A subtotal row: a subtotal label somewhere, nothing in the columns that say who a person is
 * (`identity`, 0-based) but counts, and `nameAt` empty, a label or a count.
 */
export function isSubtotalRow(
  row: readonly CellValue[],
  nameAt: number | undefined,
  identity: readonly (number | undefined)[],
): boolean {
  if (!row.some(isSubtotalLabel)) return false;
  if (nameAt !== undefined) {
    const name = row[nameAt];
    const text = cleanText(name ?? '');
    if (text !== '' && !isSubtotalLabel(name) && !/\d/.test(text)) return false;
  }
  return identity.every((c) => c === undefined || c === nameAt || cleanText(row[c] ?? '') === '');
}
