/**
 * Alternating colours (`Range.applyRowBanding`, `Sheet.getBandings`), kept as plain data
 * on the sheet store. Theme colours are those Sheets shows for each theme; a range may
 * carry one banding only, as in Sheets.
 */
import type { BandingData } from '../workbook-data';
import { parseA1, toA1 } from './a1';
import type { Env } from './env';
import { GAS_ERRORS, gasError } from './errors';
import type { Range } from './range';
import type { Sheet } from './sheet';

export const BandingTheme = {
  LIGHT_GREY: 'LIGHT_GREY',
  CYAN: 'CYAN',
  GREEN: 'GREEN',
  YELLOW: 'YELLOW',
  ORANGE: 'ORANGE',
  BLUE: 'BLUE',
  TEAL: 'TEAL',
  GREY: 'GREY',
  BROWN: 'BROWN',
  LIGHT_GREEN: 'LIGHT_GREEN',
  INDIGO: 'INDIGO',
  PINK: 'PINK',
} as const;

/** header, first, second, footer. */
const THEMES: Record<string, [string, string, string, string]> = {
  LIGHT_GREY: ['#bdbdbd', '#ffffff', '#f3f3f3', '#dedede'],
  CYAN: ['#4dd0e1', '#ffffff', '#e0f7fa', '#a2e8f1'],
  GREEN: ['#63d297', '#ffffff', '#e7f9ef', '#afe9ca'],
  YELLOW: ['#f7cb4d', '#ffffff', '#fef8e3', '#fce8b2'],
  ORANGE: ['#f46524', '#ffffff', '#ffe6dd', '#ffccbc'],
  BLUE: ['#5b95f9', '#ffffff', '#e8f0fe', '#acc9fe'],
  TEAL: ['#26a69a', '#ffffff', '#ddf2f0', '#8cd3cd'],
  GREY: ['#78909c', '#ffffff', '#ebeff1', '#bbc8ce'],
  BROWN: ['#cca677', '#ffffff', '#f8f2eb', '#e6d3ba'],
  LIGHT_GREEN: ['#8bc34a', '#ffffff', '#eef7e3', '#c4e2a0'],
  INDIGO: ['#8989eb', '#ffffff', '#e8e7fc', '#c4c3f7'],
  PINK: ['#e91d63', '#ffffff', '#fddee9', '#f68bb1'],
};

const overlaps = (a: string, b: string): boolean => {
  const x = parseA1(a)!;
  const y = parseA1(b)!;
  return (
    x.row < y.row + y.numRows &&
    y.row < x.row + x.numRows &&
    x.column < y.column + y.numColumns &&
    y.column < x.column + x.numColumns
  );
};

export class Banding {
  constructor(
    private readonly env: Env,
    private readonly sheet: Sheet,
    readonly data: BandingData,
  ) {}
  private change(method: string): void {
    this.env.call(`Banding.${method}`);
    this.sheet.store.edits++;
  }
  getRange(): Range {
    this.env.call('Banding.getRange');
    const g = parseA1(this.data.range)!;
    return this.sheet.rangeAt(g.row, g.column, g.numRows, g.numColumns);
  }
  setRange(range: Range): Banding {
    this.change('setRange');
    this.data.range = toA1(range.row, range.column, range.numRows, range.numColumns);
    return this;
  }
  remove(): void {
    this.change('remove');
    this.sheet.store.bandings = this.sheet.store.bandings.filter((b) => b !== this.data);
  }
  getHeaderRowColor(): string | null {
    this.env.call('Banding.getHeaderRowColor');
    return this.data.headerColor ?? null;
  }
  setHeaderRowColor(color: string | null): Banding {
    this.change('setHeaderRowColor');
    this.data.headerColor = color ?? undefined;
    return this;
  }
  getFirstRowColor(): string | null {
    this.env.call('Banding.getFirstRowColor');
    return this.data.firstRowColor;
  }
  setFirstRowColor(color: string | null): Banding {
    this.change('setFirstRowColor');
    this.data.firstRowColor = color ?? '#ffffff';
    return this;
  }
  getSecondRowColor(): string | null {
    this.env.call('Banding.getSecondRowColor');
    return this.data.secondRowColor;
  }
  setSecondRowColor(color: string | null): Banding {
    this.change('setSecondRowColor');
    this.data.secondRowColor = color ?? '#ffffff';
    return this;
  }
  getFooterRowColor(): string | null {
    this.env.call('Banding.getFooterRowColor');
    return this.data.footerColor ?? null;
  }
  setFooterRowColor(color: string | null): Banding {
    this.change('setFooterRowColor');
    this.data.footerColor = color ?? undefined;
    return this;
  }
}

/** `Range.applyRowBanding(theme?, showHeader?, showFooter?)`. */
export function applyRowBanding(
  env: Env,
  range: Range,
  theme: string = BandingTheme.LIGHT_GREY,
  showHeader = true,
  showFooter = false,
): Banding {
  env.call('Range.applyRowBanding');
  const store = range.sheet.store;
  const a1 = toA1(range.row, range.column, range.numRows, range.numColumns);
  if (store.bandings.some((b) => overlaps(b.range, a1))) throw gasError(GAS_ERRORS.bandingExists);
  const [header, first, second, footer] = THEMES[String(theme)] ?? THEMES.LIGHT_GREY;
  const data: BandingData = {
    range: a1,
    firstRowColor: first,
    secondRowColor: second,
    ...(showHeader ? { headerColor: header } : {}),
    ...(showFooter ? { footerColor: footer } : {}),
  };
  store.bandings.push(data);
  store.edits++;
  return new Banding(env, range.sheet, data);
}

export function sheetBandings(env: Env, sheet: Sheet, within?: Range): Banding[] {
  const area = within ? toA1(within.row, within.column, within.numRows, within.numColumns) : null;
  return sheet.store.bandings.filter((b) => !area || overlaps(b.range, area)).map((b) => new Banding(env, sheet, b));
}

/** The colour banding gives a cell, or null when no banding covers it. */
export function bandColour(bandings: BandingData[], row: number, column: number): string | null {
  for (const b of bandings) {
    const g = parseA1(b.range)!;
    if (row < g.row || row >= g.row + g.numRows || column < g.column || column >= g.column + g.numColumns) continue;
    let offset = row - g.row;
    if (b.headerColor) {
      if (offset === 0) return b.headerColor;
      offset--;
    }
    if (b.footerColor && row === g.row + g.numRows - 1) return b.footerColor;
    return offset % 2 === 0 ? b.firstRowColor : b.secondRowColor;
  }
  return null;
}
