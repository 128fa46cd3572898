/**
 * A model of a month of unit edits to 'Danh sách', for the model-based test of addresses
 * (and `npm run bench:model`). The edits are made on the sheet of the built bundle in the
 * local runtime, whole rows at a time as Sheets moves them (owned columns included), and
 * the model remembers which real person each row is. Runs are Văn phòng's menu actions.
 *
 * After every assignment it checks the rules of shared spec "Addresses":
 * - no person shows more than one address;
 * - an address, once shown for a person, never changes;
 * - no address passes to another person;
 * - every person whose rows are all valid shows an address.
 */
import fc from 'fast-check';
import { COMMUNES } from '../../src/domain/communes';
import type { CellScalar, WorkbookData } from '../../src/local/workbook-data';
import { createGasRuntime } from '../../src/local/gas';
import { ensureBuilt } from './build-once';
import { oneSheetWorkbook } from './one-sheet-workbook';
import { ROSTER_HEADER_AS_TYPED } from '../../scripts/reference-data';

type Runtime = ReturnType<typeof createGasRuntime>;
const OWNER = 'vanphong.sogddt@haiphong.edu.vn';

/** The built bundle in the local runtime, as the owner (outside jest too: bench/model.ts). */
function startRuntime(workbook: WorkbookData): Runtime {
  ensureBuilt();
  const runtime = createGasRuntime({
    workbook,
    scriptName: 'Email công vụ',
    owner: OWNER,
    user: OWNER,
    now: new Date('2025-09-05T09:30:00+07:00'),
  });
  runtime.loadBundle();
  return runtime;
}

const HEADER = [...ROSTER_HEADER_AS_TYPED];
const C = { commune: 1, unit: 2, name: 3, dob: 4, gender: 5, staffId: 7, cccd: 8, phone: 9 } as const;

/** Few names, so namesakes and shared address bases are common; some have two tone-mark spellings. */
const NAMES = [
  'Nguyễn Thị Thuỷ',
  'Trần Văn Hoà',
  'Nguyễn Văn An',
  'Lê Thị Hương',
  'Phạm Minh Tuấn',
  'Vũ Thị Thuý',
  'Đỗ Đức Anh',
  'Nguyễn Thị Thủy Tiên',
];
const OTHER_NAMES = ['Hoàng Thị Lan', 'Bùi Văn Khoa', 'Đặng Thu Hà', 'Ngô Quang Huy'];
const UNITS = [0, 17, 42, 80].map((i) => ({
  commune: COMMUNES[i].fullName,
  unit: `Trường THCS ${COMMUNES[i].name}`,
}));

export interface Person {
  id: number;
  name: string;
  dob: Date;
  gender: 'Nam' | 'Nữ';
  staffId: string;
  cccd: string;
  unit: number;
}

/** One person, valid in every field; `id` makes the identifiers and the date of birth unique. */
export function makePerson(id: number, name: string, ids: 0 | 1 | 2 | 3): Person {
  const year = 1965 + ((id * 7) % 35);
  const dob = new Date(year, (id * 5) % 12, 1 + ((id * 11) % 28));
  const gender: Person['gender'] = / Thị /.test(name) ? 'Nữ' : 'Nam';
  const centuryDigit = gender === 'Nữ' ? 1 : 0;
  return {
    id,
    name,
    dob,
    gender,
    staffId: ids & 1 ? `HP${String(100000 + id)}` : '',
    cccd: ids & 2 ? `031${centuryDigit}${String(year).slice(-2)}${String(200000 + id)}` : '',
    unit: id % UNITS.length,
  };
}

function rowOf(p: Person): CellScalar[] {
  const u = UNITS[p.unit];
  return [
    '',
    u.commune,
    u.unit,
    p.name,
    p.dob,
    p.gender,
    'Giáo viên',
    p.staffId,
    p.cccd,
    `09${String(12000000 + p.id * 7919).slice(-8)}`,
    '',
    '',
    '',
  ];
}

