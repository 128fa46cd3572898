/**
 * The example workbook behind docs/hop-dong-bang-tinh.md: realistic rows, one clean
 * principal who gets an address, eOffice and a signature, and one row per mistake, so
 * that every finding code's example message is one the real check wrote.
 */
import type { CellValue, RawTable, WorkbookInput } from '../src/domain/types';
import { ROSTER_HEADER_AS_TYPED, SUMMARY_HEADER_AS_TYPED } from './reference-data';

export const EXAMPLE_NOW = new Date(2025, 8, 5, 9, 0, 0);

const LE_CHAN = ['Phường Lê Chân', 'Trường THCS Lê Lợi'];
const GIA_LOC = ['Xã Gia Lộc', 'Trường Tiểu học Gia Lộc'];

type Person = [
  place: string[],
  name: string,
  dob: CellValue,
  gender: string,
  position: string,
  staffId: string,
  cccd: CellValue,
  phone: string,
  personalEmail: string,
  existingEmail?: string,
  services?: [eoffice: string, signature: string],
];

const d = (day: number, month: number, year: number): Date => new Date(year, month - 1, day);

/** Row by row: what each one shows (the comment names the code it raises). */
const PEOPLE: Person[] = [
  // clean: an address, an eOffice account and a digital signature
  [
    LE_CHAN,
    'Nguyễn Văn An',
    d(15, 3, 1985),
    'Nam',
    'Hiệu trưởng',
    '3100000001',
    '031085012345',
    '0912345678',
    'an.nv@gmail.com',
    '',
    ['Có', 'Có'],
  ],
  // REQUIRED
  [LE_CHAN, 'Trần Thị Bình', '', 'Nữ', 'Giáo viên', '3100000002', '', '0987654321', 'binh.tt@gmail.com'],
  // NAME_INVALID
  [LE_CHAN, 'Phạm Văn Cường 2', d(20, 11, 1979), 'Nam', 'Giáo viên', '3100000003', '031079098765', '0369123456', ''],
  // DOB_INVALID
  [LE_CHAN, 'Lê Thị Dung', '31/02/1990', 'Nữ', 'Giáo viên', '3100000004', '', '0912000004', ''],
  // GENDER_INVALID
  [LE_CHAN, 'Hoàng Văn Em', d(2, 7, 1988), 'Male', 'Giáo viên', '3100000005', '', '0912000005', ''],
  // PHONE_INVALID
  [LE_CHAN, 'Vũ Thị Giang', d(9, 9, 1992), 'Nữ', 'Giáo viên', '3100000006', '', '091234', ''],
  // CCCD_INVALID
  [LE_CHAN, 'Đặng Văn Hải', d(1, 1, 1980), 'Nam', 'Giáo viên', '3100000007', '03108001234', '0912000007', ''],
  // CCCD_DOB_MISMATCH
  [GIA_LOC, 'Bùi Thị Hoa', d(5, 5, 1990), 'Nữ', 'Giáo viên', '3100000008', '031185054321', '0912000008', ''],
  // EMAIL_INVALID
  [GIA_LOC, 'Đỗ Văn Khánh', d(6, 6, 1986), 'Nam', 'Giáo viên', '3100000009', '', '0912000009', 'khanh.dv@gmail'],
  // COMMUNE_UNKNOWN (a district of before 1/7/2025)
  [
    ['Quận Lê Chân', 'Trường THCS Lê Lợi'],
    'Ngô Thị Lan',
    d(7, 8, 1991),
    'Nữ',
    'Giáo viên',
    '3100000010',
    '',
    '0912000010',
    '',
  ],
  // DUPLICATE_PERSON (the first row again, from another unit)
  [GIA_LOC, 'Nguyễn Văn An', d(15, 3, 1985), 'Nam', 'Giáo viên', '', '031085012345', '0912345678', ''],
  // HAS_ACCOUNT
  [
    GIA_LOC,
    'Dương Thị Mai',
    d(12, 12, 1983),
    'Nữ',
    'Giáo viên',
    '3100000012',
    '',
    '0912000012',
    '',
    'maidt@haiphong.edu.vn',
  ],
  // NOT_IN_CSDL
  [GIA_LOC, 'Lý Văn Nam', d(3, 4, 1987), 'Nam', 'Giáo viên', '3100009999', '', '0912000013', ''],
  // CSDL_MISMATCH (CSDL ngành has another date of birth)
  [GIA_LOC, 'Trịnh Thị Oanh', d(4, 5, 1989), 'Nữ', 'Giáo viên', '3100000014', '', '0912000014', ''],
  // SERVICE_NOT_ELIGIBLE
  [GIA_LOC, 'Mai Văn Phúc', d(8, 10, 1984), 'Nam', 'Giáo viên', '3100000015', '', '0912000015', '', '', ['Có', '']],
  // SERVICE_INCOMPLETE
  [GIA_LOC, 'Tạ Thị Quỳnh', d(10, 2, 1978), 'Nữ', 'Hiệu trưởng', '3100000016', '', '0912000016', '', '', ['', 'Có']],
];

function roster(): RawTable {
  const header = [...ROSTER_HEADER_AS_TYPED, 'Đăng ký eOffice', 'Đăng ký chữ ký số'];
  const rows = PEOPLE.map(
    ([place, name, dob, gender, position, staffId, cccd, phone, email, existing, services], i) => [
      i + 1,
      ...place,
      name,
      dob,
      gender,
      position,
      staffId,
      cccd,
      phone,
      email,
      existing ?? '',
      '',
      ...(services ?? ['', '']),
    ],
  );
  return { sheetName: 'Danh sách', values: [header, ...rows] };
}

/** CSDL ngành holds everyone with a staff id but Lý Văn Nam; Trịnh Thị Oanh with another birthday. */
function csdl(): RawTable {
  const rows = PEOPLE.filter((p) => p[5] && p[5] !== '3100009999').map(
    ([place, name, dob, gender, position, staffId]) => [
      staffId,
      name,
      staffId === '3100000014' ? d(14, 5, 1989) : dob,
      gender,
      place[1],
      place[0],
      position,
      '',
    ],
  );
  return {
    sheetName: 'CSDL ngành',
    values: [
      ['Mã định danh', 'Họ và tên', 'Ngày sinh', 'Giới tính', 'Tên đơn vị', 'Tên UBND cấp xã', 'Chức vụ', 'Số CCCD'],
      ...rows,
    ],
  };
}

/** Tổng hợp: Gia Lộc's school declares 5 people and lists more (COUNT_MISMATCH). */
function summary(): RawTable {
  const count = (place: string[]) => PEOPLE.filter((p) => p[0] === place).length;
  return {
    sheetName: 'Tổng hợp',
    values: [
      [...SUMMARY_HEADER_AS_TYPED],
      [1, ...LE_CHAN, count(LE_CHAN), 'Nguyễn Văn An', '0912345678'],
      [2, ...GIA_LOC, 5, 'Tạ Thị Quỳnh', '0912000016'],
    ],
  };
}

export function exampleWorkbook(): WorkbookInput {
  return {
    roster: roster(),
    summary: summary(),
    accounts: { sheetName: 'Tài khoản hiện có', values: [['Email', 'Họ và tên', 'Ngày sinh', 'Tên đơn vị']] },
    csdl: csdl(),
  };
}
