/**
 * The add-on's marks on user cells, computed over whole blocks: a flagged cell gets a
 * pale red background (only if the user left it uncoloured) and the message appended
 * to its note after a recognisable prefix. A later run strips exactly that part and
 * that colour, so the user's own notes and colours survive every run.
 */
import { UI } from '../i18n/ui';

export const MARK_COLOUR = '#fce8e6';
const PLAIN = new Set(['', '#ffffff', '#fff', 'white']);

export function stripOwnNote(note: string): string {
  const at = note.indexOf(UI.status.addonNotePrefix);
  return at < 0 ? note : note.slice(0, at).replace(/\s+$/, '');
}

/** key: `${rowIndex},${colIndex}` (0-based within the block) → message. */
export type CellFlags = Map<string, string>;

export interface MarkedBlock {
  backgrounds: string[][];
  notes: string[][];
  changed: boolean;
}

export function applyMarks(backgrounds: string[][], notes: string[][], flags: CellFlags): MarkedBlock {
  let changed = false;
  const outBg = backgrounds.map((row, r) =>
    row.map((bg, c) => {
      const own = (notes[r][c] ?? '').includes(UI.status.addonNotePrefix) && bg.toLowerCase() === MARK_COLOUR;
      const base = own ? '#ffffff' : bg;
      const next = flags.has(`${r},${c}`) && PLAIN.has(base.toLowerCase()) ? MARK_COLOUR : base;
      if (next !== bg) changed = true;
      return next;
    }),
  );
  const outNotes = notes.map((row, r) =>
    row.map((note, c) => {
      const base = stripOwnNote(note ?? '');
      const message = flags.get(`${r},${c}`);
      const next = message === undefined ? base : `${base}${base ? '\n' : ''}${UI.status.addonNotePrefix}${message}`;
      if (next !== note) changed = true;
      return next;
    }),
  );
  return { backgrounds: outBg, notes: outNotes, changed };
}