/** Other spellings of the same name: decomposed, upper case, spaced out, the other tone-mark placement. */
const RESPELL: ((name: string) => string)[] = [
  (n) => n.normalize('NFD'),
  (n) => n.toUpperCase(),
  (n) => ` ${n.replace(/ /g, '  ')} `,
  // The mark moves only where the vowels end the syllable (Hoà/Hòa, Thuỷ/Thủy), never in Hoàng.
  (n) =>
    n
      .replace(/uỷ(?!\p{L})/gu, 'ủy')
      .replace(/oà(?!\p{L})/gu, 'òa')
      .replace(/uý(?!\p{L})/gu, 'úy'),
  (n) =>
    n
      .replace(/ủy(?!\p{L})/gu, 'uỷ')
      .replace(/òa(?!\p{L})/gu, 'oà')
      .replace(/úy(?!\p{L})/gu, 'uý')
      .toLowerCase(),
];

export type Op =
  | { kind: 'assign' }
  | { kind: 'check' }
  | { kind: 'reorder'; seed: number }
  | { kind: 'sort'; column: 'name' | 'dob' | 'unit' | 'phone'; descending: boolean }
  | { kind: 'insert'; at: number; name: number; ids: 0 | 1 | 2 | 3 }
  | { kind: 'delete'; at: number }
  | { kind: 'restore'; at: number; which: number }
  | { kind: 'duplicate'; at: number; to: number; withAddress: boolean }
  | { kind: 'respell'; at: number; how: number }
  | { kind: 'move'; at: number; unit: number }
  | { kind: 'typo'; at: number; field: 'phone' | 'name' | 'dob' }
  | { kind: 'fix'; at: number }
  | { kind: 'rename'; at: number; name: number }
  | { kind: 'namesake'; at: number; of: number; ids: 0 | 1 | 2 | 3 };

const ids = fc.constantFrom<0 | 1 | 2 | 3>(0, 1, 2, 3);
const at = fc.nat(1000);
export const opArbitrary: fc.Arbitrary<Op> = fc.oneof(
  { weight: 4, arbitrary: fc.constant<Op>({ kind: 'assign' }) },
  { weight: 1, arbitrary: fc.constant<Op>({ kind: 'check' }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('reorder' as const), seed: fc.nat() }) },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('sort' as const),
      column: fc.constantFrom('name' as const, 'dob' as const, 'unit' as const, 'phone' as const),
      descending: fc.boolean(),
    }),
  },
  {
    weight: 3,
    arbitrary: fc.record({ kind: fc.constant('insert' as const), at, name: fc.nat(NAMES.length - 1), ids }),
  },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('delete' as const), at }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('restore' as const), at, which: fc.nat(1000) }) },
  {
    weight: 2,
    arbitrary: fc.record({ kind: fc.constant('duplicate' as const), at, to: fc.nat(1000), withAddress: fc.boolean() }),
  },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('respell' as const), at, how: fc.nat(RESPELL.length - 1) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('move' as const), at, unit: fc.nat(UNITS.length - 1) }) },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('typo' as const),
      at,
      field: fc.constantFrom('phone' as const, 'name' as const, 'dob' as const),
    }),
  },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('fix' as const), at }) },
  {
    weight: 1,
    arbitrary: fc.record({ kind: fc.constant('rename' as const), at, name: fc.nat(OTHER_NAMES.length - 1) }),
  },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('namesake' as const), at, of: fc.nat(1000), ids }) },
);

export const startArbitrary = fc.array(fc.record({ name: fc.nat(NAMES.length - 1), ids }), {
  minLength: 3,
  maxLength: 14,
});

/** A row of the sheet as the model knows it: the values, whose they are, and whether a typo is in it. */
interface ModelRow {
  values: CellScalar[];
  person: number;
  typo: boolean;
}

export interface ModelStats {
  runs: number;
  edits: number;
  maxRows: number;
  addressesShown: number;
}

function seeded(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 2 ** 32;
  };
}

export class AddressModel {
  readonly rt: Runtime;
  private header: CellScalar[] = [...HEADER];
  private rows: ModelRow[];
  private readonly people = new Map<number, Person>();
  private nextId = 1;
  /** Person → the address first shown for them; address → its person. */
  private readonly addressOf = new Map<number, string>();
  private readonly personOf = new Map<string, number>();
  readonly stats: ModelStats = { runs: 0, edits: 0, maxRows: 0, addressesShown: 0 };

  constructor(start: { name: number; ids: 0 | 1 | 2 | 3 }[]) {
    this.rows = start.map((s) => this.fresh(NAMES[s.name], s.ids));
    this.rt = startRuntime(oneSheetWorkbook([], 'Đăng ký email công vụ'));
    this.write();
  }

  private fresh(name: string, ids: 0 | 1 | 2 | 3): ModelRow {
    const p = makePerson(this.nextId++, name, ids);
    this.people.set(p.id, p);
    return { values: rowOf(p), person: p.id, typo: false };
  }

