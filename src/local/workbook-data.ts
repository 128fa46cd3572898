/**
 * A whole spreadsheet as plain data: what the xlsx reader produces, what the local
 * Apps Script runtime loads and dumps, and what the xlsx writer saves. Sparse rows are
 * allowed (undefined = a cell nobody touched).
 */
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

export interface ProtectionData {
  /** A1 range, or null for the whole sheet. */
  range: string | null;
  description: string;
  warningOnly: boolean;
  editors: string[];
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
  /** Charts kept as a description only (type, anchor, source ranges); xlsx files do not round-trip them. */
  charts?: { type: string; anchor: string; ranges: string[]; title?: string }[];
}

export interface WorkbookData {
  name: string;
  sheets: SheetData[];
}
