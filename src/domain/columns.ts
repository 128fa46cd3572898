/**
 * The workbook contract's vocabulary (sheet names, headers and their aliases, the values
 * a column holds) and how columns are found by header text, never by position: case,
 * diacritics, repeated spaces and punctuation are ignored, and the spec's aliases (and a
 * few reasonable others) are accepted.
 *
 * This is the one file outside src/i18n allowed Vietnamese strings (eslint.config.mjs):
 * they are data the contract fixes and users' files are matched against, not wording
 * the add-on is free to change.
 */
import { foldKey } from './text';

/** Sheet names of the workbook contract. */
export const SHEETS = {
  roster: 'Danh sách',
  summary: 'Tổng hợp',
  accounts: 'Tài khoản hiện có',
  csdl: 'CSDL ngành',
  report: 'Báo cáo',
  log: 'Nhật ký',
  register: 'Sổ địa chỉ',
  /** The add-on's own: when each person was first seen, and the unit each address was given in. */
  ledger: 'Sổ ghi nhận',
  /** The add-on's own: the hand-over recipient Văn phòng approved for each unit. */
  recipients: 'Đầu mối đã duyệt',
  /** The add-on's own: every hand-over list of every batch, its unit, recipient and number of addresses. */
  handoverRecord: 'Sổ bàn giao',
  directory: 'Danh bạ tài khoản',
} as const;

/**
 * Tabs of the one roster: every sheet named like 'Danh sách', 'Danh sách - Phía Đông',
 * 'Danh sách (2)' or 'Danh sách Xã An Lão' (case and marks aside).
 */
export function isRosterTabName(name: string): boolean {
  return /^danh sach(?: |$)/.test(foldKey(name));
}

/** The gender column's two values, as the CCCD's sex digit reads too. */
export const GENDER = { male: 'Nam', female: 'Nữ' } as const;
export type Gender = (typeof GENDER)[keyof typeof GENDER];

/** The city's two regions in the communes data (former Hai Phong, former Hai Duong). */
export const REGIONS = ['Đông', 'Tây'] as const;
export type Region = (typeof REGIONS)[number];

/** Commune-level unit kinds since 1/7/2025. */
export const COMMUNE_KIND = { specialZone: 'đặc khu', ward: 'phường', commune: 'xã' } as const;
export type CommuneKind = (typeof COMMUNE_KIND)[keyof typeof COMMUNE_KIND];

export interface ColumnSpec<F extends string> {
  field: F;
  header: string;
  aliases: string[];
  required: boolean;
  /** Headers that contain all these words also match ('so cccd cua gv'). */
  contains?: string[][];
  /** Headers that contain any of these words never match (keeps 'Email công vụ hiện có' from 'Email công vụ'). */
  excludes?: string[];
}

export function headerKey(raw: unknown): string {
  return foldKey(raw);
}

const spec = <F extends string>(
  field: F,
  header: string,
  aliases: string[],
  required = false,
  extra: Pick<ColumnSpec<F>, 'contains' | 'excludes'> = {},
): ColumnSpec<F> => ({ field, header, aliases, required, ...extra });

const COMMUNE = [
  'UBND xã/phường',
  'Xã/phường/đặc khu',
  'UBND cấp xã',
  'Xã/phường',
  'Xã, phường',
  'Tên xã/phường',
  'Phường/xã',
];
const UNIT = ['Đơn vị', 'Trường', 'Tên trường', 'Đơn vị công tác'];

export type RosterField =
  | 'tt'
  | 'commune'
  | 'unit'
  | 'fullName'
  | 'dob'
  | 'gender'
  | 'position'
  | 'staffId'
  | 'cccd'
  | 'phone'
  | 'personalEmail'
  | 'existingEmail'
  | 'note'
  | 'address'
  | 'status'
  | 'messages'
  | 'receivedAt';