  private pick(at: number): number {
    return at % this.rows.length;
  }

  /** Applies one edit; false when it does not apply to the current sheet (nothing changes). */
  apply(op: Op): boolean {
    if (op.kind === 'assign' || op.kind === 'check') {
      this.run(op.kind);
      return true;
    }
    const n = this.rows.length;
    if (n === 0 && op.kind !== 'insert' && op.kind !== 'restore' && op.kind !== 'namesake') return false;
    switch (op.kind) {
      case 'reorder': {
        const random = seeded(op.seed);
        for (let i = n - 1; i > 0; i--) {
          const j = Math.floor(random() * (i + 1));
          [this.rows[i], this.rows[j]] = [this.rows[j], this.rows[i]];
        }
        break;
      }
      case 'sort': {
        const index = { name: C.name, dob: C.dob, unit: C.unit, phone: C.phone }[op.column];
        const key = (v: CellScalar): string | number => (v instanceof Date ? v.getTime() : String(v));
        this.rows.sort((a, b) => {
          const x = key(a.values[index]);
          const y = key(b.values[index]);
          const order = x < y ? -1 : x > y ? 1 : 0;
          return op.descending ? -order : order;
        });
        break;
      }
      case 'insert':
        this.rows.splice(op.at % (n + 1), 0, this.fresh(NAMES[op.name], op.ids));
        break;
      case 'delete':
        this.rows.splice(this.pick(op.at), 1);
        break;
      case 'restore': {
        // Someone deleted earlier is listed again, typed afresh (no address).
        const present = new Set(this.rows.map((r) => r.person));
        const gone = [...this.people.keys()].filter((id) => !present.has(id));
        if (gone.length === 0) return false;
        const p = this.people.get(gone[op.which % gone.length])!;
        this.rows.splice(op.at % (n + 1), 0, { values: rowOf(p), person: p.id, typo: false });
        break;
      }
      case 'duplicate': {
        const source = this.rows[this.pick(op.at)];
        const copy: ModelRow = { ...source, values: [...source.values] };
        // Copied with the whole row (its address too), or typed again.
        if (!op.withAddress) for (let c = HEADER.length; c < copy.values.length; c++) copy.values[c] = '';
        this.rows.splice(op.to % (n + 1), 0, copy);
        break;
      }
      case 'respell': {
        const row = this.rows[this.pick(op.at)];
        if (row.typo) return false;
        row.values[C.name] = RESPELL[op.how](this.people.get(row.person)!.name);
        break;
      }
      case 'move': {
        const row = this.rows[this.pick(op.at)];
        row.values[C.commune] = UNITS[op.unit].commune;
        row.values[C.unit] = UNITS[op.unit].unit;
        break;
      }
      case 'typo': {
        const row = this.rows[this.pick(op.at)];
        if (op.field === 'phone') row.values[C.phone] = '09123';
        else if (op.field === 'name') row.values[C.name] = `${String(row.values[C.name])}1`;
        else row.values[C.dob] = '31/02/1980';
        row.typo = true;
        break;
      }
      case 'fix': {
        const row = this.rows[this.pick(op.at)];
        if (!row.typo) return false;
        const p = this.people.get(row.person)!;
        row.values[C.phone] = rowOf(p)[C.phone];
        row.values[C.name] = p.name;
        row.values[C.dob] = p.dob;
        row.typo = false;
        break;
      }
      case 'rename': {
        // A corrected name: the person is the same, known by an identifier that stays.
        const row = this.rows[this.pick(op.at)];
        const p = this.people.get(row.person)!;
        if (!p.staffId && !p.cccd) return false;
        const name = OTHER_NAMES[op.name];
        if (/ Thị /.test(name) !== / Thị /.test(p.name)) return false;
        p.name = name;
        for (const r of this.rows) if (r.person === p.id && !r.typo) r.values[C.name] = name;
        break;
      }
      case 'namesake': {
        // Same name, born another day: another person.
        const of = [...this.people.values()][op.of % this.people.size];
        this.rows.splice(op.at % (n + 1), 0, this.fresh(of.name, op.ids));
        break;
      }
    }
    this.stats.edits += 1;
    this.write();
    return true;
  }

