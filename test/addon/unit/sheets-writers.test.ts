import fc from 'fast-check';
import type { OwnedColumn, OwnedTab } from '../../../src/domain/check';
import type { CellValue } from '../../../src/domain/types';
import { appendLog } from '../../../src/sheets/log-sheet';
import { writeReportSheet } from '../../../src/sheets/report-sheet';
import { setDropdowns } from '../../../src/sheets/validations';
import { writeOwnedColumns, writeOwnedRows } from '../../../src/sheets/write-owned';
import { createGasRuntime, type GasRuntime } from '../../../src/local/gas';
import { COMMUNE_ROWS, REPORT_HEADER_BEFORE_5277, ROSTER_HEADER, rosterRow, sheet as sheetData } from '../fixtures';

/**
 * The Sheets layer against the project's own in-memory Apps Script (src/local/gas), the
 * same runtime the add-on and offline command run in, services called directly.
 */
type Ss = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sh = GoogleAppsScript.Spreadsheet.Sheet;
const OWNED = ['Email công vụ', 'Trạng thái', 'Lỗi', 'Ghi nhận lúc'];
const FIELDS = ['address', 'status', 'messages', 'receivedAt'] as const;

function workbook(rosterRows?: number): { rt: GasRuntime; ss: Ss } {
  const sheets =
    rosterRows === undefined
      ? []
      : [sheetData('Danh sách', [ROSTER_HEADER, ...Array.from({ length: rosterRows }, (_, i) => rosterRow(i))])];
  const rt = createGasRuntime({ workbook: { name: 'Đăng ký', sheets } });
  const services = rt.globals as unknown as { SpreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp };
  // src/sheets builds data validations through the global, as in Apps Script.
  (globalThis as Record<string, unknown>).SpreadsheetApp = services.SpreadsheetApp;
  return { rt, ss: services.SpreadsheetApp.getActive() };
}

function roster(rows: number): { rt: GasRuntime; sheet: Sh } {
  const { rt, ss } = workbook(rows);
  return { rt, sheet: ss.getSheetByName('Danh sách')! };
}

const valuesOf = (sheet: Sh): unknown[][] => sheet.getDataRange().getValues();

/** Service calls by method made while `fn` runs. */
function callsDuring(rt: GasRuntime, fn: () => void): Record<string, number> {
  const before = rt.calls.byMethod();
  fn();
  const after = rt.calls.byMethod();
  return Object.fromEntries(
    Object.entries(after)
      .map(([method, n]): [string, number] => [method, n - (before[method] ?? 0)])
      .filter(([, n]) => n > 0),
  );
}

/** Columns of a tidy tab (header on row 1, values from row 2), as the check hands them over. */
function tidy(columns: OwnedColumn[]): OwnedTab {
  const rows = Array.from({ length: columns[0]?.values.length ?? 0 }, (_, i) => i + 2);
  return { sheet: 'Danh sách', headerRow: 1, rows, columns };
}

function owned(rows: number, firstColumn: number, only?: number[]): OwnedColumn[] {
  const wanted = only ?? Array.from({ length: rows }, (_, i) => i + 2);
  return FIELDS.map((field, k) => ({
    field,
    header: OWNED[k],
    column: firstColumn + k,
    appended: true,
    values: wanted.map((r) =>
      field === 'status'
        ? r % 7 === 0
          ? 'Có lỗi'
          : 'Hợp lệ'
        : field === 'messages'
          ? r % 7 === 0
            ? `Số điện thoại không hợp lệ (dòng ${r})`
            : ''
          : '',
    ),
  }));
}

