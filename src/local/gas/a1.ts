/** A1 notation, as Sheets reads it: 'A1', 'B2:D10', 'A:C', '2:5', "'Danh sách'!A1:B2". */

export interface GridRange {
  sheet?: string;
  row: number;
  column: number;
  numRows: number;
  numColumns: number;
  /** Open-ended ranges ('A:C', '2:5') reach the sheet's edge. */
  wholeColumns?: boolean;
  wholeRows?: boolean;
}

export function columnLetter(column: number): string {
  let s = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

export function toA1(row: number, column: number, numRows = 1, numColumns = 1): string {
  const start = `${columnLetter(column)}${row}`;
  return numRows === 1 && numColumns === 1
    ? start
    : `${start}:${columnLetter(column + numColumns - 1)}${row + numRows - 1}`;
}

const CELL = /^\$?([A-Za-z]+)?\$?(\d+)?$/;

export function parseA1(text: string): GridRange | null {
  let rest = text.trim();
  let sheet: string | undefined;
  const bang = rest.lastIndexOf('!');
  if (bang >= 0) {
    sheet = rest
      .slice(0, bang)
      .replace(/^'(.*)'$/, '$1')
      .replace(/''/g, "'");
    rest = rest.slice(bang + 1);
  }
  const [a, b = a] = rest.split(':');
  const m1 = CELL.exec(a);
  const m2 = CELL.exec(b);
  if (!m1 || !m2 || (!m1[1] && !m1[2]) || (!m2[1] && !m2[2])) return null;
  const wholeRows = !m1[1] && !m2[1];
  const wholeColumns = !m1[2] && !m2[2];
  const c1 = m1[1] ? columnNumber(m1[1]) : 1;
  const c2 = m2[1] ? columnNumber(m2[1]) : c1;
  const r1 = m1[2] ? Number(m1[2]) : 1;
  const r2 = m2[2] ? Number(m2[2]) : r1;
  return {
    sheet,
    row: Math.min(r1, r2),
    column: Math.min(c1, c2),
    numRows: Math.abs(r2 - r1) + 1,
    numColumns: Math.abs(c2 - c1) + 1,
    wholeColumns,
    wholeRows,
  };
}
