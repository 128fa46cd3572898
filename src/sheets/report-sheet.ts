/**
 * 'Báo cáo': rebuilt in place on every run (clear, one setValues, formatting in block
 * calls) with one column chart of progress by commune, replaced rather than stacked.
 */
import { REGIONS } from '../domain/columns';
import type { CellValue } from '../domain/types';
import { REPORT_TEXT } from '../i18n/findings';
import { UI } from '../i18n/ui';
import { SHEETS } from './names';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface ReportTable {
  header: string[];
  rows: CellValue[][];
}

/** Region subtotals and the grand total close the table; these labels mark them. */
const TOTAL_LABELS = new Set<string>([...REGIONS, REPORT_TEXT.total]);

/** A subtotal or total row: its label in the first column, or in 'Khu vực' with the first left blank. */
function isTotalRow(row: CellValue[]): boolean {
  const first = String(row[0] ?? '').trim();
  return TOTAL_LABELS.has(first) || (first === '' && TOTAL_LABELS.has(String(row[1] ?? '').trim()));
}

export function writeReportSheet(ss: Spreadsheet, report: ReportTable, notes: string[], now: Date): void {
  const sheet = ss.getSheetByName(SHEETS.report) ?? ss.insertSheet(SHEETS.report);
  sheet.clear();
  const width = report.header.length;
  const pad = (cells: CellValue[]): CellValue[] =>
    [...cells, ...Array(Math.max(width - cells.length, 0)).fill('')].slice(0, width);
  const grid: CellValue[][] = [pad(report.header), ...report.rows.map(pad)];
  const tableHeight = grid.length;
  grid.push(pad([]), pad([UI.report.updatedAt, now]));
  for (const note of notes) grid.push(pad([note]));
  sheet.getRange(1, 1, grid.length, width).setValues(grid);

  sheet.getRange(1, 1, 1, width).setFontWeight('bold').setBackground('#e8f0fe').setWrap(true);
  const firstTotal = report.rows.findIndex(isTotalRow);
  if (firstTotal >= 0)
    sheet
      .getRange(2 + firstTotal, 1, report.rows.length - firstTotal, width)
      .setFontWeight('bold')
      .setBackground('#f1f3f4');
  sheet.getRange(tableHeight + 2, 2).setNumberFormat('dd/mm/yyyy hh:mm');
  sheet.setFrozenRows(1);

  for (const chart of sheet.getCharts()) sheet.removeChart(chart);
  const communeRows = firstTotal >= 0 ? firstTotal : report.rows.length;
  if (communeRows === 0) return;
  const col = (name: string): number => report.header.indexOf(name) + 1;
  const series = REPORT_TEXT.chartSeries.map(col).filter((c) => c > 0);
  let builder = sheet
    .newChart()
    .asColumnChart()
    .addRange(sheet.getRange(1, 1, communeRows + 1, 1));
  for (const c of series) builder = builder.addRange(sheet.getRange(1, c, communeRows + 1, 1));
  const chart = builder
    .setOption('title', UI.report.chartTitle)
    .setNumHeaders(1)
    .setPosition(1, width + 2, 0, 0)
    .build();
  sheet.insertChart(chart);
}