describe('owned columns of Danh sách', () => {
  it('appends them with headers, leaves every user cell as it was, and costs the same at 1,000 and 10,000 rows', () => {
    const counts = [1000, 10000].map((n) => {
      const { rt, sheet } = roster(n);
      const before = valuesOf(sheet).map((row) => row.slice(0, ROSTER_HEADER.length));
      const calls = callsDuring(rt, () => writeOwnedColumns(sheet, tidy(owned(n, ROSTER_HEADER.length + 1))));
      const after = valuesOf(sheet);
      expect(after[0].slice(ROSTER_HEADER.length)).toEqual(OWNED);
      expect(after.map((row) => row.slice(0, ROSTER_HEADER.length))).toEqual(before);
      expect(after[6][ROSTER_HEADER.length + 1]).toBe('Có lỗi');
      expect(after[6][ROSTER_HEADER.length + 2]).toContain('dòng 7');
      return calls;
    });
    expect(counts[0]).toEqual(counts[1]);
    expect(counts[0]['Range.setValues']).toBe(1);
  });

  it('writes one block per run of adjacent owned columns when a user moved one', () => {
    const { rt, sheet } = roster(50);
    const cols = owned(50, 20);
    cols[3].column = 25; // 'Ghi nhận lúc' moved away from the others
    const calls = callsDuring(rt, () => writeOwnedColumns(sheet, tidy(cols)));
    expect(calls['Range.setValues']).toBe(2);
    expect(valuesOf(sheet)[0][24]).toBe('Ghi nhận lúc');
  });

  it('on a second run writes no cell of what did not change, only the cells of a few scattered changes, and the span of many', () => {
    const { rt, sheet } = roster(2000);
    const first = owned(2000, ROSTER_HEADER.length + 1);
    writeOwnedColumns(sheet, tidy(first));
    const shown = valuesOf(sheet);
    const unchanged = first.map((o) => ({ ...o, appended: false }));
    const before = rt.calls.cells().written;
    writeOwnedColumns(sheet, tidy(unchanged), shown as CellValue[][]);
    expect(rt.calls.cells().written - before).toBe(0);

    // Two findings fixed far apart: their two cells, by one range list, not the 400 rows between.
    const fixed = unchanged.map((o) =>
      o.field === 'messages' ? { ...o, values: o.values.map((v, r) => (r === 502 || r === 901 ? '' : v)) } : o,
    );
    let cellsBefore = rt.calls.cells().written;
    const shownNow = valuesOf(sheet) as CellValue[][];
    const calls = callsDuring(rt, () => writeOwnedColumns(sheet, tidy(fixed), shownNow));
    expect(rt.calls.cells().written - cellsBefore).toBe(2);
    expect(calls).toEqual({ 'Sheet.getRangeList': 1, 'RangeList.setValue': 1 });
    expect(valuesOf(sheet)[503][ROSTER_HEADER.length + 2]).toBe('');
    expect(valuesOf(sheet)[902][ROSTER_HEADER.length + 2]).toBe('');

    // Many different messages between rows 504 and 903: the span, in one setValues.
    const reworded = fixed.map((o) =>
      o.field === 'messages'
        ? {
            ...o,
            values: o.values.map((v, r) => (r >= 502 && r <= 901 && r % 7 === 0 ? `Lỗi mới ở dòng ${r + 2}` : v)),
          }
        : o,
    );
    const firstChanged = Array.from({ length: 400 }, (_, i) => 502 + i).find((r) => r % 7 === 0)!;
    const lastChanged = Array.from({ length: 400 }, (_, i) => 901 - i).find((r) => r % 7 === 0)!;
    const shownLater = valuesOf(sheet) as CellValue[][];
    cellsBefore = rt.calls.cells().written;
    writeOwnedColumns(sheet, tidy(reworded), shownLater);
    expect(rt.calls.cells().written - cellsBefore).toBe(lastChanged - firstChanged + 1);
    expect(valuesOf(sheet)[firstChanged + 1][ROSTER_HEADER.length + 2]).toBe(`Lỗi mới ở dòng ${firstChanged + 2}`);
  });

  it('still writes every changed cell when Sheets refuses a range list', () => {
    const { rt, sheet } = roster(500);
    const first = owned(500, ROSTER_HEADER.length + 1);
    writeOwnedColumns(sheet, tidy(first));
    const fixed = first.map((o) => ({
      ...o,
      appended: false,
      // Sheet rows 42 and 406 had messages; both are fixed.
      values: o.field === 'messages' ? o.values.map((v, r) => (r === 40 || r === 404 ? '' : v)) : o.values,
    }));
    const shown = valuesOf(sheet) as CellValue[][];
    sheet.getRangeList = () => {
      throw new Error('Service Spreadsheets failed while accessing document');
    };
    const calls = callsDuring(rt, () => writeOwnedColumns(sheet, tidy(fixed), shown));
    expect(calls['Range.setValues']).toBe(1);
    expect(shown[41][ROSTER_HEADER.length + 2]).toContain('dòng 42');
    expect(valuesOf(sheet)[41][ROSTER_HEADER.length + 2]).toBe('');
    expect(valuesOf(sheet)[405][ROSTER_HEADER.length + 2]).toBe('');
    expect(valuesOf(sheet)[48][ROSTER_HEADER.length + 2]).toContain('dòng 49');
  });

  it('leaves the sheet showing exactly the new values, whatever it showed before (property)', () => {
    const cell = fc.oneof(
      fc.constantFrom('', 'Hợp lệ', 'Có lỗi', 'x@haiphong.edu.vn'),
      fc.stringMatching(/^[a-zđ]{0,3}$/),
    );
    fc.assert(
      fc.property(
        fc.array(fc.tuple(cell, cell, cell), { minLength: 1, maxLength: 30 }),
        fc.array(fc.tuple(cell, cell, cell), { minLength: 1, maxLength: 30 }),
        // Which new cells replace what is shown: all (a reworked list) or a few (a re-check).
        fc.array(fc.integer({ min: 0, max: 5 }), { minLength: 90, maxLength: 90 }),
        fc.boolean(),
        (shownRows, freshRows, changed, sparse) => {
          const rows = Math.min(shownRows.length, freshRows.length);
          const newRows = freshRows.map((row, r) =>
            row.map((v, k) => (!sparse || changed[r * 3 + k] === 0 ? v : (shownRows[r]?.[k] ?? v))),
          );
          const { sheet } = roster(rows);
          const base = ROSTER_HEADER.length + 1;
          const cols = (data: string[][], appended: boolean): OwnedColumn[] =>
            FIELDS.slice(0, 3).map((field, k) => ({
              field,
              header: OWNED[k],
              column: base + k,
              appended,
              values: data.slice(0, rows).map((r) => r[k]),
            }));
          writeOwnedColumns(sheet, tidy(cols(shownRows, true)));
          const userBefore = valuesOf(sheet).map((r) => r.slice(0, ROSTER_HEADER.length));
          writeOwnedColumns(sheet, tidy(cols(newRows, false)), valuesOf(sheet) as CellValue[][]);
          const after = valuesOf(sheet);
          expect(after.map((r) => r.slice(0, ROSTER_HEADER.length))).toEqual(userBefore);
          expect(after[0].slice(base - 1, base + 2)).toEqual(OWNED.slice(0, 3));
          for (let r = 0; r < rows; r++)
            expect(after[r + 1].slice(base - 1, base + 2).map(String)).toEqual(newRows[r].map(String));
        },
      ),
      { numRuns: 60 },
    );
  });

  it('rewrites only the edited rows, and only the asked fields', () => {
    const { sheet } = roster(30);
    writeOwnedColumns(sheet, tidy(owned(30, 14)));
    const before = valuesOf(sheet);
    const rows = [7, 8, 21];
    const cols = owned(30, 14, rows).map((o) => ({
      ...o,
      appended: false,
      values: o.values.map(() => (o.field === 'address' ? 'khongduocghi@haiphong.edu.vn' : 'Đã sửa')),
    }));
    writeOwnedRows(sheet, { sheet: 'Danh sách', headerRow: 1, rows, columns: cols }, new Set(['status', 'messages']));
    const after = valuesOf(sheet);
    for (let r = 0; r < after.length; r++) {
      const edited = rows.includes(r + 1);
      expect(after[r].slice(0, 14)).toEqual(before[r].slice(0, 14));
      expect(after[r][14]).toBe(edited ? 'Đã sửa' : before[r][14]);
      expect(after[r][16]).toBe(before[r][16]);
    }
  });
});

