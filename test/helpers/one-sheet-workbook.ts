/** The smallest workbook a runtime test needs: one 'Danh sách' sheet with its header row frozen. */
import type { SheetData, WorkbookData } from '../../src/local/workbook-data';

export function oneSheetWorkbook(rows: SheetData['rows'], name = 'Đăng ký'): WorkbookData {
  return { name, sheets: [{ name: 'Danh sách', rows, merges: [], frozenRows: 1, frozenColumns: 0 }] };
}