export const ROSTER_COLUMNS: readonly ColumnSpec<RosterField>[] = [
  spec('tt', 'TT', ['STT', 'Số TT', 'Số thứ tự']),
  spec('commune', 'Tên UBND cấp xã', COMMUNE, true),
  spec('unit', 'Tên đơn vị', UNIT, true),
  spec('fullName', 'Họ và tên', ['Họ tên', 'Họ và tên cán bộ', 'Họ và tên giáo viên', 'Tên cán bộ'], true),
  spec('dob', 'Ngày sinh', ['Ngày tháng năm sinh', 'Ngày, tháng, năm sinh', 'NS'], true, {
    contains: [['ngay', 'sinh']],
  }),
  spec('gender', 'Giới tính', ['Giới', 'Nam/Nữ']),
  spec('position', 'Chức vụ', ['Chức danh', 'Chức vụ/Chức danh', 'Vị trí việc làm']),
  spec(
    'staffId',
    'Mã định danh',
    ['Mã CSDL', 'Mã cán bộ', 'Mã định danh Bộ GD&ĐT', 'Mã định danh CSDL', 'Mã GV'],
    false,
    {
      excludes: ['ca nhan'],
    },
  ),
  spec(
    'cccd',
    'Số CCCD',
    ['CCCD', 'Số định danh cá nhân', 'CCCD/CMND', 'Số CCCD/CMND', 'Căn cước công dân', 'Số căn cước'],
    false,
    {
      contains: [['cccd'], ['can', 'cuoc']],
    },
  ),
  spec('phone', 'Số điện thoại', ['Điện thoại', 'SĐT', 'Số ĐT', 'Điện thoại di động', 'Di động'], false, {
    contains: [['dien', 'thoai'], ['sdt']],
  }),
  spec('personalEmail', 'Email cá nhân', ['Email cá nhân', 'Email', 'Thư điện tử cá nhân', 'Gmail'], false, {
    excludes: ['cong', 'vu', 'hien', 'co'],
  }),
  spec('existingEmail', 'Email công vụ hiện có', ['Email hiện có', 'Email công vụ đã có', 'Email đã có']),
  spec('note', 'Ghi chú', []),
  spec('address', 'Email công vụ', ['Email công vụ được cấp'], false, { excludes: ['hien', 'da co'] }),
  spec('status', 'Trạng thái', []),
  spec('messages', 'Lỗi', []),
  spec('receivedAt', 'Ghi nhận lúc', []),
];

/** The roster's canonical header per field (what a finding names when the sheet's own header is unknown). */
export const ROSTER_HEADER_TEXT = Object.fromEntries(ROSTER_COLUMNS.map((s) => [s.field, s.header])) as Record<
  RosterField,
  string
>;

export type SummaryField = 'tt' | 'commune' | 'unit' | 'declared' | 'focalPerson' | 'phone' | 'focalEmail';
export const SUMMARY_COLUMNS: readonly ColumnSpec<SummaryField>[] = [
  spec('tt', 'TT', ['STT']),
  spec('commune', 'Tên UBND cấp xã', COMMUNE, true),
  spec('unit', 'Tên đơn vị', UNIT, true),
  spec(
    'declared',
    'Số cán bộ, giáo viên đề nghị cấp email công vụ',
    ['Số lượng đề nghị', 'Số đề nghị', 'Số lượng'],
    true,
    {
      contains: [['de', 'nghi']],
    },
  ),
  spec('focalPerson', 'Cán bộ đầu mối', ['Người đầu mối', 'Đầu mối']),
  spec('phone', 'Số điện thoại (Zalo)', ['Điện thoại', 'SĐT', 'Số điện thoại', 'Zalo'], false, {
    contains: [['dien', 'thoai'], ['zalo']],
  }),
  spec('focalEmail', 'Email đầu mối', ['Email cán bộ đầu mối', 'Email'], false),
];

export type AccountField = 'email' | 'fullName' | 'dob' | 'unit' | 'staffId' | 'cccd';
export const ACCOUNT_COLUMNS: readonly ColumnSpec<AccountField>[] = [
  spec('email', 'Email', ['Địa chỉ email', 'Tài khoản', 'Email công vụ'], true),
  spec('fullName', 'Họ và tên', ['Họ tên']),
  spec('dob', 'Ngày sinh', []),
  spec('unit', 'Tên đơn vị', UNIT),
  spec('staffId', 'Mã định danh', ['Mã CSDL', 'Mã cán bộ']),
  spec('cccd', 'Số CCCD', ['CCCD', 'Số định danh cá nhân'], false, { contains: [['cccd']] }),
];

