import type { OwnedColumn } from '../../../src/domain/check';
import { appendLog } from '../../../src/sheets/log-sheet';
import { writeReportSheet } from '../../../src/sheets/report-sheet';
import { setDropdowns } from '../../../src/sheets/validations';
import { writeOwnedColumns, writeOwnedRows } from '../../../src/sheets/write-owned';
import { COMMUNE_ROWS, ROSTER_HEADER, rosterRow } from '../fixtures';
import { FakeSpreadsheet, installSpreadsheetApp, type FakeSheet } from './fake-sheets';

type Ss = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sh = GoogleAppsScript.Spreadsheet.Sheet;
const OWNED = ['Email công vụ', 'Trạng thái', 'Lỗi', 'Ghi nhận lúc'];
const FIELDS = ['address', 'status', 'messages', 'receivedAt'] as const;

function roster(rows: number): { ss: FakeSpreadsheet; sheet: FakeSheet } {
  const ss = new FakeSpreadsheet();
  const sheet = ss.add('Danh sách', [ROSTER_HEADER, ...Array.from({ length: rows }, (_, i) => rosterRow(i))]);
  return { ss, sheet };
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
      const { ss, sheet } = roster(n);
      const before = sheet.values().map((row) => row.slice(0, ROSTER_HEADER.length));
      ss.calls.byMethod = {};
      writeOwnedColumns(sheet as unknown as Sh, owned(n, ROSTER_HEADER.length + 1));
      const after = sheet.values();
      expect(after[0].slice(ROSTER_HEADER.length)).toEqual(OWNED);
      expect(after.map((row) => row.slice(0, ROSTER_HEADER.length))).toEqual(before);
      expect(after[6][ROSTER_HEADER.length + 1]).toBe('Có lỗi');
      expect(after[6][ROSTER_HEADER.length + 2]).toContain('dòng 7');
      return ss.calls.byMethod;
    });
    expect(counts[0]).toEqual(counts[1]);
    expect(counts[0]['Range.setValues']).toBe(1);
  });

  it('writes one block per run of adjacent owned columns when a user moved one', () => {
    const { ss, sheet } = roster(50);
    const cols = owned(50, 20);
    cols[3].column = 25; // 'Ghi nhận lúc' moved away from the others
    writeOwnedColumns(sheet as unknown as Sh, cols);
    expect(ss.calls.byMethod['Range.setValues']).toBe(2);
    expect(sheet.values()[0][24]).toBe('Ghi nhận lúc');
  });

  it('rewrites only the edited rows, and only the asked fields', () => {
    const { sheet } = roster(30);
    writeOwnedColumns(sheet as unknown as Sh, owned(30, 14));
    const before = sheet.values();
    const rows = [7, 8, 21];
    const cols = owned(30, 14, rows).map((o) => ({
      ...o,
      appended: false,
      values: o.values.map(() => (o.field === 'address' ? 'khongduocghi@haiphong.edu.vn' : 'Đã sửa')),
    }));
    writeOwnedRows(sheet as unknown as Sh, cols, rows, new Set(['status', 'messages']));
    const after = sheet.values();
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
    header: [
      'Tên UBND cấp xã',
      'Khu vực',
      'Số đơn vị',
      'Số đề nghị',
      'Số trong danh sách',
      'Hợp lệ',
      'Trùng',
      'Đã có tài khoản',
      'Có lỗi',
      'Đã cấp địa chỉ',
    ],
    rows: [
      ['Phường Lê Chân', 'Đông', 3, 120, 118, 110, 2, 1, 5, 110],
      ['Xã Cẩm Giàng', 'Tây', 2, 80, 80, 70, 0, 0, 10, 0],
      ['Đông', '', 3, 120, 118, 110, 2, 1, 5, 110],
      ['Tây', '', 2, 80, 80, 70, 0, 0, 10, 0],
      ['Tổng cộng', '', 5, 200, 198, 180, 2, 1, 15, 110],
    ],
  };
  it('rebuilds the report in place with exactly one chart across re-runs', () => {
    const ss = new FakeSpreadsheet();
    for (let i = 0; i < 2; i++)
      writeReportSheet(
        ss as unknown as Ss,
        report,
        ['Không có trang "CSDL ngành": bỏ qua đối chiếu.'],
        new Date('2025-09-05T09:30:00+07:00'),
      );
    const sheet = ss.sheets.find((s) => s.name === 'Báo cáo')!;
    expect(sheet.charts).toHaveLength(1);
    expect(sheet.values()[0]).toEqual(report.header);
    expect(sheet.values()[5][0]).toBe('Tổng cộng');
    expect(sheet.cell(4, 1).bold).toBe(true);
    expect(sheet.cell(2, 1).bold).toBeFalsy();
    expect(sheet.values().some((r) => String(r[0]).includes('CSDL ngành'))).toBe(true);
    expect(ss.sheets.filter((s) => s.name === 'Báo cáo')).toHaveLength(1);
  });

  it('logs one row per run with counts only', () => {
    const ss = new FakeSpreadsheet();
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
    appendLog(ss as unknown as Ss, entry);
    appendLog(ss as unknown as Ss, { ...entry, action: 'Kiểm tra toàn bộ', assigned: 0 });
    const log = ss.sheets.find((s) => s.name === 'Nhật ký')!.values();
    expect(log).toHaveLength(3);
    expect(log[1].slice(1, 7)).toEqual(['vanphong@haiphong.edu.vn', 'Cấp địa chỉ', 1200, 37, 1100, 12.3]);
  });

  it('puts the 114 communes, Nam/Nữ and positions in dropdowns that accept pasted values', () => {
    installSpreadsheetApp();
    const { sheet } = roster(10);
    setDropdowns(
      sheet as unknown as Sh,
      { commune: 2, gender: 6, position: 7 },
      COMMUNE_ROWS.map((c) => c.fullName),
    );
    const rule = sheet.cell(500, 2).validation as { values: string[]; allowInvalid: boolean };
    expect(rule.values).toHaveLength(114);
    expect(rule.allowInvalid).toBe(true);
    expect((sheet.cell(2, 6).validation as { values: string[] }).values).toEqual(['Nam', 'Nữ']);
    expect(sheet.cell(2, 4).validation).toBeUndefined();
  });
});
