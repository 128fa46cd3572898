/**
 * Colours and notes the flagged user cells of 'Danh sách' in one read and one write
 * of backgrounds and notes over the whole user block (see marks.ts for the rules).
 */
import type { Finding } from '../domain/types';
import { applyMarks, type CellFlags } from './marks';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/**
 * @param header the sheet's header row as read
 * @param ownedHeaders headers of the add-on's columns, never marked
 * @param lastRow the last data row (the block is rows 2..lastRow)
 */
export function writeHighlights(
  sheet: Sheet,
  header: string[],
  ownedHeaders: ReadonlySet<string>,
  findings: Finding[],
  lastRow: number,
): void {
  const userColumns = header.map((h, i) => (ownedHeaders.has(String(h).trim()) ? -1 : i)).filter((i) => i >= 0);
  if (userColumns.length === 0 || lastRow < 2) return;
  const width = Math.max(...userColumns) + 1;
  const columnOf = new Map<string, number>();
  header.forEach((h, i) => {
    const key = String(h).trim();
    if (i < width && !ownedHeaders.has(key) && !columnOf.has(key)) columnOf.set(key, i);
  });
  const flags: CellFlags = new Map();
  for (const f of findings) {
    const c = columnOf.get(f.column.trim());
    if (c === undefined || f.row < 2 || f.row > lastRow) continue;
    const key = `${f.row - 2},${c}`;
    const before = flags.get(key);
    flags.set(key, before ? `${before}; ${f.message}` : f.message);
  }
  const range = sheet.getRange(2, 1, lastRow - 1, width);
  const marked = applyMarks(range.getBackgrounds(), range.getNotes(), flags);
  if (!marked.changed) return;
  range.setBackgrounds(marked.backgrounds);
  range.setNotes(marked.notes);
}
