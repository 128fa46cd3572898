/**
 * 'Danh bạ tài khoản' as the three directories give their user lists: Google Admin console
 * › Users › Download users, Entra › Users › Download users, and `zmprov -l gaa`. Each is
 * read as it comes: its own headers, its own words for "never signed in" and "blocked".
 */
import { loadDirectory, type Directory } from '../../../src/domain/directory';
import { GOOGLE_HEADER as GOOGLE_UPLOAD_HEADER } from '../../../src/domain/exports/google';
import type { CellValue, RawTable } from '../../../src/domain/types';

const DOMAIN = 'haiphong.edu.vn';
const table = (values: CellValue[][]): RawTable => ({ sheetName: 'Danh bạ tài khoản', values });

function read(values: CellValue[][]): Directory {
  const load = loadDirectory(table(values), DOMAIN);
  if (!load?.ok) throw new Error(`not read: ${JSON.stringify(load)}`);
  return load.directory;
}

/** Google's download: the bulk-upload template's columns, then its read-only ones. */
const GOOGLE_HEADER = [
  ...GOOGLE_UPLOAD_HEADER,
  'Status [READ ONLY]',
  'Last Sign In [READ ONLY]',
  'Email Usage [READ ONLY]',
];

function googleRow(given: string, family: string, email: string, status: string, lastSignIn: CellValue): CellValue[] {
  const row: CellValue[] = GOOGLE_HEADER.map(() => '');
  row[0] = given;
  row[1] = family;
  row[2] = email;
  row[3] = '****';
  row[5] = '/Phường Lê Chân/Trường THCS Lê Lợi';
  row[16] = '3110000042';
  row[GOOGLE_HEADER.indexOf('Status [READ ONLY]')] = status;
  row[GOOGLE_HEADER.indexOf('Last Sign In [READ ONLY]')] = lastSignIn;
  row[GOOGLE_HEADER.indexOf('Email Usage [READ ONLY]')] = '0GB';
  return row;
}

/** Entra's download: the attributes Microsoft's page lists, in its order. */
const ENTRA_HEADER = [
  'userPrincipalName',
  'displayName',
  'surname',
  'mail',
  'givenName',
  'objectId',
  'userType',
  'jobTitle',
  'department',
  'accountEnabled',
  'usageLocation',
  'streetAddress',
  'state',
  'country',
  'physicalDeliveryOfficeName',
  'city',
  'postalCode',
  'telephoneNumber',
  'mobile',
  'authenticationAlternativePhoneNumber',
  'authenticationEmail',
  'alternateEmailAddress',
  'ageGroup',
  'consentProvidedForMinor',
  'legalAgeGroupClassification',
];

function entraRow(upn: string, name: string, enabled: CellValue): CellValue[] {
  const row: CellValue[] = ENTRA_HEADER.map(() => '');
  row[0] = upn;
  row[1] = name;
  row[5] = '6f1c2a9e-8d4b-4b7e-9a51-1f0c3c2d9e77';
  row[6] = 'Member';
  row[8] = 'Trường THCS Lê Lợi';
  row[9] = enabled;
  row[10] = 'VN';
  return row;
}

