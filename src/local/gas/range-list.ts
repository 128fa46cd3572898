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
  private write(method: string, each: (range: Range) => void): RangeList {
    this.env.call(`RangeList.${method}`, { written: this.cells() });
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
