/**
 * Writes the hostile workbooks the security tests run every action over:
 *   npx tsx scripts/make-hostile-fixtures.ts
 * Each is small and made from realistic rows; the output is committed.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { ROSTER_HEADER_AS_TYPED } from './reference-data';

const OUT = join(__dirname, '..', 'test', 'fixtures', 'hostile');
const HEADER = [...ROSTER_HEADER_AS_TYPED];
const ROWS: ExcelJS.CellValue[][] = [
  [
    1,
    'Phường Lê Chân',
    'Trường THCS Lê Lợi',
    'Nguyễn Văn An',
    new Date(Date.UTC(1985, 2, 15)),
    'Nam',
    'Giáo viên',
    '3100000001',
    '031085012345',
    '0912345678',
    'an.nv@gmail.com',
    '',
    '',
  ],
  [
    2,
    'Phường Lê Chân',
    'Trường THCS Lê Lợi',
    'Trần Thị Bình',
    new Date(Date.UTC(1990, 6, 2)),
    'Nữ',
    'Tổ trưởng',
    '3100000002',
    '031190054321',
    '0987654321',
    'binh.tt@gmail.com',
    '',
    '',
  ],
  [
    3,
    'Xã Gia Lộc',
    'Trường Tiểu học Gia Lộc',
    'Phạm Văn Cường',
    new Date(Date.UTC(1979, 10, 20)),
    'Nam',
    'Hiệu trưởng',
    '3000000003',
    '030079098765',
    '0369123456',
    'cuong.pv@gmail.com',
    '',
    '',
  ],
];

type Build = (wb: ExcelJS.Workbook) => void;

/** Formulas, markup, emoji, right-to-left text and control characters where names and units go. */
const HOSTILE_TEXT_ROWS: ExcelJS.CellValue[][] = [
  [
    1,
    'Phường Lê Chân',
    '=HYPERLINK("http://x.example","Bấm")',
    '<script>alert(1)</script>',
    new Date(Date.UTC(1985, 2, 15)),
    'Nam',
    '+cmd|calc',
    '',
    '',
    '0912345678',
    '',
    '',
    '',
  ],
  [
    2,
    'Phường Lê Chân',
    'Trường THCS Lê Lợi 🏫',
    'Nguyễn Văn 😀',
    new Date(Date.UTC(1986, 2, 15)),
    'Nam',
    '@SUM(1)',
    '',
    '',
    '0912345679',
    '',
    '',
    '',
  ],
  [
    3,
    'Xã Gia Lộc',
    'مدرسة',
    'محمد علي',
    new Date(Date.UTC(1987, 2, 15)),
    'Nam',
    '-1',
    '',
    '',
    '0912345670',
    '',
    '',
    '',
  ],
  [
    4,
    'Xã Gia Lộc',
    'Trường\u0007Tiểu học\u200e',
    'Lê\u0000 Thị\u202e Hoa',
    new Date(Date.UTC(1988, 2, 15)),
    'Nữ',
    'Giáo viên',
    '',
    '',
    '0912345671',
    '',
    '',
    '',
  ],
  [
    5,
    'Xã Gia Lộc',
    'Trường <img src=x onerror=alert(1)>',
    "Đỗ Văn O'Neil",
    new Date(Date.UTC(1989, 2, 15)),
    'Nam',
    'Giáo viên',
    '',
    '',
    '0912345672',
    '',
    '',
    '',
  ],
  [
    6,
    'Xã Gia Lộc',
    '=1+1',
    'Vũ Thị Lan',
    new Date(Date.UTC(1990, 2, 15)),
    'Nữ',
    'Giáo viên',
    '',
    '',
    '0912345673',
    '',
    '',
    '',
  ],
];

function roster(wb: ExcelJS.Workbook, header = HEADER, rows = ROWS): ExcelJS.Worksheet {
  const ws = wb.addWorksheet('Danh sách');
  ws.addRow(header);
  for (const row of rows) ws.addRow(row);
  return ws;
}

const WORKBOOKS: Record<string, Build> = {
  'no-roster': (wb) => {
    wb.addWorksheet('Tổng hợp').addRow(['TT', 'Tên UBND cấp xã', 'Tên đơn vị', 'Số lượng đề nghị']);
  },
  'missing-column': (wb) => {
    roster(
      wb,
      HEADER.filter((h) => h !== 'Ngày sinh'),
      ROWS.map((r) => r.filter((_, i) => i !== 4)),
    );
  },
  'duplicate-headers': (wb) => {
    roster(
      wb,
      [...HEADER, 'Họ và tên'],
      ROWS.map((r) => [...r, 'Tên khác']),
    );
  },
  'blank-rows': (wb) => {
    const ws = roster(wb, HEADER, [ROWS[0]]);
    for (let i = 0; i < 400; i++) ws.addRow([]);
    ws.addRow(ROWS[1]);
    for (let i = 0; i < 300; i++) ws.addRow(['', '', '', '', '', '', '', '', '', '', '', '', '']);
    ws.addRow(ROWS[2]);
  },
  'merged-cells': (wb) => {
    const ws = roster(wb);
    ws.mergeCells('B2:B3');
    ws.mergeCells('C2:C3');
    ws.getCell('A2').note = 'Ghi chú của đơn vị';
    ws.getCell('M2').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF2CC' } };
  },
  'formulas-errors': (wb) => {
    const ws = roster(wb);
    ws.getCell('A2').value = { formula: 'ROW()-1', result: 1 };
    ws.getCell('J3').value = { formula: '1/0', result: { error: '#DIV/0!' } } as ExcelJS.CellValue;
    ws.getCell('E4').value = { formula: 'NA()', result: { error: '#N/A' } } as ExcelJS.CellValue;
    ws.getCell('M2').value = { formula: 'CONCATENATE(D2," - ",C2)', result: 'Nguyễn Văn An - Trường THCS Lê Lợi' };
  },
  'huge-cells': (wb) => {
    const ws = roster(wb);
    ws.getCell('M2').value = 'Ghi chú rất dài. '.repeat(1900).slice(0, 32_000);
    ws.getCell('D3').value = `Trần ${'Thị '.repeat(7000)}Bình`.slice(0, 32_000);
  },
  'hostile-text': (wb) => {
    roster(wb, HEADER, HOSTILE_TEXT_ROWS);
  },
  'numbers-for-text': (wb) => {
    roster(wb, HEADER, [
      [1, 12345, 678, 9999, 'ngày mai', true, 42, 3100000001, 31085012345, 912345678, 12, false, 0],
      [2, 'Phường Lê Chân', 'Trường THCS Lê Lợi', 'Nguyễn Văn An', 31121, 'Nam', 'Giáo viên', '', '', '', '', '', ''],
    ]);
  },
};

async function main(): Promise<void> {
  for (const [name, build] of Object.entries(WORKBOOKS)) {
    const wb = new ExcelJS.Workbook();
    build(wb);
    await wb.xlsx.writeFile(join(OUT, `${name}.xlsx`));
  }
  writeFileSync(join(OUT, 'not-a-workbook.xlsx'), 'Họ và tên,Ngày sinh\nNguyễn Văn An,15/03/1985\n');
  writeFileSync(join(OUT, 'empty.xlsx'), '');
  const zip = new JSZip();
  zip.file('readme.txt', 'đây là tệp nén, không phải bảng tính');
  writeFileSync(join(OUT, 'zip-not-workbook.xlsx'), await zip.generateAsync({ type: 'nodebuffer' }));
  console.log(`test/fixtures/hostile: ${Object.keys(WORKBOOKS).length + 3} tệp`);
}

void main();
