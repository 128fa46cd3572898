/**
 * A realistic registration workbook, deterministic from a seed: units of both regions,
 * the four input sheets, and (optionally) the mistakes real units make, each recorded
 * with the finding codes the check must report for it.
 */
import { COMMUNES, type Commune } from '../src/domain/communes';
import { coveredBy } from '../src/domain/positions';
import type { CellData, CellScalar, SheetData, WorkbookData } from '../src/local/workbook-data';
import {
  ACCOUNT_HEADER_AS_TYPED,
  CSDL_HEADER_AS_TYPED,
  readNames,
  ROSTER_HEADER_AS_TYPED,
  SUMMARY_HEADER_AS_TYPED,
} from '../scripts/reference-data';

export const ROSTER_HEADER = [
  ...ROSTER_HEADER_AS_TYPED,
  'Môn dạy',
  // Plan 5277: eOffice and digital signatures registered in the same list.
  'Đăng ký eOffice',
  'Đăng ký chữ ký số',
  'Tài khoản eOffice hiện có',
  'Chữ ký số hiện có',
];
/** Where plan 5277's registration columns sit in ROSTER_HEADER (the held eOffice account is 16). */
const EOFFICE = 14;
const SIGNATURE = 15;
const SIGNATURE_HELD = 17;
/** The spellings units type for the same positions. */
const SPELLINGS: Record<string, string[]> = {
  'Phó hiệu trưởng': ['Phó hiệu trưởng', 'Phó Hiệu trưởng', 'PHT', 'P.HT'],
  'Tổ trưởng': ['Tổ trưởng', 'TTCM', 'Tổ trưởng chuyên môn', 'tổ trưởng'],
  'Tổ phó': ['Tổ phó', 'TPCM', 'Tổ phó chuyên môn'],
  'Văn thư': ['Văn thư', 'VĂN THƯ'],
};
const POSITIONS = [
  'Giáo viên',
  'Giáo viên',
  'Giáo viên',
  'Giáo viên',
  'Tổ trưởng',
  'Tổ phó',
  'Nhân viên',
  'Văn thư',
  'Phó hiệu trưởng',
];
const SUBJECTS = [
  'Toán',
  'Ngữ văn',
  'Tiếng Anh',
  'Vật lý',
  'Hóa học',
  'Lịch sử',
  'Địa lý',
  'Tin học',
  'Thể dục',
  'Âm nhạc',
];
/** Prefixes of Viettel, VinaPhone, MobiFone and others in use since the 2018 conversion. */
const MOBILE_PREFIXES = [
  '090',
  '091',
  '093',
  '094',
  '096',
  '097',
  '098',
  '086',
  '088',
  '032',
  '033',
  '034',
  '035',
  '036',
  '037',
  '038',
  '039',
  '070',
  '076',
  '077',
  '078',
  '079',
  '081',
  '082',
  '083',
  '084',
  '085',
];
const SCHOOLS = ['Trường THCS', 'Trường Tiểu học', 'Trường Mầm non'];
const SCHOOL_NAMES = [
  'Lê Lợi',
  'Trần Phú',
  'Hoa Sen',
  'Chu Văn An',
  'Nguyễn Du',
  'Đằng Hải',
  'Quang Trung',
  'Hoa Phượng',
  'Lý Tự Trọng',
];

export function loadNames(): string[] {
  return readNames();
}

/** mulberry32: small, fast and reproducible. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Person {
  commune: Commune;
  unit: string;
  name: string;
  dob: Date;
  gender: 'Nam' | 'Nữ';
  position: string;
  staffId: string;
  cccd: string;
  phone: string;
  email: string;
  subject: string;
}

export interface GeneratedWorkbook {
  workbook: WorkbookData;
  /** 'Sheet!row' → the finding codes the check must report there ([] = must stay clean). */
  planted: Record<string, string[]>;
  people: number;
}

export interface GeneratorOptions {
  people: number;
  seed?: number;
  mistakes?: boolean;
  /** Communes to draw units from; default: a handful of both regions. */
  communeCodes?: string[];
  /** Units per commune (3 unless told): the sector has about 2,000 units, some 18 a commune. */
  unitsPerCommune?: number;
  /** Give every unit of Tổng hợp an 'Email đầu mối' (hand-over by mail). */
  focalEmails?: boolean;
}

const DEFAULT_COMMUNES = ['11383', '11329', '11560', '11824', '10525', '10999', '10888', '10675'];
const ascii = (s: string): string =>
  s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z]/g, '');