describe('Danh bạ tài khoản as Google Admin console downloads it', () => {
  const values = [
    GOOGLE_HEADER,
    googleRow('An', 'Nguyễn Văn', 'annv@haiphong.edu.vn', 'Active', '2025/09/12 08:15:03'),
    googleRow('Bình', 'Trần Thị', 'binhtt@haiphong.edu.vn', 'Active', 'Never logged in'),
    googleRow('Cường', 'Lê Văn', 'CuongLV@HaiPhong.edu.vn', 'Active', new Date(2025, 8, 13, 7, 30)),
    googleRow('Dung', 'Phạm Thị', 'dungpt@haiphong.edu.vn', 'Suspended', '2025/09/01 10:00:00'),
    googleRow('Em', 'Vũ Thị', 'emvt@haiduong.edu.vn', 'Active', '2025/09/10 09:00:00'),
  ];

  it('holds every address of the domain, signed in only where a time is shown, suspended ones not enabled', () => {
    const d = read(values);
    expect([...d.accounts.keys()]).toEqual([
      'annv@haiphong.edu.vn',
      'binhtt@haiphong.edu.vn',
      'cuonglv@haiphong.edu.vn',
      'dungpt@haiphong.edu.vn',
    ]);
    expect(d.accounts.get('annv@haiphong.edu.vn')).toEqual({ signedIn: true, enabled: true });
    expect(d.accounts.get('binhtt@haiphong.edu.vn')).toEqual({ signedIn: false, enabled: true });
    expect(d.accounts.get('cuonglv@haiphong.edu.vn')).toEqual({ signedIn: true, enabled: true });
    expect(d.accounts.get('dungpt@haiphong.edu.vn')).toEqual({ signedIn: true, enabled: false });
    expect(d.knowsSignIns).toBe(true);
  });

  it('finds its header below title rows a pasting office adds', () => {
    const d = read([['DANH BẠ TÀI KHOẢN @haiphong.edu.vn'], ['Tải về ngày 15/09/2025'], [], ...values]);
    expect(d.accounts.size).toBe(4);
  });
});

describe('Danh bạ tài khoản as Entra downloads it', () => {
  it('reads userPrincipalName and accountEnabled as text or as the TRUE/FALSE a sheet makes of it; no sign-in column', () => {
    const d = read([
      ENTRA_HEADER,
      entraRow('annv@haiphong.edu.vn', 'Nguyễn Văn An', 'True'),
      entraRow('binhtt@haiphong.edu.vn', 'Trần Thị Bình', 'False'),
      entraRow('cuonglv@haiphong.edu.vn', 'Lê Văn Cường', true),
      entraRow('dungpt@haiphong.edu.vn', 'Phạm Thị Dung', false),
      entraRow('admin@hpedu.onmicrosoft.com', 'Quản trị', 'True'),
    ]);
    expect([...d.accounts.entries()]).toEqual([
      ['annv@haiphong.edu.vn', { signedIn: false, enabled: true }],
      ['binhtt@haiphong.edu.vn', { signedIn: false, enabled: false }],
      ['cuonglv@haiphong.edu.vn', { signedIn: false, enabled: true }],
      ['dungpt@haiphong.edu.vn', { signedIn: false, enabled: false }],
    ]);
    expect(d.knowsSignIns).toBe(false);
  });
});

describe('Danh bạ tài khoản as zmprov -l gaa prints it', () => {
  const lines = [
    'annv@haiphong.edu.vn',
    'admin@haiphong.edu.vn',
    'galsync.x1@haiphong.edu.vn',
    'spam.k2@haiphong.edu.vn',
  ];

  it('reads a plain Email column', () => {
    expect([...read([['Email'], ...lines.map((l) => [l])]).accounts.keys()]).toEqual(lines);
  });

  it('reads the bare list pasted with no header at all, below a title if it has one', () => {
    const d = read(lines.map((l) => [l]));
    expect([...d.accounts.keys()]).toEqual(lines);
    const titled = read([['Kết quả zmprov -l gaa ngày 15/09/2025'], [''], ...lines.map((l) => [l])]);
    expect([...titled.accounts.keys()]).toEqual(lines);
    expect(d.accounts.get('annv@haiphong.edu.vn')).toEqual({ signedIn: false, enabled: true });
  });
});

describe('a Danh bạ tài khoản that cannot be read', () => {
  it('names the address column it lacks; an absent sheet is simply absent', () => {
    expect(
      loadDirectory(
        table([
          ['Họ và tên', 'Đơn vị'],
          ['Nguyễn Văn An', 'THCS Lê Lợi'],
        ]),
        DOMAIN,
      ),
    ).toEqual({
      ok: false,
      missing: ['Email'],
    });
    expect(loadDirectory(null, DOMAIN)).toBeNull();
  });
});
