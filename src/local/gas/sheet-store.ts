/**
 * The cells of one sheet. Values live in dense row arrays (what getValues copies);
 * formulas and formatting live in sparse maps keyed by position, so a 100,000-row
 * sheet costs little beyond its values.
 */
import {
  type BandingData,
  type ConditionalFormatData,
  cellKey,
  cellOfKey,
  type CellData,
  type CellScalar,
  type ProtectionData,
  type SheetData,
  type SheetGrid,
  type ValidationData,
} from '../workbook-data';
import { shiftFormatting } from './format-shift';

/** The error values Sheets shows as a formula's result. */
export const FORMULA_ERRORS = new Set(['#NULL!', '#DIV/0!', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#N/A', '#ERROR!']);

export const isDate = (v: unknown): boolean =>
  v instanceof Date || Object.prototype.toString.call(v) === '[object Date]';

export const key = cellKey;
export const unkey = cellOfKey;

export interface ChartModel {
  id: string;
  type: string;
  ranges: string[];
  anchor: { row: number; column: number };
  options: Record<string, unknown>;
  numHeaders: number;
}

export class SheetStore implements SheetGrid {
  values: CellScalar[][] = [];
  formulas = new Map<number, string>();
  notes = new Map<number, string>();
  backgrounds = new Map<number, string>();
  fontColors = new Map<number, string>();
  fontWeights = new Map<number, string>();
  numberFormats = new Map<number, string>();
  validations = new Map<number, ValidationData>();
  merges: { row: number; column: number; numRows: number; numColumns: number }[] = [];
  protections: ProtectionData[] = [];
  charts: ChartModel[] = [];
  conditionalFormats: ConditionalFormatData[] = [];
  bandings: BandingData[] = [];
  columnWidths: Record<number, number> = {};
  frozenRows = 0;
  frozenColumns = 0;
  hidden = false;
  tabColor: string | null = null;
  /**
   * Changes made through Sheet and Range since the store was made. A sheet with none is
   * still exactly what was read, so a writer may reuse what it prepared from the file.
   */
  edits = 0;

  constructor(
    public name: string,
    public readonly id: number,
    public maxRows = 1000,
    public maxColumns = 26,
  ) {}

  value(row: number, column: number): CellScalar {
    const r = this.values[row - 1];
    const v = r ? r[column - 1] : undefined;
    return v === undefined || v === null ? '' : v;
  }

  setValue(row: number, column: number, value: CellScalar): void {
    let r = this.values[row - 1];
    if (!r) {
      for (let i = this.values.length; i < row; i++) if (!this.values[i]) this.values[i] = [];
      r = this.values[row - 1];
    }
    r[column - 1] = value;
  }

  hasContent(row: number, column: number): boolean {
    const v = this.value(row, column);
    return (v !== '' && v !== null) || this.formulas.has(key(row, column));
  }

  lastRow(): number {
    for (let r = this.values.length; r >= 1; r--) {
      const row = this.values[r - 1];
      if (row && row.some((v) => v !== '' && v !== undefined && v !== null)) return Math.max(r, this.lastFormulaRow());
    }
    return this.lastFormulaRow();
  }

  lastColumn(): number {
    let last = 0;
    for (const row of this.values) {
      if (!row) continue;
      for (let c = row.length; c > last; c--) {
        const v = row[c - 1];
        if (v !== '' && v !== undefined && v !== null) {
          last = c;
          break;
        }
      }
    }
    for (const k of this.formulas.keys()) last = Math.max(last, unkey(k)[1]);
    return last;
  }

  private lastFormulaRow(): number {
    let last = 0;
    for (const k of this.formulas.keys()) last = Math.max(last, unkey(k)[0]);
    return last;
  }

  /** Every map keyed by cell: formulas, notes, formats and validations. */
  private cellMaps(): Map<number, unknown>[] {
    return [
      this.formulas,
      this.notes,
      this.backgrounds,
      this.fontColors,
      this.fontWeights,
      this.numberFormats,
      this.validations,
    ] as Map<number, unknown>[];
  }

  /** Re-keys every per-cell map after rows or columns at and after `at` moved by `delta`; deleted cells drop out. */
  private shiftCellMaps(axis: 'row' | 'column', at: number, delta: number): void {
    for (const map of this.cellMaps()) {
      const moved = new Map<number, unknown>();
      for (const [k, v] of map) {
        const [r, c] = unkey(k);
        const i = axis === 'row' ? r : c;
        const to = axis === 'row' ? key(r + delta, c) : key(r, c + delta);
        if (i < at) moved.set(k, v);
        else if (delta > 0 || i >= at - delta) moved.set(to, v);
      }
      map.clear();
      for (const [k, v] of moved) map.set(k, v);
    }
  }

  /** Shifts rows at and below `at` by `delta` (insert > 0, delete < 0) in values and every map. */
  shiftRows(at: number, delta: number): void {
    if (delta > 0) this.values.splice(at - 1, 0, ...Array.from({ length: delta }, () => [] as CellScalar[]));
    else this.values.splice(at - 1, -delta);
    this.shiftCellMaps('row', at, delta);
    shiftFormatting(this, 'row', at, delta);
    this.merges = this.merges
      .filter((m) => delta > 0 || m.row + m.numRows - 1 < at || m.row >= at - delta)
      .map((m) => (m.row >= at ? { ...m, row: m.row + delta } : m));
  }

  shiftColumns(at: number, delta: number): void {
    shiftFormatting(this, 'column', at, delta);
    for (const row of this.values) {
      if (!row || row.length < at) continue;
      if (delta > 0) row.splice(at - 1, 0, ...new Array<CellScalar>(delta).fill(''));
      else row.splice(at - 1, -delta);
    }
    this.shiftCellMaps('column', at, delta);
  }

  clearCells(
    row: number,
    column: number,
    numRows: number,
    numColumns: number,
    what: { contents?: boolean; formats?: boolean; notes?: boolean; validations?: boolean },
  ): void {
    for (let r = row; r < row + numRows; r++) {
      const values = this.values[r - 1];
      for (let c = column; c < column + numColumns; c++) {
        const k = key(r, c);
        if (what.contents) {
          if (values && c - 1 < values.length) values[c - 1] = '';
          this.formulas.delete(k);
        }
        if (what.formats) {
          this.backgrounds.delete(k);
          this.fontColors.delete(k);
          this.fontWeights.delete(k);
          this.numberFormats.delete(k);
        }
        if (what.notes) this.notes.delete(k);
        if (what.validations) this.validations.delete(k);
      }
    }
  }

  static fromData(data: SheetData, id: number): SheetStore {
    const rows = data.rows.length;
    const columns = data.rows.reduce((m, r) => Math.max(m, r ? r.length : 0), 0);
    const store = new SheetStore(data.name, id, Math.max(1000, rows), Math.max(26, columns));
    data.rows.forEach((row, r) => {
      if (!row) return;
      const values: CellScalar[] = new Array(row.length);
      row.forEach((cell, c) => {
        // Copies, and Dates from any realm become this realm's Dates.
        values[c] = !cell ? '' : isDate(cell.value) ? new Date((cell.value as Date).getTime()) : cell.value;
        if (!cell) return;
        const k = key(r + 1, c + 1);
        if (cell.formula) store.formulas.set(k, cell.formula);
        if (cell.note) store.notes.set(k, cell.note);
        if (cell.background) store.backgrounds.set(k, cell.background);
        if (cell.fontColor) store.fontColors.set(k, cell.fontColor);
        if (cell.bold) store.fontWeights.set(k, 'bold');
        if (cell.numberFormat) store.numberFormats.set(k, cell.numberFormat);
        if (cell.validation) store.validations.set(k, cell.validation);
      });
      store.values[r] = values;
    });
    for (let r = 0; r < store.values.length; r++) if (!store.values[r]) store.values[r] = [];
    store.frozenRows = data.frozenRows;
    store.frozenColumns = data.frozenColumns;
    store.columnWidths = { ...(data.columnWidths ?? {}) };
    store.hidden = !!data.hidden;
    store.protections = [...(data.protections ?? [])];
    store.conditionalFormats = (data.conditionalFormats ?? []).map((r) => ({ ...r, ranges: [...r.ranges] }));
    store.bandings = (data.bandings ?? []).map((b) => ({ ...b }));
    store.merges = data.merges.map((a1) => {
      const m = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(a1)!;
      const col = (s: string): number => [...s].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
      return {
        row: Number(m[2]),
        column: col(m[1]),
        numRows: Number(m[4]) - Number(m[2]) + 1,
        numColumns: col(m[3]) - col(m[1]) + 1,
      };
    });
    return store;
  }

  /** Takes the grid's rows and maps as they are: a 100,000-row sheet is not copied. */
  static fromGrid(grid: SheetGrid, id: number): SheetStore {
    const columns = grid.values.reduce((m, r) => Math.max(m, r ? r.length : 0), 0);
    const store = new SheetStore(grid.name, id, Math.max(1000, grid.values.length), Math.max(26, columns));
    // Every cell map and sheet setting is adopted as is; the rest has defaults or belongs to the reader.
    const { name: _name, edits: _edits, conditionalFormats, bandings, ...adopted } = grid;
    Object.assign(store, adopted);
    store.conditionalFormats = conditionalFormats ?? [];
    store.bandings = bandings ?? [];
    for (let r = 0; r < store.values.length; r++) if (!store.values[r]) store.values[r] = [];
    return store;
  }

  toData(toA1: (row: number, column: number, numRows: number, numColumns: number) => string): SheetData {
    let lastRow = this.lastRow();
    for (const map of this.cellMaps()) {
      for (const k of map.keys()) lastRow = Math.max(lastRow, unkey(k)[0]);
    }
    const rows: (CellData | undefined)[][] = [];
    for (let r = 1; r <= lastRow; r++) {
      const values = this.values[r - 1] ?? [];
      const row: (CellData | undefined)[] = [];
      values.forEach((v, c) => {
        if (v !== '' && v !== undefined && v !== null) row[c] = { value: v };
      });
      rows.push(row);
    }
    const cell = (k: number): CellData => {
      const [r, c] = unkey(k);
      const row = rows[r - 1];
      return (row[c - 1] ??= { value: '' });
    };
    for (const [k, f] of this.formulas) {
      const c = cell(k);
      c.formula = f;
      // A formula's cached error ('#DIV/0!') is an error, not the text it reads as.
      if (typeof c.value === 'string' && FORMULA_ERRORS.has(c.value)) c.error = true;
    }
    for (const [k, n] of this.notes) cell(k).note = n;
    for (const [k, b] of this.backgrounds) cell(k).background = b;
    for (const [k, f] of this.fontColors) cell(k).fontColor = f;
    for (const [k, w] of this.fontWeights) if (w === 'bold') cell(k).bold = true;
    for (const [k, n] of this.numberFormats) cell(k).numberFormat = n;
    for (const [k, v] of this.validations) cell(k).validation = v;
    return {
      name: this.name,
      rows,
      merges: this.merges.map((m) => toA1(m.row, m.column, m.numRows, m.numColumns)),
      frozenRows: this.frozenRows,
      frozenColumns: this.frozenColumns,
      columnWidths: { ...this.columnWidths },
      hidden: this.hidden,
      protections: [...this.protections],
      conditionalFormats: this.conditionalFormats.map((r) => ({ ...r, ranges: [...r.ranges] })),
      bandings: this.bandings.map((b) => ({ ...b })),
      charts: this.charts.map((c) => ({
        type: c.type,
        anchor: toA1(c.anchor.row, c.anchor.column, 1, 1),
        ranges: [...c.ranges],
        title: c.options.title as string | undefined,
      })),
    };
  }
}