const cells = (values: CellScalar[], text: Set<number> = new Set()): (CellData | undefined)[] =>
  values.map((value, i) => (value === '' ? undefined : { value, ...(text.has(i) ? { numberFormat: '@' } : {}) }));

/** A Danh sách row: person `p` listed under `at`'s unit, with plan 5277's four service cells. */
function rosterCells(
  tt: number,
  p: Person,
  at: Pick<Person, 'commune' | 'unit'>,
  note: string,
  services: CellScalar[],
): CellScalar[] {
  return [
    tt,
    at.commune.fullName,
    at.unit,
    p.name,
    p.dob,
    p.gender,
    p.position,
    p.staffId,
    p.cccd,
    p.phone,
    p.email,
    '',
    note,
    p.subject,
    ...services,
  ];
}

function sheet(name: string, header: string[], rows: CellScalar[][], text?: Set<number>): SheetData {
  return {
    name,
    rows: [header.map((h) => ({ value: h, bold: true })), ...rows.map((r) => cells(r, text))],
    merges: [],
    frozenRows: 1,
    frozenColumns: 0,
  };
}

export function generateWorkbook(options: GeneratorOptions): GeneratedWorkbook {
  const random = prng(options.seed ?? 2025);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
  const names = loadNames();
  const communes = (options.communeCodes ?? DEFAULT_COMMUNES)
    .map((code) => COMMUNES.find((c) => c.code === code)!)
    .filter(Boolean);
  const unitsPerCommune = options.unitsPerCommune ?? 3;
  const units = communes.flatMap((commune, ci) =>
    Array.from({ length: unitsPerCommune }, (_, k) => ({
      commune,
      unit:
        `${SCHOOLS[k % 3]} ${SCHOOL_NAMES[(ci + k * 3) % SCHOOL_NAMES.length]}` +
        (unitsPerCommune > 3 ? ` số ${k + 1}` : options.people > 5000 ? ` số ${ci + 1}` : ''),
    })),
  );
  let serial = 0;
  const makePerson = (i: number): Person => {
    const u = units[i % units.length];
    const name = names[Math.floor(random() * names.length)];
    const gender: 'Nam' | 'Nữ' = / Thị /.test(` ${name} `) ? 'Nữ' : random() < 0.55 ? 'Nữ' : 'Nam';
    const year = 1966 + Math.floor(random() * 36);
    const dob = new Date(year, Math.floor(random() * 12), 1 + Math.floor(random() * 28));
    const province = u.commune.region === 'Đông' ? '031' : '030';
    serial += 1;
    const digit = (year >= 2000 ? 2 : 0) + (gender === 'Nữ' ? 1 : 0);
    return {
      ...u,
      name,
      dob,
      gender,
      position: pick(POSITIONS),
      staffId: `${province.slice(1)}${String(10_000_000 + serial * 7 + Math.floor(random() * 7)).slice(-8)}`,
      cccd: `${province}${digit}${String(year).slice(2)}${String(100_000 + ((serial * 7919) % 900_000)).padStart(6, '0')}`,
      phone: `${pick(MOBILE_PREFIXES)}${String(Math.floor(random() * 10_000_000)).padStart(7, '0')}`,
      email: `${ascii(name.split(' ').pop()!)}${ascii(name.split(' ')[0])}${serial}@gmail.com`,
      subject: pick(SUBJECTS),
    };
  };

  const people: Person[] = Array.from({ length: options.people }, (_, i) => makePerson(i));
  people.sort(
    (a, b) =>
      units.findIndex((u) => u.unit === a.unit && u.commune === a.commune) -
      units.findIndex((u) => u.unit === b.unit && u.commune === b.commune),
  );
  // Plan 5277's mix, from its own stream so the people above stay as they were: every unit
  // has a head; old Hai Phong (Đông) units mostly hold eOffice accounts and certificates
  // already, former Hai Duong (Tây) units mostly do not.
  const serviceRandom = prng((options.seed ?? 2025) ^ 0x5277);
  const chance = (p: number): boolean => serviceRandom() < p;
  const among = <T>(items: readonly T[]): T => items[Math.floor(serviceRandom() * items.length)];
  const services: CellScalar[][] = people.map((p, i) => {
    if (i === 0 || people[i - 1].unit !== p.unit || people[i - 1].commune !== p.commune)
      p.position = among(['Hiệu trưởng', 'Hiệu trưởng', 'HT']);
    else if (SPELLINGS[p.position]) p.position = among(SPELLINGS[p.position]);
    const east = p.commune.region === 'Đông';
    const eoffice = coveredBy('eoffice', p.position);
    const signature = coveredBy('signature', p.position);
    const slug = `${ascii(p.name.split(' ').pop()!)}${ascii(p.name.split(' ')[0])}`;
    return [
      eoffice ? among(['Có', 'Có', 'Có', '', '', 'Không']) : chance(0.1) ? 'Không' : '',
      signature ? among(['Có', 'Có', 'Có', '', 'Không']) : '',
      eoffice && chance(east ? 0.8 : 0.05) ? `${slug}.${p.staffId.slice(-4)}` : '',
      signature && chance(east ? 0.75 : 0.05) ? among(['Đã cấp', 'Có', 'Đã có (USB token)']) : '',
    ];
  });
  const rows: CellScalar[][] = people.map((p, i) => rosterCells(i + 1, p, p, '', services[i]));
  const inCsdl = new Set(people.map((_, i) => i));
  const csdlName = new Map<number, string>();
  const csdlDob = new Map<number, Date>();
  const accounts: CellScalar[][] = [];
  const planted: Record<string, string[]> = {};
  const plant = (i: number, codes: string[]): void => {
    planted[`Danh sách!${i + 2}`] = codes;
  };
  // Old Hai Phong units mostly have accounts already; a few of their people are in the directory.
  people.forEach((p, i) => {
    if (options.mistakes && p.commune.region === 'Đông' && i % 23 === 5) {
      accounts.push([`${ascii(p.name.split(' ').pop()!)}${i}@haiphong.edu.vn`, p.name, p.dob, p.unit, '', p.cccd]);
      plant(i, ['HAS_ACCOUNT']);
    }
  });

  if (options.mistakes) {
    const free = people.map((_, i) => i).filter((i) => !planted[`Danh sách!${i + 2}`]);
    let next = 0;
    const take = (): number => free[(next++ * 7) % free.length];
    const row = (i: number) => rows[i];
    const variants: [string[], (i: number) => void][] = [
      [[], (i) => (row(i)[9] = Number(people[i].phone))],
      [
        [],
        (i) =>
          (row(i)[9] = `+84 ${people[i].phone.slice(1, 4)} ${people[i].phone.slice(4, 7)} ${people[i].phone.slice(7)}`),
      ],
      [[], (i) => (row(i)[8] = Number(people[i].cccd))],
      [
        [],
        (i) =>
          (row(i)[4] = `${people[i].dob.getDate()}/${people[i].dob.getMonth() + 1}/${people[i].dob.getFullYear()}`),
      ],
      [
        [],
        (i) =>
          (row(i)[4] = Math.round(
            (Date.UTC(people[i].dob.getFullYear(), people[i].dob.getMonth(), people[i].dob.getDate()) -
              Date.UTC(1899, 11, 30)) /
              86_400_000,
          )),
      ],
      [[], (i) => (row(i)[3] = people[i].name.normalize('NFD'))],
      [[], (i) => (row(i)[3] = people[i].name.toUpperCase())],
      [[], (i) => (row(i)[3] = `  ${people[i].name.replace(' ', '\u00a0 ')}\u200b `)],
      [[], (i) => (row(i)[3] = people[i].name.replace(/ủy/g, 'uỷ').replace(/òa/g, 'oà'))],
      [[], (i) => (row(i)[1] = people[i].commune.name)],
      [[], (i) => (row(i)[1] = people[i].commune.fullName.replace(/^Phường /, 'P. ').replace(/^Xã /, 'X. '))],
      [[], (i) => (row(i)[1] = people[i].commune.fullName.toLowerCase())],
      [[], (i) => (row(i)[11] = `${ascii(people[i].name)}@haiduong.edu.vn`)],
      [['PHONE_INVALID'], (i) => (row(i)[9] = `016${people[i].phone.slice(2)}`)],
      [['CCCD_INVALID'], (i) => (row(i)[8] = people[i].cccd.slice(0, 11))],
      [['CCCD_INVALID'], (i) => (row(i)[8] = `${people[i].cccd}7`)],
      [
        ['CCCD_DOB_MISMATCH'],
        (i) =>
          (row(i)[8] =
            people[i].cccd.slice(0, 4) +
            String((people[i].dob.getFullYear() + 3) % 100).padStart(2, '0') +
            people[i].cccd.slice(6)),
      ],
      [['DOB_INVALID'], (i) => ((row(i)[4] = '31/02/1985'), (row(i)[8] = ''))],
      [
        ['DOB_INVALID'],
        (i) => ((row(i)[4] = new Date(2010, 4, 1)), (row(i)[8] = ''), csdlDob.set(i, new Date(2010, 4, 1))),
      ],
      [['NAME_INVALID'], (i) => (row(i)[3] = `${people[i].name} 2`)],
      [['NAME_INVALID'], (i) => (row(i)[3] = people[i].name.split(' ').pop()!)],
      [['GENDER_INVALID'], (i) => (row(i)[5] = 'Khác')],
      [['EMAIL_INVALID'], (i) => (row(i)[10] = `${ascii(people[i].name)}@gmail`)],
      [['REQUIRED'], (i) => (row(i)[4] = '')],
      [['HAS_ACCOUNT'], (i) => (row(i)[11] = `${ascii(people[i].name.split(' ').pop()!)}.${i}@haiphong.edu.vn`)],
      [['NOT_IN_CSDL'], (i) => inCsdl.delete(i)],
      [['CSDL_MISMATCH'], (i) => csdlName.set(i, `${people[i].name.split(' ')[0]} Văn Khác`)],
      [['CSDL_MISMATCH'], (i) => csdlDob.set(i, new Date(people[i].dob.getFullYear() - 1, 0, 1))],
    ];
    for (const [codes, apply] of variants) {
      for (let k = 0; k < Math.max(1, Math.round(options.people / 200)); k++) {
        const i = take();
        apply(i);
        plant(i, codes);
      }
    }
    // Communes typed in ways that cannot be accepted (the unit's head count then misses them).
    const ambiguous = people.findIndex((p, i) => p.commune.code === '10888' && !planted[`Danh sách!${i + 2}`]);
    if (ambiguous >= 0) {
      rows[ambiguous][1] = 'Cam Giang';
      plant(ambiguous, ['COMMUNE_UNKNOWN']);
    }
    const old = people.findIndex((p, i) => p.commune.code === '11383' && !planted[`Danh sách!${i + 2}`]);
    if (old >= 0) {
      rows[old][1] = 'Quận Lê Chân';
      plant(old, ['COMMUNE_UNKNOWN']);
    }
    // Plan 5277's own mistakes, on rows clean so far: 'Có' from positions the plan does not
    // cover, and heads without a CCCD (warnings: they still get their mailbox).
    const clean = (i: number): boolean => !planted[`Danh sách!${i + 2}`];
    const spread = (candidates: number[], n: number): number[] =>
      Array.from(
        { length: Math.min(n, candidates.length) },
        (_, k) => candidates[Math.floor((k * candidates.length) / n)],
      );
    const notCovered = people
      .map((_, i) => i)
      .filter((i) => i < rows.length && clean(i) && !coveredBy('eoffice', people[i].position));
    for (const i of spread(notCovered, Math.max(2, Math.round(options.people / 120)))) {
      rows[i][EOFFICE] = among(['Có', 'có', 'CÓ']);
      plant(i, ['SERVICE_NOT_ELIGIBLE']);
    }
    const leaders = people
      .map((_, i) => i)
      .filter((i) => i < rows.length && clean(i) && coveredBy('eoffice', people[i].position))
      .filter((i) => !coveredBy('signature', people[i].position));
    for (const i of spread(leaders, 1)) {
      rows[i][SIGNATURE] = 'Có';
      plant(i, ['SERVICE_NOT_ELIGIBLE']);
    }
    const heads = people
      .map((_, i) => i)
      .filter((i) => i < rows.length && clean(i) && coveredBy('signature', people[i].position))
      .filter((i) => rows[i][SIGNATURE] !== 'Không' && rows[i][SIGNATURE_HELD] === '');
    for (const i of spread(heads, Math.max(2, Math.round(options.people / 180)))) {
      rows[i][8] = '';
      plant(i, ['SERVICE_INCOMPLETE']);
    }
  }

  // Extra rows: the same person again in another unit, and a namesake born another day.
  const extra: CellScalar[][] = [];
  if (options.mistakes) {
    const original = people.findIndex((_, i) => !planted[`Danh sách!${i + 2}`]);
    const p = people[original];
    const other = units.find((u) => u.commune.region === p.commune.region && u.unit !== p.unit)!;
    extra.push(rosterCells(0, p, other, 'Chuyển trường', rows[original].slice(EOFFICE, SIGNATURE_HELD + 1)));
    const twin = makePerson(original);
    twin.name = p.name;
    twin.dob = new Date(p.dob.getFullYear() + 2, 6, 9);
    twin.cccd = twin.cccd.slice(0, 4) + String(twin.dob.getFullYear() % 100).padStart(2, '0') + twin.cccd.slice(6);
    twin.gender = p.gender;
    twin.cccd =
      twin.cccd.slice(0, 3) +
      String((twin.dob.getFullYear() >= 2000 ? 2 : 0) + (twin.gender === 'Nữ' ? 1 : 0)) +
      twin.cccd.slice(4);
    people.push(twin);
    inCsdl.add(people.length - 1);
    extra.push(rosterCells(0, twin, twin, '', ['', '', '', '']));
  }
  const allRows = [...rows, ...extra];
  if (options.mistakes) {
    planted[`Danh sách!${rows.length + 2}`] = ['DUPLICATE_PERSON'];
    planted[`Danh sách!${rows.length + 3}`] = [];
  }
  // Blank rows pasted between blocks of data.
  const withBlanks: CellScalar[][] = [];
  const plantedOut: Record<string, string[]> = {};
  const rowMap = new Map<number, number>();
  allRows.forEach((r, i) => {
    if (options.mistakes && i > 0 && i % 97 === 0)
      withBlanks.push(new Array(ROSTER_HEADER.length).fill(''), new Array(ROSTER_HEADER.length).fill(''));
    r[0] = i + 1;
    withBlanks.push(r);
    rowMap.set(i + 2, withBlanks.length + 1);
  });
  for (const [k, codes] of Object.entries(planted)) {
    const [name, row] = k.split('!');
    plantedOut[`${name}!${rowMap.get(Number(row))}`] = codes;
  }

  // Tổng hợp: each unit declares how many people it listed; two units miscount. A row
  // whose commune cannot be recognised still counts for the unit its unit name names, so
  // the only finding of that mistake is the row's own COMMUNE_UNKNOWN.
  const unitOf = [...people.slice(0, rows.length).map((p) => `${p.commune.fullName}|${p.unit}`)];
  if (extra.length) {
    unitOf.push(`${extra[0][1]}|${extra[0][2]}`, `${extra[1][1]}|${extra[1][2]}`);
  }
  const declaredBy = new Map<string, number>();
  allRows.forEach((_, i) => declaredBy.set(unitOf[i], (declaredBy.get(unitOf[i]) ?? 0) + 1));
  const summaryRows: CellScalar[][] = units.map((u, i) => {
    const key = `${u.commune.fullName}|${u.unit}`;
    const miscount = !!options.mistakes && (i === 1 || i === units.length - 2);
    const declared = (declaredBy.get(key) ?? 0) + (miscount ? 2 : 0);
    if (miscount) plantedOut[`Tổng hợp!${i + 2}`] = ['COUNT_MISMATCH'];
    const row: CellScalar[] = [
      i + 1,
      u.commune.fullName,
      u.unit,
      declared,
      pick(names),
      `${pick(MOBILE_PREFIXES)}${String(Math.floor(random() * 10_000_000)).padStart(7, '0')}`,
    ];
    if (options.focalEmails) row.push(`daumoi.${i + 1}@haiphong.edu.vn`);
    return row;
  });
  const summaryHeader = options.focalEmails
    ? [...SUMMARY_HEADER_AS_TYPED, 'Email đầu mối']
    : [...SUMMARY_HEADER_AS_TYPED];

  const csdlRows: CellScalar[][] = people
    .map((p, i): CellScalar[] | null =>
      inCsdl.has(i)
        ? [
            p.staffId,
            csdlName.get(i) ?? p.name,
            csdlDob.get(i) ?? p.dob,
            p.gender,
            p.unit,
            p.commune.fullName,
            p.position,
            p.cccd,
          ]
        : null,
    )
    .filter((r): r is CellScalar[] => r !== null);
  // Former Hai Duong addresses in the directory do not count as accounts.
  accounts.push(['nguyenvana@haiduong.edu.vn', 'Nguyễn Văn A', new Date(1980, 0, 1), 'Trường THCS Nguyễn Du', '', '']);

  return {
    workbook: {
      name: 'Đăng ký email công vụ',
      sheets: [
        sheet('Tổng hợp', summaryHeader, summaryRows, new Set([5])),
        sheet('Danh sách', ROSTER_HEADER, withBlanks, new Set([7, 8, 9])),
        sheet('Tài khoản hiện có', [...ACCOUNT_HEADER_AS_TYPED], accounts, new Set([4, 5])),
        sheet('CSDL ngành', [...CSDL_HEADER_AS_TYPED], csdlRows, new Set([0, 7])),
      ],
    },
    planted: plantedOut,
    people: allRows.length,
  };
}
