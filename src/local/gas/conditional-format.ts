/**
 * Conditional format rules as Google's reference describes them: a builder from
 * `SpreadsheetApp.newConditionalFormatRule()`, rules that hold one boolean condition and
 * a format, and `Sheet.setConditionalFormatRules` replacing the sheet's whole list. Rules
 * are kept as plain data on the sheet store, so tests and the xlsx writers see them.
 */
import type { ConditionalFormatData } from '../workbook-data';
import { parseA1, toA1 } from './a1';
import type { Env } from './env';
import { GAS_ERRORS, gasError } from './errors';
import type { Range } from './range';
import type { Sheet } from './sheet';

export const BooleanCriteria = {
  CUSTOM_FORMULA: 'CUSTOM_FORMULA',
  TEXT_CONTAINS: 'TEXT_CONTAINS',
  TEXT_EQUAL_TO: 'TEXT_EQUAL_TO',
  CELL_EMPTY: 'CELL_EMPTY',
  CELL_NOT_EMPTY: 'CELL_NOT_EMPTY',
} as const;

type Criteria = ConditionalFormatData['criteria'];

function hexColour(value: unknown): string | undefined {
  if (value === null || value === undefined || value === '') return undefined;
  const text = String(value).toLowerCase();
  return text === 'white' ? '#ffffff' : text === 'black' ? '#000000' : text;
}

export class BooleanCondition {
  constructor(private readonly data: ConditionalFormatData) {}
  getCriteriaType(): string {
    return this.data.criteria;
  }
  getCriteriaValues(): string[] {
    return [...this.data.values];
  }
  getBackground(): string | null {
    return this.data.background ?? null;
  }
  getFontColor(): string | null {
    return this.data.fontColor ?? null;
  }
  getBold(): boolean | null {
    return this.data.bold ?? null;
  }
}

export class ConditionalFormatRule {
  constructor(
    private readonly env: Env,
    readonly data: ConditionalFormatData,
    /** The sheet the ranges belong to, once known. */
    readonly sheet: Sheet | null,
  ) {}
  getRanges(): Range[] {
    this.env.call('ConditionalFormatRule.getRanges');
    if (!this.sheet) return [];
    return this.data.ranges.map((a1) => {
      const g = parseA1(a1)!;
      return this.sheet!.rangeAt(g.row, g.column, g.numRows, g.numColumns);
    });
  }
  getBooleanCondition(): BooleanCondition {
    this.env.call('ConditionalFormatRule.getBooleanCondition');
    return new BooleanCondition(this.data);
  }
  getGradientCondition(): null {
    this.env.call('ConditionalFormatRule.getGradientCondition');
    return null;
  }
  copy(): ConditionalFormatRuleBuilder {
    this.env.call('ConditionalFormatRule.copy');
    return new ConditionalFormatRuleBuilder(this.env, { ...this.data, ranges: [...this.data.ranges] }, this.sheet);
  }
}

export class ConditionalFormatRuleBuilder {
  private data: Partial<ConditionalFormatData> & { ranges: string[] };
  private sheet: Sheet | null;

  constructor(
    private readonly env: Env,
    seed?: ConditionalFormatData,
    sheet: Sheet | null = null,
  ) {
    this.data = seed ? { ...seed } : { ranges: [] };
    this.sheet = sheet;
  }

  /** Counted under the method's own name, as Google's reference (and its scopes) lists it. */
  private when(method: string, criteria: Criteria, values: string[]): this {
    this.env.call(`ConditionalFormatRuleBuilder.${method}`);
    this.data.criteria = criteria;
    this.data.values = values;
    return this;
  }
  whenFormulaSatisfied(formula: string): this {
    return this.when('whenFormulaSatisfied', 'CUSTOM_FORMULA', [String(formula)]);
  }
  whenTextContains(text: string): this {
    return this.when('whenTextContains', 'TEXT_CONTAINS', [String(text)]);
  }
  whenTextEqualTo(text: string): this {
    return this.when('whenTextEqualTo', 'TEXT_EQUAL_TO', [String(text)]);
  }
  whenCellEmpty(): this {
    return this.when('whenCellEmpty', 'CELL_EMPTY', []);
  }
  whenCellNotEmpty(): this {
    return this.when('whenCellNotEmpty', 'CELL_NOT_EMPTY', []);
  }
  setBackground(color: string | null): this {
    this.env.call('ConditionalFormatRuleBuilder.setBackground');
    this.data.background = hexColour(color);
    return this;
  }
  setFontColor(color: string | null): this {
    this.env.call('ConditionalFormatRuleBuilder.setFontColor');
    this.data.fontColor = hexColour(color);
    return this;
  }
  setBold(bold: boolean | null): this {
    this.env.call('ConditionalFormatRuleBuilder.setBold');
    this.data.bold = bold ?? undefined;
    return this;
  }
  setRanges(ranges: Range[]): this {
    this.env.call('ConditionalFormatRuleBuilder.setRanges');
    const sheets = new Set(ranges.map((r) => r.sheet));
    if (sheets.size > 1) throw gasError(GAS_ERRORS.invalidArgument('ranges'));
    this.sheet = ranges[0]?.sheet ?? this.sheet;
    this.data.ranges = ranges.map((r) => toA1(r.row, r.column, r.numRows, r.numColumns));
    return this;
  }
  getRanges(): Range[] {
    return new ConditionalFormatRule(this.env, this.data as ConditionalFormatData, this.sheet).getRanges();
  }
  build(): ConditionalFormatRule {
    this.env.call('ConditionalFormatRuleBuilder.build');
    return new ConditionalFormatRule(
      this.env,
      { ...(this.data as ConditionalFormatData), values: [...(this.data.values ?? [])], ranges: [...this.data.ranges] },
      this.sheet,
    );
  }
}
