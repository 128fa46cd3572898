/**
 * RangeList (`Sheet.getRangeList(a1Notations)`): one call that formats or clears many
 * separate ranges of a sheet. Each call is counted once, with every cell it touches.
 */
import { parseA1 } from './a1';
import type { Env } from './env';
import { GAS_ERRORS, gasError } from './errors';
import type { Range } from './range';
import type { Sheet } from './sheet';

export class RangeList {
  constructor(
    private readonly env: Env,
    private readonly ranges: Range[],
  ) {}

  private cells(): number {
    return this.ranges.reduce((n, r) => n + r.numRows * r.numColumns, 0);
  }
  /** `uniform`: one format over each range, which Sheets applies as one range format (a cell written a range). */
  private write(method: string, each: (range: Range) => void, uniform = false): RangeList {
    const written = uniform ? this.ranges.length : this.cells();
    this.env.call(`RangeList.${method}`, { written, ranges: this.ranges.length });
    // Sheets refuses the whole call when any of its ranges is protected from the caller.
    for (const range of this.ranges) range.refuseIfProtected();
    for (const range of this.ranges) {
      range.sheet.store.edits++;
      each(range);
    }
    return this;
  }

  getRanges(): Range[] {
    this.env.call('RangeList.getRanges');
    return [...this.ranges];
  }
  /** As Range.setValue on each range: text is read as typed input ('=…' a formula, digits a number). */
  setValue(value: unknown): RangeList {
    return this.write('setValue', (r) => r.setValueUncounted(value));
  }
  setNumberFormat(format: string): RangeList {
    return this.write('setNumberFormat', (r) => r.writeUncounted('numberFormats', format), true);
  }
  setNote(note: string | null): RangeList {
    return this.write('setNote', (r) => r.writeUncounted('notes', note));
  }
  clearNote(): RangeList {
    return this.write('clearNote', (r) => r.writeUncounted('notes', null));
  }
  setBackground(color: string | null): RangeList {
    return this.write('setBackground', (r) => r.writeUncounted('backgrounds', color));
  }
  setFontColor(color: string | null): RangeList {
    return this.write('setFontColor', (r) => r.writeUncounted('fontColors', color));
  }
}

export function makeRangeList(env: Env, sheet: Sheet, a1Notations: string[]): RangeList {
  env.call('Sheet.getRangeList');
  const ranges = a1Notations.map((a1) => {
    const g = parseA1(a1);
    if (!g || (g.sheet && g.sheet !== sheet.store.name)) throw gasError(GAS_ERRORS.badRange);
    return sheet.rangeAt(g.row, g.column, g.numRows, g.numColumns);
  });
  return new RangeList(env, ranges);
}
