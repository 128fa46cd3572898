/**
 * Reads an .xlsx. Ordinary files go through exceljs's full model into cell objects (notes,
 * validations, merges, fills); large ones straight into grids (grid-read.ts), which keep
 * values, formulas, formats, merges, notes, conditional formats and alternating colours
 * but not validations, and cost no object per cell.
 */
import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import ExcelJS from 'exceljs';
import type { CellData, GridWorkbook, SheetData, WorkbookData } from '../workbook-data';
import { cellFromExcel } from './cells';
import { decodeRules, fromExcelFormattings } from './conditional-formats';
import { XlsxError } from './errors';
import type { PreparedSheets } from './grid-write';
import { readGridXlsxInParallel } from './parallel-read';

export const STREAMING_THRESHOLD_BYTES = 4 * 1024 * 1024;

function checkSignature(path: string): number {
  let size: number;
  try {
    size = statSync(path).size;
  } catch {
    throw new XlsxError('missing', path);
  }
  const fd = openSync(path, 'r');
  const head = Buffer.alloc(8);
  try {
    readSync(fd, head, 0, 8, 0);
  } finally {
    closeSync(fd);
  }
  // Password-protected workbooks are OLE compound files, not zips.
  if (head.readUInt32BE(0) === 0xd0cf11e0) throw new XlsxError('encrypted', path);
  if (head.readUInt32BE(0) !== 0x504b0304) throw new XlsxError('not_xlsx', path);
  return size;
}

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
    throw new XlsxError('corrupt', path, (error as Error).message);
  }
}

/** Every cell as an object, whatever the file's size: for ordinary workbooks and tests. */
export async function readXlsx(path: string): Promise<WorkbookData> {
  checkSignature(path);
  return readOrExplain(path, () => readFull(path));
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
  const size = checkSignature(path);
  if (size > STREAMING_THRESHOLD_BYTES)
    return readOrExplain(path, () => readGridXlsxInParallel(path, workbookName(path), workerScript));
  const workbook = await readOrExplain(path, () => readFull(path));
  return { workbook, prepared: Promise.resolve(null), dispose: () => {} };
}