/**
 * 'Danh bạ tài khoản': the mail directory's user list as its console downloads it (Google
 * Admin console › Users › Download users; Entra › Users › Download users; `zmprov -l gaa`
 * under an 'Email' heading). Only the address is required.
 */
export type DirectoryField = 'email' | 'status' | 'enabled' | 'lastSignIn';
export const DIRECTORY_COLUMNS: readonly ColumnSpec<DirectoryField>[] = [
  spec(
    'email',
    'Email',
    [
      'Email Address [Required]',
      'Email Address',
      'Primary Email',
      'userPrincipalName',
      'User principal name',
      'Địa chỉ email',
      'Tài khoản',
      'Email công vụ',
      'Account',
    ],
    true,
  ),
  spec('status', 'Status [READ ONLY]', ['Status', 'Account status', 'zimbraAccountStatus']),
  spec('enabled', 'accountEnabled', ['Account enabled']),
  spec('lastSignIn', 'Last Sign In [READ ONLY]', [
    'Last Sign In',
    'Last sign-in',
    'lastSignInDateTime',
    'signInActivity.lastSignInDateTime',
    'zimbraLastLogonTimestamp',
    'Lần đăng nhập cuối',
  ]),
];

export type CsdlField = 'staffId' | 'fullName' | 'dob' | 'gender' | 'unit' | 'commune' | 'position' | 'cccd';
export const CSDL_COLUMNS: readonly ColumnSpec<CsdlField>[] = [
  spec('staffId', 'Mã định danh', ['Mã CSDL', 'Mã cán bộ', 'Mã định danh Bộ GD&ĐT'], true),
  spec('fullName', 'Họ và tên', ['Họ tên']),
  spec('dob', 'Ngày sinh', []),
  spec('gender', 'Giới tính', []),
  spec('unit', 'Tên đơn vị', UNIT),
  spec('commune', 'Tên UBND cấp xã', COMMUNE),
  spec('position', 'Chức vụ', ['Chức danh']),
  spec('cccd', 'Số CCCD', ['CCCD', 'Số định danh cá nhân'], false, { contains: [['cccd']] }),
];

export interface ColumnMatch<F extends string> {
  columns: Partial<Record<F, number>>;
  missing: ColumnSpec<F>[];
  duplicates: { field: F; indices: number[] }[];
}

function words(key: string): Set<string> {
  return new Set(key.split(' '));
}

/** Exact header or alias first, then the looser "contains" rules, first column winning. */
export function matchColumns<F extends string>(headerRow: unknown[], specs: readonly ColumnSpec<F>[]): ColumnMatch<F> {
  const keys = headerRow.map(headerKey);
  const taken = new Set<number>();
  const found = new Map<F, number[]>();
  const claim = (field: F, index: number): void => {
    found.set(field, [...(found.get(field) ?? []), index]);
    taken.add(index);
  };
  for (const s of specs) {
    const names = new Set([s.header, ...s.aliases].map(headerKey));
    keys.forEach((key, index) => {
      if (key && names.has(key) && !taken.has(index)) claim(s.field, index);
    });
  }
  for (const s of specs) {
    if (found.has(s.field) || !s.contains) continue;
    keys.forEach((key, index) => {
      if (!key || taken.has(index) || found.has(s.field)) return;
      const have = words(key);
      if (s.excludes?.some((w) => key.includes(w))) return;
      if (s.contains!.some((group) => group.every((w) => have.has(w)))) claim(s.field, index);
    });
  }
  const columns: Partial<Record<F, number>> = {};
  const duplicates: { field: F; indices: number[] }[] = [];
  for (const [field, indices] of found) {
    columns[field] = indices[0];
    if (indices.length > 1) duplicates.push({ field, indices });
  }
  const missing = specs.filter((s) => s.required && columns[s.field] === undefined);
  return { columns, missing, duplicates };
}

