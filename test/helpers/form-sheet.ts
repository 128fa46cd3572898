/**
 * Where a sheet's table sits in a workbook laid out as the department's form (title rows, a
 * numbering row): found by the add-on's own header scan, so tests read the sample as it does.
 */
import { ACCOUNT_COLUMNS, CSDL_COLUMNS, ROSTER_COLUMNS, SUMMARY_COLUMNS } from '../../src/domain/columns';
import { locateTable } from '../../src/domain/sheet-layout';
import type { CellScalar, SheetData } from '../../src/local/workbook-data';

export interface TablePlace {
  /** 0-based index in `rows` of the header row. */
  headerAt: number;
  /** 0-based index in `rows` of the first row below the header (and its numbering row). */
  firstAt: number;
}

export function tablePlace(sheet: SheetData): TablePlace {
  const width = Math.max(0, ...sheet.rows.map((r) => r?.length ?? 0));
  const values: CellScalar[][] = sheet.rows.map((r) => Array.from({ length: width }, (_, c) => r?.[c]?.value ?? ''));
  for (const specs of [ROSTER_COLUMNS, SUMMARY_COLUMNS, CSDL_COLUMNS, ACCOUNT_COLUMNS] as const) {
    const located = locateTable(values, specs);
    if (located.ok) return { headerAt: located.layout.headerRow - 1, firstAt: located.layout.firstRow - 1 };
  }
  return { headerAt: 0, firstAt: 1 };
}
