/**
 * What units cannot write: when the add-on first saw each person (AFTER_DEADLINE compares
 * it with the deadline), and the unit each address was given in (a person moved to another
 * unit since is handed over by Văn phòng). Both live in 'Sổ ghi nhận', a sheet only Văn
 * phòng may edit; the roster's 'Ghi nhận lúc' only shows the time, and nothing typed there
 * is believed.
 *
 * The sheet stays small whatever the roster's size: one row per stamp time or unit, whose
 * last cell lists people (keys sealed under the register's key, never a CCCD or a name) or addresses, cut before
 * Sheets' 50,000 characters a cell. So it is read and written whole, in one call each.
 */
import { LEDGER_TEXT } from '../i18n/register';
import { compareIdentity, type Identity } from './identity';
import { pushTo } from './multimap';
import type { RosterPerson } from './person';
import type { Seal } from './seal';
import type { CellValue, RawTable } from './types';

/** Characters of people or addresses in one cell: well under the 50,000 Sheets allows. */
const MAX_CELL = 40_000;

/** A person first seen at `at`: their sealed keys, 'staff.cccd.namedob' ('' for a key they lack). */
export interface SeenEntry {
  token: string;
  at: Date;
}

export interface Ledger {
  seen: SeenEntry[];
  /** Address → the unit key (handoverUnitKey) it was given in. */
  unitOf: Map<string, string>;
}

/**
 * The person's keys, sealed under the register's key (seal.ts): whoever reads the sheet learns
 * no identifier from it, and cannot make the token of a person they know without the key.
 */
export function personToken(p: Pick<RosterPerson, 'staffId' | 'cccd' | 'nameKey' | 'dobIso'>, seal: Seal): string {
  return [
    p.staffId ? seal('staffId', p.staffId) : '',
    p.cccd ? seal('cccd', p.cccd) : '',
    p.nameKey && p.dobIso ? seal('nameDob', `${p.nameKey}|${p.dobIso}`) : '',
  ].join('.');
}

function tokenIdentity(token: string): Identity {
  const [s, c, n] = token.split('.');
  return { staffId: s || null, cccd: c || null, nameKey: n || null, dobIso: n ? 'n' : null };
}

const asDate = (v: CellValue): Date | null => {
  const d = v instanceof Date ? v : typeof v === 'string' && v ? new Date(v) : null;
  return d && !Number.isNaN(d.getTime()) ? d : null;
};

export function parseLedger(table: RawTable | null | undefined): Ledger {
  const ledger: Ledger = { seen: [], unitOf: new Map() };
  for (const row of table?.values.slice(1) ?? []) {
    const items = String(row[2] ?? '')
      .split(' ')
      .filter(Boolean);
    if (row[0] === LEDGER_TEXT.seenKind) {
      const at = asDate(row[1]);
      if (at) for (const token of items) ledger.seen.push({ token, at });
    } else if (row[0] === LEDGER_TEXT.unitKind) {
      const unit = String(row[1] ?? '');
      for (const address of items) if (!ledger.unitOf.has(address)) ledger.unitOf.set(address, unit);
    }
  }
  return ledger;
}

/** Rows of `kind` for each value, the items cut into cells of at most MAX_CELL characters. */
function chunkRows(kind: string, groups: Map<CellValue, string[]>): CellValue[][] {
  const rows: CellValue[][] = [];
  for (const [value, items] of groups) {
    let cell: string[] = [];
    let length = 0;
    for (const item of items) {
      if (length + item.length + 1 > MAX_CELL && cell.length > 0) {
        rows.push([kind, value, cell.join(' ')]);
        cell = [];
        length = 0;
      }
      cell.push(item);
      length += item.length + 1;
    }
    if (cell.length > 0) rows.push([kind, value, cell.join(' ')]);
  }
  return rows;
}

export function ledgerValues(ledger: Ledger): CellValue[][] {
  const byTime = new Map<number, string[]>();
  for (const e of ledger.seen) pushTo(byTime, e.at.getTime(), e.token);
  const seen = new Map<CellValue, string[]>(
    [...byTime].sort((x, y) => x[0] - y[0]).map(([t, tokens]) => [new Date(t), tokens]),
  );
  const byUnit = new Map<CellValue, string[]>();
  for (const [address, unit] of ledger.unitOf) pushTo(byUnit, unit, address);
  return [
    [...LEDGER_TEXT.header],
    ...chunkRows(LEDGER_TEXT.seenKind, seen),
    ...chunkRows(LEDGER_TEXT.unitKind, byUnit),
  ];
}

/**
 * Sets each person's `receivedAt` to the earliest time the ledger or `queued` (stamps onEdit
 * and the form made, kept where units cannot write) knows for them, '' when none does:
 * whatever the column showed. Returns who was found, for `recordSeen`.
 */
export function applyFirstSeen(people: RosterPerson[], seen: readonly SeenEntry[], seal: Seal): Set<RosterPerson> {
  const byPart = new Map<string, number[]>();
  seen.forEach((e, i) => {
    for (const part of e.token.split('.')) if (part) pushTo(byPart, part, i);
  });
  const known = new Set<RosterPerson>();
  for (const p of people) {
    if (p.blank) continue;
    p.receivedAt = '';
    const token = personToken(p, seal);
    const id = tokenIdentity(token);
    for (const part of token.split('.')) {
      for (const i of (part && byPart.get(part)) || []) {
        const e = seen[i];
        if (compareIdentity(id, tokenIdentity(e.token)) !== 'same') continue;
        if (p.receivedAt === '' || e.at < p.receivedAt) p.receivedAt = e.at;
        known.add(p);
      }
    }
  }
  return known;
}

/** People stamped in this run (not known before): what the ledger, or the queue, must now keep. */
export function newlySeen(people: readonly RosterPerson[], known: ReadonlySet<RosterPerson>, seal: Seal): SeenEntry[] {
  const fresh: SeenEntry[] = [];
  for (const p of people)
    if (!p.blank && !known.has(p) && p.receivedAt instanceof Date)
      fresh.push({ token: personToken(p, seal), at: p.receivedAt });
  return fresh;
}

/**
 * Records the unit of each shown address the ledger lacks (a new address, or one given
 * before the ledger existed); returns the addresses whose person now names another unit.
 */
export function checkUnits(
  unitOf: Map<string, string>,
  shown: readonly { address: string; unitKey: string }[],
): { moved: string[]; added: number } {
  const moved: string[] = [];
  let added = 0;
  for (const { address, unitKey } of shown) {
    const given = unitOf.get(address);
    if (given === undefined) {
      unitOf.set(address, unitKey);
      added++;
    } else if (given !== unitKey) moved.push(address);
  }
  return { moved, added };
}
