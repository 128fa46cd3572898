/**
 * Reads an .xlsx into WorkbookData. Small files go through exceljs's full model (notes,
 * validations, merges, fills); large ones through its streaming reader, which keeps
 * values, formulas, number formats and merges but not notes or validations (files that
 * large are exports, not hand-kept sheets).
 */
import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import ExcelJS from 'exceljs';
import type { CellData, SheetData, WorkbookData } from '../workbook-data';
import { cellFromExcel } from './cells';
import { XlsxError } from './errors';

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
  const merges = Object.values((ws as unknown as { _merges: Record<string, { range: string }> })._merges ?? {}).map((m) => m.range);
  return {
    name: ws.name,
    rows,
    merges,
    frozenRows: view?.state === 'frozen' ? (view.ySplit ?? 0) : 0,
    frozenColumns: view?.state === 'frozen' ? (view.xSplit ?? 0) : 0,
    columnWidths,
    hidden: ws.state === 'hidden' || ws.state === 'veryHidden',
  };
}

async function readFull(path: string): Promise<WorkbookData> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return { name: basename(path).replace(/\.xlsx$/i, ''), sheets: wb.worksheets.map(sheetFromWorksheet) };
}

async function readStreaming(path: string): Promise<WorkbookData> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(path, { sharedStrings: 'cache', hyperlinks: 'ignore', styles: 'cache', worksheets: 'emit', entries: 'emit' });
  const sheets: SheetData[] = [];
  for await (const ws of reader as unknown as AsyncIterable<ExcelJS.Worksheet & AsyncIterable<ExcelJS.Row>>) {
    const rows: (CellData | undefined)[][] = [];
    for await (const row of ws) {
      const line: (CellData | undefined)[] = [];
      row.eachCell({ includeEmpty: false }, (cell, col) => {
        const data = cellFromExcel(cell.value, cell.style, undefined, undefined);
        if (data) line[col - 1] = data;
      });
      rows[row.number - 1] = line;
    }
    for (let i = 0; i < rows.length; i++) rows[i] ??= [];
    const name = (ws as unknown as { name: string }).name;
    const merges = Object.values((ws as unknown as { _merges?: Record<string, { range: string }> })._merges ?? {}).map((m) => m.range);
    sheets.push({ name, rows, merges, frozenRows: 0, frozenColumns: 0 });
  }
  return { name: basename(path).replace(/\.xlsx$/i, ''), sheets };
}

export async function readXlsx(path: string): Promise<WorkbookData> {
  const size = checkSignature(path);
  try {
    return size > STREAMING_THRESHOLD_BYTES ? await readStreaming(path) : await readFull(path);
  } catch (error) {
    throw new XlsxError('corrupt', path, (error as Error).message);
  }
}
