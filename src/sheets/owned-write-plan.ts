/**
 * How to bring the add-on's own columns of 'Danh sách' from what the sheet shows to the new
 * values, writing as few cells as possible in a number of calls that never grows with the
 * rows. Pure: it works on plain values and returns what to write; write-owned.ts does it.
 *
 * A column is written one of two ways:
 * - its span: every row from the first changed value to the last, in one setValues shared
 *   with the adjacent columns written the same way;
 * - by value: one range list per distinct new value, holding just the changed cells. That
 *   is for columns whose changes are few or mostly blank (plan 5277's eOffice and Chữ ký số
 *   columns are empty for most teachers; an hourly re-check changes a handful of statuses
 *   scattered over 100,000 rows), where a span would rewrite every clean cell between them.
 */
import type { OwnedColumn } from '../domain/check';
import type { CellValue } from '../domain/types';
import { columnLetter } from './a1';
import { contiguousRuns } from './blocks';

export const RECEIVED_AT_FORMAT = 'dd/mm/yyyy hh:mm:ss';

/**
 * A column is written by value only when its changed cells take at most this many distinct
 * values, so that the calls stay bounded (two per value) whatever the rows.
 */
export const MAX_VALUES_BY_VALUE = 6;

/** Adjacent columns written from sheet row `top` down, header included when top is 1. */
export interface SpanWrite {
  top: number;
  column: number;
  grid: CellValue[][];
  /** Sheet rows to format as a timestamp (the 'Ghi nhận lúc' column), when it is one of them. */
  stamp?: { column: number; top: number; rows: number };
}

/** One value put into every range of a range list (A1 notations of one sheet). */
export interface ValueWrite {
  value: CellValue;
  a1: string[];
  numberFormat?: string;
}

export interface OwnedWritePlan {
  spans: SpanWrite[];
  byValue: ValueWrite[];
  /**
   * The columns of `byValue` as spans instead: what to write should Sheets refuse a range
   * list (Google documents no limit on its size, so one is not ruled out).
   */
  byValueAsSpans: () => SpanWrite[];
  /** Header cells written on their own (a column with no span to carry its header), on the header row. */
  headers: { column: number; header: string }[];
}

/** Owned columns side by side on the sheet, grouped: each group can be one range. */
export function adjacentBlocks(owned: OwnedColumn[]): OwnedColumn[][] {
  const byColumn = new Map(owned.map((o) => [o.column, o]));
  return contiguousRuns(owned.map((o) => o.column)).map((run) => run.map((c) => byColumn.get(c)!));
}

/** Two cells hold the same thing when writing one over the other would change nothing. */
export function sameCell(a: CellValue | undefined, b: CellValue | undefined): boolean {
  if (a instanceof Date || b instanceof Date)
    return a instanceof Date && b instanceof Date && a.getTime() === b.getTime();
  return String(a ?? '') === String(b ?? '');
}

const valueKey = (v: CellValue | undefined): string => (v instanceof Date ? `d${v.getTime()}` : `s${String(v ?? '')}`);

type Shown = readonly (readonly CellValue[])[] | undefined;

/** Where the values go: the header's sheet row and the row of the first value (1-based). */
export interface OwnedPlace {
  headerRow: number;
  firstRow: number;
}

/** A tidy sheet: header on row 1, values from row 2. */
export const TIDY: OwnedPlace = { headerRow: 1, firstRow: 2 };

/**
 * Value indices whose new value differs from what the sheet shows (`current[i]` is sheet row
 * i + 1); every one when nothing was shown.
 */
export function changedRows(column: OwnedColumn, current: Shown, place: OwnedPlace = TIDY): number[] {
  const rows: number[] = [];
  const offset = place.firstRow - 1;
  for (let r = 0; r < column.values.length; r++)
    if (!current || !sameCell(column.values[r], current[r + offset]?.[column.column - 1])) rows.push(r);
  return rows;
}

/** Runs of consecutive changed rows holding the same new value: each is one A1 range. */
function valueRuns(column: OwnedColumn, rows: number[]): { value: CellValue; first: number; last: number }[] {
  const runs: { value: CellValue; first: number; last: number }[] = [];
  for (const r of rows) {
    const value = column.values[r] ?? '';
    const last = runs[runs.length - 1];
    if (last && last.last === r - 1 && sameCell(last.value, value)) last.last = r;
    else runs.push({ value, first: r, last: r });
  }
  return runs;
}

function byValueRuns(column: OwnedColumn, rows: number[], current: Shown): ReturnType<typeof valueRuns> | null {
  if (!current || rows.length === 0) return null;
  const runs = valueRuns(column, rows);
  const distinct = new Set(runs.map((run) => valueKey(run.value)));
  const span = rows[rows.length - 1] - rows[0] + 1;
  // A range is taken to cost what a written cell does (perRangeMs in the local runtime's cost
  // model, checked by "Đo tốc độ"): a range list pays when its cells and ranges are fewer than
  // the span's cells. The rule looks at proportions only, so the choice is the same at 1,000
  // rows as at 100,000.
  return distinct.size <= MAX_VALUES_BY_VALUE && rows.length + runs.length < span ? runs : null;
}