  /** The model's rows into the sheet, as the unit's edits leave it. */
  private write(): void {
    const rt = this.rt;
    const previous = rt.env.current;
    rt.env.current = rt.env.newExecution('external', rt.env.owner);
    try {
      const sheet = rt.spreadsheet.getSheetByName('Danh sách')!;
      const width = this.header.length;
      const grid = [this.header, ...this.rows.map((r) => r.values)].map((row, i) => {
        const out = row.slice(0, width);
        while (out.length < width) out.push('');
        if (i > 0) out[0] = i;
        return out;
      });
      sheet.clearContents();
      // Units format identifier and phone columns as text, so leading zeros stay.
      if (grid.length > 1) sheet.getRange(2, C.staffId + 1, grid.length - 1, 3).setNumberFormat('@');
      sheet.getRange(1, 1, grid.length, width).setValues(grid);
    } finally {
      rt.env.current = previous;
    }
    this.stats.maxRows = Math.max(this.stats.maxRows, this.rows.length);
  }

  /** Reads the sheet back after a run: owned columns are the add-on's, the rest must be unchanged. */
  private read(): void {
    const rt = this.rt;
    const previous = rt.env.current;
    rt.env.current = rt.env.newExecution('external', rt.env.owner);
    try {
      const grid = rt.spreadsheet.getSheetByName('Danh sách')!.getDataRange().getValues() as CellScalar[][];
      this.header = grid[0];
      for (let i = 0; i < this.rows.length; i++) {
        const row = grid[i + 1];
        for (let c = 1; c < HEADER.length; c++) {
          const before = this.rows[i].values[c];
          const after = row[c];
          const same =
            before instanceof Date ? after instanceof Date && after.getTime() === before.getTime() : after === before;
          if (!same) throw new Error(`row ${i + 2}, column ${HEADER[c]}: the add-on changed what the user typed`);
        }
        this.rows[i].values = row;
      }
    } finally {
      rt.env.current = previous;
    }
  }

  private run(kind: 'assign' | 'check'): void {
    const fn = kind === 'assign' ? 'menuAssignAddresses' : 'menuCheckAll';
    const result = this.rt.run(fn, [], { as: 'menu' }) as { ok: boolean; message?: string };
    if (!result.ok) throw new Error(`${fn}: ${result.message}`);
    // A call the manifest's scopes or the run's mode refuse is a failure even if the add-on caught it.
    if (this.rt.refusals.length > 0) throw new Error(`${fn}: refused ${JSON.stringify(this.rt.refusals)}`);
    this.stats.runs += 1;
    this.read();
    this.verify(kind === 'assign');
  }

  private verify(assigned: boolean): void {
    const column = this.header.indexOf('Email công vụ');
    const shown = new Map<number, Set<string>>();
    for (const row of this.rows) {
      const address = String(row.values[column] ?? '')
        .trim()
        .toLowerCase();
      if (!shown.has(row.person)) shown.set(row.person, new Set());
      if (address) shown.get(row.person)!.add(address);
    }
    for (const [person, addresses] of shown) {
      const who = `${this.people.get(person)!.name} (#${person})`;
      if (addresses.size > 1) throw new Error(`${who} shows two addresses: ${[...addresses].join(', ')}`);
      const [address] = [...addresses];
      if (address) {
        const had = this.addressOf.get(person);
        if (had && had !== address) throw new Error(`${who} had ${had}, now shows ${address}`);
        const owner = this.personOf.get(address);
        if (owner !== undefined && owner !== person) throw new Error(`${address} of #${owner} is now shown for ${who}`);
        if (!had) this.stats.addressesShown += 1;
        this.addressOf.set(person, address);
        this.personOf.set(address, person);
      } else if (assigned) {
        const rows = this.rows.filter((r) => r.person === person);
        if (rows.every((r) => !r.typo)) throw new Error(`${who} has only valid rows and no address`);
      }
    }
  }
}

/** One random sequence of edits and runs, ending with an assignment. */
export function runSequence(start: { name: number; ids: 0 | 1 | 2 | 3 }[], ops: Op[], stats?: ModelStats): void {
  const model = new AddressModel(start);
  model.apply({ kind: 'assign' });
  for (const op of ops) model.apply(op);
  model.apply({ kind: 'assign' });
  if (stats) {
    stats.runs += model.stats.runs;
    stats.edits += model.stats.edits;
    stats.maxRows = Math.max(stats.maxRows, model.stats.maxRows);
    stats.addressesShown += model.stats.addressesShown;
  }
}
