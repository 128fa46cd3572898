/**
 * Writes WorkbookData to .xlsx with exceljs: the full model for ordinary workbooks, the
 * streaming writer for large ones (values, formulas, number formats, fills and merges).
 */
import ExcelJS from 'exceljs';
import type { GridWorkbook, SheetData, WorkbookData } from '../workbook-data';
import { cellToExcel } from './cells';
import { encodeRules, toExcelFormattings } from './conditional-formats';
import { writeGridXlsx, type PreparedSheets } from './grid-write';

export const STREAMING_ROWS = 20_000;

const views = (sheet: SheetData): Partial<ExcelJS.WorksheetView>[] =>
  sheet.frozenRows || sheet.frozenColumns
    ? [{ state: 'frozen', ySplit: sheet.frozenRows, xSplit: sheet.frozenColumns }]
    : [];

function fillSheet(ws: ExcelJS.Worksheet, sheet: SheetData, commitRows: boolean): void {
  for (const [column, px] of Object.entries(sheet.columnWidths ?? {}))
    ws.getColumn(Number(column)).width = Math.max(1, (px - 5) / 7);
  sheet.rows.forEach((cells, r) => {
    if (!cells || cells.length === 0) return;
    const row = ws.getRow(r + 1);
    cells.forEach((cell, c) => {
      if (!cell) return;
      const target = row.getCell(c + 1);
      const { value, style, note, validation } = cellToExcel(cell);
      target.value = value;
      if (Object.keys(style).length) target.style = style as ExcelJS.Style;
      if (note && !commitRows) target.note = note;
      if (validation) target.dataValidation = validation;
    });
    if (commitRows) row.commit();
  });
  for (const range of sheet.merges) ws.mergeCells(range);
  for (const formatting of toExcelFormattings(encodeRules(sheet.conditionalFormats, sheet.bandings)))
    ws.addConditionalFormatting(formatting as unknown as ExcelJS.ConditionalFormattingOptions);
  if (sheet.hidden) ws.state = 'hidden';
}

export async function writeXlsx(data: WorkbookData, path: string): Promise<void> {
  const totalRows = data.sheets.reduce((n, s) => n + s.rows.length, 0);
  if (totalRows > STREAMING_ROWS) {
    const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useSharedStrings: false, useStyles: true });
    for (const sheet of data.sheets) {
      // The streaming writer takes views only when the sheet is added.
      const ws = wb.addWorksheet(sheet.name, { views: views(sheet) as ExcelJS.WorksheetView[] });
      fillSheet(ws, sheet, true);
      ws.commit();
    }
    await wb.commit();
    return;
  }
  const wb = new ExcelJS.Workbook();
  for (const sheet of data.sheets)
    fillSheet(wb.addWorksheet(sheet.name, { views: views(sheet) as ExcelJS.WorksheetView[] }), sheet, false);
  await wb.xlsx.writeFile(path);
}

/**
 * Saves what the local runtime holds: large workbooks straight from its grids (no cell
 * objects, no second copy), ordinary ones through exceljs's full model with notes.
 */
export async function saveWorkbook(
  source: { grids(): GridWorkbook; workbook(): WorkbookData },
  path: string,
  prepared: PreparedSheets | null = null,
): Promise<void> {
  const grids = source.grids();
  const totalRows = grids.sheets.reduce((n, s) => n + s.values.length, 0);
  if (totalRows > STREAMING_ROWS || prepared) await writeGridXlsx(grids, path, prepared);
  else await writeXlsx(source.workbook(), path);
}