interface ValueGroup {
  value: CellValue;
  numberFormat?: string;
  /** Sheet rows top..bottom of one column each, merged across adjacent columns at the end. */
  cells: { column: number; top: number; bottom: number }[];
}

function addByValue(
  groups: Map<string, ValueGroup>,
  column: OwnedColumn,
  runs: { value: CellValue; first: number; last: number }[],
  firstRow: number,
): void {
  const numberFormat = column.field === 'receivedAt' ? RECEIVED_AT_FORMAT : undefined;
  for (const run of runs) {
    const key = `${numberFormat ?? ''}|${valueKey(run.value)}`;
    let group = groups.get(key);
    if (!group) {
      group = { value: run.value, cells: [], ...(numberFormat ? { numberFormat } : {}) };
      groups.set(key, group);
    }
    group.cells.push({ column: column.column, top: run.first + firstRow, bottom: run.last + firstRow });
  }
}

/**
 * A1 ranges of a group, the same rows of adjacent columns joined into one ('X5:Y5' when both
 * service columns of a head of school say the same): fewer ranges for the same cells.
 */
function groupRanges(group: ValueGroup): string[] {
  const sorted = [...group.cells].sort((a, b) => a.top - b.top || a.bottom - b.bottom || a.column - b.column);
  const a1: string[] = [];
  for (let i = 0; i < sorted.length;) {
    const { top, bottom, column } = sorted[i];
    let right = column;
    for (i++; i < sorted.length; i++) {
      const next = sorted[i];
      if (next.top !== top || next.bottom !== bottom || next.column !== right + 1) break;
      right = next.column;
    }
    const from = `${columnLetter(column)}${top}`;
    const to = `${columnLetter(right)}${bottom}`;
    a1.push(from === to ? from : `${from}:${to}`);
  }
  return a1;
}

function spanWrite(
  block: OwnedColumn[],
  spans: Map<OwnedColumn, { first: number; last: number }>,
  withHeader: boolean,
  place: OwnedPlace,
) {
  const first = withHeader ? 0 : Math.min(...block.map((o) => spans.get(o)!.first));
  const last = Math.max(...block.map((o) => spans.get(o)!.last));
  const grid: CellValue[][] = withHeader ? [block.map((o) => o.header)] : [];
  for (let r = first; r <= last; r++) grid.push(block.map((o) => o.values[r] ?? ''));
  const top = withHeader ? place.headerRow : first + place.firstRow;
  const stampAt = block.findIndex((o) => o.field === 'receivedAt');
  const write: SpanWrite = { top, column: block[0].column, grid };
  if (stampAt >= 0)
    write.stamp = { column: block[stampAt].column, top: first + place.firstRow, rows: last - first + 1 };
  return write;
}

/**
 * Every row's new value is in `owned[i].values`, from sheet row `place.firstRow` down;
 * `current` is what the sheet showed when it was read (`current[i]` is sheet row i + 1), or
 * undefined when unknown (then everything is written).
 */
export function planOwnedWrites(owned: OwnedColumn[], current: Shown, place: OwnedPlace = TIDY): OwnedWritePlan {
  const shownHeader = current?.[place.headerRow - 1];
  const needsHeader = new Set(owned.filter((o) => o.appended || !sameCell(shownHeader?.[o.column - 1], o.header)));
  // The header rides along with the values only when nothing (a numbering row, a header's second row) sits between.
  const headerAbove = place.headerRow === place.firstRow - 1;
  const groups = new Map<string, ValueGroup>();
  const spans = new Map<OwnedColumn, { first: number; last: number }>();
  const valueSpans = new Map<OwnedColumn, { first: number; last: number }>();
  for (const o of owned) {
    const rows = changedRows(o, current, place);
    const runs = byValueRuns(o, rows, current);
    if (runs) addByValue(groups, o, runs, place.firstRow);
    if (rows.length > 0) (runs ? valueSpans : spans).set(o, { first: rows[0], last: rows[rows.length - 1] });
  }
  const byValue = [...groups.values()].map((g): ValueWrite => ({
    value: g.value,
    a1: groupRanges(g),
    ...(g.numberFormat ? { numberFormat: g.numberFormat } : {}),
  }));
  const blocks = (of: Map<OwnedColumn, unknown>) => adjacentBlocks([...of.keys()]);
  const byValueAsSpans = () => blocks(valueSpans).map((block) => spanWrite(block, valueSpans, false, place));
  const plan: OwnedWritePlan = { spans: [], byValue, byValueAsSpans, headers: [] };
  for (const block of blocks(spans)) {
    // A block with a header to write starts at the header: one call rather than two.
    const withHeader = headerAbove && block.some((o) => needsHeader.has(o));
    plan.spans.push(spanWrite(block, spans, withHeader, place));
    if (withHeader) for (const o of block) needsHeader.delete(o);
  }
  // Columns written by value, or not at all, with a header to write: one cell each.
  for (const o of needsHeader) plan.headers.push({ column: o.column, header: o.header });
  return plan;
}
