/**
 * Reads an .xlsx. Ordinary files go through exceljs's full model into cell objects (notes,
 * validations, merges, fills); large ones straight into grids (grid-read.ts), which keep
 * values, formulas, formats, merges, notes, conditional formats and alternating colours
 * but not validations, and cost no object per cell.
 */
import { basename } from 'node:path';
import ExcelJS from 'exceljs';
import type { CellData, GridWorkbook, SheetData, WorkbookData } from '../workbook-data';
import { cellFromExcel } from './cells';
import { decodeRules, fromExcelFormattings } from './conditional-formats';
import { XlsxError } from './errors';
import { checkWorkbookFile, proveInflatedSizes } from './file-check';
import type { PreparedSheets } from './grid-write';
import { readGridXlsxInParallel } from './parallel-read';

export const STREAMING_THRESHOLD_BYTES = 4 * 1024 * 1024;
/**
 * exceljs holds every part it inflates, as the zip's directory sizes it: a small file
 * declaring more than this goes to the streaming reader instead (150,000 rows are ~170 MB).
 */
export const FULL_READ_MAX_INFLATED_BYTES = 64 * 1024 * 1024;

const pixels = (width: number | undefined): number | undefined => (width ? Math.round(width * 7 + 5) : undefined);

function sheetFromWorksheet(ws: ExcelJS.Worksheet): SheetData {
  const rows: (CellData | undefined)[][] = [];
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const line: (CellData | undefined)[] = [];
    row.eachCell({ includeEmpty: false }, (cell, col) => {
      const merged = cell.isMerged && cell.master !== cell;
      const data = cellFromExcel(merged ? null : cell.value, cell.style, cell.note, cell.dataValidation);
      if (data) line[col - 1] = data;
    });
    rows[rowNumber - 1] = line;
  });
  for (let i = 0; i < rows.length; i++) rows[i] ??= [];
  const view = ws.views?.[0] as { state?: string; xSplit?: number; ySplit?: number } | undefined;
  const columnWidths: Record<number, number> = {};
  (ws.columns ?? []).forEach((column, i) => {
    const px = pixels(column?.width);
    if (px) columnWidths[i + 1] = px;
  });
  const merges = Object.values((ws as unknown as { _merges: Record<string, { range: string }> })._merges ?? {}).map(
    (m) => m.range,
  );
  const { conditionalFormats, bandings } = decodeRules(
    fromExcelFormattings(
      (ws as unknown as { conditionalFormattings?: Parameters<typeof fromExcelFormattings>[0] }).conditionalFormattings,
    ),
  );
  return {
    name: ws.name,
    rows,
    merges,
    conditionalFormats,
    bandings,
    frozenRows: view?.state === 'frozen' ? (view.ySplit ?? 0) : 0,
    frozenColumns: view?.state === 'frozen' ? (view.xSplit ?? 0) : 0,
    columnWidths,
    hidden: ws.state === 'hidden' || ws.state === 'veryHidden',
  };
}

const workbookName = (path: string): string => basename(path).replace(/\.xlsx$/i, '');

async function readFull(path: string): Promise<WorkbookData> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return { name: workbookName(path), sheets: wb.worksheets.map(sheetFromWorksheet) };
}

async function readOrExplain<T>(path: string, read: () => Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (error) {
    if (error instanceof XlsxError) throw error;
    throw new XlsxError('corrupt', path, (error as Error).message);
  }
}

/** exceljs trusts the zip's directory, so its parts are first inflated once and counted. */
async function readFullCounted(path: string): Promise<WorkbookData> {
  await proveInflatedSizes(path);
  return readFull(path);
}

/** Every cell as an object, whatever the file's size: for ordinary workbooks and tests. */
export async function readXlsx(path: string): Promise<WorkbookData> {
  await readOrExplain(path, () => checkWorkbookFile(path));
  return readOrExplain(path, () => readFullCounted(path));
}

export interface WorkbookFile {
  workbook: WorkbookData | GridWorkbook;
  /** Large files: sheets a worker turned into XML ahead of the write (see parallel-read.ts). */
  prepared: Promise<PreparedSheets | null>;
  dispose(): void;
}

/**
 * What the offline command loads: cell objects for ordinary files, grids for large ones,
 * read on both cores when `workerScript` (the built sheet worker) is there.
 */
export async function readWorkbookFile(path: string, workerScript: string | null = null): Promise<WorkbookFile> {
  const { size, inflatedBytes } = await readOrExplain(path, () => checkWorkbookFile(path));
  if (size > STREAMING_THRESHOLD_BYTES || inflatedBytes > FULL_READ_MAX_INFLATED_BYTES)
    return readOrExplain(path, () => readGridXlsxInParallel(path, workbookName(path), workerScript));
  const workbook = await readOrExplain(path, () => readFullCounted(path));
  return { workbook, prepared: Promise.resolve(null), dispose: () => {} };
}
