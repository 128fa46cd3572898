/**
 * Range: the add-on's hot path. Block reads and writes copy plain arrays; every call is
 * counted with the number of cells it touches.
 */
import type { CellScalar, ValidationData } from '../workbook-data';
import { parseA1, toA1 } from './a1';
import type { Env } from './env';
import { GAS_ERRORS, gasError } from './errors';
import { displayValue } from './format';
import { isDate, key, type SheetStore } from './sheet-store';
import { DataValidation } from './validation';
import { applyRowBanding, sheetBandings, type Banding } from './banding';
import type { Sheet } from './sheet';

const NUMBER_TEXT = /^\s*[+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?\s*$/i;

/** A value written by a script is read the way Sheets reads typed input. */
export function storedValue(
  value: unknown,
  numberFormat: string | undefined,
  limit: number,
): { value: CellScalar; formula?: string } {
  if (value === null || value === undefined) return { value: '' };
  if (typeof value === 'string') {
    if (value.length > limit) throw gasError(GAS_ERRORS.cellTooLong);
    if (numberFormat === '@') return { value };
    if (value.length > 1 && value.startsWith('=')) return { value: '', formula: value };
    if (value.startsWith("'")) return { value: value.slice(1) };
    if (NUMBER_TEXT.test(value)) return { value: Number(value) };
    if (/^(true|false)$/i.test(value)) return { value: value.toLowerCase() === 'true' };
    return { value };
  }
  if (typeof value === 'number') return { value: Number.isFinite(value) ? value : String(value) };
  if (typeof value === 'boolean') return { value };
  if (isDate(value)) return { value: new Date((value as Date).getTime()) };
  const text = String(value);
  if (text.length > limit) throw gasError(GAS_ERRORS.cellTooLong);
  return { value: text };
}

export class Range {
  constructor(
    private readonly env: Env,
    readonly sheet: Sheet,
    private readonly store: SheetStore,
    readonly row: number,
    readonly column: number,
    readonly numRows: number,
    readonly numColumns: number,
  ) {}

  private get cells(): number {
    return this.numRows * this.numColumns;
  }

  private read(method: string): void {
    this.env.call(`Range.${method}`, { read: this.cells });
  }

  private write(method: string, cells = this.cells): void {
    this.env.call(`Range.${method}`, { written: cells });
    this.refuseIfProtected();
    this.store.edits++;
  }

  /** A protected sheet or range takes edits only from its editors and the owner, as in Sheets. */
  refuseIfProtected(): void {
    if (this.store.protections.length === 0) return;
    const user = this.env.current.user.trim().toLowerCase();
    const owner = this.env.owner.trim().toLowerCase();
    if (user === owner) return;
    const sameDomain = user.split('@')[1] !== undefined && user.split('@')[1] === owner.split('@')[1];
    for (const p of this.store.protections) {
      if (p.warningOnly || (p.domainEdit && sameDomain)) continue;
      if (p.editors.some((e) => e.trim().toLowerCase() === user)) continue;
      if (p.range !== null) {
        const g = parseA1(p.range);
        if (!g) continue;
        const rows = g.wholeColumns ? [1, Infinity] : [g.row, g.row + g.numRows - 1];
        const columns = g.wholeRows ? [1, Infinity] : [g.column, g.column + g.numColumns - 1];
        const apart =
          this.row > rows[1] ||
          this.row + this.numRows - 1 < rows[0] ||
          this.column > columns[1] ||
          this.column + this.numColumns - 1 < columns[0];
        if (apart) continue;
      }
      throw gasError(GAS_ERRORS.protectedCell);
    }
  }

  private grid<T>(pick: (row: number, column: number) => T): T[][] {
    const out: T[][] = new Array(this.numRows);
    for (let r = 0; r < this.numRows; r++) {
      const line: T[] = new Array(this.numColumns);
      for (let c = 0; c < this.numColumns; c++) line[c] = pick(this.row + r, this.column + c);
      out[r] = line;
    }
    return out;
  }

  private checkShape(data: unknown): unknown[][] {
    if (!Array.isArray(data)) throw gasError(GAS_ERRORS.cannotConvert(String(data), 'Object[][]'));
    if (data.length !== this.numRows) throw gasError(GAS_ERRORS.rowsMismatch(data.length, this.numRows));
    for (const row of data) {
      if (!Array.isArray(row)) throw gasError(GAS_ERRORS.cannotConvert(String(row), 'Object[]'));
      if (row.length !== this.numColumns) throw gasError(GAS_ERRORS.columnsMismatch(row.length, this.numColumns));
    }
    return data as unknown[][];
  }

  private forEachCell(data: unknown[][], each: (row: number, column: number, value: unknown) => void): void {
    for (let r = 0; r < this.numRows; r++)
      for (let c = 0; c < this.numColumns; c++) each(this.row + r, this.column + c, data[r][c]);
  }

  // --- geometry -----------------------------------------------------------------
  getRow(): number {
    this.env.call('Range.getRow');
    return this.row;
  }
  getColumn(): number {
    this.env.call('Range.getColumn');
    return this.column;
  }
  getNumRows(): number {
    this.env.call('Range.getNumRows');
    return this.numRows;
  }
  getNumColumns(): number {
    this.env.call('Range.getNumColumns');
    return this.numColumns;
  }
  getLastRow(): number {
    this.env.call('Range.getLastRow');
    return this.row + this.numRows - 1;
  }
  getLastColumn(): number {
    this.env.call('Range.getLastColumn');
    return this.column + this.numColumns - 1;
  }
  getA1Notation(): string {
    this.env.call('Range.getA1Notation');
    return toA1(this.row, this.column, this.numRows, this.numColumns);
  }
  getSheet(): Sheet {
    this.env.call('Range.getSheet');
    return this.sheet;
  }
  offset(rowOffset: number, columnOffset: number, numRows = this.numRows, numColumns = this.numColumns): Range {
    this.env.call('Range.offset');
    return this.sheet.rangeAt(this.row + rowOffset, this.column + columnOffset, numRows, numColumns);
  }
  activate(): Range {
    this.env.call('Range.activate');
    return this;
  }

  // --- values -------------------------------------------------------------------
  getValues(): CellScalar[][] {
    this.read('getValues');
    const out: CellScalar[][] = new Array(this.numRows);
    for (let r = 0; r < this.numRows; r++) {
      const source = this.store.values[this.row + r - 1];
      const line: CellScalar[] = new Array(this.numColumns);
      for (let c = 0; c < this.numColumns; c++) {
        const v = source ? source[this.column + c - 1] : undefined;
        line[c] = v === undefined || v === null ? '' : v instanceof Date ? new Date(v.getTime()) : v;
      }
      out[r] = line;
    }
    return out;
  }
  getValue(): CellScalar {
    this.read('getValue');
    const v = this.store.value(this.row, this.column);
    return v instanceof Date ? new Date(v.getTime()) : v;
  }
  getDisplayValues(): string[][] {
    this.read('getDisplayValues');
    return this.grid((r, c) =>
      displayValue(this.store.value(r, c), this.store.numberFormats.get(key(r, c)), this.env.timeZone),
    );
  }
  getDisplayValue(): string {
    this.read('getDisplayValue');
    return displayValue(
      this.store.value(this.row, this.column),
      this.store.numberFormats.get(key(this.row, this.column)),
      this.env.timeZone,
    );
  }
  setValues(values: unknown[][]): Range {
    const data = this.checkShape(values);
    this.write('setValues');
    this.forEachCell(data, (r, c, v) => this.put(r, c, v));
    return this;
  }
  /** For appendRow, which is counted as one Sheet call. */
  setValuesUncounted(values: unknown[][]): void {
    this.store.edits++;
    this.forEachCell(this.checkShape(values), (r, c, v) => this.put(r, c, v));
  }
  setValue(value: unknown): Range {
    this.write('setValue');
    this.setValueUncounted(value);
    return this;
  }
  /** For RangeList, whose one call is counted there: one value into every cell. */
  setValueUncounted(value: unknown): void {
    for (let r = this.row; r < this.row + this.numRows; r++)
      for (let c = this.column; c < this.column + this.numColumns; c++) this.put(r, c, value);
  }
  private put(r: number, c: number, v: unknown): void {
    const k = key(r, c);
    const stored = storedValue(v, this.store.numberFormats.get(k), this.env.limits.charactersPerCell);
    this.store.setValue(r, c, stored.value);
    if (stored.formula) this.store.formulas.set(k, stored.formula);
    else this.store.formulas.delete(k);
  }
  getFormulas(): string[][] {
    this.read('getFormulas');
    return this.grid((r, c) => this.store.formulas.get(key(r, c)) ?? '');
  }
  getFormula(): string {
    this.read('getFormula');
    return this.store.formulas.get(key(this.row, this.column)) ?? '';
  }
  setFormulas(formulas: string[][]): Range {
    const data = this.checkShape(formulas);
    this.write('setFormulas');
    this.forEachCell(data, (r, c, f) => {
      const text = String(f ?? '');
      if (text) {
        this.store.formulas.set(key(r, c), text);
        this.store.setValue(r, c, '');
      } else this.store.formulas.delete(key(r, c));
    });
    return this;
  }
  setFormula(formula: string): Range {
    return this.setFormulas(this.grid(() => formula));
  }
  isBlank(): boolean {
    this.read('isBlank');
    return this.grid((r, c) => this.store.hasContent(r, c)).every((row) => row.every((has) => !has));
  }

  // --- clearing -----------------------------------------------------------------
  clearContent(): Range {
    this.write('clearContent');
    this.store.clearCells(this.row, this.column, this.numRows, this.numColumns, { contents: true });
    return this;
  }
  clearFormat(): Range {
    this.write('clearFormat');
    this.store.clearCells(this.row, this.column, this.numRows, this.numColumns, { formats: true });
    return this;
  }
  clearNote(): Range {
    this.write('clearNote');
    this.store.clearCells(this.row, this.column, this.numRows, this.numColumns, { notes: true });
    return this;
  }
  clearDataValidations(): Range {
    this.write('clearDataValidations');
    this.store.clearCells(this.row, this.column, this.numRows, this.numColumns, { validations: true });
    return this;
  }
  clear(options?: {
    contentsOnly?: boolean;
    formatOnly?: boolean;
    commentsOnly?: boolean;
    validationsOnly?: boolean;
  }): Range {
    this.write('clear');
    const only =
      options && (options.contentsOnly || options.formatOnly || options.commentsOnly || options.validationsOnly);
    this.store.clearCells(this.row, this.column, this.numRows, this.numColumns, {
      contents: !only || !!options?.contentsOnly,
      formats: !only || !!options?.formatOnly,
      notes: !only || !!options?.commentsOnly,
      validations: !only || !!options?.validationsOnly,
    });
    return this;
  }

  // --- per-cell attributes as whole-block arrays ---------------------------------
  private getMap<T>(method: string, map: Map<number, T>, fallback: T): T[][] {
    this.read(method);
    return this.grid((r, c) => map.get(key(r, c)) ?? fallback);
  }
  /**
   * `uniform`: one value for the whole range (setBackground, setNumberFormat…), which
   * Sheets applies as one range format, so it is modelled as one cell written.
   */
  private setMap<T>(
    method: string,
    map: Map<number, T>,
    data: unknown[][],
    normalise: (v: unknown) => T | null,
    uniform = false,
  ): Range {
    this.checkShape(data);
    this.write(method, uniform ? 1 : this.cells);
    this.forEachCell(data, (r, c, v) => {
      const n = normalise(v);
      if (n === null) map.delete(key(r, c));
      else map.set(key(r, c), n);
    });
    return this;
  }
  private fill<T>(value: T): T[][] {
    return this.grid(() => value);
  }

  /** For RangeList, whose one call is counted there: one value over the whole range. */
  writeUncounted(attribute: 'notes' | 'backgrounds' | 'fontColors' | 'numberFormats', value: unknown): void {
    const map = this.store[attribute] as Map<number, unknown>;
    const normalise =
      attribute === 'notes'
        ? (v: unknown) => (v === null || v === undefined || v === '' ? null : String(v))
        : attribute === 'backgrounds'
          ? colour
          : attribute === 'numberFormats'
            ? numberFormat
            : fontColour;
    const n = normalise(value);
    for (let r = this.row; r < this.row + this.numRows; r++)
      for (let c = this.column; c < this.column + this.numColumns; c++) {
        if (n === null) map.delete(key(r, c));
        else map.set(key(r, c), n);
      }
  }

  getNotes(): string[][] {
    return this.getMap('getNotes', this.store.notes, '');
  }
  getNote(): string {
    this.read('getNote');
    return this.store.notes.get(key(this.row, this.column)) ?? '';
  }
  setNotes(notes: unknown[][]): Range {
    return this.setMap('setNotes', this.store.notes, notes, (v) =>
      v === null || v === undefined || v === '' ? null : String(v),
    );
  }
  setNote(note: unknown): Range {
    return this.setMap(
      'setNote',
      this.store.notes,
      this.fill(note),
      (v) => (v === null || v === undefined || v === '' ? null : String(v)),
      true,
    );
  }

  getBackgrounds(): string[][] {
    return this.getMap('getBackgrounds', this.store.backgrounds, '#ffffff');
  }
  getBackground(): string {
    this.read('getBackground');
    return this.store.backgrounds.get(key(this.row, this.column)) ?? '#ffffff';
  }
  setBackgrounds(colors: unknown[][]): Range {
    return this.setMap('setBackgrounds', this.store.backgrounds, colors, colour);
  }
  setBackground(color: unknown): Range {
    return this.setMap('setBackground', this.store.backgrounds, this.fill(color), colour, true);
  }

  getFontColors(): string[][] {
    return this.getMap('getFontColors', this.store.fontColors, '#000000');
  }
  setFontColors(colors: unknown[][]): Range {
    return this.setMap('setFontColors', this.store.fontColors, colors, fontColour);
  }
  setFontColor(color: unknown): Range {
    return this.setMap('setFontColor', this.store.fontColors, this.fill(color), fontColour, true);
  }

  getFontWeights(): string[][] {
    return this.getMap('getFontWeights', this.store.fontWeights, 'normal');
  }
  setFontWeights(weights: unknown[][]): Range {
    return this.setMap('setFontWeights', this.store.fontWeights, weights, (v) => (v === 'bold' ? 'bold' : null));
  }
  setFontWeight(weight: unknown): Range {
    return this.setMap(
      'setFontWeight',
      this.store.fontWeights,
      this.fill(weight),
      (v) => (v === 'bold' ? 'bold' : null),
      true,
    );
  }

  getNumberFormats(): string[][] {
    return this.getMap('getNumberFormats', this.store.numberFormats, 'General');
  }
  getNumberFormat(): string {
    this.read('getNumberFormat');
    return this.store.numberFormats.get(key(this.row, this.column)) ?? 'General';
  }
  setNumberFormats(formats: unknown[][]): Range {
    return this.setMap('setNumberFormats', this.store.numberFormats, formats, numberFormat);
  }
  setNumberFormat(format: unknown): Range {
    return this.setMap('setNumberFormat', this.store.numberFormats, this.fill(format), numberFormat, true);
  }

  getDataValidations(): (DataValidation | null)[][] {
    this.read('getDataValidations');
    return this.grid((r, c) => {
      const v = this.store.validations.get(key(r, c));
      return v ? new DataValidation(v) : null;
    });
  }
  getDataValidation(): DataValidation | null {
    this.read('getDataValidation');
    const v = this.store.validations.get(key(this.row, this.column));
    return v ? new DataValidation(v) : null;
  }
  setDataValidations(rules: unknown[][]): Range {
    return this.setMap('setDataValidations', this.store.validations, rules, validationData);
  }
  setDataValidation(rule: unknown): Range {
    return this.setMap('setDataValidation', this.store.validations, this.fill(rule), validationData, true);
  }

  // Formatting the add-on may use but that no test reads back: counted, accepted.
  setWrap(_wrap: boolean): Range {
    this.write('setWrap');
    return this;
  }
  setWraps(_wraps: boolean[][]): Range {
    this.write('setWraps');
    return this;
  }
  setHorizontalAlignment(_alignment: string | null): Range {
    this.write('setHorizontalAlignment');
    return this;
  }
  setVerticalAlignment(_alignment: string | null): Range {
    this.write('setVerticalAlignment');
    return this;
  }
  setBorder(..._args: unknown[]): Range {
    this.write('setBorder');
    return this;
  }
  setFontSize(_size: number): Range {
    this.write('setFontSize');
    return this;
  }

  // --- merges -------------------------------------------------------------------
  merge(): Range {
    this.write('merge');
    this.store.merges = this.store.merges.filter((m) => !overlaps(m, this));
    this.store.merges.push({ row: this.row, column: this.column, numRows: this.numRows, numColumns: this.numColumns });
    for (let r = this.row; r < this.row + this.numRows; r++)
      for (let c = this.column; c < this.column + this.numColumns; c++)
        if (r !== this.row || c !== this.column) this.store.setValue(r, c, '');
    return this;
  }
  breakApart(): Range {
    this.write('breakApart');
    this.store.merges = this.store.merges.filter((m) => !overlaps(m, this));
    return this;
  }
  getMergedRanges(): Range[] {
    this.read('getMergedRanges');
    return this.store.merges
      .filter((m) => overlaps(m, this))
      .map((m) => this.sheet.rangeAt(m.row, m.column, m.numRows, m.numColumns));
  }
  isPartOfMerge(): boolean {
    this.read('isPartOfMerge');
    return this.store.merges.some((m) => overlaps(m, this));
  }

  // --- alternating colours (banding.ts) ---------------------------------------------
  applyRowBanding(theme?: string, showHeader?: boolean, showFooter?: boolean): Banding {
    return applyRowBanding(this.env, this, theme, showHeader, showFooter);
  }
  getBandings(): Banding[] {
    this.env.call('Range.getBandings');
    return sheetBandings(this.env, this.sheet, this);
  }

  protect(): unknown {
    this.env.call('Range.protect');
    return this.sheet.addProtection(toA1(this.row, this.column, this.numRows, this.numColumns));
  }
}

function overlaps(m: { row: number; column: number; numRows: number; numColumns: number }, r: Range): boolean {
  return (
    m.row < r.row + r.numRows &&
    r.row < m.row + m.numRows &&
    m.column < r.column + r.numColumns &&
    r.column < m.column + m.numColumns
  );
}

const NAMED: Record<string, string> = {
  white: '#ffffff',
  black: '#000000',
  red: '#ff0000',
  yellow: '#ffff00',
  green: '#00ff00',
  blue: '#0000ff',
};

function colour(v: unknown): string | null {
  if (v === null || v === undefined || v === '') return null;
  const text = String(v).toLowerCase();
  // Explicit white is a fill like any other: it hides alternating colours. Only null clears.
  return NAMED[text] ?? text;
}

function fontColour(v: unknown): string | null {
  if (v === null || v === undefined || v === '') return null;
  const text = String(v).toLowerCase();
  const hex = NAMED[text] ?? text;
  return hex === '#000000' ? null : hex;
}

function numberFormat(v: unknown): string | null {
  return v === null || v === undefined || v === '' || v === 'General' ? null : String(v);
}

function validationData(v: unknown): ValidationData | null {
  if (v === null || v === undefined) return null;
  if (v instanceof DataValidation) return v.data;
  throw gasError(GAS_ERRORS.invalidArgument('rule'));
}
