/**
 * Rows or columns inserted or deleted move conditional format ranges, their formulas'
 * references and alternating colours with the cells, as Sheets does. A range whose every
 * row (or column) is deleted disappears; a rule left with no range disappears too.
 */
import type { BandingData, ConditionalFormatData } from '../workbook-data';
import { columnLetter, columnNumber, parseA1, toA1 } from './a1';

type Axis = 'row' | 'column';

/** [start, end] after inserting (delta > 0) or deleting (delta < 0) at `at`; null when all of it went. */
function shiftSpan(start: number, end: number, at: number, delta: number): [number, number] | null {
  if (delta > 0) return [start >= at ? start + delta : start, end >= at ? end + delta : end];
  const gone = -delta;
  const last = at + gone - 1;
  const keep = (n: number) => (n < at ? n : n > last ? n - gone : null);
  const s = keep(start) ?? (start <= last && end > last ? at : null);
  const e = keep(end) ?? (end >= at && start < at ? at - 1 : null);
  if (s === null || e === null || e < s) return null;
  return [s, e];
}

export function shiftA1(a1: string, axis: Axis, at: number, delta: number): string | null {
  const g = parseA1(a1);
  if (!g) return a1;
  if (axis === 'row') {
    const span = shiftSpan(g.row, g.row + g.numRows - 1, at, delta);
    return span && toA1(span[0], g.column, span[1] - span[0] + 1, g.numColumns);
  }
  const span = shiftSpan(g.column, g.column + g.numColumns - 1, at, delta);
  return span && toA1(g.row, span[0], g.numRows, span[1] - span[0] + 1);
}

/** Cell references in a formula (outside quoted text) moved the same way. */
export function shiftFormula(formula: string, axis: Axis, at: number, delta: number): string {
  return formula
    .split(/("(?:[^"]|"")*")/)
    .map((part, i) =>
      i % 2 === 1
        ? part
        : part.replace(
            /(\$?)([A-Z]{1,3})(\$?)(\d+)(?![\d(])/g,
            (ref, d1: string, col: string, d2: string, row: string) => {
              if (axis === 'row') {
                const r = Number(row);
                if (r < at) return ref;
                const moved = delta > 0 ? r + delta : r >= at - delta ? r + delta : at;
                return `${d1}${col}${d2}${moved}`;
              }
              const c = columnNumber(col);
              if (c < at) return ref;
              const moved = delta > 0 ? c + delta : c >= at - delta ? c + delta : at;
              return `${d1}${columnLetter(moved)}${d2}${row}`;
            },
          ),
    )
    .join('');
}

export function shiftFormatting(
  store: { conditionalFormats: ConditionalFormatData[]; bandings: BandingData[] },
  axis: Axis,
  at: number,
  delta: number,
): void {
  store.conditionalFormats = store.conditionalFormats
    .map((rule) => ({
      ...rule,
      ranges: rule.ranges.map((r) => shiftA1(r, axis, at, delta)).filter((r): r is string => r !== null),
      values:
        rule.criteria === 'CUSTOM_FORMULA' ? rule.values.map((f) => shiftFormula(f, axis, at, delta)) : rule.values,
    }))
    .filter((rule) => rule.ranges.length > 0);
  store.bandings = store.bandings.flatMap((b) => {
    const range = shiftA1(b.range, axis, at, delta);
    return range ? [{ ...b, range }] : [];
  });
}
