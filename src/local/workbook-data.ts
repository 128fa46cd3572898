/**
 * A whole spreadsheet as plain data: what the xlsx reader produces, what the local
 * Apps Script runtime loads and dumps, and what the xlsx writer saves. Sparse rows are
 * allowed (undefined = a cell nobody touched).
 */
import { isRosterTabName, SHEETS } from '../domain/columns';
import type { RawTable, WorkbookInput } from '../domain/types';

export type CellScalar = string | number | boolean | Date;

export interface CellData {
  /** The value `getValues()` returns ('' for empty). For a formula, its cached result. */
  value: CellScalar;
  /** The value is an error such as '#DIV/0!' (a formula's cached result, usually). */
  error?: boolean;
  /** A formula as Sheets shows it, with its leading '='. */
  formula?: string;
  /** The number format (`getNumberFormat()`), e.g. '@' for plain text, 'dd/mm/yyyy'. */
  numberFormat?: string;
  note?: string;
  /** '#rrggbb' */
  background?: string;
  /** '#rrggbb' */
  fontColor?: string;
  bold?: boolean;
  /** A dropdown or other rule, as much as the add-on sets and the xlsx file can carry. */
  validation?: ValidationData;
}

export interface ValidationData {
  kind: 'list';
  values: string[];
  allowInvalid: boolean;
  helpText?: string;
}

/**
 * A conditional format rule as Sheets keeps it: the ranges it covers (A1, this sheet),
 * one boolean condition and the format shown where it holds. A custom formula is relative
 * to the top-left cell of the first range.
 */
export interface ConditionalFormatData {
  ranges: string[];
  criteria: 'CUSTOM_FORMULA' | 'TEXT_CONTAINS' | 'TEXT_EQUAL_TO' | 'CELL_EMPTY' | 'CELL_NOT_EMPTY';
  values: string[];
  background?: string;
  fontColor?: string;
  bold?: boolean;
}

/** Alternating colours over a range (Format > Alternating colours); colours '#rrggbb'. */
export interface BandingData {
  range: string;
  headerColor?: string;
  firstRowColor: string;
  secondRowColor: string;
  footerColor?: string;
}

export interface ProtectionData {
  /** A1 range, or null for the whole sheet. */
  range: string | null;
  description: string;
  warningOnly: boolean;
  editors: string[];
  /** Every user of the owner's domain may edit (Protection.setDomainEdit). */
  domainEdit?: boolean;
  /** New and untouched: it stands for the spreadsheet's own editors, so it protects nothing yet. */
  mirrorsSpreadsheet?: boolean;
}

export interface SheetData {
  name: string;
  /** rows[r][c] is cell (r+1, c+1). */
  rows: (CellData | undefined)[][];
  /** A1 ranges such as 'A1:C1'. */
  merges: string[];
  frozenRows: number;
  frozenColumns: number;
  /** 1-based column → width in pixels, where set. */
  columnWidths?: Record<number, number>;
  hidden?: boolean;
  protections?: ProtectionData[];
  conditionalFormats?: ConditionalFormatData[];
  bandings?: BandingData[];
  /** Charts kept as a description only (type, anchor, source ranges); xlsx files do not round-trip them. */
  charts?: { type: string; anchor: string; ranges: string[]; title?: string }[];
}

export interface WorkbookData {
  name: string;
  sheets: SheetData[];
}

/**
 * The position key of a cell in a grid's sparse maps (1-based row and column). Sheets
 * stops at 18,278 columns, so rows and columns never collide.
 */
export const cellKey = (row: number, column: number): number => row * 20_000 + column;
export const cellOfKey = (k: number): [row: number, column: number] => [Math.floor(k / 20_000), k % 20_000];

/**
 * A sheet as dense rows of plain values plus sparse formatting maps keyed by `cellKey`:
 * how large workbooks travel between the xlsx files and the local runtime, with no
 * object per cell. The runtime's own sheet store has exactly this shape and adopts it.
 */
export interface SheetGrid {
  name: string;
  /** values[r][c] is cell (r+1, c+1); '' or a hole for an empty cell. */
  values: CellScalar[][];
  formulas: Map<number, string>;
  notes: Map<number, string>;
  backgrounds: Map<number, string>;
  fontColors: Map<number, string>;
  /** 'bold' where bold. */
  fontWeights: Map<number, string>;
  numberFormats: Map<number, string>;
  validations: Map<number, ValidationData>;
  merges: { row: number; column: number; numRows: number; numColumns: number }[];
  frozenRows: number;
  frozenColumns: number;
  columnWidths: Record<number, number>;
  hidden: boolean;
  conditionalFormats?: ConditionalFormatData[];
  bandings?: BandingData[];
  /** Changes since the sheet was read (the runtime counts them); absent or 0: as read. */
  edits?: number;
}

export interface GridWorkbook {
  name: string;
  sheets: SheetGrid[];
}

export function emptyGrid(name: string): SheetGrid {
  return {
    name,
    values: [],
    formulas: new Map(),
    notes: new Map(),
    backgrounds: new Map(),
    fontColors: new Map(),
    fontWeights: new Map(),
    numberFormats: new Map(),
    validations: new Map(),
    merges: [],
    frozenRows: 0,
    frozenColumns: 0,
    columnWidths: {},
    hidden: false,
    conditionalFormats: [],
    bandings: [],
  };
}

/** A sheet as the check reads it: a rectangle of values, '' for an empty cell; null when the workbook has no such sheet. */
export function rawTable(wb: WorkbookData, name: string): RawTable | null {
  const sheet = wb.sheets.find((s) => s.name === name);
  if (!sheet) return null;
  const width = Math.max(...sheet.rows.map((r) => r?.length ?? 0));
  return {
    sheetName: name,
    values: sheet.rows.map((r) => Array.from({ length: width }, (_, c) => r?.[c]?.value ?? '')),
  };
}

/** The sheets the check reads, taken from a whole workbook as the add-on takes them from the spreadsheet. */
export function checkInput(wb: WorkbookData): WorkbookInput {
  return {
    rosterTabs: wb.sheets.filter((s) => isRosterTabName(s.name)).map((s) => rawTable(wb, s.name)!),
    summary: rawTable(wb, SHEETS.summary),
    accounts: rawTable(wb, SHEETS.accounts),
    csdl: rawTable(wb, SHEETS.csdl),
    directory: rawTable(wb, SHEETS.directory),
  };
}
