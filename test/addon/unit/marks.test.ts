import fc from 'fast-check';
import {
  isOwnRule,
  markFormula,
  MARK_COLOUR,
  OWN_NOTE,
  planNotes,
  stripOwnNote,
  type Cell,
} from '../../../src/sheets/marks';

const id = (c: Cell): string => `${c.row},${c.column}`;

/** Applies a plan to a map of notes, as the Sheets layer does with range lists. */
function apply(notes: Map<string, string>, plan: Map<string, Cell[]>): void {
  for (const [target, cells] of plan) for (const c of cells) notes.set(id(c), target);
}

describe('notes the add-on writes', () => {
  it('appends its note after a user note and removes only its own part once the cell is clean', () => {
    const notes = new Map([['5,10', 'Cô giáo mới chuyển về']]);
    const noteOf = (c: Cell) => notes.get(id(c)) ?? '';
    const flagged = [
      { row: 5, column: 10 },
      { row: 9, column: 4 },
    ];
    apply(notes, planNotes(flagged, [], noteOf));
    expect(notes.get('5,10')).toBe(`Cô giáo mới chuyển về\n${OWN_NOTE}`);
    expect(notes.get('9,4')).toBe(OWN_NOTE);
    apply(notes, planNotes([], flagged, noteOf));
    expect(notes.get('5,10')).toBe('Cô giáo mới chuyển về');
    expect(notes.get('9,4')).toBe('');
  });

  it('plans nothing for cells already right, so a repeated run writes no note', () => {
    const notes = new Map([['3,2', OWN_NOTE]]);
    const plan = planNotes([{ row: 3, column: 2 }], [{ row: 3, column: 2 }], (c) => notes.get(id(c)) ?? '');
    expect(plan.size).toBe(0);
  });

  it('for any user notes and any two runs, every user note survives and only flagged cells carry the mark', () => {
    const cell = fc.record({ row: fc.integer({ min: 2, max: 30 }), column: fc.integer({ min: 1, max: 6 }) });
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            cell,
            fc.string({ minLength: 1 }).filter((s) => !s.includes('⚠') && s.trim() === s),
          ),
          {
            maxLength: 20,
          },
        ),
        fc.array(cell, { maxLength: 20 }),
        fc.array(cell, { maxLength: 20 }),
        (userNotes, firstRun, secondRun) => {
          const notes = new Map(userNotes.map(([c, text]) => [id(c), text]));
          const user = new Map(notes);
          const noteOf = (c: Cell) => notes.get(id(c)) ?? '';
          apply(notes, planNotes(firstRun, [], noteOf));
          apply(notes, planNotes(secondRun, firstRun, noteOf));
          const flagged = new Set(secondRun.map(id));
          for (const [k, text] of user) expect(stripOwnNote(notes.get(k)!)).toBe(text);
          for (const [k, text] of notes) expect(text.includes(OWN_NOTE)).toBe(flagged.has(k));
        },
      ),
    );
  });
});

describe("the add-on tells its own rules from a user's", () => {
  it('recognises its formula and colour, and nothing a user is likely to make', () => {
    expect(isOwnRule('CUSTOM_FORMULA', [markFormula('Q', 2)], MARK_COLOUR)).toBe(true);
    expect(isOwnRule('CUSTOM_FORMULA', [markFormula('Q', 2)], '#ff0000')).toBe(false);
    expect(isOwnRule('CUSTOM_FORMULA', ['=ISEVEN(ROW())'], MARK_COLOUR)).toBe(false);
    expect(isOwnRule('TEXT_CONTAINS', ['Lỗi'], MARK_COLOUR)).toBe(false);
  });
});