/** The add-on's own roster columns (written by the check, never typed by users). */
export const OWNED_ROSTER_FIELDS = [
  'address',
  'status',
  'messages',
  'receivedAt',
] as const satisfies readonly RosterField[];

/**
 * 0-based indices of the owned columns in a roster header, found by the column specs
 * (folded text and aliases, as the check finds them), repeated headers included.
 */
export function ownedColumnIndices(header: readonly unknown[]): Set<number> {
  const { columns, duplicates } = matchColumns(header as unknown[], ROSTER_COLUMNS);
  const owned = new Set<number>();
  for (const field of OWNED_ROSTER_FIELDS) {
    const index = columns[field];
    if (index !== undefined) owned.add(index);
    for (const d of duplicates) if (d.field === field) for (const i of d.indices) owned.add(i);
  }
  return owned;
}

/** Plan 5277's optional roster columns: registration for eOffice and digital signatures. */
export type ServiceField = 'eofficeRequest' | 'signatureRequest' | 'eofficeExisting' | 'signatureExisting';
export const SERVICE_COLUMNS: readonly ColumnSpec<ServiceField>[] = [
  spec('eofficeRequest', 'Đăng ký eOffice', ['eOffice', 'Đăng ký tài khoản eOffice', 'Đăng ký HPNET eOffice']),
  spec('signatureRequest', 'Đăng ký chữ ký số', ['Chữ ký số', 'CKS', 'Đăng ký CKS', 'Đăng ký chữ ký số chuyên dùng']),
  spec('eofficeExisting', 'Tài khoản eOffice hiện có', ['eOffice hiện có', 'Tài khoản eOffice', 'eOffice đã có']),
  spec('signatureExisting', 'Chữ ký số hiện có', ['CKS hiện có', 'Chữ ký số đã có', 'CKS đã có']),
];

/** The add-on's own columns for the two services; their headers are also aliases of the registration columns. */
export const SERVICE_OWNED_HEADERS = { eoffice: 'eOffice', signature: 'Chữ ký số' } as const;

export interface ServiceColumns {
  /** 0-based sheet columns of the registration columns found. */
  input: Partial<Record<ServiceField, number>>;
  /** 0-based columns of the add-on's own 'eOffice' / 'Chữ ký số', when already there. */
  owned: Partial<Record<'eoffice' | 'signature', number>>;
}

/**
 * The spec lets a unit head its registration column 'eOffice' or 'Chữ ký số', the very
 * headers of the add-on's own columns, which are always appended on the right. So a column
 * with such a header is the unit's only while no other registration header names that
 * service; the next one to its right is the add-on's.
 */
export function matchServiceColumns(headerRow: unknown[]): ServiceColumns {
  const keys = headerRow.map(headerKey);
  const input: Partial<Record<ServiceField, number>> = {};
  const owned: ServiceColumns['owned'] = {};
  const indicesOf = (names: string[]): number[] => {
    const wanted = new Set(names.map(headerKey));
    return keys.flatMap((k, i) => (k && wanted.has(k) ? [i] : []));
  };
  for (const s of SERVICE_COLUMNS) {
    const service = s.field.startsWith('eoffice') ? 'eoffice' : 'signature';
    if (s.field.endsWith('Existing')) {
      const hit = indicesOf([s.header, ...s.aliases])[0];
      if (hit !== undefined) input[s.field] = hit;
      continue;
    }
    const ownedKey = headerKey(SERVICE_OWNED_HEADERS[service]);
    const plain = indicesOf([s.header, ...s.aliases].filter((a) => headerKey(a) !== ownedKey));
    const shared = indicesOf([SERVICE_OWNED_HEADERS[service]]);
    if (plain.length > 0) {
      input[s.field] = plain[0];
      if (shared.length > 0) owned[service] = shared[0];
    } else if (shared.length > 0) {
      input[s.field] = shared[0];
      if (shared.length > 1) owned[service] = shared[1];
    }
  }
  return { input, owned };
}
