/**
 * Marks the flagged user cells of 'Danh sách' without touching the user's formatting:
 * one conditional format rule per column with findings, driven by the add-on's own
 * "Lỗi" column, and notes written only on cells flagged now or marked before. Calls do
 * not depend on the number of rows, and no clean cell is ever written.
 */
import type { OwnedColumn } from '../domain/check';
import type { Finding } from '../domain/types';
import { columnLetter } from './a1';
import { headerKey } from './columns';
import { isOwnRule, markFormula, MARK_COLOUR, planNotes, rowRuns, stripOwnNote, type Cell } from './marks';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Rule = GoogleAppsScript.Spreadsheet.ConditionalFormatRule;

const a1 = (row: number, column: number, lastRow = row): string =>
  lastRow === row ? `${columnLetter(column)}${row}` : `${columnLetter(column)}${row}:${columnLetter(column)}${lastRow}`;

/** Stretches a column's row interval to take in first..last. */
function widen(intervals: Map<number, [number, number]>, column: number, first: number, last: number): void {
  const was = intervals.get(column);
  intervals.set(column, was ? [Math.min(was[0], first), Math.max(was[1], last)] : [first, last]);
}

/**
 * The add-on's rules now on the sheet, and for each column they cover the rows from their
 * first range to their last. Only those two ranges are looked at: the add-on sets a rule's
 * ranges in row order and Sheets moves them together, so a second run at 100,000 rows asks
 * a few positions rather than one per flagged cell.
 */
function ownRules(rules: Rule[]): { own: Set<Rule>; hulls: Map<number, [number, number]> } {
  const own = new Set<Rule>();
  const hulls = new Map<number, [number, number]>();
  for (const rule of rules) {
    const condition = rule.getBooleanCondition();
    if (!condition) continue;
    const values = condition.getCriteriaValues().map(String);
    if (!isOwnRule(String(condition.getCriteriaType()), values, condition.getBackground())) continue;
    own.add(rule);
    const ranges = rule.getRanges();
    if (ranges.length === 0) continue;
    const ends = [ranges[0], ranges[ranges.length - 1]].map((range) => {
      const row = range.getRow();
      return { column: range.getColumn(), first: row, last: row + range.getNumRows() - 1 };
    });
    const first = Math.min(ends[0].first, ends[1].first);
    const last = Math.max(ends[0].last, ends[1].last);
    for (const { column } of ends) {
      widen(hulls, column, first, last);
    }
  }
  return { own, hulls };
}

/**
 * @param header the sheet's header row as read (before owned columns were appended)
 * @param owned the add-on's columns as written (their positions)
 * @param rows the tab's first and last row below its header
 */
export function writeHighlights(
  sheet: Sheet,
  header: string[],
  owned: OwnedColumn[],
  findings: Finding[],
  rows: { firstRow: number; lastRow: number },
): void {
  const { firstRow, lastRow } = rows;
  const messages = owned.find((o) => o.field === 'messages');
  if (!messages) return;
  const ownedColumns = new Set(owned.map((o) => o.column));
  const columnOf = new Map<string, number>();
  header.forEach((h, i) => {
    const k = headerKey(h);
    if (k && !ownedColumns.has(i + 1) && !columnOf.has(k)) columnOf.set(k, i + 1);
  });
  const flaggedRows = new Map<number, number[]>();
  for (const f of findings) {
    const column = columnOf.get(headerKey(f.column));
    if (column === undefined || f.row < firstRow || f.row > lastRow) continue;
    const rows = flaggedRows.get(column);
    if (rows) rows.push(f.row);
    else flaggedRows.set(column, [f.row]);
  }
  const flagged: Cell[] = [];
  for (const [column, rows] of flaggedRows) for (const row of new Set(rows)) flagged.push({ row, column });

  const rules = sheet.getConditionalFormatRules();
  const before = ownRules(rules);
  writeNotes(sheet, flagged, before.hulls);

  const letter = columnLetter(messages.column);
  const mine: Rule[] = [...flaggedRows.entries()]
    .sort(([a], [b]) => a - b)
    .map(([column, rows]) => {
      const runs = rowRuns(rows);
      return SpreadsheetApp.newConditionalFormatRule()
        .whenFormulaSatisfied(markFormula(letter, runs[0][0]))
        .setBackground(MARK_COLOUR)
        .setRanges(sheet.getRangeList(runs.map(([first, last]) => a1(first, column, last))).getRanges())
        .build();
    });
  if (mine.length === 0 && before.own.size === 0) return;
  // The add-on's rules first, so a flagged cell shows as flagged; the user's follow unchanged.
  sheet.setConditionalFormatRules([...mine, ...rules.filter((r) => !before.own.has(r))]);
}

/**
 * One read of notes per column involved (the rows of its flagged cells and of the add-on's
 * previous marks), then one call per distinct resulting note. A cell marked before is one
 * whose note carries the add-on's part: the notes themselves say where it wrote.
 */
function writeNotes(sheet: Sheet, flagged: Cell[], markedHulls: Map<number, [number, number]>): void {
  const span = new Map<number, [number, number]>(markedHulls);
  for (const { row, column } of flagged) widen(span, column, row, row);
  const notes = new Map<number, string[][]>();
  const markedBefore: Cell[] = [];
  for (const [column, [first, last]] of span) {
    const read = sheet.getRange(first, column, last - first + 1, 1).getNotes();
    notes.set(column, read);
    read.forEach(([note], i) => {
      if (note && stripOwnNote(note) !== note) markedBefore.push({ row: first + i, column });
    });
  }
  const noteOf = ({ row, column }: Cell): string => notes.get(column)![row - span.get(column)![0]][0] ?? '';
  for (const [target, cells] of planNotes(flagged, markedBefore, noteOf)) {
    const byColumn = new Map<number, number[]>();
    for (const c of cells) {
      const rows = byColumn.get(c.column);
      if (rows) rows.push(c.row);
      else byColumn.set(c.column, [c.row]);
    }
    const ranges: string[] = [];
    for (const [column, rows] of byColumn)
      for (const [first, last] of rowRuns(rows)) ranges.push(a1(first, column, last));
    const list = sheet.getRangeList(ranges);
    if (target === '') list.clearNote();
    else list.setNote(target);
  }
}