describe('Báo cáo, Nhật ký and dropdowns', () => {
  const report = {
    header: [...REPORT_HEADER_BEFORE_5277],
    rows: [
      ['Phường Lê Chân', 'Đông', 3, 120, 118, 110, 2, 1, 5, 110],
      ['Xã Cẩm Giàng', 'Tây', 2, 80, 80, 70, 0, 0, 10, 0],
      ['Đông', '', 3, 120, 118, 110, 2, 1, 5, 110],
      ['Tây', '', 2, 80, 80, 70, 0, 0, 10, 0],
      ['Tổng cộng', '', 5, 200, 198, 180, 2, 1, 15, 110],
    ],
  };
  it('rebuilds the report in place with exactly one chart across re-runs', () => {
    const { ss } = workbook();
    for (let i = 0; i < 2; i++)
      writeReportSheet(
        ss,
        report,
        ['Không có trang "CSDL ngành": bỏ qua đối chiếu.'],
        new Date('2025-09-05T09:30:00+07:00'),
      );
    const sheet = ss.getSheetByName('Báo cáo')!;
    expect(sheet.getCharts()).toHaveLength(1);
    expect(valuesOf(sheet)[0]).toEqual(report.header);
    expect(valuesOf(sheet)[5][0]).toBe('Tổng cộng');
    expect(sheet.getRange(4, 1).getFontWeights()[0][0]).toBe('bold');
    expect(sheet.getRange(2, 1).getFontWeights()[0][0]).toBe('normal');
    expect(valuesOf(sheet).some((r) => String(r[0]).includes('CSDL ngành'))).toBe(true);
    expect(ss.getSheets().filter((s) => s.getName() === 'Báo cáo')).toHaveLength(1);
  });

  it('logs one row per run with counts only', () => {
    const { ss } = workbook();
    const entry = {
      at: new Date(),
      user: 'vanphong@haiphong.edu.vn',
      action: 'Cấp địa chỉ',
      rowsRead: 1200,
      findings: 37,
      assigned: 1100,
      elapsedMs: 12345,
      note: '',
    };
    appendLog(ss, entry);
    appendLog(ss, { ...entry, action: 'Kiểm tra toàn bộ', assigned: 0 });
    const log = valuesOf(ss.getSheetByName('Nhật ký')!);
    expect(log).toHaveLength(3);
    expect(log[1].slice(1, 7)).toEqual(['vanphong@haiphong.edu.vn', 'Cấp địa chỉ', 1200, 37, 1100, 12.3]);
  });

  it('puts the 114 communes, Nam/Nữ and positions in dropdowns that accept pasted values', () => {
    const { sheet } = roster(10);
    setDropdowns(
      sheet,
      { commune: 2, gender: 6, position: 7 },
      COMMUNE_ROWS.map((c) => c.fullName),
    );
    const listOf = (r: number, c: number): unknown[] | undefined =>
      sheet.getRange(r, c).getDataValidation()?.getCriteriaValues()[0] as unknown[] | undefined;
    expect(listOf(500, 2)).toHaveLength(114);
    expect(sheet.getRange(500, 2).getDataValidation()!.getAllowInvalid()).toBe(true);
    expect(listOf(2, 6)).toEqual(['Nam', 'Nữ']);
    expect(sheet.getRange(2, 4).getDataValidation()).toBeNull();
  });
});
