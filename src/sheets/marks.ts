/**
 * The add-on's marks on user cells, as plain decisions over positions. A flagged cell is
 * shown pale red by a conditional format rule that holds while its row's "Lỗi" cell is
 * not empty, and carries a short note after a recognisable prefix. Nothing else is
 * written: the user's own fills, alternating colours, rules and notes stay as they are,
 * and a later run removes exactly the part of a note the add-on wrote.
 */
import { UI } from '../i18n/ui';

export const MARK_COLOUR = '#fce8e6';

/** The note the add-on appends to a flagged cell. */
export const OWN_NOTE = `${UI.status.addonNotePrefix}${UI.status.addonNoteText}`;

export function stripOwnNote(note: string): string {
  const at = note.indexOf(UI.status.addonNotePrefix);
  return at < 0 ? note : note.slice(0, at).replace(/\s+$/, '');
}

/** The formula of the add-on's rules: true while the row's messages cell is not empty. */
export function markFormula(messagesColumnLetter: string, firstRow: number): string {
  return `=LEN($${messagesColumnLetter}${firstRow})>0`;
}

const OWN_FORMULA = /^=LEN\(\$[A-Z]{1,3}\d+\)>0$/;

/** A rule the add-on made (and may replace), told from any rule a user made. */
export function isOwnRule(criteria: string, values: string[], background: string | null): boolean {
  return (
    criteria === 'CUSTOM_FORMULA' &&
    OWN_FORMULA.test(values[0] ?? '') &&
    (background ?? '').toLowerCase() === MARK_COLOUR
  );
}

/** 1-based cell position. */
export interface Cell {
  row: number;
  column: number;
}

/**
 * What each cell's note must become: flagged cells gain the add-on's note after the
 * user's own text; cells the add-on marked before and that are clean now keep only the
 * user's text. Cells whose note is already right are left out.
 */
export function planNotes(flagged: Cell[], markedBefore: Cell[], noteOf: (cell: Cell) => string): Map<string, Cell[]> {
  const byTarget = new Map<string, Cell[]>();
  const seen = new Set<string>();
  const visit = (cell: Cell, flaggedNow: boolean): void => {
    const id = `${cell.row},${cell.column}`;
    if (seen.has(id)) return;
    seen.add(id);
    const note = noteOf(cell);
    const user = stripOwnNote(note);
    const target = flaggedNow ? (user ? `${user}\n${OWN_NOTE}` : OWN_NOTE) : user;
    if (target === note) return;
    const list = byTarget.get(target);
    if (list) list.push(cell);
    else byTarget.set(target, [cell]);
  };
  for (const cell of flagged) visit(cell, true);
  for (const cell of markedBefore) visit(cell, false);
  return byTarget;
}

/** Runs of consecutive rows of one column, as [firstRow, lastRow]. */
export function rowRuns(rows: number[]): [number, number][] {
  const sorted = [...new Set(rows)].sort((a, b) => a - b);
  const runs: [number, number][] = [];
  for (const r of sorted) {
    const last = runs[runs.length - 1];
    if (last && r === last[1] + 1) last[1] = r;
    else runs.push([r, r]);
  }
  return runs;
}
