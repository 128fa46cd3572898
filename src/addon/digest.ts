/**
 * A cheap fingerprint of sheet values, kept in document properties so the hourly
 * check can skip a sheet nobody touched. Not a security hash: FNV-1a, 2×32 bits.
 */
import { matchServiceColumns, ownedColumnIndices, ROSTER_COLUMNS } from '../domain/columns';
import { locateTable } from '../domain/sheet-layout';
import type { CellValue, RawTable } from '../domain/types';

export function valuesDigest(rows: CellValue[][], skipColumns: ReadonlySet<number> = new Set()): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  const feed = (text: string): void => {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      a = Math.imul(a ^ c, 0x01000193);
      b = Math.imul(b ^ c, 0x5bd1e995) ^ (b >>> 15);
    }
  };
  for (const row of rows) {
    for (let c = 0; c < row.length; c++) {
      if (skipColumns.has(c)) continue;
      const v = row[c];
      feed(v instanceof Date ? `D${v.getTime()}` : `${typeof v}:${String(v)}`);
      feed('\u001f');
    }
    feed('\u001e');
  }
  return `${rows.length}-${(a >>> 0).toString(36)}${(b >>> 0).toString(36)}`;
}

/**
 * The roster's fingerprint over all its tabs, the add-on's own columns left out (its writes
 * are no change); a tab whose header cannot be found counts whole.
 */
export function rosterDigest(tabs: readonly RawTable[]): string {
  return tabs
    .map((tab) => {
      const located = locateTable(tab.values, ROSTER_COLUMNS);
      const header = located.ok ? located.layout.header : [];
      const owned = ownedColumnIndices(header);
      // Plan 5277's 'eOffice' / 'Chữ ký số' are the add-on's too (told apart from a unit's column of that name).
      for (const i of Object.values(matchServiceColumns(header).owned)) owned.add(i);
      return `${tab.sheetName}:${valuesDigest(tab.values, owned)}`;
    })
    .join('|');
}
